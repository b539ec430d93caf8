// Fuzz target for measure files: any bytes, read as YAML and as JSON against a small
// vocabulary with a fact of every type, must load or be reported, never crash.
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/measures.hpp"
#include "lexcheck/parser/parse.hpp"
#include "lexcheck/parser/resolve.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

const lexcheck::core::Schema& schema() {
    static const lexcheck::core::RuleSet rules = [] {
        lexcheck::core::SourceManager sources;
        auto file = sources.add("vocabulary.lex", R"lex(
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  enum person { eaeu_worker, foreign_national }
  fact kind : measure_kind
  fact applies_to : set<person>
  fact mandatory : bool
  fact trigger.offence_count : int
  fact fine.ratio : number
  fact ban.duration : duration
  fact decided : date
  fact note : text
  fact origin_state : state
}
)lex");
        lexcheck::core::RuleSet r;
        lexcheck::core::DiagnosticSink sink;
        lexcheck::parser::parse_rule_file(sources, file, r, sink);
        lexcheck::parser::resolve(sources, r, sink);
        return r;
    }();
    return rules.schema;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    for (const char* name : {"fuzz.yaml", "fuzz.json", "fuzz.jsonl"}) {
        lexcheck::core::SourceManager sources;
        auto file = sources.add(name, text);
        lexcheck::core::DiagnosticSink sink;
        (void)lexcheck::parser::parse_measure_file(sources, file, schema(), sink);
        for (const auto& d : sink.take()) (void)lexcheck::core::render_diagnostic(sources, d);
    }
    return 0;
}
