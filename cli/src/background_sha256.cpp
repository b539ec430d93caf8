#include "background_sha256.hpp"

#include "lexcheck/core/temporary_file.hpp"

#include <algorithm>

namespace lexcheck::cli {

namespace {
/// Large enough that handing over costs little (~100 hand-overs for a 26 MB report), small
/// enough that the few chunks in use stay in the cache. The chunks are fresh memory the first
/// time round, and a page fault costs ~15 us on the machines measured: 1 MB chunks, up to six
/// of them when the writer is ahead, were up to 1,500 faults (docs/performance.md, "--record
/// with the default threads")
constexpr std::size_t kChunkBytes = std::size_t{256} << 10;
/// Chunks that may wait before update() waits: memory stays at a few megabytes
constexpr std::size_t kMostQueued = 4;
}  // namespace

BackgroundSha256::BackgroundSha256() {
    filling_.reserve(kChunkBytes);
    chunks_made_ = 1;
    // The thread never takes SIGINT, SIGTERM or SIGHUP (core/temporary_file.hpp)
    core::SignalsDeferred deferred;
    thread_ = std::thread([this] { run(); });
}

BackgroundSha256::~BackgroundSha256() {
    if (!thread_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        finished_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void BackgroundSha256::update(std::string_view data) {
    while (!data.empty()) {
        std::size_t take = std::min(kChunkBytes - filling_.size(), data.size());
        filling_.append(data.substr(0, take));
        data.remove_prefix(take);
        if (filling_.size() == kChunkBytes) hand_over();
    }
}

void BackgroundSha256::hand_over() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queued_.size() < kMostQueued; });
    queued_.push_back(std::move(filling_));
    if (spare_.empty()) {
        filling_ = std::string();
        filling_.reserve(kChunkBytes);
        ++chunks_made_;
    } else {
        filling_ = std::move(spare_.back());
        spare_.pop_back();
    }
    lock.unlock();
    changed_.notify_all();
}

void BackgroundSha256::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        changed_.wait(lock, [&] { return !queued_.empty() || finished_; });
        if (queued_.empty()) return;  // finished, and everything hashed
        std::string chunk = std::move(queued_.front());
        queued_.pop_front();
        lock.unlock();
        changed_.notify_all();  // room in the queue
        sha_.update(chunk);
        chunk.clear();
        lock.lock();
        spare_.push_back(std::move(chunk));
    }
}

std::size_t BackgroundSha256::chunk_memory() {
    std::lock_guard lock(mutex_);
    return chunks_made_ * kChunkBytes;
}

std::string BackgroundSha256::hex() {
    if (!filling_.empty()) hand_over();
    {
        std::lock_guard lock(mutex_);
        finished_ = true;
    }
    changed_.notify_all();
    thread_.join();
    return sha_.hex();
}

}  // namespace lexcheck::cli
