#include "index.hpp"

#include "analysis.hpp"

#include <algorithm>

namespace lexcheck::lsp::detail {

namespace {

using core::CondKind;
using core::TypeKind;

/// The enum of a fact's values (one value or a set), if it has one
std::optional<std::uint32_t> enum_of(const core::Schema& schema, std::uint32_t fact) {
    if (fact >= schema.facts().size()) return std::nullopt;
    const core::Type& t = schema.fact(fact).type;
    bool has_enum = t.kind == TypeKind::enumeration || t.kind == TypeKind::set;
    if (!has_enum || t.enum_id >= schema.enums().size()) return std::nullopt;
    return t.enum_id;
}

}  // namespace

Index::Index(const Snapshot& s) {
    add_declarations(s);
    add_conditions(s);
    add_tests(s);
    for (std::uint32_t i = 0; i < all_.size(); ++i) by_file_[all_[i].span.file].push_back(i);
    for (auto& [file, list] : by_file_) {
        std::stable_sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
            return all_[a].span.begin < all_[b].span.begin;
        });
    }
}

void Index::add(core::SourceSpan span, Symbol symbol, bool declaration) {
    if (span.end > span.begin) all_.push_back({span, symbol, declaration});
}

void Index::add_instruments(const core::RuleSet& r) {
    for (std::uint32_t i = 0; i < r.instruments.size(); ++i) {
        add(r.instruments[i].id.span, {SymbolKind::instrument, i}, true);
        const auto& parties = r.instruments[i].parties;
        for (std::uint32_t p = 0; p < parties.size(); ++p)
            add(parties[p].state.span, {SymbolKind::party, i, p}, true);
    }
}

void Index::add_vocabulary(const core::VocabularyDecl& v, const core::Schema& schema) {
    for (const core::EnumDecl& e : v.enums) {
        auto id = schema.find_enum(e.name.text);
        if (!id) continue;
        add(e.name.span, {SymbolKind::enumeration, *id}, true);
        const core::EnumInfo& info = schema.enum_info(*id);
        for (const core::Name& value : e.values) {
            if (auto at = info.find(value.text))
                add(value.span, {SymbolKind::enum_value, *id, *at}, true);
        }
    }
    for (const core::FactDecl& f : v.facts) {
        if (auto id = schema.find_fact(f.path.text))
            add(f.path.span, {SymbolKind::fact, *id}, true);
        if (auto e = schema.find_enum(f.type.name.text))
            add(f.type.name.span, {SymbolKind::enumeration, *e}, false);
    }
}

void Index::add_provisions(const core::RuleSet& r) {
    for (std::uint32_t i = 0; i < r.provisions.size(); ++i) {
        const core::Provision& p = r.provisions[i];
        add(p.id.span, {SymbolKind::provision, i}, true);
        if (p.of && p.instrument != core::kNone)
            add(p.of->span, {SymbolKind::instrument, p.instrument}, false);
        if (p.exception_to && p.exception_target != core::kNone)
            add(p.exception_to->span, {SymbolKind::provision, p.exception_target}, false);
        for (const core::Name& see : p.see) {
            if (auto target = r.find_provision(see.text))
                add(see.span, {SymbolKind::provision, *target}, false);
        }
        if (p.source) add(p.source->eid.span, {SymbolKind::akn_element, i}, false);
    }
}

void Index::add_readings(const core::RuleSet& r) {
    for (std::uint32_t i = 0; i < r.readings.size(); ++i) {
        const core::Reading& reading = r.readings[i];
        add(reading.id.span, {SymbolKind::reading, i}, true);
        if (reading.of && reading.provision != core::kNone)
            add(reading.of->span, {SymbolKind::provision, reading.provision}, false);
    }
}

void Index::add_measures(const Snapshot& s) {
    for (std::uint32_t i = 0; i < s.corpus.measures.size(); ++i) {
        const core::Measure& m = s.corpus.measures[i];
        add(m.span, {SymbolKind::measure, i}, true);
        for (const core::MeasureExpect& e : m.expects) {
            std::string_view id = e.provision;
            id = id.substr(0, id.find(' '));  // "P under READING"
            if (auto target = s.rules.find_provision(id)) {
                core::SourceSpan at{e.span.file, e.span.begin,
                                    e.span.begin + static_cast<std::uint32_t>(id.size())};
                add(at, {SymbolKind::provision, *target}, false);
            }
        }
    }
}

