#include "markdown_blocks.hpp"

#include <algorithm>

namespace lexcheck::testing {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

std::size_t backticks(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == '`') ++n;
    return n;
}

constexpr std::string_view kOpen = "<!-- example:";
constexpr std::string_view kClose = "-->";

}  // namespace

MarkdownDocument read_markdown_blocks(std::string_view text) {
    MarkdownDocument doc;
    std::vector<std::string_view> lines = split_lines(text);
    std::optional<std::string> pending;  // annotation on the previous line
    std::size_t pending_line = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        std::size_t fence = backticks(line);
        if (fence >= 3) {
            MarkdownBlock b;
            b.line = i + 1;
            std::string_view info = trim(line.substr(fence));
            b.info = std::string(info.substr(0, info.find_first_of(" \t{")));
            b.annotation = std::move(pending);
            pending.reset();
            std::size_t j = i + 1;
            while (j < lines.size() && !(backticks(lines[j]) >= fence &&
                                         trim(lines[j].substr(backticks(lines[j]))).empty())) {
                b.text += std::string(lines[j]) + "\n";
                ++j;
            }
            if (j == lines.size()) {
                doc.problems.push_back({b.line, "this code block is never closed"});
                return doc;
            }
            b.end_line = j + 1;
            doc.blocks.push_back(std::move(b));
            i = j;
            continue;
        }
        if (pending) {
            doc.problems.push_back(
                {pending_line,
                 "an `example:` comment must stand on the line right before a code block"});
            pending.reset();
        }
        std::string_view t = trim(line);
        if (t.substr(0, kOpen.size()) == kOpen) {
            if (t.size() < kOpen.size() + kClose.size() ||
                t.substr(t.size() - kClose.size()) != kClose) {
                doc.problems.push_back(
                    {i + 1, "an `example:` comment must end with `-->` on its line"});
                continue;
            }
            pending =
                std::string(trim(t.substr(kOpen.size(), t.size() - kOpen.size() - kClose.size())));
            pending_line = i + 1;
        } else if (t.find(kOpen) != std::string_view::npos) {
            doc.problems.push_back(
                {i + 1, "an `example:` comment must stand on a line of its own"});
        }
    }
    if (pending) {
        doc.problems.push_back(
            {pending_line,
             "an `example:` comment must stand on the line right before a code block"});
    }
    return doc;
}

std::optional<ExampleAttributes> parse_example_attributes(std::string_view annotation,
                                                          std::string& error) {
    ExampleAttributes a;
    std::size_t pos = 0;
    bool first = true;
    while (pos < annotation.size()) {
        while (pos < annotation.size() && annotation[pos] == ' ') ++pos;
        if (pos == annotation.size()) break;
        std::size_t end = annotation.find(' ', pos);
        if (end == std::string_view::npos) end = annotation.size();
        std::string_view word = annotation.substr(pos, end - pos);
        pos = end;
        std::size_t eq = word.find('=');
        if (first) {
            if (eq != std::string_view::npos) {
                error = "the first word of an `example:` comment names the example set, not `" +
                        std::string(word) + "`";
                return std::nullopt;
            }
            a.set = std::string(word);
            first = false;
            continue;
        }
        std::string key(word.substr(0, eq));
        std::string value = eq == std::string_view::npos ? "" : std::string(word.substr(eq + 1));
        if (key.empty() || (eq != std::string_view::npos && value.empty())) {
            error = "`" + std::string(word) + "` is not `key=value` or a flag";
            return std::nullopt;
        }
        if (!a.keys.emplace(key, value).second) {
            error = "`" + key + "` is given twice";
            return std::nullopt;
        }
    }
    if (a.set.empty()) {
        error = "an `example:` comment names its example set first";
        return std::nullopt;
    }
    return a;
}

std::optional<std::vector<std::string>> split_command(std::string_view line, std::string& error) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        if (i == line.size()) break;
        std::string word;
        while (i < line.size() && line[i] != ' ') {
            char c = line[i];
            if (c == '"' || c == '\'') {
                std::size_t close = line.find(c, i + 1);
                if (close == std::string_view::npos) {
                    error = "unclosed " + std::string(1, c) + " in `" + std::string(line) + "`";
                    return std::nullopt;
                }
                word += line.substr(i + 1, close - i - 1);
                i = close + 1;
            } else {
                word += c;
                ++i;
            }
        }
        words.push_back(std::move(word));
    }
    return words;
}

std::string replace_block_texts(std::string_view document,
                                const std::vector<std::pair<MarkdownBlock, std::string>>& edits) {
    std::vector<std::string_view> lines = split_lines(document);
    std::vector<std::pair<MarkdownBlock, std::string>> sorted = edits;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first.line < b.first.line; });
    std::string out;
    std::size_t next = 0;  // index of the next line to copy
    for (const auto& [block, text] : sorted) {
        for (; next < block.line; ++next) out += std::string(lines[next]) + "\n";
        out += text;
        next = block.end_line - 1;  // the closing fence is copied with what follows
    }
    for (; next < lines.size(); ++next) out += std::string(lines[next]) + "\n";
    if (!document.empty() && document.back() != '\n' && !out.empty()) out.pop_back();
    return out;
}

}  // namespace lexcheck::testing
