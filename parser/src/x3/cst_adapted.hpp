// Fusion adaptation of the CST (cst.hpp) so X3 sequences fill its structs.
#pragma once

#include "x3/cst.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::BinaryTail, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::SetTail, op, values)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::PathAtom, path, suffix)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::ValueAtom, value, tail)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::KeyValue, kw, value)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::CondClause, kw, condition, why)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::SourceClause, file, eid)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Party, state, observer, from, until)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Instrument, id, title, clauses)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::EnumValue, name, label)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::EnumDecl, name, values)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::TypeRef, name, is_set)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::FactDecl, path, type, description, as)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Vocabulary, id, entries)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Define, name, label, else_label, condition)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Provision, id, clauses)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Reading, kw, id, clauses)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::TestFact, path, is_set, values)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::MeasureBlock, kw, entries)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Expect, provision, under, what)
BOOST_FUSION_ADAPT_STRUCT(lexcheck::parser::cst::Test, name, clauses)
