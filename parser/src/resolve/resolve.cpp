#include "lexcheck/parser/resolve.hpp"

namespace lexcheck::parser {

void resolve(const core::SourceManager& sources, core::RuleSet& rules, core::DiagnosticSink& sink) {
    (void)sources;
    (void)sink;
    for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
        rules.provision_index.emplace(rules.provisions[i].id.text, i);
    }
}

}  // namespace lexcheck::parser
