// Instantiates the declaration grammar (LANGUAGE.md §2).
#include "x3/declarations_def.hpp"

namespace lexcheck::parser::grammar {

BOOST_SPIRIT_INSTANTIATE(declaration_type, iterator_type, context_type)

}  // namespace lexcheck::parser::grammar
