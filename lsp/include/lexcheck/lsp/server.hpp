// The language server of `lexcheck lsp` (docs/editors.md): the Language Server Protocol over
// JSON-RPC, on the same front end as `lexcheck check` (parser, resolver, lint, checker).
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::lsp {

/// The rule and measure paths of a workspace (relative to the server's working directory,
/// or absolute)
struct WorkspacePaths {
    std::vector<std::string> rules;
    std::vector<std::string> corpus;
};

struct ServerOptions {
    /// The rules and corpus of a workspace folder (an absolute path; empty when the client
    /// names none)
    std::function<WorkspacePaths(const std::string& folder)> locate;
    /// `lexcheck fmt` of one rule file's text (only called on text that parses)
    std::function<std::string(std::string_view)> format;
    /// The date measures' findings are given as of; empty: today, at each request
    std::optional<core::Date> as_of;
    /// Lint checks too slow for every keystroke (`lexcheck lint`'s solver proofs): run on a
    /// rule set without errors once its other diagnostics are published and no message is
    /// waiting, then published with them
    std::function<void(const core::RuleSet&, core::DiagnosticSink&)> slow_lint;
};

/// One server's state: JSON-RPC message bodies in, message bodies out. Never throws on
/// input; a malformed message gets a JSON-RPC error.
class Session {
public:
    explicit Session(ServerOptions options);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /// Handles one message body; returns the bodies of the messages to send
    std::vector<std::string> handle(std::string_view body);
    /// Does the work put off while more messages were waiting (analysing edited documents
    /// and publishing their diagnostics); returns the bodies of the messages to send
    std::vector<std::string> idle();
    /// Whether idle() has work left (the next step after an analysis: the slow lint checks)
    bool idle_pending() const;
    /// A message the transport could not frame (bad header, oversized body): the error reply
    std::string framing_error(std::string_view what);

    /// True after the `exit` notification
    bool exited() const;
    /// 0 when `shutdown` came before `exit`, else 1 (as the protocol asks)
    int exit_status() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Serves framed messages (`Content-Length` headers) from `in` to `out` until `exit`, the
/// end of `in`, or `out` failing; returns the exit status
int serve(std::istream& in, std::ostream& out, ServerOptions options);

}  // namespace lexcheck::lsp
