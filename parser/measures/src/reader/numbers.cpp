#include "reader/numbers.hpp"

#include <algorithm>
#include <charconv>

namespace lexcheck::parser::detail {

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<std::int64_t> parse_int(std::string_view s) {
    if (!all_digits(!s.empty() && s[0] == '-' ? s.substr(1) : s)) return std::nullopt;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return value;
}

std::optional<double> parse_number(std::string_view s) {
    std::string_view body = !s.empty() && s[0] == '-' ? s.substr(1) : s;
    auto dot = body.find('.');
    bool shaped = dot == std::string_view::npos
                      ? all_digits(body)
                      : all_digits(body.substr(0, dot)) && all_digits(body.substr(dot + 1));
    if (!shaped) return std::nullopt;
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return value;
}

}  // namespace lexcheck::parser::detail
