// Fuzz target for measure files: any bytes, read as YAML, JSON and JSON Lines against a small
// vocabulary with a fact of every type, must load or be reported, never crash. Where a fast
// path (the YAML reader, simdjson) accepts the bytes, yaml-cpp must read exactly the same
// measures from them and report nothing.
#include "measure_file_diff.hpp"
#include "readers.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/measures.hpp"
#include "lexcheck/parser/parse.hpp"
#include "lexcheck/parser/resolve.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

const lexcheck::core::Schema& schema() {
    static const lexcheck::core::RuleSet rules = [] {
        lexcheck::core::SourceManager sources;
        auto file = sources.add("vocabulary.lex", R"lex(
vocabulary v {
  enum measure_kind { entry_ban, expulsion }
  enum person { eaeu_worker, foreign_national }
  enum offence_scope { migration_regime, any_administrative }
  fact kind : measure_kind
  fact applies_to : set<person>
  fact mandatory : bool
  fact trigger.offence_count : int
  fact trigger.window : duration
  fact trigger.offence_scope : offence_scope
  fact exempts : set<person>
  fact fine.ratio : number
  fact ban.duration : duration
  fact decided : date
  fact note : text
  fact origin_state : state
}
)lex");
        lexcheck::core::RuleSet r;
        lexcheck::core::DiagnosticSink sink;
        lexcheck::parser::parse_rule_file(sources, file, r, sink);
        lexcheck::parser::resolve(sources, r, sink);
        return r;
    }();
    return rules.schema;
}

// The fast path for `name` against yaml-cpp on the same bytes
void check_fast_path(const char* name, const std::string& text) {
    lexcheck::core::SourceManager sources;
    auto file = sources.add(name, text);
    namespace detail = lexcheck::parser::detail;
    bool yaml = std::string(name).find(".json") == std::string::npos;
    auto fast = yaml ? detail::parse_measure_file_fast_yaml(sources, file, schema())
                     : detail::parse_measure_file_json(sources, file, schema());
    if (!fast) return;
    lexcheck::core::DiagnosticSink sink;
    auto slow = detail::parse_measure_file_yaml_cpp(sources, file, schema(), sink);
    std::string diff = lexcheck::testing::measure_file_diff(*fast, slow);
    if (!sink.sorted(sources).empty()) diff = "yaml-cpp reports what the fast path accepted";
    if (diff.empty()) return;
    std::fprintf(stderr, "%s: fast path differs from yaml-cpp: %s\n", name, diff.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    for (const char* name : {"fuzz.yaml", "fuzz.json", "fuzz.jsonl"}) {
        lexcheck::core::SourceManager sources;
        auto file = sources.add(name, text);
        lexcheck::core::DiagnosticSink sink;
        (void)lexcheck::parser::parse_measure_file(sources, file, schema(), sink);
        for (const auto& d : sink.take()) (void)lexcheck::core::render_diagnostic(sources, d);
        check_fast_path(name, text);
    }
    return 0;
}
