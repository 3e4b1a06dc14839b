# cmake -DSOURCE_DIR= -DDIRS=a|b -DEXCLUDE=regex -DKEYWORDS=k1|k2 -DMIN_COUNT=n -DNAME= -DPO= -DPOT=
#       -DXGETTEXT= -DMODE=check|update [-DMSGCMP=|-DMSGMERGE=] -P extract_messages.cmake
# Extracts one catalogue's msgids (the .cpp/.hpp files under DIRS, relative to
# SOURCE_DIR, minus paths matching EXCLUDE) into POT, then
#   check:  msgcmp PO POT — fails when a msgid has no (or only a fuzzy) translation;
#   update: msgmerge --update PO POT — adds new msgids to PO for translating.
# KEYWORDS are the functions that take a msgid (xgettext --keyword syntax;
# tests/i18n/CMakeLists.txt lists them per catalogue). Lists are |-separated.
string(REPLACE "|" ";" dirs "${DIRS}")
string(REPLACE "|" ";" keyword_names "${KEYWORDS}")
set(keywords "")
foreach(k IN LISTS keyword_names)
  list(APPEND keywords --keyword=${k})
endforeach()
set(globs "")
foreach(d IN LISTS dirs)
  list(APPEND globs ${SOURCE_DIR}/${d}/*.cpp ${SOURCE_DIR}/${d}/*.hpp)
endforeach()
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${globs})
if(EXCLUDE)
  list(FILTER sources EXCLUDE REGEX "${EXCLUDE}")
endif()
list(SORT sources)
get_filename_component(pot_dir ${POT} DIRECTORY)
file(MAKE_DIRECTORY ${pot_dir})
execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 ${keywords} --sort-output --no-wrap
          --package-name=${NAME} --output=${POT} ${sources}
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed (${rc})")
endif()
# A keyword list that stopped matching would make the check pass on nothing.
file(STRINGS ${POT} msgids REGEX "^msgid \"..")
list(LENGTH msgids count)
if(count LESS MIN_COUNT)
  message(FATAL_ERROR "xgettext found only ${count} msgids for ${NAME} (at least ${MIN_COUNT} expected): are the keywords right?")
endif()
if(MODE STREQUAL "check")
  execute_process(COMMAND ${MSGCMP} ${PO} ${POT} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PO} lacks translations (above); run the update_po target and translate them")
  endif()
  message(STATUS "all ${count} msgids of ${NAME} are translated")
elseif(MODE STREQUAL "update")
  execute_process(COMMAND ${MSGMERGE} --update --backup=none --no-wrap --sort-output ${PO} ${POT} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "msgmerge failed (${rc})")
  endif()
else()
  message(FATAL_ERROR "MODE must be check or update")
endif()
