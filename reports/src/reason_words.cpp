#include "reason_words.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace lexcheck::reports::detail {

namespace {

using core::CompareOp;
using core::CondKind;
using core::Truth;
using core::TypeKind;

/// The measure's value of a fact, built-in facts included; nullptr when it is not stated
const core::Value* value_of(const core::Measure& m, std::uint32_t fact, core::Value& builtin) {
    switch (fact) {
        case core::kFactJurisdiction:
            builtin = core::make_state(m.jurisdiction);
            return &builtin;
        case core::kFactInForce:
        case core::kFactUntil: {
            const auto& date = fact == core::kFactInForce ? m.in_force : m.until;
            if (!date) return nullptr;
            builtin = core::make_date_value(date->days);
            return &builtin;
        }
        case core::kFactAffects: {
            if (!m.affects) return nullptr;
            std::vector<std::uint32_t> states;
            for (const std::string& s : *m.affects) states.push_back(core::state_number(s));
            builtin = core::make_set(std::move(states));
            return &builtin;
        }
        default: {
            const core::FactValue* v = m.find(fact);
            return v ? &v->value : nullptr;
        }
    }
}

/// How sentences name the values of facts: labels for enum values, numbers and dates as
/// written, durations in days (years when whole years). nullopt: a value without a label.
class ValueWords {
public:
    ValueWords(const core::Schema& schema, const Markup& markup)
        : schema_(schema), markup_(markup) {}

    std::optional<std::string> member(std::uint32_t enum_id, std::uint32_t i) const {
        if (enum_id == core::kStateCodes) return markup_.text(core::state_code(i));
        if (enum_id >= schema_.enums().size()) return std::nullopt;
        const core::EnumInfo& e = schema_.enum_info(enum_id);
        if (i >= e.labels.size() || e.labels[i].empty()) return std::nullopt;
        return markup_.text(e.labels[i]);
    }

    std::optional<std::string> value(const core::Value& v, std::uint32_t enum_id) const {
        switch (v.kind) {
            case TypeKind::boolean:
                return std::nullopt;  // a bool fact's words are its `as` alone
            case TypeKind::integer:
                return std::to_string(v.integer);
            case TypeKind::number: {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%g", v.number);
                return std::string(buf);
            }
            case TypeKind::date:
                return core::format_date(core::Date{static_cast<std::int32_t>(v.integer)});
            case TypeKind::duration:
                return duration(v.integer);
            case TypeKind::text:
                return "\u201c" + markup_.text(v.text) + "\u201d";
            case TypeKind::state:
                return markup_.text(v.text);
            case TypeKind::enumeration:
                return member(enum_id, static_cast<std::uint32_t>(v.integer));
            case TypeKind::set:
                return members(v.members, enum_id, "and");
        }
        return std::nullopt;
    }

    /// Members joined with `conjunction`; nullopt when one has no label or there are none
    std::optional<std::string> members(const std::vector<std::uint32_t>& ids, std::uint32_t enum_id,
                                       std::string_view conjunction) const {
        std::vector<std::string> words;
        for (std::uint32_t i : ids) {
            auto w = member(enum_id, i);
            if (!w) return std::nullopt;
            words.push_back(std::move(*w));
        }
        if (words.empty()) return std::nullopt;
        return spoken_list(words, conjunction);
    }

    /// The members of constant set values (`{a, b}` in a condition) joined
    std::optional<std::string> constants(const std::vector<core::Value>& values,
                                         std::uint32_t enum_id,
                                         std::string_view conjunction) const {
        std::vector<std::uint32_t> ids;
        for (const core::Value& v : values) ids.push_back(static_cast<std::uint32_t>(v.integer));
        return members(ids, enum_id, conjunction);
    }

private:
    static std::string duration(std::int64_t days) {
        if (days != 0 && days % 365 == 0) {
            std::int64_t years = days / 365;
            return std::to_string(years) + (years == 1 ? " year" : " years");
        }
        return std::to_string(days) + (days == 1 ? " day" : " days");
    }

