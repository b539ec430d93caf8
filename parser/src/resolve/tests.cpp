// LANGUAGE.md §2 `test` blocks: each becomes a measure checked like a corpus measure.
#include "literal_value.hpp"
#include "resolver.hpp"
#include "suggest.hpp"

#include <algorithm>
#include <unordered_map>

namespace lexcheck::parser::detail {

namespace {

/// A test fact's value, typed by its fact
std::optional<core::Value> test_value(Resolver& r, const core::TestFact& tf,
                                      const core::FactInfo& info) {
    auto convert = [&](const core::Literal& lit) -> std::optional<core::Value> {
        Conversion conv = convert_literal(lit, info.type, r.rules.schema, info.path);
        if (!conv.value && !conv.code.empty())
            r.error(conv.code, lit.span, conv.message, conv.help);
        return conv.value;
    };
    if (info.type.kind == core::TypeKind::set) {
        if (!tf.is_set) {
            r.error("lex_type_mismatch", tf.span,
                    "`" + info.path + "` is " + describe_type(info.type, r.rules.schema),
                    "write its members in braces, e.g. `" + info.path + " = {…}` (`{}` for none)");
            return std::nullopt;
        }
        std::vector<std::uint32_t> members;
        bool ok = true;
        for (const core::Literal& lit : tf.values) {
            if (auto v = convert(lit))
                members.push_back(static_cast<std::uint32_t>(v->integer));
            else
                ok = false;
        }
        if (!ok) return std::nullopt;
        return core::make_set(std::move(members));
    }
    if (tf.is_set || tf.values.size() != 1) {
        r.error(
            "lex_type_mismatch", tf.span,
            "`" + info.path + "` is " + describe_type(info.type, r.rules.schema) + ", not a set",
            "write one value, e.g. `" + info.path + " = …`");
        return std::nullopt;
    }
    return convert(tf.values.front());
}

/// The span of a test's name string (`"…"` after `test`), else the whole test
core::SourceSpan test_name_span(const core::SourceManager& sources, const core::TestBlock& t) {
    std::string_view text = sources.slice(t.span);
    std::size_t i = text.rfind("test", 0) == 0 ? 4 : text.size();
    // Whitespace and comments may stand between `test` and the name.
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
            ++i;
        } else if (text.substr(i, 2) == "//") {
            std::size_t nl = text.find('\n', i);
            i = nl == std::string_view::npos ? text.size() : nl;
        } else if (text.substr(i, 2) == "/*") {
            std::size_t close = text.find("*/", i + 2);
            i = close == std::string_view::npos ? text.size() : close + 2;
        } else {
            break;
        }
    }
    if (i >= text.size() || text[i] != '"') return t.span;
    std::size_t end = std::string_view::npos;
    if (text.substr(i, 3) == "\"\"\"") {
        std::size_t close = text.find("\"\"\"", i + 3);
        if (close != std::string_view::npos) end = close + 3;
    } else {
        for (std::size_t j = i + 1; j < text.size() && text[j] != '\n'; ++j) {
            if (text[j] == '\\') {
                ++j;
            } else if (text[j] == '"') {
                end = j + 1;
                break;
            }
        }
    }
    if (end == std::string_view::npos) return t.span;
    return {t.span.file, t.span.begin + static_cast<std::uint32_t>(i),
            t.span.begin + static_cast<std::uint32_t>(end)};
}

/// The `measure` keyword of a test's measure block, else the whole block
core::SourceSpan measure_keyword_span(const core::SourceManager& sources,
                                      const core::TestBlock& t) {
    if (sources.slice(t.measure_span).rfind("measure", 0) != 0) return t.measure_span;
    return {t.measure_span.file, t.measure_span.begin, t.measure_span.begin + 7};
}

/// The test measure's `jurisdiction`: present and a state code
void test_jurisdiction(Resolver& r, core::TestBlock& t) {
    if (!t.jurisdiction) {
        r.error("lex_missing_clause", measure_keyword_span(r.sources, t),
                "the test's measure has no `jurisdiction`", "add e.g. `jurisdiction RU`");
    } else if (!core::is_state_code(t.jurisdiction->text)) {
        r.error("lex_invalid_state", t.jurisdiction->span,
                "`" + t.jurisdiction->text + "` is not a state code",
                "write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`");
    } else {
        t.measure.jurisdiction = t.jurisdiction->text;
    }
}

