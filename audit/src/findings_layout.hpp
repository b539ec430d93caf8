// What the findings encoder and decoder share: the encodings' magic and what each holds, the
// summary's fields in their stored order.
// Layout of the findings (all integers unsigned LEB128, strings length-prefixed; docs/audit.md):
//   "lexcheck-findings-3" as_of summary[12]       (1: without the reasons of LANGUAGE.md §13)
//   strings[]                                     (3 only: the string table, string_table.hpp)
//   paths[] measures-checked[] provisions-checked[]    (3: the ids checked front coded;
//                                                      5: measures-checked opens with a flag,
//                                                      1 for every measure of the corpus, and
//                                                      lists the ids only when it is 0)
//   keys[]: measure provision outcome binding          (finding_keys() stops here)
//   details[]: the rest of each finding, spans as (path index, begin, end)  (3: begin, length)
// Every other text after the string table is, in encoding 3, its index in the table; in
// encodings 1 and 2 it is written out in full where it occurs.
#pragma once

#include "lexcheck/audit/findings_codec.hpp"

#include <array>
#include <string_view>

namespace lexcheck::audit::detail {

/// The magic of each encoding, by number: 1 (schema-v1 fixture, runs before reports v2) has no
/// reasons; 2 writes every text in full; 3 has the string table; 4 keeps how many measures were
/// left out as not in force (reports say so; before 4 a stored run's report could not); 5 stores
/// "every measure of the corpus was checked" as a flag instead of their ids
constexpr std::array<std::string_view, 5> kMagic = {"lexcheck-findings-1", "lexcheck-findings-2",
                                                    "lexcheck-findings-3", "lexcheck-findings-4",
                                                    "lexcheck-findings-5"};

inline bool has_reasons(int encoding) {
    return encoding >= 2;
}
inline bool has_string_table(int encoding) {
    return encoding >= 3;
}
inline bool has_measures_left_out(int encoding) {
    return encoding >= 4;
}
inline bool has_every_measure_flag(int encoding) {
    return encoding >= 5;
}

inline std::array<std::size_t*, 12> summary_fields(checker::Summary& s) {
    return {&s.measures,          &s.provisions,         &s.violation,
            &s.compliant,         &s.undetermined,       &s.not_applicable,
            &s.binding_violation, &s.advisory_violation, &s.binding_undetermined,
            &s.contested,         &s.binding_contested,  &s.binding_contested_violation};
}

}  // namespace lexcheck::audit::detail
