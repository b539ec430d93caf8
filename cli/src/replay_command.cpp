// `lexcheck replay --db FILE --run ID`: checks a recorded run again from its stored inputs and
// compares the findings; exit 0 when identical, 1 with the difference (docs/audit.md).
#include "app.hpp"
#include "audit/db_options.hpp"
#include "audit/recorded_run.hpp"
#include "command.hpp"

#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/core/sha256.hpp"
#include "lexcheck/core/version.hpp"
#include "lexcheck/delta/render.hpp"

#include <CLI/CLI.hpp>

#include <ostream>
#include <sstream>

namespace lexcheck::cli {

namespace {

void define_replay(CLI::App& c, Options& o) {
    add_run_options(c, o);
    c.add_option("--threads", o.threads, "threads to work with (default: one per processor)")
        ->type_name("N");
}

/// Stored files whose content no longer has the SHA-256 they were stored under
bool altered_files(const audit::StoredRun& run, std::ostream& out) {
    bool altered = false;
    for (const audit::StoredFile& f : run.files) {
        if (core::sha256_hex(f.content) == f.sha256) continue;
        out << "  altered  " << f.path << ": its stored content does not have the SHA-256 "
            << f.sha256 << " it was recorded with\n";
        altered = true;
    }
    return altered;
}

int run_replay(const Options& options, std::ostream& out, std::ostream& err) {
    try {
        audit::Database db(options.db, audit::Access::read);
        audit::StoredRun run = db.load(options.run);
        std::string what = "run " + std::to_string(run.info.id) + " (recorded " +
                           run.info.recorded_at + " by lexcheck " + run.info.version + ")";
        std::ostringstream differences;
        if (altered_files(run, differences)) {  // a check of altered inputs would prove nothing
            out << "replay of " << what << ": the stored inputs were altered\n"
                << differences.str();
            return kExitFindings;
        }
        Options recorded = options_of(run);
        recorded.threads = options.threads;
        std::optional<Recorded> loaded = load_recorded(run, recorded, err);
        if (!loaded) return kExitInputError;
        Inputs& inputs = *loaded->inputs;
        checker::CheckResult again = loaded->impact
                                         ? std::move(loaded->impact->changed)
                                         : checker::check(inputs.rules, inputs.corpus,
                                                          inputs.sources, check_options(recorded));
        // Compared in the encoding the run was recorded in (one before the reasons of
        // LANGUAGE.md §13 without them)
        std::string encoded = audit::encode_findings(
            again, inputs.rules, inputs.corpus, inputs.sources, audit::encoding_of(run.findings));
        if (encoded == run.findings) {
            out << "replay of " << what << ": the findings are identical (" << again.findings.size()
                << " listed)\n";
            return kExitOk;
        }
        delta::Side before = stored_side(run.findings), after = stored_side(encoded);
        delta::Delta d = delta::compute(before, after);
        if (d.changes.empty()) {
            differences << "  the outcomes are the same, but the explanations (traces, missing "
                           "facts, readings) or the summary counts differ\n";
        }
        for (const delta::Change& c : d.changes) {
            differences << "  " << delta::kind_name(c.kind) << "  " << c.measure << " × "
                        << c.provision << ": " << delta::state_text(before, c.before) << " → "
                        << delta::state_text(after, c.after) << "\n";
        }
        out << "replay of " << what << " with lexcheck " << core::version()
            << ": the findings differ\n"
            << differences.str();
        return kExitFindings;
    } catch (const audit::Error& e) {
        return report_audit_error(e, err);
    }
}

}  // namespace

Command replay_command() {
    return {"replay", "check a recorded run again from its stored inputs and compare",
            "lexcheck replay --db audit.db --run 3", define_replay, run_replay};
}

}  // namespace lexcheck::cli
