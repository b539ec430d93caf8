// What a long run is doing, on standard error (docs/cli.md): files read, measures decided,
// tests run, and the time since the command started. On a terminal it is one line, redrawn
// at most ten times a second and cleared at the end; in a pipe, a file or a CI log there is
// none unless `--progress` asks, and then it is plain lines.
#pragma once

#include "lexcheck/core/source.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>
#include <thread>

namespace lexcheck::cli {

class Progress {
public:
    enum class Mode { off, terminal, lines };

    /// The mode for a command: a terminal line when `err` is the process's standard error,
    /// that is a terminal (not `TERM=dumb`) and not a CI log (`CI` unset); else plain lines
    /// if `asked` (`--progress`); else off
    static Mode mode_for(bool asked, const std::ostream& err);

    Progress(Mode mode, std::ostream& err);
    ~Progress();  ///< Ends the current stage
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Counts the files `sources` holds as they are read
    void reading(const core::SourceManager& sources);
    /// Counts `done` out of `total` (read when shown; both may still change) `what`
    /// ("measures decided", "tests run")
    void counting(std::string what, const std::atomic<std::size_t>& done,
                  const std::atomic<std::size_t>& total);
    /// A stage without a count ("writing the report")
    void doing(std::string what);
    /// Ends the current stage: a terminal line is cleared, plain lines end with the final
    /// count. Call it before writing anything else to `err`.
    void idle();

private:
    void run();
    void start(std::string what, const core::SourceManager* sources,
               const std::atomic<std::size_t>* done, const std::atomic<std::size_t>* total);
    std::string line_locked() const;
    void show_locked();

    Mode mode_;
    std::ostream& err_;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    bool active_ = false;  ///< A stage is shown
    std::string what_;
    const core::SourceManager* sources_ = nullptr;
    const std::atomic<std::size_t>* done_ = nullptr;
    const std::atomic<std::size_t>* total_ = nullptr;
    std::string last_;  ///< The line last written (plain lines: only changes are written)
    std::thread thread_;
};

}  // namespace lexcheck::cli
