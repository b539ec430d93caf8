// The JSON report is the largest output lexcheck writes (1.3 GB at 10^6 measures), so it is
// not built through JsonWriter: each finding is appended to a byte buffer with the layout
// JsonWriter would give (docs/json-format.md), the constant parts of every provision are
// escaped once, and chunks of findings are formatted in parallel and written in order.
#include "json_reporter.hpp"

#include "chunk_writer.hpp"
#include "chunked_output.hpp"
#include "describe.hpp"
#include "json_head.hpp"
#include "json_measure.hpp"
#include "json_positions.hpp"
#include "json_step_heads.hpp"
#include "json_template.hpp"
#include "json_text.hpp"
#include "reasons_json.hpp"
#include "remedy_sections.hpp"
#include "scratch_pool.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

namespace lexcheck::reports {

namespace {

using detail::append_json_string;
using detail::FindingTemplate;

/// Findings per chunk formatted on one thread; the chunking never changes the output
constexpr std::size_t kFindingsPerChunk = 64;

/// Appends fixed text (keys, indentation, punctuation) that needs no escape
inline void put(std::string& out, std::string_view text) {
    out.append(text);
}

/// What a thread formatting chunks keeps from chunk to chunk (scratch_pool.hpp): the
/// conditions its reasons quoted, the sentences that read no measure, the step heads, and
/// the findings of a shape written once
struct ThreadScratch {
    ConditionTexts condition_texts;
    detail::SentenceCache sentences;
    detail::StepHeads step_heads;
    detail::FindingTemplates templates;
    std::string template_text;  ///< A finding written whole to make a template of
};

/// What every finding of one provision shares, escaped once
struct ProvisionText {
    /// `,` `"provision": …,` to `"jurisdiction": ` (the measure's jurisdiction follows)
    std::string head;
    /// `,` `"severity": …,` `"paradigm": …,` `"defeated_by": `
    std::string tail;
    /// The tail of a plain finding (no defeater, no missing facts, no reason why it does not
    /// apply, as most listed findings are) to `"reasons": `, written as one piece
    std::string plain_tail;
};

/// The `"outcome"` and `"binding"` members of a finding, after the jurisdiction: one piece per
/// outcome and binding
class OutcomeTexts {
public:
    OutcomeTexts() {
        for (std::size_t o = 0; o < kOutcomes; ++o) {
            for (bool binding : {false, true}) {
                std::string& t = texts_[o][binding];
                t = ",\n      \"outcome\": ";
                append_json_string(t, core::outcome_name(static_cast<core::Outcome>(o)));
                t += binding ? ",\n      \"binding\": true" : ",\n      \"binding\": false";
            }
        }
    }
    std::string_view get(core::Outcome o, bool binding) const {
        return texts_[static_cast<std::size_t>(o)][binding];
    }

private:
    static constexpr std::size_t kOutcomes = static_cast<std::size_t>(core::Outcome::contested) + 1;
    std::array<std::array<std::string, 2>, kOutcomes> texts_;
};

class FindingFormatter {
public:
    explicit FindingFormatter(const Report& r) : r_(r), values_(r) {
        paths_.reserve(r.sources.size());
        texts_.reserve(r.sources.size());
        for (core::SourceId id = 0; id < r.sources.size(); ++id) {
            std::string quoted;
            append_json_string(quoted, r.sources.path(id));
            quoted.pop_back();  // the closing quote: `:line:col"` follows
            paths_.push_back(std::move(quoted));
            texts_.push_back(r.sources.text(id));
        }
        provisions_.reserve(r.rules.provisions.size());
        for (const core::Provision& p : r.rules.provisions) {
            ProvisionText t;
            put(t.head, ",\n      \"provision\": ");
            append_json_string(t.head, p.id.text);
            put(t.head, ",\n      \"instrument\": ");
            append_json_string(t.head, p.instrument == core::kNone
                                           ? std::string_view()
                                           : r.rules.instruments[p.instrument].id.text);
            put(t.head, ",\n      \"jurisdiction\": ");
            put(t.tail, ",\n      \"severity\": ");
            append_json_string(t.tail, core::provision_severity_name(p.severity));
            put(t.tail, ",\n      \"paradigm\": ");
            if (p.paradigm) {
                append_json_string(t.tail, core::paradigm_name(*p.paradigm));
            } else {
                put(t.tail, "null");
            }
            put(t.tail, ",\n      \"defeated_by\": ");
            t.plain_tail = t.tail;
            put(t.plain_tail, "null,\n      \"missing_facts\": [],\n      \"reason\": null");
            put(t.plain_tail, ",\n      \"reasons\": ");
            provisions_.push_back(std::move(t));
        }
        // Written for every step and every fact a step reads: escaped once here
        for (core::Truth t : {core::Truth::no, core::Truth::yes, core::Truth::unknown})
            truths_[static_cast<std::size_t>(t)] = detail::json_quote(core::truth_name(t));
        fact_heads_.reserve(r.rules.schema.facts().size());
        for (const core::FactInfo& fact : r.rules.schema.facts()) {
            std::string head = ",\n            {\n              \"fact\": ";
            head += detail::json_quote(fact.path);
            head += ",\n              \"value\": ";
            fact_heads_.push_back(std::move(head));
        }
        at_heads_.reserve(paths_.size());
        for (const std::string& path : paths_)
            at_heads_.push_back(",\n              \"at\": " + path);
    }

