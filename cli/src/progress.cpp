#include "progress.hpp"

#include "lexcheck/core/temporary_file.hpp"

#include <cstdlib>
#include <iostream>
#include <string_view>

#include <unistd.h>

namespace lexcheck::cli {

namespace {

/// At most ten updates a second
constexpr auto kInterval = std::chrono::milliseconds(100);

std::string seconds(std::chrono::steady_clock::duration d) {
    auto tenths = std::chrono::duration_cast<std::chrono::milliseconds>(d).count() / 100;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
}

}  // namespace

Progress::Mode Progress::mode_for(bool asked, const std::ostream& err) {
    const char* term = std::getenv("TERM");
    const bool terminal = &err == &std::cerr && ::isatty(STDERR_FILENO) == 1 &&
                          !(term && std::string_view(term) == "dumb");
    // A CI job that gives its steps a terminal still writes a log: no line unless asked.
    if (terminal && (asked || std::getenv("CI") == nullptr)) return Mode::terminal;
    return asked ? Mode::lines : Mode::off;
}

Progress::Progress(Mode mode, std::ostream& err) : mode_(mode), err_(err) {
    if (mode_ == Mode::off) return;
    // The thread never takes SIGINT, SIGTERM or SIGHUP: they go to the thread that works, which
    // defers them while it creates a temporary file (core/temporary_file.hpp)
    core::SignalsDeferred deferred;
    thread_ = std::thread([this] { run(); });
}

Progress::~Progress() {
    if (mode_ == Mode::off) return;
    idle();
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void Progress::reading(const core::SourceManager& sources) {
    start("files read", &sources, nullptr, nullptr);
}

void Progress::counting(std::string what, const std::atomic<std::size_t>& done,
                        const std::atomic<std::size_t>& total) {
    start(std::move(what), nullptr, &done, &total);
}

void Progress::doing(std::string what) {
    start(std::move(what), nullptr, nullptr, nullptr);
}

void Progress::start(std::string what, const core::SourceManager* sources,
                     const std::atomic<std::size_t>* done, const std::atomic<std::size_t>* total) {
    if (mode_ == Mode::off) return;
    idle();
    std::lock_guard lock(mutex_);
    what_ = std::move(what);
    sources_ = sources;
    done_ = done;
    total_ = total;
    active_ = true;
    // A terminal shows a stage at once; plain lines wait for the next tick, so that a short
    // stage gives one line, its final count.
    if (mode_ == Mode::terminal) show_locked();
}

void Progress::idle() {
    if (mode_ == Mode::off) return;
    std::lock_guard lock(mutex_);
    if (!active_) return;
    if (mode_ == Mode::terminal) {
        err_ << "\r\x1b[K" << std::flush;  // the line goes; what follows starts clean
    } else if (sources_ || done_) {
        show_locked();  // plain lines: the final count
    }
    active_ = false;
    last_.clear();
}

std::string Progress::line_locked() const {
    std::string line = "lexcheck: " + what_;
    if (sources_) {
        line += ": " + std::to_string(sources_->size());
    } else if (done_ && total_) {
        const std::size_t total = total_->load(std::memory_order_relaxed);
        line += ": " + std::to_string(done_->load(std::memory_order_relaxed));
        if (total > 0) line += " of " + std::to_string(total);  // 0: not known yet
    }
    return line;
}

void Progress::show_locked() {
    std::string line = line_locked();
    const std::string elapsed = seconds(std::chrono::steady_clock::now() - started_);
    if (mode_ == Mode::terminal) {
        err_ << "\r" << line << " (" << elapsed << ")\x1b[K" << std::flush;
        return;
    }
    // Plain lines: only what changed (the time alone is not news), the final count once.
    if (line == last_) return;
    last_ = line;
    err_ << line << " (" << elapsed << ")\n" << std::flush;
}

void Progress::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, kInterval);
        if (!stopping_ && active_) show_locked();
    }
}

}  // namespace lexcheck::cli
