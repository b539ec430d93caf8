// LANGUAGE.md §13: a decision's reasons as sentences, one per part (scope, norm, each
// exception considered): what the part found, then its decisive steps.
#include "lexcheck/reports/reasons.hpp"

#include "reason_sentence.hpp"
#include "reason_words.hpp"

#include <algorithm>

namespace lexcheck::reports {

namespace {

using core::ReasonPartKind;
using core::Truth;

const std::string& cite_of(const core::Provision& p) {
    return p.cite ? *p.cite : p.id.text;
}

/// The norm's clause as the decision used it: the chosen reading's when it replaced the norm
const core::Clause& norm_clause(const core::RuleSet& rules, const core::ReasonPart& part) {
    if (part.reading != core::kNone && rules.readings[part.reading].norm_kind)
        return rules.readings[part.reading].norm;
    return rules.provisions[part.provision].norm;
}

/// Appends what a part found, without its steps: "The exception “…” does not apply"
class Sentences {
public:
    Sentences(const ReasonContext& at, const Markup& markup, std::string& out)
        : at_(at), markup_(markup), out_(out) {}

    void verdict(const core::ReasonPart& part) {
        const core::Provision& p = at_.rules.provisions[part.provision];
        auto cite = [&] { markup_.text(out_, cite_of(p)); };
        switch (part.kind) {
            case ReasonPartKind::not_in_force:
                cite();
                out_ += " is not in force on " + core::format_date(at_.as_of);
                return;
            case ReasonPartKind::scope:
                under(part);
                said(part.value, cite, "applies to the measure", "does not apply to the measure",
                     [] {});
                return;
            case ReasonPartKind::norm:
                under(part);
                norm(part, cite);
                return;
            case ReasonPartKind::exception:
                break;
        }
        auto name = [&] {
            out_ += part.depth == 0 ? "the exception " : "its own exception ";
            exception_name(part);
        };
        said(part.value, name, "applies", "does not apply", [] {});
    }

private:
    /// "SUBJECT YES OBJECT", "SUBJECT NO OBJECT", or "whether SUBJECT YES OBJECT is not known"
    template <typename Subject, typename Object>
    void said(Truth v, const Subject& subject, std::string_view yes, std::string_view no,
              const Object& object) {
        if (v == Truth::unknown) out_ += "whether ";
        subject();
        out_ += ' ';
        out_ += v == Truth::no ? no : yes;
        object();
        if (v == Truth::unknown) out_ += " is not known";
    }

    /// "Under the reading “…”, " when a reading other than the primary decided
    void under(const core::ReasonPart& part) {
        if (part.reading == core::kNone) return;
        const core::Reading& r = at_.rules.readings[part.reading];
        out_ += "under the reading ";
        quoted(r.position.value_or(r.id.text));
        out_ += ", ";
    }

    template <typename Cite>
    void norm(const core::ReasonPart& part, const Cite& cite) {
        const core::Clause& clause = norm_clause(at_.rules, part);
        const bool prohibits =
            at_.rules.provisions[part.provision].norm_kind == core::NormKind::prohibition;
        auto what = [&] {
            out_ += prohibits ? " the prohibition in " : " the requirement of ";
            cite();
            if (clause.why.empty()) return;
            out_ += " (";
            quoted(clause.why);
            out_ += ")";
        };
        auto measure = [&] { out_ += "the measure"; };
        if (prohibits) {
            said(part.value, measure, "falls under", "does not fall under", what);
        } else {
            said(part.value, measure, "meets", "does not meet", what);
        }
    }

    /// An `unless` clause by its reason (else `P#unlessN`), an exception provision by its
    /// citation
    void exception_name(const core::ReasonPart& part) {
        const core::Provision& p = at_.rules.provisions[part.provision];
        if (part.unless == 0) return quoted(cite_of(p));
        const std::string& why = p.unless[part.unless - 1].why;
        if (!why.empty()) return quoted(why);
        markup_.code(out_, p.id.text + "#unless" + std::to_string(part.unless));
    }

    void quoted(const std::string& s) {
        out_ += "\u201c";
        markup_.text(out_, s);
        out_ += "\u201d";
    }

    const ReasonContext& at_;
    const Markup& markup_;
    std::string& out_;
};

/// Capitalises an ASCII first letter of the sentence that starts at `at`: sentences start with a
/// verdict, never with a label
void capitalise(std::string& s, std::size_t at) {
    if (at < s.size() && s[at] >= 'a' && s[at] <= 'z') s[at] = static_cast<char>(s[at] - 'a' + 'A');
}

}  // namespace

const Markup& plain_markup() {
    static const Markup markup{[](std::string& out, std::string_view s) { out += s; },
                               [](std::string& out, std::string_view s) {
                                   out += '`';
                                   out += s;
                                   out += '`';
                               }};
    return markup;
}

namespace detail {

void append_reason_sentence(const ReasonContext& at, const core::Reasons& reasons,
                            const core::ReasonPart& part, const Markup& markup, std::string& out,
                            SentenceScratch& said) {
    const std::size_t sentence = out.size();
    Sentences(at, markup, out).verdict(part);
    said.clear();
    for (std::uint32_t k = part.begin; k < part.end && k < reasons.steps.size(); ++k) {
        const std::size_t start = out.size();
        out += said.empty() ? ": " : "; ";
        const std::size_t words = out.size();
        append_step_words(at, reasons.steps[k], markup, out);
        const std::string_view w(out.data() + words, out.size() - words);
        // Two steps may say the same thing (one fact tested in two places): once. (Compared as
        // the markup wrote them: its escaping writes equal texts equally, unequal ones not.)
        if (std::any_of(said.begin(), said.end(), [&](const auto& s) {
                return std::string_view(out.data() + s.first, s.second) == w;
            })) {
            out.resize(start);
            continue;
        }
        said.emplace_back(words, w.size());
    }
    out += '.';
    capitalise(out, sentence);
}

}  // namespace detail

std::vector<ReasonSentence> reason_sentences(const ReasonContext& at, const core::Reasons& reasons,
                                             const Markup& markup) {
    std::vector<ReasonSentence> out;
    out.reserve(reasons.parts.size());
    detail::SentenceScratch said;
    for (const core::ReasonPart& part : reasons.parts) {
        std::string text;
        detail::append_reason_sentence(at, reasons, part, markup, text, said);
        out.push_back({std::move(text), part.kind, part.value, part.depth});
    }
    return out;
}

std::vector<std::string> reason_texts(const ReasonContext& at, const core::Reasons& reasons) {
    std::vector<std::string> out;
    out.reserve(reasons.parts.size());
    for (ReasonSentence& s : reason_sentences(at, reasons)) out.push_back(std::move(s.text));
    return out;
}

}  // namespace lexcheck::reports
