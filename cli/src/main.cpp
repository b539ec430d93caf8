#include "app.hpp"
#include "inputs.hpp"
#include "last_resort.hpp"

#include <iostream>

#include <malloc.h>

int main(int argc, char** argv) {
    // Loading a corpus allocates ~100 MB in small blocks on several threads. glibc grows a
    // thread's heap one page at a time (an mprotect call each, ~2,000 per run at 100,000
    // measures) unless it is created with this much room, and the main heap in 128 KiB steps.
    mallopt(M_TOP_PAD, 64 << 20);
    // The process ends when the command returns: its big structures need not be freed.
    lexcheck::cli::set_exit_follows_command(true);
    return lexcheck::cli::run_guarded([&] { return lexcheck::cli::run(argc, argv); }, std::cerr);
}
