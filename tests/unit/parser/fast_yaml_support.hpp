// The fast YAML reader and yaml-cpp's on the same text, for the fast reader's tests
// (fast_yaml_test.cpp: files; fast_yaml_samples_test.cpp: inside the subset;
// fast_yaml_give_up_test.cpp: outside it).
#pragma once

#include "measure_file_diff.hpp"
#include "measure_test_support.hpp"
#include "readers.hpp"

#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

namespace lexcheck::test {

/// The migration vocabulary of measure_test_support.hpp, built once
inline const core::Schema& schema() {
    static const core::Schema s = migration_schema();
    return s;
}

/// Both readers on the same text; `fast` is nullopt where the fast reader gave up
struct Both {
    core::SourceManager sources;
    core::DiagnosticSink sink;  ///< yaml-cpp's diagnostics
    std::optional<parser::MeasureFile> fast;
    parser::MeasureFile slow;
};

inline std::unique_ptr<Both> read_both(const std::string& text, const core::Schema& s,
                                       const std::string& path = "m.yaml") {
    auto b = std::make_unique<Both>();
    core::SourceId file = b->sources.add(path, text);
    b->fast = parser::detail::parse_measure_file_fast_yaml(b->sources, file, s);
    b->slow = parser::detail::parse_measure_file_yaml_cpp(b->sources, file, s, b->sink);
    return b;
}

/// Fails unless the fast reader gave up or returned what yaml-cpp returned with no
/// diagnostic; `accepted` says which
inline ::testing::AssertionResult same_or_gave_up(const Both& b, bool& accepted) {
    accepted = b.fast.has_value();
    if (!accepted) return ::testing::AssertionSuccess();
    if (!b.sink.sorted(b.sources).empty()) {
        return ::testing::AssertionFailure() << "the fast reader accepted a file yaml-cpp reports";
    }
    std::string diff = testing::measure_file_diff(*b.fast, b.slow);
    if (!diff.empty()) return ::testing::AssertionFailure() << diff;
    return ::testing::AssertionSuccess();
}

}  // namespace lexcheck::test
