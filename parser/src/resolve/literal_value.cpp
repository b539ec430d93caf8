#include "literal_value.hpp"

#include "suggest.hpp"

#include <charconv>
#include <cstdlib>

namespace lexcheck::parser::detail {

using core::LiteralKind;
using core::TypeKind;

namespace {

std::string_view literal_kind_name(LiteralKind k) {
    switch (k) {
        case LiteralKind::integer:
            return "an int";
        case LiteralKind::number:
            return "a number";
        case LiteralKind::date:
            return "a date";
        case LiteralKind::duration:
            return "a duration";
        case LiteralKind::string:
            return "text";
        case LiteralKind::identifier:
            return "a name";
        case LiteralKind::boolean:
            return "a bool";
    }
    return "a value";
}

std::string backtick_list(const std::vector<std::string>& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "`" : ", `") + v + "`";
    return out;
}

/// What to write instead, for a value of `type`
std::optional<std::string> how_to_write(const core::Literal& lit, const core::Type& type,
                                        const core::Schema& schema) {
    switch (type.kind) {
        case TypeKind::boolean:
            return "write `true` or `false`";
        case TypeKind::integer:
            return lit.kind == LiteralKind::duration || lit.kind == LiteralKind::number
                       ? std::optional<std::string>("write a whole number without a unit, e.g. `3`")
                       : "write a whole number, e.g. `3`";
        case TypeKind::number:
            return "write a number, e.g. `3` or `2.5`";
        case TypeKind::date:
            return "write a date as YYYY-MM-DD, e.g. `2020-01-31`";
        case TypeKind::duration:
            if (lit.kind == LiteralKind::integer) {
                return "write a duration with its unit, e.g. `" + lit.text + "y` or `" + lit.text +
                       "d`";
            }
            return "write a duration with its unit (d, w, m or y), e.g. `90d` or `3y`";
        case TypeKind::text:
            if (lit.kind == LiteralKind::identifier)
                return "write text in quotes: `\"" + lit.text + "\"`";
            return "write text in quotes, e.g. `\"…\"`";
        case TypeKind::state:
            if (lit.kind == LiteralKind::string && core::is_state_code(lit.text)) {
                return "write the state code without quotes: `" + lit.text + "`";
            }
            return "write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`";
        case TypeKind::enumeration:
        case TypeKind::set:
            if (type.enum_id == core::kStateCodes)
                return "write ISO 3166-1 alpha-2 codes in capitals, e.g. `KG`";
            if (type.enum_id == core::kNone) return std::nullopt;
            return "write one of " + backtick_list(schema.enum_info(type.enum_id).values);
    }
    return std::nullopt;
}

Conversion mismatch(const core::Literal& lit, const core::Type& type, const core::Schema& schema,
                    const std::string& what) {
    Conversion c;
    c.code = "lex_type_mismatch";
    c.message = "`" + what + "` is " + describe_type(type, schema) + ", but `" +
                describe_literal(lit) + "` is " + std::string(literal_kind_name(lit.kind));
    c.help = how_to_write(lit, type, schema);
    return c;
}

/// `-?[0-9]+\.[0-9]+` (LANGUAGE.md §1)
bool well_formed_number(std::string_view text) {
    if (!text.empty() && text.front() == '-') text.remove_prefix(1);
    auto dot = text.find('.');
    auto digits = [](std::string_view s) {
        return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    return dot != std::string_view::npos && digits(text.substr(0, dot)) &&
           digits(text.substr(dot + 1));
}

Conversion ok(core::Value v) {
    Conversion c;
    c.value = std::move(v);
    return c;
}

}  // namespace

std::string describe_literal(const core::Literal& lit) {
    return lit.kind == LiteralKind::string ? "\"" + lit.text + "\"" : lit.text;
}

std::string describe_type(const core::Type& type, const core::Schema& schema) {
    switch (type.kind) {
        case TypeKind::boolean:
            return "a bool";
        case TypeKind::integer:
            return "an int";
        case TypeKind::number:
            return "a number";
        case TypeKind::date:
            return "a date";
        case TypeKind::duration:
            return "a duration";
        case TypeKind::text:
            return "text";
        case TypeKind::state:
            return "a state";
        case TypeKind::enumeration:
            return "a `" + schema.type_name(type) + "`";
        case TypeKind::set:
            if (type.enum_id == core::kStateCodes) return "a set of states";
            return "a set of `" +
                   (type.enum_id == core::kNone ? std::string("?")
                                                : schema.enum_info(type.enum_id).name) +
                   "`";
    }
    return "a value";
}

namespace {

// Steps of convert_literal that build a value or an error of their own.

Conversion convert_integer(const core::Literal& lit) {
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(lit.text.data(), lit.text.data() + lit.text.size(), v);
    if (ec != std::errc()) {
        Conversion c;
        c.code = "lex_invalid_number";
        c.message = "`" + lit.text + "` is too large for an int";
        return c;
    }
    return ok(core::make_int(v));
}

Conversion invalid_state(const core::Literal& lit) {
    Conversion c;
    c.code = "lex_invalid_state";
    c.message = "`" + lit.text + "` is not a state code";
    c.help = "write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`";
    return c;
}

// A value of another enum: say which, since the fact decides the enum.
std::optional<std::string> other_enum_help(const core::Literal& lit, const core::EnumInfo& e,
                                           const core::Schema& schema, const std::string& what) {
    for (const core::EnumInfo& other : schema.enums()) {
        if (other.find(lit.text)) {
            return "`" + lit.text + "` is a value of `" + other.name + "`, but `" + what +
                   "` takes values of `" + e.name + "`";
        }
    }
    return std::nullopt;
}

Conversion unknown_enum_value(const core::Literal& lit, const core::EnumInfo& e,
                              const core::Schema& schema, const std::string& what) {
    Conversion c;
    c.code = "lex_unknown_enum_value";
    c.message = "`" + lit.text + "` is not a value of `" + e.name +
                "` (allowed: " + backtick_list(e.values) + ")";
    c.help = did_you_mean(lit.text, e.values);
    if (!c.help) c.help = other_enum_help(lit, e, schema, what);
    return c;
}

// A malformed date, duration or number was reported when the literal was read.
bool already_reported(const core::Literal& lit) {
    return (lit.kind == LiteralKind::date && !core::parse_date(lit.text)) ||
           (lit.kind == LiteralKind::duration && !core::parse_duration(lit.text)) ||
           (lit.kind == LiteralKind::number && !well_formed_number(lit.text));
}

}  // namespace

Conversion convert_literal(const core::Literal& lit, const core::Type& type,
                           const core::Schema& schema, const std::string& what) {
    if (already_reported(lit)) return {};  // say nothing more
    switch (type.kind) {
        case TypeKind::boolean:
            if (lit.kind == LiteralKind::boolean) return ok(core::make_bool(lit.text == "true"));
            break;
        case TypeKind::integer:
            if (lit.kind == LiteralKind::integer) return convert_integer(lit);
            break;
        case TypeKind::number:
            if (lit.kind == LiteralKind::number || lit.kind == LiteralKind::integer) {
                return ok(core::make_number(std::strtod(lit.text.c_str(), nullptr)));
            }
            break;
        case TypeKind::date:
            if (lit.kind == LiteralKind::date) {
                return ok(core::make_date_value(core::parse_date(lit.text)->days));
            }
            break;
        case TypeKind::duration:
            if (lit.kind == LiteralKind::duration) {
                return ok(core::make_duration_value(core::parse_duration(lit.text)->days));
            }
            break;
        case TypeKind::text:
            if (lit.kind == LiteralKind::string) return ok(core::make_text(lit.text));
            break;
        case TypeKind::state:
            if (lit.kind == LiteralKind::identifier && core::is_state_code(lit.text)) {
                return ok(core::make_state(lit.text));
            }
            if (lit.kind == LiteralKind::identifier) return invalid_state(lit);
            break;
        case TypeKind::enumeration:
        case TypeKind::set: {
            // LANGUAGE.md §9: the members of `affects` are state codes.
            if (type.enum_id == core::kStateCodes) {
                Conversion c = convert_literal(lit, core::Type{TypeKind::state}, schema, what);
                if (c.value) c.value = core::make_enum(core::state_number(lit.text));
                return c;
            }
            if (lit.kind != LiteralKind::identifier || type.enum_id == core::kNone) break;
            const core::EnumInfo& e = schema.enum_info(type.enum_id);
            if (auto index = e.find(lit.text)) return ok(core::make_enum(*index));
            return unknown_enum_value(lit, e, schema, what);
        }
    }
    return mismatch(lit, type, schema, what);
}

}  // namespace lexcheck::parser::detail
