#include "yaml/measure_reader.hpp"

#include "resolve/suggest.hpp"
#include "yaml/facts.hpp"
#include "yaml/value.hpp"

#include <algorithm>
#include <map>

namespace lexcheck::parser::detail {

namespace {

const std::vector<std::string>& measure_keys() {
    static const std::vector<std::string> keys = {"id",      "jurisdiction", "title",  "cite",
                                                  "wording", "eId",          "akn",    "in_force",
                                                  "until",   "facts",        "expect", "affects"};
    return keys;
}

const std::vector<std::string>& document_keys() {
    static const std::vector<std::string> keys = {"id", "title", "jurisdiction", "akn"};
    return keys;
}

// Reports a key written twice in one map; true when `key` is new
bool first_time(const YamlContext& ctx, std::map<std::string, core::SourceSpan>& seen,
                const YAML::Node& key, std::string_view where) {
    core::SourceSpan span = ctx.at.span(key);
    auto [it, inserted] = seen.emplace(key.Scalar(), span);
    if (inserted) return true;
    core::Diagnostic d;
    d.code = "yaml_schema_error";
    d.message = "key `" + key.Scalar() + "` is given twice in " + std::string(where);
    d.primary = span;
    d.labels.push_back({it->second, "first given here"});
    ctx.sink.report(std::move(d));
    return false;
}

std::optional<core::Wording> read_wording(const YamlContext& ctx, const YAML::Node& node) {
    static const std::vector<std::string> names = {"verbatim", "translation", "paraphrase"};
    if (node.IsScalar()) {
        if (auto w = parse_wording(node.Scalar())) return w;
    }
    ctx.error("yaml_unknown_enum_value", node,
              describe_node(node) + " is not a wording (allowed: " + backtick_list(names) + ")",
              node.IsScalar() ? did_you_mean(node.Scalar(), names) : std::nullopt);
    return std::nullopt;
}

void read_expects(const YamlContext& ctx, const YAML::Node& node, core::Measure& m) {
    static const std::vector<std::string> outcomes = {"violation", "compliant", "undetermined",
                                                      "not_applicable", "contested"};
    if (node.IsNull() || !expect_map(ctx, node, "`expect`")) return;
    std::map<std::string, core::SourceSpan> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        YAML::Node key = it->first;
        if (!key.IsScalar() || key.Scalar().empty()) {
            ctx.error("yaml_schema_error", key, "a provision id in `expect` must be a word");
            continue;
        }
        if (!first_time(ctx, seen, key, "`expect`")) continue;
        YAML::Node value = it->second;
        auto outcome = value.IsScalar() ? core::parse_outcome(value.Scalar()) : std::nullopt;
        if (!outcome) {
            ctx.error("yaml_unknown_enum_value", value,
                      describe_node(value) +
                          " is not an outcome (allowed: " + backtick_list(outcomes) + ")",
                      value.IsScalar() ? did_you_mean(value.Scalar(), outcomes) : std::nullopt);
            continue;
        }
        // The rules resolver checks that the provision exists; here it is only text.
        m.expects.push_back({key.Scalar(), *outcome, ctx.at.span(key)});
    }
}

/// LANGUAGE.md §9: `affects: [KG, …]`, the nationalities the measure applies to
void read_affects(const YamlContext& ctx, const YAML::Node& node, core::Measure& m) {
    if (!node.IsSequence()) {
        ctx.error("yaml_type_error", node,
                  "`affects` is a list of state codes, not " + describe_node(node),
                  "write e.g. `affects: [KG, KZ]`");
        return;
    }
    std::vector<std::string> states;
    for (const YAML::Node& item : node) {
        if (auto s = read_state(ctx, item, "affects")) states.push_back(*s);
    }
    std::sort(states.begin(), states.end());
    states.erase(std::unique(states.begin(), states.end()), states.end());
    m.affects = std::move(states);
    m.affects_span = ctx.at.span(node);
}

}  // namespace

