#include "reason_words.hpp"

#include <algorithm>
#include <cstdio>

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

/// Appends one decisive step's words to a sentence. Each phrase returns false where a label
/// is missing; the caller then takes back what it appended and quotes the condition.
class StepWords {
public:
    StepWords(const ReasonContext& at, const Markup& markup, std::string& out)
        : at_(at), markup_(markup), out_(out) {}

    bool phrase(const core::Condition& c, Truth value) {
        switch (c.kind) {
            case CondKind::reference:
                if (c.path_resolved.define != core::kNone)
                    return define(c.path_resolved.define, value);
                return claim(c.path_resolved.fact, value) != nullptr;
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
            case CondKind::is_empty:  // not empty: the members it has; else the rule's text
                return value == Truth::no && actual(c.path_resolved.fact);
            default:
                return false;
        }
    }

private:
    void text(std::string_view s) { markup_.text(out_, s); }

    /// The fact, when it has words (`as`)
    const core::FactInfo* fact(std::uint32_t f) const {
        if (f == core::kNone || f >= at_.rules.schema.facts().size()) return nullptr;
        const core::FactInfo& info = at_.rules.schema.fact(f);
        return info.as.empty() ? nullptr : &info;
    }

    /// "A", "it is not the case that A", "it is not known whether A"; the fact, or nullptr
    const core::FactInfo* claim(std::uint32_t f, Truth value) {
        const core::FactInfo* info = fact(f);
        if (!info) return nullptr;
        if (value == Truth::no) out_ += "it is not the case that ";
        if (value == Truth::unknown) out_ += "it is not known whether ";
        text(info->as);
        return info;
    }

    bool define(std::uint32_t d, Truth value) {
        const core::DefineLabel* label = at_.rules.define_label(d);
        if (!label) return false;
        if (value == Truth::no && !label->else_label.empty()) {
            text(label->else_label);
            return true;
        }
        if (value == Truth::no) out_ += "it is not the case that ";
        if (value == Truth::unknown) out_ += "it is not known whether ";
        text(label->label);
        return true;
    }

    bool member(std::uint32_t enum_id, std::uint32_t i) {
        if (enum_id == core::kStateCodes) {
            text(core::state_code(i));
            return true;
        }
        if (enum_id >= at_.rules.schema.enums().size()) return false;
        const core::EnumInfo& e = at_.rules.schema.enum_info(enum_id);
        if (i >= e.labels.size() || e.labels[i].empty()) return false;
        text(e.labels[i]);
        return true;
    }

    /// Members joined: "a", "a and b", "a, b and c"; false when there are none
    template <typename Ids>
    bool members(const Ids& ids, std::uint32_t enum_id, std::string_view conjunction) {
        std::size_t n = 0, count = std::size(ids);
        for (auto id : ids) {
            if (n > 0) {
                out_ += n + 1 == count ? " " : ", ";
                if (n + 1 == count) out_.append(conjunction).append(" ");
            }
            if (!member(enum_id, static_cast<std::uint32_t>(id))) return false;
            ++n;
        }
        return n > 0;
    }

    /// A value as a sentence says it: enum values by their labels, numbers and dates as
    /// written, durations in days (years when whole years), text in quotes
    bool value(const core::Value& v, std::uint32_t enum_id) {
        switch (v.kind) {
            case TypeKind::boolean:
                return false;  // a bool fact's words are its `as` alone
            case TypeKind::integer:
                out_ += std::to_string(v.integer);
                return true;
            case TypeKind::number: {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%g", v.number);
                out_ += buf;
                return true;
            }
            case TypeKind::date:
                out_ += core::format_date(core::Date{static_cast<std::int32_t>(v.integer)});
                return true;
            case TypeKind::duration:
                duration(v.integer);
                return true;
            case TypeKind::text:
                out_ += "\u201c";
                text(v.text);
                out_ += "\u201d";
                return true;
            case TypeKind::state:
                text(v.text);
                return true;
            case TypeKind::enumeration:
                return member(enum_id, static_cast<std::uint32_t>(v.integer));
            case TypeKind::set:
                return members(v.members, enum_id, "and");
        }
        return false;
    }

    void duration(std::int64_t days) {
        const bool years = days != 0 && days % 365 == 0;
        const std::int64_t n = years ? days / 365 : days;
        out_ += std::to_string(n);
        out_ += years ? (n == 1 ? " year" : " years") : (days == 1 ? " day" : " days");
    }

    /// "A actual": the measure's value, which says why a test holds and why it does not
    bool actual(std::uint32_t f) {
        const core::FactInfo* info = fact(f);
        core::Value builtin;
        const core::Value* v = info ? measure_value(f, builtin) : nullptr;
        if (!v) return false;
        text(info->as);
        out_ += ' ';
        return value(*v, info->type.enum_id);
    }

    bool compare(const core::Condition& c, Truth value_of_test) {
        const bool fact_left = c.lhs_resolved.fact != core::kNone;
        const core::Resolved& f = fact_left ? c.lhs_resolved : c.rhs_resolved;
        const core::Resolved& k = fact_left ? c.rhs_resolved : c.lhs_resolved;
        const CompareOp op = fact_left ? c.op : flipped(c.op);
        if (k.fact != core::kNone) {  // two facts: state both
            if (value_of_test == Truth::unknown || !actual(f.fact)) return false;
            out_ += ", and ";
            return actual(k.fact);
        }
        const core::FactInfo* info = fact(f.fact);
        if (!info || !k.value) return false;
        const std::string_view rel = relation(op, info->type.kind);
        auto bound = [&] {
            if (!rel.empty()) out_.append(rel).append(" ");
            return value(*k.value, info->type.enum_id);
        };
        if (value_of_test == Truth::unknown) {
            claim(f.fact, value_of_test);
            out_ += ' ';
            return bound();
        }
        if (!actual(f.fact)) return false;
        if (op == CompareOp::eq || op == CompareOp::ne) return true;
        out_ += value_of_test == Truth::yes ? ", " : ", not ";
        return bound();
    }

