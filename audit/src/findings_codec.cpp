// Layout (all integers unsigned LEB128, strings length-prefixed; docs/audit.md):
//   "lexcheck-findings-3" as_of summary[12]       (1: without the reasons of LANGUAGE.md §13)
//   strings[]                                     (3 only: the string table, string_table.hpp)
//   paths[] measures-checked[] provisions-checked[]    (3: the ids checked front coded)
//   keys[]: measure provision outcome binding          (finding_keys() stops here)
//   details[]: the rest of each finding, spans as (path index, begin, end)  (3: begin, length)
// Every other text after the string table is, in encoding 3, its index in the table; in
// encodings 1 and 2 it is written out in full where it occurs.
#include "lexcheck/audit/findings_codec.hpp"

#include "byte_stream.hpp"
#include "string_table.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <unordered_map>

namespace lexcheck::audit {

using detail::ByteReader;
using detail::ByteWriter;

namespace {

/// The magic of each encoding, by number: 1 (schema-v1 fixture, runs before reports v2) has no
/// reasons; 2 writes every text in full; 3 has the string table
constexpr std::array<std::string_view, 3> kMagic = {"lexcheck-findings-1", "lexcheck-findings-2",
                                                    "lexcheck-findings-3"};

bool has_reasons(int encoding) {
    return encoding >= 2;
}
bool has_string_table(int encoding) {
    return encoding >= 3;
}

// The one place the encoder reads a step's texts, and the one place the decoder sets them
std::string_view step_label(const core::TraceStep& t) {
    return t.label;
}
std::string_view step_condition(const core::TraceStep& t) {
    return t.condition;
}
void set_step_texts(core::TraceStep& t, std::string_view label, std::string_view condition) {
    t.label = label;
    t.condition = condition;
}

std::array<std::size_t*, 12> summary_fields(checker::Summary& s) {
    return {&s.measures,          &s.provisions,         &s.violation,
            &s.compliant,         &s.undetermined,       &s.not_applicable,
            &s.binding_violation, &s.advisory_violation, &s.binding_undetermined,
            &s.contested,         &s.binding_contested,  &s.binding_contested_violation};
}

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

    void span(ByteWriter& w, core::SourceSpan s) {
        auto [it, fresh] = path_index_.try_emplace(s.file, paths_.size());
        if (fresh) paths_.push_back(sources_.path(s.file));
        w.uint(it->second);
        w.uint(s.begin);
        w.uint(has_string_table(encoding_) ? s.end - s.begin : s.end);  // 3: the length, mod 2^32
    }

    /// The ids of the measures or provisions checked (sorted): front coded in encoding 3
    void ids(ByteWriter& w, const std::vector<std::string_view>& ids) const {
        if (has_string_table(encoding_)) return detail::write_front_coded(w, ids);
        w.uint(ids.size());
        for (std::string_view id : ids) w.str(id);
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
            text(w, step_label(t));
            text(w, step_condition(t));
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
            text(w, e.label);
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
    std::unordered_map<core::SourceId, std::size_t> path_index_;
    std::vector<std::string_view> paths_;
    detail::StringTableWriter table_;
};

[[noreturn]] void mismatch(const std::string& what) {
    throw Error("the stored findings name " + what + ", which the stored inputs do not have",
                "the database was changed after the run was recorded; restore it from a backup");
}

/// Maps the names stored back to indices into the inputs loaded again
class Decoder {
public:
    Decoder(const core::RuleSet& rules, const core::Corpus& corpus,
            const core::SourceManager& sources)
        : rules_(rules) {
        for (std::uint32_t i = 0; i < corpus.measures.size(); ++i)
            measures_.emplace(corpus.measures.head(i).id, i);
        for (core::SourceId i = 0; i < sources.size(); ++i) files_.emplace(sources.path(i), i);
    }

    /// The encoding of the data; from encoding 3 on, its string table has been read
    void set_encoding(int encoding, const detail::StringTableReader* table) {
        encoding_ = encoding;
        table_ = table;
    }

    /// A text: by its index in the string table, or (before encoding 3) in full
    std::string_view text(ByteReader& r) const { return table_ ? table_->at(r) : r.str(); }

    void read_paths(ByteReader& r) {
        std::size_t n = r.count();
        for (std::size_t i = 0; i < n; ++i) {
            std::string path(text(r));
            auto it = files_.find(path);
            if (it == files_.end()) mismatch("file `" + path + "`");
            path_ids_.push_back(it->second);
        }
    }

    std::uint32_t measure(std::string_view id) const {
        auto it = measures_.find(std::string(id));
        if (it == measures_.end()) mismatch("measure `" + std::string(id) + "`");
        return it->second;
    }
    std::uint32_t provision(std::string_view id) const {
        auto p = rules_.find_provision(id);
        if (!p) mismatch("provision `" + std::string(id) + "`");
        return *p;
    }

