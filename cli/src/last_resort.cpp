#include "last_resort.hpp"

#include "app.hpp"

#include <exception>
#include <new>
#include <ostream>

namespace lexcheck::cli {

namespace {

void report(std::ostream& err, const char* what) noexcept {
    try {
        err << "lexcheck: internal error: " << what
            << "\n  = help: this is a bug in lexcheck; please report it with the input files "
               "of this run\n";
    } catch (...) {  // nothing more can be said
    }
}

}  // namespace

int run_guarded(const std::function<int()>& command, std::ostream& err) noexcept {
    try {
        return command();
    } catch (const std::bad_alloc&) {
        report(err, "out of memory");
    } catch (const std::exception& e) {
        report(err, e.what());
    } catch (...) {
        report(err, "unknown exception");
    }
    return kExitInputError;
}

}  // namespace lexcheck::cli
