// Where a SARIF log points, written the same way by the run and its results: artifact URIs,
// physical and logical locations, and the message objects that describe them.
#pragma once

#include "lexcheck/reports/json_writer.hpp"
#include "lexcheck/reports/reporter.hpp"

#include <string>
#include <string_view>

namespace lexcheck::reports::detail {

/// A relative or absolute path as a URI reference: bytes outside [A-Za-z0-9-._~/] escaped
std::string uri_of(std::string_view path);

/// `"message": {"text": …}`
void message(JsonWriter& w, const std::string& text);

/// `"physicalLocation"`: the span's file (with its index among the run's artifacts) and region
void physical_location(JsonWriter& w, const Report& r, core::SourceSpan span);

/// `"logicalLocations": [{"name", "kind"}]`: the measure (or provision) by id
void logical_location(JsonWriter& w, const std::string& name, const char* kind);

}  // namespace lexcheck::reports::detail
