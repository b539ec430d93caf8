#include "regimes.hpp"

#include "describe.hpp"

#include <algorithm>
#include <tuple>

namespace lexcheck::reports::detail {

namespace {

std::size_t origin_index(const Report& r, const core::Provision& p) {
    const core::Instrument* inst = instrument_of(r, p);
    return inst && inst->origin ? static_cast<std::size_t>(*inst->origin) : kOrigins - 1;
}

std::size_t paradigm_index(const core::Provision& p) {
    return p.paradigm ? static_cast<std::size_t>(*p.paradigm) : kParadigms - 1;
}

void close_measure(RegimeOverlap& out, MeasureOverlap& current) {
    std::sort(current.hits.begin(), current.hits.end(), [](const RegimeHit& a, const RegimeHit& b) {
        return std::tie(a.instrument, a.paradigm) < std::tie(b.instrument, b.paradigm);
    });
    bool several = false;
    for (const RegimeHit& h : current.hits)
        several |= h.instrument != current.hits.front().instrument;
    if (several) out.measures.push_back(std::move(current));
    current = {};
}

}  // namespace

RegimeOverlap regime_overlap(const Report& r) {
    RegimeOverlap out;
    MeasureOverlap current;
    bool open = false;
    for (const core::Finding& f : r.result.findings) {
        if (f.outcome == core::Outcome::not_applicable) continue;
        const core::Provision& p = r.rules.provisions[f.provision];
        std::size_t o = origin_index(r, p);
        std::size_t d = paradigm_index(p);
        std::size_t k = static_cast<std::size_t>(f.outcome);
        ++out.grid[o][d][k];
        if (open && current.measure != f.measure) close_measure(out, current);
        open = true;
        current.measure = f.measure;
        const std::string& inst = instrument_id(r, f);
        auto hit = std::find_if(current.hits.begin(), current.hits.end(), [&](const RegimeHit& h) {
            return h.instrument == inst && h.paradigm == d;
        });
        if (hit == current.hits.end()) {
            current.hits.push_back({inst, o, d, {}, 0, 0});
            hit = current.hits.end() - 1;
        }
        ++hit->counts[k];
        ++hit->total;
        hit->binding += f.binding ? 1 : 0;
    }
    if (open) close_measure(out, current);
    return out;
}

std::string binding_share(std::size_t binding, std::size_t total) {
    if (binding == total) return "binding";
    if (binding == 0) return "advisory";
    return "binding for " + std::to_string(binding) + " of " + std::to_string(total) + " findings";
}

std::string_view origin_label(std::size_t origin) {
    if (origin < kOrigins - 1) return core::origin_name(static_cast<core::Origin>(origin));
    return "origin not stated";
}

std::string_view paradigm_label(std::size_t paradigm) {
    if (paradigm < kParadigms - 1)
        return core::paradigm_name(static_cast<core::Paradigm>(paradigm));
    return "no paradigm";
}

}  // namespace lexcheck::reports::detail
