// The command line's last resort (cli/src/last_resort.hpp): an escaping exception is an
// internal error with exit status 2, not an abort.
#include "last_resort.hpp"

#include <gtest/gtest.h>

#include <new>
#include <sstream>
#include <stdexcept>

namespace lexcheck::cli {
namespace {

TEST(LastResort, PassesTheCommandsStatusOn) {
    std::ostringstream err;
    EXPECT_EQ(run_guarded([] { return 1; }, err), 1);
    EXPECT_EQ(err.str(), "");
}

TEST(LastResort, AnEscapingExceptionIsAnInternalErrorWithStatusTwo) {
    std::ostringstream err;
    EXPECT_EQ(run_guarded([]() -> int { throw std::runtime_error("stack of files"); }, err), 2);
    EXPECT_EQ(err.str().rfind("lexcheck: internal error: stack of files\n", 0), 0u) << err.str();
    EXPECT_NE(err.str().find("help: this is a bug in lexcheck"), std::string::npos);
}

TEST(LastResort, RunningOutOfMemoryIsSaidInWords) {
    std::ostringstream err;
    EXPECT_EQ(run_guarded([]() -> int { throw std::bad_alloc(); }, err), 2);
    EXPECT_EQ(err.str().rfind("lexcheck: internal error: out of memory\n", 0), 0u) << err.str();
}

TEST(LastResort, AnythingElseThrownIsCaughtToo) {
    std::ostringstream err;
    EXPECT_EQ(run_guarded([]() -> int { throw 42; }, err), 2);
    EXPECT_NE(err.str().find("unknown exception"), std::string::npos);
}

}  // namespace
}  // namespace lexcheck::cli
