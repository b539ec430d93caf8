#include "remedy_sections.hpp"

#include "html_escape.hpp"
#include "html_inline.hpp"
#include "markdown_escape.hpp"

#include "lexcheck/reports/json_writer.hpp"
#include "lexcheck/reports/remedy_words.hpp"

#include <algorithm>
#include <sstream>

namespace lexcheck::reports::detail {

namespace {

std::string value_text(const core::Schema& schema, std::uint32_t fact, const core::Value& v) {
    return schema.format_value(v, schema.fact(fact).type.enum_id);
}

void write_range(JsonWriter& w, const core::Schema& schema, std::uint32_t fact,
                 const core::ValueRange& r) {
    w.begin_object();
    w.key("low");
    if (r.low)
        w.value(value_text(schema, fact, *r.low));
    else
        w.null();
    w.key("high");
    if (r.high)
        w.value(value_text(schema, fact, *r.high));
    else
        w.null();
    w.member("low_strict", r.low_strict);
    w.member("high_strict", r.high_strict);
    w.end_object();
}

void write_deciding(JsonWriter& w, const core::RuleSet& rules, const core::DecidingFact& d) {
    w.begin_object();
    w.member("fact", rules.schema.fact(d.fact).path);
    w.key("cases");
    w.begin_array();
    for (const core::DecidingCase& c : d.cases) {
        w.begin_object();
        w.member("outcome", core::outcome_name(c.outcome));
        if (c.range) {
            w.key("range");
            write_range(w, rules.schema, d.fact, *c.range);
        } else {
            w.key("values");
            w.begin_array();
            for (const core::Value& v : c.values) w.value(value_text(rules.schema, d.fact, v));
            w.end_array();
        }
        w.member("example", value_text(rules.schema, d.fact, c.example));
        w.end_object();
    }
    w.end_array();
    w.member("sampled", d.sampled);
    w.member("sentence", deciding_sentence(rules, d));
    w.end_object();
}

/// The remedies object as JsonWriter lays it out at the top level
std::string remedies_json(const Report& r, const core::FindingRemedies& rem) {
    const core::RuleSet& rules = r.rules;
    const core::Measure& m = r.corpus.measures[rem.measure];
    std::ostringstream text;
    {
        JsonWriter w(text);
        w.begin_object();
        w.member("status", core::remedy_status_name(rem.status));
        w.key("remedies");
        w.begin_array();
        for (const core::Remedy& remedy : rem.remedies) {
            w.begin_object();
            w.member("outcome", core::outcome_name(remedy.outcome));
            w.key("changes");
            w.begin_array();
            for (const core::FactChange& c : remedy.changes) {
                w.begin_object();
                w.member("fact", rules.schema.fact(c.fact).path);
                w.key("before");
                if (c.before)
                    w.value(value_text(rules.schema, c.fact, *c.before));
                else
                    w.null();
                w.member("after", value_text(rules.schema, c.fact, c.after));
                w.end_object();
            }
            w.end_array();
            w.member("sentence", remedy_sentence(rules, m, rem.provision, remedy));
            w.end_object();
        }
        w.end_array();
        w.member("more", rem.more);
        w.key("deciding");
        w.begin_array();
        for (const core::DecidingFact& d : rem.deciding) write_deciding(w, rules, d);
        w.end_array();
        w.key("decided_by");
        w.begin_array();
        for (const auto& facts : rem.decided_by) {
            w.begin_array();
            for (std::uint32_t f : facts) w.value(rules.schema.fact(f).path);
            w.end_array();
        }
        w.end_array();
        w.member("unconfirmed", static_cast<unsigned>(rem.unconfirmed));
        w.key("notes");
        w.begin_array();
        for (const std::string& note : remedy_notes(rules, m, rem)) w.value(note);
        w.end_array();
        w.end_object();
    }
    return text.str();
}

/// Remedies as list items in a format's markup
std::vector<std::string> remedy_items(const Report& r, const core::FindingRemedies& rem,
                                      const RemedyMarkup& markup) {
    std::vector<std::string> out;
    const core::Measure& m = r.corpus.measures[rem.measure];
    for (const core::Remedy& remedy : rem.remedies)
        out.push_back(remedy_sentence(r.rules, m, rem.provision, remedy, markup));
    return out;
}

const RemedyMarkup& html_markup() {
    static const RemedyMarkup markup{[](std::string_view s) { return html_escape(s); },
                                     [](std::string_view s) { return html_code(s); }};
    return markup;
}

const RemedyMarkup& markdown_markup() {
    static const RemedyMarkup markup{[](std::string_view s) { return md_escape(s); },
                                     [](std::string_view s) { return md_code(s); }};
    return markup;
}

}  // namespace

const core::FindingRemedies* remedies_for(const Report& r, const core::Finding& f) {
    if (r.remedies.empty()) return nullptr;
    auto index = static_cast<std::uint32_t>(&f - r.result.findings.data());
    auto it = std::lower_bound(
        r.remedies.begin(), r.remedies.end(), index,
        [](const core::FindingRemedies& x, std::uint32_t i) { return x.finding < i; });
    return it != r.remedies.end() && it->finding == index ? &*it : nullptr;
}

void append_remedies_json(std::string& out, const Report& r, const core::FindingRemedies& rem) {
    out += ",\n      \"remedies\": ";
    std::string json = remedies_json(r, rem);
    while (!json.empty() && json.back() == '\n') json.pop_back();
    for (char c : json) {
        out += c;
        if (c == '\n') out += "      ";  // nested below a finding's members
    }
}

void write_remedies_html(const Report& r, const core::Finding& f, std::ostream& out) {
    const core::FindingRemedies* rem = remedies_for(r, f);
    if (!rem) return;
    const RemedyMarkup& markup = html_markup();
    const core::Measure& m = r.corpus.measures[rem->measure];
    out << "<div class=\"remedies\"><h5>What would make it comply</h5>\n";
    auto items = remedy_items(r, *rem, markup);
    if (!items.empty()) {
        out << "<p>The fewest changes of the measure's facts, each re-checked:</p><ol>";
        for (const std::string& item : items) out << "<li>" << item << "</li>";
        out << "</ol>\n";
    }
    if (!rem->deciding.empty()) {
        out << "<p>What each missing fact would decide, the others as stated:</p><ul>";
        for (const core::DecidingFact& d : rem->deciding)
            out << "<li>" << deciding_sentence(r.rules, d, markup) << "</li>";
        out << "</ul>\n";
    }
    for (const auto& facts : rem->decided_by)
        out << "<p>" << decided_by_sentence(r.rules, facts, markup) << "</p>\n";
    for (const std::string& note : remedy_notes(r.rules, m, *rem, markup))
        out << "<p class=\"note\">" << note << "</p>\n";
    out << "</div>\n";
}

void write_remedies_markdown(const Report& r, const core::Finding& f, std::ostream& out) {
    const core::FindingRemedies* rem = remedies_for(r, f);
    if (!rem) return;
    const RemedyMarkup& markup = markdown_markup();
    const core::Measure& m = r.corpus.measures[rem->measure];
    out << "\n**What would make it comply**";
    auto items = remedy_items(r, *rem, markup);
    if (!items.empty()) {
        out << " (the fewest changes of the measure's facts, each re-checked):\n\n";
        for (std::size_t i = 0; i < items.size(); ++i) out << i + 1 << ". " << items[i] << "\n";
    } else {
        out << "\n";
    }
    if (!rem->deciding.empty()) {
        out << "\nWhat each missing fact would decide, the others as stated:\n\n";
        for (const core::DecidingFact& d : rem->deciding)
            out << "- " << deciding_sentence(r.rules, d, markup) << "\n";
    }
    for (const auto& facts : rem->decided_by)
        out << "\n" << decided_by_sentence(r.rules, facts, markup) << "\n";
    for (const std::string& note : remedy_notes(r.rules, m, *rem, markup))
        out << "\n" << note << "\n";
}

void write_remedies_plain(const Report& r, const core::Finding& f, std::ostream& out) {
    if (const core::FindingRemedies* rem = remedies_for(r, f))
        write_remedies_text(out, r.rules, r.corpus.measures[rem->measure], *rem, "      ");
}

}  // namespace lexcheck::reports::detail
