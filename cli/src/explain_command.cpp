// `lexcheck explain`: why (or why not) one outcome, as an indented tree.
#include <algorithm>
#include <ostream>

#include "app.hpp"
#include "commands.hpp"
#include "explain_text.hpp"
#include "inputs.hpp"
#include "lexcheck/checker/check.hpp"

namespace lexcheck::cli {

int run_explain(const Options& options, std::ostream& out, std::ostream& err) {
    auto in = load_inputs(options, err);
    if (!in) return kExitInputError;
    auto provision = in->rules.find_provision(options.provision);
    if (!provision) {
        err << "lexcheck: error: no provision is called `" << options.provision << "`\n";
        return kExitInputError;
    }
    const auto& measures = in->corpus.measures;
    auto m = std::find_if(measures.begin(), measures.end(),
                          [&](const core::Measure& x) { return x.id == options.measure; });
    if (m == measures.end()) {
        err << "lexcheck: error: no measure is called `" << options.measure << "`\n";
        return kExitInputError;
    }
    core::Date as_of = options.as_of.value_or(core::today());
    auto index = static_cast<std::uint32_t>(m - measures.begin());
    core::Finding f = checker::decide_one(in->rules, in->sources, *m, index, *provision, as_of);
    write_explanation(out, in->sources, in->rules, *m, f, as_of);
    return kExitOk;
}

}  // namespace lexcheck::cli
