// Instantiates the token rules (LANGUAGE.md §1) for the one iterator/context of config.hpp.
#include "x3/literals_def.hpp"

namespace lexcheck::parser::grammar {

BOOST_SPIRIT_INSTANTIATE(identifier_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualified_id_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(fact_path_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(path_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(state_code_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(string_literal_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(value_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(operand_type, iterator_type, context_type)

}  // namespace lexcheck::parser::grammar
