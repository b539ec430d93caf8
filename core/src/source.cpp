#include "lexcheck/core/source.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace lexcheck::core {

namespace {
bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Appends the offset after each `\n` of `text` to `starts`, 16 bytes at a time where SSE2 is
/// at hand: a measure file's lines are ~17 bytes long, and a memchr call per line cost more
/// than the scan (the JSON report indexes every measure file it points into: 28.2 M -> 22.1 M
/// for the dense instance's report, callgrind, issue 20; counting first or making room ahead
/// to store without push_back's check measured more, not less)
void index_newlines(std::string_view text, std::vector<std::uint32_t>& starts) {
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* p = begin;
#ifdef __SSE2__
    const __m128i newline = _mm_set1_epi8('\n');
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)));
        const auto after = static_cast<std::uint32_t>(p - begin) + 1;
        for (; mask != 0; mask &= mask - 1)
            starts.push_back(after + static_cast<std::uint32_t>(__builtin_ctz(mask)));
    }
#endif
    for (; p != end; ++p) {
        if (*p == '\n') starts.push_back(static_cast<std::uint32_t>(p - begin) + 1);
    }
}

}  // namespace

SourceManager::SourceManager() {
    // Id 0 is a placeholder so that a default SourceSpan never names a real file.
    auto none = std::make_unique<File>();
    none->path = "<none>";
    files_.push_back(std::move(none));
}

SourceId SourceManager::add(std::string path, std::string text) {
    auto f = std::make_unique<File>();
    f->path = std::move(path);
    f->own = std::move(text);
    f->text = f->own;  // the File is never moved: the view stays valid
    return insert(std::move(f));
}

SourceId SourceManager::add(std::string path, std::string_view text,
                            std::shared_ptr<const char> owner) {
    auto f = std::make_unique<File>();
    f->path = std::move(path);
    f->owner = std::move(owner);
    f->text = text;
    return insert(std::move(f));
}

SourceId SourceManager::insert(std::unique_ptr<File> f) {
    std::lock_guard lock(mutex_);
    files_.push_back(std::move(f));
    return static_cast<SourceId>(files_.size() - 1);
}

const SourceManager::File& SourceManager::file(SourceId id) const {
    std::lock_guard lock(mutex_);
    if (id >= files_.size()) throw std::out_of_range("unknown source id");
    return *files_[id];
}

const std::vector<std::uint32_t>& SourceManager::line_starts(const File& f) {
    std::call_once(f.lines_built, [&f] {
        f.line_starts.push_back(0);  // line 1; each other line starts after a `\n`
        index_newlines(f.text, f.line_starts);
    });
    return f.line_starts;
}

const std::string& SourceManager::path(SourceId id) const {
    return file(id).path;
}
std::string_view SourceManager::text(SourceId id) const {
    return file(id).text;
}

std::size_t SourceManager::size() const {
    std::lock_guard lock(mutex_);
    return files_.size();
}

LineCol SourceManager::line_col(SourceId id, std::uint32_t offset) const {
    const File& f = file(id);
    return line_col_at(f.text, line_starts(f), offset);
}

std::span<const std::uint32_t> SourceManager::line_index(SourceId id) const {
    return line_starts(file(id));
}

LineCol line_col_at(std::string_view text, std::span<const std::uint32_t> line_starts,
                    std::uint32_t offset) {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()));
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    auto line = static_cast<std::uint32_t>(it - line_starts.begin());
    std::uint32_t start = line_starts[line - 1];
    std::uint32_t column = 1;
    for (std::uint32_t i = start; i < offset; ++i) {
        if (!is_continuation_byte(text[i])) ++column;
    }
    return {line, column};
}

std::string_view SourceManager::line_text(SourceId id, std::uint32_t line) const {
    const File& f = file(id);
    const auto& starts = line_starts(f);
    if (line == 0 || line > starts.size()) return {};
    std::uint32_t start = starts[line - 1];
    std::uint32_t end =
        line < starts.size() ? starts[line] - 1 : static_cast<std::uint32_t>(f.text.size());
    std::string_view text = f.text;
    auto result = text.substr(start, end - start);
    if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
    return result;
}

std::string SourceManager::location(SourceSpan span) const {
    LineCol lc = line_col(span.file, span.begin);
    return path(span.file) + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

std::string_view SourceManager::slice(SourceSpan span) const {
    std::string_view t = text(span.file);
    std::uint32_t begin = std::min<std::uint32_t>(span.begin, static_cast<std::uint32_t>(t.size()));
    std::uint32_t end =
        std::clamp<std::uint32_t>(span.end, begin, static_cast<std::uint32_t>(t.size()));
    return t.substr(begin, end - begin);
}

std::uint32_t SourceManager::offset_of(SourceId id, std::uint32_t line,
                                       std::uint32_t column) const {
    const File& f = file(id);
    const auto& starts = line_starts(f);
    if (line == 0) line = 1;
    if (line > starts.size()) return static_cast<std::uint32_t>(f.text.size());
    std::uint32_t offset = starts[line - 1];
    for (std::uint32_t c = 1; c < column && offset < f.text.size() && f.text[offset] != '\n'; ++c) {
        ++offset;
        while (offset < f.text.size() && is_continuation_byte(f.text[offset])) ++offset;
    }
    return offset;
}

void append_one_line(std::string& out, std::string_view text) {
    auto blank = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r'; };
    out.reserve(out.size() + text.size());
    bool first = true;
    for (std::size_t i = 0; i < text.size();) {
        if (blank(text[i])) {
            ++i;
            continue;
        }
        std::size_t word = i;
        while (i < text.size() && !blank(text[i])) ++i;
        if (!first) out += ' ';
        first = false;
        out.append(text.data() + word, i - word);
    }
}

}  // namespace lexcheck::core
