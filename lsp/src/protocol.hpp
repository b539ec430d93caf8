// JSON shapes of the protocol shared by the request handlers: ranges, locations and
// diagnostics, from core spans.
#pragma once

#include "analysis.hpp"

#include <nlohmann/json.hpp>

namespace lexcheck::lsp::detail {

using Json = nlohmann::json;

/// The JSON-RPC error codes used (JSON-RPC 2.0 and LSP)
enum class ErrorCode : int {
    parse_error = -32700,
    invalid_request = -32600,
    method_not_found = -32601,
    invalid_params = -32602,
    internal_error = -32603,
    server_not_initialized = -32002,
    request_failed = -32803
};

/// Serialises a message; text that is not valid UTF-8 is replaced, never thrown on
std::string dump(const Json& message);

Json range_json(const Snapshot& s, core::SourceSpan span);
Json location_json(const Snapshot& s, core::SourceSpan span);
/// An LSP diagnostic with the command line's code, message, help (after the message, as
/// `help:` lines) and labels (as related information)
Json diagnostic_json(const Snapshot& s, const core::Diagnostic& d);
/// The outline of one file: instruments, vocabularies (with enums and facts), defines,
/// provisions, readings and tests of a rule file; the measures of a measure file
Json document_symbols(const Snapshot& s, core::SourceId file);

}  // namespace lexcheck::lsp::detail
