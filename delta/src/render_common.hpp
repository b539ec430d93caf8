// What every delta format says the same way.
#pragma once

#include "lexcheck/delta/read_report.hpp"
#include "lexcheck/delta/render.hpp"

#include <array>
#include <ostream>
#include <string>
#include <vector>

namespace lexcheck::delta::detail {

constexpr std::array<Section, 4> kSections{Section::introduced, Section::cured, Section::unsettled,
                                           Section::other};

/// The explanation of a finding as lines: reasons (or the trace's top steps), readings,
/// what defeated it, the facts it misses; none for a side without one
std::vector<std::string> explanation(const Side& side, const std::optional<std::size_t>& index);

/// The explanation a change shows: the finding's after the change, or for a removed finding
/// the one it had before, introduced as such (there is nothing after it to explain)
std::vector<std::string> change_explanation(const Change& c, const Side& before, const Side& after);

/// "3 added, 1 removed, 2 changed, 140 unchanged"
std::string counts_text(const Delta& d);

/// The changes of one section, in the delta's order
std::vector<const Change*> changes_in(Section s, const Side& before, const Side& after,
                                      const Delta& d);

void write_text(const Header& h, const Side& before, const Side& after, const Delta& d,
                std::ostream& out);
void write_json(const Header& h, const Side& before, const Side& after, const Delta& d,
                std::ostream& out);
void write_html(const Header& h, const Side& before, const Side& after, const Delta& d,
                std::ostream& out);
void write_markdown(const Header& h, const Side& before, const Side& after, const Delta& d,
                    std::ostream& out);

}  // namespace lexcheck::delta::detail
