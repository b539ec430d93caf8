// libFuzzer target for parse_rule_file (STYLE.md §15): any input must parse or be reported,
// never crash, hang or overflow the stack. Build: see CMakeLists.txt in this folder.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    lexcheck::core::SourceManager sources;
    auto file = sources.add("fuzz.lex", std::string(reinterpret_cast<const char*>(data), size));
    lexcheck::core::RuleSet rules;
    lexcheck::core::DiagnosticSink sink;
    lexcheck::parser::parse_rule_file(sources, file, rules, sink);
    for (const auto& d : sink.take()) {
        if (d.primary) (void)sources.location(*d.primary);
    }
    return 0;
}
