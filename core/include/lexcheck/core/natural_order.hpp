// LANGUAGE.md §7 (version 2): ids in natural order, digit runs compared as numbers
// (`kg.art7` before `kg.art12`), so lists read the way a lawyer numbers articles.
#pragma once

#include <string_view>

namespace lexcheck::core {

/// Natural order of ids: runs of digits compare by value, everything else byte by byte; ids
/// equal that way (`art7`, `art07`) are ordered byte by byte, so only equal ids tie
bool natural_less(std::string_view a, std::string_view b);

}  // namespace lexcheck::core
