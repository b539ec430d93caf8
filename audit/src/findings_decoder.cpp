// Reads findings of every encoding (findings_layout.hpp, docs/audit.md) back into a
// CheckResult over the inputs loaded again, or just their keys.
#include "byte_stream.hpp"
#include "findings_layout.hpp"
#include "string_table.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <algorithm>
#include <memory>
#include <numeric>
#include <unordered_map>

namespace lexcheck::audit {

using detail::ByteReader;
using namespace detail;

namespace {

[[noreturn]] void mismatch(const std::string& what) {
    throw Error("the stored findings name " + what + ", which the stored inputs do not have",
                "the database was changed after the run was recorded; restore it from a backup");
}

/// What Encoder::ids() wrote
std::vector<std::string> read_ids(ByteReader& r, int encoding) {
    if (has_string_table(encoding)) return detail::read_front_coded(r);
    std::vector<std::string> ids(r.count());
    for (std::string& id : ids) id = r.str();
    return ids;
}

/// Whether the measures checked were every measure of the corpus (encoding 5's flag: their
/// ids then follow only when it is 0); never before encoding 5
bool every_measure_checked(ByteReader& r, int encoding) {
    if (!has_every_measure_flag(encoding)) return false;
    std::uint64_t flag = r.uint();
    if (flag > 1) ByteReader::damaged();
    return flag == 1;
}

/// Maps the names stored back to indices into the inputs loaded again
class Decoder {
public:
    Decoder(const core::RuleSet& rules, const core::Corpus& corpus,
            const core::SourceManager& sources)
        : rules_(rules), corpus_(corpus) {
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
    /// What Encoder::measures_checked() wrote, as indices into the corpus loaded again
    std::vector<std::uint32_t> measures_checked(ByteReader& r) const {
        if (every_measure_checked(r, encoding_)) return every_measure();
        std::vector<std::uint32_t> out;
        for (const std::string& id : read_ids(r, encoding_)) out.push_back(measure(id));
        return out;
    }

    /// Every measure of the corpus in id order, as checker::check lists them (the loaders
    /// give them in that order already; sorted only when they do not)
    std::vector<std::uint32_t> every_measure() const {
        std::vector<std::uint32_t> all(corpus_.measures.size());
        std::iota(all.begin(), all.end(), 0u);
        auto by_id = [&](std::uint32_t a, std::uint32_t b) {
            return core::natural_less(corpus_.measures.head(a).id, corpus_.measures.head(b).id);
        };
        if (!std::is_sorted(all.begin(), all.end(), by_id))
            std::sort(all.begin(), all.end(), by_id);
        return all;
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
            t.label = kept(text(r));  // the label is stored first
            t.condition = kept(text(r));
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
        std::vector<core::ReasonPart> parts(r.count());
        auto index = [&](std::size_t size) {  // stored +1, 0 for none
            std::uint64_t v = r.uint();
            if (v > size) ByteReader::damaged();
            return v == 0 ? core::kNone : static_cast<std::uint32_t>(v - 1);
        };
        for (core::ReasonPart& p : parts) {
            p.kind = enum_value<core::ReasonPartKind>(r, 3);
            p.depth = static_cast<std::uint16_t>(r.u32());
            p.value = enum_value<core::Truth>(r, 2);
            p.provision = provision(text(r));
            p.unless = r.u32();
            p.reading = index(rules_.readings.size());
            p.begin = r.u32();
            p.end = r.u32();
        }
        std::vector<core::ReasonStep> steps(r.count());
        for (core::ReasonStep& step : steps) {
            step.cond = index(rules_.conditions.size());
            step.value = enum_value<core::Truth>(r, 2);
        }
        for (const core::ReasonPart& p : parts) {
            if (p.begin > p.end || p.end > steps.size()) ByteReader::damaged();
        }
        return {store_->keep_array<core::ReasonPart>(parts),
                store_->keep_array<core::ReasonStep>(steps)};
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
        std::vector<core::ExceptionTried> exceptions(r.count());
        for (core::ExceptionTried& e : exceptions) {
            e.label = kept(text(r));
            e.value = enum_value<core::Truth>(r, 2);
        }
        f.exceptions = store_->keep_array<core::ExceptionTried>(exceptions);
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
    const core::Corpus& corpus_;
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
    if (has_measures_left_out(encoding)) result.summary.measures_not_in_force = r.uint();
    if (has_string_table(encoding)) table.read(r);
    return encoding;
}

}  // namespace

int encoding_of(std::string_view data) {
    checker::CheckResult header;
    detail::StringTableReader table;
    ByteReader r(data);
    return read_header(r, header, table);
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
    result.measures = dec.measures_checked(r);
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
    if (!every_measure_checked(r, encoding)) read_ids(r, encoding);  // measures
    read_ids(r, encoding);                                           // provisions
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
