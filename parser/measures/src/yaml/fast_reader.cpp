#include "yaml/fast_reader.hpp"

#include "yaml/text_spans.hpp"

namespace lexcheck::parser::detail {

namespace {

[[noreturn]] void give_up() {
    throw GiveUp{};
}

/// What `peek` returns at the end of the file or of a document (`---`)
constexpr int kEnd = -1;

bool is_key_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_key_char(char c) {
    return is_key_start(c) || c == '.' || c == '-';
}

// yaml-cpp reads these plain scalars as null (an empty value is null too).
bool is_null_word(std::string_view s) {
    return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Implicit keys are at most 1024 characters in YAML; longer ones are left to yaml-cpp.
constexpr std::size_t kMaxKey = 1000;

// Block collections nest by recursion here and in the measure builder; measure files need a
// handful of levels, so deeper files are left to yaml-cpp rather than risk the stack.
constexpr int kMaxDepth = 64;

class Reader {
public:
    Reader(std::string_view text, Tree& tree) : t_(text), tree_(tree) {}

    void read() {
        // INVARIANT: p_ is at the start of a line between calls.
        for (;;) {
            int indent = peek();
            if (indent == kEnd) {
                if (p_ >= t_.size()) return;
                skip_line();  // a `---` line
                continue;
            }
            if (indent != 0) give_up();
            tree_.documents.push_back(block(0));
            if (peek() != kEnd) give_up();
        }
    }

private:
    bool at_end(std::size_t i) const { return i >= t_.size() || t_[i] == '\n'; }

    void skip_line() {
        while (p_ < t_.size() && t_[p_] != '\n') ++p_;
        if (p_ < t_.size()) ++p_;
    }

    /// Skips blank and comment lines; the indentation of the next content line, or kEnd at
    /// the end of the file or at a `---` line (p_ is then at that line's start)
    int peek() {
        while (p_ < t_.size()) {
            std::size_t i = p_;
            while (i < t_.size() && t_[i] == ' ') ++i;
            if (at_end(i) || t_[i] == '#') {
                skip_line();
                continue;
            }
            if (i == p_ && t_.compare(p_, 3, "---") == 0) {
                std::size_t j = p_ + 3;
                while (j < t_.size() && t_[j] == ' ') ++j;
                if (!at_end(j) && !(j > p_ + 3 && t_[j] == '#')) give_up();  // `--- value`
                return kEnd;
            }
            return static_cast<int>(i - p_);
        }
        return kEnd;
    }

    std::uint32_t add(NodeKind kind, std::size_t begin, std::size_t end) {
        Node n;
        n.kind = kind;
        n.begin = static_cast<std::uint32_t>(begin);
        n.end = static_cast<std::uint32_t>(end);
        tree_.nodes.push_back(n);
        return static_cast<std::uint32_t>(tree_.nodes.size() - 1);
    }

    /// Appends `child` to the children of `parent`, after `last` (kNoNode: the first)
    void link(std::uint32_t parent, std::uint32_t& last, std::uint32_t child) {
        if (last == kNoNode) {
            tree_.nodes[parent].first = child;
        } else {
            tree_.nodes[last].next = child;
        }
        last = child;
    }

    bool dash_at(std::size_t i) const {
        return t_[i] == '-' && (at_end(i + 1) || t_[i + 1] == ' ');
    }

    /// The block node on the current line, whose indentation is `indent`
    std::uint32_t block(int indent) {
        std::size_t start = p_ + static_cast<std::size_t>(indent);
        if (dash_at(start)) return sequence(indent);
        return map(indent, start);
    }

    /// Length of the key at `i` (a plain `word` or a quoted scalar, quotes included) followed
    /// by `:` and a blank or the line's end, or 0 when there is none. A quoted key that spans
    /// lines is found here and refused by `quoted`.
    std::size_t key_length(std::size_t i) const {
        if (i >= t_.size()) return 0;
        std::size_t j;
        if (is_key_start(t_[i])) {
            j = i + 1;
            while (j < t_.size() && is_key_char(t_[j])) ++j;
        } else if (t_[i] == '"' || t_[i] == '\'') {
            j = quoted_end(t_, static_cast<std::uint32_t>(i));
        } else {
            return 0;
        }
        if (j >= t_.size() || t_[j] != ':' || !(at_end(j + 1) || t_[j + 1] == ' ')) return 0;
        return j - i;
    }

    /// The key of `n` bytes at `at` (key_length)
    std::uint32_t key(std::size_t at, std::size_t n) {
        if (n > kMaxKey) give_up();
        if (t_[at] == '"' || t_[at] == '\'') return quoted(at);
        std::string_view word = t_.substr(at, n);
        if (is_null_word(word)) give_up();
        std::uint32_t node = add(NodeKind::scalar, at, at + n);
        tree_.nodes[node].plain = true;
        tree_.nodes[node].scalar = word;
        return node;
    }

    /// Counts one level of block nesting while it lives
    class Nested {
    public:
        explicit Nested(int& depth) : depth_(depth) {
            if (++depth_ > kMaxDepth) give_up();
        }
        ~Nested() { --depth_; }
        Nested(const Nested&) = delete;
        Nested& operator=(const Nested&) = delete;

    private:
        int& depth_;
    };

    /// A block map whose first key is at `start` (column `indent`) on the current line
    std::uint32_t map(int indent, std::size_t start) {
        Nested nested(depth_);
        std::uint32_t node =
            add(NodeKind::map, start, line_end(t_, static_cast<std::uint32_t>(start)));
        std::uint32_t last = kNoNode;
        std::size_t at = start;
        for (;;) {
            std::size_t n = key_length(at);
            if (n == 0) give_up();
            link(node, last, key(at, n));
            std::size_t i = at + n + 1;
            while (i < t_.size() && t_[i] == ' ') ++i;
            std::uint32_t value;
            int next;
            if (at_end(i) || t_[i] == '#') {
                // The value is on the lines below: a nested block, a sequence at the same
                // indentation, or nothing (null).
                p_ = i;
                skip_line();
                next = peek();
                if (next > indent) {
                    value = block(next);
                    next = peek();
                } else if (next == indent && dash_at(p_ + static_cast<std::size_t>(indent))) {
                    value = sequence(indent);
                    next = peek();
                } else {
                    value = add(NodeKind::null, i, i);
                }
            } else {
                value = inline_value(i, indent);
                next = peek();
            }
            link(node, last, value);
            if (next == kEnd || next < indent) return node;
            if (next > indent) give_up();  // a continued scalar or bad indentation
            at = p_ + static_cast<std::size_t>(indent);
        }
    }

    /// A block sequence whose first `-` is at column `indent` of the current line
    std::uint32_t sequence(int indent) {
        Nested nested(depth_);
        std::size_t dash = p_ + static_cast<std::size_t>(indent);
        std::uint32_t node =
            add(NodeKind::sequence, dash, line_end(t_, static_cast<std::uint32_t>(dash)));
        std::uint32_t last = kNoNode;
        for (;;) {
            std::size_t i = dash + 1;
            while (i < t_.size() && t_[i] == ' ') ++i;
            // `-` alone (an item on the lines below, or null) and `- - x` are left to yaml-cpp.
            if (at_end(i) || t_[i] == '#' || dash_at(i)) give_up();
            std::uint32_t item;
            if (key_length(i) > 0) {
                item = map(static_cast<int>(i - p_), i);
            } else {
                item = inline_value(i, indent);
            }
            link(node, last, item);
            int next = peek();
            if (next == kEnd || next < indent) return node;
            if (next > indent) give_up();
            dash = p_ + static_cast<std::size_t>(indent);
            if (!dash_at(dash)) return node;  // the next key of a map at the same indentation
        }
    }

    /// The value written at `i` on the current line, up to the line's end; p_ moves to the
    /// next line. `indent` is the owner's indentation (continuation lines must be deeper).
    std::uint32_t inline_value(std::size_t i, int indent) {
        std::uint32_t node;
        char c = t_[i];
        if (c == '"' || c == '\'') {
            node = quoted(i);
            i = tree_.nodes[node].end;
        } else if (c == '[') {
            node = flow_sequence(i, indent);
            i = tree_.nodes[node].end;
        } else if (c == '{') {
            std::size_t j = i + 1;
            while (j < t_.size() && t_[j] == ' ') ++j;
            if (j >= t_.size() || t_[j] != '}') give_up();  // flow maps are left to yaml-cpp
            node = add(NodeKind::map, i, j + 1);
            i = j + 1;
        } else {
            return plain(i);
        }
        // Only blanks and a comment may follow on the line.
        std::size_t j = i;
        while (j < t_.size() && t_[j] == ' ') ++j;
        if (!at_end(j) && !(t_[j] == '#' && j > i)) give_up();
        p_ = j;
        skip_line();
        return node;
    }

    /// A plain scalar in block context, up to a comment or the line's end
    std::uint32_t plain(std::size_t i) {
        char c = t_[i];
        bool indicator = std::string_view("-?:,[]{}#&*!|>'\"%@`").find(c) != std::string_view::npos;
        if (indicator && !(c == '-' && i + 1 < t_.size() && t_[i + 1] >= '0' && t_[i + 1] <= '9'))
            give_up();
        std::size_t j = i;
        while (!at_end(j)) {
            if (t_[j] == ':' && (at_end(j + 1) || t_[j + 1] == ' ')) give_up();  // a map
            if (t_[j] == '#' && t_[j - 1] == ' ') break;
            ++j;
        }
        std::size_t end = j;
        while (t_[end - 1] == ' ') --end;
        std::string_view s = t_.substr(i, end - i);
        std::uint32_t node = add(is_null_word(s) ? NodeKind::null : NodeKind::scalar, i, end);
        tree_.nodes[node].plain = true;
        tree_.nodes[node].scalar = s;
        p_ = j;
        skip_line();
        return node;
    }

    /// A one-line quoted scalar at `i`; escapes other than `\"` and `\\` are left to yaml-cpp
    std::uint32_t quoted(std::size_t i) {
        char q = t_[i];
        std::size_t j = i + 1;
        std::string* decoded = nullptr;
        std::size_t copied = j;  // start of what is not yet in `decoded`
        for (;; ++j) {
            if (at_end(j)) give_up();  // unclosed on this line (a multi-line scalar)
            char c = t_[j];
            if (c == q && q == '\'' && j + 1 < t_.size() && t_[j + 1] == '\'') {
                if (!decoded) decoded = &tree_.owned.emplace_back();
                decoded->append(t_.substr(copied, j + 1 - copied));
                copied = ++j + 1;
            } else if (c == q) {
                break;
            } else if (c == '\\' && q == '"') {
                char e = j + 1 < t_.size() ? t_[j + 1] : '\0';
                if (e != '"' && e != '\\') give_up();
                if (!decoded) decoded = &tree_.owned.emplace_back();
                decoded->append(t_.substr(copied, j - copied));
                decoded->push_back(e);
                copied = ++j + 1;
            }
        }
        std::uint32_t node = add(NodeKind::scalar, i, j + 1);
        if (decoded) {
            decoded->append(t_.substr(copied, j - copied));
            tree_.nodes[node].scalar = *decoded;
        } else {
            tree_.nodes[node].scalar = t_.substr(i + 1, j - i - 1);
        }
        return node;
    }

    /// Skips blanks and line breaks inside a flow sequence; a blank or comment line, or a
    /// line not indented deeper than `indent`, is left to yaml-cpp
    std::size_t flow_space(std::size_t i, int indent) {
        for (;;) {
            while (i < t_.size() && t_[i] == ' ') ++i;
            if (i >= t_.size() || t_[i] == '#') give_up();
            if (t_[i] != '\n') return i;
            std::size_t line = ++i;
            while (i < t_.size() && t_[i] == ' ') ++i;
            if (static_cast<int>(i - line) <= indent || at_end(i)) give_up();
        }
    }

    /// `[a, b]` of plain words and one-line quoted scalars, possibly over several lines
    std::uint32_t flow_sequence(std::size_t open, int indent) {
        std::uint32_t node = add(NodeKind::sequence, open, open);
        std::uint32_t last = kNoNode;
        std::size_t i = flow_space(open + 1, indent);
        if (t_[i] != ']') {
            for (;;) {
                std::uint32_t item;
                if (t_[i] == '"' || t_[i] == '\'') {
                    item = quoted(i);
                    i = tree_.nodes[item].end;
                } else {
                    std::size_t j = i;
                    while (j < t_.size() && is_key_char(t_[j])) ++j;
                    std::string_view word = t_.substr(i, j - i);
                    if (word.empty() || !is_key_start(word[0]) || is_null_word(word)) give_up();
                    item = add(NodeKind::scalar, i, j);
                    tree_.nodes[item].plain = true;
                    tree_.nodes[item].scalar = word;
                    i = j;
                }
                link(node, last, item);
                i = flow_space(i, indent);
                if (t_[i] == ']') break;
                if (t_[i] != ',') give_up();
                i = flow_space(i + 1, indent);
                if (t_[i] == ']') give_up();  // a trailing comma
            }
        }
        tree_.nodes[node].end = static_cast<std::uint32_t>(i + 1);
        return node;
    }

    std::string_view t_;
    Tree& tree_;
    std::size_t p_ = 0;
    int depth_ = 0;
};

// Bytes yaml-cpp treats specially wherever they are: tabs, carriage returns and other
// control characters, and a byte order mark.
bool plain_text(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") return false;
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n') return false;
        if (u == 0x7f) return false;
    }
    return true;
}

}  // namespace

bool read_fast_yaml(std::string_view text, core::SourceId file, Tree& tree) {
    tree.clear(file);
    if (!plain_text(text)) return false;
    try {
        Reader(text, tree).read();
        return true;
    } catch (const GiveUp&) {
        return false;
    }
}

}  // namespace lexcheck::parser::detail
