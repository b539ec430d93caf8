#include "lexcheck/core/source.hpp"

#include <algorithm>
#include <stdexcept>

namespace lexcheck::core {

namespace {
bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
}  // namespace

SourceManager::SourceManager() {
    // Id 0 is a placeholder so that a default SourceSpan never names a real file.
    auto none = std::make_unique<File>();
    none->path = "<none>";
    none->line_starts.push_back(0);
    files_.push_back(std::move(none));
}

SourceId SourceManager::add(std::string path, std::string text) {
    auto f = std::make_unique<File>();
    f->path = std::move(path);
    f->text = std::move(text);
    f->line_starts.push_back(0);
    for (std::uint32_t i = 0; i < f->text.size(); ++i) {
        if (f->text[i] == '\n') f->line_starts.push_back(i + 1);
    }
    std::lock_guard lock(mutex_);
    files_.push_back(std::move(f));
    return static_cast<SourceId>(files_.size() - 1);
}

const SourceManager::File& SourceManager::file(SourceId id) const {
    std::lock_guard lock(mutex_);
    if (id >= files_.size()) throw std::out_of_range("unknown source id");
    return *files_[id];
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
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(f.text.size()));
    auto it = std::upper_bound(f.line_starts.begin(), f.line_starts.end(), offset);
    auto line = static_cast<std::uint32_t>(it - f.line_starts.begin());
    std::uint32_t start = f.line_starts[line - 1];
    std::uint32_t column = 1;
    for (std::uint32_t i = start; i < offset; ++i) {
        if (!is_continuation_byte(f.text[i])) ++column;
    }
    return {line, column};
}

std::string_view SourceManager::line_text(SourceId id, std::uint32_t line) const {
    const File& f = file(id);
    if (line == 0 || line > f.line_starts.size()) return {};
    std::uint32_t start = f.line_starts[line - 1];
    std::uint32_t end = line < f.line_starts.size() ? f.line_starts[line] - 1
                                                    : static_cast<std::uint32_t>(f.text.size());
    std::string_view text(f.text);
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
    if (line == 0) line = 1;
    if (line > f.line_starts.size()) return static_cast<std::uint32_t>(f.text.size());
    std::uint32_t offset = f.line_starts[line - 1];
    for (std::uint32_t c = 1; c < column && offset < f.text.size() && f.text[offset] != '\n'; ++c) {
        ++offset;
        while (offset < f.text.size() && is_continuation_byte(f.text[offset])) ++offset;
    }
    return offset;
}

}  // namespace lexcheck::core
