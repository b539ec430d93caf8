// Fuzz target for the rule-language front end: any bytes must parse and resolve or be
// reported, never crash, hang or overflow the stack.
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/parse.hpp"
#include "lexcheck/parser/resolve.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    lexcheck::core::SourceManager sources;
    auto file = sources.add("fuzz.lex", std::string(reinterpret_cast<const char*>(data), size));
    lexcheck::core::RuleSet rules;
    lexcheck::core::DiagnosticSink sink;
    lexcheck::parser::parse_rule_file(sources, file, rules, sink);
    lexcheck::parser::resolve(sources, rules, sink);
    for (const auto& d : sink.take()) (void)lexcheck::core::render_diagnostic(sources, d);
    return 0;
}
