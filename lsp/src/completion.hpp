// Completion in rule files (facts, enum values of the fact being compared, provision ids
// after `see` and `exception to`, clause keywords of the enclosing block) and in measure
// files (fact names, enum values, provision ids and outcomes under `expect:`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::lsp::detail {

struct Snapshot;

/// LSP CompletionItemKind values used here
enum class ItemKind : int {
    function = 3,
    field = 5,
    module = 9,
    value = 12,
    keyword = 14,
    reference = 18,
    enum_member = 20
};

struct CompletionItem {
    std::string label;
    ItemKind kind = ItemKind::value;
    std::string detail;
};

/// Completions at byte `offset` of a rule file's `text`, from the names of `s`
std::vector<CompletionItem> complete_rules(const Snapshot& s, std::string_view text,
                                           std::size_t offset);

/// Completions at byte `offset` of a measure file's `text`
std::vector<CompletionItem> complete_measures(const Snapshot& s, std::string_view text,
                                              std::size_t offset);

/// The innermost blocks open at `offset` of a rule file, outermost first: the first word of
/// the line each `{` is on (`provision`, `measure`, …), skipping strings and comments
std::vector<std::string> open_blocks(std::string_view text, std::size_t offset);

}  // namespace lexcheck::lsp::detail
