#include "lexcheck/core/version.hpp"

namespace lexcheck::core {

std::string_view version() {
    return LEXCHECK_VERSION;
}

}  // namespace lexcheck::core
