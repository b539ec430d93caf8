// The shipped rules/ and corpus/ of the repository, loaded and decided as `lexcheck check`
// does, for the tests that assert what the shipped check shows (shipped_*_test.cpp).
#pragma once

#include "temp_dir.hpp"

#include "lexcheck/checker/check.hpp"
#include "lexcheck/parser/load.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace lexcheck::testing {

struct Shipped {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::RuleSet rules;
    core::Corpus corpus;

    const core::Measure& measure(const std::string& id) const {
        for (const core::Measure& m : corpus.measures) {
            if (m.id == id) return m;
        }
        throw std::runtime_error("no measure " + id);
    }
    std::uint32_t provision(const std::string& id) const {
        for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
            if (rules.provisions[i].id.text == id) return i;
        }
        throw std::runtime_error("no provision " + id);
    }
    core::Finding decide(const core::Measure& m, const std::string& provision_id,
                         const char* as_of) const {
        std::uint32_t index = 0;
        while (&corpus.measures[index] != &m) ++index;
        return checker::decide_one(rules, sources, m, index, provision(provision_id),
                                   *core::parse_date(as_of));
    }
    core::Finding decide(const std::string& measure_id, const std::string& provision_id,
                         const char* as_of) const {
        return decide(measure(measure_id), provision_id, as_of);
    }
    /// The id of the reading an assignment chose for its point `point` (a provision id for
    /// the primary reading, as the JSON's `chosen` names it)
    std::string chosen(const core::ReadingOutcome& r, std::size_t point = 0) const {
        const core::ChosenReading& c = r.chosen.at(point);
        if (c.reading == core::kNone) return rules.provisions[c.provision].id.text;
        return rules.readings[c.reading].id.text;
    }
    /// The outcome of the assignment of `f` that chose `reading` (for a finding with one
    /// contested point); throws when no assignment chose it
    core::Outcome under(const core::Finding& f, const std::string& reading) const {
        for (const core::ReadingOutcome& r : f.readings) {
            if (chosen(r) == reading) return r.outcome;
        }
        throw std::runtime_error("no assignment chose " + reading);
    }
};

/// The shipped rules with the shipped corpus, or with the measure files in `corpus`
inline std::unique_ptr<Shipped> load_shipped(std::vector<std::string> corpus = {LEXCHECK_SOURCE_DIR
                                                                                "/corpus"}) {
    auto s = std::make_unique<Shipped>();
    parser::load_rule_set({LEXCHECK_SOURCE_DIR "/rules"}, s->sources, s->rules, s->sink);
    parser::load_corpus(corpus, s->rules.schema, s->sources, s->corpus, s->sink, 2);
    for (const auto& d : s->sink.sorted(s->sources)) {
        if (d.severity == core::Severity::error) ADD_FAILURE() << render_diagnostic(s->sources, d);
    }
    return s;
}

/// The shipped rules with one measure file of the given YAML text (read at once, so the
/// temporary folder may go)
inline std::unique_ptr<Shipped> load_shipped_yaml(const char* folder, const char* yaml) {
    TempDir dir(folder);
    dir.write("measures.yaml", yaml);
    return load_shipped({dir.str()});
}

/// The shipped data, loaded once per test program
inline const Shipped& shipped() {
    static const std::unique_ptr<Shipped> s = load_shipped();
    return *s;
}

/// The whole check of the shipped data on `as_of`
inline checker::CheckResult check_shipped(const Shipped& s, const char* as_of,
                                          bool include_not_applicable = false) {
    checker::CheckOptions options;
    options.as_of = *core::parse_date(as_of);
    options.include_not_applicable = include_not_applicable;
    return checker::check(s.rules, s.corpus, s.sources, options);
}

inline bool lists(const std::vector<std::string>& facts, const std::string& fact) {
    return std::find(facts.begin(), facts.end(), fact) != facts.end();
}

}  // namespace lexcheck::testing
