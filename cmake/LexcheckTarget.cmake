# Shared settings for every lexcheck target: warnings, sanitizers, C++20.
function(lexcheck_target_options target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(LEXCHECK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(LEXCHECK_SANITIZE OR LEXCHECK_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
  if(LEXCHECK_FUZZ)
    # Every target is instrumented for libFuzzer's coverage, not only the harness, so the
    # fuzzer sees the branches of the code under test (-no-link: only the fuzz targets link
    # libFuzzer's main, tests/fuzz/). Undefined behaviour aborts, so the fuzzer notices it.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link
                                             -fno-sanitize-recover=undefined)
  endif()
endfunction()

# lexcheck_add_module(NAME [DEPS ...] [PRIVATE_DEPS ...]): module = folder = target.
# Sources are every .cpp under src/, so adding a file needs no CMake change.
function(lexcheck_add_module name)
  cmake_parse_arguments(ARG "" "" "DEPS;PRIVATE_DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/src/*.cpp)
  add_library(lexcheck_${name} STATIC ${sources})
  add_library(lexcheck::${name} ALIAS lexcheck_${name})
  target_include_directories(lexcheck_${name}
    PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(lexcheck_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  lexcheck_target_options(lexcheck_${name})
endfunction()
