#include "measure_file_diff.hpp"

#include "lexcheck/parser/measure_schema.hpp"

#include <optional>
#include <type_traits>

namespace lexcheck::testing {

namespace {

std::string show(const core::SourceSpan& s) {
    return std::to_string(s.file) + ":" + std::to_string(s.begin) + "-" + std::to_string(s.end);
}
std::string show(const std::optional<core::Date>& d) {
    return d ? std::to_string(d->days) : "none";
}
std::string show(const std::string& s) {
    return "`" + s + "`";
}
std::string show(core::Wording w) {
    return std::string(core::wording_name(w));
}
std::string show(const std::optional<std::vector<std::string>>& list) {
    if (!list) return "none";
    std::string out = "[";
    for (const std::string& s : *list) out += (out.size() > 1 ? ", " : "") + s;
    return out + "]";
}
std::string show(core::Outcome o) {
    return std::string(core::outcome_name(o));
}
std::string show(std::size_t n) {
    return std::to_string(n);
}

// What is compared of a member: itself, or the number of facts and expects, whose items are
// compared one by one after.
template <typename T>
const T& compared(const T& v) {
    return v;
}
std::size_t compared(const core::FactList& v) {
    return v.size();
}
std::size_t compared(const std::vector<core::MeasureExpect>& v) {
    return v.size();
}

/// "what: a vs b" when a != b, else empty
template <typename T>
std::string differ(std::string_view what, const T& a, const T& b) {
    if (a == b) return {};
    return std::string(what) + ": " + show(a) + " vs " + show(b);
}

template <typename Member>
constexpr bool kInMeasure = false;
template <typename T>
constexpr bool kInMeasure<T core::Measure::*> = true;

/// The first member of the measure schema (lexcheck/parser/measure_schema.hpp) that differs:
/// a new key is compared with no edit here
std::string key_diff(const core::Measure& a, const core::Measure& b) {
    std::string found;
    parser::schema::for_each_key([&](const auto& key, auto) {
        if constexpr (kInMeasure<std::decay_t<decltype(key.value)>>) {  // not `akn`: see below
            if (found.empty())
                found = differ(key.name, compared(a.*key.value), compared(b.*key.value));
            if (found.empty() && key.span) {
                found = differ(std::string(key.name) + " span", a.*key.span, b.*key.span);
            }
        }
    });
    return found;
}

std::string measure_diff(const core::Measure& a, const core::Measure& b) {
    auto number = [](auto v) { return std::to_string(static_cast<long long>(v)); };
    if (std::string d = key_diff(a, b); !d.empty()) return d;
    if (a.document != b.document)
        return "document: " + number(a.document) + " vs " + number(b.document);
    for (std::size_t i = 0; i < a.facts.size(); ++i) {
        const core::FactValue& x = a.facts[i];
        const core::FactValue& y = b.facts[i];
        std::string where = "fact " + std::to_string(i);
        if (x.fact != y.fact) return where + ": index " + number(x.fact) + " vs " + number(y.fact);
        if (!(x.value == y.value)) return where + ": values differ";
        if (auto d = differ(where + " span", x.at, y.at); !d.empty()) return d;
    }
    for (std::size_t i = 0; i < a.expects.size(); ++i) {
        const core::MeasureExpect& x = a.expects[i];
        const core::MeasureExpect& y = b.expects[i];
        std::string where = "expect " + std::to_string(i);
        for (std::string d : {differ(where, x.provision, y.provision),
                              differ(where + " outcome", x.outcome, y.outcome),
                              differ(where + " span", x.span, y.span)}) {
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
