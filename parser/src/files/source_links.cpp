// `source FILE EID` on provisions (LANGUAGE.md §2): the Akoma Ntoso file, relative to the
// .lex file, must exist and contain the eId; reports then quote that element.
#include "files/source_links.hpp"

#include "lexcheck/core/file_overlay.hpp"
#include "lexcheck/parser/akn.hpp"
#include "lexcheck/parser/load.hpp"

#include <filesystem>
#include <map>
#include <optional>

namespace lexcheck::parser::detail {

namespace {

namespace fs = std::filesystem;

/// One AKN file, read once however many provisions link to it
struct LinkedDocument {
    bool missing = false;
    std::optional<core::AknDocument> document;
    std::vector<std::string> eids;  ///< Sorted; filled by suggest_eid on the first error
};

}  // namespace

void link_provision_sources(core::SourceManager& sources, core::RuleSet& rules,
                            core::DiagnosticSink& sink) {
    std::map<std::string, LinkedDocument> documents;
    for (core::Provision& p : rules.provisions) {
        if (!p.source) continue;
        core::SourceLink& link = *p.source;
        std::string lex_path = sources.path(link.span.file);
        std::string path =
            (fs::path(lex_path).parent_path() / link.file).lexically_normal().generic_string();
        auto [it, fresh] = documents.try_emplace(path);
        LinkedDocument& linked = it->second;
        if (fresh) {
            linked.missing = !core::is_regular_file(path);
        }
        if (linked.missing) {  // reported at every clause that names it, so each gets fixed
            sink.error("source_missing_file", link.span,
                       "source document `" + link.file + "` not found",
                       "the path is relative to the .lex file; looked for `" + path + "`");
            continue;
        }
        if (fresh) {
            auto id = read_source(path, sources, sink);
            if (!id) continue;
            rules.files.push_back(*id);  // listed with its hash among the report's inputs
            linked.document = parse_akn_document(sources, *id, sink);
        }
        if (!linked.document) continue;  // reported once, where the file was first named
        link.resolved_path = path;
        const core::AknElement* element = linked.document->find(link.eid.text);
        if (!element) {
            sink.error("source_missing_eid", link.eid.span,
                       "`" + link.eid.text + "` is not an eId of `" + path + "`",
                       suggest_eid(*linked.document, link.eid.text, linked.eids));
            continue;
        }
        link.quoted_text = element->text;
    }
}

}  // namespace lexcheck::parser::detail
