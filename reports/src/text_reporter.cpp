#include "text_reporter.hpp"

#include "describe.hpp"
#include "remedy_sections.hpp"
#include "source_changes.hpp"

#include "lexcheck/reports/reasons.hpp"

#include <ostream>

namespace lexcheck::reports {

namespace {

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return out;
}

/// "1 measure", "2 measures"
std::string count(std::size_t n, std::string_view noun) {
    return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

}  // namespace

void TextReporter::write(const Report& r, std::ostream& out) const {
    const checker::Summary& s = r.result.summary;
    out << "lexcheck check as of " << core::format_date(r.result.as_of) << ": "
        << count(s.measures, "measure") << " x " << count(s.provisions, "provision") << "\n";
    std::uint32_t current = core::kNone;
    for (const core::Finding& f : r.result.findings) {
        const core::Measure& m = r.corpus.measures[f.measure];
        const core::Provision& p = r.rules.provisions[f.provision];
        if (f.measure != current) {
            current = f.measure;
            out << "\n" << m.id << " (" << m.jurisdiction << ")";
            if (!m.cite.empty()) out << " " << m.cite;
            if (!m.title.empty()) out << ", " << m.title;
            out << "  [" << detail::location(r.sources, m.span) << "]\n";
            std::string versions = detail::version_chain_text(r, m);
            if (!versions.empty()) out << "  versions: " << versions << "\n";
        }
        out << "  " << upper(core::outcome_name(f.outcome)) << "  " << detail::binding_word(f)
            << "  " << p.id.text << "  " << p.cite.value_or("") << " ("
            << core::provision_severity_name(p.severity) << ")\n";
        out << "      " << detail::binding_reason(r, f) << "\n";
        const ReasonContext at{r.sources, r.rules, m, r.result.as_of};
        // LANGUAGE.md §13: the reasons in words; a contested finding's per assignment.
        if (f.readings.empty()) {
            for (const std::string& reason : reason_texts(at, f.reasons))
                out << "      " << reason << "\n";
        }
        for (const core::ReadingOutcome& a : f.readings) {
            out << "      under";
            for (std::size_t k = 0; k < a.chosen.size(); ++k)
                out << (k ? ", " : " ") << detail::chosen_text(r, a.chosen[k]);
            out << ": " << core::outcome_name(a.outcome) << "\n";
            for (const std::string& reason : reason_texts(at, a.reasons))
                out << "        " << reason << "\n";
        }
        if (!f.defeated_by.empty()) out << "      defeated by " << f.defeated_by << "\n";
        if (f.reason != core::Reason::none)
            out << "      reason: " << core::reason_name(f.reason) << "\n";
        if (!f.missing_facts.empty()) {
            out << "      missing facts:";
            for (const auto& fact : f.missing_facts) out << " " << fact;
            out << "\n";
        }
        detail::write_remedies_plain(r, f, out);
    }
    out << "\n"
        << count(s.violation, "violation") << " (" << s.binding_violation << " binding, "
        << s.advisory_violation << " advisory), " << s.contested << " contested, " << s.compliant
        << " compliant, " << s.undetermined << " undetermined, " << s.not_applicable
        << " not applicable\n";
    detail::write_text_source_changes(r, out);
}

}  // namespace lexcheck::reports
