#include "elements.hpp"

#include "names.hpp"

#include "lexcheck/core/diagnostic_builder.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::parser::detail {

namespace {

constexpr std::uint32_t kNoRecord = core::kNone;

/// Half-open range in the collapsed text buffer
struct Range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool set = false;
};

/// An element with an id, before its strings are cut out of the buffer
struct Record {
    std::string_view eid;
    std::string_view name;  ///< The element's local name (`article`, `section`, …)
    core::SourceSpan span;
    Range text;
    Range num;
    Range heading;
};

enum class Role : std::uint8_t { other, num, heading };

struct Frame {
    pugi::xml_node node;
    std::uint32_t record = kNoRecord;  ///< The element's own record, if it has an id
    std::uint32_t owner = kNoRecord;   ///< Record whose `num`/`heading` this element is
    std::uint32_t text_begin = 0;
    std::size_t bindings = 0;  ///< Namespace bindings before this element's own
    Role role = Role::other;
    bool block = true;
};

struct Binding {
    std::string_view prefix;
    bool akn = false;
};

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/// Collapses runs of whitespace to one space as text is appended; never ends with a space
class CollapsedText {
public:
    void append(std::string_view s) {
        for (char c : s) {
            if (is_space(c)) {
                pending_ = true;
                continue;
            }
            if (pending_ && !buffer_.empty()) buffer_.push_back(' ');
            pending_ = false;
            buffer_.push_back(c);
        }
    }
    void word_break() { pending_ = true; }
    std::uint32_t size() const { return static_cast<std::uint32_t>(buffer_.size()); }
    std::string cut(Range r) const {
        if (!r.set) return {};
        std::string_view s(buffer_);
        s = s.substr(r.begin, r.end - r.begin);
        while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
        return std::string(s);
    }

private:
    std::string buffer_;
    bool pending_ = false;
};

class Indexer {
public:
    Indexer(core::SourceId file, std::string_view text) : file_(file), source_(text) {}

    void run(const pugi::xml_node& root) {
        // Iterative walk: deeply nested documents must not exhaust the stack.
        enter(root);
        pugi::xml_node node = root.first_child();
        while (!stack_.empty()) {
            if (!node) {
                Frame frame = stack_.back();
                leave(frame);
                stack_.pop_back();
                if (stack_.empty()) break;
                node = frame.node.next_sibling();
                continue;
            }
            switch (node.type()) {
                case pugi::node_pcdata:
                case pugi::node_cdata:
                    text_.append(node.value());
                    node = node.next_sibling();
                    break;
                case pugi::node_element:
                    enter(node);
                    node = node.first_child();
                    break;
                default:
                    node = node.next_sibling();
                    break;
            }
        }
    }

    void store(core::AknDocument& doc, core::DiagnosticSink& sink) {
        doc.elements.reserve(records_.size());
        for (const Record& r : records_) {
            std::string eid(r.eid);
            auto [it, inserted] = doc.elements.try_emplace(eid);
            if (!inserted) {
                sink.report(core::diagnose::warning(
                                "akn_duplicate_eid", r.span,
                                "eId `" + eid + "` is used by two elements; the first is quoted")
                                .label(it->second.span, "first used here"));
                continue;
            }
            core::AknElement& e = it->second;
            e.eid = std::move(eid);
            e.name = r.name;
            e.num = text_.cut(r.num);
            e.heading = text_.cut(r.heading);
            e.text = text_.cut(r.text);
            e.span = r.span;
        }
    }

private:
    bool resolves_to_akn(std::string_view prefix) const {
        for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
            if (it->prefix == prefix) return it->akn;
        }
        return false;
    }

    // The start tag, from `<` to `>`
    core::SourceSpan tag_span(const pugi::xml_node& node) const {
        auto name_at = static_cast<std::uint32_t>(node.offset_debug());
        std::uint32_t begin = name_at > 0 ? name_at - 1 : 0;
        std::uint32_t end = name_at;
        char quote = 0;
        for (; end < source_.size(); ++end) {
            char c = source_[end];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                ++end;
                break;
            }
        }
        return {file_, begin, end};
    }

    void enter(const pugi::xml_node& node) {
        Frame frame;
        frame.node = node;
        frame.bindings = bindings_.size();
        std::string_view eid;
        std::string_view xml_id;
        for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
            std::string_view name = a.name();
            if (name == "eId") {
                eid = a.value();
            } else if (name == "xml:id") {
                xml_id = a.value();
            } else if (name == "xmlns") {
                bindings_.push_back({{}, is_akn_namespace(a.value())});
            } else if (name.substr(0, 6) == "xmlns:") {
                bindings_.push_back({name.substr(6), is_akn_namespace(a.value())});
            }
        }
        std::string_view qualified = node.name();
        std::string_view local = local_name(qualified);
        bool akn = resolves_to_akn(prefix_of(qualified));
        frame.block = !(akn && is_inline_element(local));
        if (frame.block) text_.word_break();
        frame.text_begin = text_.size();
        if (akn && !stack_.empty() && stack_.back().record != kNoRecord) {
            const Record& parent = records_[stack_.back().record];
            if (local == "num" && !parent.num.set) frame.role = Role::num;
            if (local == "heading" && !parent.heading.set) frame.role = Role::heading;
            frame.owner = stack_.back().record;
        }
        if (eid.empty()) eid = xml_id;
        if (!eid.empty()) {
            frame.record = static_cast<std::uint32_t>(records_.size());
            records_.push_back({eid, local, tag_span(node), {}, {}, {}});
        }
        stack_.push_back(frame);
    }

    void leave(const Frame& frame) {
        if (frame.block) text_.word_break();
        Range range{frame.text_begin, text_.size(), true};
        if (frame.record != kNoRecord) records_[frame.record].text = range;
        if (frame.role == Role::num) records_[frame.owner].num = range;
        if (frame.role == Role::heading) records_[frame.owner].heading = range;
        bindings_.resize(frame.bindings);
    }

    core::SourceId file_;
    std::string_view source_;
    CollapsedText text_;
    std::vector<Frame> stack_;
    std::vector<Binding> bindings_;
    std::vector<Record> records_;
};

}  // namespace

void index_elements(const pugi::xml_node& root, core::SourceId file, std::string_view text,
                    core::AknDocument& doc, core::DiagnosticSink& sink) {
    Indexer indexer(file, text);
    indexer.run(root);
    indexer.store(doc, sink);
}

}  // namespace lexcheck::parser::detail