    core::SourceSpan span(ByteReader& r) const {
        std::uint64_t file = r.uint();
        if (file >= path_ids_.size()) ByteReader::damaged();
        core::SourceSpan s;
        s.file = path_ids_[file];
        s.begin = r.u32();
        s.end = r.u32();
        if (table_) s.end += s.begin;  // encoding 3: the length (modulo 2^32, as written)
        return s;
    }

    std::vector<std::string> strings(ByteReader& r) const {
        std::vector<std::string> v(r.count());
        for (std::string& s : v) s = text(r);
        return v;
    }

    std::vector<core::TraceStep> trace(ByteReader& r) const {
        std::vector<core::TraceStep> steps(r.count());
        for (core::TraceStep& t : steps) {
            t.role = enum_value<core::TraceRole>(r, 5);
            t.depth = static_cast<std::uint16_t>(r.u32());
            std::string_view label = kept(text(r));
            set_step_texts(t, label, kept(text(r)));
            t.value = enum_value<core::Truth>(r, 2);
            t.at = span(r);
            std::vector<core::FactRead> facts(r.count());
            for (core::FactRead& f : facts) {
                f.fact = r.u32();
                f.present = r.uint() != 0;
                f.at = span(r);
            }
            t.facts = store_->keep(facts);
        }
        return steps;
    }

    /// A decoded text, kept in the decoded findings' store (the data it is in goes)
    std::string_view kept(std::string_view s) const {
        return s.empty() ? std::string_view() : store_->keep(s);
    }

    std::vector<core::ReadingOutcome> readings(ByteReader& r) const {
        std::vector<core::ReadingOutcome> out(r.count());
        for (core::ReadingOutcome& o : out) {
            o.chosen.resize(r.count());
            for (core::ChosenReading& c : o.chosen) {
                c.provision = provision(text(r));
                if (r.uint()) {
                    std::string_view id = text(r);
                    auto reading = rules_.find_reading(id);
                    if (!reading) mismatch("reading `" + std::string(id) + "`");
                    c.reading = *reading;
                }
            }
            o.outcome = enum_value<core::Outcome>(r, 4);
            o.defeated_by = text(r);
            o.missing_facts = strings(r);
            o.trace = trace(r);
            if (has_reasons(encoding_)) o.reasons = reasons(r);
        }
        return out;
    }

    core::Reasons reasons(ByteReader& r) const {
        core::Reasons out;
        out.parts.resize(r.count());
        auto index = [&](std::size_t size) {  // stored +1, 0 for none
            std::uint64_t v = r.uint();
            if (v > size) ByteReader::damaged();
            return v == 0 ? core::kNone : static_cast<std::uint32_t>(v - 1);
        };
        for (core::ReasonPart& p : out.parts) {
            p.kind = enum_value<core::ReasonPartKind>(r, 3);
            p.depth = static_cast<std::uint16_t>(r.u32());
            p.value = enum_value<core::Truth>(r, 2);
            p.provision = provision(text(r));
            p.unless = r.u32();
            p.reading = index(rules_.readings.size());
            p.begin = r.u32();
            p.end = r.u32();
        }
        out.steps.resize(r.count());
        for (core::ReasonStep& step : out.steps) {
            step.cond = index(rules_.conditions.size());
            step.value = enum_value<core::Truth>(r, 2);
        }
        for (const core::ReasonPart& p : out.parts) {
            if (p.begin > p.end || p.end > out.steps.size()) ByteReader::damaged();
        }
        return out;
    }

    void details(ByteReader& r, core::Finding& f) const {
        f.store = store_;
        f.basis = enum_value<core::BindingBasis>(r, 6);
        if (r.uint()) f.party_since = core::Date{static_cast<std::int32_t>(r.sint())};
        f.reason = enum_value<core::Reason>(r, 2);
        f.defeated_by = text(r);
        f.missing_facts = strings(r);
        f.trace = trace(r);
        if (has_reasons(encoding_)) f.reasons = reasons(r);
        f.exceptions.resize(r.count());
        for (core::ExceptionTried& e : f.exceptions) {
            e.label = kept(text(r));
            e.value = enum_value<core::Truth>(r, 2);
        }
        f.readings = readings(r);
        if (r.uint()) f.binding_toward = strings(r);
        f.bound_later.resize(r.count());
        for (core::BoundLater& b : f.bound_later) {
            b.state = text(r);
            b.from = core::Date{static_cast<std::int32_t>(r.sint())};
        }
    }

