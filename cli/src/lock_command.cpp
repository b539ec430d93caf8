// `lexcheck lock [--lock FILE] [--check]` (LANGUAGE.md §11): writes the text of every quoted
// element, so that a later change of a consolidated text is noticed (`source_changed`).
#include "app.hpp"
#include "command.hpp"
#include "inputs.hpp"
#include "lock/source_lock.hpp"
#include "output_file.hpp"
#include "progress.hpp"

#include <CLI/CLI.hpp>

#include <fstream>
#include <ostream>
#include <sstream>

namespace lexcheck::cli {

namespace {

void define_lock(CLI::App& c, Options& o) {
    add_input_options(c, o);
    c.add_flag("--check", o.check_only,
               "write nothing; exit 1 if the lock is not what `lexcheck lock` would write");
}

int run_lock(const Options& options, std::ostream& out, std::ostream& err) {
    std::unique_ptr<Inputs> in;
    {
        Progress progress(Progress::mode_for(options.progress, err), err);
        in = load_inputs(options, err, &progress);
    }
    if (!in) return kExitInputError;
    std::string path = lock::lock_path(options);
    std::string text = lock::lock_text(lock::current_entries(*in, path));
    if (options.check_only) {
        std::ifstream file(path, std::ios::binary);
        std::ostringstream old;
        if (file) old << file.rdbuf();
        if (file && old.str() == text) {
            out << path << " is up to date\n";
            return kExitOk;
        }
        out << path << (file ? " is out of date" : " does not exist")
            << ": run `lexcheck lock` to write it\n";
        return kExitFindings;
    }
    std::string problem = write_output(path, [&](std::ostream& o) { o << text; });
    if (!problem.empty()) {
        err << "lexcheck: error: " << problem << "\n";
        return kExitInputError;
    }
    return kExitOk;
}

}  // namespace

Command lock_command() {
    return {"lock", "record the quoted source texts, to notice when a law's text changes",
            "lexcheck lock --check", define_lock, run_lock};
}

}  // namespace lexcheck::cli
