#include "reasons_json.hpp"

#include "chunk_writer.hpp"
#include "json_text.hpp"

#include "lexcheck/core/hash.hpp"

#include <algorithm>
#include <span>

namespace lexcheck::reports::detail {

namespace {

/// plain_markup's text, escaped for a JSON string literal. The words a sentence adds of its
/// own (verdicts, "; ", numbers, dates, curly quotes) need no escape, so escaping the pieces
/// as they come gives the bytes of escaping the finished sentence.
const Markup& json_markup() {
    static const Markup markup{
        [](std::string& out, std::string_view s) { append_json_escaped(out, s); },
        [](std::string& out, std::string_view s) {
            out += '`';
            append_json_escaped(out, s);
            out += '`';
        }};
    return markup;
}

/// Appends the sentence of `part`, from `cache` when it holds it; whether it read the measure
bool append_sentence(ChunkWriter& out, SentenceContext& at, const core::Reasons& reasons,
                     const core::ReasonPart& part, SentenceScratch& said, SentenceCache* cache) {
    const std::string* kept = cache ? cache->find(reasons, part) : nullptr;
    if (kept) {
        out.put(*kept);
        return false;
    }
    bool measure_read = false;
    ReasonContext noting = at.get();
    noting.measure_read = &measure_read;
    std::string& text = out.pause();
    const std::size_t start = text.size();
    append_reason_sentence(noting, reasons, part, json_markup(), text, said);
    if (cache && !measure_read) cache->keep(std::string_view(text).substr(start));
    out.resume();
    return measure_read;
}

/// What a part's sentence is made of (reasons.cpp), as words: the part's fields, then its
/// steps' conditions and values
std::uint64_t fields_word(const core::ReasonPart& part) {
    return static_cast<std::uint64_t>(part.kind) | static_cast<std::uint64_t>(part.value) << 8 |
           std::uint64_t{part.depth} << 16 | std::uint64_t{part.unless} << 32;
}
std::uint64_t provision_word(const core::ReasonPart& part) {
    return std::uint64_t{part.provision} | std::uint64_t{part.reading} << 32;
}
std::uint64_t step_word(const core::ReasonStep& step) {
    return std::uint64_t{step.cond} | static_cast<std::uint64_t>(step.value) << 32;
}
/// The steps of `part` that `reasons` has
std::span<const core::ReasonStep> steps_of(const core::Reasons& reasons,
                                           const core::ReasonPart& part) {
    const std::size_t end = std::min<std::size_t>(part.end, reasons.steps.size());
    const std::size_t begin = std::min<std::size_t>(part.begin, end);
    return std::span(reasons.steps).subspan(begin, end - begin);
}
/// Whether `key` holds the words of `part`
bool same_part(const std::vector<std::uint64_t>& key, const core::ReasonPart& part,
               std::span<const core::ReasonStep> steps) {
    if (key.size() != 2 + steps.size()) return false;
    if (key[0] != fields_word(part) || key[1] != provision_word(part)) return false;
    for (std::size_t k = 0; k < steps.size(); ++k)
        if (key[2 + k] != step_word(steps[k])) return false;
    return true;
}

}  // namespace

const std::string* SentenceCache::find(const core::Reasons& reasons, const core::ReasonPart& part) {
    const std::span<const core::ReasonStep> steps = steps_of(reasons, part);
    std::uint64_t h = core::hash_word(core::hash_word(fields_word(part)) ^ provision_word(part));
    for (const core::ReasonStep& step : steps) h = core::hash_word(h ^ step_word(step));
    if (slots_.empty()) slots_.resize(kSlots);
    slot_ = h & (kSlots - 1);
    reasons_ = &reasons;
    part_ = &part;
    const Slot& slot = slots_[slot_];
    return same_part(slot.key, part, steps) ? &slot.text : nullptr;
}

void SentenceCache::keep(std::string_view text) {
    Slot& slot = slots_[slot_];
    slot.key.clear();
    slot.key.push_back(fields_word(*part_));
    slot.key.push_back(provision_word(*part_));
    for (const core::ReasonStep& step : steps_of(*reasons_, *part_))
        slot.key.push_back(step_word(step));
    slot.text.assign(text);
}

void append_reasons_json(ChunkWriter& out, SentenceContext& at, const core::Reasons& reasons,
                         std::string_view indent, SentenceScratch& said, SentenceCache* cache,
                         bool* measure_read) {
    out.put('[');
    for (std::size_t i = 0; i < reasons.parts.size(); ++i) {
        out.put(i == 0 ? "\n" : ",\n");
        out.put(indent);
        out.put("  \"");
        const bool read = append_sentence(out, at, reasons, reasons.parts[i], said, cache);
        if (read && measure_read) *measure_read = true;
        out.put('"');
    }
    if (!reasons.parts.empty()) {
        out.put('\n');
        out.put(indent);
    }
    out.put(']');
}

}  // namespace lexcheck::reports::detail
