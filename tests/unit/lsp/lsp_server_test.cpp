// `lexcheck lsp` driven over pipes by a scripted client, on the shipped rules and corpus:
// diagnostics as the command line gives them, hover, definition, references, completion,
// formatting, the outline, measure files and code lenses.
#include "lsp_client.hpp"
#include "temp_dir.hpp"

#include <lexcheck/core/language.hpp>
#include <lexcheck/parser/measure_schema.hpp>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

namespace lexcheck::testing {
namespace {

const std::string kArt97 = "rules/eaeu/art97.lex";
const std::string kVocabulary = "rules/vocabulary/migration.lex";
const std::string kKoap = "corpus/kz/koap.yaml";

/// A server on the shipped rules and corpus, initialised, findings as of 2024-01-01
class LspServer : public ::testing::Test {
protected:
    LspServer() : client({"--rules", "rules", "--corpus", "corpus", "--as-of", "2024-01-01"}) {
        client.initialize(source_uri(""));
    }

    /// Hover text at `needle` (+ shift) of an open document
    std::string hover(const std::string& file, const std::string& text, const std::string& needle,
                      std::size_t shift = 1, int nth = 0) {
        Json r = client.request("textDocument/hover",
                                {{"textDocument", {{"uri", source_uri(file)}}},
                                 {"position", position_of(text, needle, shift, nth)}});
        const Json& result = r["result"];
        return result.is_null() ? std::string() : result["contents"]["value"].get<std::string>();
    }

    std::vector<std::string> completion_labels(const std::string& file, Json position) {
        Json r =
            client.request("textDocument/completion",
                           {{"textDocument", {{"uri", source_uri(file)}}}, {"position", position}});
        std::vector<std::string> labels;
        for (const Json& item : r["result"]["items"]) labels.push_back(item["label"]);
        return labels;
    }

