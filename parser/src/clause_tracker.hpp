// Clauses written twice in one declaration (lex_duplicate_clause), for lowering.
#pragma once

#include "lower.hpp"

#include <lexcheck/core/diagnostic_builder.hpp>

#include <boost/container/small_vector.hpp>

#include <cctype>
#include <string_view>

namespace lexcheck::parser::detail {

/// Remembers the first occurrence of each once-only clause of one declaration
class ClauseTracker {
public:
    /// `owner` is what a message calls the declaration: `before` + `name` + `after`, built
    /// only for a message
    ClauseTracker(Lowerer& lower, core::DiagnosticSink& sink, std::string_view before,
                  std::string_view name = {}, std::string_view after = {})
        : lower_(lower), sink_(sink), before_(before), name_(name), after_(after) {}

    /// False (after reporting) when `clause` was already written in this declaration
    bool once(std::string_view clause, const cst::Token& kw) {
        auto it = std::find_if(first_.begin(), first_.end(),
                               [&](const auto& seen) { return seen.first == clause; });
        if (it == first_.end()) {
            first_.emplace_back(clause, lower_.span(kw));
            return true;
        }
        std::string message = "`";
        message += clause;
        message += "` is written twice in ";
        message += before_;
        message += name_;
        message += after_;
        sink_.report(
            core::diagnose::error("lex_duplicate_clause", lower_.span(kw), std::move(message))
                .label(it->second, "first written here")
                .help("keep one `" + std::string(clause) + "` clause"));
        return false;
    }

private:
    Lowerer& lower_;
    core::DiagnosticSink& sink_;
    std::string_view before_, name_, after_;
    /// Clause keyword (a view of the source or a literal) and where it was first written;
    /// a declaration has a dozen kinds of clause at most
    boost::container::small_vector<std::pair<std::string_view, core::SourceSpan>, 12> first_;
};

/// The keyword a clause token starts with (`exception to` → `exception`)
inline std::string_view keyword_of(std::string_view token) {
    std::size_t n = 0;
    while (n < token.size() &&
           (std::isalnum(static_cast<unsigned char>(token[n])) || token[n] == '_'))
        ++n;
    return token.substr(0, n);
}

}  // namespace lexcheck::parser::detail
