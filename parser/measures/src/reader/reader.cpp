#include "reader/reader.hpp"

#include "reader/messages.hpp"
#include "reader/policies.hpp"

#include "lexcheck/core/date.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace lexcheck::parser::detail {

namespace {

/// The index of `name` in `names`
template <std::size_t N>
constexpr std::size_t index_of(const std::array<std::string_view, N>& names,
                               std::string_view name) {
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

constexpr std::size_t key_index(std::string_view name) {
    return index_of(schema::kMeasureKeyNames, name);
}

// The keys that the rules between keys name.
constexpr std::size_t kId = key_index("id");
constexpr std::size_t kJurisdiction = key_index("jurisdiction");
constexpr std::size_t kInForce = key_index("in_force");
constexpr std::size_t kUntil = key_index("until");
constexpr std::size_t kFacts = key_index("facts");
constexpr std::size_t kReplaces = key_index("replaces");
constexpr std::size_t kRepeals = key_index("repeals");
constexpr std::size_t kDocumentId = index_of(schema::kDocumentKeys, "id");
constexpr std::size_t kDocumentJurisdiction = index_of(schema::kDocumentKeys, "jurisdiction");
static_assert(kId < schema::kMeasureKeyCount && kJurisdiction < schema::kMeasureKeyCount &&
              kInForce < schema::kMeasureKeyCount && kUntil < schema::kMeasureKeyCount &&
              kFacts < schema::kMeasureKeyCount && kReplaces < schema::kMeasureKeyCount &&
              kRepeals < schema::kMeasureKeyCount &&
              kDocumentJurisdiction < schema::kDocumentKeys.size());

constexpr std::array<std::string_view, 2> kRootKeys{"document", "measures"};

/// Whether measure key `index` takes its value from `document:` unless the measure gives one
constexpr std::array<bool, schema::kMeasureKeyCount> kInherited = [] {
    std::array<bool, schema::kMeasureKeyCount> inherited{};
    for (std::string_view name : schema::kDocumentKeys) {
        if (name != "id") inherited[key_index(name)] = true;  // `id` is the document's own
    }
    return inherited;
}();

/// A measure that starts with the values `document:` gives
StatedMeasure inherit(const StatedMeasure& defaults) {
    StatedMeasure m;
    schema::for_each_key([&](const auto& key, auto index) {
        if constexpr (kInherited[index]) {
            schema::member_of(m, key.value) = schema::member_of(defaults, key.value);
            if (key.span) schema::member_of(m, key.span) = schema::member_of(defaults, key.span);
        }
    });
    return m;
}

/// Room for `more` measures in `out`
void reserve(MeasureFile& out, std::size_t more) {
    out.measures.reserve(out.measures.size() + more);
    out.akn_paths.reserve(out.akn_paths.size() + more);
    out.akn_spans.reserve(out.akn_spans.size() + more);
}

template <std::size_t N>
std::vector<std::string> as_strings(const std::array<std::string_view, N>& names) {
    return {names.begin(), names.end()};
}

}  // namespace

template <class Policy>
MeasureFile MeasureReader<Policy>::read(bool json_lines) {
    MeasureFile out;
    if (json_lines) reserve(out, tree_.documents.size());
    for (std::uint32_t root : tree_.documents) {
        if (root == kNoNode) continue;
        if (json_lines) {
            read_measure(root, Defaults{}, out);
        } else {
            read_root(root, out);
        }
    }
    return out;
}

template <class Policy>
template <std::size_t N, class OnKey>
void MeasureReader<Policy>::read_keys(std::uint32_t map,
                                      const std::array<std::string_view, N>& names,
                                      std::string_view what, std::string_view where,
                                      std::array<std::uint32_t, N>& given, OnKey&& on_key) {
    given.fill(kNoNode);
    for (std::uint32_t k = tree_[map].first; k != kNoNode; k = tree_[tree_[k].next].next) {
        const Node& key = tree_[k];
        // First the length and the first letter: a key is compared with every name.
        auto found = key.kind == NodeKind::scalar && !key.scalar.empty()
                         ? std::find_if(names.begin(), names.end(),
                                        [&](std::string_view n) {
                                            return n.size() == key.scalar.size() &&
                                                   n[0] == key.scalar[0] && n == key.scalar;
                                        })
                         : names.end();
        auto index = static_cast<std::size_t>(found - names.begin());
        if (found == names.end()) {
            policy_([&] { return unknown_key(tree_, k, what, as_strings(names)); });
        } else if (given[index] != kNoNode) {
            policy_([&] { return given_twice(tree_, k, tree_.span(given[index]), where); });
        } else {
            given[index] = k;
            on_key(index, key.next);
        }
    }
}

// A YAML (or JSON) document: `document:` defaults (read first, wherever they stand) and a
// `measures:` list.
template <class Policy>
void MeasureReader<Policy>::read_root(std::uint32_t root, MeasureFile& out) {
    const Node& r = tree_[root];
    if (r.kind == NodeKind::null) return;  // an empty file holds no measures
    if (r.kind != NodeKind::map) {
        policy_([&] {
            return core::diagnose::error("yaml_schema_error", tree_.span(root),
                                         "a measure file must be a map with `measures`, found " +
                                             describe(tree_, root))
                .help("write `measures:` followed by a list of measures");
        });
        return;
    }
    std::array<std::uint32_t, kRootKeys.size()> given;
    Defaults defaults;
    std::uint32_t measures = kNoNode;
    read_keys(root, kRootKeys, "a measure file", "a measure file", given,
              [&](std::size_t index, std::uint32_t value) {
                  if (kRootKeys[index] == "document") {
                      defaults = read_document(value);
                  } else {
                      measures = value;
                  }
              });
    if (measures == kNoNode || tree_[measures].kind == NodeKind::null) return;
    if (tree_[measures].kind != NodeKind::sequence) {
        policy_([&] {
            return core::diagnose::error(
                       "yaml_schema_error", tree_.span(measures),
                       "`measures` must be a list, found " + describe(tree_, measures))
                .help("start each measure with `- id: …`");
        });
        return;
    }
    std::size_t count = 0;
    for (std::uint32_t m = tree_[measures].first; m != kNoNode; m = tree_[m].next) ++count;
    reserve(out, count);
    for (std::uint32_t m = tree_[measures].first; m != kNoNode; m = tree_[m].next)
        read_measure(m, defaults, out);
}

template <class Policy>
typename MeasureReader<Policy>::Defaults MeasureReader<Policy>::read_document(std::uint32_t node) {
    Defaults defaults;
    if (tree_[node].kind != NodeKind::map) {
        policy_([&] { return not_a_map(tree_, node, "`document`"); });
        return defaults;
    }
    std::array<std::uint32_t, schema::kDocumentKeys.size()> given;
    read_keys(node, schema::kDocumentKeys, "`document`", "`document`", given,
              [&](std::size_t index, std::uint32_t value) {
                  if (index == kDocumentId) {  // the document's own, which nothing uses yet
                      std::string id;
                      values_.read(schema::Text{}, value, "id", id);
                      return;
                  }
                  read_key(key_index(schema::kDocumentKeys[index]), value, defaults.measure);
              });
    defaults.jurisdiction_given = given[kDocumentJurisdiction] != kNoNode;
    return defaults;
}

template <class Policy>
template <std::size_t Index>
void MeasureReader<Policy>::read_key_at(std::uint32_t value, StatedMeasure& into) {
    const auto& key = std::get<Index>(schema::kMeasureKeys);
    using Type = typename std::decay_t<decltype(key)>::ValueType;
    if (values_.read(Type{}, value, key.name, schema::member_of(into, key.value)) && key.span) {
        schema::member_of(into, key.span) = tree_.span(value);
    }
}

template <class Policy>
void MeasureReader<Policy>::read_key(std::size_t index, std::uint32_t value, StatedMeasure& into) {
    // One reader per key, chosen by index (a table built from the schema at compile time).
    using KeyReader = void (MeasureReader::*)(std::uint32_t, StatedMeasure&);
    static constexpr auto readers = []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<KeyReader, sizeof...(I)>{&MeasureReader::read_key_at<I>...};
    }
    (std::make_index_sequence<schema::kMeasureKeyCount>{});
    (this->*readers[index])(value, into);
}

