#include "markdown_provisions.hpp"

#include "describe.hpp"
#include "markdown_escape.hpp"
#include "markdown_inline.hpp"
#include "quoted.hpp"

#include <ostream>

namespace lexcheck::reports::detail {

void write_markdown_provisions(const Report& r, std::ostream& out) {
    out << "\n## Provisions\n\nEach provision with a listed finding, and each exception in its "
           "tree, quoted once; findings link here. The quoted `text` is the provision's "
           "authoritative quotation; the Akoma Ntoso text of its instrument is shown only where "
           "it reads otherwise.\n";
    for (std::uint32_t i : quoted_provisions(r)) {
        const core::Provision& p = r.rules.provisions[i];
        out << "\n### Provision " << md_code(p.id.text) << "\n\n**"
            << md_escape(p.cite.value_or("")) << "**";
        if (const core::Instrument* inst = instrument_of(r, p))
            out << ", " << md_escape(instrument_text(*inst));
        out << " (*" << core::wording_name(p.wording) << "*, "
            << md_code(short_location(r.sources, p.span)) << ")";
        if (p.exception_target != core::kNone) {
            out << "; exception to " << md_provision_link(r.rules.provisions[p.exception_target]);
        }
        for (std::size_t k = 0; k < p.see_targets.size(); ++k)
            out << (k == 0 ? "; see " : ", ")
                << md_code(r.rules.provisions[p.see_targets[k]].id.text);
        out << "\n\n" << md_quote(p.text.value_or(""));
        if (p.source) {
            std::string akn = akn_text_if_different(p);
            out << "\nAkoma Ntoso: " << md_code(p.source->resolved_path) << " eId "
                << md_code(p.source->eid.text)
                << (akn.empty() ? ", the same text.\n" : ", which reads:\n\n")
                << (akn.empty() ? "" : md_quote(akn));
        }
    }
}

void write_markdown_facts(const Report& r, std::ostream& out) {
    std::vector<std::string> facts = facts_to_annotate(r);
    out << "\n## Facts to annotate\n\n";
    if (facts.empty()) out << "No listed finding misses a fact.\n";
    for (const std::string& fact : facts) {
        std::string d = fact_description(r, fact);
        out << "- " << md_code(fact) << (d.empty() ? "" : " \u2014 " + md_escape(d)) << "\n";
    }
}

}  // namespace lexcheck::reports::detail
