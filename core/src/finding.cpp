#include "lexcheck/core/finding.hpp"

namespace lexcheck::core {

std::string_view truth_name(Truth t) {
    switch (t) {
        case Truth::no:
            return "false";
        case Truth::yes:
            return "true";
        case Truth::unknown:
            return "unknown";
    }
    return "?";
}

std::string_view reason_name(Reason r) {
    switch (r) {
        case Reason::none:
            return "none";
        case Reason::not_in_force:
            return "not_in_force";
        case Reason::out_of_scope:
            return "out_of_scope";
    }
    return "?";
}

}  // namespace lexcheck::core
