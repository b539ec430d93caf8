// Helpers for the measure and Akoma Ntoso tests: a migration-like vocabulary, in-memory
// parsing, temporary corpora and span-checking diagnostic assertions.
#pragma once

#include "temp_dir.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/schema.hpp"
#include "lexcheck/parser/measures.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

namespace lexcheck::test {

/// A vocabulary like rules/vocabulary/migration.lex, with one fact of every type
inline core::Schema migration_schema() {
    using core::Type;
    using core::TypeKind;
    core::Schema s;
    auto kind = s.add_enum({"measure_kind", {}, {"entry_ban", "expulsion", "stay_limit"}, {}});
    auto person =
        s.add_enum({"person",
                    {},
                    {"eaeu_worker", "eaeu_family_member", "foreign_national", "stateless_person"},
                    {}});
    auto scope = s.add_enum(
        {"offence_scope", {}, {"migration_regime", "any_administrative", "criminal"}, {}});
    s.add_fact({"kind", Type{TypeKind::enumeration, kind}, "", {}});
    s.add_fact({"applies_to", Type{TypeKind::set, person}, "", {}});
    s.add_fact({"exempts", Type{TypeKind::set, person}, "", {}});
    s.add_fact({"mandatory", Type{TypeKind::boolean}, "", {}});
    s.add_fact({"trigger.offence_scope", Type{TypeKind::enumeration, scope}, "", {}});
    s.add_fact({"trigger.offence_count", Type{TypeKind::integer}, "", {}});
    s.add_fact({"trigger.window", Type{TypeKind::duration}, "", {}});
    s.add_fact({"ban.duration", Type{TypeKind::duration}, "", {}});
    s.add_fact({"decision.date", Type{TypeKind::date}, "", {}});
    s.add_fact({"fine.ratio", Type{TypeKind::number}, "", {}});
    s.add_fact({"note", Type{TypeKind::text}, "", {}});
    s.add_fact({"origin_state", Type{TypeKind::state}, "", {}});
    return s;
}

/// One file parsed from memory, with its sources and diagnostics
struct ParsedMeasures {
    core::SourceManager sources;
    core::DiagnosticSink sink;
    core::SourceId file = 0;
    parser::MeasureFile result;
};

inline std::unique_ptr<ParsedMeasures> parse_measures(std::string text,
                                                      const std::string& path = "m.yaml") {
    static const core::Schema schema = migration_schema();
    auto p = std::make_unique<ParsedMeasures>();
    p->file = p->sources.add(path, std::move(text));
    p->result = parser::parse_measure_file(p->sources, p->file, schema, p->sink);
    return p;
}

/// Succeeds when exactly one diagnostic has `code`, starts at line:col and underlines
/// `underlined` (when given)
inline ::testing::AssertionResult has_diagnostic(const core::SourceManager& sources,
                                                 const core::DiagnosticSink& sink,
                                                 const std::string& code, std::uint32_t line,
                                                 std::uint32_t column,
                                                 const std::string& underlined = {}) {
    std::string all;
    std::optional<core::Diagnostic> found;
    int count = 0;
    for (const core::Diagnostic& d : sink.sorted(sources)) {
        all += "\n  " + core::render_diagnostic(sources, d, false) + " [" + d.code + "]";
        if (d.code == code) {
            found = d;
            ++count;
        }
    }
    if (count != 1 || !found) {
        return ::testing::AssertionFailure()
               << "expected one `" << code << "`, found " << count << ":" << all;
    }
    if (!found->primary) return ::testing::AssertionFailure() << "no position:" << all;
    core::LineCol lc = sources.line_col(found->primary->file, found->primary->begin);
    if (lc.line != line || lc.column != column) {
        return ::testing::AssertionFailure() << "at " << lc.line << ":" << lc.column
                                             << ", expected " << line << ":" << column << all;
    }
    if (!underlined.empty() && sources.slice(*found->primary) != underlined) {
        return ::testing::AssertionFailure() << "underlines `" << sources.slice(*found->primary)
                                             << "`, expected `" << underlined << "`" << all;
    }
    return ::testing::AssertionSuccess();
}

/// The single diagnostic with `code` (the test fails when there is not exactly one)
inline core::Diagnostic diagnostic(const core::SourceManager& sources,
                                   const core::DiagnosticSink& sink, const std::string& code) {
    core::Diagnostic out;
    int count = 0;
    for (const core::Diagnostic& d : sink.sorted(sources)) {
        if (d.code == code) {
            out = d;
            ++count;
        }
    }
    EXPECT_EQ(count, 1) << "diagnostics with code " << code;
    return out;
}

using testing::TempDir;

}  // namespace lexcheck::test
