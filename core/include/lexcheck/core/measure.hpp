// National measures (LANGUAGE.md §4): typed facts with positions, and the Akoma Ntoso
// documents they quote.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/core/value.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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

/// A measure's facts. (A measure read from the corpus cache is not built at all on the warm
/// path: core::MeasureList reads its facts in place, so no arena is needed for them.)
using FactList = std::vector<FactValue>;

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

/// Hashes an eId given as any kind of string, so that AknDocument::elements is searched with a
/// std::string_view (a transparent hash: C++20 heterogeneous lookup)
struct EidHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        return std::hash<std::string_view>{}(s);
    }
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
    /// LANGUAGE.md §12 (`scaffold`): the preface's docTitle (white space collapsed), else
    /// FRBRWork/FRBRname; and the date of a lifecycle event that states entry into force
    std::string title;
    std::string entry_into_force;
    std::string language;
    std::unordered_map<std::string, AknElement, EidHash, std::equal_to<>> elements;

    /// The element whose eId is `eid`, or null; looked up without building a string (a
    /// quoted eId is read in place from the corpus cache)
    const AknElement* find(std::string_view eid) const;
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

/// What the checker reads of every measure on every run (LANGUAGE.md §5.1, §9), without
/// building a Measure: views into the measure or into the memory that holds its record
struct MeasureHead {
    std::string_view id;
    SourceSpan span;  ///< The `id:` value
    std::string_view jurisdiction;
    std::optional<Date> in_force;
    std::optional<Date> until;
    bool has_affects = false;
    bool replaces = false;      ///< `replaces` is given (LANGUAGE.md §10)
    bool repeals = false;       ///< `repeals` is given: a repeal, never checked
    std::optional<Date> ended;  ///< Measure::ended (link_versions; only on a built measure)
    // What the commands that read only some measures look for, so that they build no other
    // (the source lock, `test`, `lint`):
    bool quotes = false;       ///< `eId` is given: it quotes an element of its document
    bool has_expects = false;  ///< It has `expect` entries
    bool has_cite = false;     ///< `cite` is given
};

/// What a measure quotes, read without building it (MeasureList::quote): loading looks the
/// eId up in its document and the source lock compares the element's text. Empty unless the
/// head `quotes` (not in MeasureHead, which the checker reads six times a measure)
struct MeasureQuote {
    std::string_view eid;
    SourceSpan eid_span;  ///< The `eId:` value
};

/// Where one fact's value was written, as SourceManager::line_col answers it: kept by the
/// corpus cache, so that the JSON report need not index the lines of the measure files
struct FactPosition {
    std::uint32_t fact = kNone;  ///< Index into Schema
    std::uint32_t offset = 0;    ///< FactValue::at's begin
    LineCol at;
};

/// Measures kept elsewhere and read where they lie (the corpus cache's mapped entries,
/// lexcheck/parser/cache.hpp): records addressed by number, built into a Measure only when
/// someone asks for the whole measure. Every record was checked when the image was opened.
class MeasureImage {
public:
    virtual ~MeasureImage() = default;
    virtual std::uint32_t size() const = 0;
    virtual MeasureHead head(std::uint32_t record) const = 0;
    virtual MeasureQuote quote(std::uint32_t record) const = 0;
    /// The record's facts, written into `scratch` (its capacity is reused: after the first
    /// measures, no allocation); sorted by fact index
    virtual void facts(std::uint32_t record, std::vector<FactValue>& scratch) const = 0;
    /// The same without where each was written (`at` may be left empty): what deciding reads.
    /// An image that keeps spans apart leaves them unread (and its pages untouched) here.
    virtual void values(std::uint32_t record, std::vector<FactValue>& scratch) const {
        facts(record, scratch);
    }
    /// Sets `at` of `facts`, the record's as values() gave them
    virtual void add_spans(std::uint32_t record, std::span<FactValue> facts) const {
        (void)record, (void)facts;
    }
    /// The whole measure (its `document` is the list's business)
    virtual void build(std::uint32_t record, Measure& out) const = 0;
    /// Where the record's facts were written (FactPosition), in the order facts() gives
    /// them, written into `scratch`; false when the image keeps no positions
    virtual bool fact_positions(std::uint32_t record, std::vector<FactPosition>& scratch) const {
        (void)record, (void)scratch;
        return false;
    }
};

/// The measures of a corpus, in order. Each is a Measure object or a record of a
/// MeasureImage; a record is built into a Measure the first time it is asked for (safe from
/// several threads at once), so a run that lists no finding builds no measure. The checker
/// reads heads and facts (head(), facts()) without building anything; the rest of the code
/// reads `measures[i]` as it reads a vector. Sorting and removing measures (reorder())
/// moves 8-byte references when images are involved, not measures.
class MeasureList {
public:
    class const_iterator;

    MeasureList() = default;
    MeasureList(std::initializer_list<Measure> measures) : objects_(measures) {}
    MeasureList(const MeasureList& other);
    MeasureList(MeasureList&& other) noexcept = default;
    MeasureList& operator=(const MeasureList& other);
    MeasureList& operator=(MeasureList&& other) noexcept;
    ~MeasureList();

