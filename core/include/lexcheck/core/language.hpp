// Facts of the rule language that several tools need: the words reserved in conditions, the
// built-in type names and the keywords that open a top-level declaration. The parser, the
// resolver and `lexcheck fmt` read them from here, so the three cannot drift apart.
#pragma once

#include "lexcheck/core/value.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace lexcheck::core::language {

/// LANGUAGE.md §1: words reserved inside conditions; no fact, define or enum value takes them
inline constexpr std::array<std::string_view, 12> kReservedWords = {
    "and", "or", "not", "in", "has", "any", "all", "is", "known", "unknown", "true", "false"};

/// A built-in type as written in a `fact` declaration
struct BuiltinType {
    std::string_view name;
    TypeKind kind;
};

/// LANGUAGE.md §3: the built-in types, in the order help messages list them
inline constexpr std::array<BuiltinType, 7> kBuiltinTypes = {{{"bool", TypeKind::boolean},
                                                              {"int", TypeKind::integer},
                                                              {"number", TypeKind::number},
                                                              {"date", TypeKind::date},
                                                              {"duration", TypeKind::duration},
                                                              {"text", TypeKind::text},
                                                              {"state", TypeKind::state}}};

/// LANGUAGE.md §2: the keywords that open a top-level declaration
inline constexpr std::array<std::string_view, 6> kDeclarationKeywords = {
    "instrument", "vocabulary", "define", "provision", "reading", "test"};

/// Whether `word` is one of the reserved words
constexpr bool is_reserved_word(std::string_view word) {
    for (std::string_view w : kReservedWords) {
        if (w == word) return true;
    }
    return false;
}

/// The built-in type called `name`, if there is one
constexpr std::optional<TypeKind> builtin_type(std::string_view name) {
    for (const BuiltinType& t : kBuiltinTypes) {
        if (t.name == name) return t.kind;
    }
    return std::nullopt;
}

/// Whether `word` opens a top-level declaration
constexpr bool is_declaration_keyword(std::string_view word) {
    for (std::string_view w : kDeclarationKeywords) {
        if (w == word) return true;
    }
    return false;
}

}  // namespace lexcheck::core::language
