#include "fact_vars.hpp"

#include "lexcheck/core/date.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace lexcheck::analysis::detail {

using core::TypeKind;

/// A decimal double as an exact rational (values in rules and measures are written in
/// decimal, so a power of ten clears the fraction)
z3::expr real_constant(z3::context& ctx, double d) {
    double scale = 1;
    for (int digits = 0; digits <= 15; ++digits, scale *= 10) {
        double n = d * scale;
        if (std::nearbyint(n) == n && std::fabs(n) < 9e15) {
            return ctx.real_val(static_cast<std::int64_t>(n)) /
                   ctx.real_val(static_cast<std::int64_t>(scale));
        }
    }
    return ctx.real_val(std::to_string(d).c_str());
}

namespace {

std::string fresh_text(const std::vector<std::string>& taken, bool state) {
    // A value no condition names: some other State, or some other text.
    for (int i = 0;; ++i) {
        std::string s = state ? std::string{static_cast<char>('Q' + i / 26 % 10),
                                            static_cast<char>('A' + i % 26)}
                              : "other" + (i ? std::to_string(i) : std::string());
        if (std::find(taken.begin(), taken.end(), s) == taken.end()) return s;
    }
}

}  // namespace

FactVars::FactVars(z3::context& ctx, const core::Schema& schema)
    : ctx_(ctx), schema_(schema), domain_(ctx) {}

FactVars::Vars& FactVars::vars(std::uint32_t fact) {
    return vars_[fact];
}

const z3::sort& FactVars::enum_sort(std::uint32_t enum_id) {
    auto it = enums_.find(enum_id);
    if (it != enums_.end()) return it->second.sort;
    const core::EnumInfo& info = schema_.enum_info(enum_id);
    std::string prefix = "e" + std::to_string(enum_id) + "_";
    std::vector<std::string> names;
    for (std::size_t i = 0; i < info.values.size(); ++i)
        names.push_back(prefix + std::to_string(i));
    std::vector<const char*> cnames;
    for (const std::string& n : names) cnames.push_back(n.c_str());
    z3::func_decl_vector values(ctx_), testers(ctx_);
    z3::sort sort =
        ctx_.enumeration_sort(("enum" + std::to_string(enum_id)).c_str(),
                              static_cast<unsigned>(cnames.size()), cnames.data(), values, testers);
    return enums_.emplace(enum_id, EnumSort{sort, values}).first->second.sort;
}

z3::expr FactVars::known(std::uint32_t fact) {
    Vars& v = vars(fact);
    if (!v.known) v.known = ctx_.bool_const(("k" + std::to_string(fact)).c_str());
    return *v.known;
}

z3::expr FactVars::value(std::uint32_t fact) {
    Vars& v = vars(fact);
    if (v.value) return *v.value;
    const core::Type& t = schema_.fact(fact).type;
    std::string name = "v" + std::to_string(fact);
    switch (t.kind) {
        case TypeKind::boolean:
            v.value = ctx_.bool_const(name.c_str());
            break;
        case TypeKind::number:
            v.value = ctx_.real_const(name.c_str());
            break;
        case TypeKind::enumeration:
            v.value = ctx_.constant(name.c_str(), enum_sort(t.enum_id));
            break;
        default:  // int, date, duration; text and state as an index
            v.value = ctx_.int_const(name.c_str());
            break;
    }
    // Values the checker holds in 64 bits (a model never leaves them).
    const std::int64_t big = std::int64_t{1} << 62;
    if (t.kind == TypeKind::integer || t.kind == TypeKind::duration)
        domain_.push_back(*v.value <= ctx_.int_val(big) && *v.value >= ctx_.int_val(-big));
    if (t.kind == TypeKind::duration) domain_.push_back(*v.value >= 0);
    if (t.kind == TypeKind::text || t.kind == TypeKind::state) domain_.push_back(*v.value >= 0);
    if (t.kind == TypeKind::date) {
        domain_.push_back(*v.value >= core::make_date(1, 1, 1).days &&
                          *v.value <= core::make_date(9999, 12, 31).days);
    }
    return *v.value;
}

z3::expr FactVars::member(std::uint32_t fact, std::uint32_t m) {
    Vars& v = vars(fact);
    auto it = v.members.find(m);
    if (it != v.members.end()) return it->second;
    std::string name = "m" + std::to_string(fact) + "_" + std::to_string(m);
    return v.members.emplace(m, ctx_.bool_const(name.c_str())).first->second;
}

std::vector<std::uint32_t> FactVars::members(std::uint32_t fact) const {
    std::vector<std::uint32_t> out;
    auto it = vars_.find(fact);
    if (it == vars_.end()) return out;
    for (const auto& [m, e] : it->second.members) out.push_back(m);
    return out;
}

std::uint32_t FactVars::string_index(std::uint32_t fact, const std::string& s) {
    auto& list = strings_[fact];
    auto at = std::find(list.begin(), list.end(), s);
    if (at != list.end()) return static_cast<std::uint32_t>(at - list.begin());
    list.push_back(s);
    return static_cast<std::uint32_t>(list.size() - 1);
}