    /// Finding `i` alone, from `{` to `}`
    std::string one(std::size_t i) const {
        std::string out;
        detail::JsonSink sink(out);
        Chunk chunk(r_.sources, texts_, sink, scratch_);
        finding(chunk, r_.result.findings[i]);
        chunk.out.pause();
        return out.substr(out.find('{'));
    }

    /// Findings [begin, end), each preceded by its separator in the `findings` array
    void findings(std::size_t begin, std::size_t end, detail::JsonSink& sink) const {
        Chunk chunk(r_.sources, texts_, sink, scratch_);
        for (std::size_t i = begin; i < end; ++i) {
            chunk.out.put(i == 0 ? "\n" : ",\n");
            shaped_finding(chunk, r_.result.findings[i]);
        }
    }

private:
    /// What formatting one chunk of findings writes with and reuses
    struct Chunk {
        Chunk(const core::SourceManager& sources, const std::vector<std::string_view>& texts,
              detail::JsonSink& sink, detail::ScratchPool<ThreadScratch>& pool)
            : positions(sources, texts),
              sink(sink),
              out(sink.buffer()),
              kept(pool.take()),
              pool(pool) {}
        ~Chunk() { pool.give(std::move(kept)); }
        Chunk(const Chunk&) = delete;
        Chunk& operator=(const Chunk&) = delete;

        /// Hands the buffer to the sink's stream when it is full (a trace may be millions of
        /// steps long)
        void flush() {
            if (!sink.streams() || out.size() < detail::JsonSink::kFlushBytes) return;
            out.pause();
            sink.flush();
            out.resume();
        }

        detail::Positions positions;
        detail::JsonSink& sink;
        detail::ChunkWriter out;
        detail::SentenceScratch said;
        detail::DecodedMeasure measure;  ///< The last finding's
        std::unique_ptr<ThreadScratch> kept;
        /// Set while a finding is written whole to make a template: where its holes are
        detail::HoleMarks* marks = nullptr;
        std::uint32_t reads_written = 0;  ///< Fact reads of the finding's trace written so far
        std::vector<const core::FactRead*> reads;  ///< The fact reads of a template's finding
        detail::ScratchPool<ThreadScratch>& pool;
    };

    /// `"path:line:col"` (as detail::location), or `""` for an empty span
    void location(detail::ChunkWriter& out, detail::Positions& positions,
                  core::SourceSpan span) const {
        if (span.file == 0) {
            out.put("\"\"");
            return;
        }
        location(out, span.file, positions.find(span.file, span.begin));
    }
    /// `"path:line:col"` of a position already known
    void location(detail::ChunkWriter& out, core::SourceId file, core::LineCol lc) const {
        out.put(paths_[file]);
        line_col(out, lc);
    }
    /// `:line:col"`, what follows a location's path
    static void line_col(detail::ChunkWriter& out, core::LineCol lc) {
        out.put(':');
        out.uint(lc.line);
        out.put(':');
        out.uint(lc.column);
        out.put('"');
    }

