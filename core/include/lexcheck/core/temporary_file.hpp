// Files written under a temporary name until they are whole (a report before its rename, a new
// audit database before its link): Ctrl-C or a `kill` must not leave them behind.
#pragma once

#include <string>

#include <signal.h>

namespace lexcheck::core {

/// While this object lives, SIGINT, SIGTERM or SIGHUP ending the process removes `path` first
/// (the process then ends by that signal, as it would have). The handlers are installed on
/// first use, only for signals whose action is still the default (an ignored signal stays
/// ignored, another handler is kept). At most 32 files at once; more are not protected.
/// Destroying the object does not remove the file: its owner renames or removes it.
class TemporaryFileGuard {
public:
    explicit TemporaryFileGuard(const std::string& path);
    ~TemporaryFileGuard();
    TemporaryFileGuard(const TemporaryFileGuard&) = delete;
    TemporaryFileGuard& operator=(const TemporaryFileGuard&) = delete;

private:
    int slot_ = -1;
};

/// While this object lives, SIGINT, SIGTERM and SIGHUP are blocked in the calling thread; one
/// that comes meanwhile is delivered when the object is destroyed. Create a temporary file and
/// its guard under it, so that no signal finds the file without its guard. A thread started
/// under it keeps them blocked for good: a helper thread (such as the progress line's) never
/// runs the handler, so the signal goes to a thread that defers it at such moments.
class SignalsDeferred {
public:
    SignalsDeferred();
    ~SignalsDeferred();
    SignalsDeferred(const SignalsDeferred&) = delete;
    SignalsDeferred& operator=(const SignalsDeferred&) = delete;

private:
    sigset_t old_mask_;  ///< The thread's before
};

/// Around creating or opening a guarded file by its name on a thread that does not take the
/// signals: the handler, running on another thread, waits until no such section is open before
/// it removes the files, because a removal in the middle would let this thread create the file
/// again just before the process ends (and leave it behind); for at most about a second, since
/// a section can wait for a lock the interrupted thread holds. Once the handler has begun, a
/// new section never begins: its thread waits for the process to end by the signal.
class CreationSection {
public:
    CreationSection();
    ~CreationSection();
    CreationSection(const CreationSection&) = delete;
    CreationSection& operator=(const CreationSection&) = delete;

private:
    SignalsDeferred
        deferred_;  ///< The handler never runs inside a section: it would wait on itself
};

}  // namespace lexcheck::core
