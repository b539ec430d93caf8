// The measure of a finding as the JSON report reads it: from where it lies, built only when
// something needs more than its head and facts; and the values of its facts that a trace
// read (issue 20).
#pragma once

#include "reasons_json.hpp"

#include "lexcheck/core/measure.hpp"
#include "lexcheck/reports/reasons.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace lexcheck::reports::detail {

/// The head, facts and fact positions of one measure as the corpus gives them, decoded again
/// only for another measure: findings come in measure order, and the dense instance's 29,413
/// findings are of 24,216 measures (decoding them cost 17.5 M instructions, callgrind, issue 20)
class DecodedMeasure {
public:
    /// Decodes measure `index` of `list`, unless it is the one held
    void load(const core::MeasureList& list, std::size_t index) {
        if (index == index_) return;
        index_ = kNoMeasure;  // until all of it is decoded
        head_ = list.head(index);
        facts_ = list.facts(index, fact_buffer_);
        positions_ = list.fact_positions(index, position_buffer_);
        index_ = index;
    }
    std::size_t index() const { return index_; }
    const core::MeasureHead& head() const { return head_; }
    std::span<const core::FactValue> facts() const { return facts_; }
    /// By fact index, when the corpus cache kept them; else empty
    std::span<const core::FactPosition> positions() const { return positions_; }

private:
    static constexpr std::size_t kNoMeasure = static_cast<std::size_t>(-1);
    std::size_t index_ = kNoMeasure;
    core::MeasureHead head_;
    std::span<const core::FactValue> facts_;
    std::span<const core::FactPosition> positions_;
    std::vector<core::FactValue> fact_buffer_;  ///< What facts_ may view
    std::vector<core::FactPosition> position_buffer_;
};

/// Measure `index` of a finding being written. A warm run reads measures in place (the corpus
/// cache's image) and builds a core::Measure on first access, which the list then keeps: the
/// dense instance's report built 24,216 of them, 20 MB of the run's 72 MB heap and 29.6 M
/// instructions (massif, callgrind). The report needs only the id, the jurisdiction and the
/// enum, set and boolean values of the facts a trace read, which the head and the decoded
/// facts give; the measure is built for the rest (another value, a `replaces`, a sentence
/// phrased anew, which may read any fact).
class FindingMeasure final : public SentenceContext {
public:
    /// `texts` and `conditions` as ReasonContext takes them; `decoded`: the measure's head,
    /// facts and positions, not changed until this is gone
    FindingMeasure(const Report& r, const DecodedMeasure& decoded,
                   std::span<const std::string_view> texts, ConditionTexts* conditions)
        : r_(r), decoded_(decoded), texts_(texts), conditions_(conditions) {}

    /// Its id, jurisdiction, and whether it has a `replaces`
    const core::MeasureHead& head() const { return decoded_.head(); }
    /// The value of `fact` (not a built-in one), as core::Measure::find gives it
    const core::FactValue* find(std::uint32_t fact) const {
        const std::span<const core::FactValue> facts = decoded_.facts();
        auto it = std::find_if(facts.begin(), facts.end(),
                               [&](const core::FactValue& v) { return v.fact == fact; });
        return it == facts.end() ? nullptr : &*it;
    }
    /// The line and column of `read`, a fact of this measure that was stated, when the corpus
    /// cache kept them (a warm run), else null: the report then looks for them in the file
    const core::LineCol* position(const core::FactRead& read) const {
        for (const core::FactPosition& p : decoded_.positions()) {
            if (p.fact != read.fact) continue;
            const bool same = p.offset == read.at.begin && read.at.file == head().span.file;
            return same ? &p.at : nullptr;
        }
        return nullptr;
    }
    /// The measure itself, built at the first call
    const core::Measure& built() {
        if (!built_) built_ = &r_.corpus.measures[decoded_.index()];
        return *built_;
    }
    const ReasonContext& get() override {
        if (!at_)
            at_.emplace(
                ReasonContext{r_.sources, r_.rules, built(), r_.result.as_of, texts_, conditions_});
        return *at_;
    }

private:
    const Report& r_;
    const DecodedMeasure& decoded_;
    std::span<const std::string_view> texts_;
    ConditionTexts* conditions_;
    const core::Measure* built_ = nullptr;
    std::optional<ReasonContext> at_;
};

class ChunkWriter;

/// The value a trace step read, as detail::read_value gives it, for the findings of one
/// report: enum members, sets of them and booleans (most facts) are written straight from the
/// vocabulary, escaped once here; the rest through read_value, from the built measure
class FactValues {
public:
    explicit FactValues(const Report& r);
    /// `read`'s value as a JSON string literal, or `null` when it was not stated
    void write(ChunkWriter& out, FindingMeasure& m, const core::FactRead& read) const;

private:
    const Report& r_;
    /// Per enumeration of the vocabulary, its members' names escaped (without quotes)
    std::vector<std::vector<std::string>> enum_names_;
};

}  // namespace lexcheck::reports::detail
