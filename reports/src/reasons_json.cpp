#include "reasons_json.hpp"

#include "json_text.hpp"

namespace lexcheck::reports::detail {

namespace {

/// plain_markup's text, escaped for a JSON string literal. The words a sentence adds of its
/// own (verdicts, "; ", numbers, dates, curly quotes) need no escape, so escaping the pieces
/// as they come gives the bytes of escaping the finished sentence.
const Markup& json_markup() {
    static const Markup markup{
        [](std::string& out, std::string_view s) { append_json_escaped(out, s); },
        [](std::string& out, std::string_view s) {
            out += '`';
            append_json_escaped(out, s);
            out += '`';
        }};
    return markup;
}

}  // namespace

void append_reasons_json(std::string& out, const ReasonContext& at, const core::Reasons& reasons,
                         std::string_view indent, SentenceScratch& said) {
    out += '[';
    for (std::size_t i = 0; i < reasons.parts.size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        out += indent;
        out += "  \"";
        append_reason_sentence(at, reasons, reasons.parts[i], json_markup(), out, said);
        out += '"';
    }
    if (!reasons.parts.empty()) {
        out += '\n';
        out += indent;
    }
    out += ']';
}

}  // namespace lexcheck::reports::detail
