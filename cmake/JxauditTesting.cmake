# jxaudit_add_test(<name> SOURCES <files...> [LIBS <libs...>])
# One GoogleTest executable, discovered by ctest. Tests find their data through
# JXAUDIT_FIXTURES_DIR (tests/fixtures) and never read ../shared.
set(JXAUDIT_FIXTURES_DIR ${CMAKE_SOURCE_DIR}/tests/fixtures)

function(jxaudit_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE jxaudit_core GTest::gtest GTest::gtest_main ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
  target_compile_definitions(${name} PRIVATE
    JXAUDIT_FIXTURES_DIR="${JXAUDIT_FIXTURES_DIR}"
    JXAUDIT_BINARY_DIR="${CMAKE_BINARY_DIR}"
    JXAUDIT_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  set_target_properties(${name} PROPERTIES BUILD_RPATH "${CMAKE_BINARY_DIR}/lib")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 300)
endfunction()
