// The documents an editor has open, and how `file://` URIs name files.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace lexcheck::lsp::detail {

/// An open document: the editor's text replaces the file's while it is open
struct Document {
    std::string uri;
    std::string text;
    std::int64_t version = 0;
};

/// Open documents by absolute path (see uri_to_path)
using Documents = std::map<std::string, Document>;

enum class FileKind { rules, measures, other };
/// `.lex` is a rule file; `.yaml`, `.yml`, `.json`, `.jsonl` are measure files
FileKind file_kind(std::string_view path);

/// A normalised absolute path (relative paths are taken from the working directory)
std::string absolute_path(const std::string& path);
/// The path of a `file://` URI, percent-decoded; another scheme's URI is returned as it is
std::string uri_to_path(std::string_view uri);
/// The `file://` URI of an absolute path, percent-encoded
std::string path_to_uri(std::string_view path);

}  // namespace lexcheck::lsp::detail
