#include "reader/messages.hpp"

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/suggest.hpp"

namespace lexcheck::parser::detail {

const std::string kDateHelp = "write a calendar date as `YYYY-MM-DD`, e.g. `2014-01-13`";
const std::string kStateHelp = "write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`";

namespace {

// Built by appending: GCC 12 warns falsely (-Wrestrict) on `"`" + std::string(...)`.
std::string ticked(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '`';
    out += s;
    out += '`';
    return out;
}

}  // namespace

std::string describe(const Tree& tree, std::uint32_t node) {
    switch (tree[node].kind) {
        case NodeKind::map:
            return "a map";
        case NodeKind::sequence:
            return "a list";
        case NodeKind::scalar:
            return ticked(tree[node].scalar);
        case NodeKind::null:
            break;
    }
    return "no value";
}

std::string backtick_list(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty()) out += ", ";
        out += ticked(w);
    }
    return out;
}

core::Diagnostic not_a_map(const Tree& tree, std::uint32_t node, std::string_view what) {
    return core::diagnose::error(
        "yaml_schema_error", tree.span(node),
        std::string(what) + " must be a map, found " + describe(tree, node));
}

core::Diagnostic unknown_key(const Tree& tree, std::uint32_t key, std::string_view where,
                             const std::vector<std::string>& allowed) {
    const Node& k = tree[key];
    std::string name = k.kind == NodeKind::scalar ? std::string(k.scalar) : describe(tree, key);
    std::string help;
    if (auto close = core::closest_name(name, allowed)) help = "did you mean `" + *close + "`? ";
    help += "the keys of " + std::string(where) + " are " + backtick_list(allowed);
    return core::diagnose::error("yaml_unknown_key", tree.span(key),
                                 "unknown key " + ticked(name) + " in " + std::string(where))
        .help(std::move(help));
}

core::Diagnostic given_twice(const Tree& tree, std::uint32_t key, core::SourceSpan first,
                             std::string_view where) {
    return core::diagnose::error(
               "yaml_schema_error", tree.span(key),
               "key " + ticked(tree[key].scalar) + " is given twice in " + std::string(where))
        .label(first, "first given here");
}

core::Diagnostic type_error(const Tree& tree, std::uint32_t node, std::string_view key,
                            std::string_view expected, std::optional<std::string> help) {
    return core::diagnose::error("yaml_type_error", tree.span(node),
                                 ticked(key) + " expects " + std::string(expected) + ", found " +
                                     describe(tree, node))
        .help(std::move(help));
}

core::Diagnostic not_a_list(const Tree& tree, std::uint32_t node, std::string_view key,
                            std::string_view items, std::string_view example) {
    return core::diagnose::error("yaml_type_error", tree.span(node),
                                 ticked(key) + " is a list of " + std::string(items) + ", not " +
                                     describe(tree, node))
        .help("write e.g. " + ticked(std::string(key) + ": " + std::string(example)));
}

core::Diagnostic not_one_of(const Tree& tree, std::uint32_t node, std::string_view what,
                            const std::vector<std::string>& allowed) {
    const Node& n = tree[node];
    return core::diagnose::error("yaml_unknown_enum_value", tree.span(node),
                                 describe(tree, node) + " is not " + std::string(what) +
                                     " (allowed: " + backtick_list(allowed) + ")")
        .help(n.kind == NodeKind::scalar ? core::did_you_mean(n.scalar, allowed) : std::nullopt);
}

core::Diagnostic invalid_date(const Tree& tree, std::uint32_t node) {
    std::string_view s = tree[node].scalar;
    if (auto why = core::calendar_problem(s)) {
        return core::diagnose::error("yaml_invalid_date", tree.span(node),
                                     ticked(s) + " is not a day of the calendar")
            .help(std::move(why));
    }
    return core::diagnose::error("yaml_invalid_date", tree.span(node),
                                 ticked(s) + " is not a valid date")
        .help(kDateHelp);
}

core::Diagnostic invalid_duration(const Tree& tree, std::uint32_t node) {
    return core::diagnose::error("yaml_invalid_duration", tree.span(node),
                                 ticked(tree[node].scalar) + " is not a valid duration")
        .help("write a whole number and a unit with no space: `90d`, `2w`, `6m` or `3y`");
}

}  // namespace lexcheck::parser::detail
