#include "background.hpp"

namespace lexcheck::lsp::detail {

Background::Background() : thread_([this] { run(); }) {}

Background::~Background() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        job_.reset();
    }
    wake_.notify_all();
    thread_.join();
}

void Background::schedule(std::function<void()> job, Clock::time_point due) {
    {
        std::lock_guard lock(mutex_);
        job_ = Job{std::move(job), due};
    }
    wake_.notify_all();
}

void Background::cancel() {
    std::lock_guard lock(mutex_);
    job_.reset();
}

void Background::run() {
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        if (!job_) {
            wake_.wait(lock);
        } else if (Clock::now() < job_->due) {
            wake_.wait_until(lock, job_->due);  // woken early by a new job or the end
        } else {
            std::function<void()> work = std::move(job_->work);
            job_.reset();
            lock.unlock();
            work();
            lock.lock();
        }
    }
}

}  // namespace lexcheck::lsp::detail
