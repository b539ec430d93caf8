// Instantiates the condition grammar (LANGUAGE.md §3).
#include "x3/conditions_def.hpp"

namespace lexcheck::parser::grammar {

BOOST_SPIRIT_INSTANTIATE(condition_type, iterator_type, context_type)

}  // namespace lexcheck::parser::grammar
