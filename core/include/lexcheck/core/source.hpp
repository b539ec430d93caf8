// Source files and positions: every AST node, measure and trace step points into a
// file owned by the SourceManager, by byte range.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::core {

/// Index of a file in a SourceManager
using SourceId = std::uint32_t;

/// A byte range [begin, end) in one source file
struct SourceSpan {
    SourceId file = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

/// 1-based line and column; the column counts UTF-8 characters, not bytes
struct LineCol {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};

/// Owns the text of every file read in a run and answers position questions about it.
/// Adding files is thread-safe; files are never removed, so references stay valid.
class SourceManager {
public:
    SourceManager();

    /// Registers a file's text under the path shown to users
    SourceId add(std::string path, std::string text);
    /// Registers a file whose text lies in memory that `owner` keeps (a block holding the
    /// texts of many files read at once: parser::load_corpus)
    SourceId add(std::string path, std::string_view text, std::shared_ptr<const char> owner);

    const std::string& path(SourceId id) const;
    std::string_view text(SourceId id) const;
    std::size_t size() const;

    LineCol line_col(SourceId id, std::uint32_t offset) const;
    /// The byte offset where each line starts (line 1's first), built on the first position
    /// question: for a caller asking many (a report's positions), who then answers them with
    /// core::line_col_at rather than taking line_col's lock each time
    std::span<const std::uint32_t> line_index(SourceId id) const;
    /// The text of 1-based line `line`, without its newline
    std::string_view line_text(SourceId id, std::uint32_t line) const;
    /// "path:line:col" of the span's start
    std::string location(SourceSpan span) const;
    /// The spanned text
    std::string_view slice(SourceSpan span) const;
    /// Byte offset of 1-based line/column (column in UTF-8 characters), clamped to the file
    std::uint32_t offset_of(SourceId id, std::uint32_t line, std::uint32_t column) const;

private:
    struct File {
        std::string path;
        std::string own;  ///< The text, unless it lies in `owner`'s memory
        std::shared_ptr<const char> owner;
        std::string_view text;
        /// Built on the first position question: most files are never asked one
        mutable std::once_flag lines_built;
        mutable std::vector<std::uint32_t> line_starts;
    };
    SourceId insert(std::unique_ptr<File> f);
    const File& file(SourceId id) const;
    /// The file's line-start index, built once (thread-safe)
    static const std::vector<std::uint32_t>& line_starts(const File& f);

    mutable std::mutex mutex_;
    std::deque<std::unique_ptr<File>> files_;
};

/// line:col of byte `offset` of `text`, a file whose line index is `line_starts`
/// (SourceManager::line_index): what SourceManager::line_col answers
LineCol line_col_at(std::string_view text, std::span<const std::uint32_t> line_starts,
                    std::uint32_t offset);

/// Appends `text` on one line, as traces and reasons quote conditions: words whole, each run
/// of blanks between them (spaces, tabs, line breaks) as one space
void append_one_line(std::string& out, std::string_view text);

}  // namespace lexcheck::core
