// National measures (LANGUAGE.md §4): typed facts with positions, and the Akoma Ntoso
// documents they quote.
#pragma once

#include "lexcheck/core/arena.hpp"
#include "lexcheck/core/date.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/core/value.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace lexcheck::core {

/// `contested` (LANGUAGE.md §8) is last, so the other outcomes keep their numbers
enum class Outcome : std::uint8_t { violation, compliant, undetermined, not_applicable, contested };

/// Whether a quotation is the authentic text, a translation, or a paraphrase to verify
enum class Wording : std::uint8_t { verbatim, translation, paraphrase };

/// One stated fact of a measure
struct FactValue {
    std::uint32_t fact = kNone;  ///< Index into Schema
    Value value;
    SourceSpan at;  ///< Where the value was written
};

/// A measure's facts: on the heap, or in the corpus's arenas when decoded from the cache
using FactList = std::vector<FactValue, ArenaAllocator<FactValue>>;

/// `expect: {provision: outcome}` on a measure. The key may be `"P under READING"`
/// (LANGUAGE.md §8): readers keep it as written, and `lexcheck test` splits it.
struct MeasureExpect {
    std::string provision;
    Outcome outcome = Outcome::violation;
    SourceSpan span;
};

/// One element of an Akoma Ntoso document, as quoted in reports
struct AknElement {
    std::string eid;
    std::string name;  ///< The element's local name: `article`, `section`, `paragraph`, …
    std::string num;
    std::string heading;
    std::string text;  ///< All descendant text, whitespace collapsed
    SourceSpan span;
};

/// An Akoma Ntoso document: FRBR identification and its elements by eId
struct AknDocument {
    std::string path;  ///< As shown to users
    SourceId source = 0;
    std::string name;       ///< Document type, e.g. "act"
    std::string frbr_work;  ///< FRBRWork/FRBRthis
    std::string frbr_work_uri;
    std::string frbr_expression;
    std::string work_date;
    std::string country;  ///< FRBRWork/FRBRcountry, as written
    std::string expression_date;
    std::string language;
    std::unordered_map<std::string, AknElement> elements;

    const AknElement* find(const std::string& eid) const;
};

struct Measure {
    std::string id;
    SourceSpan span;  ///< The `id:` value
    std::string jurisdiction;
    std::string title;  ///< Of the document the measure belongs to
    std::string cite;
    Wording wording = Wording::verbatim;
    std::optional<Date> in_force;
    std::optional<Date> until;
    std::string eid;
    SourceSpan eid_span;
    std::uint32_t document = kNone;  ///< Index into Corpus::documents
    FactList facts;                  ///< Sorted by fact index, at most one per fact
    /// `affects: [KG, …]` (LANGUAGE.md §9): the nationalities the measure applies to, sorted
    /// and distinct; absent means every nationality
    std::optional<std::vector<std::string>> affects;
    SourceSpan affects_span;
    std::vector<MeasureExpect> expects;
    /// `replaces: ID` (LANGUAGE.md §10): the earlier version this measure ends from its
    /// `in_force`; empty when none
    std::string replaces;
    SourceSpan replaces_span;
    /// `repeals: [ID, …]` (LANGUAGE.md §10): a measure that only ends others, never checked
    std::optional<std::vector<std::string>> repeals;
    SourceSpan repeals_span;
    /// Set by parser::link_versions, never read from a file: the `in_force` of the first
    /// measure that replaces or repeals this one, and that measure (an index into
    /// Corpus::measures). The measure is left out of checks on or after that date, as if its
    /// `until` were that date.
    std::optional<Date> ended;
    std::uint32_t ended_by = kNone;
    std::uint32_t replaces_index = kNone;  ///< The measure `replaces` names, once linked

    /// The stated value of a fact, or nullptr when absent (unknown)
    const FactValue* find(std::uint32_t fact) const;
};

struct Corpus {
    std::vector<Measure> measures;
    std::vector<AknDocument> documents;
    std::vector<SourceId> files;  ///< Every measure file and AKN document read
    /// Memory of the measures' facts decoded from the cache: a measure moved out of the
    /// corpus must not outlive it (a copy may). Declared after `measures`, so that an
    /// assignment replaces the measures before the memory they use.
    std::shared_ptr<ArenaStore> arenas;

    Corpus() = default;
    Corpus(const Corpus&) = default;
    Corpus(Corpus&&) noexcept = default;
    Corpus& operator=(const Corpus&) = default;
    Corpus& operator=(Corpus&&) noexcept = default;
    /// The measures go first: their facts may live in `arenas`
    ~Corpus() { measures.clear(); }
};

std::string_view outcome_name(Outcome o);
std::string_view wording_name(Wording w);
std::optional<Outcome> parse_outcome(std::string_view s);

}  // namespace lexcheck::core
