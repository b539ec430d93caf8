// The two hex escapings of the reports, written once: SARIF's artifact URIs (`%2F`) and the
// HTML report's fragment ids (`_2f`).
#include "hex_escape.hpp"

#include "html_escape.hpp"
#include "sarif_locations.hpp"

#include <gtest/gtest.h>

namespace lexcheck::reports::detail {
namespace {

TEST(HexEscape, WritesEachRejectedByteAsTheMarkAndTwoDigits) {
    std::string out = "x";
    append_hex_escaped(
        out, "a/\xC3\xA9", [](char c) { return ascii_alnum(c); }, '%', "0123456789ABCDEF");
    EXPECT_EQ(out, "xa%2F%C3%A9");
}

TEST(HexEscape, AsciiAlnumIsAsciiLettersAndDigitsOnly) {
    for (char c : std::string_view("azAZ09")) EXPECT_TRUE(ascii_alnum(c)) << c;
    for (char c : std::string_view("-_./ \xC3\xA9")) EXPECT_FALSE(ascii_alnum(c)) << c;
}

TEST(SarifUri, KeepsUnreservedBytesAndPercentEncodesTheRestInUpperCase) {
    EXPECT_EQ(uri_of("corpus/ru/a b%\xC3\xA9~_-.yaml"), "corpus/ru/a%20b%25%C3%A9~_-.yaml");
}

TEST(HtmlId, EscapesWithAnUnderscoreAndLowerCaseDigits) {
    EXPECT_EQ(html_id("m-", "ru.a b/\xC3\x89"), "m-ru.a_20b_2f_c3_89");
    // `_` itself is escaped, so the finding anchor's `__` separator cannot occur in an id
    EXPECT_EQ(finding_anchor("a_b", "c"), "f-a_5fb__c");
}

}  // namespace
}  // namespace lexcheck::reports::detail
