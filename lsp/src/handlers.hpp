// The requests about a document: hover, definition, references, completion, formatting,
// outline and code lens. Each takes the request's params and gives its result.
#pragma once

#include "protocol.hpp"

#include "lexcheck/lsp/server.hpp"

namespace lexcheck::lsp::detail {

/// What every handler reads: the analysis, the open documents and the options
struct RequestContext {
    const Snapshot& snapshot;
    const Documents& documents;
    const ServerOptions& options;
};

/// A request that cannot be answered (the message becomes the error's)
struct RequestFailed {
    ErrorCode code;
    std::string message;
};

Json hover(const RequestContext& c, const Json& params);
Json definition(const RequestContext& c, const Json& params);
Json references(const RequestContext& c, const Json& params);
Json completion(const RequestContext& c, const Json& params);
Json formatting(const RequestContext& c, const Json& params);
Json outline(const RequestContext& c, const Json& params);
Json code_lens(const RequestContext& c, const Json& params);

}  // namespace lexcheck::lsp::detail
