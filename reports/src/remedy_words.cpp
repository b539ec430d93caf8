#include "lexcheck/reports/remedy_words.hpp"

#include <algorithm>
#include <ostream>

namespace lexcheck::reports {

namespace {

using core::TypeKind;

std::string joined(const std::vector<std::string>& items, std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " " + std::string(last) + " " : ", ";
        out += items[i];
    }
    return out;
}

/// A member of a set or enum as the rules name it
std::string member_name(const core::Schema& schema, std::uint32_t enum_id, std::uint32_t i) {
    return schema.format_value(core::make_enum(i), enum_id);
}

/// A value as a measure file writes it: enum names, sets as `[a, b]`, durations in days
std::string value_code(const core::Schema& schema, std::uint32_t fact, const core::Value& v) {
    const std::uint32_t enum_id = schema.fact(fact).type.enum_id;
    if (v.kind != TypeKind::set) return schema.format_value(v, enum_id);
    std::vector<std::string> names;
    for (std::uint32_t m : v.members) names.push_back(member_name(schema, enum_id, m));
    std::string out = "[";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
    return out + "]";
}

/// The first clause of a fact's description, as words that can follow "if" ("The law
/// requires …; a mere discretion …" gives "the law requires …"); "" when it has none
std::string statement(const core::FactInfo& info) {
    // Up to the first `;` outside parentheses: "… (the ground it names; for …)" stays whole.
    std::size_t end = 0;
    for (int depth = 0; end < info.description.size(); ++end) {
        char c = info.description[end];
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (c == ';' && depth <= 0) break;
    }
    std::string s = info.description.substr(0, end);
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
    // "The law" reads "the law" after "if"; "EAEU workers" keeps its capitals.
    if (s.size() > 1 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'a' && s[1] <= 'z')
        s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}

/// One change as words: the description's statement for a bool, else the fact and its new
/// value, with what was added to or left out of a set
std::string clause(const core::Schema& schema, const core::FactChange& c,
                   const RemedyMarkup& markup) {
    const core::FactInfo& info = schema.fact(c.fact);
    const std::string code = markup.code(change_code(schema, c));
    if (info.type.kind == TypeKind::boolean) {
        std::string s = statement(info);
        if (s.empty()) return code;
        return (c.after.integer ? "" : "it were not the case that ") + markup.text(s) + " (" +
               code + ")";
    }
    if (info.type.kind == TypeKind::set && c.before) {
        std::vector<std::string> added, dropped;
        for (std::uint32_t m : c.after.members) {
            if (!std::binary_search(c.before->members.begin(), c.before->members.end(), m))
                added.push_back(markup.code(member_name(schema, info.type.enum_id, m)));
        }
        for (std::uint32_t m : c.before->members) {
            if (!std::binary_search(c.after.members.begin(), c.after.members.end(), m))
                dropped.push_back(markup.code(member_name(schema, info.type.enum_id, m)));
        }
        std::vector<std::string> parts;
        if (!added.empty()) parts.push_back("included " + joined(added, "and"));
        if (!dropped.empty()) parts.push_back("left out " + joined(dropped, "and"));
        return markup.code(info.path) + " " + joined(parts, "and") + " (" + code + ")";
    }
    return markup.code(info.path) + " were " + markup.code(value_code(schema, c.fact, c.after));
}

std::string measure_name(const core::Measure& m) {
    return m.cite.empty() ? m.id : m.cite;
}

std::string provision_name(const core::Provision& p) {
    return p.cite.value_or(p.id.text);
}

/// "at most 2", "from 2015-01-01 to 2019-12-31", "3 or more", "any value"
std::string range_words(const core::Schema& schema, std::uint32_t fact, const core::ValueRange& r,
                        const RemedyMarkup& markup) {
    const bool date = schema.fact(fact).type.kind == TypeKind::date;
    auto v = [&](const core::Value& x) { return markup.code(value_code(schema, fact, x)); };
    if (r.low && r.high) {
        if (*r.low == *r.high && !r.low_strict && !r.high_strict) return v(*r.low);
        if (r.low_strict || r.high_strict)
            return "between " + v(*r.low) + " and " + v(*r.high) + " (both excluded)";
        return "from " + v(*r.low) + " to " + v(*r.high);
    }
    if (r.high)
        return std::string(date ? (r.high_strict ? "before " : "on or before ")
                                : (r.high_strict ? "below " : "at most ")) +
               v(*r.high);
    if (r.low)
        return std::string(date ? (r.low_strict ? "after " : "on or after ")
                                : (r.low_strict ? "above " : "at least ")) +
               v(*r.low);
    return "any value";
}

/// The sets of one case of a set fact, in terms of the members the provision tests: "it has
/// `a`", "it has none of them", "it has any of them", "it has only `a` and `b` of them"
std::string set_case_words(const core::DecidingFact& fact, const core::DecidingCase& c,
                           const std::vector<std::string>& tested) {
    const std::size_t n = fact.tested_members.size();
    std::size_t non_empty_classes = fact.sampled ? n + 1 : (std::size_t{1} << n) - 1;
    std::size_t non_empty = 0;
    for (const core::Value& v : c.values) non_empty += v.members.empty() ? 0 : 1;
    if (n > 1 && non_empty == non_empty_classes && non_empty == c.values.size())
        return "it has any of them";
    std::vector<std::string> parts;
    for (const core::Value& v : c.values) {
        if (v.members.empty()) {
            parts.push_back(n == 1 ? "it does not have " + tested.front() : "it has none of them");
        } else if (v.members.size() == n) {
            parts.push_back(n == 1 ? "it has " + tested.front() : "it has all of them");
        } else {
            std::vector<std::string> names;
            for (std::uint32_t m : v.members) {
                auto at = std::find(fact.tested_members.begin(), fact.tested_members.end(), m);
                names.push_back(tested[static_cast<std::size_t>(at - fact.tested_members.begin())]);
            }
            parts.push_back("it has only " + joined(names, "and") + " of them");
        }
    }
    return joined(parts, "or");
}

}  // namespace

