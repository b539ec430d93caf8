#include "fmt/format.hpp"

#include "fmt/printer.hpp"
#include "fmt/token.hpp"

namespace lexcheck::cli::fmt {

std::string format_source(std::string_view source) {
    std::vector<Token> tokens = tokenize(source);
    return detail::Printer(tokens).run();
}

}  // namespace lexcheck::cli::fmt
