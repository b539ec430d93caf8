// Loading a whole rule set: every .lex file under the given paths, parsed then resolved.
#include "files/source_links.hpp"

#include "lexcheck/parser/load.hpp"
#include "lexcheck/parser/parse.hpp"
#include "lexcheck/parser/resolve.hpp"

namespace lexcheck::parser {

void load_rule_set(const std::vector<std::string>& paths, core::SourceManager& sources,
                   core::RuleSet& rules, core::DiagnosticSink& sink) {
    std::vector<core::SourceId> files;
    for (const std::string& path : find_files(paths, {".lex"}, sink)) {
        if (auto id = read_source(path, sources, sink)) files.push_back(*id);
    }
    load_rule_sources(files, sources, rules, sink);
}

void load_rule_sources(const std::vector<core::SourceId>& files, core::SourceManager& sources,
                       core::RuleSet& rules, core::DiagnosticSink& sink) {
    for (core::SourceId id : files) {
        rules.files.push_back(id);
        parse_rule_file(sources, id, rules, sink);
    }
    resolve(sources, rules, sink);
    detail::link_provision_sources(sources, rules, sink);
}

}  // namespace lexcheck::parser
