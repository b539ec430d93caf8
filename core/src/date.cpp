#include "lexcheck/core/date.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace lexcheck::core {

namespace {

// Howard Hinnant's days_from_civil.
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned days_in_month(int y, unsigned m) {
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool all_digits(std::string_view s) {
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return !s.empty();
}

}  // namespace

Date make_date(int year, unsigned month, unsigned day) {
    return Date{days_from_civil(year, month, day)};
}

bool looks_like_date(std::string_view t) {
    return t.size() == 10 && t[4] == '-' && t[7] == '-' && all_digits(t.substr(0, 4)) &&
           all_digits(t.substr(5, 2)) && all_digits(t.substr(8, 2));
}

std::optional<Date> parse_date(std::string_view t) {
    if (!looks_like_date(t)) return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    std::from_chars(t.data(), t.data() + 4, y);
    std::from_chars(t.data() + 5, t.data() + 7, m);
    std::from_chars(t.data() + 8, t.data() + 10, d);
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return make_date(y, m, d);
}

std::optional<std::string> calendar_problem(std::string_view t) {
    if (!looks_like_date(t) || parse_date(t)) return std::nullopt;
    static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
    int y = 0;
    unsigned m = 0;
    std::from_chars(t.data(), t.data() + 4, y);
    std::from_chars(t.data() + 5, t.data() + 7, m);
    if (m < 1 || m > 12) {
        return "there is no month " + std::string(t.substr(5, 2)) +
               "; months run from 01 to 12 (YYYY-MM-DD)";
    }
    const std::string month = std::string(kMonths[m - 1]) + " " + std::string(t.substr(0, 4));
    if (t.substr(8, 2) == "00") return "days are numbered from 01: " + month + " starts on 01";
    return month + " has " + std::to_string(days_in_month(y, m)) + " days";
}

std::string format_date(Date date) {
    // Howard Hinnant's civil_from_days.
    int z = date.days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char buf[32];  // room for any int year, so that GCC sees no truncation
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

Date today() {
    auto now = std::chrono::system_clock::now();
    auto days = std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
    return Date{static_cast<std::int32_t>(days)};
}

std::optional<Duration> parse_duration(std::string_view t) {
    if (t.size() < 2) return std::nullopt;
    std::string_view digits = t.substr(0, t.size() - 1);
    if (!all_digits(digits) || digits.size() > 9) return std::nullopt;
    std::int64_t n = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    switch (t.back()) {
        case 'd':
            return Duration{n};
        case 'w':
            return Duration{n * 7};
        case 'm':
            return Duration{n * 30};
        case 'y':
            return Duration{n * 365};
        default:
            return std::nullopt;
    }
}

}  // namespace lexcheck::core
