#include "completion.hpp"

#include "analysis.hpp"
#include "yaml_context.hpp"

#include "lexcheck/core/language.hpp"
#include "lexcheck/parser/measure_schema.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

namespace lexcheck::lsp::detail {

namespace {

using Items = std::vector<CompletionItem>;
using Words = std::vector<std::string_view>;

/// Clause keywords of each block (LANGUAGE.md §2, §8, §9) and the declarations at top level
const std::map<std::string, Words>& block_keywords() {
    namespace language = core::language;
    static const std::map<std::string, Words> k = {
        {"", {language::kDeclarationKeywords.begin(), language::kDeclarationKeywords.end()}},
        {"instrument", {"kind", "origin", "signed", "in_force", "until", "party", "reciprocal"}},
        {"vocabulary", {"enum", "fact"}},
        {"provision",
         {"of", "cite", "text", "wording", "paradigm", "severity", "in_force", "until", "scope",
          "prohibits", "requires", "unless", "exception to", "when", "see", "source", "position",
          "authority"}},
        {"reading", {"of", "position", "authority", "scope", "prohibits", "requires", "when"}},
        {"test", {"as_of", "measure", "expect"}},
        {"measure", {"jurisdiction"}},
    };
    return k;
}

/// The reserved words that join conditions (LANGUAGE.md §1); `true` and `false` are values,
/// offered where a bool fact is compared
const Words& condition_keywords() {
    static const Words k = [] {
        Words words;
        for (std::string_view w : core::language::kReservedWords)
            if (w != "true" && w != "false") words.push_back(w);
        return words;
    }();
    return k;
}

/// Values of the clauses that take a fixed word
const std::map<std::string, Words>& clause_values() {
    static const std::map<std::string, Words> v = {
        {"kind", {"treaty", "convention", "agreement", "protocol", "national_law", "soft_law"}},
        {"origin", {"regional", "universal", "external"}},
        {"wording", {"verbatim", "translation", "paraphrase"}},
        {"paradigm", {"economic", "rights", "security"}},
        {"severity", {"critical", "high", "medium", "low", "info"}},
    };
    return v;
}

const Words kOutcomes = {"violation", "compliant", "undetermined", "not_applicable", "contested"};

void add_words(Items& out, const Words& words, ItemKind kind) {
    for (std::string_view w : words) out.push_back({std::string(w), kind, {}});
}

void add_facts(Items& out, const core::Schema& schema, std::string_view prefix = {}) {
    for (const core::FactInfo& f : schema.facts()) {
        if (f.path.compare(0, prefix.size(), prefix) != 0) continue;
        out.push_back({f.path.substr(prefix.size()), ItemKind::field, schema.type_name(f.type)});
    }
}

void add_provisions(Items& out, const core::RuleSet& r) {
    for (const core::Provision& p : r.provisions)
        out.push_back({p.id.text, ItemKind::reference, p.cite.value_or("")});
}

/// The values a fact takes, when there are few: an enum's values, or true and false
void add_values_of(Items& out, const core::Schema& schema, const std::string& path) {
    auto fact = schema.find_fact(path);
    if (!fact) return;
    const core::Type& t = schema.fact(*fact).type;
    if (t.kind == core::TypeKind::boolean) add_words(out, {"true", "false"}, ItemKind::value);
    bool has_enum = t.kind == core::TypeKind::enumeration || t.kind == core::TypeKind::set;
    if (!has_enum || t.enum_id >= schema.enums().size()) return;
    const core::EnumInfo& e = schema.enum_info(t.enum_id);
    for (const std::string& v : e.values) out.push_back({v, ItemKind::enum_member, e.name});
}

/// The text of the line of `offset` up to it
std::string line_prefix(std::string_view text, std::size_t offset) {
    std::size_t start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    start = (start == std::string_view::npos || offset == 0) ? 0 : start + 1;
    return std::string(text.substr(start, offset - start));
}

}  // namespace

std::vector<std::string> open_blocks(std::string_view text, std::size_t offset) {
    std::vector<std::string> blocks;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            line_start = i + 1;
        } else if (text.compare(i, 3, "\"\"\"") == 0) {
            std::size_t end = text.find("\"\"\"", i + 3);
            i = end == std::string_view::npos ? text.size() : end + 2;
        } else if (c == '"') {
            while (++i < text.size() && text[i] != '"' && text[i] != '\n')
                if (text[i] == '\\') ++i;
        } else if (text.compare(i, 2, "//") == 0) {
            while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
        } else if (text.compare(i, 2, "/*") == 0) {
            std::size_t end = text.find("*/", i + 2);
            i = end == std::string_view::npos ? text.size() : end + 1;
        } else if (c == '{') {
            std::size_t w = text.find_first_not_of(" \t", line_start);
            std::size_t e = w;
            while (e < i && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_'))
                ++e;
            blocks.emplace_back(text.substr(w, e - w));
        } else if (c == '}' && !blocks.empty()) {
            blocks.pop_back();
        }
    }
    return blocks;
}

