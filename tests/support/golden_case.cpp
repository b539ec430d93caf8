#include "golden_case.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace lexcheck::testing {

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_text(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

bool update_golden() {
    const char* v = std::getenv("LEXCHECK_UPDATE_GOLDEN");
    return v && std::string(v) == "1";
}

GoldenCase read_golden_case(const std::filesystem::path& file) {
    GoldenCase c;
    c.name = file.stem().string();
    std::istringstream in(read_text(file));
    std::string line, current;
    while (std::getline(in, line)) {
        if (line.rfind("--- ", 0) == 0) {
            std::string header = line.substr(4);
            auto space = header.find(' ');
            current = header.substr(0, space);
            c.arguments[current] = space == std::string::npos ? "" : header.substr(space + 1);
            c.sections[current];
            continue;
        }
        if (!current.empty()) c.sections[current] += line + "\n";
    }
    return c;
}

std::vector<std::filesystem::path> golden_files(const std::filesystem::path& dir,
                                                const std::string& extension) {
    std::vector<std::filesystem::path> out;
    if (!std::filesystem::exists(dir)) return out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        if (e.is_regular_file() && e.path().extension() == extension) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string test_name(const std::filesystem::path& file) {
    std::string s = file.stem().string();
    for (char& c : s) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return s;
}

}  // namespace lexcheck::testing
