// Layout (all integers unsigned LEB128, strings length-prefixed; docs/audit.md):
//   "lexcheck-findings-2" as_of summary[12]       (1: without the reasons of LANGUAGE.md §13)
//   paths[] measures-checked[] provisions-checked[]
//   keys[]: measure provision outcome binding          (finding_keys() stops here)
//   details[]: the rest of each finding, spans as (path index, begin, end)
#include "lexcheck/audit/findings_codec.hpp"

#include "byte_stream.hpp"

#include <array>
#include <memory>
#include <unordered_map>

namespace lexcheck::audit {

using detail::ByteReader;
using detail::ByteWriter;

namespace {

constexpr std::string_view kMagic = "lexcheck-findings-2";
/// Encoding 1 (schema-v1 fixture, runs before reports v2): no reasons
constexpr std::string_view kMagicWithoutReasons = "lexcheck-findings-1";

std::array<std::size_t*, 12> summary_fields(checker::Summary& s) {
    return {&s.measures,          &s.provisions,         &s.violation,
            &s.compliant,         &s.undetermined,       &s.not_applicable,
            &s.binding_violation, &s.advisory_violation, &s.binding_undetermined,
            &s.contested,         &s.binding_contested,  &s.binding_contested_violation};
}

/// Writes the parts of findings that refer to files, measures and provisions by name
class Encoder {
public:
    Encoder(const core::RuleSet& rules, const core::SourceManager& sources)
        : rules_(rules), sources_(sources) {}

    void span(ByteWriter& w, core::SourceSpan s) {
        auto [it, fresh] = path_index_.try_emplace(s.file, paths_.size());
        if (fresh) paths_.push_back(sources_.path(s.file));
        w.uint(it->second);
        w.uint(s.begin);
        w.uint(s.end);
    }

    void strings(ByteWriter& w, const std::vector<std::string>& v) {
        w.uint(v.size());
        for (const std::string& s : v) w.str(s);
    }

    void trace(ByteWriter& w, const std::vector<core::TraceStep>& steps) {
        w.uint(steps.size());
        for (const core::TraceStep& t : steps) {
            w.uint(static_cast<unsigned>(t.role));
            w.uint(t.depth);
            w.str(t.label);
            w.str(t.condition);
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
                w.str(rules_.provisions[c.provision].id.text);
                w.uint(c.reading != core::kNone);
                if (c.reading != core::kNone) w.str(rules_.readings[c.reading].id.text);
            }
            w.uint(static_cast<unsigned>(r.outcome));
            w.str(r.defeated_by);
            strings(w, r.missing_facts);
            trace(w, r.trace);
            if (with_reasons_) reasons(w, r.reasons);
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
            w.str(rules_.provisions[p.provision].id.text);
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
        w.str(f.defeated_by);
        strings(w, f.missing_facts);
        trace(w, f.trace);
        if (with_reasons_) reasons(w, f.reasons);
        w.uint(f.exceptions.size());
        for (const core::ExceptionTried& e : f.exceptions) {
            w.str(e.label);
            w.uint(static_cast<unsigned>(e.value));
        }
        readings(w, f.readings);
        w.uint(f.binding_toward.has_value());
        if (f.binding_toward) strings(w, *f.binding_toward);
        w.uint(f.bound_later.size());
        for (const core::BoundLater& b : f.bound_later) {
            w.str(b.state);
            w.sint(b.from.days);
        }
    }

    const std::vector<std::string>& paths() const { return paths_; }

    bool with_reasons_ = true;  ///< False for encoding 1

private:
    const core::RuleSet& rules_;
    const core::SourceManager& sources_;
    std::unordered_map<core::SourceId, std::size_t> path_index_;
    std::vector<std::string> paths_;
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

