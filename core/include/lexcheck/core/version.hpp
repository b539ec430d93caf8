// The lexcheck version, shown in reports and keyed into caches.
#pragma once

#include <string_view>

namespace lexcheck::core {

std::string_view version();

}  // namespace lexcheck::core
