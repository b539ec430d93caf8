# Third-party libraries, all from Debian 12 packages (scripts/setup installs them).
find_package(Boost 1.74 REQUIRED)            # header-only: Spirit X3
find_package(pugixml REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(simdjson REQUIRED)              # fast path for JSON / JSON Lines measure files
find_package(Threads REQUIRED)
find_package(CLI11 2.1 REQUIRED)            # command-line parsing (cli/ only)
# Z3 (remedies and conflicts, analysis/ only): Debian's libz3-dev ships a pkg-config file and
# no CMake package.
find_package(PkgConfig REQUIRED)
pkg_check_modules(Z3 REQUIRED IMPORTED_TARGET z3>=4.8)
find_package(nlohmann_json 3.9 REQUIRED)    # JSON-RPC of the language server (lsp/ only)

# yaml-cpp's exported target is `yaml-cpp` in 0.7 and `yaml-cpp::yaml-cpp` later: alias it once.
if(NOT TARGET yaml-cpp::yaml-cpp)
  add_library(yaml-cpp::yaml-cpp INTERFACE IMPORTED)
  target_link_libraries(yaml-cpp::yaml-cpp INTERFACE yaml-cpp)
endif()
if(NOT TARGET Boost::headers)
  add_library(Boost::headers ALIAS Boost::boost)
endif()
