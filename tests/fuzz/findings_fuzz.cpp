// Fuzz target for the stored findings of a recorded run (audit/findings_codec.hpp): any bytes
// must decode or be refused with audit::Error, never crash. The inputs they are decoded against
// are tests/golden/report/basic under the relative paths the seeds were recorded with (run1.bin,
// run2.bin: runs of tests/fixtures/audit/schema-v1.db, encoding 1; run3.bin: encoding 3, with
// traces).
#include "lexcheck/audit/error.hpp"
#include "lexcheck/audit/findings_codec.hpp"
#include "lexcheck/core/file_overlay.hpp"
#include "lexcheck/parser/load.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

struct Inputs {
    lexcheck::core::SourceManager sources;
    lexcheck::core::RuleSet rules;
    lexcheck::core::Corpus corpus;
    Inputs() {
        namespace fs = std::filesystem;
        const std::string root = LEXCHECK_SOURCE_DIR "/";
        const std::string basic = "tests/golden/report/basic";
        lexcheck::core::FileOverlay files;
        for (const auto& entry : fs::recursive_directory_iterator(root + basic)) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            files.add(fs::relative(entry.path(), root).generic_string(), text.str());
        }
        lexcheck::core::FileOverlayScope scope(files);
        lexcheck::core::DiagnosticSink sink;
        lexcheck::parser::load_rule_set({basic + "/rules"}, sources, rules, sink);
        lexcheck::parser::load_corpus({basic + "/corpus"}, rules.schema, sources, corpus, sink);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Inputs inputs;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        (void)lexcheck::audit::finding_keys(bytes);
        (void)lexcheck::audit::decode_findings(bytes, inputs.rules, inputs.corpus, inputs.sources);
    } catch (const lexcheck::audit::Error&) {
    }
    return 0;
}
