// Loading a whole rule set: every .lex file under the given paths, parsed then resolved.
#include "files/source_links.hpp"

#include "lexcheck/parser/load.hpp"
#include "lexcheck/parser/parse.hpp"
#include "lexcheck/parser/resolve.hpp"

namespace lexcheck::parser {

void load_rule_set(const std::vector<std::string>& paths, core::SourceManager& sources,
                   core::RuleSet& rules, core::DiagnosticSink& sink) {
    for (const std::string& path : find_files(paths, {".lex"}, sink)) {
        auto id = read_source(path, sources, sink);
        if (!id) continue;
        rules.files.push_back(*id);
        parse_rule_file(sources, *id, rules, sink);
    }
    resolve(sources, rules, sink);
    detail::link_provision_sources(sources, rules, sink);
}

}  // namespace lexcheck::parser
