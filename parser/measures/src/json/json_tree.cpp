#include "json/json_tree.hpp"

#include <simdjson.h>

#include <cstring>

namespace lexcheck::parser::detail {

namespace {

namespace od = simdjson::ondemand;

[[noreturn]] void give_up() {
    throw GiveUp{};
}

// Measure files nest a handful of levels; deeper files are left to yaml-cpp (as in the fast
// YAML reader) rather than risk the stack.
constexpr int kMaxDepth = 64;

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

class Builder {
public:
    /// `padded` is a padded copy of `text`: the same offsets, and views go into `text`
    Builder(std::string_view text, std::string_view padded, Tree& tree)
        : text_(text), padded_(padded), tree_(tree) {}

    /// The node of `v`, which must be the only value before byte `end`
    std::uint32_t root(od::value v, std::size_t end) {
        std::uint32_t node = value(v, 0);
        for (std::size_t i = tree_.nodes[node].end; i < end; ++i) {
            if (!is_blank(padded_[i])) give_up();  // trailing text
        }
        return node;
    }

private:
    std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - padded_.data()); }

    std::uint32_t add(NodeKind kind, std::size_t begin, std::size_t end, bool plain) {
        Node& n = tree_.nodes.emplace_back();
        n.kind = kind;
        n.plain = plain;
        n.begin = static_cast<std::uint32_t>(begin);
        n.end = static_cast<std::uint32_t>(end);
        if (kind == NodeKind::scalar) {
            n.scalar = plain ? text_.substr(begin, end - begin)
                             : text_.substr(begin + 1, end - begin - 2);  // inside the quotes
        }
        return static_cast<std::uint32_t>(tree_.nodes.size() - 1);
    }

    /// Appends `child` to the children of `parent`, after `last`
    void link(std::uint32_t parent, std::uint32_t& last, std::uint32_t child) {
        (last == kNoNode ? tree_.nodes[parent].first : tree_.nodes[last].next) = child;
        last = child;
    }

    /// The string opening at `open` (a quote), as yaml-cpp reads it: only strings without
    /// escapes or control characters, which read the same in JSON and YAML
    std::uint32_t string(const char* open) {
        const char* p = open + 1;
        const char* end = padded_.data() + text_.size();
        while (p < end && *p != '"') {
            if (*p == '\\' || static_cast<unsigned char>(*p) < 0x20) give_up();
            ++p;
        }
        if (p == end) give_up();
        return add(NodeKind::scalar, offset(open), offset(p) + 1, false);
    }

    /// A number, `true`, `false` or `null`: a plain scalar of YAML, written exactly as here
    std::uint32_t word(od::value& v, od::json_type type) {
        std::string_view token = v.raw_json_token();
        std::size_t n = token.size();
        while (n > 0 && is_blank(token[n - 1])) --n;
        token = token.substr(0, n);
        bool shaped = false;
        if (type == od::json_type::boolean) {
            shaped = token == "true" || token == "false";
        } else if (type == od::json_type::null) {
            shaped = token == "null";
        } else {
            shaped = n > 0 && (token[0] == '-' || (token[0] >= '0' && token[0] <= '9')) &&
                     token.find_first_not_of("0123456789+-.eE") == std::string_view::npos;
        }
        if (!shaped) give_up();
        std::size_t begin = offset(token.data());
        return add(type == od::json_type::null ? NodeKind::null : NodeKind::scalar, begin,
                   begin + n, true);
    }

    /// Just past the bracket `close` that ends a collection whose last child ends at `after`
    std::size_t closing(std::size_t after, char close) const {
        while (after < text_.size() && is_blank(padded_[after])) ++after;
        if (after >= text_.size() || padded_[after] != close) give_up();
        return after + 1;
    }

    std::uint32_t value(od::value v, int depth) {
        if (depth > kMaxDepth) give_up();
        od::json_type type = v.type();
        const char* at = v.raw_json_token().data();
        switch (type) {
            case od::json_type::object: {
                std::uint32_t node = add(NodeKind::map, offset(at), offset(at) + 1, false);
                std::uint32_t last = kNoNode;
                for (od::field field : v.get_object()) {
                    // key().raw() is just past the key's opening quote.
                    link(node, last, string(field.key().raw() - 1));
                    link(node, last, value(field.value(), depth + 1));
                }
                std::size_t after = last == kNoNode ? offset(at) + 1 : tree_.nodes[last].end;
                tree_.nodes[node].end = static_cast<std::uint32_t>(closing(after, '}'));
                return node;
            }
            case od::json_type::array: {
                std::uint32_t node = add(NodeKind::sequence, offset(at), offset(at) + 1, false);
                std::uint32_t last = kNoNode;
                for (od::value item : v.get_array()) link(node, last, value(item, depth + 1));
                std::size_t after = last == kNoNode ? offset(at) + 1 : tree_.nodes[last].end;
                tree_.nodes[node].end = static_cast<std::uint32_t>(closing(after, ']'));
                return node;
            }
            case od::json_type::string:
                return string(at);
            default:
                return word(v, type);
        }
    }

    std::string_view text_;
    std::string_view padded_;
    Tree& tree_;
};

/// A carriage return not followed by a line feed: yaml-cpp 0.7 reads it as text, not as a line
/// break (so `\r` alone is a document holding an empty scalar), and such files are left to it
bool has_lone_carriage_return(std::string_view text) {
    for (std::size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
        if (i + 1 == text.size() || text[i + 1] != '\n') return true;
    }
    return false;
}

}  // namespace

bool read_json(std::string_view text, core::SourceId file, bool json_lines, Tree& tree) {
    tree.clear(file);
    if (has_lone_carriage_return(text)) return false;
    // simdjson reads a little past the end: a padded copy, whose offsets equal the file's.
    simdjson::padded_string padded(text);
    Builder builder(text, std::string_view(padded.data(), text.size()), tree);
    thread_local od::parser parser;
    try {
        if (!json_lines) {
            if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return true;
            od::document doc = parser.iterate(padded);
            tree.documents.push_back(builder.root(doc.get_value(), text.size()));
            return true;
        }
        for (std::size_t start = 0; start < text.size();) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(start, end - start);
            std::size_t at = start;
            start = end + 1;
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
            od::document doc = parser.iterate(padded.data() + at, line.size(),
                                              padded.size() - at + simdjson::SIMDJSON_PADDING);
            tree.documents.push_back(builder.root(doc.get_value(), end));
        }
        return true;
    } catch (const GiveUp&) {
        return false;
    } catch (const simdjson::simdjson_error&) {
        return false;
    }
}

}  // namespace lexcheck::parser::detail
