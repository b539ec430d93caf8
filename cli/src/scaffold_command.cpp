// `lexcheck scaffold AKN_FILE` (LANGUAGE.md §12): a measure file for an Akoma Ntoso
// document that `check` accepts as it is, every fact unknown, and the facts the rules read
// listed most-read first with the findings each decides (docs/cli.md and
// docs/language.md say how the skeleton is made).
#include "app.hpp"
#include "command.hpp"
#include "inputs.hpp"
#include "output_file.hpp"
#include "progress.hpp"
#include "scaffold/amendments.hpp"
#include "scaffold/facts_read.hpp"
#include "scaffold/work_uri.hpp"
#include "scaffold/yaml_value.hpp"

#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/parser/akn.hpp"
#include "lexcheck/parser/akn_modifications.hpp"
#include "lexcheck/parser/corpus.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <set>
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

/// The document id: the parts of its FRBR work URI (scaffold::work_parts) joined by dots,
/// lower-cased: `/akn/it/act/legge/stato/1941-04-22/633` → `it.act.legge.stato.1941-04-22.633`,
/// `http://www.legislation.gov.uk/id/ukpga/2014/27/enacted` → `ukpga.2014.27`
std::string document_id(const core::AknDocument& doc) {
    std::string out;
    for (const std::string& part :
         scaffold::work_parts(doc.frbr_work_uri.empty() ? doc.frbr_work : doc.frbr_work_uri)) {
        if (!out.empty()) out += '.';
        for (char c : part) {
            if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
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

/// The facts the rules read that the measure lacks, as comment lines in the order of
/// FactReads::order_for (with a copy of facts, the `facts:` key is already written)
void write_facts(std::ostream& out, const core::RuleSet& rules,
                 const std::vector<scaffold::FactUse>& facts, bool copied) {
    out << (copied ? "    # Facts the rules read that it does not state, the most-read first; "
                     "each says how\n"
                     "    # many findings it decides once it and the facts above it are "
                     "annotated.\n"
                   : "    # Facts the rules read, the most-read first; each says how many "
                     "findings it decides\n"
                     "    # once it and the facts above it are annotated.\n");
    if (!copied) out << "    # facts:\n";
    for (const scaffold::FactUse& f : facts) {
        const bool first = &f == &facts.front();
        const core::FactInfo& info = rules.schema.fact(f.fact);
        out << "    #   " << info.path << ":   # " << rules.schema.type_name(info.type);
        if (info.type.enum_id < rules.schema.enums().size()) {
            const auto& values = rules.schema.enum_info(info.type.enum_id).values;
            out << " of";
            for (std::size_t i = 0; i < values.size(); ++i) out << (i ? ", " : " ") << values[i];
        }
        if (f.decides)
            out << (first ? "; decides " : "; with the facts above, decides ") << f.decides
                << (first ? "" : " more") << (f.decides == 1 ? " finding" : " findings");
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

/// `replaces:`/`repeals:` for what the element amends in the corpus (LANGUAGE.md §12), as
/// keys where §10 allows them, else commented out with the reason; returns the measure
/// replaced (whose facts the new measure starts from), or null
const core::Measure* write_versions(std::ostream& out, const scaffold::ElementAmendments& a,
                                    const core::Corpus& corpus, std::optional<core::Date> in_force,
                                    bool& repeals) {
    const core::Measure* replaced = nullptr;
    std::vector<std::string> repealed;
    std::set<std::string> dated;  // one line per modification, however many measures it ends
    for (const scaffold::Target& t : a.targets) {
        const std::string& id = corpus.measures[t.measure].id;
        if (!t.used) {
            out << "    # " << t.by << " also amends " << id
                << ": a measure replaces one measure, and one that repeals has no facts; make "
                   "another measure for it\n";
        } else if (!t.problem.empty()) {
            out << "    # " << (t.repeal ? "repeals: [" + id + "]" : "replaces: " + id) << "   # "
                << t.by << (t.repeal ? " repeals" : " amends") << " it; not said: " << t.problem
                << "\n";
        } else if (t.repeal) {
            repealed.push_back(id);
        } else {
            out << "    replaces: " << id << "   # " << t.by
                << " amends it: the facts below are a copy of its facts\n";
        }
        if (t.used && !t.repeal) replaced = &corpus.measures[t.measure];
        if (t.used && !t.date.empty() && core::parse_date(t.date) != in_force)
            dated.insert("    # " + t.by + " takes effect on " + t.date +
                         " by the document: check in_force\n");
    }
    if (!repealed.empty()) {
        out << "    repeals: [";
        for (std::size_t i = 0; i < repealed.size(); ++i) out << (i ? ", " : "") << repealed[i];
        out << "]   # repealed by the document\n";
    }
    for (const std::string& line : dated) out << line;
    for (const std::string& u : a.unmatched) out << "    # " << u << "\n";
    repeals = !repealed.empty() && !replaced;
    return replaced;
}

/// The facts of the measure an amendment replaces (and its `affects`), as the new measure's
void write_copied_facts(std::ostream& out, const core::RuleSet& rules, const core::Measure& m) {
    if (m.affects) {
        out << "    affects: [";
        for (std::size_t i = 0; i < m.affects->size(); ++i)
            out << (i ? ", " : "") << (*m.affects)[i];
        out << "]\n";
    }
    if (m.facts.empty()) return;
    out << "    # The facts of " << m.id << ", copied: correct them for the new wording.\n";
    out << "    facts:\n";
    for (const core::FactValue& f : m.facts)
        out << "      " << rules.schema.fact(f.fact).path << ": "
            << scaffold::yaml_value(rules.schema, f) << "\n";
}

void write_scaffold(std::ostream& out, const core::AknDocument& doc, const std::string& akn,
                    const std::vector<const core::AknElement*>& elements,
                    const core::RuleSet& rules, const core::SourceManager& sources,
                    scaffold::Amendments& amendments, const core::Corpus& corpus) {
    std::string id = document_id(doc);
    std::string state = jurisdiction_of(doc);
    out << "# Made by `lexcheck scaffold " << doc.path
        << "`: every fact is unknown until annotated, so its findings are undetermined (except\n"
        << "# the facts copied from a measure of the corpus that the document amends).\n"
        << "document:\n  id: " << id << "\n";
    if (!doc.title.empty()) out << "  title: " << scaffold::yaml_quoted(doc.title) << "\n";
    out << "  jurisdiction: "
        << (state.empty() ? "XX   # FRBRcountry is not a state code: set it" : state)
        << "\n  akn: " << scaffold::yaml_quoted(akn) << "\nmeasures:\n";
    std::optional<core::Date> in_force = core::parse_date(doc.entry_into_force);
    if (!in_force) in_force = core::parse_date(doc.expression_date);
    scaffold::FactLists facts(rules, sources, in_force);
    for (const core::AknElement* e : elements) {
        std::string cite = e->num + (e->num.empty() || e->heading.empty() ? "" : " ") + e->heading;
        out << "  - id: " << scaffold::yaml_quoted(id + "." + e->eid) << "\n";
        if (!cite.empty()) out << "    cite: " << scaffold::yaml_quoted(cite) << "\n";
        out << "    eId: " << scaffold::yaml_quoted(e->eid) << "\n";
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
        bool repeals = false;
        const core::Measure* replaced =
            write_versions(out, amendments.of(e->eid, {id + "." + e->eid, state, in_force}), corpus,
                           in_force, repeals);
        out << "    wording: verbatim\n    # The element's text:\n";
        comment_text(out, e->text, "    ");
        if (repeals) {
            out << "    # A measure that repeals has no facts and is never checked.\n";
            continue;
        }
        if (replaced) write_copied_facts(out, rules, *replaced);
        write_facts(out, rules, facts.of(replaced), replaced != nullptr);
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
    scaffold::Amendments amendments(
        in->corpus, parser::read_modifications(in->sources.text(*id)),
        doc->frbr_work_uri.empty() ? doc->frbr_work : doc->frbr_work_uri);
    auto produce = [&](std::ostream& o) {
        write_scaffold(o, *doc, akn, elements, in->rules, in->sources, amendments, in->corpus);
    };
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
