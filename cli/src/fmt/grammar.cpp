#include "fmt/grammar.hpp"

#include <lexcheck/core/language.hpp>

#include <algorithm>
#include <initializer_list>

namespace lexcheck::cli::fmt {

namespace {

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

std::optional<BlockKind> block_opened_by(BlockKind context, std::string_view keyword) {
    if (context == BlockKind::top) {
        if (keyword == "instrument") return BlockKind::instrument;
        if (keyword == "vocabulary") return BlockKind::vocabulary;
        // A reading is written with a provision's clauses (LANGUAGE.md §8).
        if (keyword == "provision" || keyword == "reading") return BlockKind::provision;
        if (keyword == "test") return BlockKind::test;
    }
    if (context == BlockKind::test && keyword == "measure") return BlockKind::measure;
    return std::nullopt;
}

bool is_clause_keyword(BlockKind context, std::string_view word) {
    switch (context) {
        case BlockKind::top:
            return core::language::is_declaration_keyword(word);
        case BlockKind::instrument:
            return one_of(word,
                          {"kind", "origin", "signed", "in_force", "until", "party", "reciprocal"});
        case BlockKind::vocabulary:
            return one_of(word, {"enum", "fact"});
        case BlockKind::provision:
            return one_of(word, {"of", "cite", "text", "wording", "paradigm", "severity",
                                 "in_force", "until", "scope", "prohibits", "requires", "exception",
                                 "when", "unless", "see", "source", "position", "authority"});
        case BlockKind::test:
            return one_of(word, {"as_of", "measure", "expect"});
        case BlockKind::measure:
            return true;
    }
    return false;
}

bool clause_takes_value(BlockKind context, std::string_view keyword) {
    return !(context == BlockKind::instrument && keyword == "reciprocal");
}

bool is_condition_operator(std::string_view word) {
    return one_of(word, {"not", "and", "or", "in", "has", "any", "all", "is"});
}

}  // namespace lexcheck::cli::fmt
