// The language server of `lexcheck lsp` (docs/editors.md): the Language Server Protocol over
// JSON-RPC, on the same front end as `lexcheck check` (parser, resolver, lint, checker).
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/rule_set.hpp"

#include <chrono>
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
    /// rule set without errors on the session's own thread, off the typing path, and
    /// published with the other diagnostics when done; a result for a rule set an edit has
    /// since changed is dropped. Called on that thread only, one call at a time.
    std::function<void(const core::RuleSet&, core::DiagnosticSink&)> slow_lint;
    /// How long after an analysis slow_lint waits, so that a burst of edits is linted once
    /// (each edit restarts the wait); after a `didSave` it starts at once
    std::chrono::milliseconds slow_lint_delay{300};
};

/// How a Session sends what its own thread produces (slow_lint's diagnostics):
/// `deliver(make)` calls `make` and sends the bodies it returns, in turn with the sending of
/// what handle() and idle() return, so that the client gets messages in the order the
/// session made them
using Deliver = std::function<void(const std::function<std::vector<std::string>()>& make)>;

/// One server's state: JSON-RPC message bodies in, message bodies out. Never throws on
/// input; a malformed message gets a JSON-RPC error.
class Session {
public:
    /// Without `deliver`, ServerOptions::slow_lint never runs
    explicit Session(ServerOptions options, Deliver deliver = {});
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /// Handles one message body; returns the bodies of the messages to send
    std::vector<std::string> handle(std::string_view body);
    /// Does the work put off while more messages were waiting (analysing edited documents
    /// and publishing their diagnostics); returns the bodies of the messages to send
    std::vector<std::string> idle();
    /// Whether idle() has work left (an analysis of edited documents)
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
