#include "fmt/printer.hpp"

#include "fmt/align.hpp"

#include <algorithm>

namespace lexcheck::cli::fmt::detail {

namespace {

bool is_closer(const Token& t) {
    return t.is(")") || t.is("}");
}
bool is_opener(const Token& t) {
    return t.is("(") || t.is("{");
}

// Comments keep their text; only blanks at the ends of their lines go.
std::string trim_comment(std::string_view text) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t nl = text.find('\n', start);
        std::string_view line =
            text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        std::size_t end = line.find_last_not_of(" \t\r\f\v");
        out.append(line.substr(0, end == std::string_view::npos ? 0 : end + 1));
        if (nl == std::string_view::npos) break;
        out += '\n';
        start = nl + 1;
    }
    return out;
}

}  // namespace

Printer::Printer(const std::vector<Token>& tokens) : tokens_(tokens) {
    frames_.push_back(Frame{BlockKind::top, 0});
}

std::string Printer::run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
        if (tokens_[i].is_comment()) {
            comment(i);
        } else {
            token(tokens_[i]);
        }
    }
    if (!out_.empty()) out_ += '\n';
    return align_trailing_comments(out_, trailing_);
}

Printer::Step Printer::classify(const Token& t) const {
    const Frame& frame = frames_.back();
    if (t.is("}") && open_.empty() && frames_.size() > 1) return Step::close_block;
    if (t.is("{") && in_clause_ && open_.empty() && block_opened_by(frame.kind, clause_word_)) {
        return Step::open_block;
    }
    if (!in_clause_) return Step::new_clause;
    if (!open_.empty() || prev_expects_ || t.kind != TokenKind::word) return Step::continue_clause;
    if (!is_clause_keyword(frame.kind, t.text)) return Step::continue_clause;
    // `party KG from … until …`: `until` is part of the party (or in_force) clause when it
    // is written on the same line, and a clause of its own when it starts a line.
    if (t.text == "until" && (clause_word_ == "party" || clause_word_ == "in_force") &&
        !clause_has_until_ && t.newlines_before == 0) {
        return Step::continue_clause;
    }
    return Step::new_clause;
}

bool Printer::expects_operand_after(const Token& t) const {
    switch (t.kind) {
        case TokenKind::punct:
            return !(is_closer(t) || (t.type_bracket && t.text == ">"));
        case TokenKind::word:
            if (is_condition_operator(t.text)) return true;
            if (t.text == "to") return prev_word_ == "exception";
            if (t.text == "from" || t.text == "until") {
                return clause_word_ == "party" || clause_word_ == "in_force";
            }
            return false;
        default:
            return false;
    }
}

void Printer::comment(std::size_t i) {
    const Token& t = tokens_[i];
    std::string text = trim_comment(t.text);
    bool own_line = line_empty_ || t.newlines_before > 0;
    if (!own_line) {
        if (t.kind == TokenKind::line_comment) trailing_.push_back(out_.size());
        put(t.kind == TokenKind::line_comment ? "  " : " ");
        put(text);
        need_newline_ = t.kind == TokenKind::line_comment;
        last_ = &t;
        return;
    }
    // A comment on its own line goes with what follows it: before a new clause (or the end
    // of the block) at the block's indentation, inside a clause at its continuation.
    auto next = std::find_if(tokens_.begin() + static_cast<std::ptrdiff_t>(i) + 1, tokens_.end(),
                             [](const Token& n) { return !n.is_comment(); });
    Step step = next == tokens_.end() ? Step::new_clause : classify(*next);
    bool boundary = step == Step::new_clause || step == Step::close_block;
    bool blank = false;
    int indent = 0;
    if (boundary) {
        indent = frames_.back().indent;
        blank = t.newlines_before >= 2 && !just_opened_;
        if (frames_.size() == 1) {
            blank = blank || blank_before_top_;
            blank_before_top_ = false;
        }
    } else {
        indent = continuation_indent(*next);
    }
    new_line(blank, indent);
    put(text);
    need_newline_ = t.kind == TokenKind::line_comment;
    just_opened_ = false;
    last_ = &t;
}

void Printer::token(const Token& t) {
    switch (classify(t)) {
        case Step::close_block: {
            int indent = frames_.back().indent - 2;
            frames_.pop_back();
            if (!just_opened_ || need_newline_) new_line(false, indent);
            put(t.text);
            in_clause_ = false;
            prev_expects_ = false;
            break;
        }
        case Step::open_block:
            if (need_newline_) {
                new_line(false, continuation_indent(t));
            } else {
                put(" ");
            }
            put(t.text);
            frames_.push_back(
                Frame{*block_opened_by(frames_.back().kind, clause_word_), clause_indent_ + 2});
            in_clause_ = false;
            just_opened_ = true;
            last_ = &t;
            prev_word_ = {};
            return;
        case Step::new_clause: {
            bool top = frames_.size() == 1;
            bool blank = t.newlines_before >= 2 && !just_opened_;
            if (top) {
                blank = blank || blank_before_top_;
                blank_before_top_ = true;
            }
            new_line(blank, frames_.back().indent);
            put(t.text);
            in_clause_ = true;
            clause_word_ = t.text;
            clause_indent_ = frames_.back().indent;
            clause_has_until_ = false;
            open_.clear();
            prev_expects_ = clause_takes_value(frames_.back().kind, t.text);
            break;
        }
        case Step::continue_clause:
            if (need_newline_ || t.newlines_before > 0) {
                new_line(false, continuation_indent(t));
            } else {
                put(spacing(t));
            }
            put(t.text);
            clause_has_until_ = clause_has_until_ || t.is("until");
            prev_expects_ = expects_operand_after(t);
            if (is_opener(t)) open_.push_back(line_indent_);
            if (is_closer(t) && !open_.empty()) open_.pop_back();
            break;
    }
    just_opened_ = false;
    last_ = &t;
    prev_word_ = t.kind == TokenKind::word ? t.text : std::string_view{};
}

std::string_view Printer::spacing(const Token& t) const {
    if (line_empty_ || last_ == nullptr) return "";
    if (last_->kind == TokenKind::block_comment) return " ";
    if (t.is(",") || t.is(")") || last_->is("(")) return "";
    if (t.type_bracket || (last_->type_bracket && last_->text == "<")) return "";
    // `enum x { a, b }` but `kind in {a, b}` and `applies_to = {a, b}` (LANGUAGE.md §2).
    bool enum_list = clause_word_ == "enum";
    if (last_->is("{")) return enum_list && !t.is("}") ? " " : "";
    if (t.is("}")) return enum_list ? " " : "";
    return " ";
}

int Printer::continuation_indent(const Token& next) const {
    if (open_.empty()) return clause_indent_ + 2;
    return open_.back() + (is_closer(next) ? 0 : 2);
}

void Printer::new_line(bool blank, int indent) {
    if (!out_.empty()) {
        out_ += blank ? "\n\n" : "\n";
        out_.append(static_cast<std::size_t>(indent), ' ');
    }
    line_indent_ = indent;
    line_empty_ = true;
    need_newline_ = false;
}

void Printer::put(std::string_view text) {
    if (text.empty()) return;
    out_ += text;
    line_empty_ = false;
}

}  // namespace lexcheck::cli::fmt::detail
