// Pairing the findings of two checks (LANGUAGE.md §12).
#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/delta/delta.hpp"

#include <algorithm>
#include <unordered_map>

namespace lexcheck::delta {

namespace {

/// The measure a finding of `id` is reported under after the change: the latest version of
/// its chain in `after` that is in force on after's as-of date, else `id` itself
class Successors {
public:
    explicit Successors(const Side& after) : as_of_(after.as_of) {
        for (const Link& l : after.links) next_[l.replaces].push_back(&l);
    }

    const std::string& latest(const std::string& id) const {
        const std::string* at = &id;
        // Links form no cycle (parser::link_versions); the bound guards a forged report.
        for (std::size_t steps = 0; steps <= next_.size(); ++steps) {
            auto found = next_.find(*at);
            if (found == next_.end()) break;
            const Link* in_force = nullptr;  // the latest replacement in force, if any
            for (const Link* l : found->second) {
                if (l->in_force <= as_of_ && (!in_force || in_force->in_force < l->in_force))
                    in_force = l;
            }
            if (!in_force) break;
            at = &in_force->measure;
        }
        return *at;
    }

private:
    core::Date as_of_;
    std::unordered_map<std::string, std::vector<const Link*>> next_;
};

struct PairKey {
    std::string_view measure, provision;
    bool operator==(const PairKey&) const = default;
};
struct PairHash {
    std::size_t operator()(const PairKey& k) const {
        std::hash<std::string_view> h;
        return h(k.measure) * 31 + h(k.provision);
    }
};

}  // namespace

std::string_view kind_name(Kind k) {
    switch (k) {
        case Kind::added:
            return "added";
        case Kind::removed:
            return "removed";
        case Kind::changed:
            return "changed";
    }
    return "changed";
}

Delta compute(const Side& before, const Side& after) {
    Successors successors(after);
    std::unordered_map<PairKey, std::size_t, PairHash> earlier;
    earlier.reserve(before.findings.size());
    std::vector<std::string_view> under(before.findings.size());
    for (std::size_t i = 0; i < before.findings.size(); ++i) {
        const Finding& f = before.findings[i];
        under[i] = successors.latest(f.measure);
        earlier.emplace(PairKey{under[i], f.provision}, i);
    }
    Delta d;
    std::vector<bool> paired(before.findings.size());
    for (std::size_t i = 0; i < after.findings.size(); ++i) {
        const Finding& f = after.findings[i];
        auto found = earlier.find(PairKey{f.measure, f.provision});
        if (found == earlier.end()) {
            d.changes.push_back({Kind::added, f.measure, f.provision, std::nullopt, i});
            continue;
        }
        paired[found->second] = true;
        const Finding& b = before.findings[found->second];
        if (b.outcome == f.outcome && b.binding == f.binding) {
            ++d.unchanged;
        } else {
            d.changes.push_back({Kind::changed, f.measure, f.provision, found->second, i});
        }
    }
    for (std::size_t i = 0; i < before.findings.size(); ++i) {
        if (paired[i]) continue;
        d.changes.push_back(
            {Kind::removed, std::string(under[i]), before.findings[i].provision, i, std::nullopt});
    }
    for (const Change& c : d.changes) {
        (c.kind == Kind::added ? d.added : c.kind == Kind::removed ? d.removed : d.changed) += 1;
    }
    std::sort(d.changes.begin(), d.changes.end(), [](const Change& a, const Change& b) {
        if (a.provision != b.provision) return core::natural_less(a.provision, b.provision);
        return core::natural_less(a.measure, b.measure);
    });
    return d;
}

bool reaches(const Finding& f, std::string_view fail_on) {
    if (!f.binding || fail_on == "never") return false;
    if (f.outcome == core::Outcome::violation) return true;
    if (fail_on == "contested") {
        return f.outcome == core::Outcome::contested && f.contested_violation;
    }
    if (fail_on == "undetermined") {
        return f.outcome == core::Outcome::undetermined || f.outcome == core::Outcome::contested;
    }
    return false;
}

bool newly_reaches(const Delta& d, const Side& before, const Side& after,
                   std::string_view fail_on) {
    return std::any_of(d.changes.begin(), d.changes.end(), [&](const Change& c) {
        if (!c.after || !reaches(after.findings[*c.after], fail_on)) return false;
        return !c.before || !reaches(before.findings[*c.before], fail_on);
    });
}

}  // namespace lexcheck::delta
