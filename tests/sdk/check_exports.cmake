# cmake -DSDK_LIBRARY=<libjxaudit_sdk.so> -DSYMBOL_LIST=<exported_symbols.txt>
#       -DPUBLIC_HEADERS=<host/include/jxaudit> -DNM=<nm> -DCXXFILT=<c++filt>
#       [-DUPDATE=ON] -P check_exports.cmake
#
# The SDK's binary boundary (ctest sdk_exports): every symbol
# `nm -D --defined-only` shows in the SDK library must be public API.
#   - A jxaudit symbol must be in SYMBOL_LIST (demangled, one per line), and
#     every name of the list must still be exported: a change of the exported
#     API is a change of this file, made on purpose and reviewed with the diff.
#   - No symbol may name a jxaudit namespace that no public header opens
#     (jxaudit::measure::, jxaudit::yaml_guard::, jxaudit::detail:: …) or an
#     anonymous namespace, whatever the list says.
#   - No other library's symbols (YAML::, fmt::, boost:: …): the SDK must not
#     re-export what it links.
#   - Tolerated: std:: and __gnu_cxx:: entities. They are template
#     instantiations (std::string helpers, std::_Rb_tree<std::string> …) and
#     typeinfo of library types that the SDK's code instantiates: vague-linkage
#     (weak / COMDAT) definitions which libstdc++ declares with default
#     visibility (namespace std is _GLIBCXX_VISIBILITY(default)), so
#     -fvisibility=hidden does not hide them. Every plugin, and libstdc++
#     itself, may hold the same definitions; the dynamic linker binds one and
#     they are identical, so they carry no contract beyond libstdc++'s own ABI.
#     Which of them appear depends on inlining, which is why they are not listed.
# With -DUPDATE=ON the list is rewritten from the library (the public part
# only: forbidden symbols still fail). One command from the build tree:
#   cmake --build build --target update_sdk_exports
cmake_minimum_required(VERSION 3.25)
foreach(var SDK_LIBRARY SYMBOL_LIST PUBLIC_HEADERS NM CXXFILT)
  if(NOT ${var})
    message(FATAL_ERROR "check_exports.cmake: -D${var}=… is required")
  endif()
endforeach()

