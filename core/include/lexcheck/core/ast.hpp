// The rule AST (LANGUAGE.md §2–§3): what the parser produces and the resolver annotates.
// Conditions live in one arena per rule set (RuleSet::conditions) and refer to each other
// by index, so deep nesting and long define chains need no recursion to walk or destroy.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/core/source.hpp"
#include "lexcheck/core/value.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lexcheck::core {

/// Index of a Condition in RuleSet::conditions
using CondId = std::uint32_t;

/// An identifier or qualified id as written, with where it was written
struct Name {
    std::string text;
    SourceSpan span;
};

enum class LiteralKind : std::uint8_t {
    integer,
    number,
    date,
    duration,
    string,
    identifier,
    boolean
};

/// A value or a name as written. `text` is the spelling (strings: unescaped content;
/// identifiers may be dotted paths). The resolver decides what an identifier means.
struct Literal {
    std::string text;
    SourceSpan span;
    LiteralKind kind = LiteralKind::identifier;  ///< Last: it fits in the span's padding
};

enum class CondKind : std::uint8_t {
    all_of,      ///< `a and b and …` (children)
    any_of,      ///< `a or b or …` (children)
    negation,    ///< `not a` (one child)
    constant,    ///< `true` / `false`
    compare,     ///< lhs op rhs
    in,          ///< path in {values}
    has,         ///< path has value
    has_any,     ///< path has any {values}
    has_all,     ///< path has all {values}
    is_known,    ///< path is known
    is_unknown,  ///< path is unknown
    reference    ///< a bool fact or a define, by name
};

enum class CompareOp : std::uint8_t { eq, ne, lt, le, gt, ge };

/// A `std::optional<Value>` kept out of line: few operands are constants, and every
/// Condition carries three, so the arena (10^6 conditions for 10^6 defines) is about half
/// the size. Reads like `std::optional`: `if (v)`, `*v`, `v->integer`, `v.has_value()`.
class OptionalValue {
public:
    OptionalValue() = default;
    OptionalValue(std::nullopt_t) {}
    OptionalValue(Value v) : value_(std::make_unique<Value>(std::move(v))) {}
    OptionalValue(std::optional<Value> v) {
        if (v) value_ = std::make_unique<Value>(std::move(*v));
    }
    OptionalValue(const OptionalValue& o)
        : value_(o.value_ ? std::make_unique<Value>(*o.value_) : nullptr) {}
    OptionalValue(OptionalValue&&) noexcept = default;
    OptionalValue& operator=(const OptionalValue& o) {
        if (this != &o) value_ = o.value_ ? std::make_unique<Value>(*o.value_) : nullptr;
        return *this;
    }
    OptionalValue& operator=(OptionalValue&&) noexcept = default;

    bool has_value() const { return value_ != nullptr; }
    explicit operator bool() const { return has_value(); }
    const Value& operator*() const { return *value_; }
    Value& operator*() { return *value_; }
    const Value* operator->() const { return value_.get(); }
    Value* operator->() { return value_.get(); }
    const Value& value() const {
        if (!value_) throw std::bad_optional_access();
        return *value_;
    }
    Value& emplace(Value v) {
        value_ = std::make_unique<Value>(std::move(v));
        return *value_;
    }
    void reset() { value_.reset(); }

    friend bool operator==(const OptionalValue& a, const OptionalValue& b) {
        return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
    }

private:
    std::unique_ptr<Value> value_;
};

/// What the resolver found an operand or path to be
struct Resolved {
    std::uint32_t fact = kNone;    ///< A fact index into Schema, or kNone
    std::uint32_t define = kNone;  ///< A define index into RuleSet::defines, or kNone
    OptionalValue value;           ///< A constant
};

/// One node of a condition tree. What every walk reads (kind, children, what a path names)
/// comes first, so walking 10^6 conditions touches as few cache lines as it can.
struct Condition {
    CondKind kind = CondKind::constant;
    bool constant = false;
    CompareOp op = CompareOp::eq;
    SourceSpan span;
    std::vector<CondId> children;  ///< all_of / any_of / negation

    // Filled by the resolver.
    Resolved path_resolved, lhs_resolved, rhs_resolved;

    Name path;                    ///< in / has* / is_* / reference
    Literal lhs, rhs;             ///< compare
    std::vector<Literal> values;  ///< in / has (one) / has_any / has_all

    std::vector<Value> values_resolved;  ///< Filled by the resolver
};

enum class InstrumentKind : std::uint8_t {
    treaty,
    convention,
    agreement,
    protocol,
    national_law,
    soft_law
};
enum class Origin : std::uint8_t { regional, universal, external };

struct Party {
    Name state;
    std::optional<Date> from;
    std::optional<Date> until;  ///< Exclusive
    bool observer = false;
    SourceSpan span;
};

struct Instrument {
    Name id;
    std::string title;
    SourceSpan span;
    std::optional<InstrumentKind> kind;  ///< Required; the resolver reports it missing
    std::optional<Origin> origin;        ///< Required
    std::optional<Date> signed_on;
    std::optional<Date> in_force;
    std::optional<Date> until;  ///< Exclusive; lexcheck extension for terminated instruments
    std::vector<Party> parties;
    bool reciprocal = false;  ///< LANGUAGE.md §9: binds each party toward the other parties
};

