#include "recheck.hpp"

#include "lexcheck/checker/check.hpp"

#include <algorithm>

namespace lexcheck::analysis::detail {

core::Measure changed_measure(const core::Measure& m,
                              const std::vector<core::FactChange>& changes) {
    core::Measure out = m;
    for (const core::FactChange& c : changes) {
        auto at = std::lower_bound(
            out.facts.begin(), out.facts.end(), c.fact,
            [](const core::FactValue& f, std::uint32_t id) { return f.fact < id; });
        if (at != out.facts.end() && at->fact == c.fact) {
            at->value = c.after;
            at->at = {};  // no longer the value written in the measure file
        } else {
            out.facts.insert(at, core::FactValue{c.fact, c.after, {}});
        }
    }
    return out;
}

std::vector<std::uint32_t> binding_violations(const core::RuleSet& rules,
                                              const core::SourceManager& sources,
                                              const core::Measure& m, core::Date as_of) {
    core::Corpus corpus;
    corpus.measures.push_back(m);
    checker::CheckOptions options;
    options.as_of = as_of;
    options.threads = 1;
    options.with_trace = false;
    options.only = {core::Outcome::violation};
    std::vector<std::uint32_t> out;
    for (const core::Finding& f : checker::check(rules, corpus, sources, options).findings) {
        if (f.binding) out.push_back(f.provision);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace lexcheck::analysis::detail
