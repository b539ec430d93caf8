#include "json_head.hpp"

#include "json_text.hpp"
#include "source_changes.hpp"

#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/core/parallel.hpp"
#include "lexcheck/core/version.hpp"

#include <algorithm>

namespace lexcheck::reports::detail {

namespace {

/// The measures with a `replaces` (LANGUAGE.md §10), by head: a measure read in place from the
/// cache is built only if it has one (core::MeasureList), not to learn that it has none. On
/// `threads`: reading 100,000 heads took 12.7 M instructions on the calling thread before any
/// finding was written (callgrind, issue 20).
std::vector<std::size_t> with_replaces(const core::MeasureList& measures, unsigned threads) {
    constexpr std::size_t kBlock = 16384;
    const std::size_t n = measures.size();
    std::vector<std::vector<std::size_t>> found((n + kBlock - 1) / kBlock);
    core::parallel_for(found.size(), threads, [&](std::size_t b) {
        for (std::size_t i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i) {
            if (measures.head(i).replaces) found[b].push_back(i);
        }
    });
    std::vector<std::size_t> all;
    for (const std::vector<std::size_t>& block : found)
        all.insert(all.end(), block.begin(), block.end());
    return all;
}

/// LANGUAGE.md §10: every `replaces` link of the corpus, by measure, so that `lexcheck diff`
/// can pair a chain's versions as `impact` does (docs/json-format.md); only when there is one
void write_versions(std::string& out, const Report& r, unsigned threads) {
    std::vector<const core::Measure*> linked;
    for (std::size_t i : with_replaces(r.corpus.measures, threads)) {
        const core::Measure& m = r.corpus.measures[i];
        if (m.replaces_index != core::kNone) linked.push_back(&m);
    }
    std::sort(linked.begin(), linked.end(), [](const core::Measure* a, const core::Measure* b) {
        return core::natural_less(a->id, b->id);
    });
    bool first = true;
    for (const core::Measure* linked_measure : linked) {
        const core::Measure& m = *linked_measure;
        out += (first ? "\n  \"versions\": [\n    {\n      \"measure\": "
                      : ",\n    {\n      \"measure\": ");
        first = false;
        append_json_string(out, m.id);
        out += ",\n      \"replaces\": ";
        append_json_string(out, m.replaces);
        out += ",\n      \"in_force\": ";
        append_json_string(out, core::format_date(*m.in_force));
        out += "\n    }";
    }
    if (!first) out += "\n  ],";
}

}  // namespace

void write_json_head(std::string& out, const Report& r, unsigned threads) {
    const checker::Summary& s = r.result.summary;
    out += "{\n  \"tool\": \"lexcheck\",\n  \"version\": ";
    append_json_string(out, core::version());
    out += ",\n  \"as_of\": ";
    append_json_string(out, core::format_date(r.result.as_of));
    if (r.timestamp) {
        out += ",\n  \"timestamp\": ";
        append_json_string(out, *r.timestamp);
    }
    out += ",\n  ";
    append_json_inputs(out, r.inputs);
    out += ",\n  \"summary\": {\n    \"measures\": ";
    append_json_uint(out, s.measures);
    out += ",\n    \"measures_not_in_force\": ";
    append_json_uint(out, s.measures_not_in_force);
    out += ",\n    \"provisions\": ";
    append_json_uint(out, s.provisions);
    out += ",\n    \"violation\": ";
    append_json_uint(out, s.violation);
    out += ",\n    \"compliant\": ";
    append_json_uint(out, s.compliant);
    out += ",\n    \"undetermined\": ";
    append_json_uint(out, s.undetermined);
    out += ",\n    \"not_applicable\": ";
    append_json_uint(out, s.not_applicable);
    out += ",\n    \"contested\": ";
    append_json_uint(out, s.contested);
    out += "\n  },";
    write_versions(out, r, threads);
    write_json_source_changes(r.source_changes, out);
    out += "\n  \"findings\": [";
}

}  // namespace lexcheck::reports::detail
