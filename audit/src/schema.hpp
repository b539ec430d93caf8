// The database schema and its migrations (docs/audit.md, "Schema").
#pragma once

#include <string_view>
#include <vector>

namespace lexcheck::audit::detail {

/// `PRAGMA application_id` of a lexcheck audit database: "LXAU"
constexpr int kApplicationId = 0x4C584155;

/// The SQL that takes schema version i to version i + 1; migrations()[0] creates version 1.
/// Steps are only ever appended: a database of any earlier version is upgraded step by step.
const std::vector<std::string_view>& migrations();

class Connection;

/// Takes the schema from `version` (0: an empty file) to the current one, inside the
/// caller's transaction
void create_schema(Connection& db, int version);

}  // namespace lexcheck::audit::detail
