#include "candidates.hpp"

#include <algorithm>
#include <cmath>

namespace lexcheck::analysis::detail {

using core::TypeKind;

double ordered_number(const core::Value& v) {
    return v.kind == TypeKind::number ? v.number : static_cast<double>(v.integer);
}

core::Value ordered_value(TypeKind kind, double x) {
    auto i = static_cast<std::int64_t>(std::llround(x));
    switch (kind) {
        case TypeKind::number:
            return core::make_number(x);
        case TypeKind::date:
            return core::make_date_value(static_cast<std::int32_t>(i));
        case TypeKind::duration:
            return core::make_duration_value(i);
        default:
            return core::make_int(i);
    }
}

namespace {

std::vector<core::Value> ordered_candidates(const core::FactInfo& info, const FactUsage& usage,
                                            std::uint32_t fact,
                                            const std::optional<core::Value>& current,
                                            core::Date as_of) {
    const TypeKind kind = info.type.kind;
    // Integers change in steps of 1 (a day for dates and durations); numbers by a half and a
    // whole, enough to pass a bound either way.
    const std::vector<double> steps = kind == TypeKind::number
                                          ? std::vector<double>{0, -0.5, 0.5, -1, 1}
                                          : std::vector<double>{0, -1, 1};
    std::vector<double> xs;
    if (auto it = usage.constants.find(fact); it != usage.constants.end()) {
        for (const core::Value& c : it->second) {
            for (double d : steps) xs.push_back(ordered_number(c) + d);
        }
    }
    if (kind == TypeKind::duration)
        xs.erase(std::remove_if(xs.begin(), xs.end(), [](double x) { return x < 0; }), xs.end());
    if (current) {
        // A stated value moves as little as it can.
        const double now = ordered_number(*current);
        xs.erase(std::remove(xs.begin(), xs.end(), now), xs.end());
        std::stable_sort(xs.begin(), xs.end(), [&](double a, double b) {
            double da = std::fabs(a - now), db = std::fabs(b - now);
            return da != db ? da < db : a < b;
        });
    } else {
        // An unknown value is set at a bound the rules name (the constants in order, each
        // before its neighbours), or at 0 (the as-of date for a date) when they name none.
        xs.push_back(kind == TypeKind::date ? static_cast<double>(as_of.days) : 0.0);
    }
    std::vector<double> seen;
    std::vector<core::Value> out;
    for (double x : xs) {
        if (std::find(seen.begin(), seen.end(), x) != seen.end()) continue;
        seen.push_back(x);
        out.push_back(ordered_value(kind, x));
    }
    return out;
}

}  // namespace

std::vector<core::Value> candidate_values(const core::Schema& schema, const FactUsage& usage,
                                          std::uint32_t fact,
                                          const std::optional<core::Value>& current,
                                          core::Date as_of) {
    const core::FactInfo& info = schema.fact(fact);
    std::vector<core::Value> out;
    switch (info.type.kind) {
        case TypeKind::boolean:
            for (bool b : {true, false}) out.push_back(core::make_bool(b));
            break;
        case TypeKind::enumeration: {
            const auto n = schema.enum_info(info.type.enum_id).values.size();
            for (std::uint32_t i = 0; i < n; ++i) out.push_back(core::make_enum(i));
            break;
        }
        case TypeKind::text:
        case TypeKind::state: {
            auto it = usage.constants.find(fact);
            if (it != usage.constants.end()) out = it->second;
            break;
        }
        case TypeKind::set:
            break;
        default:
            return ordered_candidates(info, usage, fact, current, as_of);
    }
    if (current) out.erase(std::remove(out.begin(), out.end(), *current), out.end());
    return out;
}

}  // namespace lexcheck::analysis::detail
