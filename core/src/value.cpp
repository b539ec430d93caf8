#include "lexcheck/core/value.hpp"

#include <algorithm>
#include <array>

namespace lexcheck::core {

Value make_bool(bool b) {
    return Value{TypeKind::boolean, b ? 1 : 0, 0, {}, {}};
}
Value make_int(std::int64_t i) {
    return Value{TypeKind::integer, i, 0, {}, {}};
}
Value make_number(double d) {
    return Value{TypeKind::number, 0, d, {}, {}};
}
Value make_date_value(std::int32_t days) {
    return Value{TypeKind::date, days, 0, {}, {}};
}
Value make_duration_value(std::int64_t days) {
    return Value{TypeKind::duration, days, 0, {}, {}};
}
Value make_text(std::string s) {
    return Value{TypeKind::text, 0, 0, std::move(s), {}};
}
Value make_state(std::string code) {
    return Value{TypeKind::state, 0, 0, std::move(code), {}};
}
Value make_enum(std::uint32_t index) {
    return Value{TypeKind::enumeration, index, 0, {}, {}};
}

Value make_set(std::vector<std::uint32_t> members) {
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return Value{TypeKind::set, 0, 0, {}, std::move(members)};
}

bool is_state_code(std::string_view s) {
    // The 249 officially assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which the EU
    // and UN agencies use, and EU, reserved for the European Union, a party to many
    // conventions. ISO's user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) are accepted below for
    // entities a rule set models itself. `UK`, `SU` or `RF` is a typo to hear about.
    static constexpr std::array<std::string_view, 251> kCodes{
        "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX",
        "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ",
        "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK",
        "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM",
        "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "EU", "FI", "FJ", "FK", "FM", "FO",
        "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR",
        "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM",
        "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM",
        "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU",
        "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP",
        "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG",
        "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL",
        "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB",
        "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST",
        "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
        "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG",
        "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
    };
    static_assert(std::is_sorted(kCodes.begin(), kCodes.end()));
    if (s.size() != 2) return false;
    bool user_assigned = s == "AA" || s == "ZZ" || (s[0] == 'Q' && s[1] >= 'M' && s[1] <= 'Z') ||
                         (s[0] == 'X' && s[1] >= 'A' && s[1] <= 'Z');
    return user_assigned || std::binary_search(kCodes.begin(), kCodes.end(), s);
}

std::uint32_t state_number(std::string_view code) {
    if (code.size() != 2) return kNone;
    return static_cast<std::uint32_t>(code[0] - 'A') * 26 +
           static_cast<std::uint32_t>(code[1] - 'A');
}

std::string state_code(std::uint32_t number) {
    return {static_cast<char>('A' + number / 26 % 26), static_cast<char>('A' + number % 26)};
}

}  // namespace lexcheck::core