MeasureDefaults read_document(const YamlContext& ctx, const YAML::Node& node) {
    MeasureDefaults defaults;
    if (!expect_map(ctx, node, "`document`")) return defaults;
    std::map<std::string, core::SourceSpan> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        YAML::Node key = it->first;
        YAML::Node value = it->second;
        std::string name = key.IsScalar() ? key.Scalar() : std::string();
        if (name == "id") {
            if (first_time(ctx, seen, key, "`document`")) read_text(ctx, value, "id");
        } else if (name == "title") {
            if (!first_time(ctx, seen, key, "`document`")) continue;
            if (auto t = read_text(ctx, value, "title")) defaults.title = *t;
        } else if (name == "jurisdiction") {
            if (!first_time(ctx, seen, key, "`document`")) continue;
            defaults.jurisdiction_written = true;
            defaults.jurisdiction = read_state(ctx, value, "jurisdiction");
        } else if (name == "akn") {
            if (!first_time(ctx, seen, key, "`document`")) continue;
            if (auto t = read_text(ctx, value, "akn")) {
                defaults.akn = *t;
                defaults.akn_span = ctx.at.span(value);
            }
        } else {
            unknown_key(ctx, key, "`document`", document_keys());
        }
    }
    return defaults;
}

std::optional<ReadMeasure> read_measure(const YamlContext& ctx, const YAML::Node& node,
                                        const MeasureDefaults& defaults) {
    if (!expect_map(ctx, node, "a measure")) return std::nullopt;
    ReadMeasure out;
    core::Measure& m = out.measure;
    m.title = defaults.title;
    out.akn = defaults.akn;
    out.akn_span = defaults.akn_span;
    bool has_id = false;
    bool has_jurisdiction = false;
    std::map<std::string, core::SourceSpan> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        YAML::Node key = it->first;
        YAML::Node value = it->second;
        std::string name = key.IsScalar() ? key.Scalar() : std::string();
        bool known =
            std::find(measure_keys().begin(), measure_keys().end(), name) != measure_keys().end();
        if (!known) {
            unknown_key(ctx, key, "a measure", measure_keys());
            continue;
        }
        if (!first_time(ctx, seen, key, "this measure")) continue;
        if (name == "id") {
            auto id = read_text(ctx, value, "id");
            if (id && !id->empty()) {
                m.id = *id;
                m.span = ctx.at.span(value);
                has_id = true;
            } else if (id) {
                ctx.error("yaml_missing_id", value, "the measure id is empty");
                has_id = true;  // reported here already
            }
        } else if (name == "jurisdiction") {
            has_jurisdiction = true;
            if (auto j = read_state(ctx, value, "jurisdiction")) m.jurisdiction = *j;
        } else if (name == "title") {
            if (auto t = read_text(ctx, value, "title")) m.title = *t;
        } else if (name == "cite") {
            if (auto t = read_text(ctx, value, "cite")) m.cite = *t;
        } else if (name == "wording") {
            if (auto w = read_wording(ctx, value)) m.wording = *w;
        } else if (name == "eId") {
            if (auto t = read_text(ctx, value, "eId")) {
                m.eid = *t;
                m.eid_span = ctx.at.span(value);
            }
        } else if (name == "akn") {
            if (auto t = read_text(ctx, value, "akn")) {
                out.akn = *t;
                out.akn_span = ctx.at.span(value);
            }
        } else if (name == "in_force") {
            m.in_force = read_date(ctx, value, "in_force");
        } else if (name == "until") {
            m.until = read_date(ctx, value, "until");
        } else if (name == "facts") {
            read_facts(ctx, value, m);
        } else if (name == "expect") {
            read_expects(ctx, value, m);
        } else if (name == "affects") {
            read_affects(ctx, value, m);
        }
    }
    if (!has_id) {
        ctx.error("yaml_missing_id", node, "measure has no `id`",
                  "give every measure a unique `id`, e.g. `ru.fz114.art27.p1.s12`");
        return std::nullopt;
    }
    if (m.id.empty()) return std::nullopt;
    if (!has_jurisdiction) {
        if (defaults.jurisdiction) {
            m.jurisdiction = *defaults.jurisdiction;
        } else if (!defaults.jurisdiction_written) {
            ctx.sink.error("yaml_missing_jurisdiction", m.span,
                           "measure `" + m.id + "` has no `jurisdiction`",
                           "add `jurisdiction: RU` (the enacting State) to the measure or to "
                           "`document`");
        }
    }
    if (!m.eid.empty() && out.akn.empty()) {
        ctx.sink.error(
            "yaml_schema_error", m.eid_span,
            "measure `" + m.id + "` quotes eId `" + m.eid + "` but names no `akn` document",
            "add `akn: FILE.akn.xml` to `document` or to the measure");
    }
    return out;
}

}  // namespace lexcheck::parser::detail
