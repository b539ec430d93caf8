// Running `lexcheck` in-process in tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "temp_dir.hpp"

namespace lexcheck::testing {

struct CliResult {
    int status = -1;
    std::string out;
    std::string err;
};

/// Runs `lexcheck ARGS…` in-process
CliResult run_cli(const std::vector<std::string>& args);


}  // namespace lexcheck::testing
