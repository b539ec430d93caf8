// `lexcheck explain`: why (or why not) one outcome, as an indented tree.
#include "app.hpp"
#include "command.hpp"
#include "explain_text.hpp"
#include "inputs.hpp"
#include "progress.hpp"

#include "lexcheck/analysis/remedies.hpp"
#include "lexcheck/checker/check.hpp"
#include "lexcheck/core/suggest.hpp"
#include "lexcheck/reports/remedy_words.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <ostream>

namespace lexcheck::cli {

namespace {

void define_explain(CLI::App& c, Options& o) {
    c.add_option("--measure", o.measure, "the id of the measure")->type_name("ID")->required();
    c.add_option("--provision", o.provision, "the id of the provision (not of an exception)")
        ->type_name("ID")
        ->required();
    add_input_options(c, o);
    add_as_of_option(c, o);
    add_remedies_options(c, o);
}

/// "no provision is called `x`", with the nearest id as help, else where the ids are
void no_such(std::ostream& err, const char* what, const std::string& id,
             const std::vector<std::string>& ids, const char* where) {
    err << "lexcheck: error: no " << what << " is called `" << id << "`\n";
    auto help = core::did_you_mean(id, ids);
    err << "  = help: " << (help ? *help : std::string(where)) << "\n";
}

/// The provision `--provision` names, or nullopt once the reason is on `err`
std::optional<std::uint32_t> provision_to_explain(const core::RuleSet& rules, const std::string& id,
                                                  std::ostream& err) {
    auto provision = rules.find_provision(id);
    if (!provision) {
        if (auto k = rules.find_reading(id)) {
            // LANGUAGE.md §8: a reading has no finding of its own; its provision's shows it.
            const core::Reading& rd = rules.readings[*k];
            err << "lexcheck: error: `" << id
                << "` is a reading, not a provision\n  = help: explain `"
                << (rd.of ? rd.of->text : std::string("its provision"))
                << "`; a contested finding shows every reading's outcome\n";
            return std::nullopt;
        }
        std::vector<std::string> ids;
        for (const core::Provision& p : rules.provisions) ids.push_back(p.id.text);
        no_such(err, "provision", id, ids,
                "a provision's id is the name after `provision` in the rules given with --rules");
        return std::nullopt;
    }
    const core::Provision& p = rules.provisions[*provision];
    if (p.is_exception()) {
        // Exceptions have no outcome of their own (LANGUAGE.md §5.5): explain what they defeat.
        std::uint32_t top = *provision;
        while (rules.provisions[top].is_exception() &&
               rules.provisions[top].exception_target != core::kNone) {
            top = rules.provisions[top].exception_target;
        }
        err << "lexcheck: error: `" << p.id.text
            << "` is an exception and has no outcome of its own\n"
            << "  = help: explain `" << rules.provisions[top].id.text
            << "`; its explanation shows whether this exception held\n";
        return std::nullopt;
    }
    return provision;
}

/// `--remedies`: what would make the finding comply (docs/remedies.md)
void write_remedies(std::ostream& out, const Inputs& in, const core::Measure& m,
                    const core::Finding& f, core::Date as_of, const Options& options) {
    out << "\nremedies:\n";
    if (!analysis::wants_remedies(f)) {
        out << "  none needed: the finding is " << core::outcome_name(f.outcome) << "\n";
        return;
    }
    analysis::RemedyOptions ro;
    ro.as_of = as_of;
    ro.count = options.remedies;
    ro.keep_others = options.keep_others;
    core::FindingRemedies r = analysis::find_remedies(in.rules, in.sources, m, f, ro);
    reports::write_remedies_text(out, in.rules, m, r, "  ");
}

/// Why a measure not in force on `as_of` has no finding, and which date to give instead
void say_not_in_force(std::ostream& out, const core::Measure& m, core::Date as_of) {
    out << m.id << " is not in force on " << core::format_date(as_of)
        << (m.in_force && *m.in_force > as_of
                ? " (in force from " + core::format_date(*m.in_force) + ")"
            : m.until ? " (no longer in force from " + core::format_date(*m.until) + ")"
                      : "")
        << ", so `lexcheck check` leaves it out.\nGive --as-of a date on which it was in force "
           "to explain it.\n";
}

int run_explain(const Options& options, std::ostream& out, std::ostream& err) {
    Progress progress(Progress::mode_for(options.progress, err), err);
    auto in = load_inputs(options, err, &progress);
    if (!in) return kExitInputError;
    // Every wrong id is reported in one run, not only the first.
    auto provision = provision_to_explain(in->rules, options.provision, err);
    // Found by the heads: of a corpus read from the cache, only this measure is built.
    const core::MeasureList& measures = in->corpus.measures;
    std::size_t index = 0;
    while (index < measures.size() && measures.head(index).id != options.measure) ++index;
    if (index == measures.size()) {
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < measures.size(); ++i) ids.emplace_back(measures.head(i).id);
        no_such(err, "measure", options.measure, ids,
                "a measure's id is its `id:` in the measure files given with --corpus");
    }
    if (!provision || index == measures.size()) return kExitInputError;
    const core::Measure* m = &measures[index];
    core::Date as_of = options.as_of.value_or(core::today());
    if (!checker::measure_in_force(*m, as_of)) {
        say_not_in_force(out, *m, as_of);
        return kExitOk;
    }
    core::Finding f = checker::decide_one(in->rules, in->sources, *m,
                                          static_cast<std::uint32_t>(index), *provision, as_of);
    write_explanation(out, in->sources, in->rules, *m, f, as_of);
    if (options.remedies > 0) write_remedies(out, *in, *m, f, as_of, options);
    return kExitOk;
}

}  // namespace

Command explain_command() {
    return {"explain", "show how the finding of one measure against one provision was reached",
            "lexcheck explain --measure ru.fz114.art27.p1 --provision eaeu_treaty.art97.p2 "
            "--as-of 2024-01-01",
            define_explain, run_explain};
}

}  // namespace lexcheck::cli