// A measure: the keys of the schema, then what holds between them.
template <class Policy>
void MeasureReader<Policy>::read_measure(std::uint32_t node, const Defaults& defaults,
                                         MeasureFile& out) {
    if (tree_[node].kind != NodeKind::map) {
        policy_([&] { return not_a_map(tree_, node, "a measure"); });
        return;
    }
    StatedMeasure read = inherit(defaults.measure);
    std::array<std::uint32_t, schema::kMeasureKeyCount> given;
    read_keys(node, schema::kMeasureKeyNames, "a measure", "this measure", given,
              [&](std::size_t index, std::uint32_t value) { read_key(index, value, read); });
    core::Measure& m = read.measure;
    if (given[kId] == kNoNode) {
        policy_([&] {
            return core::diagnose::error("yaml_missing_id", tree_.span(node), "measure has no `id`")
                .help("give every measure a unique `id`, e.g. `ru.fz114.art27.p1.s12`");
        });
        return;
    }
    if (m.id.empty()) return;  // reported where it is written
    if (given[kJurisdiction] == kNoNode && m.jurisdiction.empty() && !defaults.jurisdiction_given) {
        policy_([&] {
            return core::diagnose::error("yaml_missing_jurisdiction", m.span,
                                         "measure `" + m.id + "` has no `jurisdiction`")
                .help(
                    "add `jurisdiction: RU` (the enacting State) to the measure or to "
                    "`document`");
        });
    }
    if (!m.eid.empty() && read.akn.empty()) {
        policy_([&] {
            return core::diagnose::error("yaml_schema_error", m.eid_span,
                                         "measure `" + m.id + "` quotes eId `" + m.eid +
                                             "` but names no `akn` document")
                .help("add `akn: FILE.akn.xml` to `document` or to the measure");
        });
    }
    check_period(given, m);
    check_versions(given, m);
    add(std::move(read), tree_[given[kId]].next, out);
}

