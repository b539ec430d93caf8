#include "delta_side.hpp"

#include <algorithm>

namespace lexcheck::cli {

void add_findings(const Inputs& in, const checker::CheckResult& r, const std::vector<bool>* keep,
                  delta::Side& side, std::vector<std::pair<std::uint32_t, std::uint32_t>>* pairs) {
    for (const core::Finding& f : r.findings) {
        if (keep && !(*keep)[f.measure]) continue;
        delta::Finding d;
        d.measure = in.corpus.measures[f.measure].id;
        d.provision = in.rules.provisions[f.provision].id.text;
        d.outcome = f.outcome;
        d.binding = f.binding;
        d.contested_violation = std::any_of(f.readings.begin(), f.readings.end(), [](auto& a) {
            return a.outcome == core::Outcome::violation;
        });
        side.findings.push_back(std::move(d));
        if (pairs) pairs->emplace_back(f.measure, f.provision);
    }
}

void add_links(const core::Corpus& corpus, const std::vector<bool>* left_out, delta::Side& side) {
    for (std::size_t i = 0; i < corpus.measures.size(); ++i) {
        const core::Measure& m = corpus.measures[i];
        if (m.replaces_index == core::kNone || (left_out && (*left_out)[i])) continue;
        side.links.push_back({m.id, m.replaces, *m.in_force});
    }
}

}  // namespace lexcheck::cli
