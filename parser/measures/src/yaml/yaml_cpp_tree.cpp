// yaml-cpp's events into the tree. Three guards keep a malformed file within bounds, whatever
// yaml-cpp 0.7 does with it:
// - A document that consumes nothing. yaml-cpp 0.7 leaves a token it cannot place at the top
//   level (a `,` after a complete node or at a document's start: `{},`, `"a",`, `--- ,`) where
//   it is, and LoadAll then adds empty documents until memory runs out (jbeder/yaml-cpp#1040,
//   fixed upstream by #1319, after Debian 12's 0.7.0). A document that starts where the one
//   before started is that loop: it is reported and reading stops. As a last resort, a file
//   never has more documents than bytes.
// - Aliases. An alias is a copy of the node its anchor names, so the tree stays a tree for the
//   reader; an alias inside the node it names (a cycle in yaml-cpp's own nodes, which used to
//   overflow the stack), copies that would make the tree larger than kNodesPerByte nodes per
//   byte of text (`&a [*b, *b]` nested: exponential), or deeper than kMaxDepth, are reported.
// - Nesting: yaml-cpp stops at 500 levels itself (`bad file`); copies obey kMaxDepth too.
#include "yaml/yaml_cpp_tree.hpp"

#include "yaml/locator.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

namespace lexcheck::parser::detail {

namespace {

constexpr std::size_t kNodesPerByte = 8;
constexpr std::size_t kMaxDepth = 500;  // yaml-cpp 0.7's own limit (DepthGuard<500>)

/// A problem found while building, reported at `mark`
struct Refused {
    YAML::Mark mark;
    std::string message;
    std::optional<std::string> help;
};

/// The text as an input stream, without a copy
class TextBuffer : public std::streambuf {
public:
    explicit TextBuffer(std::string_view text) {
        char* p = const_cast<char*>(text.data());  // only ever read
        setg(p, p, p + text.size());
    }
};

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(Tree& tree, const YamlLocator& at, std::size_t max_nodes)
        : tree_(tree), at_(at), max_nodes_(max_nodes) {}

    /// Where the last document started
    const YAML::Mark& document_start() const { return document_start_; }

    void OnDocumentStart(const YAML::Mark& mark) override {
        document_start_ = mark;
        root_ = kNoNode;
        open_.clear();     // left over when the line before was malformed (JSON Lines)
        anchors_.clear();  // yaml-cpp numbers anchors per document
    }
    void OnDocumentEnd() override { tree_.documents.push_back(root_); }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        place(add(NodeKind::null, mark, {}, false), anchor);
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        std::string_view kept = tree_.owned.emplace_back(value);
        place(add(NodeKind::scalar, mark, kept, tag == "?"), anchor);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(add(NodeKind::sequence, mark, {}, false), anchor);
    }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(add(NodeKind::map, mark, {}, false), anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapEnd() override { close(); }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const Anchor* named = anchor < anchors_.size() ? &anchors_[anchor] : nullptr;
        if (!named || named->node == kNoNode) throw Refused{mark, "unknown alias", std::nullopt};
        if (named->open) {
            throw Refused{mark, "an alias cannot stand inside the node it names",
                          "write the value out instead of `*alias`"};
        }
        if (open_.size() + named->depth > kMaxDepth) {
            throw Refused{mark, "aliases nest the file deeper than 500 levels", std::nullopt};
        }
        place(copy(named->node, mark), 0, named->depth);
    }

private:
    struct Anchor {
        std::uint32_t node = kNoNode;
        std::uint32_t depth = 0;  ///< Levels of the node's subtree, itself included
        bool open = false;
    };
    struct Open {
        std::uint32_t node;
        std::uint32_t last = kNoNode;  ///< Its last child so far
        YAML::anchor_t anchor;
        std::uint32_t depth = 1;  ///< Levels of its subtree so far
    };

    std::uint32_t add(NodeKind kind, const YAML::Mark& mark, std::string_view scalar, bool plain) {
        if (tree_.nodes.size() >= max_nodes_) {
            throw Refused{mark, "aliases expand this file to too many values",
                          "write the values out instead of repeating `*alias`"};
        }
        core::SourceSpan span = at_.span(mark, kind, scalar);
        Node& n = tree_.nodes.emplace_back();
        n.kind = kind;
        n.plain = plain;
        n.begin = span.begin;
        n.end = span.end;
        n.scalar = scalar;
        return static_cast<std::uint32_t>(tree_.nodes.size() - 1);
    }

    /// Makes `node` (complete, `depth` levels deep) the next child of the open collection
    void place(std::uint32_t node, YAML::anchor_t anchor, std::uint32_t depth = 1) {
        if (anchor) name(anchor) = {node, depth, false};
        if (open_.empty()) {
            root_ = node;
            return;
        }
        Open& parent = open_.back();
        if (parent.last == kNoNode) {
            tree_.nodes[parent.node].first = node;
        } else {
            tree_.nodes[parent.last].next = node;
        }
        parent.last = node;
        parent.depth = std::max(parent.depth, depth + 1);
    }

