#include "lexcheck/core/file_overlay.hpp"

#include <gtest/gtest.h>

namespace lexcheck::core {
namespace {

FileOverlay sample() {
    FileOverlay o;
    o.add("rules/a.lex", "a");
    o.add("rules/sub/b.lex", "b");
    o.add("rulesx/c.lex", "c");
    o.add("/abs/corpus/m.yaml", "m");
    o.add("../up/u.yaml", "u");
    return o;
}

TEST(FileOverlay, FindsFilesByTheirPathOrItsNormalForm) {
    FileOverlay o = sample();
    ASSERT_NE(o.find("rules/a.lex"), nullptr);
    EXPECT_EQ(*o.find("./rules/../rules/a.lex"), "a");
    EXPECT_EQ(o.find("rules/none.lex"), nullptr);
}

TEST(FileOverlay, ListsAFolderAsADirectoryWalkNamesItsFiles) {
    FileOverlay o = sample();
    EXPECT_EQ(o.files_under("rules/"),
              (std::vector<std::string>{"rules/a.lex", "rules/sub/b.lex"}));
    EXPECT_EQ(o.files_under("./rules"), o.files_under("rules"));
    EXPECT_EQ(o.files_under("/abs"), std::vector<std::string>{"/abs/corpus/m.yaml"});
    // The current folder holds the relative paths that do not climb out of it.
    EXPECT_EQ(o.files_under(".").size(), 3u);
    EXPECT_TRUE(o.is_directory("rules"));
    EXPECT_FALSE(o.is_directory("rules/a.lex"));
    EXPECT_FALSE(o.is_directory("corpus"));
}

TEST(FileOverlay, IsActiveOnlyWhileItsScopeLives) {
    FileOverlay o = sample();
    EXPECT_EQ(active_file_overlay(), nullptr);
    {
        FileOverlayScope scope(o);
        EXPECT_EQ(active_file_overlay(), &o);
    }
    EXPECT_EQ(active_file_overlay(), nullptr);
}

}  // namespace
}  // namespace lexcheck::core
