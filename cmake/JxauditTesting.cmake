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

# jxaudit_rule_test_sources(<out-var>)
# Called from plugins/<id>/test/: one test file per rule, found by name —
# `<name>_test.cpp` for every `../<name>_rule.cpp` (jxaudit_add_rules()). A rule
# without its test file stops the configure step, so a rule cannot land untested
# and adding one never means editing a list here.
function(jxaudit_rule_test_sources out)
  get_filename_component(plugin_dir ${CMAKE_CURRENT_SOURCE_DIR} DIRECTORY)
  file(GLOB rule_sources CONFIGURE_DEPENDS RELATIVE ${plugin_dir} ${plugin_dir}/*_rule.cpp)
  list(SORT rule_sources)
  set(tests "")
  foreach(source IN LISTS rule_sources)
    string(REGEX REPLACE "_rule\\.cpp$" "_test.cpp" test ${source})
    file(GLOB present CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${test})
    if(NOT present)
      message(FATAL_ERROR "${plugin_dir}/${source} has no test: add ${CMAKE_CURRENT_SOURCE_DIR}/${test}")
    endif()
    list(APPEND tests ${test})
  endforeach()
  set(${out} ${tests} PARENT_SCOPE)
endfunction()
