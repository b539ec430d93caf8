// The delta of two checks (LANGUAGE.md §12): which listed findings a change of the corpus
// adds, removes and changes (outcome or binding), and how many it leaves as they were.
// `lexcheck impact` (a bill against the corpus), `lexcheck diff` (two JSON reports) and the
// audit trail compute it here, so they cannot disagree; delta/render.hpp writes it.
#pragma once

#include "lexcheck/core/measure.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lexcheck::delta {

/// One listed finding of a check (every outcome but not_applicable), as the delta needs it
struct Finding {
    std::string measure;
    std::string provision;
    core::Outcome outcome = core::Outcome::undetermined;
    bool binding = false;
    /// Contested with a violation among its assignments (`--fail-on contested`, §8)
    bool contested_violation = false;
    /// The finding's JSON object as `check --format json` writes it; the renderers read the
    /// explanation from it. May be left empty for findings no change refers to.
    std::string json;
};

/// A `replaces` link of a corpus (LANGUAGE.md §10): `measure` replaces `replaces` from
/// `in_force`
struct Link {
    std::string measure;
    std::string replaces;
    core::Date in_force;
};

/// One side of a comparison: a check's as-of date, listed findings and `replaces` links
struct Side {
    core::Date as_of;
    std::vector<Finding> findings;
    std::vector<Link> links;
};

enum class Kind { added, removed, changed };
std::string_view kind_name(Kind k);

struct Change {
    Kind kind = Kind::changed;
    std::string measure;  ///< The replacement's id when a replaced measure's finding changed
    std::string provision;
    std::optional<std::size_t> before;  ///< Into the before side's findings; none when added
    std::optional<std::size_t> after;   ///< Into the after side's findings; none when removed
};

struct Delta {
    std::vector<Change> changes;  ///< Sorted by provision, then measure (natural order)
    std::size_t added = 0;
    std::size_t removed = 0;
    std::size_t changed = 0;
    std::size_t unchanged = 0;
};

/// Pairs the findings of `before` and `after` by measure and provision; a finding of a
/// measure that `after` replaces (through a chain, up to the version in force on after's
/// as-of date) pairs with the replacement's finding for the same provision
Delta compute(const Side& before, const Side& after);

/// Whether a finding reaches a `--fail-on` level (`violation`, `contested`, `undetermined`,
/// `never`), as checker::fails counts it
bool reaches(const Finding& f, std::string_view fail_on);

/// Whether some change reaches `fail_on` after and did not before (`impact`'s exit status 1)
bool newly_reaches(const Delta& d, const Side& before, const Side& after, std::string_view fail_on);

}  // namespace lexcheck::delta
