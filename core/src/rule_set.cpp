#include "lexcheck/core/rule_set.hpp"

#include <algorithm>

namespace lexcheck::core {

std::optional<std::uint32_t> RuleSet::find_provision(std::string_view id) const {
    auto it = provision_index.find(std::string(id));
    if (it == provision_index.end()) return std::nullopt;
    return it->second;
}

std::optional<std::uint32_t> RuleSet::find_instrument(std::string_view id) const {
    auto it = instrument_index.find(std::string(id));
    if (it == instrument_index.end()) return std::nullopt;
    return it->second;
}

std::optional<std::uint32_t> RuleSet::find_reading(std::string_view id) const {
    auto it = reading_index.find(std::string(id));
    if (it == reading_index.end()) return std::nullopt;
    return it->second;
}

const DefineLabel* RuleSet::define_label(std::uint32_t define) const {
    auto it = std::lower_bound(define_labels.begin(), define_labels.end(), define,
                               [](const DefineLabel& l, std::uint32_t d) { return l.define < d; });
    return it != define_labels.end() && it->define == define ? &*it : nullptr;
}

std::string_view RuleSet::position_of(std::uint32_t provision) const {
    const auto& position = provisions[provision].position;
    return position ? std::string_view(*position) : std::string_view("as encoded");
}

std::string_view instrument_kind_name(InstrumentKind k) {
    switch (k) {
        case InstrumentKind::treaty:
            return "treaty";
        case InstrumentKind::convention:
            return "convention";
        case InstrumentKind::agreement:
            return "agreement";
        case InstrumentKind::protocol:
            return "protocol";
        case InstrumentKind::national_law:
            return "national_law";
        case InstrumentKind::soft_law:
            return "soft_law";
    }
    return "?";
}

std::string_view origin_name(Origin o) {
    switch (o) {
        case Origin::regional:
            return "regional";
        case Origin::universal:
            return "universal";
        case Origin::external:
            return "external";
    }
    return "?";
}

std::string_view paradigm_name(Paradigm p) {
    switch (p) {
        case Paradigm::economic:
            return "economic";
        case Paradigm::rights:
            return "rights";
        case Paradigm::security:
            return "security";
    }
    return "?";
}

std::string_view provision_severity_name(ProvisionSeverity s) {
    switch (s) {
        case ProvisionSeverity::critical:
            return "critical";
        case ProvisionSeverity::high:
            return "high";
        case ProvisionSeverity::medium:
            return "medium";
        case ProvisionSeverity::low:
            return "low";
        case ProvisionSeverity::info:
            return "info";
    }
    return "?";
}

std::string_view expectation_name(Expectation e) {
    switch (e) {
        case Expectation::violation:
            return "violation";
        case Expectation::compliant:
            return "compliant";
        case Expectation::undetermined:
            return "undetermined";
        case Expectation::not_applicable:
            return "not_applicable";
        case Expectation::binding:
            return "binding";
        case Expectation::advisory:
            return "advisory";
        case Expectation::contested:
            return "contested";
    }
    return "?";
}

}  // namespace lexcheck::core
