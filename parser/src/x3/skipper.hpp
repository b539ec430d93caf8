// Whitespace and comments between tokens (LANGUAGE.md §1): `// …` to end of line and
// `/* … */` (not nested). Hand-written because X3 calls the skipper before every token.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace lexcheck::parser::grammar {

namespace x3 = boost::spirit::x3;

struct Skipper : x3::parser<Skipper> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    /// Skips every run of blanks and comments; an unterminated `/*` is left in place so the
    /// grammar fails there and reports it
    template <typename It, typename Ctx, typename RCtx, typename Attr>
    bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
        It i = first;
        for (;;) {
            while (i != last && (*i == ' ' || *i == '\n' || *i == '\t' || *i == '\r' ||
                                 *i == '\f' || *i == '\v')) {
                ++i;
            }
            if (last - i >= 2 && i[0] == '/' && i[1] == '/') {
                i += 2;
                while (i != last && *i != '\n') ++i;
                continue;
            }
            if (last - i >= 2 && i[0] == '/' && i[1] == '*') {
                It j = i + 2;
                while (last - j >= 2 && !(j[0] == '*' && j[1] == '/')) ++j;
                if (last - j < 2) break;
                i = j + 2;
                continue;
            }
            break;
        }
        bool moved = i != first;
        first = i;
        return moved;
    }
};

inline constexpr Skipper skipper{};

}  // namespace lexcheck::parser::grammar
