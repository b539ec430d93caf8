// Reasons in words (LANGUAGE.md §13): the sentences every format, `explain` and `test` print
// for a finding, phrased from the checker's decisive steps and the labels of the vocabulary.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/finding.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports {

/// How a format writes the pieces of a sentence, appending to it: text from rule and measure
/// files escaped, and code (ids, conditions as written) marked as such
struct Markup {
    void (*text)(std::string& out, std::string_view s);
    void (*code)(std::string& out, std::string_view s);
};

/// Text as it is and code between backticks: JSON, SARIF, the text report, `explain`
const Markup& plain_markup();

/// What a reason sentence is about, for formats that lay them out
struct ReasonSentence {
    std::string text;
    core::ReasonPartKind kind = core::ReasonPartKind::norm;
    core::Truth value = core::Truth::unknown;
    std::uint16_t depth = 0;  ///< 0: the provision's own part; more for an exception's exceptions
};

struct ReasonContext;

/// Conditions as a step without words quotes them (on one line), kept once made, for one rule
/// set: a caller phrasing many findings (the JSON report, a chunk at a time) keeps one, as the
/// same few conditions are quoted finding after finding (making the text each time was a
/// quarter of the dense report's reasons: callgrind, issue 20)
class ConditionTexts {
public:
    /// Condition `cond`'s text on one line
    std::string_view get(const ReasonContext& at, core::CondId cond);

private:
    struct Slot {
        core::CondId cond = core::kNone;
        std::string text;
    };
    /// Slots, a power of two: direct-mapped by CondId (a provision's conditions have
    /// consecutive ids, so a rule set of a few thousand conditions mostly hits)
    static constexpr std::size_t kSlots = 1024;
    std::vector<Slot> slots_;
};

/// Where a decision was taken: what the sentences read from
struct ReasonContext {
    const core::SourceManager& sources;
    const core::RuleSet& rules;
    const core::Measure& measure;
    core::Date as_of;
    /// Every file's text by SourceId, when the caller has them at hand: the SourceManager
    /// takes a lock per lookup, which threads phrasing many findings would contend for
    std::span<const std::string_view> texts = {};
    /// Where quoted conditions are kept, when the caller phrases many findings; else each is
    /// made when it is quoted
    ConditionTexts* condition_texts = nullptr;
    /// Set to true when the words read one of the measure's facts, if not null: what was
    /// phrased without reading any is the same for every measure (the JSON report keeps such
    /// sentences, reasons_json.hpp). The verdicts read none; `as_of` is the report's.
    bool* measure_read = nullptr;
};

/// One sentence per part of `reasons`, a decision for the measure: the part's verdict, then its
/// decisive steps ("Article 97(2) applies to the measure: the measure is an entry ban.")
std::vector<ReasonSentence> reason_sentences(const ReasonContext& at, const core::Reasons& reasons,
                                             const Markup& markup = plain_markup());

/// The same, as plain strings (JSON's `"reasons"`)
std::vector<std::string> reason_texts(const ReasonContext& at, const core::Reasons& reasons);

}  // namespace lexcheck::reports