/// The declared fact a test fact names, or nullopt after reporting why there is none
std::optional<std::uint32_t> test_fact_id(Resolver& r, const core::Measure& m,
                                          const core::TestFact& tf) {
    auto fact = r.rules.schema.find_fact(tf.path.text);
    if (fact && *fact == core::kFactJurisdiction) {
        // The grammar has `jurisdiction STATE`; `=` is what every other fact takes.
        r.error("lex_parse_error", tf.path.span, "a test's `jurisdiction` is written without `=`",
                "write e.g. `jurisdiction RU`");
        return std::nullopt;
    }
    if (!fact) {
        if (r.broken_facts.count(tf.path.text)) return std::nullopt;
        auto help = did_you_mean(tf.path.text, r.fact_paths());
        if (!help) {
            help = "declare it in a vocabulary: `fact " + tf.path.text + " : TYPE \"description\"`";
        }
        r.error("lex_unknown_name", tf.path.span, "no fact is called `" + tf.path.text + "`", help);
        return std::nullopt;
    }
    if (m.find(*fact)) {
        r.error("lex_duplicate_clause", tf.path.span, "`" + tf.path.text + "` is given twice",
                "keep one value per fact");
        return std::nullopt;
    }
    return fact;
}

/// One `fact = value` of a test measure, typed and stored in the measure
void test_fact(Resolver& r, core::Measure& m, const core::TestFact& tf) {
    auto fact = test_fact_id(r, m, tf);
    if (!fact) return;
    auto value = test_value(r, tf, r.rules.schema.fact(*fact));
    if (!value) return;
    if (*fact == core::kFactInForce)
        m.in_force = core::Date{static_cast<std::int32_t>(value->integer)};
    if (*fact == core::kFactUntil) m.until = core::Date{static_cast<std::int32_t>(value->integer)};
    if (*fact == core::kFactAffects) {
        // A key of the measure, like `jurisdiction` (LANGUAGE.md §9).
        m.affects.emplace();
        for (std::uint32_t s : value->members) m.affects->push_back(core::state_code(s));
        m.affects_span = tf.span;
        return;
    }
    core::FactValue fv{*fact, std::move(*value), tf.span};
    auto pos =
        std::lower_bound(m.facts.begin(), m.facts.end(), fv.fact,
                         [](const core::FactValue& a, std::uint32_t id) { return a.fact < id; });
    m.facts.insert(pos, std::move(fv));
}

/// The provision whose outcome exception `p` decides: for an exception to an exception, the
/// first one up the chain that is not an exception; kNone when the chain ends nowhere
std::uint32_t decided_provision(const core::RuleSet& rules, std::uint32_t p) {
    std::uint32_t root = rules.provisions[p].exception_target;
    for (std::size_t steps = 0; root != core::kNone && rules.provisions[root].is_exception() &&
                                steps < rules.provisions.size();
         ++steps) {
        root = rules.provisions[root].exception_target;
    }
    if (root != core::kNone && rules.provisions[root].is_exception()) return core::kNone;
    return root;
}

/// One `expect PROVISION OUTCOME`: the provision exists and is not an exception
void test_expect(Resolver& r, core::TestExpect& e) {
    auto& rules = r.rules;
    auto p = rules.find_provision(e.provision.text);
    if (!p && report_reading_ref(r, e.provision, "as what a test expects")) return;
    if (!p) {
        auto help = did_you_mean(e.provision.text, r.provision_ids());
        if (!help) help = "name the provision by its full id, e.g. `eaeu_treaty.art97.p1`";
        r.error("lex_unknown_ref", e.provision.span,
                "no provision is called `" + e.provision.text + "`", help);
        return;
    }
    if (rules.provisions[*p].is_exception()) {
        std::optional<std::string> help;
        if (std::uint32_t root = decided_provision(rules, *p); root != core::kNone) {
            help = "expect `" + rules.provisions[root].id.text + "` instead";
        }
        r.error("lex_expect_exception", e.provision.span,
                "`" + e.provision.text +
                    "` is an exception; outcomes belong to the provision it is an exception to",
                help);
        return;
    }
    e.provision_index = *p;
    if (e.under) resolve_under(r, e);
}

}  // namespace

void resolve_tests(Resolver& r) {
    // Test names identify the tests in `lexcheck test` output: one name, one test.
    std::unordered_map<std::string, core::SourceSpan> names;
    for (core::TestBlock& t : r.rules.tests) {
        core::Measure& m = t.measure;
        m.id = "test: " + t.name;
        m.span = t.span;
        const core::SourceSpan name_span = test_name_span(r.sources, t);
        if (auto [it, inserted] = names.emplace(t.name, name_span); !inserted) {
            r.error("lex_duplicate_id", name_span, "test \"" + t.name + "\" is declared twice",
                    "rename one of them: test names tell the results of `lexcheck test` apart",
                    core::Label{it->second, "first declared here"});
        }
        test_jurisdiction(r, t);
        for (const core::TestFact& tf : t.facts) test_fact(r, m, tf);
        if (t.expects.empty()) {
            r.error("lex_missing_clause", name_span, "test \"" + t.name + "\" expects nothing",
                    "add e.g. `expect eaeu_treaty.art97.p2 violation`");
        }
        for (core::TestExpect& e : t.expects) test_expect(r, e);
    }
}

}  // namespace lexcheck::parser::detail
