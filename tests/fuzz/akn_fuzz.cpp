// Fuzz target for Akoma Ntoso documents: any bytes must load or be refused with a
// position, never crash or load anything from outside the document.
#include "lexcheck/core/diagnostic.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/parser/akn.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    lexcheck::core::SourceManager sources;
    auto file = sources.add("fuzz.akn.xml", std::string(reinterpret_cast<const char*>(data), size));
    lexcheck::core::DiagnosticSink sink;
    (void)lexcheck::parser::parse_akn_document(sources, file, sink);
    for (const auto& d : sink.take()) (void)lexcheck::core::render_diagnostic(sources, d);
    return 0;
}
