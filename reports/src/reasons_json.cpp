#include "reasons_json.hpp"

#include "chunk_writer.hpp"
#include "json_text.hpp"

#include "lexcheck/core/hash.hpp"

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

/// Appends the sentence of `part`, from `cache` when it holds it
void append_sentence(ChunkWriter& out, SentenceContext& at, const core::Reasons& reasons,
                     const core::ReasonPart& part, SentenceScratch& said, SentenceCache* cache) {
    const std::string* kept = cache ? cache->find(reasons, part) : nullptr;
    if (kept) return out.put(*kept);
    bool measure_read = false;
    ReasonContext noting = at.get();
    noting.measure_read = &measure_read;
    std::string& text = out.pause();
    const std::size_t start = text.size();
    append_reason_sentence(noting, reasons, part, json_markup(), text, said);
    if (cache && !measure_read) cache->keep(std::string_view(text).substr(start));
    out.resume();
}

}  // namespace

const std::string* SentenceCache::find(const core::Reasons& reasons, const core::ReasonPart& part) {
    // What the sentence is made of (reasons.cpp): the part's fields, its steps' conditions and
    // values
    key_.clear();
    key_.push_back(static_cast<std::uint64_t>(part.kind) |
                   static_cast<std::uint64_t>(part.value) << 8 | std::uint64_t{part.depth} << 16 |
                   std::uint64_t{part.unless} << 32);
    key_.push_back(std::uint64_t{part.provision} | std::uint64_t{part.reading} << 32);
    for (std::uint32_t k = part.begin; k < part.end && k < reasons.steps.size(); ++k) {
        const core::ReasonStep& step = reasons.steps[k];
        key_.push_back(std::uint64_t{step.cond} | static_cast<std::uint64_t>(step.value) << 32);
    }
    std::uint64_t h = 0;
    for (std::uint64_t word : key_) h = core::hash_word(h ^ word);
    if (slots_.empty()) slots_.resize(kSlots);
    slot_ = h & (kSlots - 1);
    const Slot& slot = slots_[slot_];
    return slot.key == key_ ? &slot.text : nullptr;
}

void SentenceCache::keep(std::string_view text) {
    Slot& slot = slots_[slot_];
    slot.key = key_;
    slot.text.assign(text);
}

void append_reasons_json(ChunkWriter& out, SentenceContext& at, const core::Reasons& reasons,
                         std::string_view indent, SentenceScratch& said, SentenceCache* cache) {
    out.put('[');
    for (std::size_t i = 0; i < reasons.parts.size(); ++i) {
        out.put(i == 0 ? "\n" : ",\n");
        out.put(indent);
        out.put("  \"");
        append_sentence(out, at, reasons, reasons.parts[i], said, cache);
        out.put('"');
    }
    if (!reasons.parts.empty()) {
        out.put('\n');
        out.put(indent);
    }
    out.put(']');
}

}  // namespace lexcheck::reports::detail
