#include "yaml/context.hpp"

#include "resolve/suggest.hpp"

namespace lexcheck::parser::detail {

std::string describe_node(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            return "a map";
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Scalar:
            return "`" + node.Scalar() + "`";
        default:
            return "no value";
    }
}

std::string backtick_list(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& w : words) {
        if (!out.empty()) out += ", ";
        out += "`" + w + "`";
    }
    return out;
}

bool expect_map(const YamlContext& ctx, const YAML::Node& node, std::string_view what) {
    if (node.IsMap()) return true;
    ctx.error("yaml_schema_error", node,
              std::string(what) + " must be a map, found " + describe_node(node));
    return false;
}

void unknown_key(const YamlContext& ctx, const YAML::Node& key, std::string_view where,
                 const std::vector<std::string>& allowed) {
    std::string name = key.IsScalar() ? key.Scalar() : describe_node(key);
    std::string help;
    if (auto close = closest_name(name, allowed)) help = "did you mean `" + *close + "`? ";
    help += "the keys of " + std::string(where) + " are " + backtick_list(allowed);
    ctx.error("yaml_unknown_key", key, "unknown key `" + name + "` in " + std::string(where),
              std::move(help));
}

}  // namespace lexcheck::parser::detail
