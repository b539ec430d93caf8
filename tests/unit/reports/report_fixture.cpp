#include "report_fixture.hpp"

#include <sstream>

namespace lexcheck::testing {

namespace {

const char kRules[] =
    "instrument t \"Treaty <T>\" { kind treaty origin regional party RU from 2000-01-01 }\n"
    "provision t.p1 {\n"
    "  prohibits banned\n"
    "}\n"
    "provision t.p2 { requires fair }\n"
    "provision s.g1 { prohibits banned }\n";

const char kMeasures[] =
    "measures:\n"
    "  - id: kz.m2\n"
    "    jurisdiction: KZ\n"
    "  - id: ru.m1\n"
    "    facts: { banned: true, fair: true, note: \"<script>x</script>\" }\n";

core::SourceSpan span_of(const core::SourceManager& sources, core::SourceId file,
                         std::string_view text) {
    auto at = static_cast<std::uint32_t>(std::string_view(sources.text(file)).find(text));
    return {file, at, at + static_cast<std::uint32_t>(text.size())};
}

core::Provision provision(std::string id, std::uint32_t instrument, std::string cite,
                          std::string text) {
    core::Provision p;
    p.id.text = std::move(id);
    p.instrument = instrument;
    p.cite = std::move(cite);
    p.text = std::move(text);
    p.norm_kind = core::NormKind::prohibition;
    return p;
}

}  // namespace

ReportFixture::ReportFixture() {
    core::SourceId lex = sources.add("rules/t.lex", kRules);
    core::SourceId yaml = sources.add("corpus/m.yaml", kMeasures);
    rules.files = {lex};
    corpus.files = {yaml};
    inputs = {{"corpus/m.yaml", std::string(64, 'b')}, {"rules/t.lex", std::string(64, 'a')}};

    // Labels (LANGUAGE.md §13) hostile enough to test that every format escapes them.
    std::uint32_t banned =
        rules.schema.add_fact({"banned",
                               {core::TypeKind::boolean},
                               "the measure bans",
                               {},
                               false,
                               "the <b>measure</b> bans & \"quotes\" | `ticks` *stars*"});
    std::uint32_t fair = rules.schema.add_fact(
        {"fair", {core::TypeKind::boolean}, "the measure is fair", {}, false});
    std::uint32_t note =
        rules.schema.add_fact({"note", {core::TypeKind::text}, "a <note>", {}, false});

    core::Instrument t;
    t.id.text = "t";
    t.title = "Treaty <T>";
    t.kind = core::InstrumentKind::treaty;
    t.origin = core::Origin::regional;
    core::Instrument s;
    s.id.text = "s";
    s.title = "Guidelines";
    s.kind = core::InstrumentKind::soft_law;
    s.origin = core::Origin::external;
    rules.instruments = {t, s};

    core::Provision p1 =
        provision("t.p1", 0, "Art 1", "No <script>alert(1)</script> bans | at all.");
    p1.span = span_of(sources, lex, "provision t.p1");
    p1.paradigm = core::Paradigm::economic;
    p1.severity = core::ProvisionSeverity::high;
    p1.norm.why = "bans workers";
    p1.see_targets = {1};
    core::Provision p2 = provision("t.p2", 0, "Art 2", "Be fair.");
    p2.span = span_of(sources, lex, "provision t.p2");
    p2.paradigm = core::Paradigm::rights;
    p2.wording = core::Wording::translation;
    p2.norm_kind = core::NormKind::requirement;
    core::Provision g1 = provision("s.g1", 1, "G 1", "Guidance.");
    g1.span = span_of(sources, lex, "provision s.g1");
    g1.wording = core::Wording::paraphrase;
    g1.severity = core::ProvisionSeverity::low;
    rules.provisions = {p1, p2, g1};

    core::AknDocument doc;
    doc.path = "corpus/m.akn.xml";
    doc.frbr_work = "/akn/ru/act/law/2000/1/!main";
    doc.frbr_expression = "/akn/ru/act/law/2000/1/eng@/!main";
    doc.elements["art_1"] = {.eid = "art_1",
                             .name = "article",
                             .num = "1.",
                             .heading = "Bans",
                             .text = "Workers are <b>banned</b>.",
                             .span = {}};
    corpus.documents = {doc};

    core::Measure m1;
    m1.id = "ru.m1";
    m1.span = span_of(sources, yaml, "ru.m1");
    m1.jurisdiction = "RU";
    m1.cite = "Art <1>";
    m1.title = "Law";
    m1.eid = "art_1";
    m1.document = 0;
    m1.in_force = core::make_date(2001, 1, 1);
    m1.facts = {
        {banned, core::make_bool(true), span_of(sources, yaml, "true")},
        {fair, core::make_bool(true), span_of(sources, yaml, "true, note")},
        {note, core::make_text("<script>x</script>"), span_of(sources, yaml, "\"<script>")}};
    core::Measure m2;
    m2.id = "kz.m2";
    m2.span = span_of(sources, yaml, "kz.m2");
    m2.jurisdiction = "KZ";
    corpus.measures = {m1, m2};

    // Reasons: the fact `banned` (condition 0) and a define with a label (condition 1).
    core::Condition banned_ref;
    banned_ref.kind = core::CondKind::reference;
    banned_ref.span = span_of(sources, lex, "banned");
    banned_ref.path.text = "banned";
    banned_ref.path_resolved.fact = banned;
    core::Condition define_ref = banned_ref;
    define_ref.path.text = "covers";
    define_ref.path_resolved = {};
    define_ref.path_resolved.define = 0;
    rules.conditions = {banned_ref, define_ref};
    core::Define covers;
    covers.name.text = "covers";
    covers.condition = 0;
    rules.defines = {covers};
    rules.define_labels = {{0, "it <script>covers</script> [workers](x)", "", {}}};
    // What the steps and reasons view, as the checker keeps it
    auto store = std::make_shared<core::TraceStore>();
    // Reasons: the norm's part (of t.p1, or of s.g1 for g) and its steps
    auto reasons = [&](core::Truth value, std::uint32_t provision,
                       std::vector<core::ReasonStep> steps) {
        const core::ReasonPart part{core::ReasonPartKind::norm,
                                    0,
                                    value,
                                    provision,
                                    0,
                                    core::kNone,
                                    0,
                                    static_cast<std::uint32_t>(steps.size())};
        return core::Reasons{store->keep_array<core::ReasonPart>({&part, 1}),
                             store->keep_array<core::ReasonStep>(steps)};
    };
    const core::Reasons breach =
        reasons(core::Truth::yes, 0, {{0, core::Truth::yes}, {1, core::Truth::yes}});
    const core::Reasons open = reasons(core::Truth::unknown, 0, {{0, core::Truth::unknown}});

    core::TraceStep norm;
    norm.role = core::TraceRole::norm;
    norm.label = "prohibits";
    norm.condition = "banned";
    norm.value = core::Truth::yes;
    norm.at = span_of(sources, lex, "banned");
    const core::FactRead read_both[] = {{banned, true, m1.facts[0].at},
                                        {note, true, m1.facts[2].at}};
    norm.facts = store->keep(read_both);

    core::Finding kz;
    kz.measure = 1;
    kz.provision = 0;
    kz.outcome = core::Outcome::undetermined;
    kz.basis = core::BindingBasis::not_party;
    kz.missing_facts = {"banned"};
    core::TraceStep unknown = norm;
    unknown.value = core::Truth::unknown;
    const core::FactRead read_none[] = {{banned, false, {}}};
    unknown.facts = store->keep(read_none);
    kz.trace = {unknown};
    kz.reasons = open;
    core::Finding g;
    g.measure = 0;
    g.provision = 2;
    g.outcome = core::Outcome::violation;
    g.basis = core::BindingBasis::soft_law;
    g.trace = {norm};
    g.reasons = reasons(core::Truth::yes, 2, {{0, core::Truth::yes}, {1, core::Truth::yes}});
    core::Finding v;
    v.measure = 0;
    v.provision = 0;
    v.outcome = core::Outcome::violation;
    v.binding = true;
    v.basis = core::BindingBasis::party;
    v.party_since = core::make_date(2000, 1, 1);
    v.trace = {norm};
    v.reasons = breach;
    core::Finding c;
    c.measure = 0;
    c.provision = 1;
    c.outcome = core::Outcome::compliant;
    c.binding = true;
    c.basis = core::BindingBasis::party;
    c.party_since = core::make_date(2000, 1, 1);

    kz.store = g.store = v.store = store;
    result.as_of = core::make_date(2020, 1, 1);
    result.findings = {kz, g, v, c};
    result.measures = {1, 0};
    result.provisions = {2, 0, 1};
    result.summary = {.measures = 2,
                      .provisions = 3,
                      .violation = 2,
                      .compliant = 1,
                      .undetermined = 1,
                      .not_applicable = 2,
                      .binding_violation = 1,
                      .advisory_violation = 1,
                      .binding_undetermined = 0};
}

reports::Report ReportFixture::report() const {
    return {sources, rules, corpus, result, inputs, {}, timestamp, print_traces};
}

std::string ReportFixture::render(std::string_view format) const {
    std::ostringstream out;
    reports::make_reporter(format)->write(report(), out);
    return out.str();
}

}  // namespace lexcheck::testing
