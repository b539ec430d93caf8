// Storage that the threads formatting a report reuse from chunk to chunk: a chunk takes one
// and gives it back when done, so what it kept (the conditions it quoted) outlives the chunk's
// few findings without being shared by two threads at once.
#pragma once

#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace lexcheck::reports::detail {

template <typename T>
class ScratchPool {
public:
    /// One given back by an earlier chunk, else a new one
    std::unique_ptr<T> take() {
        std::lock_guard lock(mutex_);
        if (free_.empty()) return std::make_unique<T>();
        std::unique_ptr<T> t = std::move(free_.back());
        free_.pop_back();
        return t;
    }
    void give(std::unique_ptr<T> t) {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(t));
    }

private:
    std::mutex mutex_;
    std::vector<std::unique_ptr<T>> free_;
};

}  // namespace lexcheck::reports::detail
