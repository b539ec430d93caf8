// The measure schema (LANGUAGE.md §4): every key a measure may have, what its value must be
// and which member keeps it. The measure readers (YAML, JSON) and the corpus cache's codec
// all walk this one table, so a new key is one line in kMeasureKeys (with its member in
// core::Measure); docs/measures.md, "How to add a measure key", shows the whole change.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/source.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace lexcheck::parser {

/// One measure as its file states it: the measure, and the Akoma Ntoso document it quotes
struct StatedMeasure {
    core::Measure measure;
    std::string akn;  ///< As written (relative to the measure file); empty when none
    core::SourceSpan akn_span;
};

namespace schema {

// ---- Value types: what a key's value must be, and the type of the member that keeps it ----

// Each type says how a list of its values is called and written, for messages about lists.

/// Any scalar, as text
struct Text {
    using Stored = std::string;
    static constexpr std::string_view kListOf = "texts", kExample = "[a, b]";
};
/// A non-empty scalar naming the measure; a measure without one is dropped
struct Id {
    using Stored = std::string;
    static constexpr std::string_view kListOf = "measure ids", kExample = "[ru.fz114.art27]";
};
/// An ISO 3166-1 alpha-2 code (core::is_state_code)
struct State {
    using Stored = std::string;
    static constexpr std::string_view kListOf = "state codes", kExample = "[KG, KZ]";
};
/// A calendar date, `YYYY-MM-DD`
struct Date {
    using Stored = std::optional<core::Date>;
    static constexpr std::string_view kListOf = "dates", kExample = "[2014-01-13]";
};
/// `verbatim`, `translation` or `paraphrase`
struct Wording {
    using Stored = core::Wording;
};
/// A map of the vocabulary's facts (dotted keys and nested maps), each of its declared type
struct Facts {
    using Stored = core::FactList;
};
/// A map from provision id to outcome
struct Expects {
    using Stored = std::vector<core::MeasureExpect>;
};
/// A list of `Item`s, in the order written; absent is not the same as empty
template <class Item>
struct List {
    using Stored = std::optional<std::vector<typename Item::Stored>>;
};
/// A list of `Item`s kept sorted and without duplicates
template <class Item>
struct Set {
    using Stored = std::optional<std::vector<typename Item::Stored>>;
};

// ---- Keys -----------------------------------------------------------------------------------

/// One key of a measure: its name, its value type, the member (of core::Measure or of
/// StatedMeasure) that keeps the value and, when not null, the one that keeps where the value
/// was written
template <class Type, class Owner, class SpanOwner>
struct Key {
    using ValueType = Type;
    std::string_view name;
    typename Type::Stored Owner::*value;
    core::SourceSpan SpanOwner::*span;
};

template <class Type, class Owner>
constexpr Key<Type, Owner, Owner> key(std::string_view name, typename Type::Stored Owner::*value,
                                      core::SourceSpan Owner::*span = nullptr) {
    return {name, value, span};
}

using core::Measure;

/// Every key of a measure, in the order error messages list them
inline constexpr std::tuple kMeasureKeys{
    key<Id>("id", &Measure::id, &Measure::span),
    key<State>("jurisdiction", &Measure::jurisdiction),
    key<Text>("title", &Measure::title),
    key<Text>("cite", &Measure::cite),
    key<Wording>("wording", &Measure::wording),
    key<Text>("eId", &Measure::eid, &Measure::eid_span),
    key<Text>("akn", &StatedMeasure::akn, &StatedMeasure::akn_span),
    key<Date>("in_force", &Measure::in_force),
    key<Date>("until", &Measure::until),
    key<Facts>("facts", &Measure::facts),
    key<Expects>("expect", &Measure::expects),
    key<Set<State>>("affects", &Measure::affects, &Measure::affects_span),  // LANGUAGE.md §9
    key<Id>("replaces", &Measure::replaces, &Measure::replaces_span),       // LANGUAGE.md §10
    key<List<Id>>("repeals", &Measure::repeals, &Measure::repeals_span),    // LANGUAGE.md §10
};

inline constexpr std::size_t kMeasureKeyCount = std::tuple_size_v<decltype(kMeasureKeys)>;

/// Calls `f(key, index)` for every key of kMeasureKeys, in order; `index` is a
/// std::integral_constant, so it can choose code at compile time
template <class F>
constexpr void for_each_key(F&& f) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (f(std::get<I>(kMeasureKeys), std::integral_constant<std::size_t, I>{}), ...);
    }
    (std::make_index_sequence<std::tuple_size_v<decltype(kMeasureKeys)>>{});
}

/// The names of kMeasureKeys, in order
inline constexpr std::array<std::string_view, kMeasureKeyCount> kMeasureKeyNames = [] {
    std::array<std::string_view, kMeasureKeyCount> names{};
    for_each_key([&](const auto& k, std::size_t i) { names[i] = k.name; });
    return names;
}();

/// The keys of `document:`: the document's own `id`, then defaults that every measure of the
/// file takes for the measure key of the same name unless it gives its own
inline constexpr std::array<std::string_view, 4> kDocumentKeys{"id", "title", "jurisdiction",
                                                               "akn"};

/// The member of `m` (a StatedMeasure, const or not) that `member` names
template <class M, class T>
auto& member_of(M& m, T core::Measure::*member) {
    return m.measure.*member;
}
template <class M, class T>
auto& member_of(M& m, T StatedMeasure::*member) {
    return m.*member;
}

}  // namespace schema

}  // namespace lexcheck::parser
