#include "lexcheck/core/natural_order.hpp"

namespace lexcheck::core {

namespace {

bool digit(char c) {
    return c >= '0' && c <= '9';
}

/// -1, 0 or 1 for the digit runs at a[i…] and b[j…], compared by value; advances i and j
int compare_numbers(std::string_view a, std::size_t& i, std::string_view b, std::size_t& j) {
    while (i + 1 < a.size() && a[i] == '0' && digit(a[i + 1])) ++i;  // leading zeros
    while (j + 1 < b.size() && b[j] == '0' && digit(b[j + 1])) ++j;
    std::size_t ei = i, ej = j;
    while (ei < a.size() && digit(a[ei])) ++ei;
    while (ej < b.size() && digit(b[ej])) ++ej;
    // A longer run without leading zeros is a larger number.
    int by_length = (ei - i < ej - j) ? -1 : (ei - i > ej - j) ? 1 : 0;
    int by_digits = a.substr(i, ei - i).compare(b.substr(j, ej - j));
    i = ei;
    j = ej;
    if (by_length != 0) return by_length;
    return by_digits < 0 ? -1 : by_digits > 0 ? 1 : 0;
}

}  // namespace

bool natural_less(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            int c = compare_numbers(a, i, b, j);
            if (c != 0) return c < 0;
            continue;
        }
        if (a[i] != b[j])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size()) return j < b.size() && i >= a.size();
    return a < b;  // equal but for leading zeros
}

}  // namespace lexcheck::core
