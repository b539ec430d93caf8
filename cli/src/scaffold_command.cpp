// `lexcheck scaffold AKN_FILE` (LANGUAGE.md §12): a measure file for an Akoma Ntoso
// document that `check` accepts as it is, every fact unknown, and the facts the rules read
// listed most-read first (docs/language.md says how the skeleton is made).
#include "app.hpp"
#include "command.hpp"
#include "inputs.hpp"
#include "output_file.hpp"
#include "progress.hpp"
#include "scaffold/facts_read.hpp"

#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/parser/akn.hpp"
#include "lexcheck/parser/corpus.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <sstream>

namespace lexcheck::cli {

namespace {

namespace fs = std::filesystem;

void define_scaffold(CLI::App& c, Options& o) {
    c.add_option("document", o.files, "the Akoma Ntoso document (a bill, a law, an amendment)")
        ->type_name("AKN_FILE")
        ->required()
        ->expected(1);
    add_repeatable_option(c, "--eId", o.eids, "EID",
                          "one element to make a measure of (default: every article, or every "
                          "section where there are no articles); repeat for more");
    add_input_options(c, o);
    add_output_option(c, o);
}

/// A YAML double-quoted scalar
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

/// The document id: the FRBR work URI without `/akn/`, its parts joined by dots
std::string document_id(const core::AknDocument& doc) {
    std::string uri = doc.frbr_work_uri.empty() ? doc.frbr_work : doc.frbr_work_uri;
    if (uri.rfind("/akn/", 0) == 0) uri = uri.substr(5);
    std::string out;
    for (char c : uri) {
        if (c == '/')
            out += '.';
        else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out.back() == '.') out.pop_back();
    return out.empty() ? "document" : out;
}

/// FRBRcountry as a state code: two letters, upper case (`uk` is GB in ISO 3166-1)
std::string jurisdiction_of(const core::AknDocument& doc) {
    std::string c = doc.country.substr(0, doc.country.find('-'));
    for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c == "UK") c = "GB";
    return core::is_state_code(c) ? c : "";
}

/// The elements to scaffold, in document order
std::vector<const core::AknElement*> chosen_elements(const core::AknDocument& doc,
                                                     const std::vector<std::string>& eids,
                                                     std::string& missing) {
    std::vector<const core::AknElement*> out;
    if (!eids.empty()) {
        for (const std::string& e : eids) {
            const core::AknElement* found = doc.find(e);
            if (!found) missing = e;
            if (found) out.push_back(found);
        }
        return out;
    }
    for (const char* name : {"article", "section"}) {
        for (const auto& [eid, e] : doc.elements) {
            if (e.name == name) out.push_back(&e);
        }
        if (!out.empty()) break;
    }
    std::sort(out.begin(), out.end(), [](const core::AknElement* a, const core::AknElement* b) {
        return a->span.begin < b->span.begin;
    });
    return out;
}

/// `text` as YAML comment lines of at most ~88 columns, broken at spaces only (joining the
/// lines with one space gives the text back exactly)
void comment_text(std::ostream& out, std::string_view text, std::string_view indent) {
    while (!text.empty()) {
        std::size_t cut = text.size();
        if (cut > 84) {
            std::size_t space = text.rfind(' ', 84);
            cut = space == std::string_view::npos || space == 0 ? text.find(' ') : space;
            if (cut == std::string_view::npos) cut = text.size();
        }
        out << indent << "# | " << text.substr(0, cut) << "\n";
        text.remove_prefix(std::min(text.size(), cut + 1));
    }
}

void write_facts(std::ostream& out, const core::RuleSet& rules,
                 const std::vector<scaffold::FactUse>& facts) {
    out << "    # Facts the rules read, most-read first: annotating the first ones decides the "
           "most findings.\n";
    out << "    # facts:\n";
    for (const scaffold::FactUse& f : facts) {
        const core::FactInfo& info = rules.schema.fact(f.fact);
        out << "    #   " << info.path << ":   # " << rules.schema.type_name(info.type);
        if (info.type.enum_id < rules.schema.enums().size()) {
            const auto& values = rules.schema.enum_info(info.type.enum_id).values;
            out << " of";
            for (std::size_t i = 0; i < values.size(); ++i) out << (i ? ", " : " ") << values[i];
        }
        out << "; read by " << f.provisions.size()
            << (f.provisions.size() == 1 ? " provision:" : " provisions:");
        // A fact read by many provisions would make a line hundreds of columns long.
        constexpr std::size_t kListed = 5;
        for (std::size_t i = 0; i < f.provisions.size() && i < kListed; ++i)
            out << " " << f.provisions[i];
        if (f.provisions.size() > kListed)
            out << " and " << f.provisions.size() - kListed << " more";
        out << "\n";
    }
}

void write_scaffold(std::ostream& out, const core::AknDocument& doc, const std::string& akn,
                    const std::vector<const core::AknElement*>& elements,
                    const core::RuleSet& rules) {
    std::string id = document_id(doc);
    std::string state = jurisdiction_of(doc);
    out << "# Made by `lexcheck scaffold " << doc.path
        << "`: every fact is unknown until annotated, so every finding is undetermined.\n"
        << "document:\n  id: " << id << "\n";
    if (!doc.title.empty()) out << "  title: " << quoted(doc.title) << "\n";
    out << "  jurisdiction: "
        << (state.empty() ? "XX   # FRBRcountry is not a state code: set it" : state)
        << "\n  akn: " << quoted(akn) << "\nmeasures:\n";
    std::vector<scaffold::FactUse> facts = scaffold::facts_by_use(rules);
    for (const core::AknElement* e : elements) {
        std::string cite = e->num + (e->num.empty() || e->heading.empty() ? "" : " ") + e->heading;
        out << "  - id: " << quoted(id + "." + e->eid) << "\n";
        if (!cite.empty()) out << "    cite: " << quoted(cite) << "\n";
        out << "    eId: " << quoted(e->eid) << "\n";
        if (core::parse_date(doc.entry_into_force)) {
            out << "    in_force: " << doc.entry_into_force
                << "   # the lifecycle event of entry into force\n";
        } else if (core::parse_date(doc.expression_date)) {
            out << "    in_force: " << doc.expression_date
                << "   # the expression date: check the entry into force\n";
        } else {
            out << "    # in_force: YYYY-MM-DD   # the document states neither an entry into force "
                   "nor an expression date: set the day the measure applies from\n";
        }
        out << "    wording: verbatim\n    # The element's text:\n";
        comment_text(out, e->text, "    ");
        write_facts(out, rules, facts);
    }
}

int run_scaffold(const Options& options, std::ostream& out, std::ostream& err) {
    std::unique_ptr<Inputs> in;
    {
        Progress progress(Progress::mode_for(options.progress, err), err);
        in = load_inputs(options, err, &progress);
    }
    if (!in) return kExitInputError;
    core::DiagnosticSink sink;
    auto id = parser::read_source(options.files[0], in->sources, sink);
    std::optional<core::AknDocument> doc;
    if (id) doc = parser::parse_akn_document(in->sources, *id, sink);
    std::string missing;
    std::vector<const core::AknElement*> elements;
    if (doc) {
        doc->path = options.files[0];
        elements = chosen_elements(*doc, options.eids, missing);
        if (!missing.empty()) {
            std::vector<std::string> sorted;
            sink.error("scaffold_missing_eid", {*id, 0, 0},
                       "`" + missing + "` is not an eId of `" + options.files[0] + "`",
                       parser::suggest_eid(*doc, missing, sorted));
        } else if (elements.empty()) {
            sink.error("scaffold_no_elements", {*id, 0, 0},
                       "`" + options.files[0] + "` has no article or section with an eId",
                       "name the elements to scaffold with --eId");
        }
    }
    print_diagnostics(in->sources, sink, err);
    if (sink.has_errors()) return kExitInputError;
    // `akn:` is relative to the measure file, which is the output (or the working folder).
    fs::path base =
        options.output ? fs::absolute(*options.output).parent_path() : fs::current_path();
    std::string akn =
        fs::absolute(options.files[0]).lexically_normal().lexically_relative(base).generic_string();
    auto produce = [&](std::ostream& o) { write_scaffold(o, *doc, akn, elements, in->rules); };
    if (!emit_output(options.output, produce, out, err)) return kExitInputError;
    return kExitOk;
}

}  // namespace

Command scaffold_command() {
    return {"scaffold", "write a measure file to annotate for an Akoma Ntoso document",
            "lexcheck scaffold bills/draft.akn.xml --output bills/draft.yaml", define_scaffold,
            run_scaffold};
}

}  // namespace lexcheck::cli
