#include "lexcheck/core/date.hpp"

#include <gtest/gtest.h>

namespace lexcheck::core {
namespace {

TEST(DateLiteral, RoundTripsRealDates) {
    for (const char* s : {"1970-01-01", "2015-01-01", "2000-02-29", "2099-12-31", "1996-08-15"}) {
        auto d = parse_date(s);
        ASSERT_TRUE(d.has_value()) << s;
        EXPECT_EQ(format_date(*d), s);
    }
}

TEST(DateLiteral, RejectsDaysThatDoNotExist) {
    EXPECT_FALSE(parse_date("2023-02-30"));
    EXPECT_FALSE(parse_date("2023-02-29"));
    EXPECT_FALSE(parse_date("1900-02-29"));
    EXPECT_FALSE(parse_date("2023-13-01"));
    EXPECT_FALSE(parse_date("2023-00-10"));
    EXPECT_FALSE(parse_date("2023-1-10"));
    EXPECT_TRUE(looks_like_date("2023-02-30"));
}

TEST(DateLiteral, SaysWhyADayDoesNotExist) {
    EXPECT_EQ(calendar_problem("2019-02-30"), "February 2019 has 28 days");
    EXPECT_EQ(calendar_problem("2020-02-30"), "February 2020 has 29 days");
    EXPECT_EQ(calendar_problem("2011-06-31"), "June 2011 has 30 days");
    EXPECT_EQ(calendar_problem("2023-13-01"),
              "there is no month 13; months run from 01 to 12 (YYYY-MM-DD)");
    EXPECT_EQ(calendar_problem("2023-05-00"), "days are numbered from 01: May 2023 starts on 01");
    EXPECT_EQ(calendar_problem("2019-02-28"), std::nullopt);  // a real day
    EXPECT_EQ(calendar_problem("30.02.2019"), std::nullopt);  // not the shape: a format hint
}

TEST(DateLiteral, OrdersByDay) {
    EXPECT_LT(*parse_date("2015-01-01"), *parse_date("2015-01-02"));
    EXPECT_EQ(parse_date("2015-01-02")->days - parse_date("2014-12-31")->days, 2);
}

TEST(DurationLiteral, WeeksMonthsYearsCountInDays) {
    EXPECT_EQ(parse_duration("2w")->days, 14);
    EXPECT_EQ(parse_duration("6m")->days, 180);
    EXPECT_EQ(parse_duration("3y")->days, 1095);
    EXPECT_EQ(parse_duration("90d")->days, 90);
}

TEST(DurationLiteral, RejectsSpacesAndUnknownUnits) {
    EXPECT_FALSE(parse_duration("3 years"));
    EXPECT_FALSE(parse_duration("3 y"));
    EXPECT_FALSE(parse_duration("3h"));
    EXPECT_FALSE(parse_duration("y"));
    EXPECT_FALSE(parse_duration("-3y"));
}

}  // namespace
}  // namespace lexcheck::core
