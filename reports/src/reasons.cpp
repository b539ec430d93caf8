// LANGUAGE.md §13: a decision's reasons as sentences, one per part (scope, norm, each
// exception considered): what the part found, then its decisive steps.
#include "lexcheck/reports/reasons.hpp"

#include "reason_words.hpp"

#include <algorithm>

namespace lexcheck::reports {

namespace {

using core::ReasonPartKind;
using core::Truth;

std::string cite_of(const core::Provision& p) {
    return p.cite.value_or(p.id.text);
}

/// The norm's clause as the decision used it: the chosen reading's when it replaced the norm
const core::Clause& norm_clause(const core::RuleSet& rules, const core::ReasonPart& part) {
    if (part.reading != core::kNone && rules.readings[part.reading].norm_kind)
        return rules.readings[part.reading].norm;
    return rules.provisions[part.provision].norm;
}

class Sentences {
public:
    Sentences(const ReasonContext& at, const Markup& markup) : at_(at), markup_(markup) {}

    /// What the part found, without its steps: "The exception “…” does not apply"
    std::string verdict(const core::ReasonPart& part) const {
        const core::Provision& p = at_.rules.provisions[part.provision];
        const std::string cite = markup_.text(cite_of(p));
        switch (part.kind) {
            case ReasonPartKind::not_in_force:
                return cite + " is not in force on " + core::format_date(at_.as_of);
            case ReasonPartKind::scope:
                return under(part) + said(part.value, cite, "applies to the measure",
                                          "does not apply to the measure", "");
            case ReasonPartKind::norm:
                return under(part) + norm(part, cite);
            case ReasonPartKind::exception:
                break;
        }
        return said(
            part.value,
            (part.depth == 0 ? "the exception " : "its own exception ") + exception_name(part),
            "applies", "does not apply", "");
    }

private:
    /// "SUBJECT YES OBJECT", "SUBJECT NO OBJECT", or "whether SUBJECT YES OBJECT is not known"
    static std::string said(Truth v, const std::string& subject, std::string_view yes,
                            std::string_view no, const std::string& object) {
        std::string out = v == Truth::unknown ? "whether " + subject : subject;
        out += ' ';
        out += v == Truth::no ? no : yes;
        out += object;
        if (v == Truth::unknown) out += " is not known";
        return out;
    }

    /// "Under the reading “…”, " when a reading other than the primary decided
    std::string under(const core::ReasonPart& part) const {
        if (part.reading == core::kNone) return {};
        const core::Reading& r = at_.rules.readings[part.reading];
        return "under the reading " + quoted(r.position.value_or(r.id.text)) + ", ";
    }

    std::string norm(const core::ReasonPart& part, const std::string& cite) const {
        const core::Clause& clause = norm_clause(at_.rules, part);
        const bool prohibits =
            at_.rules.provisions[part.provision].norm_kind == core::NormKind::prohibition;
        std::string what =
            prohibits ? " the prohibition in " + cite : " the requirement of " + cite;
        if (!clause.why.empty()) what += " (" + quoted(clause.why) + ")";
        if (prohibits)
            return said(part.value, "the measure", "falls under", "does not fall under", what);
        return said(part.value, "the measure", "meets", "does not meet", what);
    }

    /// An `unless` clause by its reason (else `P#unlessN`), an exception provision by its
    /// citation
    std::string exception_name(const core::ReasonPart& part) const {
        const core::Provision& p = at_.rules.provisions[part.provision];
        if (part.unless == 0) return quoted(cite_of(p));
        const std::string& why = p.unless[part.unless - 1].why;
        if (!why.empty()) return quoted(why);
        return markup_.code(p.id.text + "#unless" + std::to_string(part.unless));
    }

    std::string quoted(const std::string& s) const { return "\u201c" + markup_.text(s) + "\u201d"; }

    const ReasonContext& at_;
    const Markup& markup_;
};

/// Capitalises an ASCII first letter: sentences start with a verdict, never with a label
void capitalise(std::string& s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
}

}  // namespace

const Markup& plain_markup() {
    static const Markup markup{[](std::string_view s) { return std::string(s); },
                               [](std::string_view s) { return "`" + std::string(s) + "`"; }};
    return markup;
}

std::vector<ReasonSentence> reason_sentences(const ReasonContext& at, const core::Reasons& reasons,
                                             const Markup& markup) {
    std::vector<ReasonSentence> out;
    Sentences sentences(at, markup);
    for (const core::ReasonPart& part : reasons.parts) {
        std::string text = sentences.verdict(part);
        std::vector<std::string> steps;
        for (std::uint32_t k = part.begin; k < part.end && k < reasons.steps.size(); ++k) {
            std::string w = detail::step_words(at, reasons.steps[k], markup);
            if (std::find(steps.begin(), steps.end(), w) == steps.end()) steps.push_back(w);
        }
        for (std::size_t k = 0; k < steps.size(); ++k) text += (k == 0 ? ": " : "; ") + steps[k];
        text += ".";
        capitalise(text);
        out.push_back({std::move(text), part.kind, part.value, part.depth});
    }
    return out;
}

std::vector<std::string> reason_texts(const ReasonContext& at, const core::Reasons& reasons) {
    std::vector<std::string> out;
    for (ReasonSentence& s : reason_sentences(at, reasons)) out.push_back(std::move(s.text));
    return out;
}

}  // namespace lexcheck::reports
