// A minimal JSON reader for tests that check the JSON lexcheck writes: values keep the
// document's key order, so tests can assert it too.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lexcheck::testing {

struct Json {
    enum class Type { null, boolean, number, string, array, object } type = Type::null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Json> array;
    std::vector<std::pair<std::string, Json>> object;  ///< In document order

    const Json& operator[](const std::string& key) const {
        static const Json missing;
        for (const auto& [k, v] : object) {
            if (k == key) return v;
        }
        ADD_FAILURE() << "no key `" << key << "`";
        return missing;
    }
    bool has(const std::string& key) const {
        for (const auto& [k, v] : object) {
            if (k == key) return true;
        }
        return false;
    }
    std::vector<std::string> keys() const {
        std::vector<std::string> out;
        for (const auto& [k, v] : object) out.push_back(k);
        return out;
    }
};

/// The document, or nullptr (with a test failure) when `text` is not valid JSON
std::unique_ptr<Json> parse_json(const std::string& text);

}  // namespace lexcheck::testing
