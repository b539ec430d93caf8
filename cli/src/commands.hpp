// One function per `lexcheck` command; each returns the exit status.
#pragma once

#include "options.hpp"

#include <iosfwd>

namespace lexcheck::cli {

int run_check(const Options& options, std::ostream& out, std::ostream& err);
int run_explain(const Options& options, std::ostream& out, std::ostream& err);
int run_test(const Options& options, std::ostream& out, std::ostream& err);
int run_lint(const Options& options, std::ostream& out, std::ostream& err);
int run_fmt(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace lexcheck::cli