    void finding(Chunk& chunk, const core::Finding& f) const {
        detail::ChunkWriter& out = chunk.out;
        chunk.measure.load(r_.corpus.measures, f.measure);
        detail::FindingMeasure m(r_, chunk.measure, texts_, &chunk.kept->condition_texts);
        const ProvisionText& p = provisions_[f.provision];
        chunk.reads_written = 0;
        out.put("    {\n      \"measure\": ");
        std::size_t hole = out.size();
        out.string(m.head().id);
        mark(chunk, detail::Hole::measure, 0, hole);
        out.put(p.head);
        hole = out.size();
        out.string(m.head().jurisdiction);
        mark(chunk, detail::Hole::jurisdiction, 0, hole);
        out.put(outcomes_.get(f.outcome, f.binding));
        if (f.binding_toward) {
            out.put(",\n      \"binding_toward\": ");
            string_array(out, *f.binding_toward, "      ");
        }
        if (m.head().replaces && m.built().replaces_index != core::kNone) {  // LANGUAGE.md §10
            out.put(",\n      \"replaces\": ");
            out.string(m.built().replaces);
        }
        if (f.defeated_by.empty() && f.missing_facts.empty() && f.reason == core::Reason::none)
            out.put(p.plain_tail);
        else
            tail(out, p, f);
        reasons(chunk, m, f.reasons, "      ");
        if (f.outcome == core::Outcome::contested) readings(chunk, f, m);
        if (const core::FindingRemedies* rem = detail::remedies_for(r_, f)) {
            detail::append_remedies_json(out.pause(), r_, *rem);
            out.resume();
        }
        out.put(",\n      \"trace\": [");
        for (std::size_t i = 0; i < f.trace.size(); ++i) {
            out.put(i == 0 ? "\n" : ",\n");
            step(chunk, m, f.trace[i]);
            chunk.flush();
        }
        if (!f.trace.empty()) out.put("\n      ");
        out.put("]\n    }");
    }

    /// Finding `f` from the template of its shape when it has one (json_template.hpp), else
    /// whole
    void shaped_finding(Chunk& chunk, const core::Finding& f) const {
        FindingTemplate* t = template_of(chunk, f);
        if (t == nullptr) return finding(chunk, f);
        if (!t->made && !std::exchange(t->seen, true)) return finding(chunk, f);  // maybe alone
        if (!t->made) make_template(chunk, f, *t);
        if (!t->usable) return finding(chunk, f);
        chunk.reads.clear();
        for (const core::TraceStep& s : f.trace) {
            for (const core::FactRead& read : s.facts) chunk.reads.push_back(&read);
        }
        if (chunk.reads.size() != t->reads) return finding(chunk, f);  // not of the shape
        detail::FindingMeasure m(r_, chunk.measure, texts_, &chunk.kept->condition_texts);
        detail::ChunkWriter& out = chunk.out;
        const std::string_view text = t->text;
        std::size_t from = 0;
        for (const FindingTemplate::Gap& gap : t->gaps) {
            out.put(text.substr(from, gap.end - from));
            from = gap.end;
            switch (gap.hole) {
                case detail::Hole::measure:
                    out.string(m.head().id);
                    break;
                case detail::Hole::jurisdiction:
                    out.string(m.head().jurisdiction);
                    break;
                case detail::Hole::fact:
                    values_.write(out, m, *chunk.reads[gap.read]);
                    fact_at(chunk, m, *chunk.reads[gap.read]);
                    break;
            }
        }
        out.put(text.substr(from));
        chunk.flush();
    }

    /// The template `f` is written from, made or not yet; null when it is written whole: no
    /// shape, or a part that findings of a shape may not share (binding toward other
    /// parties, a `replaces`, readings, remedies)
    FindingTemplate* template_of(Chunk& chunk, const core::Finding& f) const {
        if (f.shape == 0 || f.binding_toward || f.outcome == core::Outcome::contested ||
            detail::remedies_for(r_, f))
            return nullptr;
        chunk.measure.load(r_.corpus.measures, f.measure);
        if (chunk.measure.head().replaces) return nullptr;
        return chunk.kept->templates.get(f.store.get(), f.shape,
                                         static_cast<std::uint8_t>(f.outcome), f.binding);
    }

