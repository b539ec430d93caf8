// core/language.hpp, the language facts shared by the parser, the resolver and `lexcheck fmt`:
// the tables answer their lookups and agree with the names the schema prints.
#include <lexcheck/core/language.hpp>
#include <lexcheck/core/schema.hpp>

#include <gtest/gtest.h>

namespace {

namespace language = lexcheck::core::language;

TEST(LanguageFacts, ReservedWordsAreWholeWords) {
    for (std::string_view word : language::kReservedWords)
        EXPECT_TRUE(language::is_reserved_word(word));
    EXPECT_FALSE(language::is_reserved_word("android"));
    EXPECT_FALSE(language::is_reserved_word("an"));
    EXPECT_FALSE(language::is_reserved_word("Known"));
    EXPECT_FALSE(language::is_reserved_word(""));
}

TEST(LanguageFacts, BuiltInTypeNamesAreTheNamesTheSchemaPrints) {
    lexcheck::core::Schema schema;
    for (const language::BuiltinType& t : language::kBuiltinTypes) {
        ASSERT_EQ(language::builtin_type(t.name), t.kind) << t.name;
        EXPECT_EQ(schema.type_name(lexcheck::core::Type{t.kind}), t.name);
    }
    EXPECT_FALSE(language::builtin_type("integer"));
    EXPECT_FALSE(language::builtin_type("set"));
}

TEST(LanguageFacts, DeclarationKeywords) {
    for (std::string_view word :
         {"instrument", "vocabulary", "define", "provision", "reading", "test"}) {
        EXPECT_TRUE(language::is_declaration_keyword(word)) << word;
    }
    EXPECT_FALSE(language::is_declaration_keyword("measure"));
    EXPECT_FALSE(language::is_declaration_keyword("enum"));
}

}  // namespace
