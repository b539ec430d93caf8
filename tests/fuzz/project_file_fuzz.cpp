// Fuzz target for lexcheck.toml: any bytes must read or be refused with a position, never
// crash. The paths it names are only tested for existence.
#include "project/project_file.hpp"

#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/source.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    lexcheck::core::SourceManager sources;
    auto file =
        sources.add("lexcheck.toml", std::string(reinterpret_cast<const char*>(data), size));
    lexcheck::core::DiagnosticSink sink;
    (void)lexcheck::cli::project::read_project_file(sources, file, sink);
    for (const auto& d : sink.take()) (void)lexcheck::core::render_diagnostic(sources, d);
    return 0;
}
