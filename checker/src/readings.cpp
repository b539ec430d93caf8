#include "readings.hpp"

namespace lexcheck::checker::detail {

Combined combine(std::span<const Decision> decisions) {
    using core::Outcome;
    Combined c;
    c.outcome = decisions.front().outcome;
    bool same = true, fault = false;
    std::uint32_t first_compliant = core::kNone;
    for (std::uint32_t a = 0; a < decisions.size(); ++a) {
        Outcome o = decisions[a].outcome;
        same = same && o == c.outcome;
        fault = fault || (o != Outcome::compliant && o != Outcome::not_applicable);
        if (o == Outcome::compliant && first_compliant == core::kNone) first_compliant = a;
    }
    if (same) return c;  // the all-primary assignment is shown
    if (!fault) return {Outcome::compliant, first_compliant};
    return {Outcome::contested, 0};
}

}  // namespace lexcheck::checker::detail