    /// The members of the condition's values that the measure's set holds (or lacks)
    const std::vector<std::uint32_t>& members_held(const core::Condition& c, std::uint32_t f,
                                                   bool held) {
        core::Value builtin;
        const core::Value* set = measure_value(f, builtin);
        ids_.clear();
        for (const core::Value& v : c.values_resolved) {
            auto id = static_cast<std::uint32_t>(v.integer);
            bool in = set &&
                      std::find(set->members.begin(), set->members.end(), id) != set->members.end();
            if (in == held) ids_.push_back(id);
        }
        return ids_;
    }

    /// The members of the condition's constant set (`{a, b}`)
    const std::vector<std::uint32_t>& constants(const core::Condition& c) {
        ids_.clear();
        for (const core::Value& v : c.values_resolved)
            ids_.push_back(static_cast<std::uint32_t>(v.integer));
        return ids_;
    }

    /// "A a and b", "it is not the case that A a or b", …; `f` has words
    bool claim_members(std::uint32_t f, Truth value, const std::vector<std::uint32_t>& ids,
                       std::string_view conjunction) {
        const core::FactInfo* info = claim(f, value);
        out_ += ' ';
        return members(ids, info->type.enum_id, conjunction);
    }

    /// `in` (a scalar fact is one of), `has` and `has any` (a set fact holds one of)
    bool member_of(const core::Condition& c, Truth value_of_test, std::string_view conjunction) {
        const std::uint32_t f = c.path_resolved.fact;
        if (!fact(f)) return false;
        if (c.kind == CondKind::in && value_of_test != Truth::unknown) return actual(f);
        if (value_of_test == Truth::yes)  // the members it holds among those asked for
            return claim_members(f, value_of_test, members_held(c, f, true), "and");
        return claim_members(f, value_of_test, constants(c),
                             value_of_test == Truth::no ? "or" : conjunction);
    }

    bool has_all(const core::Condition& c, Truth value_of_test) {
        const std::uint32_t f = c.path_resolved.fact;
        if (!fact(f)) return false;
        if (value_of_test == Truth::no)  // the members it lacks
            return claim_members(f, value_of_test, members_held(c, f, false), "or");
        return claim_members(f, value_of_test, constants(c), "and");
    }

    /// `is known` / `is unknown`: the value when it is stated, else that it is not
    bool stated(std::uint32_t f) {
        const core::FactInfo* info = fact(f);
        if (!info) return false;
        core::Value builtin;
        const core::Value* v = measure_value(f, builtin);
        const bool yes_or_no = info->type.kind == TypeKind::boolean;
        if (!v) {
            if (yes_or_no) out_ += "it is not stated whether ";
            text(info->as);
            if (!yes_or_no) out_ += ": not stated";
            return true;
        }
        if (yes_or_no) return claim(f, v->integer ? Truth::yes : Truth::no) != nullptr;
        return actual(f);
    }

    /// The measure's value of fact `f` (value_of), noted as read: words that read none are
    /// the same for every measure, and a caller may keep them (ReasonContext::measure_read)
    const core::Value* measure_value(std::uint32_t f, core::Value& builtin) {
        if (at_.measure_read) *at_.measure_read = true;
        return value_of(at_.measure, f, builtin);
    }

    const ReasonContext& at_;
    const Markup& markup_;
    std::string& out_;
    std::vector<std::uint32_t> ids_;
};

}  // namespace

namespace {

/// Condition `c` as written in its rule file, on one line
std::string one_line(const ReasonContext& at, const core::Condition& c) {
    std::string text;
    if (c.span.file < at.texts.size()) {
        std::string_view file = at.texts[c.span.file];
        std::size_t begin = std::min<std::size_t>(c.span.begin, file.size());
        core::append_one_line(
            text, file.substr(begin, std::min<std::size_t>(c.span.end, file.size()) - begin));
    } else {
        core::append_one_line(text, at.sources.slice(c.span));
    }
    return text;
}

}  // namespace

void append_step_words(const ReasonContext& at, const core::ReasonStep& step, const Markup& markup,
                       std::string& out) {
    const core::Condition& c = at.rules.conditions[step.cond];
    const std::size_t mark = out.size();
    if (StepWords(at, markup, out).phrase(c, step.value)) return;
    out.resize(mark);  // a label is missing: the condition as written
    if (at.condition_texts)
        markup.code(out, at.condition_texts->get(at, step.cond));
    else
        markup.code(out, one_line(at, c));
    out += step.value == Truth::yes  ? " holds"
           : step.value == Truth::no ? " does not hold"
                                     : " is not known";
}

}  // namespace lexcheck::reports::detail

namespace lexcheck::reports {

std::string_view ConditionTexts::get(const ReasonContext& at, core::CondId cond) {
    if (slots_.empty()) slots_.resize(kSlots);
    Slot& slot = slots_[cond & (kSlots - 1)];
    if (slot.cond != cond) {
        slot.cond = cond;
        slot.text = detail::one_line(at, at.rules.conditions[cond]);
    }
    return slot.text;
}

}  // namespace lexcheck::reports