    void read_paths(ByteReader& r) {
        std::size_t n = r.count();
        for (std::size_t i = 0; i < n; ++i) {
            std::string path(r.str());
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
        return s;
    }

    static std::vector<std::string> strings(ByteReader& r) {
        std::vector<std::string> v(r.count());
        for (std::string& s : v) s = r.str();
        return v;
    }

    std::vector<core::TraceStep> trace(ByteReader& r) const {
        std::vector<core::TraceStep> steps(r.count());
        for (core::TraceStep& t : steps) {
            t.role = enum_value<core::TraceRole>(r, 5);
            t.depth = static_cast<std::uint16_t>(r.u32());
            t.label = text(r);
            t.condition = text(r);
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

    /// A step's text, kept in the decoded findings' store
    std::string_view text(ByteReader& r) const {
        std::string_view s = r.str();
        return s.empty() ? std::string_view() : store_->keep(s);
    }

    std::vector<core::ReadingOutcome> readings(ByteReader& r) const {
        std::vector<core::ReadingOutcome> out(r.count());
        for (core::ReadingOutcome& o : out) {
            o.chosen.resize(r.count());
            for (core::ChosenReading& c : o.chosen) {
                c.provision = provision(r.str());
                if (r.uint()) {
                    std::string_view id = r.str();
                    auto reading = rules_.find_reading(id);
                    if (!reading) mismatch("reading `" + std::string(id) + "`");
                    c.reading = *reading;
                }
            }
            o.outcome = enum_value<core::Outcome>(r, 4);
            o.defeated_by = r.str();
            o.missing_facts = strings(r);
            o.trace = trace(r);
            if (with_reasons_) o.reasons = reasons(r);
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
            p.provision = provision(r.str());
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

    bool with_reasons_ = true;  ///< False for encoding 1

    void details(ByteReader& r, core::Finding& f) const {
        f.store = store_;
        f.basis = enum_value<core::BindingBasis>(r, 6);
        if (r.uint()) f.party_since = core::Date{static_cast<std::int32_t>(r.sint())};
        f.reason = enum_value<core::Reason>(r, 2);
        f.defeated_by = r.str();
        f.missing_facts = strings(r);
        f.trace = trace(r);
        if (with_reasons_) f.reasons = reasons(r);
        f.exceptions.resize(r.count());
        for (core::ExceptionTried& e : f.exceptions) {
            e.label = text(r);
            e.value = enum_value<core::Truth>(r, 2);
        }
        f.readings = readings(r);
        if (r.uint()) f.binding_toward = strings(r);
        f.bound_later.resize(r.count());
        for (core::BoundLater& b : f.bound_later) {
            b.state = r.str();
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
    /// What the decoded steps view: the rules loaded again may differ from those recorded
    std::shared_ptr<core::TraceStore> store_ = std::make_shared<core::TraceStore>();
};

/// The header up to the keys: as_of and summary into `result`; whether the data has reasons
bool read_header(ByteReader& r, checker::CheckResult& result) {
    std::string_view magic = r.str();
    if (magic != kMagic && magic != kMagicWithoutReasons) ByteReader::damaged();
    result.as_of = core::Date{static_cast<std::int32_t>(r.sint())};
    for (std::size_t* field : summary_fields(result.summary)) *field = r.uint();
    return magic == kMagic;
}

}  // namespace

bool has_reasons(std::string_view data) {
    checker::CheckResult header;
    ByteReader r(data);
    return read_header(r, header);
}

std::string encode_findings(const checker::CheckResult& result, const core::RuleSet& rules,
                            const core::Corpus& corpus, const core::SourceManager& sources,
                            bool reasons) {
    Encoder enc(rules, sources);
    enc.with_reasons_ = reasons;
    ByteWriter keys, details;
    keys.uint(result.findings.size());
    for (const core::Finding& f : result.findings) {
        keys.str(corpus.measures.head(f.measure).id);  // head: no Measure built
        keys.str(rules.provisions[f.provision].id.text);
        keys.uint(static_cast<unsigned>(f.outcome));
        keys.uint(f.binding);
        enc.details(details, f);
    }
    ByteWriter out;
    out.str(reasons ? kMagic : kMagicWithoutReasons);
    out.sint(result.as_of.days);
    checker::Summary summary = result.summary;
    for (std::size_t* field : summary_fields(summary)) out.uint(*field);
    enc.strings(out, enc.paths());
    out.uint(result.measures.size());
    for (std::uint32_t m : result.measures) out.str(corpus.measures.head(m).id);
    out.uint(result.provisions.size());
    for (std::uint32_t p : result.provisions) out.str(rules.provisions[p].id.text);
    out.bytes() += keys.bytes();
    out.bytes() += details.bytes();
    return std::move(out.bytes());
}

checker::CheckResult decode_findings(std::string_view data, const core::RuleSet& rules,
                                     const core::Corpus& corpus,
                                     const core::SourceManager& sources) {
    checker::CheckResult result;
    ByteReader r(data);
    bool with_reasons = read_header(r, result);
    Decoder dec(rules, corpus, sources);
    dec.with_reasons_ = with_reasons;
    dec.read_paths(r);
    result.measures.resize(r.count());
    for (std::uint32_t& m : result.measures) m = dec.measure(r.str());
    result.provisions.resize(r.count());
    for (std::uint32_t& p : result.provisions) p = dec.provision(r.str());
    result.findings.resize(r.count());
    for (core::Finding& f : result.findings) {
        f.measure = dec.measure(r.str());
        f.provision = dec.provision(r.str());
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
    read_header(r, header);
    for (int table = 0; table < 3; ++table) {  // paths, measures, provisions
        std::size_t n = r.count();
        for (std::size_t i = 0; i < n; ++i) r.str();
    }
    std::vector<FindingKey> keys(r.count());
    for (FindingKey& k : keys) {
        k.measure = r.str();
        k.provision = r.str();
        k.outcome = Decoder::enum_value<core::Outcome>(r, 4);
        k.binding = r.uint() != 0;
    }
    return keys;
}

}  // namespace lexcheck::audit
