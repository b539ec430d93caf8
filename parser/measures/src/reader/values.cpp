#include "reader/values.hpp"

#include "reader/numbers.hpp"
#include "reader/policies.hpp"

#include "lexcheck/core/suggest.hpp"
#include "lexcheck/core/value.hpp"

#include <unordered_map>
#include <utility>

namespace lexcheck::parser::detail {

namespace {

/// Where each provision of one `expect:` map was first given: a short list while the map is
/// short, a hash map beyond (so that no map costs quadratic time)
class FirstGiven {
public:
    /// Where `name` was given before, or nullopt (then it is recorded as given at `at`)
    std::optional<core::SourceSpan> see(std::string_view name, core::SourceSpan at) {
        if (!many_.empty()) {
            auto [it, fresh] = many_.emplace(name, at);
            return fresh ? std::nullopt : std::optional(it->second);
        }
        for (const auto& [n, span] : few_) {
            if (n == name) return span;
        }
        few_.emplace_back(name, at);
        if (few_.size() > 32) many_.insert(few_.begin(), few_.end());
        return std::nullopt;
    }

private:
    std::vector<std::pair<std::string_view, core::SourceSpan>> few_;
    std::unordered_map<std::string_view, core::SourceSpan> many_;
};

const std::vector<std::string>& wording_names() {
    static const std::vector<std::string> names = {"verbatim", "translation", "paraphrase"};
    return names;
}

const std::vector<std::string>& outcome_names() {
    static const std::vector<std::string> names = {"violation", "compliant", "undetermined",
                                                   "not_applicable", "contested"};
    return names;
}

}  // namespace

// ---- Scalars ----------------------------------------------------------------------------------

template <class Policy>
bool ValueReader<Policy>::read(schema::Text, std::uint32_t node, std::string_view key,
                               std::string& into) {
    if (tree_[node].kind != NodeKind::scalar) {
        policy_([&] { return type_error(tree_, node, key, "text"); });
        return false;
    }
    into = tree_[node].scalar;
    return true;
}

template <class Policy>
bool ValueReader<Policy>::read(schema::Id, std::uint32_t node, std::string_view key,
                               std::string& into) {
    if (!read(schema::Text{}, node, key, into)) return false;
    if (!into.empty()) return true;
    policy_([&] {
        return core::diagnose::error("yaml_missing_id", tree_.span(node),
                                     "the measure id is empty");
    });
    return false;
}

template <class Policy>
bool ValueReader<Policy>::read(schema::State, std::uint32_t node, std::string_view key,
                               std::string& into) {
    const Node& n = tree_[node];
    if (n.kind != NodeKind::scalar || !core::is_state_code(n.scalar)) {
        policy_([&] { return type_error(tree_, node, key, "state", kStateHelp); });
        return false;
    }
    into = n.scalar;
    return true;
}

template <class Policy>
bool ValueReader<Policy>::read(schema::Date, std::uint32_t node, std::string_view key,
                               std::optional<core::Date>& into) {
    if (tree_[node].kind != NodeKind::scalar) {
        policy_([&] { return type_error(tree_, node, key, "date", kDateHelp); });
        return false;
    }
    into = core::parse_date(tree_[node].scalar);
    if (!into) policy_([&] { return invalid_date(tree_, node); });
    return into.has_value();
}

template <class Policy>
bool ValueReader<Policy>::read(schema::Wording, std::uint32_t node, std::string_view,
                               core::Wording& into) {
    if (tree_[node].kind == NodeKind::scalar) {
        for (auto w :
             {core::Wording::verbatim, core::Wording::translation, core::Wording::paraphrase}) {
            if (core::wording_name(w) == tree_[node].scalar) {
                into = w;
                return true;
            }
        }
    }
    policy_([&] { return not_one_of(tree_, node, "a wording", wording_names()); });
    return false;
}

// ---- expect: --------------------------------------------------------------------------------

template <class Policy>
bool ValueReader<Policy>::read(schema::Expects, std::uint32_t node, std::string_view,
                               std::vector<core::MeasureExpect>& into) {
    if (tree_[node].kind == NodeKind::null) return true;
    if (tree_[node].kind != NodeKind::map) {
        policy_([&] { return not_a_map(tree_, node, "`expect`"); });
        return false;
    }
    FirstGiven given;
    for (std::uint32_t k = tree_[node].first; k != kNoNode; k = tree_[tree_[k].next].next) {
        const Node& key = tree_[k];
        std::uint32_t value = key.next;
        if (key.kind != NodeKind::scalar || key.scalar.empty()) {
            policy_([&] {
                return core::diagnose::error("yaml_schema_error", tree_.span(k),
                                             "a provision id in `expect` must be a word");
            });
            continue;
        }
        if (auto first = given.see(key.scalar, tree_.span(k))) {
            policy_([&] { return given_twice(tree_, k, *first, "`expect`"); });
            continue;
        }
        auto outcome = tree_[value].kind == NodeKind::scalar
                           ? core::parse_outcome(tree_[value].scalar)
                           : std::nullopt;
        if (!outcome) {
            policy_([&] { return not_one_of(tree_, value, "an outcome", outcome_names()); });
            continue;
        }
        // The rules resolver checks that the provision exists; here it is only text.
        into.push_back({std::string(key.scalar), *outcome, tree_.span(k)});
    }
    return true;
}

// ---- facts: ---------------------------------------------------------------------------------

template <class Policy>
bool ValueReader<Policy>::read(schema::Facts, std::uint32_t node, std::string_view,
                               core::FactList& into) {
    if (tree_[node].kind == NodeKind::null) return true;
    if (tree_[node].kind != NodeKind::map) {
        policy_([&] { return not_a_map(tree_, node, "`facts`"); });
        return false;
    }
    if (fact_given_in_.size() != schema_.facts().size()) {
        fact_given_in_.assign(schema_.facts().size(), 0);
        fact_given_at_.assign(schema_.facts().size(), {});
    }
    ++facts_read_;
    std::size_t entries = 0;  // one fact each, unless a map names facts below it
    for (std::uint32_t k = tree_[node].first; k != kNoNode; k = tree_[tree_[k].next].next)
        ++entries;
    into.reserve(into.size() + entries);
    read_fact_map(node, {}, into);
    std::stable_sort(
        into.begin(), into.end(),
        [](const core::FactValue& a, const core::FactValue& b) { return a.fact < b.fact; });
    return true;
}

template <class Policy>
void ValueReader<Policy>::read_fact_map(std::uint32_t map, const std::string& prefix,
                                        core::FactList& into) {
    for (std::uint32_t k = tree_[map].first; k != kNoNode; k = tree_[tree_[k].next].next) {
        const Node& key = tree_[k];
        if (key.kind != NodeKind::scalar || key.scalar.empty()) {
            policy_([&] {
                return core::diagnose::error("yaml_schema_error", tree_.span(k),
                                             "a fact name must be a non-empty word");
            });
            continue;
        }
        std::string path = prefix;
        if (!path.empty()) path += '.';
        path += key.scalar;
        read_fact(k, key.next, path, into);
    }
}

template <class Policy>
void ValueReader<Policy>::read_fact(std::uint32_t key, std::uint32_t value, const std::string& path,
                                    core::FactList& into) {
    auto fact = schema_.find_fact(path);
    if (!fact) {
        // `trigger: {window: 3y}` names `trigger.window`.
        if (tree_[value].kind == NodeKind::map) {
            read_fact_map(value, path, into);
            return;
        }
        if (!schema_.checks_facts()) return;  // no vocabulary to check it against
        policy_([&] {
            return core::diagnose::error("yaml_unknown_fact", tree_.span(key),
                                         "unknown fact `" + path + "`")
                .help(core::did_you_mean(path, declared_paths()));
        });
        return;
    }
    const core::FactInfo& info = schema_.fact(*fact);
    if (info.builtin) {
        policy_([&] {
            return core::diagnose::error(
                       "yaml_schema_error", tree_.span(key),
                       "`" + path + "` is a key of the measure, not a fact under `facts`")
                .help("move `" + path + ":` up to the measure");
        });
        return;
    }
    if (fact_given_in_[*fact] == facts_read_) {
        policy_([&] {
            return core::diagnose::error("yaml_duplicate_fact", tree_.span(key),
                                         "fact `" + path + "` is given twice")
                .label(fact_given_at_[*fact], "first given here")
                .help("dotted keys and nested maps name the same fact; keep one of them");
        });
        return;
    }
    fact_given_in_[*fact] = facts_read_;
    fact_given_at_[*fact] = tree_.span(key);
    bool ok = true;
    core::FactValue read{*fact, fact_value(value, info.type, path, ok), tree_.span(value)};
    if (ok) into.push_back(std::move(read));
}

template <class Policy>
const std::vector<std::string>& ValueReader<Policy>::declared_paths() {
    if (declared_.empty()) {
        for (const core::FactInfo& f : schema_.facts()) {
            if (!f.builtin) declared_.push_back(f.path);
        }
    }
    return declared_;
}

// ---- The value of one fact, by its type -----------------------------------------------------

template <class Policy>
std::optional<std::uint32_t> ValueReader<Policy>::enum_value(std::uint32_t node,
                                                             std::uint32_t enum_id,
                                                             std::string_view fact) {
    const core::EnumInfo& info = schema_.enum_info(enum_id);
    if (tree_[node].kind != NodeKind::scalar) {
        policy_([&] {
            return type_error(tree_, node, fact,
                              schema_.type_name({core::TypeKind::enumeration, enum_id}),
                              "write one of " + backtick_list(info.values));
        });
        return std::nullopt;
    }
    if (auto index = info.find(tree_[node].scalar)) return index;
    policy_([&] { return not_one_of(tree_, node, "a value of `" + info.name + "`", info.values); });
    return std::nullopt;
}

template <class Policy>
core::Value ValueReader<Policy>::set_value(std::uint32_t node, const core::Type& type,
                                           std::string_view fact, bool& ok) {
    if (tree_[node].kind != NodeKind::sequence) {
        policy_([&] {
            return type_error(tree_, node, fact, schema_.type_name(type),
                              "write a list, e.g. `[a, b]`, or `[]` for none");
        });
        ok = false;
        return {};
    }
    std::vector<std::uint32_t> members;
    for (std::uint32_t item = tree_[node].first; item != kNoNode; item = tree_[item].next) {
        if (auto index = enum_value(item, type.enum_id, fact)) {
            members.push_back(*index);
        } else {
            ok = false;  // every item is checked
        }
    }
    return ok ? core::make_set(std::move(members)) : core::Value{};
}

template <class Policy>
core::Value ValueReader<Policy>::fact_value(std::uint32_t node, const core::Type& type,
                                            std::string_view fact, bool& ok) {
    using core::TypeKind;
    if (type.kind == TypeKind::set) return set_value(node, type, fact, ok);
    if (type.kind == TypeKind::enumeration) {
        auto index = enum_value(node, type.enum_id, fact);
        ok = index.has_value();
        return ok ? core::make_enum(*index) : core::Value{};
    }
    const Node& n = tree_[node];
    auto wrong = [&](std::optional<std::string> help) {
        policy_([&] { return type_error(tree_, node, fact, schema_.type_name(type), help); });
        ok = false;
        return core::Value{};
    };
    if (n.kind != NodeKind::scalar) {
        return wrong(n.kind == NodeKind::null
                         ? std::optional<std::string>("leave the fact out when it is unknown")
                         : std::nullopt);
    }
    std::string_view s = n.scalar;
    switch (type.kind) {
        case TypeKind::boolean:
            if (n.plain && (s == "true" || s == "false")) return core::make_bool(s == "true");
            return wrong("write `true` or `false`");
        case TypeKind::integer:
            if (auto i = n.plain ? parse_int(s) : std::nullopt) return core::make_int(*i);
            return wrong("write a whole number, e.g. `2`");
        case TypeKind::number:
            if (auto d = n.plain ? parse_number(s) : std::nullopt) return core::make_number(*d);
            return wrong("write a number, e.g. `0.5`");
        case TypeKind::date: {
            std::optional<core::Date> d;
            ok = read(schema::Date{}, node, fact, d);
            return ok ? core::make_date_value(d->days) : core::Value{};
        }
        case TypeKind::duration:
            if (auto d = core::parse_duration(s)) return core::make_duration_value(d->days);
            policy_([&] { return invalid_duration(tree_, node); });
            ok = false;
            return {};
        case TypeKind::text:
            return core::make_text(std::string(s));
        case TypeKind::state:
            if (core::is_state_code(s)) return core::make_state(std::string(s));
            return wrong(kStateHelp);
        case TypeKind::enumeration:
        case TypeKind::set:
            break;  // read above
    }
    ok = false;
    return {};
}

template class ValueReader<ReportProblems>;
template class ValueReader<GiveUpOnProblems>;

}  // namespace lexcheck::parser::detail
