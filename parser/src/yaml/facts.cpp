#include "yaml/facts.hpp"

#include "resolve/suggest.hpp"
#include "yaml/value.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace lexcheck::parser::detail {

namespace {

class FactReader {
public:
    FactReader(const YamlContext& ctx, core::Measure& measure) : ctx_(ctx), measure_(measure) {}

    void read_map(const YAML::Node& map, const std::string& prefix) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            YAML::Node key = it->first;
            if (!key.IsScalar() || key.Scalar().empty()) {
                ctx_.error("yaml_schema_error", key, "a fact name must be a non-empty word");
                continue;
            }
            std::string path = prefix.empty() ? key.Scalar() : prefix + "." + key.Scalar();
            read_entry(key, it->second, path);
        }
    }

private:
    void read_entry(const YAML::Node& key, const YAML::Node& value, const std::string& path) {
        auto fact = ctx_.schema.find_fact(path);
        if (!fact) {
            // `trigger: {window: 3y}` names `trigger.window`.
            if (value.IsMap()) {
                read_map(value, path);
                return;
            }
            ctx_.error("yaml_unknown_fact", key, "unknown fact `" + path + "`",
                       did_you_mean(path, declared_paths()));
            return;
        }
        const core::FactInfo& info = ctx_.schema.fact(*fact);
        if (info.builtin) {
            ctx_.error("yaml_schema_error", key,
                       "`" + path + "` is a key of the measure, not a fact under `facts`",
                       "move `" + path + ":` up to the measure");
            return;
        }
        core::SourceSpan key_span = ctx_.at.span(key);
        auto [first, inserted] = first_seen_.emplace(*fact, key_span);
        if (!inserted) {
            core::Diagnostic d;
            d.code = "yaml_duplicate_fact";
            d.message = "fact `" + path + "` is given twice";
            d.primary = key_span;
            d.labels.push_back({first->second, "first given here"});
            d.help = "dotted keys and nested maps name the same fact; keep one of them";
            ctx_.sink.report(std::move(d));
            return;
        }
        if (auto v = read_value(ctx_, value, info.type, path)) {
            measure_.facts.push_back({*fact, std::move(*v), ctx_.at.span(value)});
        }
    }

    const std::vector<std::string>& declared_paths() {
        if (declared_.empty()) {
            for (const core::FactInfo& f : ctx_.schema.facts()) {
                if (!f.builtin) declared_.push_back(f.path);
            }
        }
        return declared_;
    }

    const YamlContext& ctx_;
    core::Measure& measure_;
    std::unordered_map<std::uint32_t, core::SourceSpan> first_seen_;
    std::vector<std::string> declared_;
};

}  // namespace

void read_facts(const YamlContext& ctx, const YAML::Node& facts, core::Measure& measure) {
    if (facts.IsNull()) return;
    if (!expect_map(ctx, facts, "`facts`")) return;
    FactReader(ctx, measure).read_map(facts, "");
    std::stable_sort(
        measure.facts.begin(), measure.facts.end(),
        [](const core::FactValue& a, const core::FactValue& b) { return a.fact < b.fact; });
}

}  // namespace lexcheck::parser::detail
