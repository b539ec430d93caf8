// Fuzz target for the language server's message path: any bytes on standard input (framing,
// JSON, JSON-RPC, the documents opened and the positions asked about) must get replies or
// JSON-RPC errors, never a crash or a hang. The workspace is empty, so the documents the
// input opens are the whole rule set.
#include "fmt/format.hpp"

#include "lexcheck/lsp/server.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::ostringstream out;
    lexcheck::lsp::ServerOptions options;
    options.locate = [](const std::string&) { return lexcheck::lsp::WorkspacePaths{}; };
    options.format = [](std::string_view text) { return lexcheck::cli::fmt::format_source(text); };
    options.as_of = lexcheck::core::make_date(2024, 1, 1);
    (void)lexcheck::lsp::serve(in, out, std::move(options));
    return 0;
}
