#include "documents.hpp"

#include <cctype>
#include <filesystem>

namespace lexcheck::lsp::detail {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

FileKind file_kind(std::string_view path) {
    if (ends_with(path, ".lex")) return FileKind::rules;
    for (std::string_view ext : {".yaml", ".yml", ".json", ".jsonl"})
        if (ends_with(path, ext)) return FileKind::measures;
    return FileKind::other;
}

std::string absolute_path(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path p = fs::absolute(fs::path(path), ec);
    if (ec) p = fs::path(path);
    return p.lexically_normal().generic_string();
}

std::string uri_to_path(std::string_view uri) {
    constexpr std::string_view kScheme = "file://";
    if (uri.substr(0, kScheme.size()) != kScheme) return std::string(uri);
    uri.remove_prefix(kScheme.size());
    if (!uri.empty() && uri.front() != '/') {  // file://host/path: keep the path
        std::size_t slash = uri.find('/');
        uri.remove_prefix(slash == std::string_view::npos ? uri.size() : slash);
    }
    std::string out;
    for (std::size_t i = 0; i < uri.size(); ++i) {
        int hi = 0, lo = 0;
        if (uri[i] == '%' && i + 2 < uri.size() && (hi = hex_digit(uri[i + 1])) >= 0 &&
            (lo = hex_digit(uri[i + 2])) >= 0) {
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else {
            out.push_back(uri[i]);
        }
    }
    return out.empty() ? std::string("/") : absolute_path(out);
}

std::string path_to_uri(std::string_view path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "file://";
    for (char c : path) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(kHex[u >> 4]);
            out.push_back(kHex[u & 15]);
        }
    }
    return out;
}

}  // namespace lexcheck::lsp::detail
