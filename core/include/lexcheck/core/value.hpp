// Types and typed values of facts (LANGUAGE.md §2 vocabulary, §3 values).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace lexcheck::core {

/// Marks an unresolved or absent index
inline constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

enum class TypeKind : std::uint8_t {
    boolean,
    integer,
    number,
    date,
    duration,
    text,
    enumeration,
    set,
    state
};

/// A fact's type; `enum_id` names the enum of an enumeration or set<enum>
struct Type {
    TypeKind kind = TypeKind::boolean;
    std::uint32_t enum_id = kNone;
    friend bool operator==(const Type&, const Type&) = default;
};

/// A typed value. Which member holds the value depends on `kind`:
/// boolean/integer/date(days)/duration(days)/enumeration(value index) use `integer`,
/// number uses `number`, text and state (two capitals) use `text`,
/// set uses `members` (sorted, distinct enum value indices).
struct Value {
    TypeKind kind = TypeKind::boolean;
    std::int64_t integer = 0;
    double number = 0;
    std::string text;
    std::vector<std::uint32_t> members;

    friend bool operator==(const Value&, const Value&) = default;
};

Value make_bool(bool b);
Value make_int(std::int64_t i);
Value make_number(double d);
Value make_date_value(std::int32_t days);
Value make_duration_value(std::int64_t days);
Value make_text(std::string s);
Value make_state(std::string code);
Value make_enum(std::uint32_t index);
Value make_set(std::vector<std::uint32_t> members);  ///< Sorts and removes duplicates

/// True for an assigned ISO 3166-1 alpha-2 code, EU, or a user-assigned code (AA, QM–QZ,
/// XA–XZ, ZZ), in capitals
bool is_state_code(std::string_view s);

/// A two-capital state code as a number (AA = 0 … ZZ = 675): how a set of states, the
/// built-in fact `affects` (LANGUAGE.md §9), holds its members
std::uint32_t state_number(std::string_view code);
/// The code of a state_number
std::string state_code(std::uint32_t number);

}  // namespace lexcheck::core
