// LANGUAGE.md §2: instrument, vocabulary, define, provision and test declarations.
// Clauses come in any order with no separators; `>` after a keyword commits the parse.
// Which clauses may repeat and which values a keyword takes is checked by lowering.
// Only declarations.cpp includes this file.
#pragma once

#include "x3/conditions.hpp"
#include "x3/cst_adapted.hpp"
#include "x3/declarations.hpp"
#include "x3/literals.hpp"
#include "x3/scanners.hpp"

namespace lexcheck::parser::grammar {

///////////////////////////////////////////////////////////////////////////////////////////////
// Rule IDs
///////////////////////////////////////////////////////////////////////////////////////////////

struct instrument_class : annotate_position {};
struct instrument_clause_class : annotate_position {};
struct party_class : annotate_position {};
struct vocabulary_class : annotate_position {};
struct vocabulary_entry_class : annotate_position {};
struct enum_decl_class : annotate_position {};
struct enum_value_class : annotate_position {};
struct fact_decl_class : annotate_position {};
struct type_ref_class : annotate_position {};
struct define_class : annotate_position {};
struct provision_class : annotate_position {};
struct provision_clause_class : annotate_position {};
struct reading_class : annotate_position {};
struct instrument_value_class : annotate_position {};
struct provision_value_class : annotate_position {};
struct as_of_class : annotate_position {};
struct jurisdiction_class : annotate_position {};
struct cond_clause_class : annotate_position {};
struct source_clause_class : annotate_position {};
struct test_class : annotate_position {};
struct test_clause_class : annotate_position {};
struct measure_block_class : annotate_position {};
struct measure_entry_class : annotate_position {};
struct test_fact_class : annotate_position {};
struct expect_class : annotate_position {};
struct test_value_class : annotate_position {};
struct set_values_class : annotate_position {};
struct single_value_class : annotate_position {};
struct decl_token_class : annotate_position {};
struct decl_punct_class {};

declaration_type const declaration_rule = "declaration";
x3::rule<instrument_class, cst::Instrument> const instrument = "instrument";
x3::rule<instrument_clause_class, cst::InstrumentClause> const instrument_clause =
    "instrument_clause";
x3::rule<party_class, cst::Party> const party = "party";
x3::rule<vocabulary_class, cst::Vocabulary> const vocabulary = "vocabulary";
x3::rule<vocabulary_entry_class, cst::VocabularyEntry> const vocabulary_entry = "vocabulary_entry";
x3::rule<enum_decl_class, cst::EnumDecl> const enum_decl = "enum_decl";
x3::rule<enum_value_class, cst::EnumValue> const enum_value = "enum_value";
x3::rule<fact_decl_class, cst::FactDecl> const fact_decl = "fact_decl";
x3::rule<type_ref_class, cst::TypeRef> const type_ref = "type";
x3::rule<define_class, cst::Define> const define = "define";
x3::rule<provision_class, cst::Provision> const provision = "provision";
x3::rule<provision_clause_class, cst::ProvisionClause> const provision_clause = "provision_clause";
x3::rule<reading_class, cst::Reading> const reading = "reading";
x3::rule<instrument_value_class, cst::KeyValue> const instrument_value = "instrument_value";
x3::rule<provision_value_class, cst::KeyValue> const provision_value = "provision_value";
x3::rule<cond_clause_class, cst::CondClause> const cond_clause = "cond_clause";
x3::rule<source_clause_class, cst::SourceClause> const source_clause = "source_clause";
x3::rule<test_class, cst::Test> const test = "test";
x3::rule<test_clause_class, cst::TestClause> const test_clause = "test_clause";
x3::rule<as_of_class, cst::KeyValue> const as_of = "as_of";
x3::rule<measure_block_class, cst::MeasureBlock> const measure_block = "measure_block";
x3::rule<measure_entry_class, cst::MeasureEntry> const measure_entry = "measure_entry";
x3::rule<jurisdiction_class, cst::KeyValue> const jurisdiction = "jurisdiction";
x3::rule<test_fact_class, cst::TestFact> const test_fact = "test_fact";
x3::rule<expect_class, cst::Expect> const expect = "expect";
x3::rule<test_value_class, std::vector<cst::Token>> const test_value = "value";
x3::rule<set_values_class, std::vector<cst::Token>> const set_values = "value";
x3::rule<single_value_class, std::vector<cst::Token>> const single_value = "value";

///////////////////////////////////////////////////////////////////////////////////////////////
// Rules
///////////////////////////////////////////////////////////////////////////////////////////////

/// One or more keywords as a token: lowering reads which one it was from the source
template <typename P>
auto decl_kw(const char* name, P p) {
    return x3::rule<decl_token_class, cst::Token>{name} = p;
}
/// Punctuation or a closing brace named the way the message words it
template <typename P>
auto decl_punct(const char* name, P p) {
    return x3::rule<decl_punct_class>{name} = p;
}

auto const title = x3::rule<decl_token_class, cst::Token>{"title"} = string_parser{};
auto const test_name = x3::rule<decl_token_class, cst::Token>{"test_name"} = string_parser{};
auto const as_words = x3::rule<decl_token_class, cst::Token>{"as_words"} = string_parser{};
auto const else_words = x3::rule<decl_token_class, cst::Token>{"else_words"} = string_parser{};
auto const open_brace = decl_punct("`{`", x3::lit('{'));
auto const equals = decl_punct("`=`", x3::lit('='));
auto const colon = decl_punct("`:`", x3::lit(':'));
auto const close_angle = decl_punct("`>`", x3::lit('>'));
auto const close_set = decl_punct("`}` or `,`", x3::lit('}'));
auto const kw_to = decl_punct("`to`", kw("to"));

// instrument ID "title" { … }
auto const instrument_def = x3::omit[kw("instrument")] > identifier() > title > open_brace >
                            *instrument_clause > decl_punct("instrument_end", x3::lit('}'));
auto const instrument_clause_def = instrument_value | party;
auto const instrument_value_def =
    (decl_kw("kind", kw("kind") | kw("origin")) > identifier()) |
    // LANGUAGE.md §9: a line of its own, no value
    (decl_kw("reciprocal", kw("reciprocal")) >> x3::attr(cst::Token{})) |
    (decl_kw("date_keyword", kw("signed") | kw("in_force") | kw("until")) > date());
// `until` after a party line belongs to the party (greedy): write the instrument's own
// `until` before the parties, or on a party line with its dates.
auto const party_def = x3::omit[kw("party")] > state_code() > -decl_kw("observer", kw("observer")) >
                       -(x3::omit[kw("from")] > date()) > -(x3::omit[kw("until")] > date());

// vocabulary ID { enum … fact … }; the strings after a value, after a fact's type (`as …`)
// and after a define's name are labels (LANGUAGE.md §13)
auto const vocabulary_def = x3::omit[kw("vocabulary")] > identifier() > open_brace >
                            *vocabulary_entry > decl_punct("vocabulary_end", x3::lit('}'));
auto const vocabulary_entry_def = enum_decl | fact_decl;
auto const enum_decl_def = x3::omit[kw("enum")] > identifier() > open_brace >
                           -(enum_value % ',') > close_set;
auto const enum_value_def = identifier() > -string_literal();
auto const fact_decl_def = x3::omit[kw("fact")] > fact_path() > colon > type_ref >
                           -string_literal() > -(x3::omit[kw("as")] > as_words);
auto const type_ref_def =
    (x3::omit[kw("set")] >> '<' > identifier() > close_angle > x3::attr(true)) |
    (identifier() >> x3::attr(false));

// define NAME ["label" [else "label"]] = COND
auto const define_def = x3::omit[kw("define")] > identifier() > -string_literal() >
                        -(x3::omit[kw("else")] > else_words) > equals > condition();

// provision ID { … }
auto const provision_def = x3::omit[kw("provision")] > qualified_id() > open_brace >
                           *provision_clause > decl_punct("provision_end", x3::lit('}'));
auto const provision_clause_def = provision_value | cond_clause | source_clause;
auto const provision_value_def =
    // `of` names an instrument in a provision and a provision in a reading (LANGUAGE.md §8).
    (decl_kw("of", kw("of")) > qualified_id()) |
    (decl_kw("wording", kw("wording") | kw("paradigm") | kw("severity")) > identifier()) |
    (decl_kw("cite", kw("cite") | kw("text") | kw("position") | kw("authority")) >
     string_literal()) |
    (decl_kw("in_force", kw("in_force") | kw("until")) > date()) |
    (decl_kw("see", kw("see") | (kw("exception") > kw_to)) > qualified_id());
auto const cond_clause_def =
    (decl_kw("prohibits", kw("prohibits") | kw("requires") | kw("unless")) > condition() >
     -string_literal()) |
    (decl_kw("scope", kw("scope") | kw("when")) > condition() >
     x3::attr(boost::optional<cst::Token>()));
auto const source_clause_def = x3::omit[kw("source")] > string_literal() > identifier();

// reading ID { … } (LANGUAGE.md §8): a provision's clauses; lowering rejects those a reading
// may not have, with a message that says so
auto const reading_def = decl_kw("reading", kw("reading")) > qualified_id() > open_brace >
                         *provision_clause > decl_punct("reading_end", x3::lit('}'));

// test "name" { as_of … measure { … } expect … }
auto const test_def = x3::omit[kw("test")] > test_name > open_brace > *test_clause >
                      decl_punct("test_end", x3::lit('}'));
auto const test_clause_def = as_of | measure_block | expect;
auto const as_of_def = decl_kw("as_of", kw("as_of")) > date();
auto const measure_block_def = decl_kw("measure", kw("measure")) > open_brace > *measure_entry >
                               decl_punct("measure_end", x3::lit('}'));
auto const measure_entry_def = jurisdiction | test_fact;
auto const jurisdiction_def = decl_kw("jurisdiction", kw("jurisdiction")) >> state_code();
auto const test_fact_def = fact_path() > equals >
                           ((&x3::lit('{') >> x3::attr(true)) | x3::attr(false)) > test_value;
auto const test_value_def = set_values | single_value;
auto const set_values_def = x3::lit('{') >> -(value() % ',') > close_set;
auto const single_value_def = x3::repeat(1)[value()];
auto const expect_def = x3::omit[kw("expect")] > qualified_id() >
                        -(x3::omit[kw("under")] > qualified_id()) > identifier();

// Each starts with its own keyword, so the order changes no parse: the many come first
// (X3 builds the attribute of every alternative it tries).
auto const declaration_rule_def = define | provision | reading | instrument | vocabulary | test |
                                  (x3::eps > decl_punct("declaration", !x3::eps));

///////////////////////////////////////////////////////////////////////////////////////////////
// Grammar
///////////////////////////////////////////////////////////////////////////////////////////////

BOOST_SPIRIT_DEFINE(declaration_rule, instrument, instrument_clause, instrument_value, party,
                    vocabulary, vocabulary_entry, enum_decl, enum_value, fact_decl, type_ref,
                    define, provision, reading, provision_clause, provision_value, cond_clause,
                    source_clause, test, test_clause, as_of, measure_block, measure_entry,
                    jurisdiction, test_fact, test_value, set_values, single_value, expect)

declaration_type const& declaration() {
    return declaration_rule;
}

}  // namespace lexcheck::parser::grammar
