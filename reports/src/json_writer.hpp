// Moved to the public header; kept so existing includes keep working.
#pragma once
#include "lexcheck/reports/json_writer.hpp"
