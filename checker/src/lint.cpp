// `lexcheck lint` (issue 7): valid rules that are probably not what the lawyer meant.
#include "lexcheck/checker/lint.hpp"

#include "lint_readings.hpp"

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/diagnostic_builder.hpp"

#include <algorithm>
#include <climits>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace lexcheck::checker {

namespace {

/// Which facts, enum values and defines the provisions use, directly or through defines.
/// A define that only an unused define mentions is unused too, and so are the facts and
/// values only it tests.
struct Usage {
    std::set<std::uint32_t> facts;
    std::set<std::pair<std::uint32_t, std::uint32_t>> values;  ///< (fact, enum value)
    std::set<std::uint32_t> any_value;  ///< Facts compared with another fact: every value tested
    std::set<std::uint32_t> defines;

    explicit Usage(const core::RuleSet& rules) {
        auto value = [&](std::uint32_t fact, const core::Value& v) {
            if (v.kind == core::TypeKind::enumeration)
                values.insert({fact, static_cast<std::uint32_t>(v.integer)});
        };
        // Explicit stack: define chains may be long (docs/architecture.md).
        std::vector<core::CondId> stack;
        for (const core::Provision& p : rules.provisions) {
            if (p.scope) stack.push_back(*p.scope);
            stack.push_back(p.norm.condition);
            for (const core::Clause& u : p.unless) stack.push_back(u.condition);
        }
        for (const core::Reading& r : rules.readings) {
            if (r.scope) stack.push_back(*r.scope);
            if (r.norm_kind) stack.push_back(r.norm.condition);
        }
        std::vector<bool> seen(rules.conditions.size(), false);
        while (!stack.empty()) {
            core::CondId id = stack.back();
            stack.pop_back();
            if (id == core::kNone || id >= seen.size() || seen[id]) continue;
            seen[id] = true;
            const core::Condition& c = rules.conditions[id];
            for (core::CondId ch : c.children) stack.push_back(ch);
            for (const core::Resolved* r : {&c.lhs_resolved, &c.rhs_resolved, &c.path_resolved}) {
                if (r->fact != core::kNone) facts.insert(r->fact);
                if (r->define != core::kNone && defines.insert(r->define).second) {
                    stack.push_back(rules.defines[r->define].condition);
                }
            }
            if (c.kind == core::CondKind::compare && c.lhs_resolved.fact != core::kNone &&
                c.rhs_resolved.fact != core::kNone) {
                any_value.insert(c.lhs_resolved.fact);
                any_value.insert(c.rhs_resolved.fact);
            }
            if (c.lhs_resolved.fact != core::kNone && c.rhs_resolved.value)
                value(c.lhs_resolved.fact, *c.rhs_resolved.value);
            if (c.rhs_resolved.fact != core::kNone && c.lhs_resolved.value)
                value(c.rhs_resolved.fact, *c.lhs_resolved.value);
            for (const core::Value& v : c.values_resolved) value(c.path_resolved.fact, v);
        }
    }

