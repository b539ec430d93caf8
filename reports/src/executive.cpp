#include "executive.hpp"

#include "describe.hpp"

#include <algorithm>
#include <map>

namespace lexcheck::reports::detail {

namespace {

constexpr std::size_t kMissingShown = 3;

bool needs_a_lawyer(const core::Finding& f) {
    return (f.outcome == core::Outcome::violation && f.binding) ||
           f.outcome == core::Outcome::contested;
}

void count(RegimeSummary& s, const core::Finding& f, std::size_t index,
           std::map<std::string, std::size_t>& missing) {
    ++s.total;
    s.binding += f.binding ? 1 : 0;
    switch (f.outcome) {
        case core::Outcome::violation:
            if (!f.binding) s.advisory_violations.push_back(index);
            break;
        case core::Outcome::undetermined:
            ++s.undetermined;
            s.binding_undetermined += f.binding ? 1 : 0;
            for (const std::string& fact : f.missing_facts) ++missing[fact];
            break;
        case core::Outcome::compliant:
            ++s.compliant;
            break;
        case core::Outcome::not_applicable:
            ++s.not_applicable;
            break;
        case core::Outcome::contested:
            break;
    }
    if (needs_a_lawyer(f)) s.attention.push_back(index);
}

/// Most often missing first, then by fact path
std::vector<std::pair<std::string, std::size_t>> most_missing(
    const std::map<std::string, std::size_t>& missing) {
    std::vector<std::pair<std::string, std::size_t>> out(missing.begin(), missing.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (out.size() > kMissingShown) out.resize(kMissingShown);
    return out;
}

}  // namespace

std::vector<RegimeSummary> executive_summary(const Report& r) {
    // Keyed by State, then instrument id; each with its missing-fact counts.
    std::map<std::pair<std::string, std::string>,
             std::pair<RegimeSummary, std::map<std::string, std::size_t>>>
        groups;
    const auto& findings = r.result.findings;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const core::Finding& f = findings[i];
        const std::uint32_t inst = r.rules.provisions[f.provision].instrument;
        if (inst == core::kNone) continue;
        const std::string& state = r.corpus.measures[f.measure].jurisdiction;
        auto& [summary, missing] = groups[{state, r.rules.instruments[inst].id.text}];
        if (summary.total == 0) {
            summary.state = state;
            summary.instrument = inst;
            summary.example = i;
        }
        count(summary, f, i, missing);
    }
    std::vector<RegimeSummary> out;
    for (auto& [key, group] : groups) {
        RegimeSummary& s = group.first;
        // Most severe first (critical is 0); findings are in measure and provision order.
        std::stable_sort(s.attention.begin(), s.attention.end(), [&](std::size_t a, std::size_t b) {
            return r.rules.provisions[findings[a].provision].severity <
                   r.rules.provisions[findings[b].provision].severity;
        });
        s.missing = most_missing(group.second);
        out.push_back(std::move(s));
    }
    return out;
}

std::string_view list_separator(std::size_t k, std::size_t n) {
    return k == 0 ? "" : k + 1 == n ? " and " : ", ";
}

std::string overview_sentence(const Report& r) {
    const checker::Summary& s = r.result.summary;
    auto plural = [](std::size_t n, std::string_view one, std::string_view many) {
        return std::to_string(n) + " " + std::string(n == 1 ? one : many);
    };
    std::string states;
    const std::vector<std::string> checked = jurisdictions_checked(r);
    for (std::size_t i = 0; i < checked.size(); ++i)
        states += std::string(list_separator(i, checked.size())) + checked[i];
    return "As of " + core::format_date(r.result.as_of) + ", " +
           plural(s.measures, "measure", "measures") + (states.empty() ? "" : " of " + states) +
           (s.measures == 1 ? " was" : " were") + " checked against " +
           plural(s.provisions, "provision", "provisions") + ": " +
           plural(s.violation, "violation", "violations") + " (" +
           std::to_string(s.binding_violation) + " binding), " + std::to_string(s.contested) +
           " contested, " + std::to_string(s.undetermined) + " undetermined, " +
           std::to_string(s.compliant) + " compliant." +
           (s.measures_not_in_force ? " " + left_out_text(r) + "." : "");
}

}  // namespace lexcheck::reports::detail
