#include "lexcheck/core/value.hpp"

#include <algorithm>

namespace lexcheck::core {

Value make_bool(bool b) { return Value{TypeKind::boolean, b ? 1 : 0, 0, {}, {}}; }
Value make_int(std::int64_t i) { return Value{TypeKind::integer, i, 0, {}, {}}; }
Value make_number(double d) { return Value{TypeKind::number, 0, d, {}, {}}; }
Value make_date_value(std::int32_t days) { return Value{TypeKind::date, days, 0, {}, {}}; }
Value make_duration_value(std::int64_t days) { return Value{TypeKind::duration, days, 0, {}, {}}; }
Value make_text(std::string s) { return Value{TypeKind::text, 0, 0, std::move(s), {}}; }
Value make_state(std::string code) { return Value{TypeKind::state, 0, 0, std::move(code), {}}; }
Value make_enum(std::uint32_t index) { return Value{TypeKind::enumeration, index, 0, {}, {}}; }

Value make_set(std::vector<std::uint32_t> members) {
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return Value{TypeKind::set, 0, 0, {}, std::move(members)};
}

bool is_state_code(std::string_view s) {
    return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

}  // namespace lexcheck::core