std::vector<CompletionItem> complete_rules(const Snapshot& s, std::string_view text,
                                           std::size_t offset) {
    offset = std::min(offset, text.size());
    const core::RuleSet& r = s.rules;
    const core::Schema& schema = r.schema;
    std::string line = line_prefix(text, offset);
    std::vector<std::string> blocks = open_blocks(text, offset);
    std::string block = blocks.empty() ? "" : blocks.back();
    Items out;
    std::smatch m;
    static const std::regex see(R"((?:^|\s)(see|exception\s+to|expect)\s+[\w.]*$)");
    static const std::regex under(R"(\bunder\s+[\w.]*$)");
    static const std::regex of(R"(^\s*of\s+[\w.]*$)");
    static const std::regex expect_outcome(R"(^\s*expect\s+[\w.]+\s+\w*$)");
    static const std::regex clause(R"(^\s*(kind|origin|wording|paradigm|severity)\s+\w*$)");
    static const std::regex value(
        R"(([A-Za-z_][\w.]*)\s*(?:==|!=|=|\sin|\shas(?:\s+any|\s+all)?)\s*(?:\{[\w\s,]*)?\w*$)");
    static const std::regex line_start(R"(^\s*\w*$)");
    if (std::regex_search(line, see)) {
        add_provisions(out, r);
    } else if (std::regex_search(line, under)) {
        for (const core::Reading& reading : r.readings)
            out.push_back({reading.id.text, ItemKind::reference, reading.position.value_or("")});
    } else if (std::regex_search(line, of)) {
        if (block == "reading") {
            add_provisions(out, r);
        } else {
            for (const core::Instrument& i : r.instruments)
                out.push_back({i.id.text, ItemKind::module, i.title});
        }
    } else if (std::regex_search(line, expect_outcome)) {
        add_words(out, kOutcomes, ItemKind::value);
        add_words(out, {"binding", "advisory", "under"}, ItemKind::keyword);
    } else if (std::regex_search(line, m, clause) && block != "measure" && block != "") {
        add_words(out, clause_values().at(m[1].str()), ItemKind::value);
    } else if (std::regex_search(line, m, value) && schema.find_fact(m[1].str())) {
        add_values_of(out, schema, m[1].str());
    } else if (std::regex_search(line, line_start) && block_keywords().count(block)) {
        add_words(out, block_keywords().at(block), ItemKind::keyword);
        if (block == "measure") add_facts(out, schema);
    } else {
        add_facts(out, schema);
        for (const core::Define& d : r.defines)
            out.push_back({d.name.text, ItemKind::function, "define"});
        add_words(out, condition_keywords(), ItemKind::keyword);
    }
    return out;
}

std::vector<CompletionItem> complete_measures(const Snapshot& s, std::string_view text,
                                              std::size_t offset) {
    const core::Schema& schema = s.rules.schema;
    YamlContext ctx = yaml_context(text, offset);
    Items out;
    std::string parent = ctx.parents.empty() ? "" : ctx.parents.back();
    if (ctx.in_facts) {
        if (ctx.on_key) {
            add_facts(out, schema, ctx.fact_prefix);
            // Built-in facts (jurisdiction, in_force, …) are keys of the measure, not of facts.
            std::erase_if(out, [&](const CompletionItem& i) {
                auto fact = schema.find_fact(ctx.fact_prefix + i.label);
                return i.label.empty() || (fact && schema.fact(*fact).builtin);
            });
        } else {
            add_values_of(out, schema, ctx.fact_prefix + ctx.key);
        }
    } else if (parent == "expect") {
        if (ctx.on_key) {
            add_provisions(out, s.rules);
        } else {
            add_words(out, kOutcomes, ItemKind::value);
        }
    } else if (parent == "measures" || parent == "document") {
        if (ctx.on_key) {
            const auto& keys = parser::schema::kMeasureKeyNames;
            add_words(out, {keys.begin(), keys.end()}, ItemKind::keyword);
        } else if (ctx.key == "wording") {
            add_words(out, {"verbatim", "translation", "paraphrase"}, ItemKind::value);
        }
    } else if (ctx.parents.empty() && ctx.on_key) {
        add_words(out, {"document", "measures"}, ItemKind::keyword);
    }
    return out;
}

}  // namespace lexcheck::lsp::detail