    const core::Schema& schema_;
    const Markup& markup_;
};

/// "more than", "on or after", … for an ordering comparison of a value of `kind`
std::string_view relation(CompareOp op, TypeKind kind) {
    const bool date = kind == TypeKind::date;
    switch (op) {
        case CompareOp::lt:
            return date ? "before" : "less than";
        case CompareOp::le:
            return date ? "on or before" : "at most";
        case CompareOp::gt:
            return date ? "after" : "more than";
        case CompareOp::ge:
            return date ? "on or after" : "at least";
        case CompareOp::ne:
            return "other than";
        case CompareOp::eq:
            break;
    }
    return "";
}

/// `c op F` read as `F op' c`
CompareOp flipped(CompareOp op) {
    switch (op) {
        case CompareOp::lt:
            return CompareOp::gt;
        case CompareOp::le:
            return CompareOp::ge;
        case CompareOp::gt:
            return CompareOp::lt;
        case CompareOp::ge:
            return CompareOp::le;
        default:
            return op;
    }
}

class StepWords {
public:
    StepWords(const ReasonContext& at, const Markup& markup)
        : at_(at), markup_(markup), words_(at.rules.schema, markup) {}

    /// The sentence, or nullopt where a label is missing
    std::optional<std::string> phrase(const core::Condition& c, Truth value) const {
        switch (c.kind) {
            case CondKind::reference:
                if (c.path_resolved.define != core::kNone)
                    return define(c.path_resolved.define, value);
                return claim(c.path_resolved.fact, value, "");
            case CondKind::compare:
                return compare(c, value);
            case CondKind::in:
                return member_of(c, value, "or");
            case CondKind::has:
            case CondKind::has_any:
                return member_of(c, value, c.kind == CondKind::has ? "and" : "or");
            case CondKind::has_all:
                return has_all(c, value);
            case CondKind::is_known:
            case CondKind::is_unknown:
                return stated(c.path_resolved.fact);
            default:
                return std::nullopt;
        }
    }

private:
    const core::FactInfo* fact(std::uint32_t f) const {
        if (f == core::kNone || f >= at_.rules.schema.facts().size()) return nullptr;
        const core::FactInfo& info = at_.rules.schema.fact(f);
        return info.as.empty() ? nullptr : &info;
    }

    /// "A words", "it is not the case that A words", "it is not known whether A words"
    std::optional<std::string> claim(std::uint32_t f, Truth value, const std::string& words) const {
        const core::FactInfo* info = fact(f);
        if (!info) return std::nullopt;
        std::string s = markup_.text(info->as) + (words.empty() ? "" : " " + words);
        if (value == Truth::no) return "it is not the case that " + s;
        if (value == Truth::unknown) return "it is not known whether " + s;
        return s;
    }

    std::optional<std::string> define(std::uint32_t d, Truth value) const {
        const core::DefineLabel* label = at_.rules.define_label(d);
        if (!label) return std::nullopt;
        if (value == Truth::yes) return markup_.text(label->label);
        if (value == Truth::no && !label->else_label.empty())
            return markup_.text(label->else_label);
        return (value == Truth::no ? "it is not the case that " : "it is not known whether ") +
               markup_.text(label->label);
    }

    /// "A actual", stating the measure's value: true and false alike read as a fact
    std::optional<std::string> actual(std::uint32_t f, std::string suffix = {}) const {
        const core::FactInfo* info = fact(f);
        core::Value builtin;
        const core::Value* v = info ? value_of(at_.measure, f, builtin) : nullptr;
        auto w = v ? words_.value(*v, info->type.enum_id) : std::nullopt;
        if (!w) return std::nullopt;
        return markup_.text(info->as) + " " + *w + suffix;
    }

    std::optional<std::string> compare(const core::Condition& c, Truth value) const {
        const bool fact_left = c.lhs_resolved.fact != core::kNone;
        const core::Resolved& f = fact_left ? c.lhs_resolved : c.rhs_resolved;
        const core::Resolved& k = fact_left ? c.rhs_resolved : c.lhs_resolved;
        const CompareOp op = fact_left ? c.op : flipped(c.op);
        if (k.fact != core::kNone) {  // two facts: state both
            if (value == Truth::unknown) return std::nullopt;
            auto a = actual(f.fact), b = actual(k.fact);
            if (!a || !b) return std::nullopt;
            return *a + ", and " + *b;
        }
        const core::FactInfo* info = fact(f.fact);
        if (!info || !k.value) return std::nullopt;
        auto constant = words_.value(*k.value, info->type.enum_id);
        if (!constant) return std::nullopt;
        const std::string_view rel = relation(op, info->type.kind);
        const std::string target = rel.empty() ? *constant : std::string(rel) + " " + *constant;
        if (value == Truth::unknown) return claim(f.fact, value, target);
        if (op == CompareOp::eq || op == CompareOp::ne) return actual(f.fact);
        return actual(f.fact, std::string(value == Truth::yes ? ", " : ", not ") + target);
    }

