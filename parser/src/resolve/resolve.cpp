// LANGUAGE.md §2–§3: binding names and checking types, in dependency order.
#include "lexcheck/parser/resolve.hpp"

#include "resolver.hpp"

#include <lexcheck/core/diagnostic_builder.hpp>

#include <algorithm>

namespace lexcheck::parser {

namespace detail {

void Resolver::error(std::string code, core::SourceSpan at, std::string message,
                     std::optional<std::string> help, std::optional<core::Label> label) const {
    sink.report(core::diagnose::error(std::move(code), at, std::move(message))
                    .label(std::move(label))
                    .help(std::move(help)));
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
