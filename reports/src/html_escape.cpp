#include "html_escape.hpp"

#include "hex_escape.hpp"

namespace lexcheck::reports::detail {

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string html_id(std::string_view prefix, std::string_view s) {
    std::string out(prefix);
    append_hex_escaped(
        out, s, [](char c) { return ascii_alnum(c) || c == '.' || c == '-'; }, '_',
        "0123456789abcdef");
    return out;
}

std::string measure_anchor(std::string_view measure_id) {
    return html_id("m-", measure_id);
}

std::string finding_anchor(std::string_view measure_id, std::string_view provision_id) {
    // html_id never writes "__" (each `_` it writes is followed by a hex digit), so the
    // separator cannot occur inside either id.
    return html_id("f-", measure_id) + "__" + html_id("", provision_id);
}

std::string reading_anchor(std::string_view provision_id, std::string_view reading_id) {
    std::string id = html_id("r-", provision_id);
    return reading_id.empty() ? id : id + "__" + html_id("", reading_id);
}

}  // namespace lexcheck::reports::detail