    void open(std::uint32_t node, YAML::anchor_t anchor) {
        if (anchor) name(anchor) = {node, 0, true};
        open_.push_back({node, kNoNode, anchor});
    }

    void close() {
        Open done = open_.back();
        open_.pop_back();
        place(done.node, done.anchor, done.depth);
    }

    Anchor& name(YAML::anchor_t anchor) {
        if (anchor >= anchors_.size()) anchors_.resize(anchor + 1);
        return anchors_[anchor];
    }

    /// A copy of the subtree at `from`, built without recursion; returns its root
    std::uint32_t copy(std::uint32_t from, const YAML::Mark& mark) {
        struct Frame {
            std::uint32_t next_child;  ///< In the original
            std::uint32_t copy;
            std::uint32_t last = kNoNode;
        };
        std::uint32_t root = clone(from, mark);
        std::vector<Frame> frames{{tree_.nodes[from].first, root}};
        while (!frames.empty()) {
            std::uint32_t child = frames.back().next_child;
            if (child == kNoNode) {
                frames.pop_back();
                continue;
            }
            frames.back().next_child = tree_.nodes[child].next;
            std::uint32_t c = clone(child, mark);
            Frame& f = frames.back();
            (f.last == kNoNode ? tree_.nodes[f.copy].first : tree_.nodes[f.last].next) = c;
            f.last = c;
            if (tree_.nodes[child].first != kNoNode)
                frames.push_back({tree_.nodes[child].first, c});
        }
        return root;
    }

    std::uint32_t clone(std::uint32_t from, const YAML::Mark& mark) {
        if (tree_.nodes.size() >= max_nodes_) {
            throw Refused{mark, "aliases expand this file to too many values",
                          "write the values out instead of repeating `*alias`"};
        }
        Node n = tree_.nodes[from];
        n.first = n.next = kNoNode;
        tree_.nodes.push_back(n);
        return static_cast<std::uint32_t>(tree_.nodes.size() - 1);
    }

    Tree& tree_;
    const YamlLocator& at_;
    std::size_t max_nodes_;
    YAML::Mark document_start_;
    std::uint32_t root_ = kNoNode;
    std::vector<Open> open_;
    std::vector<Anchor> anchors_;
};

void syntax_error(core::DiagnosticSink& sink, const YamlLocator& at, const YAML::Mark& mark,
                  const std::string& what, std::optional<std::string> help = std::nullopt) {
    // yaml-cpp messages are already lowercase sentence fragments ("illegal map value").
    sink.error("yaml_syntax_error", at.point(mark), "malformed yaml: " + what, std::move(help));
}

/// Reads the documents of `text` (only the first with `first_only`); false after an error
bool read_documents(std::string_view text, TreeBuilder& builder, const YamlLocator& at,
                    bool first_only, core::DiagnosticSink& sink) {
    TextBuffer buffer(text);
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        std::optional<std::uint32_t> previous;
        for (std::size_t documents = 0; parser.HandleNextDocument(builder); ++documents) {
            if (first_only) break;
            std::uint32_t start = at.offset(builder.document_start());
            if (previous == start || documents > text.size()) {
                std::string token(at.text().substr(start, 1));
                syntax_error(sink, at, builder.document_start(),
                             "a document cannot start with `" + token + "`",
                             token == "," ? std::optional<std::string>(
                                                "remove the comma, or write the list in "
                                                "brackets: `[a, b]`")
                                          : std::nullopt);
                return false;
            }
            previous = start;
        }
    } catch (const YAML::Exception& e) {
        syntax_error(sink, at, e.mark, e.msg);
        return false;
    } catch (const Refused& r) {
        syntax_error(sink, at, r.mark, r.message, r.help);
        return false;
    }
    return true;
}

}  // namespace

void read_yaml_cpp(std::string_view text, core::SourceId file, bool json_lines, Tree& tree,
                   core::DiagnosticSink& sink) {
    tree.clear(file);
    YamlLocator at(file, text);
    TreeBuilder builder(tree, at, kNodesPerByte * text.size() + 1024);
    if (!json_lines) {
        // Like yaml-cpp's LoadAll, a malformed file yields no documents at all.
        if (!read_documents(text, builder, at, false, sink)) tree.documents.clear();
        return;
    }
    // JSON Lines: every non-blank line is one measure, parsed on its own with its line
    // number added to the marks, so a broken line does not stop the others.
    std::uint32_t line = 0;
    for (std::size_t start = 0; start < text.size(); ++line) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view record = text.substr(start, end - start);
        start = end + 1;
        if (record.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        at.set_base_line(line);
        std::size_t before = tree.documents.size();
        if (read_documents(record, builder, at, true, sink) && tree.documents.size() == before) {
            // A line of only a comment holds no document: like yaml-cpp's Load, no value.
            builder.OnDocumentStart(YAML::Mark::null_mark());
            builder.OnNull(YAML::Mark::null_mark(), 0);
            builder.OnDocumentEnd();
        }
    }
}

}  // namespace lexcheck::parser::detail
