// Fuzz target for the source lock reader (LANGUAGE.md §11, cli/src/lock/source_lock.hpp): any
// bytes must be read or refused with an error in words, never crash. A lock that reads is
// written again and must read back to the same entries.
#include "lock/source_lock.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace lexcheck::cli;
    lock::ReadLock r = lock::read_lock(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!r.error.empty()) return 0;
    lock::ReadLock again = lock::read_lock(lock::lock_text(r.entries));
    if (!again.error.empty() || again.entries.size() != r.entries.size()) std::abort();
    for (std::size_t i = 0; i < r.entries.size(); ++i) {
        const lock::Entry &a = r.entries[i], &b = again.entries[i];
        if (a.id != b.id || a.provision != b.provision || a.akn != b.akn || a.eid != b.eid ||
            a.sha256 != b.sha256 || a.text != b.text)
            std::abort();
    }
    static const Inputs nothing;  // no quote: every entry is looked for and none is found
    if (!lock::changes(r.entries, nothing, "lexcheck.lock").empty()) std::abort();
    return 0;
}