    /// Writes `f` whole aside, noting its holes, and makes `t` from it
    void make_template(Chunk& chunk, const core::Finding& f, FindingTemplate& t) const {
        std::string& text = chunk.kept->template_text;
        text.clear();
        detail::HoleMarks marks;
        std::size_t reads = 0;
        {
            detail::JsonSink sink(text);
            Chunk aside(r_.sources, texts_, sink, scratch_);
            aside.marks = &marks;
            finding(aside, f);
            aside.out.pause();
            reads = aside.reads_written;
        }
        marks.make(text, reads, t);
    }

    /// Notes a hole that ends where `chunk` is now, when a template is being made
    static void mark(Chunk& chunk, detail::Hole hole, std::uint32_t read, std::size_t begin) {
        if (chunk.marks) chunk.marks->mark(hole, read, begin, chunk.out.size());
    }

    /// From `"severity"` to `"reasons": ` for a finding that is not plain (ProvisionText)
    static void tail(detail::ChunkWriter& out, const ProvisionText& p, const core::Finding& f) {
        out.put(p.tail);
        string_or_null(out, f.defeated_by);
        out.put(",\n      \"missing_facts\": ");
        string_array(out, f.missing_facts, "      ");
        out.put(",\n      \"reason\": ");
        if (f.reason == core::Reason::none) {
            out.put("null");
        } else {
            out.string(core::reason_name(f.reason));
        }
        out.put(",\n      \"reasons\": ");
    }

    /// `s` as a JSON string, or `null` when it is empty
    static void string_or_null(detail::ChunkWriter& out, const std::string& s) {
        if (s.empty())
            out.put("null");
        else
            out.string(s);
    }

    /// `["a", "b"]` one string a line, indented as JsonWriter would below `indent`
    static void string_array(detail::ChunkWriter& out, const std::vector<std::string>& items,
                             std::string_view indent) {
        out.put('[');
        for (std::size_t i = 0; i < items.size(); ++i) {
            out.put(i == 0 ? "\n" : ",\n");
            out.put(indent);
            out.put("  ");
            out.string(items[i]);
        }
        if (!items.empty()) {
            out.put('\n');
            out.put(indent);
        }
        out.put(']');
    }

    /// LANGUAGE.md §13: the reasons in words, phrased straight into the buffer
    void reasons(Chunk& chunk, detail::FindingMeasure& m, const core::Reasons& reasons,
                 std::string_view indent) const {
        detail::append_reasons_json(chunk.out, m, reasons, indent, chunk.said,
                                    &chunk.kept->sentences,
                                    chunk.marks ? &chunk.marks->measure_read : nullptr);
    }

    /// LANGUAGE.md §8: every assignment of a contested finding
    void readings(Chunk& chunk, const core::Finding& f, detail::FindingMeasure& m) const {
        detail::ChunkWriter& out = chunk.out;
        out.put(",\n      \"readings\": [");
        for (std::size_t i = 0; i < f.readings.size(); ++i) {
            const core::ReadingOutcome& a = f.readings[i];
            out.put(i == 0 ? "\n        {\n          \"chosen\": {"
                           : ",\n        {\n          \"chosen\": {");
            for (std::size_t k = 0; k < a.chosen.size(); ++k) {
                out.put(k == 0 ? "\n            " : ",\n            ");
                out.string(r_.rules.provisions[a.chosen[k].provision].id.text);
                out.put(": ");
                out.string(detail::chosen_text(r_, a.chosen[k]));
            }
            out.put(a.chosen.empty() ? "},\n          \"outcome\": "
                                     : "\n          },\n          \"outcome\": ");
            out.string(core::outcome_name(a.outcome));
            out.put(",\n          \"defeated_by\": ");
            string_or_null(out, a.defeated_by);
            out.put(",\n          \"missing_facts\": ");
            string_array(out, a.missing_facts, "          ");
            out.put(",\n          \"reasons\": ");
            reasons(chunk, m, a.reasons, "          ");
            out.put("\n        }");
        }
        out.put("\n      ]");
    }

