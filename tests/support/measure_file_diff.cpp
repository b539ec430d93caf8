#include "measure_file_diff.hpp"

#include <optional>

namespace lexcheck::testing {

namespace {

std::string show(const core::SourceSpan& s) {
    return std::to_string(s.file) + ":" + std::to_string(s.begin) + "-" + std::to_string(s.end);
}

std::string show(const std::optional<core::Date>& d) {
    return d ? std::to_string(d->days) : "none";
}

/// "what: a vs b" when a != b, else empty
template <typename T, typename Show>
std::string differ(const std::string& what, const T& a, const T& b, Show show_one) {
    if (a == b) return {};
    return what + ": " + show_one(a) + " vs " + show_one(b);
}

std::string same_text(const std::string& s) {
    return "`" + s + "`";
}

std::string measure_diff(const core::Measure& a, const core::Measure& b) {
    auto id = [](const std::string& s) { return same_text(s); };
    auto span = [](const core::SourceSpan& s) { return show(s); };
    auto date = [](const std::optional<core::Date>& d) { return show(d); };
    auto number = [](auto v) { return std::to_string(static_cast<long long>(v)); };
    for (std::string d :
         {differ("id", a.id, b.id, id), differ("id span", a.span, b.span, span),
          differ("jurisdiction", a.jurisdiction, b.jurisdiction, id),
          differ("title", a.title, b.title, id), differ("cite", a.cite, b.cite, id),
          differ("wording", a.wording, b.wording, number),
          differ("in_force", a.in_force, b.in_force, date), differ("until", a.until, b.until, date),
          differ("eId", a.eid, b.eid, id), differ("eId span", a.eid_span, b.eid_span, span),
          differ("document", a.document, b.document, number),
          differ("facts", a.facts.size(), b.facts.size(), number),
          differ("expects", a.expects.size(), b.expects.size(), number)}) {
        if (!d.empty()) return d;
    }
    for (std::size_t i = 0; i < a.facts.size(); ++i) {
        const core::FactValue& x = a.facts[i];
        const core::FactValue& y = b.facts[i];
        std::string where = "fact " + std::to_string(i);
        if (x.fact != y.fact) return where + ": index " + number(x.fact) + " vs " + number(y.fact);
        if (!(x.value == y.value)) return where + ": values differ";
        if (auto d = differ(where + " span", x.at, y.at, span); !d.empty()) return d;
    }
    for (std::size_t i = 0; i < a.expects.size(); ++i) {
        const core::MeasureExpect& x = a.expects[i];
        const core::MeasureExpect& y = b.expects[i];
        std::string where = "expect " + std::to_string(i);
        for (std::string d : {differ(where, x.provision, y.provision, id),
                              differ(where + " outcome", x.outcome, y.outcome, number),
                              differ(where + " span", x.span, y.span, span)}) {
            if (!d.empty()) return d;
        }
    }
    return {};
}

}  // namespace

std::string measure_file_diff(const parser::MeasureFile& a, const parser::MeasureFile& b) {
    if (a.measures.size() != b.measures.size()) {
        return "measures: " + std::to_string(a.measures.size()) + " vs " +
               std::to_string(b.measures.size());
    }
    for (std::size_t i = 0; i < a.measures.size(); ++i) {
        std::string d = measure_diff(a.measures[i], b.measures[i]);
        if (!d.empty())
            return "measure " + std::to_string(i) + " (`" + a.measures[i].id + "`): " + d;
    }
    if (a.akn_paths != b.akn_paths) return "akn paths differ";
    if (a.akn_spans.size() != b.akn_spans.size()) return "akn spans: counts differ";
    for (std::size_t i = 0; i < a.akn_spans.size(); ++i) {
        if (!(a.akn_spans[i] == b.akn_spans[i])) {
            return "akn span " + std::to_string(i) + ": " + show(a.akn_spans[i]) + " vs " +
                   show(b.akn_spans[i]);
        }
    }
    return {};
}

}  // namespace lexcheck::testing
