// What the measure reader does with a problem in a file (the way checker/src/decide.hpp
// serves two evaluators): yaml-cpp's tree has every position right, so its reading reports
// each problem and goes on; the fast paths' trees do not, so their reading gives up at the
// first one, and yaml-cpp reads the file again to report it. A problem's diagnostic is built
// by a callback, only when it is reported: giving up costs no message.
#pragma once

#include "tree/tree.hpp"

#include "lexcheck/core/diagnostic.hpp"

#include <utility>

namespace lexcheck::parser::detail {

/// The yaml-cpp path: each problem becomes a diagnostic, and reading goes on
class ReportProblems {
public:
    explicit ReportProblems(core::DiagnosticSink& sink) : sink_(sink) {}

    /// Reports the diagnostic that `make()` builds
    template <class Make>
    void operator()(Make&& make) const {
        sink_.report(std::forward<Make>(make)());
    }

private:
    core::DiagnosticSink& sink_;
};

/// The fast paths: the first problem ends the reading (GiveUp is thrown)
struct GiveUpOnProblems {
    template <class Make>
    [[noreturn]] void operator()(Make&&) const {
        throw GiveUp{};
    }
};

}  // namespace lexcheck::parser::detail
