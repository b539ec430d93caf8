#include "app.hpp"

#include "commands.hpp"
#include "options.hpp"

#include <iostream>

namespace lexcheck::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
        out << usage();
        return kExitOk;
    }
    std::string error;
    auto options = parse_options(args, error);
    if (!options) {
        err << "lexcheck: error: " << error << "\n" << usage();
        return kExitInputError;
    }
    apply_default_paths(*options);
    if (options->command == "check") return run_check(*options, out, err);
    if (options->command == "explain") return run_explain(*options, out, err);
    if (options->command == "test") return run_test(*options, out, err);
    if (options->command == "lint") return run_lint(*options, out, err);
    if (options->command == "fmt") return run_fmt(*options, out, err);
    err << "lexcheck: error: `" << options->command << "` is not available yet\n";
    return kExitInputError;
}

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return run(args, std::cout, std::cerr);
}

}  // namespace lexcheck::cli
