// A thread for work that must stay off the typing path (lint's solver proofs): one job at a
// time, started at a due time, so that a burst of edits is served once.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace lexcheck::lsp::detail {

class Background {
public:
    using Clock = std::chrono::steady_clock;

    Background();
    /// Drops a job not yet started, waits for a running one to end
    ~Background();
    Background(const Background&) = delete;
    Background& operator=(const Background&) = delete;

    /// Runs `job` on the thread at `due` (or as soon as the job running now ends); replaces a
    /// job scheduled before that has not started
    void schedule(std::function<void()> job, Clock::time_point due);
    /// Drops the job scheduled, if it has not started
    void cancel();

private:
    void run();

    struct Job {
        std::function<void()> work;
        Clock::time_point due;
    };
    std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Job> job_;
    bool stopping_ = false;
    std::thread thread_;  ///< Last, so that it starts after the members it uses
};

}  // namespace lexcheck::lsp::detail
