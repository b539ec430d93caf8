// Which measures of the corpus a scaffolded element amends (LANGUAGE.md §12): the
// destinations of the document's textualMods and mods, matched with the corpus's documents
// by FRBR work and eId, and whether `replaces:`/`repeals:` on them would be an error of §10.
#pragma once

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/measure.hpp"
#include "lexcheck/parser/akn_modifications.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace lexcheck::cli::scaffold {

/// One measure of the corpus an element amends
struct Target {
    std::uint32_t measure = 0;  ///< Index into Corpus::measures
    std::string by;             ///< The modification, for the comment: `textualMod_2 (insertion)`
    bool repeal = false;
    std::string date;  ///< The date the document gives the modification, else empty
    /// Said as the new measure's `replaces`/`repeals` (else only named in a comment)
    bool used = false;
    /// Why `replaces`/`repeals` on it would be an error of LANGUAGE.md §10; empty when it
    /// can be said
    std::string problem;
};

/// What one element of the document amends
struct ElementAmendments {
    std::vector<Target> targets;  ///< In the order the document names them, each measure once
    /// Modifications whose destination is no measure of the corpus, as comment text
    std::vector<std::string> unmatched;
};

/// What the new measure says of itself, for the §10 checks
struct NewMeasure {
    std::string id;
    std::string jurisdiction;
    std::optional<core::Date> in_force;
};

class Amendments {
public:
    /// `own_work`: the scaffolded document's FRBR work URI (for references within it)
    Amendments(const core::Corpus& corpus, std::vector<parser::AknModification> mods,
               std::string own_work);

    /// What the element `eid` amends. Call in document order: a measure an earlier element
    /// already ends is a problem for the later ones (two measures would end it at once).
    ElementAmendments of(const std::string& eid, const NewMeasure& m);

private:
    std::vector<std::uint32_t> resolve(const parser::AknModification::Destination& d) const;
    std::string problem(std::uint32_t target, const NewMeasure& m) const;

    const core::Corpus& corpus_;
    std::vector<parser::AknModification> mods_;
    std::string own_work_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> measures_by_work_;
    std::unordered_map<std::uint32_t, std::string> ended_here_;  ///< By this scaffold
};

}  // namespace lexcheck::cli::scaffold
