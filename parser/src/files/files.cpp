// Finding and reading input files.
#include "lexcheck/parser/load.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lexcheck::parser {

namespace fs = std::filesystem;

namespace {
bool has_extension(const std::string& name, const std::vector<std::string>& extensions) {
    return std::any_of(extensions.begin(), extensions.end(), [&](const std::string& ext) {
        return name.size() >= ext.size() &&
               name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
    });
}

core::Diagnostic file_error(std::string code, std::string message, std::string help = {}) {
    core::Diagnostic d;
    d.code = std::move(code);
    d.message = std::move(message);
    if (!help.empty()) d.help = std::move(help);
    return d;
}
}  // namespace

std::vector<std::string> find_files(const std::vector<std::string>& paths,
                                    const std::vector<std::string>& extensions,
                                    core::DiagnosticSink& sink) {
    std::vector<std::string> found;
    for (const std::string& path : paths) {
        std::error_code ec;
        auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            sink.report(file_error("cli_missing_path", "`" + path + "` does not exist",
                                   "check the path given to --rules or --corpus"));
            continue;
        }
        if (!fs::is_directory(status)) {
            found.push_back(path);
            continue;
        }
        std::vector<std::string> in_dir;
        for (auto it = fs::recursive_directory_iterator(
                 path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_regular_file(ec) &&
                has_extension(it->path().filename().string(), extensions)) {
                in_dir.push_back(it->path().lexically_normal().generic_string());
            }
        }
        if (ec) {
            sink.report(
                file_error("cli_unreadable_path", "cannot list `" + path + "`: " + ec.message()));
        }
        std::sort(in_dir.begin(), in_dir.end());
        found.insert(found.end(), in_dir.begin(), in_dir.end());
    }
    // The same file named twice (e.g. a folder and a file inside it) is read once.
    std::vector<std::string> unique;
    for (auto& f : found) {
        if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(f);
    }
    return unique;
}

std::optional<core::SourceId> read_source(const std::string& path, core::SourceManager& sources,
                                          core::DiagnosticSink& sink) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        sink.report(file_error("cli_unreadable_file", "cannot read `" + path + "`",
                               "check that the file exists and is readable"));
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.size() > 0xFFFFFFF0u) {
        sink.report(file_error("cli_file_too_large", "`" + path + "` is larger than 4 GiB"));
        return std::nullopt;
    }
    return sources.add(path, std::move(text));
}

}  // namespace lexcheck::parser
