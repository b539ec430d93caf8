// Fuzz target for the corpus cache's decoder (parser/src/cache/codec.*): a payload, however
// damaged or forged (the checksum only catches accidents), decodes or is refused, never read
// past its end, crash or allocate beyond its size; and whatever decodes encodes back to a
// payload that decodes to the same measures.
#include "cache/codec.hpp"
#include "measure_file_diff.hpp"

#include "lexcheck/core/arena.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/parser/measures.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace detail = lexcheck::parser::detail;
using lexcheck::core::Measure;

constexpr std::size_t kFacts = 128;  // the vocabulary the entries were written for
constexpr lexcheck::core::SourceId kFile = 3;

/// The payload decoded as load_corpus decodes it (facts in an arena), as a MeasureFile
bool decode(std::string_view payload, lexcheck::parser::MeasureFile& out,
            lexcheck::core::ArenaStore& arenas) {
    auto count = detail::measure_count(payload);
    if (!count) return false;
    std::vector<Measure> measures(*count);
    std::vector<detail::AknRef> akn;
    if (!detail::decode_into(payload, kFile, kFacts, measures.data(), akn, &arenas.new_arena()))
        return false;
    out.measures = std::move(measures);
    out.akn_paths.assign(out.measures.size(), {});
    out.akn_spans.assign(out.measures.size(), {});
    for (detail::AknRef& a : akn) {
        out.akn_paths.at(a.measure) = std::move(a.path);
        out.akn_spans.at(a.measure) = a.span;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view payload(reinterpret_cast<const char*>(data), size);
    (void)detail::checksum(payload);
    lexcheck::core::ArenaStore arenas;
    lexcheck::parser::MeasureFile first;
    if (!decode(payload, first, arenas)) return 0;
    std::string again;
    detail::encode(first, again);
    lexcheck::parser::MeasureFile second;
    std::string diff = decode(again, second, arenas)
                           ? lexcheck::testing::measure_file_diff(first, second)
                           : "its encoding does not decode";
    if (diff.empty()) return 0;
    std::fprintf(stderr, "a decoded payload does not round-trip: %s\n", diff.c_str());
    std::abort();
}
