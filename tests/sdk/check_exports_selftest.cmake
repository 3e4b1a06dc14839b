# cmake -DCHECKER=check_exports.cmake -DNM=<nm> -DCXXFILT=<c++filt> -DPUBLIC_HEADERS=<host/include/jxaudit>
#       -DLEAKY_LIBRARY=<libjxaudit_leaky_sdk.so> -DWORK_DIR=<dir> -P check_exports_selftest.cmake
#
# Shows that the export check can fail: run on tests/sdk/leaky_library.cpp,
# it must name every leak, and no tolerated std:: instantiation; regenerating
# the list must keep the internal symbols out of it and still fail.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(list_file ${WORK_DIR}/exported_symbols.txt)
file(WRITE ${list_file} "# a list that knows one of the two public functions, and one that is gone\n"
                        "jxaudit::listed_function()\njxaudit::removed_function()\njxaudit::text::public_namespace_function()\n")

function(run_checker out_rc out_text)
  execute_process(COMMAND ${CMAKE_COMMAND} -DNM=${NM} -DCXXFILT=${CXXFILT} -DPUBLIC_HEADERS=${PUBLIC_HEADERS}
                          -DSDK_LIBRARY=${LEAKY_LIBRARY} -DSYMBOL_LIST=${list_file}
                          ${ARGN} -P ${CHECKER}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${out_rc} ${rc} PARENT_SCOPE)
  set(${out_text} "${out}${err}" PARENT_SCOPE)
endfunction()

set(failures "")
macro(expect_in text needle)
  string(FIND "${text}" "${needle}" at)
  if(at EQUAL -1)
    list(APPEND failures "expected '${needle}' in:\n${text}")
  endif()
endmacro()
macro(expect_not_in text needle)
  string(FIND "${text}" "${needle}" at)
  if(NOT at EQUAL -1)
    list(APPEND failures "did not expect '${needle}' in:\n${text}")
  endif()
endmacro()

run_checker(rc text)
if(rc EQUAL 0)
  list(APPEND failures "the check passed a library that leaks:\n${text}")
endif()
expect_in("${text}" "internal namespace jxaudit::measure:: exported (no public header opens it, so it must be hidden): jxaudit::measure::internal_helper()")
expect_in("${text}" "internal namespace jxaudit::detail:: exported")
expect_in("${text}" "typeinfo for jxaudit::detail::Leaked")
expect_in("${text}" "not the SDK's API (another library's symbol, or outside namespace jxaudit): YAML::re_exported()")
expect_in("${text}" "outside namespace jxaudit): split_words(")
expect_in("${text}" "exported but not in ${list_file}: jxaudit::unlisted_function()")
expect_in("${text}" "listed in ${list_file} but no longer exported: jxaudit::removed_function()")
expect_not_in("${text}" ": jxaudit::listed_function()")
expect_not_in("${text}" "jxaudit::text::public_namespace_function")
expect_not_in("${text}" ": std::")

# Regenerating writes the public symbols only, and still refuses the leaks.
run_checker(rc text -DUPDATE=ON)
if(rc EQUAL 0)
  list(APPEND failures "regenerating the list passed a library that leaks:\n${text}")
endif()
file(READ ${list_file} written)
expect_in("${written}" "\njxaudit::listed_function()\njxaudit::text::public_namespace_function()\njxaudit::unlisted_function()\n")
expect_not_in("${written}" "removed_function")
expect_not_in("${written}" "measure")
expect_not_in("${written}" "YAML")

if(failures)
  list(JOIN failures "\n---\n" all)
  message(FATAL_ERROR "the export check does not refuse what it should:\n${all}")
endif()
message(STATUS "the export check refuses every leak of ${LEAKY_LIBRARY}")
