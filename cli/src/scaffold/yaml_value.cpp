#include "scaffold/yaml_value.hpp"

#include <charconv>

namespace lexcheck::cli::scaffold {

std::string yaml_quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string yaml_value(const core::Schema& schema, const core::FactValue& v) {
    const core::Value& value = v.value;
    switch (value.kind) {
        case core::TypeKind::text:
            return yaml_quoted(value.text);
        case core::TypeKind::duration:
            // `3y` stays `3y`; `90d` stays `90d` (not `3m`): a lawyer reads the unit.
            if (value.integer != 0 && value.integer % 365 == 0)
                return std::to_string(value.integer / 365) + "y";
            return std::to_string(value.integer) + "d";
        case core::TypeKind::number: {
            char buf[64];
            auto end = std::to_chars(buf, buf + sizeof buf, value.number).ptr;
            return std::string(buf, end);  // the shortest text that reads back the same
        }
        case core::TypeKind::set: {
            std::string braces = schema.format_value(value, schema.fact(v.fact).type.enum_id);
            return "[" + braces.substr(1, braces.size() - 2) + "]";
        }
        default:
            return schema.format_value(value, schema.fact(v.fact).type.enum_id);
    }
}

}  // namespace lexcheck::cli::scaffold
