// LANGUAGE.md §8: reading ids (in the namespace of provision ids), what each reading is a
// reading of, which clauses it may replace, and the bound of 64 assignments per provision.
#include "resolver.hpp"
#include "suggest.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <algorithm>

namespace lexcheck::parser::detail {

namespace {

constexpr std::size_t kMaxAssignments = 64;

/// Checks what a reading replaces against the provision it reads
void check_replacements(Resolver& r, const core::Reading& rd, const core::Provision& p) {
    const std::string rid = "reading `" + rd.id.text + "`";
    if (!rd.replaces_something()) {
        r.error("lex_empty_reading", rd.id.span, rid + " replaces nothing",
                "give the reading's own `scope`, its norm (`" +
                    std::string(p.is_exception() ? "when" : "prohibits` or `requires") +
                    "`), or both");
        return;
    }
    if (!rd.norm_kind || !p.norm_kind) return;
    if (p.is_exception() && !(*rd.norm_kind == core::NormKind::exception)) {
        r.error("lex_reading_clause", rd.norm_keyword,
                rid + " reads the exception `" + p.id.text + "`, which has no `" +
                    std::string(r.sources.slice(rd.norm_keyword)) + "`",
                "replace the exception's condition with `when COND`");
    } else if (!p.is_exception() && *rd.norm_kind == core::NormKind::exception) {
        r.error("lex_reading_clause", rd.norm_keyword,
                rid + " has `when`, but `" + p.id.text + "` is not an exception",
                std::string("replace the provision's norm with `") +
                    (p.norm_kind == core::NormKind::prohibition ? "prohibits" : "requires") +
                    " COND`");
    } else if (*rd.norm_kind != *p.norm_kind) {
        const char* own = p.norm_kind == core::NormKind::prohibition ? "prohibits" : "requires";
        r.error(
            "lex_reading_clause", rd.norm_keyword,
            rid + " changes the kind of norm of `" + p.id.text + "`",
            std::string("a reading keeps the provision's kind of norm: write `") + own + " COND`");
    }
}

/// The assignments a provision's tree can need: the product over the provision and its
/// exceptions (recursively) of 1 + their readings, dates ignored; stops counting above the
/// bound. The resolver has cut exception cycles.
std::size_t assignments_of(const core::RuleSet& rules, std::uint32_t root) {
    std::size_t n = 1;
    std::vector<std::uint32_t> stack{root};
    while (!stack.empty() && n <= kMaxAssignments) {
        const core::Provision& p = rules.provisions[stack.back()];
        stack.pop_back();
        n *= 1 + p.readings.size();
        stack.insert(stack.end(), p.exceptions.begin(), p.exceptions.end());
    }
    return n;
}

}  // namespace

void register_readings(Resolver& r) {
    auto& rules = r.rules;
    rules.reading_index.reserve(rules.readings.size());
    for (std::uint32_t i = 0; i < rules.readings.size(); ++i) {
        const core::Reading& rd = rules.readings[i];
        auto [it, inserted] = rules.reading_index.emplace(rd.id.text, i);
        if (!inserted) {
            r.error("lex_duplicate_id", rd.id.span,
                    "reading `" + rd.id.text + "` is declared twice", "rename one of them",
                    core::Label{rules.readings[it->second].id.span, "first declared here"});
        }
    }
}

bool report_reading_ref(const Resolver& r, const core::Name& name, std::string_view where) {
    auto it = r.rules.reading_index.find(name.text);
    if (it == r.rules.reading_index.end()) return false;
    const core::Reading& rd = r.rules.readings[it->second];
    std::string help = "a reading is named only after `under` in an `expect`";
    if (rd.of) help = "name the provision `" + rd.of->text + "`; " + help;
    r.error("lex_reading_ref", name.span,
            "`" + name.text + "` is a reading, not a provision, and cannot be named " +
                std::string(where),
            std::move(help), core::Label{rd.id.span, "the reading is declared here"});
    return true;
}

void resolve_readings(Resolver& r) {
    auto& rules = r.rules;
    for (std::uint32_t i = 0; i < rules.readings.size(); ++i) {
        core::Reading& rd = rules.readings[i];
        if (rules.reading_index.find(rd.id.text)->second != i) continue;  // reported
        const std::string rid = "reading `" + rd.id.text + "`";
        // Reading ids share the namespace of provision ids (LANGUAGE.md §8).
        if (auto p = rules.provision_index.find(rd.id.text); p != rules.provision_index.end()) {
            r.error("lex_duplicate_id", rd.id.span, rid + " has the id of a provision",
                    "rename the reading, e.g. `" + rd.id.text + ".textual`",
                    core::Label{rules.provisions[p->second].id.span, "the provision is here"});
            continue;
        }
        if (!rd.position) {
            r.error("lex_missing_clause", rd.id.span, rid + " has no `position`",
                    "name the interpretation, e.g. `position \"textual: …\"`");
        }
        if (!rd.of) {
            r.error("lex_missing_clause", rd.id.span, rid + " has no `of`",
                    "name the provision it reads, e.g. `of eaeu_treaty.art97.p2`");
            continue;
        }
        auto p = rules.provision_index.find(rd.of->text);
        if (p == rules.provision_index.end()) {
            if (report_reading_ref(r, *rd.of, "after `of`")) continue;
            r.error("lex_unknown_ref", rd.of->span, "no provision is called `" + rd.of->text + "`",
                    did_you_mean(rd.of->text, r.provision_ids())
                        .value_or("a reading is of a provision: name it by its full id"));
            continue;
        }
        rd.provision = p->second;
        check_replacements(r, rd, rules.provisions[rd.provision]);
        rules.provisions[rd.provision].readings.push_back(i);
    }
    for (core::Provision& p : rules.provisions) {
        std::sort(p.readings.begin(), p.readings.end(), [&](std::uint32_t a, std::uint32_t b) {
            return core::natural_less(rules.readings[a].id.text, rules.readings[b].id.text);
        });
    }
}

void check_reading_bound(Resolver& r) {
    const auto& rules = r.rules;
    if (rules.readings.empty()) return;
    for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
        const core::Provision& p = rules.provisions[i];
        if (p.is_exception()) continue;
        std::size_t n = assignments_of(rules, i);
        if (n <= kMaxAssignments) continue;
        r.error("lex_too_many_readings", p.id.span,
                "provision `" + p.id.text +
                    "` and its exceptions have readings that combine "
                    "into more than 64 assignments",
                "each provision's tree is decided once per combination of readings (the "
                "product of 1 + its readings over the provision and its exceptions); keep it "
                "at 64 or fewer, e.g. by merging readings that agree");
    }
}

}  // namespace lexcheck::parser::detail