const RemedyMarkup& plain_remedy_markup() {
    static const RemedyMarkup markup{[](std::string_view s) { return std::string(s); },
                                     [](std::string_view s) { return "`" + std::string(s) + "`"; }};
    return markup;
}

std::string_view outcome_words(core::Outcome o) {
    switch (o) {
        case core::Outcome::violation:
            return "a violation";
        case core::Outcome::compliant:
            return "compliant";
        case core::Outcome::undetermined:
            return "still undetermined";
        case core::Outcome::not_applicable:
            return "not applicable";
        case core::Outcome::contested:
            return "contested";
    }
    return "";
}

std::string change_code(const core::Schema& schema, const core::FactChange& change) {
    return schema.fact(change.fact).path + ": " + value_code(schema, change.fact, change.after);
}

std::string remedy_sentence(const core::RuleSet& rules, const core::Measure& measure,
                            std::uint32_t provision, const core::Remedy& remedy,
                            const RemedyMarkup& markup) {
    std::vector<std::string> clauses;
    for (const core::FactChange& c : remedy.changes)
        clauses.push_back(clause(rules.schema, c, markup));
    const bool outside = remedy.outcome == core::Outcome::not_applicable;
    return markup.text(measure_name(measure)) +
           (outside ? " would fall outside " : " would comply with ") +
           markup.text(provision_name(rules.provisions[provision])) + " if " +
           joined(clauses, "and") + ".";
}

