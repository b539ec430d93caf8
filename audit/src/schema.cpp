#include "schema.hpp"

#include "sqlite.hpp"

#include <string>
#include <string_view>

namespace lexcheck::audit::detail {

namespace {

// Version 1: runs, their options, their inputs by content, their findings.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  content BLOB NOT NULL
);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  recorded_at TEXT NOT NULL,
  command TEXT NOT NULL,
  version TEXT NOT NULL,
  as_of TEXT NOT NULL,
  paths TEXT NOT NULL,
  inputs_digest TEXT NOT NULL,
  exit_status INTEGER NOT NULL,
  measures INTEGER NOT NULL,
  provisions INTEGER NOT NULL,
  violation INTEGER NOT NULL,
  compliant INTEGER NOT NULL,
  undetermined INTEGER NOT NULL,
  not_applicable INTEGER NOT NULL,
  contested INTEGER NOT NULL
);
CREATE INDEX runs_by_paths ON runs (paths, id);
CREATE TABLE run_options (
  run INTEGER NOT NULL REFERENCES runs (id),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE run_inputs (
  run INTEGER NOT NULL REFERENCES runs (id),
  path TEXT NOT NULL,
  role TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES blobs (sha256),
  PRIMARY KEY (run, path)
) WITHOUT ROWID;
CREATE TABLE run_findings (
  run INTEGER PRIMARY KEY REFERENCES runs (id),
  encoding INTEGER NOT NULL,
  data BLOB NOT NULL
);
)sql";

// Version 2: the format and SHA-256 of the report a run wrote (is this report
// authentic?). Runs of version 1 have neither.
constexpr std::string_view kVersion2 = R"sql(
ALTER TABLE runs ADD COLUMN report_format TEXT;
ALTER TABLE runs ADD COLUMN report_sha256 TEXT;
)sql";

// Version 3: findings stored once per distinct content, as inputs are (a check of
// unchanged inputs adds no findings again), and storable before their run
// (Database::store_findings_ahead). A run's `data` is then empty; runs of versions 1
// and 2 keep theirs there.
constexpr std::string_view kVersion3 = R"sql(
CREATE TABLE findings_blobs (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  data BLOB NOT NULL
);
ALTER TABLE run_findings ADD COLUMN findings_sha256 TEXT REFERENCES findings_blobs (sha256);
)sql";

}  // namespace

const std::vector<std::string_view>& migrations() {
    static const std::vector<std::string_view> steps = {kVersion1, kVersion2, kVersion3};
    return steps;
}

void create_schema(Connection& db, int version) {
    if (version == 0) db.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
    for (std::size_t step = static_cast<std::size_t>(version); step < migrations().size(); ++step)
        db.exec(std::string(migrations()[step]));
    db.exec("PRAGMA user_version=" + std::to_string(migrations().size()));
}

}  // namespace lexcheck::audit::detail