struct EnumDecl {
    Name name;
    std::vector<Name> values;
    /// Per value: how a sentence names it (LANGUAGE.md §13), "" when it has no label
    std::vector<std::string> labels;
    SourceSpan span;
};

struct TypeRef {
    Name name;  ///< bool, int, …, or an enum name
    bool is_set = false;
    SourceSpan span;
};

struct FactDecl {
    Name path;
    TypeRef type;
    std::string description;
    /// `as "…"`: the words that introduce its value in a sentence (LANGUAGE.md §13)
    std::string as;
    SourceSpan span;
};

struct VocabularyDecl {
    Name id;
    std::vector<EnumDecl> enums;
    std::vector<FactDecl> facts;
    SourceSpan span;
};

struct Define {
    Name name;
    CondId condition = kNone;
    SourceSpan span;
};

/// `define NAME "label" [else "…"] = …` (LANGUAGE.md §13): kept apart from Define, so that the
/// many defines without a label cost nothing more
struct DefineLabel {
    std::uint32_t define = kNone;  ///< Index into RuleSet::defines
    std::string label;             ///< The sentence that states the define true
    std::string else_label;        ///< The sentence that states it false; "" when not given
    SourceSpan span;               ///< The label
};

enum class NormKind : std::uint8_t { prohibition, requirement, exception };
enum class Paradigm : std::uint8_t { economic, rights, security };
enum class ProvisionSeverity : std::uint8_t { critical, high, medium, low, info };

/// A condition with an optional explanation: `prohibits C "why"`, `unless C "why"`
struct Clause {
    CondId condition = kNone;
    std::string why;
    SourceSpan span;
};

/// `source FILE EID`: the Akoma Ntoso element that holds the provision's text
struct SourceLink {
    std::string file;
    Name eid;
    SourceSpan span;
    std::string resolved_path;  ///< Filled by the loader: the file relative to the .lex file
    std::string quoted_text;    ///< Filled by the loader: the element's text
};

/// `authority "…"`: a source a lawyer would cite for a reading (LANGUAGE.md §8)
struct Authority {
    std::string text;
    SourceSpan span;
};

struct Provision {
    Name id;
    SourceSpan span;
    std::optional<Name> of;
    std::optional<std::string> cite;
    std::optional<std::string> text;
    SourceSpan text_span;
    Wording wording = Wording::verbatim;
    std::optional<Paradigm> paradigm;
    ProvisionSeverity severity = ProvisionSeverity::medium;
    std::optional<Date> in_force;
    std::optional<Date> until;
    std::optional<CondId> scope;
    std::optional<NormKind> norm_kind;
    Clause norm;  ///< prohibits/requires condition, or an exception's `when` (kNone if absent)
    std::optional<Name> exception_to;
    std::vector<Clause> unless;
    std::vector<Name> see;
    std::optional<SourceLink> source;
    std::optional<std::string> position;  ///< Name of the primary reading (LANGUAGE.md §8)
    std::vector<Authority> authorities;   ///< Of the primary reading

    // Filled by the resolver.
    std::uint32_t instrument = kNone;
    std::uint32_t exception_target = kNone;
    std::vector<std::uint32_t> see_targets;
    std::vector<std::uint32_t> exceptions;  ///< Provisions that are `exception to` this, id order
    std::vector<std::uint32_t> readings;    ///< Indices into RuleSet::readings, id order

    bool is_exception() const { return norm_kind == NormKind::exception; }
};

/// `reading ID { of PROVISION … }`: another interpretation of a provision (LANGUAGE.md §8).
/// What it does not replace is the provision's own.
struct Reading {
    Name id;
    SourceSpan span;
    std::optional<Name> of;
    std::optional<std::string> position;
    SourceSpan position_span;
    std::vector<Authority> authorities;
    std::optional<CondId> scope;
    SourceSpan scope_span;  ///< The `scope` clause, when given
    /// `prohibits`/`requires` (with its reason) or, for an exception provision, `when`, as
    /// written; absent when the reading keeps the provision's norm
    std::optional<NormKind> norm_kind;
    Clause norm;
    SourceSpan norm_keyword;  ///< The keyword of `norm`

    // Filled by the resolver.
    std::uint32_t provision = kNone;

    bool replaces_something() const { return scope.has_value() || norm_kind.has_value(); }
};

enum class Expectation : std::uint8_t {
    violation,
    compliant,
    undetermined,
    not_applicable,
    binding,
    advisory,
    contested
};

struct TestFact {
    Name path;
    std::vector<Literal> values;
    bool is_set = false;  ///< Written `{…}`
    SourceSpan span;
};

struct TestExpect {
    Name provision;
    std::optional<Name> under;  ///< `expect P under READING OUTCOME` (LANGUAGE.md §8)
    Expectation what = Expectation::violation;
    SourceSpan span;
    std::uint32_t provision_index = kNone;  ///< Filled by the resolver
    /// Filled by the resolver for `under`: the point READING belongs to, and the reading
    /// (kNone: the point's primary reading, named by its provision's id)
    std::uint32_t under_provision = kNone;
    std::uint32_t under_reading = kNone;
};

struct TestBlock {
    std::string name;
    SourceSpan span;
    std::optional<Date> as_of;
    std::optional<Name> jurisdiction;
    std::vector<TestFact> facts;
    std::vector<TestExpect> expects;
    SourceSpan measure_span;
    Measure measure;  ///< Filled by the resolver from jurisdiction and facts
};

}  // namespace lexcheck::core
