// The condition grammar of LANGUAGE.md §3.
#pragma once

#include "x3/config.hpp"
#include "x3/cst.hpp"
#include "x3/error_handler.hpp"

#include <boost/spirit/home/x3.hpp>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

/// A whole condition: its root is the last node the grammar appended
struct condition_class {
    template <typename It, typename Ctx>
    void on_success(It const&, It const&, cst::CondRef& ref, Ctx const& ctx) const {
        // INVARIANT: a parsed condition appended at least one node.
        ref.root = static_cast<std::uint32_t>(x3::get<state_tag>(ctx).conditions->nodes.size() - 1);
    }
};
using condition_type = x3::rule<condition_class, cst::CondRef>;

BOOST_SPIRIT_DECLARE(condition_type)

/// `cond` of LANGUAGE.md §3: or / and / not / atoms, nesting limited to kMaxConditionDepth
condition_type const& condition();

}  // namespace lexcheck::parser::grammar
