// The JSON report's `"reasons"` (LANGUAGE.md §13): the sentences phrased straight into the
// report's buffer, escaped as they are written.
#pragma once

#include "reason_sentence.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::reports::detail {

class ChunkWriter;

/// Sentences as the JSON report writes them, kept by what they say: a part of a decision and
/// its decisive steps. Most sentences read nothing of the measure (a condition quoted as
/// written, "holds"): of the 88,239 sentences of the dense instance's 29,413 findings, 2,853
/// are phrased (callgrind, issue 20); those that read a measure's fact
/// (ReasonContext::measure_read) are phrased every time. For one report (the same rules and date):
/// a thread keeps one from chunk to chunk.
class SentenceCache {
public:
    /// The kept text of `part` (escaped, without quotes), or nullptr; `find` then leaves the
    /// part's key for keep()
    const std::string* find(const core::Reasons& reasons, const core::ReasonPart& part);
    /// Keeps `text` as the sentence of the part find() was last asked for (which must still
    /// be alive)
    void keep(std::string_view text);

private:
    struct Slot {
        /// The words of the part kept (key_words), or empty
        std::vector<std::uint64_t> key;
        std::string text;
    };
    /// Direct-mapped slots, a power of two; a clash only phrases a sentence again
    static constexpr std::size_t kSlots = 2048;

    std::vector<Slot> slots_;
    /// The part find() was last asked for, compared with a slot's key where it lies: building
    /// its key to compare cost about a third of a lookup (callgrind, issue 20)
    const core::Reasons* reasons_ = nullptr;
    const core::ReasonPart* part_ = nullptr;
    std::size_t slot_ = 0;  ///< Its slot
};

/// What the sentences of one finding are phrased in, asked for only when a sentence is not
/// kept (SentenceCache): the JSON report builds the measure then, as a warm run reads it where
/// it lies and a kept sentence needs nothing of it
class SentenceContext {
public:
    /// The context, made at the first call
    virtual const ReasonContext& get() = 0;

protected:
    ~SentenceContext() = default;
};

/// A context made already
class MadeContext final : public SentenceContext {
public:
    explicit MadeContext(const ReasonContext& at) : at_(at) {}
    const ReasonContext& get() override { return at_; }

private:
    const ReasonContext& at_;
};

/// Appends `["Sentence.", …]` with one sentence a line, indented as JsonWriter would below
/// `indent`: the bytes of reason_texts' strings written as JSON string literals. With a
/// cache, sentences that read nothing of the measure are kept there and copied from it.
/// `measure_read`, when given, is set when a sentence read the measure.
void append_reasons_json(ChunkWriter& out, SentenceContext& at, const core::Reasons& reasons,
                         std::string_view indent, SentenceScratch& said,
                         SentenceCache* cache = nullptr, bool* measure_read = nullptr);

}  // namespace lexcheck::reports::detail