    LspClient client;
};

bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

int count_errors(const Json& diagnostics) {
    int n = 0;
    for (const Json& d : diagnostics) n += d["severity"] == 1;
    return n;
}

/// What `lexcheck check` prints on standard error for a rule set
std::string check_stderr(const std::string& rules) {
    std::string command = std::string(LEXCHECK_BINARY) + " check --rules " + rules +
                          " --corpus corpus 2>&1 >/dev/null";
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    ::pclose(pipe);
    return out;
}

TEST_F(LspServer, AnnouncesWhatItServes) {
    LspClient fresh({"--rules", "rules", "--corpus", "corpus"});
    Json caps = fresh.initialize(source_uri(""))["result"]["capabilities"];
    for (const char* c : {"hoverProvider", "definitionProvider", "referencesProvider",
                          "documentFormattingProvider", "documentSymbolProvider"})
        EXPECT_EQ(caps[c], true) << c;
    EXPECT_TRUE(caps.contains("completionProvider"));
    EXPECT_TRUE(caps.contains("codeLensProvider"));
}

TEST_F(LspServer, ShippedRuleFileHasNoErrorsButLintWarnings) {
    client.open(source_uri(kArt97), read_source_file(kArt97));
    Json diagnostics = client.diagnostics(source_uri(kArt97));
    EXPECT_EQ(count_errors(diagnostics), 0) << diagnostics.dump(2);
    // Lint runs as `lexcheck lint` does, its solver proofs after the other diagnostics: Art
    // 97(2)'s two exceptions can hold together.
    Json proved = client.diagnostics_with(source_uri(kArt97), "lint_ambiguous_exceptions");
    ASSERT_FALSE(proved.is_null());
    EXPECT_EQ(count_errors(proved), 0);
    bool paraphrase = false;  // the fast checks are still there
    for (const Json& d : proved) paraphrase |= d["code"] == "lint_paraphrase";
    EXPECT_TRUE(paraphrase) << proved.dump(2);
}

// The diagnostic of an edit is the one `lexcheck check` prints for the same text: code,
// message, help, and the line and column of its start.
TEST_F(LspServer, EditGivesTheCommandLinesDiagnostic) {
    std::string text = read_source_file(kArt97);
    client.open(source_uri(kArt97), text);
    client.diagnostics(source_uri(kArt97));
    Json at = position_of(text, "covers_eaeu_worker or");
    Json end = at;
    end["character"] = at["character"].get<int>() + 18;
    client.edit(source_uri(kArt97), 2, at, end, "covers_eaeu_workr");
    Json diagnostics = client.diagnostics(source_uri(kArt97));
    ASSERT_EQ(count_errors(diagnostics), 1) << diagnostics.dump(2);
    const Json& d = diagnostics[0];

    TempDir dir("lsp-edit");
    std::filesystem::copy(std::string(LEXCHECK_SOURCE_DIR) + "/rules", dir.path() / "rules",
                          std::filesystem::copy_options::recursive);
    std::string edited = text;
    edited.replace(edited.find("covers_eaeu_worker or"), 18, "covers_eaeu_workr");
    dir.write("rules/eaeu/art97.lex", edited);
    std::string printed = check_stderr(dir.str() + "/rules");
    std::string message = d["message"];
    std::string first = message.substr(0, message.find('\n'));
    std::string help = message.substr(message.find("\nhelp: ") + 7);
    std::string where = "art97.lex:" + std::to_string(d["range"]["start"]["line"].get<int>() + 1) +
                        ":" + std::to_string(d["range"]["start"]["character"].get<int>() + 1) +
                        ": error: " + first + " [" + d["code"].get<std::string>() + "]\n";
    EXPECT_NE(printed.find(where), std::string::npos) << where << "\n" << printed;
    EXPECT_NE(printed.find("help: " + help), std::string::npos) << help << "\n" << printed;
    EXPECT_EQ(
        d["range"]["end"]["character"].get<int>() - d["range"]["start"]["character"].get<int>(),
        17);

    // Undoing the edit clears the error.
    end["character"] = at["character"].get<int>() + 17;
    client.edit(source_uri(kArt97), 3, at, end, "covers_eaeu_worker");
    EXPECT_EQ(count_errors(client.diagnostics(source_uri(kArt97))), 0);
}

TEST_F(LspServer, HoverShowsDefinesFactsProvisionsReadingsAndParties) {
    std::string text = read_source_file(kArt97);
    client.open(source_uri(kArt97), text);
    std::string define = hover(kArt97, text, "covers_eaeu_worker or");
    // A define shows its sentence (LANGUAGE.md §13) and its condition.
    EXPECT_NE(
        define.find(
            "define covers_eaeu_worker \"the measure reaches workers of the Member "
            "States without exempting them\" else \"the measure does not reach workers of the "
            "Member States, or exempts them\" =\n  applies_to has eaeu_worker"),
        std::string::npos)
        << define;
    std::string fact = hover(kArt97, text, "exempts has eaeu_worker");
    EXPECT_NE(fact.find("fact exempts : set<person>"), std::string::npos) << fact;
    EXPECT_NE(fact.find("expressly exempts"), std::string::npos) << fact;
    // Its `as` words and each allowed value with its label.
    EXPECT_NE(fact.find("In reasons: “the measure exempts …”"), std::string::npos) << fact;
    EXPECT_NE(fact.find("A set of:\n- `eaeu_worker`: workers of the Member States\n- "
                        "`eaeu_family_member`: family members of workers of the Member States"),
              std::string::npos)
        << fact;
    std::string provision = hover(kArt97, text, "see icrmw.art52.p1", 5);
    EXPECT_NE(provision.find("**icrmw.art52.p1** — Article 52(1)"), std::string::npos) << provision;
    EXPECT_NE(provision.find("wording: "), std::string::npos) << provision;
    std::string reading = hover(kArt97, text, "eaeu_treaty.art97.p2.textual", 25);
    EXPECT_NE(reading.find("position: textual: only restrictions"), std::string::npos) << reading;
    EXPECT_NE(reading.find("- VCLT Art 31(1)"), std::string::npos) << reading;
    std::string enum_value = hover(kArt97, text, "labour_quota");
    EXPECT_NE(enum_value.find("`labour_quota` — “a numerical limit on foreign workers”: a value "
                              "of `measure_kind`"),
              std::string::npos)
        << enum_value;

    std::string treaty = read_source_file("rules/eaeu/treaty.lex");
    client.open(source_uri("rules/eaeu/treaty.lex"), treaty);
    std::string party = hover("rules/eaeu/treaty.lex", treaty, "party KG", 6);
    EXPECT_EQ(party, "`KG` from 2015-08-06 — party to `eaeu_treaty`\n");
}

TEST_F(LspServer, DefinitionAndReferences) {
    std::string text = read_source_file(kArt97);
    client.open(source_uri(kArt97), text);
    Json def = client.request("textDocument/definition",
                              {{"textDocument", {{"uri", source_uri(kArt97)}}},
                               {"position", position_of(text, "of eaeu_treaty", 4)}})["result"];
    ASSERT_EQ(def.size(), 1u) << def.dump();
    EXPECT_EQ(def[0]["uri"], source_uri("rules/eaeu/treaty.lex"));
    std::string treaty = read_source_file("rules/eaeu/treaty.lex");
    EXPECT_EQ(def[0]["range"]["start"], position_of(treaty, "eaeu_treaty"));

    // `source FILE EID` leads to the element of the Akoma Ntoso file.
    Json akn = client.request("textDocument/definition",
                              {{"textDocument", {{"uri", source_uri(kArt97)}}},
                               {"position", position_of(text, "art_97__para_1", 3)}})["result"];
    ASSERT_EQ(akn.size(), 1u) << akn.dump();
    EXPECT_EQ(akn[0]["uri"], source_uri("rules/eaeu/eaeu-treaty.akn.xml"));
    std::string xml = read_source_file("rules/eaeu/eaeu-treaty.akn.xml");
    int line = akn[0]["range"]["start"]["line"];
    std::size_t start = 0;
    for (int i = 0; i < line; ++i) start = xml.find('\n', start) + 1;
    EXPECT_NE(xml.substr(start, xml.find('\n', start) - start).find("art_97__para_1"),
              std::string::npos);

    Json refs = client.request("textDocument/references",
                               {{"textDocument", {{"uri", source_uri(kArt97)}}},
                                {"position", position_of(text, "covers_eaeu_worker or", 2)},
                                {"context", {{"includeDeclaration", true}}}})["result"];
    ASSERT_GE(refs.size(), 3u) << refs.dump();
    EXPECT_EQ(refs[0]["uri"], source_uri(kVocabulary));  // the declaration first
    std::string vocabulary = read_source_file(kVocabulary);
    EXPECT_EQ(refs[0]["range"]["start"],
              position_of(vocabulary, "covers_eaeu_worker \"the measure"));
}

// Go to definition from a use of each kind of name to its declaration.
TEST_F(LspServer, DefinitionOfEachKindOfName) {
    std::string text = read_source_file(kArt97);
    std::string vocabulary = read_source_file(kVocabulary);
    client.open(source_uri(kArt97), text);
    struct Case {
        const char* kind;
        const char* use;
        std::size_t shift;
        const std::string& file;
        const std::string& file_text;
        const char* declaration;
        std::size_t declaration_shift;
    };
    const Case cases[] = {
        {"fact", "exempts has eaeu_worker", 1, kVocabulary, vocabulary, "exempts : set<person>", 0},
        {"enum value", "labour_quota", 1, kVocabulary, vocabulary, "labour_quota \"", 0},
        {"define", "covers_eaeu_worker or", 1, kVocabulary, vocabulary, "covers_eaeu_worker \"", 0},
        {"provision", "exception to eaeu_treaty.art97.p2", 14, kArt97, text,
         "provision eaeu_treaty.art97.p2 {", 10},
    };
    for (const Case& c : cases) {
        Json def = client.request("textDocument/definition",
                                  {{"textDocument", {{"uri", source_uri(kArt97)}}},
                                   {"position", position_of(text, c.use, c.shift)}})["result"];
        ASSERT_EQ(def.size(), 1u) << c.kind << def.dump();
        EXPECT_EQ(def[0]["uri"], source_uri(c.file)) << c.kind;
        EXPECT_EQ(def[0]["range"]["start"],
                  position_of(c.file_text, c.declaration, c.declaration_shift))
            << c.kind;
    }
}

// A reading named in a test (`expect P under READING`) leads to its declaration.
TEST_F(LspServer, DefinitionOfAReadingFromATest) {
    const std::string tests_file = "rules/eaeu/tests_art97.lex";
    std::string text = read_source_file(tests_file);
    std::string rules = read_source_file(kArt97);
    client.open(source_uri(tests_file), text);
    Json def = client.request(
        "textDocument/definition",
        {{"textDocument", {{"uri", source_uri(tests_file)}}},
         {"position",
          position_of(text, "under eaeu_treaty.art97.p2.personal violation", 6)}})["result"];
    ASSERT_EQ(def.size(), 1u) << def.dump();
    EXPECT_EQ(def[0]["uri"], source_uri(kArt97));
    EXPECT_EQ(def[0]["range"]["start"],
              position_of(rules, "reading eaeu_treaty.art97.p2.personal {", 8));
}

TEST_F(LspServer, CompletesProvisionsValuesAndKeywords) {
    std::string text = read_source_file(kArt97);
    client.open(source_uri(kArt97), text);
    std::size_t see = text.find("see icrmw.art52.p1");
    client.edit(source_uri(kArt97), 2, position_at(text, see + 4), position_at(text, see + 18), "");
    auto after_see = completion_labels(kArt97, position_at(text, see + 4));
    EXPECT_TRUE(has(after_see, "icrmw.art52.p1"));
    EXPECT_TRUE(has(after_see, "eaeu_treaty.art98.p1"));
    EXPECT_FALSE(has(after_see, "exempts"));

    // Enum values of the fact compared; clause keywords at the start of a line; provisions
    // after `exception to`; facts, defines and keywords in a condition.
    std::string doc =
        "provision demo.p {\n  of eaeu_treaty\n  scope kind in {entry_ban, }\n  \n"
        "  exception to \n  prohibits \n}\n";
    client.open(source_uri("rules/demo.lex"), doc);
    struct Case {
        const char* after;
        std::size_t shift;
        std::vector<std::string> offered, not_offered;
    };
    const Case cases[] = {
        {"entry_ban, ", 11, {"expulsion"}, {"eaeu_worker"}},
        {"\n  \n", 3, {"prohibits", "unless"}, {"party"}},
        {"exception to ", 13, {"eaeu_treaty.art97.p2"}, {"exempts"}},
        {"prohibits ", 10, {"exempts", "covers_eaeu_worker", "not"}, {"eaeu_treaty.art97.p2"}},
    };
    for (const Case& c : cases) {
        auto labels = completion_labels("rules/demo.lex", position_of(doc, c.after, c.shift));
        for (const std::string& l : c.offered) EXPECT_TRUE(has(labels, l)) << c.after << l;
        for (const std::string& l : c.not_offered) EXPECT_FALSE(has(labels, l)) << c.after << l;
    }
}

// The words offered come from the language's one list (core/language.hpp) and the measure
// schema: a keyword added there is offered without an edit here.
TEST_F(LspServer, OffersEveryKeywordOfTheLanguage) {
    std::string doc = "provision demo.p {\n  of eaeu_treaty\n  prohibits \n}\n\n";
    client.open(source_uri("rules/demo.lex"), doc);
    auto top = completion_labels("rules/demo.lex", position_of(doc, "}\n\n", 3));
    for (std::string_view w : core::language::kDeclarationKeywords)
        EXPECT_TRUE(has(top, std::string(w))) << w;
    auto condition = completion_labels("rules/demo.lex", position_of(doc, "prohibits ", 10));
    for (std::string_view w : core::language::kReservedWords) {
        bool literal = w == "true" || w == "false";  // values, offered for a bool fact
        EXPECT_EQ(has(condition, std::string(w)), !literal) << w;
    }
    std::string text = read_source_file(kKoap);
    client.open(source_uri(kKoap), text);
    auto keys = completion_labels(kKoap, position_of(text, "    cite:", 4));
    for (std::string_view k : parser::schema::kMeasureKeyNames)
        EXPECT_TRUE(has(keys, std::string(k))) << k;
}

TEST_F(LspServer, FormatsThroughLexcheckFmt) {
    std::string text = read_source_file(kArt97);
    std::string messy = text;
    messy.replace(messy.find("  of eaeu_treaty\n"), 17, "of     eaeu_treaty\n");
    client.open(source_uri(kArt97), messy);
    Json edits = client.request("textDocument/formatting",
                                {{"textDocument", {{"uri", source_uri(kArt97)}}},
                                 {"options", {{"tabSize", 2}, {"insertSpaces", true}}}})["result"];
    ASSERT_EQ(edits.size(), 1u) << edits.dump();
    EXPECT_EQ(edits[0]["newText"], text);

    client.open(source_uri("rules/broken.lex"), "provision x {\n  of\n");
    Json failed = client.request(
        "textDocument/formatting",
        {{"textDocument", {{"uri", source_uri("rules/broken.lex")}}}, {"options", Json::object()}});
    EXPECT_EQ(failed["error"]["code"], -32803) << failed.dump();
}

TEST_F(LspServer, OutlineListsDeclarations) {
    std::string text = read_source_file(kArt97);
    client.open(source_uri(kArt97), text);
    Json symbols = client.request("textDocument/documentSymbol",
                                  {{"textDocument", {{"uri", source_uri(kArt97)}}}})["result"];
    std::vector<std::string> names;
    for (const Json& s : symbols) names.push_back(s["name"]);
    EXPECT_TRUE(has(names, "eaeu_treaty.art97.p1"));
    EXPECT_TRUE(has(names, "eaeu_treaty.art97.p2.textual"));
    EXPECT_EQ(symbols[0]["name"], "eaeu_treaty.art97.p1");  // in file order
}

TEST_F(LspServer, MeasureFileDiagnosticsCompletionHoverAndFindings) {
    std::string text = read_source_file(kKoap);
    client.open(source_uri(kKoap), text);
    EXPECT_EQ(count_errors(client.diagnostics(source_uri(kKoap))), 0);

    auto values = completion_labels(kKoap, position_of(text, "kind: administrative_penalty", 6));
    EXPECT_TRUE(has(values, "entry_ban"));
    auto nested = completion_labels(kKoap, position_of(text, "offence_scope: migration", 0));
    EXPECT_TRUE(has(nested, "offence_scope"));
    EXPECT_FALSE(has(nested, "applies_to"));
    auto keys = completion_labels(kKoap, position_of(text, "      applies_to", 6));
    EXPECT_TRUE(has(keys, "applies_to"));
    EXPECT_TRUE(has(keys, "trigger.offence_scope"));

    std::string fact = hover(kKoap, text, "offence_scope: migration", 2);
    EXPECT_NE(fact.find("fact trigger.offence_scope : offence_scope"), std::string::npos) << fact;

    std::string findings = hover(kKoap, text, "kz.koap.art513.p2", 3);
    EXPECT_NE(findings.find("Findings as of 2024-01-01"), std::string::npos) << findings;
    EXPECT_NE(findings.find("`eaeu_treaty.art97.p2` (Article 97(2)): **contested**"),
              std::string::npos)
        << findings;
    Json lenses = client.request("textDocument/codeLens",
                                 {{"textDocument", {{"uri", source_uri(kKoap)}}}})["result"];
    ASSERT_EQ(lenses.size(), 1u) << lenses.dump();
    std::string title = lenses[0]["command"]["title"];
    EXPECT_NE(title.find("1 contested"), std::string::npos) << title;
    EXPECT_NE(title.find("as of 2024-01-01"), std::string::npos) << title;

    // A value outside the vocabulary is the reader's error, at the value.
    std::size_t at = text.find("administrative_penalty");
    client.edit(source_uri(kKoap), 2, position_at(text, at), position_at(text, at + 22),
                "fine_only");
    Json diagnostics = client.diagnostics(source_uri(kKoap));
    ASSERT_EQ(count_errors(diagnostics), 1) << diagnostics.dump(2);
    EXPECT_NE(diagnostics[0]["message"].get<std::string>().find("`fine_only`"), std::string::npos);
    EXPECT_EQ(diagnostics[0]["range"]["start"], position_at(text, at));
}

}  // namespace
}  // namespace lexcheck::testing
