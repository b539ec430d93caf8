#include "quoted.hpp"

#include "html_escape.hpp"

#include "lexcheck/core/natural_order.hpp"

#include <algorithm>

namespace lexcheck::reports::detail {

std::vector<std::uint32_t> quoted_provisions(const Report& r) {
    std::vector<std::uint8_t> quoted(r.rules.provisions.size(), 0);
    std::vector<std::uint32_t> stack;
    for (const core::Finding& f : r.result.findings) {
        stack.push_back(f.provision);
        // A contested point's readings are quoted with it, so the point is quoted too
        for (const core::ReadingOutcome& a : f.readings)
            for (const core::ChosenReading& c : a.chosen) stack.push_back(c.provision);
    }
    while (!stack.empty()) {  // a provision and, below it, its exceptions' exceptions
        const std::uint32_t p = stack.back();
        stack.pop_back();
        if (quoted[p]) continue;
        quoted[p] = 1;
        for (std::uint32_t e : r.rules.provisions[p].exceptions) stack.push_back(e);
    }
    std::vector<std::uint32_t> out;
    for (std::uint32_t p = 0; p < quoted.size(); ++p) {
        if (quoted[p]) out.push_back(p);
    }
    std::sort(out.begin(), out.end(), [&](std::uint32_t a, std::uint32_t b) {
        return core::natural_less(r.rules.provisions[a].id.text, r.rules.provisions[b].id.text);
    });
    return out;
}

std::string akn_text_if_different(const core::Provision& p) {
    if (!p.source || p.source->quoted_text.empty()) return {};
    std::string text, akn;
    core::append_one_line(text, p.text.value_or(""));
    core::append_one_line(akn, p.source->quoted_text);
    return text == akn ? std::string() : p.source->quoted_text;
}

std::string provision_anchor(std::string_view provision_id) {
    return html_id("p-", provision_id);
}

std::string fact_anchor(std::string_view fact_path) {
    return html_id("fact-", fact_path);
}

bool asks_for_facts(const core::Finding& f) {
    return f.outcome == core::Outcome::undetermined || f.outcome == core::Outcome::contested;
}

std::vector<std::string> facts_to_annotate(const Report& r) {
    std::vector<std::string> facts;
    for (const core::Finding& f : r.result.findings) {
        if (asks_for_facts(f))
            facts.insert(facts.end(), f.missing_facts.begin(), f.missing_facts.end());
    }
    std::sort(facts.begin(), facts.end());
    facts.erase(std::unique(facts.begin(), facts.end()), facts.end());
    return facts;
}

}  // namespace lexcheck::reports::detail
