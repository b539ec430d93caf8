// `lexcheck explain`: why (or why not) one outcome, as an indented tree.
#include "app.hpp"
#include "commands.hpp"
#include "explain_text.hpp"
#include "inputs.hpp"

#include "lexcheck/checker/check.hpp"

#include <algorithm>
#include <ostream>

namespace lexcheck::cli {

int run_explain(const Options& options, std::ostream& out, std::ostream& err) {
    auto in = load_inputs(options, err);
    if (!in) return kExitInputError;
    auto provision = in->rules.find_provision(options.provision);
    if (!provision) {
        if (auto k = in->rules.find_reading(options.provision)) {
            // LANGUAGE.md §8: a reading has no finding of its own; its provision's shows it.
            const core::Reading& rd = in->rules.readings[*k];
            err << "lexcheck: error: `" << options.provision
                << "` is a reading, not a provision\n  = help: explain `"
                << (rd.of ? rd.of->text : std::string("its provision"))
                << "`; a contested finding shows every reading's outcome\n";
            return kExitInputError;
        }
        err << "lexcheck: error: no provision is called `" << options.provision << "`\n";
        return kExitInputError;
    }
    const core::Provision& p = in->rules.provisions[*provision];
    if (p.is_exception()) {
        // Exceptions have no outcome of their own (LANGUAGE.md §5.5): explain what they defeat.
        std::uint32_t top = *provision;
        while (in->rules.provisions[top].is_exception() &&
               in->rules.provisions[top].exception_target != core::kNone) {
            top = in->rules.provisions[top].exception_target;
        }
        err << "lexcheck: error: `" << p.id.text
            << "` is an exception and has no outcome of its own\n"
            << "  = help: explain `" << in->rules.provisions[top].id.text
            << "`; its explanation shows whether this exception held\n";
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
    if (!checker::measure_in_force(*m, as_of)) {
        out << m->id << " is not in force on " << core::format_date(as_of)
            << (m->in_force && *m->in_force > as_of
                    ? " (in force from " + core::format_date(*m->in_force) + ")"
                : m->until ? " (no longer in force from " + core::format_date(*m->until) + ")"
                           : "")
            << ", so `lexcheck check` leaves it out.\nGive --as-of a date on which it was in force "
               "to explain it.\n";
        return kExitOk;
    }
    auto index = static_cast<std::uint32_t>(m - measures.begin());
    core::Finding f = checker::decide_one(in->rules, in->sources, *m, index, *provision, as_of);
    write_explanation(out, in->sources, in->rules, *m, f, as_of);
    return kExitOk;
}

}  // namespace lexcheck::cli
