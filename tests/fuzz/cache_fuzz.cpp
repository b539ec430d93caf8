// Fuzz target for the corpus cache's decoder (parser/corpus/src/cache/codec.*): a payload,
// however damaged or forged (the checksum only catches accidents), decodes or is refused,
// never read past its end, crash or allocate beyond its size; whatever decodes holds only
// values a measure file could give, and encodes back to a payload that decodes the same.
#include "cache/codec.hpp"
#include "cache/image.hpp"
#include "measure_file_diff.hpp"

#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/schema.hpp"
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

constexpr lexcheck::core::SourceId kFile = 3;

/// The vocabulary the seed entries were written for: a fact of every type (the one of
/// measures_fuzz, built here without the rule parser)
const std::vector<detail::FactShape>& shapes() {
    static const std::vector<detail::FactShape> s = [] {
        using lexcheck::core::Type;
        using lexcheck::core::TypeKind;
        lexcheck::core::Schema v;
        auto kind = v.add_enum({"measure_kind", {}, {"entry_ban", "expulsion"}, {}});
        auto person = v.add_enum({"person", {}, {"eaeu_worker", "foreign_national"}, {}});
        auto scope =
            v.add_enum({"offence_scope", {}, {"migration_regime", "any_administrative"}, {}});
        v.add_fact({"kind", Type{TypeKind::enumeration, kind}, "", {}});
        v.add_fact({"applies_to", Type{TypeKind::set, person}, "", {}});
        v.add_fact({"mandatory", Type{TypeKind::boolean}, "", {}});
        v.add_fact({"trigger.offence_count", Type{TypeKind::integer}, "", {}});
        v.add_fact({"trigger.window", Type{TypeKind::duration}, "", {}});
        v.add_fact({"trigger.offence_scope", Type{TypeKind::enumeration, scope}, "", {}});
        v.add_fact({"exempts", Type{TypeKind::set, person}, "", {}});
        v.add_fact({"fine.ratio", Type{TypeKind::number}, "", {}});
        v.add_fact({"ban.duration", Type{TypeKind::duration}, "", {}});
        v.add_fact({"decided", Type{TypeKind::date}, "", {}});
        v.add_fact({"note", Type{TypeKind::text}, "", {}});
        v.add_fact({"origin_state", Type{TypeKind::state}, "", {}});
        return detail::fact_shapes(v);
    }();
    return s;
}

/// The payload decoded as a cache miss's rebuild decodes it, as a MeasureFile
bool decode(std::string_view payload, lexcheck::parser::MeasureFile& out) {
    auto count = detail::measure_count(payload);
    if (!count) return false;
    std::vector<Measure> measures(*count);
    std::vector<detail::AknRef> akn;
    if (!detail::decode_into(payload, kFile, shapes(), measures.data(), akn)) return false;
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
    if (auto apart = detail::Image::apart(payload, payload.size()))
        (void)detail::checksum(payload, *apart);
    lexcheck::parser::MeasureFile first;
    if (!decode(payload, first)) return 0;
    std::string again;
    detail::encode(first, {}, again);  // no text: every position 1:1 (not compared)
    lexcheck::parser::MeasureFile second;
    std::string diff = decode(again, second) ? lexcheck::testing::measure_file_diff(first, second)
                                             : "its encoding does not decode";
    if (diff.empty()) return 0;
    std::fprintf(stderr, "a decoded payload does not round-trip: %s\n", diff.c_str());
    std::abort();
}