    /// `in` (a scalar fact is one of), `has` and `has any` (a set fact holds one of)
    std::optional<std::string> member_of(const core::Condition& c, Truth value,
                                         std::string_view conjunction) const {
        const std::uint32_t f = c.path_resolved.fact;
        const core::FactInfo* info = fact(f);
        if (!info) return std::nullopt;
        const std::uint32_t enum_id = info->type.enum_id;
        if (c.kind == CondKind::in && value != Truth::unknown) return actual(f);
        if (value == Truth::yes) {  // the members it holds among those asked for
            core::Value builtin;
            const core::Value* set = value_of(at_.measure, f, builtin);
            std::vector<std::uint32_t> held;
            for (const core::Value& v : c.values_resolved) {
                auto id = static_cast<std::uint32_t>(v.integer);
                if (set &&
                    std::find(set->members.begin(), set->members.end(), id) != set->members.end())
                    held.push_back(id);
            }
            auto w = words_.members(held, enum_id, "and");
            return w ? claim(f, value, *w) : std::nullopt;
        }
        auto w =
            words_.constants(c.values_resolved, enum_id, value == Truth::no ? "or" : conjunction);
        return w ? claim(f, value, *w) : std::nullopt;
    }

    std::optional<std::string> has_all(const core::Condition& c, Truth value) const {
        const std::uint32_t f = c.path_resolved.fact;
        const core::FactInfo* info = fact(f);
        if (!info) return std::nullopt;
        if (value != Truth::no) {
            auto w = words_.constants(c.values_resolved, info->type.enum_id, "and");
            return w ? claim(f, value, *w) : std::nullopt;
        }
        core::Value builtin;  // false: the members it lacks
        const core::Value* set = value_of(at_.measure, f, builtin);
        std::vector<std::uint32_t> lacking;
        for (const core::Value& v : c.values_resolved) {
            auto id = static_cast<std::uint32_t>(v.integer);
            if (!set ||
                std::find(set->members.begin(), set->members.end(), id) == set->members.end())
                lacking.push_back(id);
        }
        auto w = words_.members(lacking, info->type.enum_id, "or");
        return w ? claim(f, value, *w) : std::nullopt;
    }

    /// `is known` / `is unknown`: the value when it is stated, else that it is not
    std::optional<std::string> stated(std::uint32_t f) const {
        const core::FactInfo* info = fact(f);
        if (!info) return std::nullopt;
        core::Value builtin;
        const core::Value* v = value_of(at_.measure, f, builtin);
        const bool yes_or_no = info->type.kind == TypeKind::boolean;
        if (!v) {
            return yes_or_no ? "it is not stated whether " + markup_.text(info->as)
                             : markup_.text(info->as) + ": not stated";
        }
        if (yes_or_no) return claim(f, v->integer ? Truth::yes : Truth::no, "");
        return actual(f);
    }

    const ReasonContext& at_;
    const Markup& markup_;
    ValueWords words_;
};

}  // namespace

std::string spoken_list(const std::vector<std::string>& items, std::string_view conjunction) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " " + std::string(conjunction) + " " : ", ";
        out += items[i];
    }
    return out;
}

std::string step_words(const ReasonContext& at, const core::ReasonStep& step,
                       const Markup& markup) {
    const core::Condition& c = at.rules.conditions[step.cond];
    if (auto s = StepWords(at, markup).phrase(c, step.value)) return *s;
    std::string text;
    if (c.span.file < at.texts.size()) {
        std::string_view file = at.texts[c.span.file];
        std::size_t begin = std::min<std::size_t>(c.span.begin, file.size());
        core::append_one_line(
            text, file.substr(begin, std::min<std::size_t>(c.span.end, file.size()) - begin));
    } else {
        core::append_one_line(text, at.sources.slice(c.span));
    }
    switch (step.value) {
        case Truth::yes:
            return markup.code(text) + " holds";
        case Truth::no:
            return markup.code(text) + " does not hold";
        case Truth::unknown:
            break;
    }
    return markup.code(text) + " is not known";
}

}  // namespace lexcheck::reports::detail
