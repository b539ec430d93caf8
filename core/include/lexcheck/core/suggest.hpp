// "Did you mean …?" suggestions for misspelt names, shared by the readers and the command line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::core {

/// Edit distance between two names (Levenshtein, with two swapped neighbours as one edit:
/// `wroker` is one edit from `worker`), stopping early above `limit`
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// The closest candidate within a distance that scales with the name's length, if any
std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates);

/// "did you mean `x`?" for the closest candidate, if any
std::optional<std::string> did_you_mean(std::string_view name,
                                        const std::vector<std::string>& candidates);

}  // namespace lexcheck::core
