#include "lexcheck/core/measure.hpp"

#include <algorithm>

namespace lexcheck::core {

const AknElement* AknDocument::find(std::string_view eid) const {
    auto it = elements.find(eid);
    return it == elements.end() ? nullptr : &it->second;
}

const FactValue* Measure::find(std::uint32_t fact) const {
    auto it = std::lower_bound(facts.begin(), facts.end(), fact,
                               [](const FactValue& f, std::uint32_t id) { return f.fact < id; });
    return it != facts.end() && it->fact == fact ? &*it : nullptr;
}

std::string_view outcome_name(Outcome o) {
    switch (o) {
        case Outcome::violation:
            return "violation";
        case Outcome::compliant:
            return "compliant";
        case Outcome::undetermined:
            return "undetermined";
        case Outcome::not_applicable:
            return "not_applicable";
        case Outcome::contested:
            return "contested";
    }
    return "?";
}

std::string_view wording_name(Wording w) {
    switch (w) {
        case Wording::verbatim:
            return "verbatim";
        case Wording::translation:
            return "translation";
        case Wording::paraphrase:
            return "paraphrase";
    }
    return "?";
}

std::optional<Outcome> parse_outcome(std::string_view s) {
    for (Outcome o : {Outcome::violation, Outcome::compliant, Outcome::undetermined,
                      Outcome::not_applicable, Outcome::contested}) {
        if (outcome_name(o) == s) return o;
    }
    return std::nullopt;
}

}  // namespace lexcheck::core
