#include "loaded_inputs.hpp"

#include "lexcheck/parser/load.hpp"

namespace lexcheck::testing {

std::unique_ptr<LoadedInputs> load_inputs(const std::string& lex, const std::string& yaml) {
    auto in = std::make_unique<LoadedInputs>();
    core::DiagnosticSink sink;
    parser::load_rule_set({in->dir.write("rules.lex", lex)}, in->sources, in->rules, sink);
    if (!sink.has_errors()) {
        parser::load_corpus({in->dir.write("measures.yaml", yaml)}, in->rules.schema, in->sources,
                            in->corpus, sink, 1);
    }
    for (const auto& d : sink.sorted(in->sources))
        in->errors += core::render_diagnostic(in->sources, d, false);
    return in;
}

}  // namespace lexcheck::testing
