// The sections of a delta and the wording the formats share.
#include "render_common.hpp"
#include "source_changes.hpp"

#include <ostream>

namespace lexcheck::delta {

namespace {

bool binding_violation(const Side& side, const std::optional<std::size_t>& i) {
    return i && side.findings[*i].binding && side.findings[*i].outcome == core::Outcome::violation;
}

bool unsettled(const Side& side, const std::optional<std::size_t>& i) {
    if (!i) return false;
    core::Outcome o = side.findings[*i].outcome;
    return o == core::Outcome::contested || o == core::Outcome::undetermined;
}

}  // namespace

Section section_of(const Change& c, const Side& before, const Side& after) {
    bool was = binding_violation(before, c.before), is = binding_violation(after, c.after);
    if (is && !was) return Section::introduced;
    if (was && !is) return Section::cured;
    if (unsettled(after, c.after) &&
        (!c.before || before.findings[*c.before].outcome != after.findings[*c.after].outcome))
        return Section::unsettled;
    return Section::other;
}

std::string_view section_title(Section s) {
    switch (s) {
        case Section::introduced:
            return "Binding violations introduced";
        case Section::cured:
            return "Binding violations cured";
        case Section::unsettled:
            return "Findings that become contested or undetermined";
        case Section::other:
            return "Other changes";
    }
    return "Other changes";
}

std::string state_text(const Side& side, const std::optional<std::size_t>& index) {
    if (!index) return "no finding";
    const Finding& f = side.findings[*index];
    return std::string(core::outcome_name(f.outcome)) + (f.binding ? ", binding" : ", advisory");
}

std::vector<std::string> formats() {
    return {"text", "json", "html", "md"};
}

bool write(std::string_view format, const Header& header, const Side& before, const Side& after,
           const Delta& delta, std::ostream& out) {
    if (format == "text") {
        detail::write_text(header, before, after, delta, out);
    } else if (format == "json") {
        detail::write_json(header, before, after, delta, out);
    } else if (format == "html") {
        detail::write_html(header, before, after, delta, out);
    } else if (format == "md") {
        detail::write_markdown(header, before, after, delta, out);
    } else {
        return false;
    }
    return true;
}

namespace detail {

std::vector<std::string> change_explanation(const Change& c, const Side& before,
                                            const Side& after) {
    if (c.after) return explanation(after, c.after);
    std::vector<std::string> lines = explanation(before, c.before);
    if (!lines.empty()) lines.insert(lines.begin(), "before the change:");
    return lines;
}

std::vector<std::string> explanation(const Side& side, const std::optional<std::size_t>& index) {
    if (!index) return {};
    FindingDetail d = finding_detail(side.findings[*index].json);
    std::vector<std::string> lines = d.reasons.empty() ? d.steps : d.reasons;
    lines.insert(lines.end(), d.readings.begin(), d.readings.end());
    if (!d.defeated_by.empty()) lines.push_back("defeated by " + d.defeated_by);
    if (!d.missing_facts.empty()) {
        std::string facts = "missing facts:";
        for (const std::string& f : d.missing_facts) facts += " " + f;
        lines.push_back(std::move(facts));
    }
    return lines;
}

std::string counts_text(const Delta& d) {
    return std::to_string(d.added) + " added, " + std::to_string(d.removed) + " removed, " +
           std::to_string(d.changed) + " changed, " + std::to_string(d.unchanged) + " unchanged";
}

std::vector<const Change*> changes_in(Section s, const Side& before, const Side& after,
                                      const Delta& d) {
    std::vector<const Change*> out;
    for (const Change& c : d.changes) {
        if (section_of(c, before, after) == s) out.push_back(&c);
    }
    return out;
}

void write_text(const Header& h, const Side& before, const Side& after, const Delta& d,
                std::ostream& out) {
    out << "lexcheck " << h.command << " " << h.subject << " as of " << core::format_date(h.as_of)
        << ": " << counts_text(d) << "\n";
    for (Section s : kSections) {
        std::vector<const Change*> changes = changes_in(s, before, after, d);
        out << "\n" << section_title(s) << " (" << changes.size() << ")\n";
        for (const Change* c : changes) {
            out << "  " << kind_name(c->kind) << "  " << c->measure << "  " << c->provision
                << "\n      before: " << state_text(before, c->before)
                << "\n      after:  " << state_text(after, c->after) << "\n";
            for (const std::string& line : change_explanation(*c, before, after))
                out << "        " << line << "\n";
        }
    }
    reports::detail::write_text_source_changes(h.source_changes, out);
}

}  // namespace detail

}  // namespace lexcheck::delta
