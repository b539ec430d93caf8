// `lexcheck diff --db FILE RUN RUN`: the delta between two recorded runs (LANGUAGE.md §12,
// docs/audit.md). `diff OLD NEW` of two JSON reports comes with issue 15 and shares the delta.
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"
#include "output_file.hpp"

#include "lexcheck/audit/delta_report.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace lexcheck::cli {

namespace {

void define_diff(CLI::App& c, Options& o) {
    add_db_option(c, o);
    c.add_option("runs", o.runs, "the earlier and the later run, as `lexcheck history` lists them")
        ->type_name("RUN")
        ->expected(2)
        ->required();
    add_format_option(c, o, {std::begin(audit::kDeltaFormats), std::end(audit::kDeltaFormats)});
    c.add_option_function<std::string>(
         "-o,--output", [&o](const std::string& v) { o.output = v; },
         "write the delta into FILE, whole or not at all (default: standard output)")
        ->type_name("FILE");
}

/// A run's findings as keys and as the objects of its JSON report
std::optional<audit::DeltaSide> side_of(audit::Database& db, const audit::StoredRun& run,
                                        unsigned threads, std::ostream& err) {
    std::optional<std::string> json = render_recorded(db, run, "json", threads, err);
    if (!json) return std::nullopt;
    audit::DeltaSide side{audit::finding_keys(run.findings), audit::finding_objects(*json)};
    if (side.keys.size() != side.objects.size()) {
        throw audit::Error("run " + std::to_string(run.info.id) +
                           "'s JSON report does not list its stored findings");
    }
    return side;
}

int run_diff(const Options& options, std::ostream& out, std::ostream& err) {
    try {
        audit::Database db(options.db, audit::Access::read);
        audit::StoredRun before = db.load(options.runs.at(0));
        audit::StoredRun after = db.load(options.runs.at(1));
        auto old_side = side_of(db, before, options.threads, err);
        auto new_side = old_side ? side_of(db, after, options.threads, err) : std::nullopt;
        if (!new_side) return kExitInputError;
        audit::DeltaHeader header{after.info.as_of, {}};
        for (const audit::StoredFile& f : after.files) header.inputs.emplace_back(f.path, f.sha256);
        audit::Delta delta = audit::compute_delta(old_side->keys, new_side->keys);
        auto produce = [&](std::ostream& o) {
            audit::write_delta(delta, *old_side, *new_side, header, options.format, o);
        };
        if (!options.output) {
            produce(out);
            return kExitOk;
        }
        std::string problem = write_output(*options.output, produce);
        if (problem.empty()) return kExitOk;
        err << "lexcheck: error: " << problem << "\n";
        return kExitInputError;
    } catch (const audit::Error& e) {
        return report_audit_error(e, err);
    }
}

}  // namespace

Command diff_command() {
    return {"diff", "show what changed between two runs recorded in an audit database",
            "lexcheck diff --db audit.db 3 4 --format md", define_diff, run_diff};
}

}  // namespace lexcheck::cli