    /// An enum stored as its underlying value, at most `max`
    template <typename E>
    static E enum_value(ByteReader& r, unsigned max) {
        std::uint64_t v = r.uint();
        if (v > max) ByteReader::damaged();
        return static_cast<E>(v);
    }

private:
    const core::RuleSet& rules_;
    std::unordered_map<std::string, std::uint32_t> measures_;
    std::unordered_map<std::string, core::SourceId> files_;
    std::vector<core::SourceId> path_ids_;
    int encoding_ = kFindingsEncoding;
    const detail::StringTableReader* table_ = nullptr;
    /// What the decoded steps view: the rules loaded again may differ from those recorded
    std::shared_ptr<core::TraceStore> store_ = std::make_shared<core::TraceStore>();
};

/// The header up to the paths: as_of and summary into `result`, and from encoding 3 on the
/// string table into `table`; returns the encoding
int read_header(ByteReader& r, checker::CheckResult& result, detail::StringTableReader& table) {
    auto magic = std::find(kMagic.begin(), kMagic.end(), r.str());
    if (magic == kMagic.end()) ByteReader::damaged();
    int encoding = static_cast<int>(magic - kMagic.begin()) + 1;
    result.as_of = core::Date{static_cast<std::int32_t>(r.sint())};
    for (std::size_t* field : summary_fields(result.summary)) *field = r.uint();
    if (has_string_table(encoding)) table.read(r);
    return encoding;
}

/// What Encoder::ids() wrote
std::vector<std::string> read_ids(ByteReader& r, int encoding) {
    if (has_string_table(encoding)) return detail::read_front_coded(r);
    std::vector<std::string> ids(r.count());
    for (std::string& id : ids) id = r.str();
    return ids;
}

}  // namespace

int encoding_of(std::string_view data) {
    checker::CheckResult header;
    detail::StringTableReader table;
    ByteReader r(data);
    return read_header(r, header, table);
}

std::string encode_findings(const checker::CheckResult& result, const core::RuleSet& rules,
                            const core::Corpus& corpus, const core::SourceManager& sources,
                            int encoding) {
    Encoder enc(rules, sources, encoding);
    // The measures and provisions checked, sorted: in encoding 3 front coded, outside the
    // string table (100,000 ids in a hash table would cost more than it saves)
    std::vector<std::string_view> ids;
    ids.reserve(result.measures.size());
    for (std::uint32_t m : result.measures) ids.push_back(corpus.measures.head(m).id);
    ByteWriter checked;
    enc.ids(checked, ids);
    ids.clear();
    for (std::uint32_t p : result.provisions) ids.push_back(rules.provisions[p].id.text);
    enc.ids(checked, ids);
    ByteWriter keys, details;
    keys.uint(result.findings.size());
    for (const core::Finding& f : result.findings) {
        enc.text(keys, corpus.measures.head(f.measure).id);  // head: no Measure built
        enc.text(keys, rules.provisions[f.provision].id.text);
        keys.uint(static_cast<unsigned>(f.outcome));
        keys.uint(f.binding);
        enc.details(details, f);
    }
    ByteWriter out;
    out.str(kMagic.at(static_cast<std::size_t>(encoding - 1)));
    out.sint(result.as_of.days);
    checker::Summary summary = result.summary;
    for (std::size_t* field : summary_fields(summary)) out.uint(*field);
    ByteWriter paths;  // known once the details are written, and before the table
    enc.paths(paths);
    enc.table(out);
    for (const ByteWriter* part : {&paths, &checked, &keys, &details}) out.append(part->view());
    return out.take();
}

checker::CheckResult decode_findings(std::string_view data, const core::RuleSet& rules,
                                     const core::Corpus& corpus,
                                     const core::SourceManager& sources) {
    checker::CheckResult result;
    ByteReader r(data);
    detail::StringTableReader table;
    int encoding = read_header(r, result, table);
    Decoder dec(rules, corpus, sources);
    dec.set_encoding(encoding, has_string_table(encoding) ? &table : nullptr);
    dec.read_paths(r);
    for (const std::string& id : read_ids(r, encoding)) result.measures.push_back(dec.measure(id));
    for (const std::string& id : read_ids(r, encoding))
        result.provisions.push_back(dec.provision(id));
    result.findings.resize(r.count());
    for (core::Finding& f : result.findings) {
        f.measure = dec.measure(dec.text(r));
        f.provision = dec.provision(dec.text(r));
        f.outcome = Decoder::enum_value<core::Outcome>(r, 4);
        f.binding = r.uint() != 0;
    }
    for (core::Finding& f : result.findings) dec.details(r, f);
    if (!r.at_end()) ByteReader::damaged();
    return result;
}

std::vector<FindingKey> finding_keys(std::string_view data) {
    checker::CheckResult header;
    ByteReader r(data);
    detail::StringTableReader table;
    int encoding = read_header(r, header, table);
    auto text = [&] { return has_string_table(encoding) ? table.at(r) : r.str(); };
    std::size_t paths = r.count();
    for (std::size_t i = 0; i < paths; ++i) text();
    read_ids(r, encoding);  // measures
    read_ids(r, encoding);  // provisions
    std::vector<FindingKey> keys(r.count());
    for (FindingKey& k : keys) {
        k.measure = text();
        k.provision = text();
        k.outcome = Decoder::enum_value<core::Outcome>(r, 4);
        k.binding = r.uint() != 0;
    }
    return keys;
}

}  // namespace lexcheck::audit
