# Installs jxaudit into a temporary prefix, builds examples/custom-plugin out
# of tree against the installed package, and runs the installed jxaudit with
# it. Run by ctest (install_out_of_tree) after the build.
#   -DJXAUDIT_BUILD_DIR  -DJXAUDIT_SOURCE_DIR  -DWORK_DIR
cmake_minimum_required(VERSION 3.25)

function(step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(STEP_OUTPUT "${out}" PARENT_SCOPE)
endfunction()

set(prefix ${WORK_DIR}/prefix)
set(plugin_build ${WORK_DIR}/completeness-build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

step(${CMAKE_COMMAND} --install ${JXAUDIT_BUILD_DIR} --prefix ${prefix})
foreach(installed bin/jxaudit include/jxaudit/check.hpp include/jxaudit/plugin.hpp include/jxaudit/version.hpp
                  share/jxaudit/config/jxaudit.yaml)
  if(NOT EXISTS ${prefix}/${installed})
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()
# The installed version.hpp is the generated one (not its template), with the
# API number the build's CMake package says.
file(STRINGS ${prefix}/include/jxaudit/version.hpp api_line REGEX "^#define JXAUDIT_API_VERSION ")
if(NOT api_line MATCHES "^#define JXAUDIT_API_VERSION ([0-9]+)$")
  message(FATAL_ERROR "installed jxaudit/version.hpp defines no JXAUDIT_API_VERSION: '${api_line}'")
endif()
set(api_version ${CMAKE_MATCH_1})
if(EXISTS ${prefix}/include/jxaudit/version.hpp.in)
  message(FATAL_ERROR "the template version.hpp.in was installed beside the header")
endif()
# For plugin authors: the test helpers the bundled plugins' tests use, and the
# docs with each bundled plugin's README.
foreach(installed include/jxaudit/testing/hand_built_table.hpp include/jxaudit/testing/collecting_sink.hpp
                  include/jxaudit/testing/option_yaml.hpp
                  share/doc/jxaudit/sdk.md share/doc/jxaudit/architecture.md share/doc/jxaudit/report-format.md
                  share/doc/jxaudit/table-format.md
                  share/doc/jxaudit/plugins/arithmetic/README.md share/doc/jxaudit/plugins/deviation/README.md
                  share/doc/jxaudit/plugins/not_applicable/README.md share/doc/jxaudit/plugins/target_actual/README.md)
  if(NOT EXISTS ${prefix}/${installed})
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()

# With its unit tests: they include <jxaudit/testing/hand_built_table.hpp>
# from the prefix, so they compile only against the installed helpers.
# Built with the host build's compiler flags: against an ASan/UBSan SDK its
# test executable needs the sanitizer runtime too (asan preset, .ci/run).
step(${CMAKE_COMMAND} -S ${JXAUDIT_SOURCE_DIR}/examples/custom-plugin -B ${plugin_build} -G Ninja
     -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${prefix} -DCOMPLETENESS_BUILD_TESTS=ON
     "-DCMAKE_CXX_FLAGS=${JXAUDIT_CXX_FLAGS}")
step(${CMAKE_COMMAND} --build ${plugin_build})
step(${plugin_build}/completeness_tests)
if(NOT STEP_OUTPUT MATCHES "\\[  PASSED  \\] 4 tests")
  message(FATAL_ERROR "the example plugin's unit tests did not all run:\n${STEP_OUTPUT}")
endif()

# The installed host finds its config (share/jxaudit/config) and, with
# --plugin-path, the new plugin; its own bundled plugins may run as well.
set(env ${CMAKE_COMMAND} -E env --unset=JXAUDIT_PLUGIN_PATH --unset=JXAUDIT_CONFIG JXAUDIT_LANG=en)
step(${env} ${prefix}/bin/jxaudit list-plugins --plugin-path ${plugin_build})
# ID VERSION API STATE FILE: loaded as a plugin of the installed SDK's API.
if(NOT STEP_OUTPUT MATCHES "completeness +1\\.0\\.0 +${api_version} +enabled +${plugin_build}/completeness\\.so")
  message(FATAL_ERROR "list-plugins does not show the example plugin as API ${api_version}:\n${STEP_OUTPUT}")
endif()
# Its manifest declares its rules (RuleSpecs), so they are listed with their
# default severities before any configuration is read.
step(${env} ${prefix}/bin/jxaudit list-rules --plugin-path ${plugin_build} --lang en)
foreach(rule "completeness.goal-too-short" "completeness.missing-unit")
  string(FIND "${STEP_OUTPUT}" "${rule}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "list-rules does not list ${rule}:\n${STEP_OUTPUT}")
  endif()
endforeach()
step(${env} ${prefix}/bin/jxaudit explain completeness.goal-too-short --plugin-path ${plugin_build} --lang en)
foreach(needle "min-goal-chars" "too-short" "the {part} has only {length} characters")
  string(FIND "${STEP_OUTPUT}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "explain completeness.goal-too-short does not show '${needle}':\n${STEP_OUTPUT}")
  endif()
endforeach()

# An installed jxaudit names the README it ships for a bundled plugin's rule.
step(${env} ${prefix}/bin/jxaudit explain arithmetic.total-score --lang zh-CN)
foreach(needle "说明文档：${prefix}/share/doc/jxaudit/plugins/arithmetic/README.md" "总分得分")
  string(FIND "${STEP_OUTPUT}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "explain arithmetic.total-score (installed) does not show '${needle}':\n${STEP_OUTPUT}")
  endif()
endforeach()

file(COPY ${JXAUDIT_SOURCE_DIR}/examples/custom-plugin/completeness.yaml DESTINATION ${prefix}/share/jxaudit/config/plugins)
execute_process(
  COMMAND ${env} ${prefix}/bin/jxaudit check --plugin-path ${plugin_build} --checks "-*,completeness.*"
          --format json --output ${WORK_DIR}/report.json --fail-on never
          ${JXAUDIT_SOURCE_DIR}/tests/fixtures/futian-2022-selfeval.txt
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed jxaudit check failed (${rc}):\n${err}")
endif()
file(READ ${WORK_DIR}/report.json report)
string(JSON plugin_count LENGTH "${report}" plugins)
set(found FALSE)
math(EXPR last "${plugin_count} - 1")
foreach(i RANGE ${last})
  string(JSON id GET "${report}" plugins ${i} id)
  if(id STREQUAL "completeness")
    set(found TRUE)
    string(JSON reported_api GET "${report}" plugins ${i} api_version)
    if(NOT reported_api EQUAL api_version)
      message(FATAL_ERROR "the report gives the completeness plugin API ${reported_api}, not ${api_version}")
    endif()
  endif()
endforeach()
if(NOT found)
  message(FATAL_ERROR "the report does not list the completeness plugin:\n${report}")
endif()
string(JSON tables GET "${report}" summary tables)
if(tables LESS 1)
  message(FATAL_ERROR "the installed jxaudit found no tables in the seed file")
endif()
message(STATUS "installed jxaudit ran the out-of-tree plugin on ${tables} tables")
file(REMOVE_RECURSE ${WORK_DIR})
