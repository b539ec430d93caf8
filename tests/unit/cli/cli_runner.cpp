#include "cli_runner.hpp"

#include "app.hpp"
#include "golden_case.hpp"

#include <sstream>

namespace lexcheck::testing {

CliResult run_cli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    CliResult r;
    r.status = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace lexcheck::testing
