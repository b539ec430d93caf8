// Fuzz target for the JSON report reader of `lexcheck diff` (delta/read_report.hpp): any bytes
// must be read or refused with an error in words, never crash. What is read goes through
// everything `diff` does with it: each finding's detail, the delta of the report with itself
// (nothing may change) and every view.
#include "lexcheck/delta/delta.hpp"
#include "lexcheck/delta/read_report.hpp"
#include "lexcheck/delta/render.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace lexcheck;
    delta::ReadReport r =
        delta::read_report(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!r.error.empty()) return 0;
    for (const delta::Finding& f : r.side.findings) (void)delta::finding_detail(f.json);
    delta::Delta d = delta::compute(r.side, r.side);
    // A report compared with itself changes nothing, unless two findings share a measure and
    // provision or `versions` pairs one measure's findings with another's (a report of `check`
    // lists no finding of a replaced measure; the fuzzer may write them).
    std::set<std::pair<std::string, std::string>> pairs;
    for (const delta::Finding& f : r.side.findings) pairs.emplace(f.measure, f.provision);
    if (r.side.links.empty() && pairs.size() == r.side.findings.size() &&
        d.added + d.removed + d.changed != 0)
        std::abort();
    delta::Header h{"diff", "fuzz", r.side.as_of, r.inputs, r.source_changes};
    for (const std::string& format : delta::formats()) {
        std::ostringstream out;
        (void)delta::write(format, h, r.side, r.side, d, out);
    }
    return 0;
}
