// Source locks (LANGUAGE.md §11): the text of every quoted Akoma Ntoso element at the time
// the facts were annotated, and what changed since.
#pragma once

#include "inputs.hpp"

#include "lexcheck/reports/source_change.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::cli::lock {

/// One quoting measure or provision
struct Entry {
    std::string id;
    bool provision = false;
    std::string akn;  ///< Relative to the lock file's folder, `/`-separated
    std::string eid;
    std::string sha256;
    std::string text;
    core::SourceSpan at;  ///< Where a change is reported (not stored)
};

/// The entries of the inputs as they are now, sorted (provisions and measures by id, then
/// document and eId), for a lock at `lock_path`
std::vector<Entry> current_entries(const Inputs& in, const std::string& lock_path);

/// The lock file's bytes for `entries`
std::string lock_text(const std::vector<Entry>& entries);

/// The entries of a lock file, or `error` saying what is wrong with it
struct ReadLock {
    std::vector<Entry> entries;
    std::string error;
};
ReadLock read_lock(std::string_view text);

/// The changes since `locked` (a lock at `lock_path`) of the inputs' quoted texts: every
/// current entry (current_entries) whose text differs from the lock's entry of the same id,
/// document and eId, in the order of the current entries. An entry the lock does not hold is
/// not a change (`lexcheck lock --check` reports it). Computes no entry the lock does not hold.
std::vector<reports::SourceChange> changes(const std::vector<Entry>& locked, const Inputs& in,
                                           const std::string& lock_path);

/// The lock a command reads: `--lock`/lexcheck.toml's, else ./lexcheck.lock
std::string lock_path(const Options& options);

}  // namespace lexcheck::cli::lock
