// Writes findings in encoding 1 to 5 (findings_layout.hpp, docs/audit.md).
#include "byte_stream.hpp"
#include "findings_layout.hpp"
#include "string_table.hpp"

#include <cstdint>
#include <limits>

namespace lexcheck::audit {

using detail::ByteWriter;
using namespace detail;

namespace {

/// Writes the parts of findings that refer to files, measures and provisions by name
class Encoder {
public:
    Encoder(const core::RuleSet& rules, const core::SourceManager& sources, int encoding)
        : rules_(rules), sources_(sources), encoding_(encoding) {}

    /// A text: its index in the string table, or (before encoding 3) the text itself
    void text(ByteWriter& w, std::string_view s) {
        if (has_string_table(encoding_)) {
            w.uint(table_.index(s));
        } else {
            w.str(s);
        }
    }

    /// A label or condition of a trace: a view into the findings' core::TraceStore (or the
    /// rules), which keeps each distinct text once and does not change while they are encoded,
    /// so its address and length identify it. Looked up by them first: most steps repeat a
    /// text seen shortly before, and its bytes are then not hashed again. Same index as text().
    void stored_text(ByteWriter& w, std::string_view s) {
        if (!has_string_table(encoding_)) return w.str(s);
        auto address = reinterpret_cast<std::uintptr_t>(s.data());
        Seen& seen = seen_[(address >> 3) & (seen_.size() - 1)];
        if (seen.data != s.data() || seen.size != s.size())
            seen = {s.data(), s.size(), table_.index(s)};
        w.uint(seen.index);
    }

    void span(ByteWriter& w, core::SourceSpan s) {
        if (s.file >= path_index_.size()) path_index_.resize(s.file + 1, kNoPath);
        std::uint32_t& index = path_index_[s.file];
        if (index == kNoPath) {
            index = static_cast<std::uint32_t>(paths_.size());
            paths_.push_back(sources_.path(s.file));
        }
        w.uint(index);
        w.uint(s.begin);
        w.uint(has_string_table(encoding_) ? s.end - s.begin : s.end);  // 3: the length, mod 2^32
    }

    /// The `count` ids of the measures or provisions checked (sorted), the i-th `id_at(i)`:
    /// front coded in encoding 3
    template <class IdAt>
    void ids(ByteWriter& w, std::size_t count, const IdAt& id_at) const {
        if (has_string_table(encoding_)) return detail::write_front_coded(w, count, id_at);
        w.uint(count);
        for (std::size_t i = 0; i < count; ++i) w.str(id_at(i));
    }

    /// The measures checked (sorted by id). From encoding 5 on, a check of every measure of
    /// the corpus (the usual case: no jurisdiction filter, none left out) is a flag: their ids
    /// were 3 bytes each, 100,000 of them, each looked up and compared with the one before.
    /// `measures` are distinct measures of `list` (checker::check), so as many is all of them.
    void measures_checked(ByteWriter& w, const std::vector<std::uint32_t>& measures,
                          const core::MeasureList& list) const {
        if (has_every_measure_flag(encoding_)) {
            const bool every = measures.size() == list.size();
            w.uint(every);
            if (every) return;
        }
        ids(w, measures.size(), [&](std::size_t i) { return list.head(measures[i]).id; });
    }

    void strings(ByteWriter& w, const std::vector<std::string>& v) {
        w.uint(v.size());
        for (const std::string& s : v) text(w, s);
    }

    void trace(ByteWriter& w, const std::vector<core::TraceStep>& steps) {
        w.uint(steps.size());
        for (const core::TraceStep& t : steps) {
            w.uint(static_cast<unsigned>(t.role));
            w.uint(t.depth);
            stored_text(w, t.label);
            stored_text(w, t.condition);
            w.uint(static_cast<unsigned>(t.value));
            span(w, t.at);
            w.uint(t.facts.size());
            for (const core::FactRead& f : t.facts) {
                w.uint(f.fact);
                w.uint(f.present);
                span(w, f.at);
            }
        }
    }

    void readings(ByteWriter& w, const std::vector<core::ReadingOutcome>& readings) {
        w.uint(readings.size());
        for (const core::ReadingOutcome& r : readings) {
            w.uint(r.chosen.size());
            for (const core::ChosenReading& c : r.chosen) {
                text(w, rules_.provisions[c.provision].id.text);
                w.uint(c.reading != core::kNone);
                if (c.reading != core::kNone) text(w, rules_.readings[c.reading].id.text);
            }
            w.uint(static_cast<unsigned>(r.outcome));
            text(w, r.defeated_by);
            strings(w, r.missing_facts);
            trace(w, r.trace);
            if (has_reasons(encoding_)) reasons(w, r.reasons);
        }
    }

