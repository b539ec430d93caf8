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

}  // namespace lexcheck::testing