    std::size_t size() const { return refs_.empty() ? objects_.size() : refs_.size(); }
    bool empty() const { return size() == 0; }

    /// The measure at `i`, built from its record on first access
    const Measure& operator[](std::size_t i) const;
    /// The same, to edit (an edited record stays built: the image is read-only)
    Measure& operator[](std::size_t i) { return const_cast<Measure&>(std::as_const(*this)[i]); }

    /// What the checker reads of measure `i`: from its record, or from its Measure once
    /// built (an edit, such as link_versions' `ended`, shows)
    MeasureHead head(std::size_t i) const;
    /// The eId measure `i` quotes and its span, without building it
    MeasureQuote quote(std::size_t i) const;
    /// Measure `i` when it is an object or a built record, else null (nothing is built)
    Measure* existing(std::size_t i);
    /// The facts of measure `i`: its own list, or its record's decoded into `scratch`
    std::span<const FactValue> facts(std::size_t i, std::vector<FactValue>& scratch) const;
    /// The same as facts() without where each was written when it is a record's
    /// (MeasureImage::values); add_spans() completes them
    std::span<const FactValue> values(std::size_t i, std::vector<FactValue>& scratch) const;
    /// Sets `at` of `scratch` as values(i, scratch) left it (nothing to do for an object)
    void add_spans(std::size_t i, std::vector<FactValue>& scratch) const;
    /// Where measure `i`'s facts were written, by fact index, when its image keeps that
    /// (MeasureImage::fact_positions), as facts() reads them; empty for a measure that is an object
    std::span<const FactPosition> fact_positions(std::size_t i,
                                                 std::vector<FactPosition>& scratch) const;

    void push_back(Measure m);
    void clear();

    /// Appends `objects`, then every record of each image in turn (load_corpus: `order` gives
    /// for each new position an index into `objects`, or kNone and the record)
    struct Ref {
        std::uint32_t image = kNone;  ///< kNone: objects_[record]
        std::uint32_t record = 0;
    };
    void append(std::vector<Measure> objects,
                std::vector<std::shared_ptr<const MeasureImage>> images,
                const std::vector<Ref>& order);
    /// Keeps positions [0, from) and then the measures at `order` (positions), in that order
    void reorder(std::size_t from, const std::vector<std::uint32_t>& order);
    /// Sets Measure::document of the measure at `i` (built or not)
    void set_document(std::size_t i, std::uint32_t document);
    /// Measure::document of the measure at `i`, without building it
    std::uint32_t document(std::size_t i) const;
    /// How many records have been built into Measures (tests, and the proof of laziness)
    std::size_t built() const;
    /// How many records every MeasureList of the process has built so far (tests of commands
    /// that load their own corpus: the difference over a run is what it built)
    static std::size_t built_in_process();

    const_iterator begin() const;
    const_iterator end() const;

private:
    struct ImageSlot {
        std::shared_ptr<const MeasureImage> image;
        std::unique_ptr<std::atomic<Measure*>[]> built;  ///< By record; null until built
        std::vector<std::uint32_t> documents;            ///< By record; empty: none set
    };
    void use_refs();
    void release_built();

    std::vector<Measure> objects_;
    std::vector<Ref> refs_;  ///< Empty: position i is objects_[i]
    std::vector<ImageSlot> images_;
};

/// A random-access view of a MeasureList by position (what `for (const Measure& m : list)`
/// and std::find_if need)
class MeasureList::const_iterator {
public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Measure;
    using difference_type = std::ptrdiff_t;
    using pointer = const Measure*;
    using reference = const Measure&;

    const_iterator() = default;
    const_iterator(const MeasureList* list, std::size_t i) : list_(list), i_(i) {}
    reference operator*() const { return (*list_)[i_]; }
    pointer operator->() const { return &(*list_)[i_]; }
    reference operator[](difference_type n) const { return (*list_)[i_ + n]; }
    const_iterator& operator++() { return ++i_, *this; }
    const_iterator operator++(int) { return {list_, i_++}; }
    const_iterator& operator--() { return --i_, *this; }
    const_iterator operator--(int) { return {list_, i_--}; }
    const_iterator& operator+=(difference_type n) { return i_ += n, *this; }
    const_iterator& operator-=(difference_type n) { return i_ -= n, *this; }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const const_iterator& a, const const_iterator& b) {
        return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) {
        return a.i_ == b.i_;
    }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) {
        return a.i_ <=> b.i_;
    }

private:
    const MeasureList* list_ = nullptr;
    std::size_t i_ = 0;
};

inline MeasureList::const_iterator MeasureList::begin() const {
    return {this, 0};
}
inline MeasureList::const_iterator MeasureList::end() const {
    return {this, size()};
}

struct Corpus {
    MeasureList measures;
    std::vector<AknDocument> documents;
    std::vector<SourceId> files;  ///< Every measure file and AKN document read
};

std::string_view outcome_name(Outcome o);
std::string_view wording_name(Wording w);
std::optional<Outcome> parse_outcome(std::string_view s);

}  // namespace lexcheck::core
