// LANGUAGE.md §2 `test` blocks: each becomes a measure checked like a corpus measure.
#include <algorithm>

#include "literal_value.hpp"
#include "resolver.hpp"
#include "suggest.hpp"

namespace lexcheck::parser::detail {

namespace {

/// A test fact's value, typed by its fact
std::optional<core::Value> test_value(Resolver& r, const core::TestFact& tf, const core::FactInfo& info) {
    auto convert = [&](const core::Literal& lit) -> std::optional<core::Value> {
        Conversion conv = convert_literal(lit, info.type, r.rules.schema, info.path);
        if (!conv.value && !conv.code.empty()) r.error(conv.code, lit.span, conv.message, conv.help);
        return conv.value;
    };
    if (info.type.kind == core::TypeKind::set) {
        if (!tf.is_set) {
            r.error("lex_type_mismatch", tf.span, "`" + info.path + "` is a set",
                    "write its members in braces, e.g. `" + info.path + " = {…}` (`{}` for none)");
            return std::nullopt;
        }
        std::vector<std::uint32_t> members;
        bool ok = true;
        for (const core::Literal& lit : tf.values) {
            if (auto v = convert(lit)) members.push_back(static_cast<std::uint32_t>(v->integer));
            else ok = false;
        }
        if (!ok) return std::nullopt;
        return core::make_set(std::move(members));
    }
    if (tf.is_set || tf.values.size() != 1) {
        r.error("lex_type_mismatch", tf.span,
                "`" + info.path + "` is " + r.rules.schema.type_name(info.type) + ", not a set",
                "write one value, e.g. `" + info.path + " = …`");
        return std::nullopt;
    }
    return convert(tf.values.front());
}

}  // namespace

void resolve_tests(Resolver& r) {
    auto& rules = r.rules;
    auto facts = r.fact_paths();
    auto provisions = r.provision_ids();
    for (core::TestBlock& t : rules.tests) {
        core::Measure& m = t.measure;
        m.id = "test: " + t.name;
        m.span = t.span;
        if (!t.jurisdiction) {
            r.error("lex_missing_clause", t.measure_span, "the test's measure has no `jurisdiction`",
                    "add e.g. `jurisdiction RU`");
        } else if (!core::is_state_code(t.jurisdiction->text)) {
            r.error("lex_invalid_state", t.jurisdiction->span,
                    "`" + t.jurisdiction->text + "` is not a state code",
                    "write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`");
        } else {
            m.jurisdiction = t.jurisdiction->text;
        }
        for (const core::TestFact& tf : t.facts) {
            auto fact = rules.schema.find_fact(tf.path.text);
            if (!fact || *fact == core::kFactJurisdiction) {
                auto help = did_you_mean(tf.path.text, facts);
                r.error("lex_unknown_name", tf.path.span, "no fact is called `" + tf.path.text + "`",
                        fact ? std::optional<std::string>("write `jurisdiction XX` without `=`") : help);
                continue;
            }
            if (m.find(*fact)) {
                r.error("lex_duplicate_clause", tf.path.span, "`" + tf.path.text + "` is given twice",
                        "keep one value per fact");
                continue;
            }
            auto value = test_value(r, tf, rules.schema.fact(*fact));
            if (!value) continue;
            if (*fact == core::kFactInForce) m.in_force = core::Date{static_cast<std::int32_t>(value->integer)};
            if (*fact == core::kFactUntil) m.until = core::Date{static_cast<std::int32_t>(value->integer)};
            core::FactValue fv{*fact, std::move(*value), tf.span};
            auto pos = std::lower_bound(m.facts.begin(), m.facts.end(), fv.fact,
                                        [](const core::FactValue& a, std::uint32_t id) { return a.fact < id; });
            m.facts.insert(pos, std::move(fv));
        }
        if (t.expects.empty()) {
            r.error("lex_missing_clause", t.span, "test \"" + t.name + "\" expects nothing",
                    "add e.g. `expect eaeu_treaty.art97.p2 violation`");
        }
        for (core::TestExpect& e : t.expects) {
            auto p = rules.find_provision(e.provision.text);
            if (!p) {
                r.error("lex_unknown_ref", e.provision.span,
                        "no provision is called `" + e.provision.text + "`",
                        did_you_mean(e.provision.text, provisions));
                continue;
            }
            if (rules.provisions[*p].is_exception()) {
                r.error("lex_expect_exception", e.provision.span,
                        "`" + e.provision.text + "` is an exception; outcomes belong to the provision it is an exception to",
                        rules.provisions[*p].exception_to
                            ? std::optional<std::string>("expect `" + rules.provisions[*p].exception_to->text + "` instead")
                            : std::nullopt);
                continue;
            }
            e.provision_index = *p;
        }
    }
}

}  // namespace lexcheck::parser::detail
