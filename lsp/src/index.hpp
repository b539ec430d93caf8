// Where every name of a rule set is declared and used: the resolver's symbol tables and
// the AST's spans, turned into one list of occurrences per file for go to definition,
// find references and hover.
#pragma once

#include "lexcheck/core/source.hpp"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace lexcheck::core {
struct RuleSet;
struct VocabularyDecl;
class Schema;
}  // namespace lexcheck::core

namespace lexcheck::lsp::detail {

struct Snapshot;

enum class SymbolKind : std::uint8_t {
    instrument,   ///< index: RuleSet::instruments
    party,        ///< index: instrument, sub: its party (declarations only)
    enumeration,  ///< index: Schema::enums
    enum_value,   ///< index: enum, sub: value
    fact,         ///< index: Schema::facts
    define,       ///< index: RuleSet::defines
    provision,    ///< index: RuleSet::provisions
    reading,      ///< index: RuleSet::readings
    akn_element,  ///< `source FILE EID`: index: the provision
    measure       ///< index: Corpus::measures (declarations only)
};

/// What a name stands for
struct Symbol {
    SymbolKind kind = SymbolKind::fact;
    std::uint32_t index = 0;
    std::uint32_t sub = 0;
    friend bool operator==(const Symbol&, const Symbol&) = default;
};

/// One place a symbol is written
struct Occurrence {
    core::SourceSpan span;
    Symbol symbol;
    bool declaration = false;
};

class Index {
public:
    explicit Index(const Snapshot& snapshot);

    /// The innermost occurrence at byte `offset` of `file` (its end counts: the cursor is
    /// often just after a name)
    std::optional<Occurrence> at(core::SourceId file, std::uint32_t offset) const;
    /// Every occurrence of `symbol`, declarations first, in file and position order
    std::vector<Occurrence> occurrences(const Symbol& symbol) const;

private:
    void add(core::SourceSpan span, Symbol symbol, bool declaration);
    void add_declarations(const Snapshot& s);
    // Steps of add_declarations, one per kind of declaring block
    void add_instruments(const core::RuleSet& r);
    void add_vocabulary(const core::VocabularyDecl& v, const core::Schema& schema);
    void add_provisions(const core::RuleSet& r);
    void add_readings(const core::RuleSet& r);
    void add_measures(const Snapshot& s);
    void add_conditions(const Snapshot& s);
    void add_tests(const Snapshot& s);

    std::vector<Occurrence> all_;
    std::unordered_map<core::SourceId, std::vector<std::uint32_t>> by_file_;  ///< Sorted
};

}  // namespace lexcheck::lsp::detail
