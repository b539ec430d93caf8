#include "lexcheck/reports/conflicts.hpp"

namespace lexcheck::reports {

namespace {

std::string name(const core::RuleSet& rules, std::uint32_t p, const RemedyMarkup& markup) {
    const core::Provision& prov = rules.provisions[p];
    return prov.cite ? markup.text(*prov.cite) + " (" + markup.code(prov.id.text) + ")"
                     : markup.code(prov.id.text);
}

std::string states_text(const std::vector<std::string>& states) {
    std::string out;
    for (std::size_t i = 0; i < states.size(); ++i) {
        if (i > 0) out += i + 1 == states.size() ? " or " : ", ";
        out += states[i];
    }
    return out;
}

}  // namespace

std::string proof_sentence(const core::RuleSet& rules, const core::Proof& proof,
                           const RemedyMarkup& markup) {
    const std::string p = name(rules, proof.provision, markup);
    const std::string of = "a measure of " + states_text(proof.states);
    switch (proof.kind) {
        case core::ProofKind::conflict:
            return "No measure of " + states_text(proof.states) + " within the scope of both " + p +
                   " and " + name(rules, proof.other, markup) +
                   " can comply with both at once (under every reading).";
        case core::ProofKind::scope_never_holds:
            return proof.reading.empty()
                       ? "The scope of " + p + " never holds for " + of +
                             ": the provision never applies."
                       : "Under the reading " + markup.code(proof.reading) + ", the scope of " + p +
                             " never holds for " + of + ".";
        case core::ProofKind::never_complied:
            return "No " + of.substr(2) + " within the scope of " + p +
                   " can comply with it: each one violates it or leaves it undetermined.";
        case core::ProofKind::norm_never_breached:
            return p + " can never be violated by " + of +
                   ": its norm is never breached within its scope.";
        case core::ProofKind::exceptions_always_hold:
            return p + " can never be violated by " + of +
                   ": wherever it is breached, one of its exceptions holds.";
        case core::ProofKind::exception_never_holds:
            return "The exception " + markup.code(proof.exception) + " of " + p +
                   " can never hold where it matters (where " + p + " is breached), for " + of +
                   ".";
    }
    return {};
}

}  // namespace lexcheck::reports
