#include "lexcheck/audit/delta.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <algorithm>
#include <map>

namespace lexcheck::audit {

namespace {
/// LANGUAGE.md §12: sorted by provision, then measure
struct ByProvisionThenMeasure {
    bool operator()(const std::pair<std::string_view, std::string_view>& a,
                    const std::pair<std::string_view, std::string_view>& b) const {
        if (a.first != b.first) return core::natural_less(a.first, b.first);
        return core::natural_less(a.second, b.second);
    }
};
}  // namespace

std::string_view change_kind_name(ChangeKind k) {
    switch (k) {
        case ChangeKind::added:
            return "added";
        case ChangeKind::removed:
            return "removed";
        case ChangeKind::changed:
            break;
    }
    return "changed";
}

Delta compute_delta(const std::vector<FindingKey>& before, const std::vector<FindingKey>& after) {
    using Pair = std::pair<std::string_view, std::string_view>;  // provision, measure
    std::map<Pair, std::pair<const FindingKey*, const FindingKey*>, ByProvisionThenMeasure> pairs;
    for (const FindingKey& k : before) pairs[{k.provision, k.measure}].first = &k;
    for (const FindingKey& k : after) pairs[{k.provision, k.measure}].second = &k;
    Delta delta;
    for (const auto& [pair, sides] : pairs) {
        auto [old_key, new_key] = sides;
        Change c;
        if (old_key) {
            c.before = *old_key;
            c.before_index = static_cast<std::size_t>(old_key - before.data());
        }
        if (new_key) {
            c.after = *new_key;
            c.after_index = static_cast<std::size_t>(new_key - after.data());
        }
        if (!old_key) {
            c.kind = ChangeKind::added;
        } else if (!new_key) {
            c.kind = ChangeKind::removed;
        } else if (old_key->outcome != new_key->outcome || old_key->binding != new_key->binding) {
            c.kind = ChangeKind::changed;
        } else {
            ++delta.unchanged;
            continue;
        }
        delta.changes.push_back(std::move(c));
    }
    return delta;
}

}  // namespace lexcheck::audit