z3::expr FactVars::constant(std::uint32_t fact, const core::Value& v) {
    const core::Type& t = schema_.fact(fact).type;
    switch (t.kind) {
        case TypeKind::boolean:
            return ctx_.bool_val(v.integer != 0);
        case TypeKind::number:
            return real_constant(
                ctx_, v.kind == TypeKind::number ? v.number : static_cast<double>(v.integer));
        case TypeKind::enumeration:
            enum_sort(t.enum_id);
            return enums_.at(t.enum_id).values[static_cast<unsigned>(v.integer)]();
        case TypeKind::text:
        case TypeKind::state:
            return ctx_.int_val(string_index(fact, v.text));
        default:
            return ctx_.int_val(static_cast<std::int64_t>(v.integer));
    }
}

z3::expr_vector FactVars::take_domain() {
    z3::expr_vector out = domain_;
    domain_ = z3::expr_vector(ctx_);
    return out;
}

z3::expr FactVars::same_as(std::uint32_t fact, const core::Measure& m) {
    std::optional<core::Value> v = measure_value(m, fact);
    if (!v) return !known(fact);
    z3::expr e = known(fact);
    if (schema_.fact(fact).type.kind == TypeKind::set) {
        for (std::uint32_t member : members(fact)) {
            bool in = std::binary_search(v->members.begin(), v->members.end(), member);
            e = e && (in ? this->member(fact, member) : !this->member(fact, member));
        }
        return e;
    }
    return e && value(fact) == constant(fact, *v);
}

z3::expr FactVars::differs_from(std::uint32_t fact, const core::Measure& m) {
    std::optional<core::Value> v = measure_value(m, fact);
    if (!v) return known(fact);
    if (schema_.fact(fact).type.kind == TypeKind::set) {
        z3::expr any = ctx_.bool_val(false);
        for (std::uint32_t member : members(fact)) {
            bool in = std::binary_search(v->members.begin(), v->members.end(), member);
            any = any || (in ? !this->member(fact, member) : this->member(fact, member));
        }
        return known(fact) && any;
    }
    return known(fact) && value(fact) != constant(fact, *v);
}

core::Value FactVars::value_in(const z3::model& model, std::uint32_t fact) {
    const core::Type& t = schema_.fact(fact).type;
    switch (t.kind) {
        case TypeKind::set: {
            std::vector<std::uint32_t> in;
            for (std::uint32_t m : members(fact)) {
                if (model.eval(member(fact, m), true).is_true()) in.push_back(m);
            }
            return core::make_set(std::move(in));
        }
        case TypeKind::boolean:
            return core::make_bool(model.eval(value(fact), true).is_true());
        case TypeKind::number: {
            z3::expr e = model.eval(value(fact), true);
            return core::make_number(std::stod(e.get_decimal_string(12)));
        }
        case TypeKind::enumeration: {
            z3::expr e = model.eval(value(fact), true);
            const auto& values = enums_.at(t.enum_id).values;
            for (unsigned i = 0; i < values.size(); ++i) {
                if (z3::eq(e, values[i]())) return core::make_enum(i);
            }
            return core::make_enum(0);
        }
        case TypeKind::text:
        case TypeKind::state: {
            auto i = model.eval(value(fact), true).get_numeral_int64();
            const auto& list = strings_[fact];
            std::string s = i >= 0 && static_cast<std::size_t>(i) < list.size()
                                ? list[static_cast<std::size_t>(i)]
                                : fresh_text(list, t.kind == TypeKind::state);
            return t.kind == TypeKind::state ? core::make_state(s) : core::make_text(s);
        }
        case TypeKind::integer:
            return core::make_int(model.eval(value(fact), true).get_numeral_int64());
        case TypeKind::date:
            return core::make_date_value(
                static_cast<std::int32_t>(model.eval(value(fact), true).get_numeral_int64()));
        case TypeKind::duration:
            return core::make_duration_value(model.eval(value(fact), true).get_numeral_int64());
    }
    return core::make_bool(false);
}

std::vector<std::uint32_t> FactVars::facts() const {
    std::vector<std::uint32_t> out;
    for (const auto& [f, v] : vars_) out.push_back(f);
    return out;
}

std::optional<core::Value> measure_value(const core::Measure& m, std::uint32_t fact) {
    switch (fact) {
        case core::kFactJurisdiction:
            return core::make_state(m.jurisdiction);
        case core::kFactInForce:
            if (!m.in_force) return std::nullopt;
            return core::make_date_value(m.in_force->days);
        case core::kFactUntil:
            if (!m.until) return std::nullopt;
            return core::make_date_value(m.until->days);
        case core::kFactAffects: {
            if (!m.affects) return std::nullopt;
            std::vector<std::uint32_t> states;
            for (const std::string& s : *m.affects) states.push_back(core::state_number(s));
            return core::make_set(std::move(states));
        }
        default: {
            const core::FactValue* v = m.find(fact);
            if (!v) return std::nullopt;
            return v->value;
        }
    }
}

}  // namespace lexcheck::analysis::detail