    bool tests_value(std::uint32_t fact, std::uint32_t v) const {
        return any_value.count(fact) > 0 || values.count({fact, v}) > 0;
    }
};

void unused_vocabulary(const core::RuleSet& rules, const core::Corpus& corpus, const Usage& usage,
                       core::DiagnosticSink& sink) {
    std::set<std::uint32_t> stated;
    std::set<std::pair<std::uint32_t, std::uint32_t>> stated_values;
    auto note_facts = [&](std::span<const core::FactValue> facts) {
        for (const core::FactValue& f : facts) {
            stated.insert(f.fact);
            if (f.value.kind == core::TypeKind::enumeration)
                stated_values.insert({f.fact, static_cast<std::uint32_t>(f.value.integer)});
            for (std::uint32_t v : f.value.members) stated_values.insert({f.fact, v});
        }
    };
    // Facts and heads are read in place: lint builds no measure of a corpus read from the cache.
    std::vector<core::FactValue> scratch;
    for (std::size_t i = 0; i < corpus.measures.size(); ++i)
        note_facts(corpus.measures.facts(i, scratch));
    for (const core::TestBlock& t : rules.tests) note_facts(t.measure.facts);

    const core::Schema& schema = rules.schema;
    std::set<std::pair<std::uint32_t, std::uint32_t>> used_enum_values;  // (enum, value)
    for (const auto& [fact, v] : usage.values)
        used_enum_values.insert({schema.fact(fact).type.enum_id, v});
    std::set<std::uint32_t> every_value_used;  // enums of facts compared with other facts
    for (std::uint32_t fact : usage.any_value)
        every_value_used.insert(schema.fact(fact).type.enum_id);
    for (const auto& [fact, v] : stated_values)
        used_enum_values.insert({schema.fact(fact).type.enum_id, v});
    for (std::uint32_t f = 0; f < schema.facts().size(); ++f) {
        const core::FactInfo& info = schema.fact(f);
        if (info.builtin || usage.facts.count(f) || stated.count(f)) continue;
        sink.report(core::diagnose::warning(
                        "lint_unused_fact", info.span,
                        "fact `" + info.path + "` is used by no provision and no measure")
                        .help("remove it, or state it in the measures it describes"));
    }
    for (std::uint32_t e = 0; e < schema.enums().size(); ++e) {
        const core::EnumInfo& info = schema.enum_info(e);
        for (std::uint32_t v = 0; v < info.values.size(); ++v) {
            if (every_value_used.count(e) || used_enum_values.count({e, v})) continue;
            sink.report(core::diagnose::warning("lint_unused_enum_value", info.value_spans[v],
                                                "`" + info.values[v] + "` of enum `" + info.name +
                                                    "` is used by no provision and no measure")
                            .help("remove it, or use it where it applies"));
        }
    }
}

void unused_defines(const core::RuleSet& rules, const Usage& usage, core::DiagnosticSink& sink) {
    for (std::uint32_t d = 0; d < rules.defines.size(); ++d) {
        if (usage.defines.count(d)) continue;
        const core::Name& n = rules.defines[d].name;
        sink.report(core::diagnose::warning("lint_unused_define", n.span,
                                            "define `" + n.text + "` is never used")
                        .help("use it in a provision or remove it"));
    }
}

/// Days [from, until) in which an instrument or provision is in force; until may be open
struct Window {
    std::int32_t from;
    std::int32_t until;
};

/// A party bound before its instrument is in force: usually the day of ratification written
/// where the day the instrument entered into force for that State belongs. Nothing binds
/// before the instrument's `in_force` (LANGUAGE.md §5.2), so the date says nothing true.
void party_dates(const core::Instrument& inst, core::DiagnosticSink& sink) {
    if (!inst.in_force) return;
    for (const core::Party& party : inst.parties) {
        if (!party.from || *party.from >= *inst.in_force) continue;
        sink.report(core::diagnose::warning("lint_party_before_in_force", party.span,
                                            "party `" + party.state.text + "` is bound from " +
                                                core::format_date(*party.from) + ", before `" +
                                                inst.id.text + "` is in force (" +
                                                core::format_date(*inst.in_force) + ")")
                        .help("write the day the instrument entered into force for " +
                              party.state.text +
                              ", not the day it ratified; no State is bound before " +
                              core::format_date(*inst.in_force)));
    }
}

void in_force(const core::RuleSet& rules, core::DiagnosticSink& sink) {
    constexpr std::int32_t kOpen = INT32_MAX;
    for (const core::Instrument& inst : rules.instruments) {
        bool has_party = false;
        for (const core::Party& p : inst.parties) has_party = has_party || !p.observer;
        if (!has_party && inst.kind != core::InstrumentKind::soft_law) {
            sink.report(
                core::diagnose::warning("lint_no_party", inst.id.span,
                                        "instrument `" + inst.id.text + "` has no party")
                    .help("add `party XX from DATE` lines; without parties it binds no state"));
        }
        party_dates(inst, sink);
    }
    for (const core::Provision& p : rules.provisions) {
        if (p.instrument == core::kNone) continue;
        const core::Instrument& inst = rules.instruments[p.instrument];
        if (!inst.in_force) {
            sink.report(core::diagnose::warning("lint_never_in_force", p.id.span,
                                                "provision `" + p.id.text +
                                                    "` is never in force: instrument `" +
                                                    inst.id.text + "` has no `in_force`")
                            .help("add `in_force DATE` to the instrument"));
            continue;
        }
        Window w{std::max(inst.in_force->days, p.in_force ? p.in_force->days : INT32_MIN),
                 std::min(inst.until ? inst.until->days : kOpen, p.until ? p.until->days : kOpen)};
        bool bound = false;
        for (const core::Party& party : inst.parties) {
            if (party.observer) continue;
            std::int32_t from = party.from ? party.from->days : INT32_MIN;
            std::int32_t until = party.until ? party.until->days : kOpen;
            bound = bound || (std::max(from, w.from) < std::min(until, w.until));
        }
        bool has_party = std::any_of(inst.parties.begin(), inst.parties.end(),
                                     [](auto& x) { return !x.observer; });
        if (w.from >= w.until) {
            sink.report(
                core::diagnose::warning("lint_never_in_force", p.id.span,
                                        "provision `" + p.id.text +
                                            "` is never in force: its dates and those of `" +
                                            inst.id.text + "` leave no day in force")
                    .help("check its `in_force`/`until` dates against the instrument's"));
        } else if (has_party && !bound) {
            sink.report(core::diagnose::warning("lint_never_in_force", p.id.span,
                                                "provision `" + p.id.text +
                                                    "` is never in force while a party is bound")
                            .help("check its `in_force`/`until` dates against the instrument's and "
                                  "the parties' "
                                  "dates"));
        }
    }
}

void untested_values(const core::RuleSet& rules, const core::Corpus& corpus, const Usage& usage,
                     core::DiagnosticSink& sink) {
    const core::Schema& schema = rules.schema;
    std::vector<core::FactValue> scratch;
    for (std::size_t i = 0; i < corpus.measures.size(); ++i) {
        for (const core::FactValue& f : corpus.measures.facts(i, scratch)) {
            const core::FactInfo& info = schema.fact(f.fact);
            if (!usage.facts.count(f.fact)) {
                sink.report(core::diagnose::warning("lint_untested_value", f.at,
                                                    "no provision tests `" + info.path + "`")
                                .help("the value does not affect any finding; remove it or write "
                                      "the provision that needs it"));
                continue;
            }
            std::vector<std::uint32_t> values = f.value.members;
            if (f.value.kind == core::TypeKind::enumeration)
                values.push_back(static_cast<std::uint32_t>(f.value.integer));
            for (std::uint32_t v : values) {
                if (usage.tests_value(f.fact, v)) continue;
                sink.report(
                    core::diagnose::warning("lint_untested_value", f.at,
                                            "no provision tests whether `" + info.path + "` is `" +
                                                schema.enum_info(info.type.enum_id).values[v] + "`")
                        .help(
                            f.value.kind == core::TypeKind::set
                                ? "no finding depends on this member; check the provisions that "
                                  "should "
                                  "test it"
                                : "provisions treat it like any value they do not name; check the "
                                  "provisions that should test it"));
            }
        }
    }
}

/// A measure without `cite`: reports name it by its id alone, and a reader cannot find the
/// text it records (issue 21)
void uncited_measures(const core::Corpus& corpus, core::DiagnosticSink& sink) {
    for (std::size_t i = 0; i < corpus.measures.size(); ++i) {
        const core::MeasureHead m = corpus.measures.head(i);
        if (m.has_cite) continue;
        sink.report(
            core::diagnose::warning("lint_measure_without_cite", m.span,
                                    "measure `" + std::string(m.id) + "` has no `cite`")
                .help(
                    "add e.g. `cite: \"Article 27(1)(12)\"`: reports name the measure by it, and a "
                    "reader needs it to find the text"));
    }
}

void paraphrases(const core::RuleSet& rules, core::DiagnosticSink& sink) {
    for (const core::Provision& p : rules.provisions) {
        if (p.wording != core::Wording::paraphrase) continue;
        sink.report(
            core::diagnose::note(
                "lint_paraphrase", p.id.span,
                "provision `" + p.id.text + "` quotes a paraphrase, not the authentic text")
                .help("verify the wording against an official text, then say `wording verbatim` or "
                      "`translation`"));
    }
}

}  // namespace

void lint(const core::RuleSet& rules, const core::Corpus& corpus, core::DiagnosticSink& sink) {
    Usage usage(rules);
    unused_vocabulary(rules, corpus, usage, sink);
    unused_defines(rules, usage, sink);
    in_force(rules, sink);
    untested_values(rules, corpus, usage, sink);
    uncited_measures(corpus, sink);
    paraphrases(rules, sink);
    detail::lint_readings(rules, sink);
}

}  // namespace lexcheck::checker
