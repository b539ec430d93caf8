// Calendar dates and durations of the rule language (LANGUAGE.md §1).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lexcheck::core {

/// A calendar date as days since 1970-01-01 (proleptic Gregorian)
struct Date {
    std::int32_t days = 0;
    friend auto operator<=>(const Date&, const Date&) = default;
};

/// Parses `YYYY-MM-DD`; nullopt when malformed or not a real calendar date (2023-02-30)
std::optional<Date> parse_date(std::string_view text);
/// True when the text has the shape YYYY-MM-DD, whether or not the day exists
bool looks_like_date(std::string_view text);
/// Why text of the shape YYYY-MM-DD is no day of the calendar, in words for a help line
/// ("February 2019 has 28 days"); nullopt when it is a day, or not of that shape
std::optional<std::string> calendar_problem(std::string_view text);
std::string format_date(Date d);
Date make_date(int year, unsigned month, unsigned day);
/// Today in UTC
Date today();

/// A duration in days: 1w = 7d, 1m = 30d, 1y = 365d (LANGUAGE.md §1)
struct Duration {
    std::int64_t days = 0;
    friend auto operator<=>(const Duration&, const Duration&) = default;
};

/// Parses `90d`, `6m`, `3y`, `2w` (no space, non-negative integer); nullopt otherwise
std::optional<Duration> parse_duration(std::string_view text);

}  // namespace lexcheck::core