    void step(Chunk& chunk, detail::FindingMeasure& m, const core::TraceStep& s) const {
        detail::ChunkWriter& out = chunk.out;
        out.put(chunk.kept->step_heads.get(s, [&](std::string& text) {
            detail::ChunkWriter head(text);
            step_head(head, chunk.positions, s);
        }));
        if (s.facts.empty()) {
            out.put("\n        }");
            return;
        }
        out.put(",\n          \"facts\": [");
        for (std::size_t i = 0; i < s.facts.size(); ++i) {
            const core::FactRead& read = s.facts[i];
            const std::string_view head = fact_heads_[read.fact];
            out.put(i == 0 ? head.substr(1) : head);  // the first without its `,`
            const std::size_t hole = out.size();
            values_.write(out, m, read);
            fact_at(chunk, m, read);
            mark(chunk, detail::Hole::fact, chunk.reads_written++, hole);
            out.put("\n            }");
        }
        out.put("\n          ]\n        }");
    }

    /// `,` and the `"at"` of a fact a step read; its key and the file's path are one piece
    void fact_at(Chunk& chunk, const detail::FindingMeasure& m, const core::FactRead& read) const {
        detail::ChunkWriter& out = chunk.out;
        if (!read.present || read.at.file == 0) {
            out.put(read.present ? ",\n              \"at\": \"\""
                                 : ",\n              \"at\": null");
            return;
        }
        const core::LineCol* kept = m.position(read);
        out.put(at_heads_[read.at.file]);
        line_col(out, kept ? *kept : chunk.positions.find(read.at.file, read.at.begin));
    }

    /// A step's `{` to its label: what it shows of the rule node it is of, the same in every
    /// finding (json_step_heads.hpp keeps it)
    void step_head(detail::ChunkWriter& out, detail::Positions& positions,
                   const core::TraceStep& s) const {
        out.put("        {\n          \"condition\": ");
        out.string(s.condition);
        out.put(",\n          \"value\": ");
        out.put(truths_[static_cast<std::size_t>(s.value)]);
        out.put(",\n          \"at\": ");
        location(out, positions, s.at);
        out.put(",\n          \"depth\": ");
        out.uint(s.depth);
        if (!s.label.empty()) {
            out.put(",\n          \"label\": ");
            out.string(s.label);
        }
    }

    const Report& r_;
    std::vector<std::string_view> texts_;  ///< Per SourceId
    std::vector<std::string> paths_;       ///< Per SourceId: `"` and the escaped path, unclosed
    std::vector<ProvisionText> provisions_;
    /// What each thread keeps from chunk to chunk
    mutable detail::ScratchPool<ThreadScratch> scratch_;
    std::array<std::string, 3> truths_;  ///< Per core::Truth, quoted
    /// Per fact of the vocabulary: `,` to its `"value": `, its path quoted
    std::vector<std::string> fact_heads_;
    /// Per SourceId: `,` `"at": ` and the path, unclosed (paths_ after the key)
    std::vector<std::string> at_heads_;
    OutcomeTexts outcomes_;
    detail::FactValues values_;
};

}  // namespace

std::vector<std::string> findings_json(const Report& report,
                                       const std::vector<std::size_t>& indices) {
    FindingFormatter formatter(report);
    std::vector<std::string> out;
    out.reserve(indices.size());
    for (std::size_t i : indices) out.push_back(formatter.one(i));
    return out;
}

void JsonReporter::write(const Report& r, std::ostream& out) const {
    std::string head;
    detail::write_json_head(head, r, threads_);
    out.write(head.data(), static_cast<std::streamsize>(head.size()));
    FindingFormatter formatter(r);
    std::size_t count = r.result.findings.size();
    detail::write_ordered(out, count, kFindingsPerChunk, threads_,
                          [&](std::size_t begin, std::size_t end, detail::JsonSink& sink) {
                              formatter.findings(begin, end, sink);
                          });
    if (count == 0) {
        out.write("]\n}\n", 4);
    } else {
        out.write("\n  ]\n}\n", 7);
    }
}

}  // namespace lexcheck::reports