std::string deciding_sentence(const core::RuleSet& rules, const core::DecidingFact& fact,
                              const RemedyMarkup& markup) {
    const core::FactInfo& info = rules.schema.fact(fact.fact);
    const bool is_set = info.type.kind == TypeKind::set;
    std::string out = markup.code(info.path);
    std::vector<std::string> notes;
    if (!info.description.empty()) notes.push_back(markup.text(info.description));
    std::vector<std::string> tested;
    for (std::uint32_t m : fact.tested_members)
        tested.push_back(markup.code(member_name(rules.schema, info.type.enum_id, m)));
    if (is_set && tested.size() > 1)
        notes.push_back("the provision tests " + joined(tested, "and"));
    for (std::size_t i = 0; i < notes.size(); ++i)
        out += (i == 0 ? " (" : "; ") + notes[i] + (i + 1 == notes.size() ? ")" : "");
    const bool never = std::all_of(fact.cases.begin(), fact.cases.end(), [](const auto& c) {
        return c.outcome == core::Outcome::undetermined;
    });
    if (never) return out + ": no value of it decides the finding on its own";
    std::vector<std::string> cases;
    for (const core::DecidingCase& c : fact.cases) {
        std::string when;
        if (c.range) {
            when = range_words(rules.schema, fact.fact, *c.range, markup);
        } else if (is_set) {
            when = set_case_words(fact, c, tested);
        } else {
            std::vector<std::string> values;
            for (const core::Value& v : c.values)
                values.push_back(markup.code(value_code(rules.schema, fact.fact, v)));
            when = joined(values, "or");
        }
        cases.push_back(" if " + when + ": " + std::string(outcome_words(c.outcome)));
    }
    out += ":";
    for (std::size_t i = 0; i < cases.size(); ++i) out += (i ? ";" : "") + cases[i];
    return out;
}

std::string decided_by_sentence(const core::RuleSet& rules, const std::vector<std::uint32_t>& facts,
                                const RemedyMarkup& markup) {
    std::vector<std::string> names;
    for (std::uint32_t f : facts) names.push_back(markup.code(rules.schema.fact(f).path));
    return "Once " + joined(names, "and") + (names.size() == 1 ? " is" : " are") +
           " stated, the finding is decided, whatever " +
           (names.size() == 1 ? "its value." : "their values.");
}

std::vector<std::string> remedy_notes(const core::RuleSet& rules, const core::Measure& measure,
                                      const core::FindingRemedies& r, const RemedyMarkup& markup) {
    std::vector<std::string> out;
    const std::string m = markup.text(measure_name(measure));
    const std::string p = markup.text(provision_name(rules.provisions[r.provision]));
    if (r.status == core::RemedyStatus::impossible)
        out.push_back("No change of the facts of " + m + " makes it comply with " + p +
                      " under every reading (proven by the solver).");
    if (r.status == core::RemedyStatus::limit)
        out.push_back("The solver could not decide within its limit what would make " + m +
                      " comply with " + p + "; nothing is claimed.");
    if (r.more)
        out.push_back("Other minimal changes exist; ask for more with " +
                      markup.code("--remedies N") + ".");
    if (r.unconfirmed > 0)
        out.push_back(std::to_string(r.unconfirmed) +
                      " change(s) the solver proposed were not confirmed by the checker and are "
                      "left out (please report this as a lexcheck bug).");
    if (r.deciding_limit)
        out.push_back(
            "The solver could not decide within its limit which missing facts "
            "decide the finding together.");
    return out;
}

void write_remedies_text(std::ostream& out, const core::RuleSet& rules,
                         const core::Measure& measure, const core::FindingRemedies& r,
                         std::string_view indent) {
    if (!r.remedies.empty()) {
        out << indent << "what would make it comply (fewest changes first, each re-checked):\n";
        for (std::size_t i = 0; i < r.remedies.size(); ++i) {
            out << indent << "  " << i + 1 << ". "
                << remedy_sentence(rules, measure, r.provision, r.remedies[i]) << "\n";
        }
    }
    if (!r.deciding.empty()) {
        out << indent << "what each missing fact would decide (the others as stated):\n";
        for (const core::DecidingFact& d : r.deciding)
            out << indent << "  " << deciding_sentence(rules, d) << "\n";
    }
    for (const auto& facts : r.decided_by)
        out << indent << decided_by_sentence(rules, facts) << "\n";
    for (const std::string& note : remedy_notes(rules, measure, r)) out << indent << note << "\n";
}

}  // namespace lexcheck::reports
