// The SHA-256 of a report computed on a thread of its own while the report is rendered
// (issue 16: `check --record` keeps the digest of the report it wrote). Hashing a 26 MB report
// takes ~20 ms even with SHA-NI; on a second core it overlaps with rendering, so it adds
// little wall time (the CPU time is the same, plus one copy of the bytes).
#pragma once

#include "lexcheck/core/sha256.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace lexcheck::cli {

/// core::Sha256 with update() copying the bytes into 256 kB chunks that a thread hashes in order;
/// the digest is the same. At most a few chunks wait: a writer faster than the hashing waits.
class BackgroundSha256 {
public:
    BackgroundSha256();
    ~BackgroundSha256();
    BackgroundSha256(const BackgroundSha256&) = delete;
    BackgroundSha256& operator=(const BackgroundSha256&) = delete;

    void update(std::string_view data);
    /// The lowercase hex digest of everything given to update(), once it is all hashed; once
    std::string hex();
    /// The bytes of the chunks made so far: fresh memory is page faults (at most six chunks)
    std::size_t chunk_memory();

private:
    void hand_over();  ///< Queues the filling chunk for the thread
    void run();        ///< The thread: hashes the queued chunks in order until finished

    core::Sha256 sha_;     ///< Only the thread touches it until it is joined
    std::string filling_;  ///< The chunk update() appends to
    std::mutex mutex_;     ///< Guards the members below
    std::condition_variable changed_;
    std::deque<std::string> queued_;  ///< Chunks to hash, oldest first
    std::vector<std::string> spare_;  ///< Hashed chunks, kept for reuse
    bool finished_ = false;           ///< No chunk will be queued any more
    std::size_t chunks_made_ = 0;     ///< Chunks allocated, in use or spare
    std::thread thread_;
};

}  // namespace lexcheck::cli
