#include "scaffold/work_uri.hpp"

#include <cctype>

namespace lexcheck::cli::scaffold {

namespace {

bool is_version_label(std::string_view part) {
    return part == "enacted" || part == "made" || part == "created" || part == "adopted";
}

}  // namespace

std::vector<std::string> work_parts(std::string_view uri) {
    bool url = false;
    if (auto scheme = uri.find("://"); scheme != std::string_view::npos) {
        uri.remove_prefix(scheme + 3);
        auto slash = uri.find('/');
        uri = slash == std::string_view::npos ? std::string_view{} : uri.substr(slash);
        url = true;
    }
    std::vector<std::string> parts;
    while (!uri.empty()) {
        auto slash = uri.find('/');
        std::string_view part = uri.substr(0, slash);
        uri = slash == std::string_view::npos ? std::string_view{} : uri.substr(slash + 1);
        if (part.empty()) continue;
        if (part == "!main" || part == "main" || part.find('@') != std::string_view::npos) break;
        if (parts.empty() && (part == "akn" || (url && part == "id"))) continue;
        parts.emplace_back(part);
    }
    if (url && !parts.empty() && is_version_label(parts.back())) parts.pop_back();
    return parts;
}

std::string work_key(std::string_view uri) {
    std::string out;
    for (const std::string& p : work_parts(uri)) {
        if (!out.empty()) out += '/';
        for (char c : p) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

WorkRef split_reference(std::string_view href) {
    auto cut = href.find_first_of("#~");
    WorkRef out;
    out.work = work_key(href.substr(0, cut));
    if (cut != std::string_view::npos) out.eid = std::string(href.substr(cut + 1));
    return out;
}

}  // namespace lexcheck::cli::scaffold