// A measure that ends before it starts would be left out on every date (LANGUAGE.md §5),
// silently: the error stands at `until`, as the rule language's does for a party.
template <class Policy>
void MeasureReader<Policy>::check_period(
    const std::array<std::uint32_t, schema::kMeasureKeyCount>& given, const core::Measure& m) {
    if (!m.in_force || !m.until || *m.until > *m.in_force) return;
    policy_([&] {
        return core::diagnose::error(
                   "yaml_invalid_period", tree_.span(given[kUntil]),
                   "measure `" + m.id + "` ends on " + core::format_date(*m.until) +
                       ", which is not after its `in_force` date " + core::format_date(*m.in_force))
            .label(tree_.span(given[kInForce]), "in force from here")
            .help(
                "`until` is the first day the measure no longer applies; it must come after "
                "`in_force`");
    });
}

// LANGUAGE.md §10, the rules within one measure: a new version says from when it applies, and
// a repeal only ends others. The rules between measures are parser::link_versions's.
template <class Policy>
void MeasureReader<Policy>::check_versions(
    const std::array<std::uint32_t, schema::kMeasureKeyCount>& given, const core::Measure& m) {
    for (std::size_t k : {kReplaces, kRepeals}) {
        if (given[k] == kNoNode || given[kInForce] != kNoNode) continue;
        policy_([&] {
            std::string_view key = schema::kMeasureKeyNames[k];
            return core::diagnose::error("version_without_in_force", tree_.span(given[k]),
                                         "measure `" + m.id + "` says `" + std::string(key) +
                                             "` but has no `in_force`")
                .help(
                    "add `in_force: YYYY-MM-DD`, the day from which it ends the "
                    "earlier measure");
        });
    }
    if (given[kRepeals] != kNoNode && given[kFacts] != kNoNode) {
        policy_([&] {
            return core::diagnose::error(
                       "repeal_with_facts", tree_.span(given[kFacts]),
                       "measure `" + m.id + "` repeals measures and also states facts")
                .help(
                    "a repeal is never checked: move the facts into a measure that "
                    "`replaces` the repealed one, or remove them");
        });
    }
}

template <class Policy>
void MeasureReader<Policy>::add(StatedMeasure&& read, std::uint32_t id_node, MeasureFile& out) {
    auto [at, fresh] = ids_.emplace(tree_[id_node].scalar, read.measure.span);
    if (!fresh) {
        core::SourceSpan first = at->second;  // a copy: Clang 14 cannot capture `at`
        policy_([&] {
            return core::diagnose::error("yaml_duplicate_measure", read.measure.span,
                                         "measure id `" + read.measure.id + "` is used twice")
                .label(first, "first used here")
                .help("measure ids must be unique across the whole corpus");
        });
        return;
    }
    out.measures.push_back(std::move(read.measure));
    out.akn_paths.push_back(std::move(read.akn));
    out.akn_spans.push_back(read.akn_span);
}

template class MeasureReader<ReportProblems>;
template class MeasureReader<GiveUpOnProblems>;

}  // namespace lexcheck::parser::detail
