// The solver's picture of a measure (docs/remedies.md, "The encoding"): per fact a "known"
// flag (Kleene logic: an absent fact is unknown) and a value — an enum as a finite domain, a
// set as one Boolean per member, int/date/duration as integers, number as a real, text and
// state as an index into the strings the rules and the measure name (conditions only test
// them for equality), any other index being some other text. Variables are made when first
// read, so a query holds only what it uses.
#pragma once

#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/schema.hpp"

#include <map>
#include <optional>
#include <vector>

#include <z3++.h>

namespace lexcheck::analysis::detail {

class FactVars {
public:
    FactVars(z3::context& ctx, const core::Schema& schema);

    z3::context& ctx() const { return ctx_; }
    const core::Schema& schema() const { return schema_; }

    /// Whether the fact is stated
    z3::expr known(std::uint32_t fact);
    /// Its value (meaningful only when known); not for sets
    z3::expr value(std::uint32_t fact);
    /// Whether a set fact has `member` (an enum value index, or a state_number for `affects`)
    z3::expr member(std::uint32_t fact, std::uint32_t member);
    /// The members of a set fact made so far (those some condition tests)
    std::vector<std::uint32_t> members(std::uint32_t fact) const;

    /// A constant of the fact's type, as the solver writes it
    z3::expr constant(std::uint32_t fact, const core::Value& v);

    /// Constraints on values a measure cannot have (a duration below 0, a date outside years
    /// 1–9999), for the variables made since the last call
    z3::expr_vector take_domain();

    /// The fact is as the measure states it (unknown when absent); only the members made
    /// so far are pinned, which are all a condition reads
    z3::expr same_as(std::uint32_t fact, const core::Measure& m);
    /// The fact is known, with a value that differs from the measure's where a condition
    /// could tell (for a set: some member made so far differs)
    z3::expr differs_from(std::uint32_t fact, const core::Measure& m);

    /// The value of a known fact in a model
    core::Value value_in(const z3::model& model, std::uint32_t fact);

    /// Facts with variables, in index order
    std::vector<std::uint32_t> facts() const;

private:
    struct Vars {
        std::optional<z3::expr> known;
        std::optional<z3::expr> value;
        std::map<std::uint32_t, z3::expr> members;
    };
    Vars& vars(std::uint32_t fact);
    const z3::sort& enum_sort(std::uint32_t enum_id);

    z3::context& ctx_;
    const core::Schema& schema_;
    std::map<std::uint32_t, Vars> vars_;
    struct EnumSort {
        z3::sort sort;
        z3::func_decl_vector values;
    };
    std::map<std::uint32_t, EnumSort> enums_;
    /// Per text or state fact: the strings named so far, by index
    std::map<std::uint32_t, std::vector<std::string>> strings_;
    std::uint32_t string_index(std::uint32_t fact, const std::string& s);
    z3::expr_vector domain_;
};

/// A decimal number as an exact rational
z3::expr real_constant(z3::context& ctx, double d);

/// The measure's value of a fact, built-in facts included; nullopt when absent
std::optional<core::Value> measure_value(const core::Measure& m, std::uint32_t fact);

}  // namespace lexcheck::analysis::detail
