// Re-emits a token stream with canonical whitespace (docs/fmt.md).
#pragma once

#include "fmt/grammar.hpp"
#include "fmt/token.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::cli::fmt::detail {

class Printer {
public:
    explicit Printer(const std::vector<Token>& tokens);

    std::string run();

private:
    /// What a significant token does to the layout
    enum class Step { open_block, close_block, new_clause, continue_clause };

    struct Frame {
        BlockKind kind;
        int indent;  ///< Of the clauses inside
    };

    Step classify(const Token& t) const;
    void comment(std::size_t i);
    void token(const Token& t);
    bool expects_operand_after(const Token& t) const;
    std::string_view spacing(const Token& t) const;
    int continuation_indent(const Token& next) const;
    void new_line(bool blank, int indent);
    void put(std::string_view text);

    const std::vector<Token>& tokens_;
    std::vector<Frame> frames_;
    std::string out_;
    std::vector<std::size_t> trailing_;  ///< Where each trailing `//` comment's gap begins

    bool line_empty_ = true;         ///< Only indentation so far on the current line
    bool need_newline_ = false;      ///< A `//` comment ends the current line
    bool just_opened_ = false;       ///< Nothing yet inside the block just opened
    bool blank_before_top_ = false;  ///< A declaration began: the next top-level item is apart
    const Token* last_ = nullptr;    ///< Last token or comment written

    // The clause (or declaration header) being written.
    bool in_clause_ = false;
    std::string_view clause_word_;
    int clause_indent_ = 0;
    bool clause_has_until_ = false;  ///< `party … until …` takes one `until`
    int line_indent_ = 0;            ///< Of the current output line
    /// Each open `(` or `{` of the clause, as the indentation of the line it was opened on:
    /// lines inside it are indented 2 more, a line starting with its closer is not
    std::vector<int> open_;
    std::string_view prev_word_;  ///< Last significant token, when a word
    bool prev_expects_ = true;    ///< The last significant token needs an operand after it
};

}  // namespace lexcheck::cli::fmt::detail
