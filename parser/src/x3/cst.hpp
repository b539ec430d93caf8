// The concrete syntax tree of a .lex file (LANGUAGE.md §1–§3), as Spirit X3 fills it.
// Tokens carry only byte offsets: lowering (lower.cpp) slices the source text, so the
// parser allocates nothing per token; conditions are flat postfix lists. Private to parser/.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstdint>
#include <vector>

namespace lexcheck::parser::cst {

namespace x3 = boost::spirit::x3;

/// Byte range [begin, end) in the file, written by the on_success annotation
struct Positioned {
    std::uint32_t begin_offset = 0;
    std::uint32_t end_offset = 0;
};

/// Any single token: identifier, qualified id, number/date/duration, string, keyword, operator
struct Token : Positioned {};

// ---------------------------------------------------------------------------------------------
// Conditions (LANGUAGE.md §3)
//
// A condition is not a tree of X3 attributes: the grammar appends its nodes, in postfix
// order, to the declaration's Conditions as each one is recognised (atoms, then `not`,
// `and` and `or` over the subtrees just before them). No vector, variant or heap node per
// level, and lowering walks the list with a stack, whatever the nesting.
// ---------------------------------------------------------------------------------------------

/// `op rhs` after a path or value: `== 3`, `has eaeu_worker`, `is known`
struct BinaryTail : Positioned {
    Token op;
    Token rhs;
};

/// `in {…}`, `has any {…}`, `has all {…}`; `op` is the `in`, `any` or `all` token
struct SetTail : Positioned {
    Token op;
    std::vector<Token> values;
};

struct PathSuffix : x3::variant<BinaryTail, SetTail> {
    using base_type::base_type;
    using base_type::operator=;
};

/// A condition that starts with a fact path (or a define name)
struct PathAtom : Positioned {
    Token path;
    boost::optional<PathSuffix> suffix;
};

/// `true`, `false`, or a comparison that starts with a value (`3y < ban.duration`)
struct ValueAtom : Positioned {
    Token value;
    boost::optional<BinaryTail> tail;
};

enum class CondNodeKind : std::uint8_t { path_atom, value_atom, negation, all_of, any_of };

/// One node of a condition, in postfix order; the span is the node's text (a connective's
/// includes its operands; parentheses add no node)
struct CondNode : Positioned {
    CondNodeKind kind = CondNodeKind::path_atom;
    std::uint32_t size = 1;      ///< Nodes in this subtree, itself included (it ends here)
    std::uint32_t operands = 0;  ///< all_of / any_of: how many subtrees it joins; negation: 1
    std::uint32_t atom = 0;      ///< path_atom / value_atom: index in Conditions
};

/// Every condition of one declaration: nodes in postfix order and the atoms they name.
/// The parser reuses it from one declaration to the next.
struct Conditions {
    std::vector<CondNode> nodes;
    std::vector<PathAtom> path_atoms;
    std::vector<ValueAtom> value_atoms;

    void clear() {
        nodes.clear();
        path_atoms.clear();
        value_atoms.clear();
    }
};

/// A parsed condition: its root node in the declaration's Conditions (its subtree is the
/// `size` nodes that end there)
struct CondRef {
    std::uint32_t root = 0;
};

// ---------------------------------------------------------------------------------------------
// Declarations (LANGUAGE.md §2)
// ---------------------------------------------------------------------------------------------

/// A clause that is a keyword and one token: `kind treaty`, `cite "…"`, `in_force 2015-01-01`,
/// `see a.b`, `exception to a.b`, `jurisdiction RU`, `as_of …`
struct KeyValue : Positioned {
    Token kw;
    Token value;
};

/// `scope C`, `prohibits C "why"`, `requires C "why"`, `when C`, `unless C "why"`
struct CondClause : Positioned {
    Token kw;
    CondRef condition;
    boost::optional<Token> why;
};

/// `source "file.akn.xml" eid`
struct SourceClause : Positioned {
    Token file;
    Token eid;
};

/// `party XX [observer] [from DATE] [until DATE]`
struct Party : Positioned {
    Token state;
    boost::optional<Token> observer;
    boost::optional<Token> from;
    boost::optional<Token> until;
};

struct InstrumentClause : x3::variant<KeyValue, Party> {
    using base_type::base_type;
    using base_type::operator=;
};

struct Instrument : Positioned {
    Token id;
    Token title;
    std::vector<InstrumentClause> clauses;
};

/// An enum value with its optional label: `entry_ban "an entry ban"` (LANGUAGE.md §13)
struct EnumValue : Positioned {
    Token name;
    boost::optional<Token> label;
};

struct EnumDecl : Positioned {
    Token name;
    std::vector<EnumValue> values;
};

struct TypeRef : Positioned {
    Token name;
    bool is_set = false;
};

struct FactDecl : Positioned {
    Token path;
    TypeRef type;
    boost::optional<Token> description;
    boost::optional<Token> as;  ///< `as "…"` (LANGUAGE.md §13)
};

struct VocabularyEntry : x3::variant<EnumDecl, FactDecl> {
    using base_type::base_type;
    using base_type::operator=;
};

struct Vocabulary : Positioned {
    Token id;
    std::vector<VocabularyEntry> entries;
};

/// `define NAME ["label" [else "…"]] = COND` (LANGUAGE.md §13 for the labels)
struct Define : Positioned {
    Token name;
    boost::optional<Token> label;
    boost::optional<Token> else_label;  ///< The `else` keyword's string
    CondRef condition;
};

struct ProvisionClause : x3::variant<KeyValue, CondClause, SourceClause> {
    using base_type::base_type;
    using base_type::operator=;
};

struct Provision : Positioned {
    Token id;
    std::vector<ProvisionClause> clauses;
};

/// `reading ID { … }` (LANGUAGE.md §8): written with a provision's clauses; lowering says
/// which of them a reading may not have
struct Reading : Positioned {
    Token kw;
    Token id;
    std::vector<ProvisionClause> clauses;
};

/// `PATH = VALUE` or `PATH = {a, b}` in a test's measure
struct TestFact : Positioned {
    Token path;
    bool is_set = false;
    std::vector<Token> values;
};

struct MeasureEntry : x3::variant<KeyValue, TestFact> {
    using base_type::base_type;
    using base_type::operator=;
};

struct MeasureBlock : Positioned {
    Token kw;
    std::vector<MeasureEntry> entries;
};

/// `expect PROVISION [under READING] OUTCOME`
struct Expect : Positioned {
    Token provision;
    boost::optional<Token> under;
    Token what;
};

struct TestClause : x3::variant<KeyValue, MeasureBlock, Expect> {
    using base_type::base_type;
    using base_type::operator=;
};

struct Test : Positioned {
    Token name;
    std::vector<TestClause> clauses;
};

struct Declaration : x3::variant<Instrument, Vocabulary, Define, Provision, Reading, Test> {
    using base_type::base_type;
    using base_type::operator=;
};

}  // namespace lexcheck::parser::cst
