// FRBR work URIs as `scaffold` reads them (LANGUAGE.md §12): the parts that name a work, for
// the document id and for matching an amendment's destination with a document of the corpus.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::cli::scaffold {

/// The parts of a work URI that name the work: without a scheme and host
/// (`http://www.legislation.gov.uk/id/ukpga/2014/27/enacted`), a first `akn` (or, after a
/// host, `id`), a component (`!main`, `main`) or an expression (a part with `@`) and what
/// follows, and a last version label of legislation.gov.uk (`enacted`, `made`)
std::vector<std::string> work_parts(std::string_view uri);

/// The work a reference names and the eId after its `#` or `~`:
/// `/akn/uk/act/2000-07-28/chapter23/main#sec_11` → {"uk/act/2000-07-28/chapter23",
/// "sec_11"}; the work is empty for a reference within the document (`#sec_1`)
struct WorkRef {
    std::string work;  ///< work_parts joined by `/`, lower case
    std::string eid;
};
WorkRef split_reference(std::string_view href);

/// work_parts joined by `/`, lower case: equal for two URIs of the same work
std::string work_key(std::string_view uri);

}  // namespace lexcheck::cli::scaffold
