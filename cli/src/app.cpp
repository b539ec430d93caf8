#include "app.hpp"

#include <iostream>

namespace lexcheck::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    (void)out;
    (void)args;
    err << "usage: lexcheck check|test|lint|fmt|explain …\n";
    return kExitInputError;
}

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return run(args, std::cout, std::cerr);
}

}  // namespace lexcheck::cli
