// `lexcheck diff OLD NEW` (LANGUAGE.md §12): the delta between two JSON reports of `check`,
// computed and written as `impact` does; `diff --db FILE OLD NEW` the same between two runs
// recorded in an audit database (docs/audit.md), each rendered as its JSON report first.
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"
#include "output_file.hpp"

#include "lexcheck/delta/read_report.hpp"
#include "lexcheck/delta/render.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <fstream>
#include <ostream>
#include <sstream>

namespace lexcheck::cli {

namespace {

void define_diff(CLI::App& c, Options& o) {
    c.add_option("reports", o.files,
                 "the JSON reports of `lexcheck check` to compare; with --db, two run numbers")
        ->type_name("OLD NEW")
        ->required()
        ->expected(2);
    add_db_option(c, o, false);
    add_format_option(c, o, delta::formats());
    add_output_option(c, o);
}

/// A report read from `text`, or nullopt after saying what is wrong with it (`name` is where
/// the text comes from)
std::optional<delta::ReadReport> read_text(const std::string& name, const std::string& text,
                                           std::ostream& err) {
    delta::ReadReport r = delta::read_report(text);
    if (!r.error.empty()) {
        err << name << ":1:1: error: the file " << r.error << "\n"
            << "  help: give a report written by `lexcheck check --format json`\n";
        return std::nullopt;
    }
    return r;
}

/// A report read from `path`, or nullopt after saying what is wrong with it
std::optional<delta::ReadReport> read(const std::string& path, std::ostream& err) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in) text << in.rdbuf();
    if (!in) {
        err << path << ": error: cannot read the report\n"
            << "  help: give the path of a file written by `lexcheck check --format json`\n";
        return std::nullopt;
    }
    return read_text(path, text.str(), err);
}

/// Recorded run `number` of the database, read as its JSON report; nullopt after saying why not
std::optional<delta::ReadReport> read_run(audit::Database& db, const std::string& number,
                                          unsigned threads, std::ostream& err) {
    std::optional<std::int64_t> id = parse_run_number(number);
    if (!id) {
        err << "lexcheck: error: `" << number << "` is not a run number\n"
            << "  = help: `lexcheck history --db FILE` lists the runs\n";
        return std::nullopt;
    }
    audit::StoredRun run = db.load(*id);
    if (run.info.command != "check") {
        throw audit::Error("run " + number + " is an `" + run.info.command +
                               "` run; `diff --db` compares runs of `check`",
                           "`lexcheck history --db FILE` lists each run's command");
    }
    std::optional<std::string> json = render_recorded(db, run, "json", threads, err);
    if (!json) return std::nullopt;
    return read_text("run " + number, *json, err);
}

/// Both reports' inputs, each path once (the new report's digest where both list it)
std::vector<reports::InputFile> both_inputs(const delta::ReadReport& older,
                                            const delta::ReadReport& newer) {
    std::vector<reports::InputFile> all = newer.inputs;
    for (const reports::InputFile& f : older.inputs) {
        bool known = std::any_of(all.begin(), all.end(),
                                 [&](const reports::InputFile& g) { return g.path == f.path; });
        if (!known) all.push_back(f);
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return all;
}

int write_diff(const Options& options, const delta::ReadReport& older,
               const delta::ReadReport& newer, const std::string& subject, std::ostream& out,
               std::ostream& err) {
    delta::Delta d = delta::compute(older.side, newer.side);
    delta::Header header{"diff", subject, newer.side.as_of, both_inputs(older, newer),
                         newer.source_changes};
    auto produce = [&](std::ostream& o) {
        delta::write(options.format, header, older.side, newer.side, d, o);
    };
    if (!emit_output(options.output, produce, out, err)) return kExitInputError;
    return kExitOk;
}

int run_diff(const Options& options, std::ostream& out, std::ostream& err) {
    const std::string& a = options.files[0];
    const std::string& b = options.files[1];
    if (options.db.empty()) {
        auto older = read(a, err);
        auto newer = older ? read(b, err) : std::nullopt;
        if (!older || !newer) return kExitInputError;
        return write_diff(options, *older, *newer, a + " -> " + b, out, err);
    }
    try {
        audit::Database db(options.db, audit::Access::read);
        auto older = read_run(db, a, options.threads, err);
        auto newer = older ? read_run(db, b, options.threads, err) : std::nullopt;
        if (!older || !newer) return kExitInputError;
        return write_diff(options, *older, *newer, "run " + a + " -> run " + b, out, err);
    } catch (const audit::Error& e) {
        return report_audit_error(e, err);
    }
}

}  // namespace

Command diff_command() {
    return {"diff",
            "the findings that differ between two JSON reports of check, or two recorded runs",
            "lexcheck diff before.json after.json --format md", define_diff, run_diff};
}

}  // namespace lexcheck::cli
