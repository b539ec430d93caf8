#include "cli_runner.hpp"

#include <sstream>

#include "app.hpp"
#include "golden_case.hpp"

namespace lexcheck::testing {

CliResult run_cli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    CliResult r;
    r.status = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

TempDir::TempDir(const std::string& name)
    : path_(std::filesystem::temp_directory_path() / ("lexcheck-test-" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& relative, const std::string& text) const {
    auto p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    write_text(p, text);
    return p.string();
}

}  // namespace lexcheck::testing