    /// Conditions and readings by their index in the rule set: the same rule files load into
    /// the same arena (replay would show it if they did not)
    void reasons(ByteWriter& w, const core::Reasons& reasons) {
        w.uint(reasons.parts.size());
        for (const core::ReasonPart& p : reasons.parts) {
            w.uint(static_cast<unsigned>(p.kind));
            w.uint(p.depth);
            w.uint(static_cast<unsigned>(p.value));
            text(w, rules_.provisions[p.provision].id.text);
            w.uint(p.unless);
            w.uint(p.reading == core::kNone ? 0 : std::uint64_t{p.reading} + 1);
            w.uint(p.begin);
            w.uint(p.end);
        }
        w.uint(reasons.steps.size());
        for (const core::ReasonStep& step : reasons.steps) {
            w.uint(step.cond == core::kNone ? 0 : std::uint64_t{step.cond} + 1);
            w.uint(static_cast<unsigned>(step.value));
        }
    }

    void details(ByteWriter& w, const core::Finding& f) {
        w.uint(static_cast<unsigned>(f.basis));
        w.uint(f.party_since.has_value());
        if (f.party_since) w.sint(f.party_since->days);
        w.uint(static_cast<unsigned>(f.reason));
        text(w, f.defeated_by);
        strings(w, f.missing_facts);
        trace(w, f.trace);
        if (has_reasons(encoding_)) reasons(w, f.reasons);
        w.uint(f.exceptions.size());
        for (const core::ExceptionTried& e : f.exceptions) {
            stored_text(w, e.label);
            w.uint(static_cast<unsigned>(e.value));
        }
        readings(w, f.readings);
        w.uint(f.binding_toward.has_value());
        if (f.binding_toward) strings(w, *f.binding_toward);
        w.uint(f.bound_later.size());
        for (const core::BoundLater& b : f.bound_later) {
            text(w, b.state);
            w.sint(b.from.days);
        }
    }

    /// The files the spans named, in the order of their indices
    void paths(ByteWriter& w) {
        w.uint(paths_.size());
        for (std::string_view p : paths_) text(w, p);
    }

    /// The string table (encoding 3), once every text has been written
    void table(ByteWriter& w) const {
        if (has_string_table(encoding_)) table_.write(w);
    }

private:
    const core::RuleSet& rules_;
    const core::SourceManager& sources_;
    int encoding_;
    static constexpr std::uint32_t kNoPath = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> path_index_;  ///< By SourceId: the path's index, or kNoPath
    struct Seen {
        const char* data = nullptr;
        std::size_t size = std::numeric_limits<std::size_t>::max();  ///< Matches no text
        std::uint32_t index = 0;
    };
    std::vector<Seen> seen_ =
        std::vector<Seen>(1024);  ///< stored_text()'s recent texts (a power of 2)
    std::vector<std::string_view> paths_;
    detail::StringTableWriter table_;
};

}  // namespace

std::string encode_findings(const checker::CheckResult& result, const core::RuleSet& rules,
                            const core::Corpus& corpus, const core::SourceManager& sources,
                            int encoding) {
    Encoder enc(rules, sources, encoding);
    // The measures and provisions checked, sorted: in encoding 3 front coded, outside the
    // string table (100,000 ids in a hash table would cost more than it saves)
    ByteWriter checked;
    enc.measures_checked(checked, result.measures, corpus.measures);
    enc.ids(checked, result.provisions.size(), [&](std::size_t i) -> std::string_view {
        return rules.provisions[result.provisions[i]].id.text;
    });
    ByteWriter keys, details;
    keys.uint(result.findings.size());
    for (const core::Finding& f : result.findings) {
        enc.text(keys, corpus.measures.head(f.measure).id);  // head: no Measure built
        enc.text(keys, rules.provisions[f.provision].id.text);
        keys.uint(static_cast<unsigned>(f.outcome));
        keys.uint(f.binding);
        enc.details(details, f);
    }
    ByteWriter head;
    head.str(kMagic.at(static_cast<std::size_t>(encoding - 1)));
    head.sint(result.as_of.days);
    checker::Summary summary = result.summary;
    for (std::size_t* field : summary_fields(summary)) head.uint(*field);
    if (has_measures_left_out(encoding)) head.uint(summary.measures_not_in_force);
    ByteWriter paths;  // known once the details are written, and before the table
    enc.paths(paths);
    enc.table(head);
    return detail::join({&head, &paths, &checked, &keys, &details});
}

}  // namespace lexcheck::audit
