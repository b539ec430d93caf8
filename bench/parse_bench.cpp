// Parsing rule files: parse_rule_file (+ parser::resolve) over a generated, realistic rule set
// of >= 20 MB (one vocabulary, instruments, defines, thousands of provisions with scope,
// prohibits/requires, unless, see, cite and block-string text), and the 10^6-line define
// chains (issue 8's `dN = dN+1`, and bench/scale.sh's `dN = not dN-1`). Reproduce: see
// docs/performance.md, "Parsing".
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/parse.hpp"
#include "lexcheck/parser/resolve.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace lexcheck;

constexpr std::size_t kTargetBytes = 20u * 1024 * 1024;
constexpr int kInstruments = 50;
constexpr int kDefines = 2000;

std::string vocabulary() {
    return R"(vocabulary migration {
  enum measure_kind { entry_ban, expulsion, work_authorisation, labour_quota, stay_limit }
  enum person { eaeu_worker, family_member, third_country_national, stateless_person }
  enum ground { national_security, public_order, public_health, economic_necessity }
  enum offence_scope { migration_regime, any_administrative, criminal }
  fact kind : measure_kind            "What the measure does"
  fact applies_to : set<person>       "Whom it applies to"
  fact ground : set<ground>           "Grounds the measure itself invokes"
  fact trigger.offence_scope : offence_scope
  fact trigger.offence_count : int
  fact trigger.window : duration
  fact ban.duration : duration
  fact individual_assessment : bool
  fact appeal_available : bool
  fact fee : number
  fact adopted : date
}
)";
}

std::string instrument(int i) {
    std::string id = "treaty_" + std::to_string(i);
    return "instrument " + id + " \"Generated treaty number " + std::to_string(i) +
           "\" {\n  kind treaty\n  origin regional\n  signed 2014-05-29\n  in_force 2015-01-01\n"
           "  party RU from 2015-01-01\n  party AM from 2015-01-02\n"
           "  party KG from 2015-08-06 until 2099-12-31\n  party KZ from 2015-01-01\n"
           "  party UZ observer\n}\n\n";
}

std::string define(int i) {
    std::string name = "rule_" + std::to_string(i);
    switch (i % 4) {
        case 0:
            return "define " + name +
                   " =\n  trigger.offence_scope != migration_regime and trigger.offence_count >= " +
                   std::to_string(i % 7 + 1) + "\n\n";
        case 1:
            return "define " + name + " = ground has any {public_order, national_security} or " +
                   "rule_" + std::to_string(i - 1) + "\n\n";
        case 2:
            return "define " + name + " = not individual_assessment and ban.duration > " +
                   std::to_string(i % 10 + 1) + "y\n\n";
        default:
            return "define " + name +
                   " = (appeal_available is unknown or fee > 12.5) and adopted >= 2016-03-01\n\n";
    }
}

std::string provision(int i) {
    std::string inst = "treaty_" + std::to_string(i % kInstruments);
    std::string id = inst + ".art" + std::to_string(i) + ".p1";
    std::string out = "provision " + id + " {\n  of " + inst + "\n  cite \"Article " +
                      std::to_string(i) + "(1)\"\n";
    out +=
        "  text \"\"\"\n    Member States shall not establish or apply restrictions on the "
        "employment of\n    workers of the Member States, except as provided by this "
        "Treaty and the\n    annexes to it, in particular restrictions aimed at ensuring "
        "national security,\n    public order and public health, as set out in Article " +
        std::to_string(i) + ".\n  \"\"\"\n";
    out += "  wording verbatim\n  paradigm economic\n  severity high\n  in_force 2015-01-01\n";
    out += "  scope kind in {labour_quota, work_authorisation, entry_ban}\n";
    if (i % 2 == 0) {
        out += "  prohibits applies_to has eaeu_worker and rule_" + std::to_string(i % kDefines) +
               " \"restricts access of workers to the labour market\"\n";
    } else {
        out += "  requires individual_assessment or appeal_available \"a decision needs review\"\n";
    }
    out += "  unless ground has national_security \"security exception, second sentence\"\n";
    out += "  unless ground has public_health and ban.duration <= 90d \"health, short bans\"\n";
    if (i > 0) {
        std::string prev = "treaty_" + std::to_string((i - 1) % kInstruments) + ".art" +
                           std::to_string(i - 1) + ".p1";
        out += "  see " + prev + "\n";
    }
    out += "}\n\n";
    return out;
}

/// A rule set of at least kTargetBytes that parses and resolves without errors
const std::string& rule_set_text() {
    static const std::string text = [] {
        std::string s = vocabulary();
        for (int i = 0; i < kInstruments; ++i) s += instrument(i);
        for (int i = 0; i < kDefines; ++i) s += define(i);
        for (int i = 0; s.size() < kTargetBytes; ++i) s += provision(i);
        return s;
    }();
    return text;
}

/// Issue 8's chain: `define d0 = d1`, …, `define d999999 = d1000000`, `define d1000000 = true`
const std::string& chain_text() {
    static const std::string text = [] {
        std::string s;
        for (int i = 0; i < 1000000; ++i) {
            s += "define d" + std::to_string(i) + " = d" + std::to_string(i + 1) + "\n";
        }
        s += "define d1000000 = true\n";
        return s;
    }();
    return text;
}

/// bench/generate.py's chain (bench/scale.sh): `define d1 = not d0`, … — two conditions a line
const std::string& not_chain_text() {
    static const std::string text = [] {
        std::string s = "define d0 = true\n";
        for (int i = 1; i <= 1000000; ++i) {
            s += "define d" + std::to_string(i) + " = not d" + std::to_string(i - 1) + "\n";
        }
        return s;
    }();
    return text;
}

void run(benchmark::State& state, const std::string& text, bool resolve) {
    std::size_t errors = 0;
    for (auto _ : state) {
        state.PauseTiming();
        core::SourceManager sources;
        core::SourceId file = sources.add("bench.lex", text);
        core::RuleSet rules;
        core::DiagnosticSink sink;
        state.ResumeTiming();
        parser::parse_rule_file(sources, file, rules, sink);
        if (resolve) parser::resolve(sources, rules, sink);
        errors += sink.error_count();
        benchmark::DoNotOptimize(rules.provisions.data());
        state.PauseTiming();
        {
            core::RuleSet discard = std::move(rules);  // destruction is not parsing
        }
        state.ResumeTiming();
    }
    if (errors != 0) state.SkipWithError("the generated rule set has errors");
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}

void BM_Parse(benchmark::State& state) {
    run(state, rule_set_text(), false);
}
void BM_ParseResolve(benchmark::State& state) {
    run(state, rule_set_text(), true);
}
void BM_DefineChainParse(benchmark::State& state) {
    run(state, chain_text(), false);
}
void BM_DefineChainParseResolve(benchmark::State& state) {
    run(state, chain_text(), true);
}
void BM_NotChainParseResolve(benchmark::State& state) {
    run(state, not_chain_text(), true);
}

BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ParseResolve)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_DefineChainParse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DefineChainParseResolve)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NotChainParseResolve)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
