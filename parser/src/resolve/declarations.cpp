// LANGUAGE.md §2: ids of instruments, vocabularies, defines and provisions, and the
// references between them (`of`, `exception to`, `see`).
#include "resolver.hpp"
#include "suggest.hpp"

#include <algorithm>
#include <map>

namespace lexcheck::parser::detail {

namespace {

core::Label first_declared_here(core::SourceSpan span) {
    return {span, "first declared here"};
}

/// Registers `name` in `index`; a second declaration is an error pointing at the first
template <typename Span>
bool register_id(Resolver& r, std::unordered_map<std::string, std::uint32_t>& index,
                 const core::Name& name, std::uint32_t value, const char* what,
                 Span first_span_of) {
    auto [it, inserted] = index.emplace(name.text, value);
    if (inserted) return true;
    r.error("lex_duplicate_id", name.span,
            std::string(what) + " `" + name.text + "` is declared twice", "rename one of them",
            first_declared_here(first_span_of(it->second)));
    return false;
}

std::optional<core::Type> builtin_type(std::string_view name) {
    using core::TypeKind;
    static const std::map<std::string_view, TypeKind> kTypes = {
        {"bool", TypeKind::boolean}, {"int", TypeKind::integer},       {"number", TypeKind::number},
        {"date", TypeKind::date},    {"duration", TypeKind::duration}, {"text", TypeKind::text},
        {"state", TypeKind::state}};
    auto it = kTypes.find(name);
    if (it == kTypes.end()) return std::nullopt;
    return core::Type{it->second};
}

void check_not_reserved(Resolver& r, const core::Name& name, const char* what) {
    std::string_view text = name.text;
    while (!text.empty()) {
        std::size_t dot = text.find('.');
        std::string_view part = text.substr(0, dot);
        if (is_reserved_word(part)) {
            std::string message = "`";
            message += part;
            message += "` is reserved in conditions and cannot name ";
            message += what;
            r.error("lex_reserved_word", name.span, std::move(message),
                    "choose another name, e.g. `" + std::string(part) + "_`");
            return;
        }
        if (dot == std::string_view::npos) break;
        text.remove_prefix(dot + 1);
    }
}

/// Help for a reference that names nothing: the closest name, else what to check
std::optional<std::string> ref_help(std::string_view name, const std::vector<std::string>& known,
                                    std::string otherwise) {
    if (auto close = did_you_mean(name, known)) return close;
    return otherwise;
}

}  // namespace

void resolve_instruments(Resolver& r) {
    auto& rules = r.rules;
    for (std::uint32_t i = 0; i < rules.instruments.size(); ++i) {
        const core::Instrument& inst = rules.instruments[i];
        register_id(r, rules.instrument_index, inst.id, i, "instrument",
                    [&](std::uint32_t k) { return rules.instruments[k].id.span; });
        if (!inst.kind) {
            r.error("lex_missing_clause", inst.id.span,
                    "instrument `" + inst.id.text + "` has no `kind`",
                    "add e.g. `kind treaty` (treaty, convention, agreement, protocol, national_law "
                    "or soft_law)");
        }
        if (!inst.origin) {
            r.error("lex_missing_clause", inst.id.span,
                    "instrument `" + inst.id.text + "` has no `origin`",
                    "add e.g. `origin regional` (regional, universal or external)");
        }
        std::map<std::string, core::SourceSpan> seen;
        for (const core::Party& p : inst.parties) {
            if (!core::is_state_code(p.state.text)) {
                r.error("lex_invalid_state", p.state.span,
                        "`" + p.state.text + "` is not a state code",
                        "write an ISO 3166-1 alpha-2 code in capitals, e.g. `RU`");
            }
            auto [it, inserted] = seen.emplace(p.state.text, p.state.span);
            if (!inserted) {
                r.error(
                    "lex_duplicate_party", p.state.span,
                    "`" + p.state.text + "` is listed twice as a party of `" + inst.id.text + "`",
                    "keep one `party` line per state", first_declared_here(it->second));
            }
            if (p.from && p.until && *p.until <= *p.from) {
                r.error("lex_invalid_period", p.span,
                        "party `" + p.state.text +
                            "` is bound until a date that is not after its `from` date",
                        "`until` is the first day the state is no longer bound; it must come after "
                        "`from`");
            }
        }
    }
}

void resolve_vocabularies(Resolver& r) {
    auto& schema = r.rules.schema;
    // Enums first: fact types refer to them across vocabularies.
    for (const core::VocabularyDecl& voc : r.rules.vocabularies) {
        for (const core::EnumDecl& e : voc.enums) {
            if (auto existing = schema.find_enum(e.name.text)) {
                r.error("lex_duplicate_id", e.name.span,
                        "enum `" + e.name.text + "` is declared twice", "rename one of them",
                        first_declared_here(schema.enum_info(*existing).span));
                continue;
            }
            core::EnumInfo info{e.name.text, e.name.span, {}, {}, {}};
            for (std::size_t k = 0; k < e.values.size(); ++k) {
                const core::Name& v = e.values[k];
                check_not_reserved(r, v, "an enum value");
                if (info.find(v.text)) {
                    r.error("lex_duplicate_id", v.span,
                            "`" + v.text + "` is listed twice in enum `" + e.name.text + "`",
                            "remove one of them");
                    continue;
                }
                info.values.push_back(v.text);
                info.value_spans.push_back(v.span);
                info.labels.push_back(k < e.labels.size() ? e.labels[k] : std::string());
            }
            schema.add_enum(std::move(info));
        }
    }
    for (const core::VocabularyDecl& voc : r.rules.vocabularies) {
        for (const core::FactDecl& f : voc.facts) {
            if (auto existing = schema.find_fact(f.path.text)) {
                const core::FactInfo& first = schema.fact(*existing);
                if (first.builtin) {
                    r.error("lex_duplicate_id", f.path.span,
                            "`" + f.path.text + "` is a built-in fact of every measure",
                            "use it without declaring it");
                } else {
                    r.error("lex_duplicate_id", f.path.span,
                            "fact `" + f.path.text + "` is declared twice", "rename one of them",
                            first_declared_here(first.span));
                }
                continue;
            }
            check_not_reserved(r, f.path, "a fact");
            core::Type type;
            if (auto builtin = builtin_type(f.type.name.text); builtin && !f.type.is_set) {
                type = *builtin;
            } else if (auto e = schema.find_enum(f.type.name.text)) {
                type = core::Type{f.type.is_set ? core::TypeKind::set : core::TypeKind::enumeration,
                                  *e};
            } else {
                // Uses of this fact say nothing more: the declaration is what to fix.
                r.broken_facts.insert(f.path.text);
                std::vector<std::string> enums;
                for (const auto& info : schema.enums()) enums.push_back(info.name);
                if (f.type.is_set) {
                    const std::string how =
                        "write `set<ENUM>` with an enum declared as `enum NAME { … }`";
                    if (builtin_type(f.type.name.text)) {
                        r.error("lex_unknown_type", f.type.name.span,
                                "a set holds enum values, not `" + f.type.name.text + "`", how);
                    } else {
                        r.error("lex_unknown_type", f.type.name.span,
                                "no enum is called `" + f.type.name.text + "`",
                                ref_help(f.type.name.text, enums, how));
                    }
                } else {
                    std::vector<std::string> names{"bool",     "int",  "number", "date",
                                                   "duration", "text", "state"};
                    names.insert(names.end(), enums.begin(), enums.end());
                    r.error(
                        "lex_unknown_type", f.type.name.span,
                        "no type or enum is called `" + f.type.name.text + "`",
                        ref_help(f.type.name.text, names,
                                 "the types are bool, int, number, date, duration, text, state, "
                                 "an enum declared as `enum NAME { … }`, and `set<ENUM>`"));
                }
                continue;
            }
            schema.add_fact({f.path.text, type, f.description, f.path.span, false, f.as});
        }
    }
}

void resolve_defines(Resolver& r) {
    auto& rules = r.rules;
    // Facts first: a define may not take a fact's name. INVARIANT: no fact is added later.
    const auto& facts = rules.schema.facts();
    r.names.reserve(facts.size() + rules.defines.size());
    for (std::uint32_t f = 0; f < facts.size(); ++f) {
        r.add_name(facts[f].path, Resolver::kFactName | f);
    }
    for (std::uint32_t i = 0; i < rules.defines.size(); ++i) {
        const core::Define& d = rules.defines[i];
        check_not_reserved(r, d.name, "a define");
        auto existing = r.add_name(d.name.text, i);
        if (!existing) continue;
        if (*existing & Resolver::kFactName) {
            r.error("lex_duplicate_id", d.name.span,
                    "define `" + d.name.text + "` has the name of a fact", "rename the define",
                    first_declared_here(facts[*existing & ~Resolver::kFactName].span));
            continue;
        }
        r.error("lex_duplicate_id", d.name.span, "define `" + d.name.text + "` is declared twice",
                "rename one of them", first_declared_here(rules.defines[*existing].name.span));
    }
}

void resolve_provisions(Resolver& r) {
    auto& rules = r.rules;
    rules.provision_index.reserve(rules.provisions.size());
    for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
        register_id(r, rules.provision_index, rules.provisions[i].id, i, "provision",
                    [&](std::uint32_t k) { return rules.provisions[k].id.span; });
    }
    // Names for suggestions, gathered when first wanted.
    std::optional<std::vector<std::string>> instrument_ids, provision_ids;
    auto instruments = [&]() -> const std::vector<std::string>& {
        if (!instrument_ids) instrument_ids = r.instrument_ids();
        return *instrument_ids;
    };
    auto provisions = [&]() -> const std::vector<std::string>& {
        if (!provision_ids) provision_ids = r.provision_ids();
        return *provision_ids;
    };
    for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
        core::Provision& p = rules.provisions[i];
        // Built only for a message: most provisions have none.
        auto pid = [&p] { return "provision `" + p.id.text + "`"; };
        auto missing = [&](const char* clause, const char* help) {
            r.error("lex_missing_clause", p.id.span,
                    pid() + " has no `" + std::string(clause) + "`", help);
        };
        if (!p.of) {
            missing("of", "name its instrument, e.g. `of eaeu_treaty`");
        } else if (auto inst = rules.instrument_index.find(p.of->text);
                   inst != rules.instrument_index.end()) {
            p.instrument = inst->second;
        } else {
            r.error("lex_unknown_ref", p.of->span, "no instrument is called `" + p.of->text + "`",
                    ref_help(p.of->text, instruments(),
                             "declare it with `instrument " + p.of->text +
                                 " \"title\" { … }`, or name an existing instrument"));
        }
        if (!p.cite) missing("cite", "add the article it quotes, e.g. `cite \"Article 97(2)\"`");
        if (!p.text) missing("text", "quote the provision's wording, e.g. `text \"…\"`");
        if (!p.norm_kind && p.norm.condition != core::kNone) {
            // `when` alone: the condition of an exception whose `exception to` is missing.
            missing("exception to",
                    "`when` belongs to an exception: name the provision it is an "
                    "exception to, e.g. `exception to eaeu_treaty.art97.p1`");
        } else if (!p.norm_kind) {
            r.error("lex_missing_clause", p.id.span, pid() + " has no norm",
                    "add one of `prohibits COND`, `requires COND`, or `exception to PROVISION` "
                    "with `when COND`");
        } else if (p.norm.condition == core::kNone) {
            if (p.is_exception()) {
                missing("when",
                        "an exception needs `when COND`: the condition under which it holds");
            } else {
                r.error("lex_missing_clause", p.id.span, pid() + " has no condition for its norm",
                        "write the condition after `prohibits` or `requires`");
            }
        }
        if (p.is_exception()) {
            if (!p.exception_to) {
                missing("exception to", "name the provision it is an exception to");
            } else if (auto target = rules.provision_index.find(p.exception_to->text);
                       target != rules.provision_index.end()) {
                p.exception_target = target->second;
                if (target->second == i) {
                    r.error("lex_exception_cycle", p.exception_to->span,
                            pid() + " is an exception to itself",
                            "name the provision it is an exception to");
                    p.exception_target = core::kNone;
                }
            } else if (!report_reading_ref(r, *p.exception_to, "after `exception to`")) {
                r.error("lex_unknown_ref", p.exception_to->span,
                        "no provision is called `" + p.exception_to->text + "`",
                        ref_help(p.exception_to->text, provisions(),
                                 "name the provision by its full id, e.g. `eaeu_treaty.art97.p1`"));
            }
        }
        for (const core::Name& see : p.see) {
            if (auto target = rules.provision_index.find(see.text);
                target != rules.provision_index.end()) {
                p.see_targets.push_back(target->second);
            } else if (!report_reading_ref(r, see, "after `see`")) {
                r.error("lex_unknown_ref", see.span, "no provision is called `" + see.text + "`",
                        ref_help(see.text, provisions(),
                                 "name the provision by its full id, e.g. `eaeu_treaty.art97.p1`"));
            }
        }
    }
    // Each provision's exception provisions, in id order (LANGUAGE.md §5.5).
    for (std::uint32_t i = 0; i < rules.provisions.size(); ++i) {
        std::uint32_t target = rules.provisions[i].exception_target;
        if (target != core::kNone) rules.provisions[target].exceptions.push_back(i);
    }
    for (core::Provision& p : rules.provisions) {
        std::sort(p.exceptions.begin(), p.exceptions.end(), [&](std::uint32_t a, std::uint32_t b) {
            return rules.provisions[a].id.text < rules.provisions[b].id.text;
        });
    }
}

}  // namespace lexcheck::parser::detail
