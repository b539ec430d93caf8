#include "lexcheck/core/file_overlay.hpp"

#include <atomic>
#include <cassert>
#include <filesystem>

namespace lexcheck::core {

namespace {
std::atomic<const FileOverlay*> active{nullptr};

std::string normal(const std::string& path) {
    return std::filesystem::path(path).lexically_normal().generic_string();
}

/// The prefix every file under `dir` starts with ("" for the current folder)
std::string folder_prefix(const std::string& dir) {
    std::string d = normal(dir);
    if (d == "." || d == "./") return "";
    if (!d.empty() && d.back() != '/') d += '/';
    return d;
}

bool under(const std::string& file, const std::string& prefix) {
    if (prefix.empty()) return file.front() != '/' && file.rfind("../", 0) != 0;
    return file.size() > prefix.size() && file.compare(0, prefix.size(), prefix) == 0;
}
}  // namespace

void FileOverlay::add(std::string path, std::string text) {
    files_.insert_or_assign(std::move(path), std::move(text));
}

const std::string* FileOverlay::find(const std::string& path) const {
    auto it = files_.find(path);
    if (it == files_.end()) it = files_.find(normal(path));
    return it == files_.end() ? nullptr : &it->second;
}

bool FileOverlay::is_directory(const std::string& path) const {
    return !files_under(path).empty();
}

std::vector<std::string> FileOverlay::files_under(const std::string& dir) const {
    std::string prefix = folder_prefix(dir);
    std::vector<std::string> out;
    for (const auto& [path, text] : files_) {
        if (under(path, prefix)) out.push_back(path);
    }
    return out;  // std::map keeps them sorted
}

FileOverlayScope::FileOverlayScope(const FileOverlay& overlay) {
    [[maybe_unused]] const FileOverlay* before = active.exchange(&overlay);
    assert(before == nullptr && "one FileOverlayScope at a time");
}

FileOverlayScope::~FileOverlayScope() {
    active.store(nullptr);
}

const FileOverlay* active_file_overlay() {
    return active.load();
}

bool is_regular_file(const std::string& path) {
    if (const FileOverlay* overlay = active_file_overlay()) return overlay->find(path) != nullptr;
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

}  // namespace lexcheck::core
