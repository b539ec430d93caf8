#include "node_tools.hpp"

#include <array>
#include <cstdio>
#include <filesystem>

#include <sys/wait.h>

namespace lexcheck::testing {

std::optional<std::string> node_tools_missing() {
    std::string out;
    if (run_command("command -v node", out) != 0)
        return "node is not installed (scripts/setup installs it)";
    auto modules = std::filesystem::path(LEXCHECK_SOURCE_DIR) / "tests/browser/node_modules";
    if (!std::filesystem::exists(modules / "ajv-draft-04") ||
        !std::filesystem::exists(modules / "playwright-core")) {
        return "npm packages missing: run `npm ci` in tests/browser (scripts/setup does)";
    }
    return std::nullopt;
}

int run_command(const std::string& command, std::string& output) {
    output.clear();
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return -1;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) output.append(buf.data(), n);
    int status = ::pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace lexcheck::testing
