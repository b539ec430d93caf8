#include "app.hpp"
#include "inputs.hpp"
#include "last_resort.hpp"

#include "lexcheck/core/memory.hpp"

#include <iostream>

int main(int argc, char** argv) {
    // Loading a corpus allocates ~100 MB in small blocks on several threads, and a report of
    // many findings as much again; page faults were half of a warm run's CPU time. The heap
    // grows in 64 MiB steps (glibc's is 128 KiB, a system call each) and, past its first
    // 4 MiB, in huge pages (docs/performance.md, "The warm run's system time"): a warm run
    // that lists nothing stays within them, and is not rounded up to 2 MiB pages.
    lexcheck::core::prepare_heap(std::size_t{4} << 20, std::size_t{64} << 20);
    // The process ends when the command returns: its big structures need not be freed.
    lexcheck::cli::set_exit_follows_command(true);
    return lexcheck::cli::run_guarded([&] { return lexcheck::cli::run(argc, argv); }, std::cerr);
}