namespace lexcheck::parser::detail {

void resolve_under(Resolver& r, core::TestExpect& e) {
    const auto& rules = r.rules;
    const core::Name& under = *e.under;
    std::uint32_t point = core::kNone, reading = core::kNone;
    if (auto k = rules.find_reading(under.text)) {
        reading = *k;
        point = rules.readings[*k].provision;
        if (point == core::kNone) return;  // its `of` was reported
    } else if (auto p = rules.find_provision(under.text)) {
        point = *p;  // A provision id names its primary reading, as in `chosen` (JSON)
    }
    // The readings a test of this provision may name: those of its tree.
    std::vector<std::string> names;
    std::vector<std::uint32_t> stack{e.provision_index};
    bool in_tree = false;
    while (!stack.empty()) {
        std::uint32_t at = stack.back();
        stack.pop_back();
        in_tree = in_tree || at == point;
        for (std::uint32_t k : rules.provisions[at].readings)
            names.push_back(rules.readings[k].id.text);
        const auto& children = rules.provisions[at].exceptions;
        stack.insert(stack.end(), children.begin(), children.end());
    }
    std::sort(names.begin(), names.end());
    if (!in_tree) {
        std::string listed;
        for (const auto& n : names) listed += (listed.empty() ? "`" : ", `") + n + "`";
        std::optional<std::string> help = did_you_mean(under.text, names);
        if (!help) {
            help = names.empty() ? "`" + e.provision.text +
                                       "` and its exceptions have no readings: write `expect " +
                                       e.provision.text + " OUTCOME`"
                                 : "its readings are " + listed;
        }
        r.error(point == core::kNone ? "lex_unknown_ref" : "lex_reading_ref", under.span,
                point == core::kNone ? "no reading is called `" + under.text + "`"
                                     : "`" + under.text + "` is not a reading of `" +
                                           e.provision.text + "` or of an exception to it",
                help);
        return;
    }
    if (e.what == core::Expectation::contested) {
        r.error("lex_reading_ref", e.span,
                "one assignment of readings gives one outcome, never `contested`",
                "expect `violation`, `compliant`, `undetermined` or `not_applicable` under a "
                "reading, or `contested` without `under`");
        return;
    }
    e.under_provision = point;
    e.under_reading = reading;
}

}  // namespace lexcheck::parser::detail