# The nested namespaces the public headers open (namespace jxaudit::text):
# the only lowercase scopes below jxaudit:: an exported symbol may name.
set(public_namespaces "")
file(GLOB headers ${PUBLIC_HEADERS}/*.hpp ${PUBLIC_HEADERS}/*.hpp.in)
foreach(header IN LISTS headers)
  file(STRINGS ${header} lines REGEX "^namespace jxaudit::[a-z_0-9]+")
  foreach(line IN LISTS lines)
    string(REGEX MATCH "^namespace jxaudit::([a-z_0-9]+)" _ "${line}")
    list(APPEND public_namespaces ${CMAKE_MATCH_1})
  endforeach()
endforeach()

# ctest runs this script for sdk_exports and its self-test at once, from the
# same directory: each run gets its own scratch file.
get_filename_component(work ${SYMBOL_LIST} NAME)
string(RANDOM LENGTH 12 run_id)
set(mangled_file ${CMAKE_CURRENT_BINARY_DIR}/${work}.${run_id}.nm)
execute_process(COMMAND ${NM} -D --defined-only ${SDK_LIBRARY}
                OUTPUT_FILE ${mangled_file} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} -D --defined-only ${SDK_LIBRARY} failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${CXXFILT} INPUT_FILE ${mangled_file}
                OUTPUT_VARIABLE demangled_text RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CXXFILT} failed (${rc}): ${err}")
endif()
file(STRINGS ${mangled_file} mangled_lines)
file(REMOVE ${mangled_file})
string(REGEX REPLACE "\n$" "" demangled_text "${demangled_text}")
string(REPLACE ";" "\\;" demangled_text "${demangled_text}")
string(REPLACE "\n" ";" demangled_lines "${demangled_text}")
list(LENGTH mangled_lines mangled_count)
list(LENGTH demangled_lines demangled_count)
if(NOT mangled_count EQUAL demangled_count)
  message(FATAL_ERROR "nm gave ${mangled_count} lines, c++filt ${demangled_count}: cannot pair them")
endif()

# Scope of a symbol from its mangled name (_Z, then typeinfo TI / typeinfo
# name TS / vtable TV / guard variable GV, then Z for a function's local
# static, then the qualified name N…E or an unscoped std name St…).
set(std_scope "^_Z(T[IVS]|GV)?Z?(St|S[absiod]|N[rVKRO]*(St|S[absiod]|9__gnu_cxx))")
set(jxaudit_scope "^_Z(T[IVS]|GV)?Z?N[rVKRO]*7jxaudit")

set(problems "")
set(exported "")
set(i 0)
foreach(line IN LISTS mangled_lines)
  list(GET demangled_lines ${i} pretty)
  math(EXPR i "${i} + 1")
  if(NOT line MATCHES "^[0-9a-fA-F]* *[A-Za-z] (.+)$")
    continue()
  endif()
  set(symbol "${CMAKE_MATCH_1}")
  string(REGEX REPLACE "^[0-9a-fA-F]* *[A-Za-z] " "" pretty "${pretty}")
  # Internal scopes, anywhere in the name (a std:: instantiation over an internal type too).
  set(forbidden FALSE)
  string(REGEX MATCHALL "jxaudit::[a-z_0-9]+::" scopes "${pretty}")
  foreach(scope IN LISTS scopes)
    string(REGEX REPLACE "^jxaudit::([a-z_0-9]+)::$" "\\1" ns "${scope}")
    if(NOT ns IN_LIST public_namespaces)
      list(APPEND problems "internal namespace jxaudit::${ns}:: exported (no public header opens it, so it must be hidden): ${pretty}")
      set(forbidden TRUE)
      break()
    endif()
  endforeach()
  if(forbidden)
    continue()
  endif()
  if(pretty MATCHES "\\(anonymous namespace\\)")
    list(APPEND problems "anonymous-namespace symbol exported: ${pretty}")
  elseif(symbol MATCHES "${jxaudit_scope}")
    list(APPEND exported "${pretty}")
  elseif(symbol MATCHES "${std_scope}")
    # Tolerated: see the top of this file.
  else()
    list(APPEND problems "not the SDK's API (another library's symbol, or outside namespace jxaudit): ${pretty}")
  endif()
endforeach()
list(SORT exported)
list(REMOVE_DUPLICATES exported)

if(UPDATE)
  set(text "# The jxaudit symbols libjxaudit_sdk.so exports: the SDK's binary API, as\n")
  string(APPEND text "# `nm -D --defined-only` | c++filt shows it (ctest sdk_exports,\n")
  string(APPEND text "# tests/sdk/check_exports.cmake). Sorted, one per line. Regenerate on purpose\n")
  string(APPEND text "# after changing what a public header exports, and review the diff:\n")
  string(APPEND text "#   cmake --build build --target update_sdk_exports\n")
  string(APPEND text "# A name that disappears or changes breaks plugins built against the SDK:\n")
  string(APPEND text "# bump JXAUDIT_API_VERSION (docs/sdk.md, \"Versioning\").\n")
  foreach(name IN LISTS exported)
    string(APPEND text "${name}\n")
  endforeach()
  file(WRITE ${SYMBOL_LIST} "${text}")
  list(LENGTH exported n)
  message(STATUS "wrote ${n} symbols to ${SYMBOL_LIST}")
else()
  if(NOT EXISTS ${SYMBOL_LIST})
    message(FATAL_ERROR "no symbol list ${SYMBOL_LIST}: cmake --build build --target update_sdk_exports")
  endif()
  file(STRINGS ${SYMBOL_LIST} listed REGEX "^[^#]")
  foreach(name IN LISTS exported)
    if(NOT name IN_LIST listed)
      list(APPEND problems "exported but not in ${SYMBOL_LIST}: ${name}")
    endif()
  endforeach()
  foreach(name IN LISTS listed)
    if(NOT name IN_LIST exported)
      list(APPEND problems "listed in ${SYMBOL_LIST} but no longer exported: ${name}")
    endif()
  endforeach()
endif()

if(problems)
  list(LENGTH problems n)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "${n} problem(s) with the symbols ${SDK_LIBRARY} exports:\n  ${text}\n"
          "Mark only public API JXAUDIT_SDK_API (jxaudit/export.hpp); when the change of the API is "
          "meant, regenerate the list: cmake --build <build> --target update_sdk_exports")
endif()
list(LENGTH exported n)
message(STATUS "${SDK_LIBRARY}: ${n} jxaudit symbols exported, all listed in ${SYMBOL_LIST}")
