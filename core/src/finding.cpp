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

std::string bound_toward_text(const Finding& f, const std::string& state) {
    std::string out = state + " is bound toward ";
    const auto& toward = f.binding_toward.value_or(std::vector<std::string>{});
    for (std::size_t i = 0; i < toward.size(); ++i) out += (i ? ", " : "") + toward[i];
    if (!f.bound_later.empty()) {
        out += " (";
        for (std::size_t i = 0; i < f.bound_later.size(); ++i) {
            if (i) out += ", ";
            out += f.bound_later[i].state + " from " + format_date(f.bound_later[i].from);
        }
        out += ")";
    }
    return out;
}

}  // namespace lexcheck::core
