// `lexcheck diff OLD NEW` (LANGUAGE.md §12): the delta between two JSON reports of `check`,
// computed and written as `impact` does.
#include "app.hpp"
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
    c.add_option("reports", o.files, "the JSON reports of `lexcheck check` to compare")
        ->type_name("OLD NEW")
        ->required()
        ->expected(2);
    add_format_option(c, o, delta::formats());
    add_output_option(c, o);
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
    delta::ReadReport r = delta::read_report(text.str());
    if (!r.error.empty()) {
        err << path << ":1:1: error: the file " << r.error << "\n"
            << "  help: give a report written by `lexcheck check --format json`\n";
        return std::nullopt;
    }
    return r;
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

int run_diff(const Options& options, std::ostream& out, std::ostream& err) {
    auto older = read(options.files[0], err);
    auto newer = older ? read(options.files[1], err) : std::nullopt;
    if (!older || !newer) return kExitInputError;
    delta::Delta d = delta::compute(older->side, newer->side);
    delta::Header header{"diff", options.files[0] + " -> " + options.files[1], newer->side.as_of,
                         both_inputs(*older, *newer), newer->source_changes};
    auto produce = [&](std::ostream& o) {
        delta::write(options.format, header, older->side, newer->side, d, o);
    };
    if (!emit_output(options.output, produce, out, err)) return kExitInputError;
    return kExitOk;
}

}  // namespace

Command diff_command() {
    return {"diff", "the findings that differ between two JSON reports of check",
            "lexcheck diff before.json after.json --format md", define_diff, run_diff};
}

}  // namespace lexcheck::cli
