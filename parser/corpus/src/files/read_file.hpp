// Reading a whole input file into memory with one read() per file (no stream copies), many
// files into one block, and the diagnostics for files that cannot be read.
#pragma once

#include "lexcheck/core/diagnostic.hpp"

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace lexcheck::parser::detail {

/// The whole file at `path`, or the diagnostic explaining why it cannot be read
/// (`cli_unreadable_file`, `cli_file_too_large`). Safe to call on several threads at once.
std::optional<std::string> read_file(const std::string& path, core::Diagnostic& problem);

/// Memory for the texts of many files read at once: one block (core::text_block, in huge
/// pages), a room in it for each file of its size when measured and a byte more
struct TextRooms {
    std::shared_ptr<char> block;
    std::vector<std::span<char>> rooms;  ///< By path; empty: no room (read with read_file)
};
/// Rooms for `paths` (null: none wanted); a path that is no regular file gets none, and none
/// does when the block cannot be had. Measured on up to `threads` threads.
TextRooms text_rooms(const std::vector<const std::string*>& paths, unsigned threads);

/// Reads the file at `path` into `room`: its length there, or nullopt when it did not fit with
/// the byte to spare (it grew since it was measured) or could not be read; read_file then
/// reads it, or says why it cannot be read. Safe to call on several threads at once.
std::optional<std::size_t> read_file_into(const std::string& path, std::span<char> room);

}  // namespace lexcheck::parser::detail
