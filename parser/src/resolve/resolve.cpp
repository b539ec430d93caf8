// LANGUAGE.md §2–§3: binding names and checking types, in dependency order.
#include "lexcheck/parser/resolve.hpp"

#include "resolver.hpp"

#include <algorithm>

namespace lexcheck::parser {

namespace detail {

void Resolver::error(std::string code, core::SourceSpan at, std::string message,
                     std::optional<std::string> help, std::optional<core::Label> label) const {
    core::Diagnostic d;
    d.code = std::move(code);
    d.primary = at;
    d.message = std::move(message);
    d.help = std::move(help);
    if (label) d.labels.push_back(std::move(*label));
    sink.report(std::move(d));
}

std::vector<std::string> Resolver::fact_paths() const {
    std::vector<std::string> out;
    for (const auto& f : rules.schema.facts()) out.push_back(f.path);
    return out;
}

std::vector<std::string> Resolver::define_names() const {
    std::vector<std::string> out;
    for (std::uint32_t i = 0; i < rules.defines.size(); ++i) {
        const std::string& name = rules.defines[i].name.text;
        if (define_named(name) == i) out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> Resolver::provision_ids() const {
    std::vector<std::string> out;
    for (const auto& [id, index] : rules.provision_index) out.push_back(id);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> Resolver::instrument_ids() const {
    std::vector<std::string> out;
    for (const auto& [id, index] : rules.instrument_index) out.push_back(id);
    std::sort(out.begin(), out.end());
    return out;
}

bool is_reserved_word(std::string_view word) {
    static constexpr std::string_view kReserved[] = {
        "and", "or", "not", "in", "has", "any", "all", "is", "known", "unknown", "true", "false"};
    return std::find(std::begin(kReserved), std::end(kReserved), word) != std::end(kReserved);
}

}  // namespace detail

void resolve(const core::SourceManager& sources, core::RuleSet& rules, core::DiagnosticSink& sink) {
    detail::Resolver r{sources, rules, sink};
    detail::resolve_instruments(r);
    detail::resolve_vocabularies(r);
    detail::resolve_defines(r);
    detail::register_readings(r);
    detail::resolve_provisions(r);
    detail::resolve_readings(r);
    detail::resolve_conditions(r);
    detail::check_define_cycles(r);
    detail::check_exception_cycles(r);
    detail::check_reading_bound(r);
    detail::resolve_tests(r);
}

}  // namespace lexcheck::parser
