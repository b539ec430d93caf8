// "Did you mean …?" suggestions for misspelt names: the helpers live in core, because the
// command line suggests too.
#pragma once

#include "lexcheck/core/suggest.hpp"

namespace lexcheck::parser::detail {

using core::closest_name;
using core::did_you_mean;
using core::edit_distance;

}  // namespace lexcheck::parser::detail
