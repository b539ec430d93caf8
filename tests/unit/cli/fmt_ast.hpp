// Test helper: parses rule text and dumps its AST without positions, so a formatted file
// can be compared with its input (the fmt tests' proof that meaning is kept).
#pragma once

#include "lexcheck/core/ast_dump.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/parser/parse.hpp"

#include <string>

namespace lexcheck::testing {

struct ParsedLex {
    std::string dump;    ///< core::dump_rule_set of the file alone
    std::string errors;  ///< Rendered error diagnostics, "" when it parses
};

inline ParsedLex parse_and_dump(const std::string& text, const std::string& path = "input.lex") {
    core::SourceManager sources;
    core::SourceId id = sources.add(path, text);
    core::RuleSet rules;
    core::DiagnosticSink sink;
    parser::parse_rule_file(sources, id, rules, sink);
    ParsedLex out;
    for (const core::Diagnostic& d : sink.sorted(sources)) {
        if (d.severity == core::Severity::error)
            out.errors += core::render_diagnostic(sources, d, false);
    }
    out.dump = core::dump_rule_set(rules, sources);
    return out;
}

}  // namespace lexcheck::testing
