#include "yaml/value.hpp"

#include "resolve/suggest.hpp"
#include "yaml/numbers.hpp"

namespace lexcheck::parser::detail {

namespace {

constexpr std::string_view kDateHelp = "write a calendar date as `YYYY-MM-DD`, e.g. `2014-01-13`";
constexpr std::string_view kDurationHelp =
    "write a whole number and a unit with no space: `90d`, `2w`, `6m` or `3y`";
constexpr std::string_view kStateHelp = "write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`";

// Built by appending: GCC 12 warns falsely (-Wrestrict) on `"`" + std::string(...)`.
std::string ticked(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '`';
    out += s;
    out += '`';
    return out;
}

// A plain scalar is one written without quotes: yaml-cpp tags it `?`, quoted ones `!`.
bool is_plain(const YAML::Node& node) {
    return node.Tag() == "?";
}

void type_error(const YamlContext& ctx, const YAML::Node& node, const core::Type& type,
                std::string_view fact, std::optional<std::string> help = std::nullopt) {
    ctx.error(
        "yaml_type_error", node,
        ticked(fact) + " expects " + ctx.schema.type_name(type) + ", found " + describe_node(node),
        std::move(help));
}

std::optional<std::uint32_t> read_enum_value(const YamlContext& ctx, const YAML::Node& node,
                                             std::uint32_t enum_id, std::string_view fact) {
    const core::EnumInfo& info = ctx.schema.enum_info(enum_id);
    if (!node.IsScalar()) {
        type_error(ctx, node, core::Type{core::TypeKind::enumeration, enum_id}, fact,
                   "write one of " + backtick_list(info.values));
        return std::nullopt;
    }
    if (auto index = info.find(node.Scalar())) return index;
    ctx.error("yaml_unknown_enum_value", node,
              "`" + node.Scalar() + "` is not a value of `" + info.name +
                  "` (allowed: " + backtick_list(info.values) + ")",
              did_you_mean(node.Scalar(), info.values));
    return std::nullopt;
}

std::optional<core::Value> read_set(const YamlContext& ctx, const YAML::Node& node,
                                    const core::Type& type, std::string_view fact) {
    if (!node.IsSequence()) {
        type_error(ctx, node, type, fact, "write a list, e.g. `[a, b]`, or `[]` for none");
        return std::nullopt;
    }
    std::vector<std::uint32_t> members;
    bool ok = true;
    for (const YAML::Node& item : node) {
        if (auto index = read_enum_value(ctx, item, type.enum_id, fact)) {
            members.push_back(*index);
        } else {
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return core::make_set(std::move(members));
}

}  // namespace

std::optional<core::Value> read_value(const YamlContext& ctx, const YAML::Node& node,
                                      const core::Type& type, std::string_view fact) {
    if (type.kind == core::TypeKind::set) return read_set(ctx, node, type, fact);
    if (type.kind == core::TypeKind::enumeration) {
        auto index = read_enum_value(ctx, node, type.enum_id, fact);
        if (!index) return std::nullopt;
        return core::make_enum(*index);
    }
    if (!node.IsScalar()) {
        type_error(ctx, node, type, fact,
                   node.IsNull()
                       ? std::optional<std::string>("leave the fact out when it is unknown")
                       : std::nullopt);
        return std::nullopt;
    }
    const std::string& s = node.Scalar();
    switch (type.kind) {
        case core::TypeKind::boolean:
            if (is_plain(node) && (s == "true" || s == "false"))
                return core::make_bool(s == "true");
            type_error(ctx, node, type, fact, "write `true` or `false`");
            return std::nullopt;
        case core::TypeKind::integer:
            if (auto i = is_plain(node) ? parse_int(s) : std::nullopt) return core::make_int(*i);
            type_error(ctx, node, type, fact, "write a whole number, e.g. `2`");
            return std::nullopt;
        case core::TypeKind::number:
            if (auto d = is_plain(node) ? parse_number(s) : std::nullopt) {
                return core::make_number(*d);
            }
            type_error(ctx, node, type, fact, "write a number, e.g. `0.5`");
            return std::nullopt;
        case core::TypeKind::date: {
            auto d = read_date(ctx, node, fact);
            if (!d) return std::nullopt;
            return core::make_date_value(d->days);
        }
        case core::TypeKind::duration:
            if (auto d = core::parse_duration(s)) return core::make_duration_value(d->days);
            ctx.error("yaml_invalid_duration", node, "`" + s + "` is not a valid duration",
                      std::string(kDurationHelp));
            return std::nullopt;
        case core::TypeKind::text:
            return core::make_text(s);
        case core::TypeKind::state:
            if (core::is_state_code(s)) return core::make_state(s);
            type_error(ctx, node, type, fact, std::string(kStateHelp));
            return std::nullopt;
        case core::TypeKind::enumeration:
        case core::TypeKind::set:
            break;  // handled above
    }
    return std::nullopt;
}

std::optional<core::Date> read_date(const YamlContext& ctx, const YAML::Node& node,
                                    std::string_view key) {
    if (!node.IsScalar()) {
        ctx.error("yaml_type_error", node,
                  ticked(key) + " expects date, found " + describe_node(node),
                  std::string(kDateHelp));
        return std::nullopt;
    }
    if (auto d = core::parse_date(node.Scalar())) return d;
    std::string message = core::looks_like_date(node.Scalar())
                              ? "`" + node.Scalar() + "` is not a day of the calendar"
                              : "`" + node.Scalar() + "` is not a valid date";
    ctx.error("yaml_invalid_date", node, std::move(message), std::string(kDateHelp));
    return std::nullopt;
}

std::optional<std::string> read_text(const YamlContext& ctx, const YAML::Node& node,
                                     std::string_view key) {
    if (node.IsScalar()) return node.Scalar();
    ctx.error("yaml_type_error", node, ticked(key) + " expects text, found " + describe_node(node));
    return std::nullopt;
}

std::optional<std::string> read_state(const YamlContext& ctx, const YAML::Node& node,
                                      std::string_view key) {
    if (node.IsScalar() && core::is_state_code(node.Scalar())) return node.Scalar();
    ctx.error("yaml_type_error", node, ticked(key) + " expects state, found " + describe_node(node),
              std::string(kStateHelp));
    return std::nullopt;
}

}  // namespace lexcheck::parser::detail