void Index::add_declarations(const Snapshot& s) {
    const core::RuleSet& r = s.rules;
    add_instruments(r);
    for (const core::VocabularyDecl& v : r.vocabularies) add_vocabulary(v, r.schema);
    for (std::uint32_t i = 0; i < r.defines.size(); ++i)
        add(r.defines[i].name.span, {SymbolKind::define, i}, true);
    add_provisions(r);
    add_readings(r);
    add_measures(s);
}

void Index::add_conditions(const Snapshot& s) {
    const core::Schema& schema = s.rules.schema;
    auto add_values = [&](const std::vector<core::Literal>& values, std::uint32_t fact) {
        auto e = enum_of(schema, fact);
        if (!e) return;
        for (const core::Literal& lit : values) {
            if (auto v = schema.enum_info(*e).find(lit.text))
                add(lit.span, {SymbolKind::enum_value, *e, *v}, false);
        }
    };
    for (const core::Condition& c : s.rules.conditions) {
        if (c.path_resolved.fact != core::kNone) {
            add(c.path.span, {SymbolKind::fact, c.path_resolved.fact}, false);
            add_values(c.values, c.path_resolved.fact);
        } else if (c.path_resolved.define != core::kNone) {
            add(c.path.span, {SymbolKind::define, c.path_resolved.define}, false);
        }
        if (c.kind != CondKind::compare) continue;
        if (c.lhs_resolved.fact != core::kNone) {
            add(c.lhs.span, {SymbolKind::fact, c.lhs_resolved.fact}, false);
            add_values({c.rhs}, c.lhs_resolved.fact);
        }
        if (c.rhs_resolved.fact != core::kNone) {
            add(c.rhs.span, {SymbolKind::fact, c.rhs_resolved.fact}, false);
            add_values({c.lhs}, c.rhs_resolved.fact);
        }
    }
}

void Index::add_tests(const Snapshot& s) {
    const core::RuleSet& r = s.rules;
    for (const core::TestBlock& t : r.tests) {
        for (const core::TestFact& f : t.facts) {
            auto fact = r.schema.find_fact(f.path.text);
            if (!fact) continue;
            add(f.path.span, {SymbolKind::fact, *fact}, false);
            if (auto e = enum_of(r.schema, *fact)) {
                for (const core::Literal& lit : f.values) {
                    if (auto v = r.schema.enum_info(*e).find(lit.text))
                        add(lit.span, {SymbolKind::enum_value, *e, *v}, false);
                }
            }
        }
        for (const core::TestExpect& e : t.expects) {
            if (e.provision_index != core::kNone)
                add(e.provision.span, {SymbolKind::provision, e.provision_index}, false);
            if (!e.under) continue;
            if (e.under_reading != core::kNone) {
                add(e.under->span, {SymbolKind::reading, e.under_reading}, false);
            } else if (e.under_provision != core::kNone) {
                add(e.under->span, {SymbolKind::provision, e.under_provision}, false);
            }
        }
    }
}

std::optional<Occurrence> Index::at(core::SourceId file, std::uint32_t offset) const {
    auto it = by_file_.find(file);
    if (it == by_file_.end()) return std::nullopt;
    std::optional<Occurrence> best;
    for (std::uint32_t i : it->second) {
        const Occurrence& o = all_[i];
        if (o.span.begin > offset) break;
        if (offset > o.span.end) continue;
        if (!best || o.span.end - o.span.begin < best->span.end - best->span.begin) best = o;
    }
    return best;
}

std::vector<Occurrence> Index::occurrences(const Symbol& symbol) const {
    std::vector<Occurrence> out;
    for (const Occurrence& o : all_)
        if (o.symbol == symbol) out.push_back(o);
    std::stable_sort(out.begin(), out.end(), [](const Occurrence& a, const Occurrence& b) {
        if (a.declaration != b.declaration) return a.declaration;
        if (a.span.file != b.span.file) return a.span.file < b.span.file;
        return a.span.begin < b.span.begin;
    });
    return out;
}

}  // namespace lexcheck::lsp::detail
