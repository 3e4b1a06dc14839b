# cmake -DSOURCE_DIR= -DPO= -DPOT= -DXGETTEXT= -DMODE=check|update [-DMSGCMP=|-DMSGMERGE=] -P extract_messages.cmake
# Extracts the host's msgids (host/ and reports/ sources) into POT, then
#   check:  msgcmp PO POT — fails when a msgid has no (or only a fuzzy) translation;
#   update: msgmerge --update PO POT — adds new msgids to PO for translating.
# The keywords are the functions that take a msgid (host/src/i18n/tr.hpp,
# reports/text_writer.cpp): keep this list and them in step.
set(keywords --keyword=tr --keyword=tr_fmt --keyword=both --keyword=N_ --keyword=say --keyword=say_fmt
             --keyword=trc:1c,2 --keyword=NC_:1c,2 --keyword=error_at:4)
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/host/*.cpp ${SOURCE_DIR}/host/*.hpp ${SOURCE_DIR}/reports/*.cpp ${SOURCE_DIR}/reports/*.hpp)
list(SORT sources)
get_filename_component(pot_dir ${POT} DIRECTORY)
file(MAKE_DIRECTORY ${pot_dir})
execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 ${keywords} --sort-output --no-wrap
          --package-name=jxaudit --output=${POT} ${sources}
  WORKING_DIRECTORY ${SOURCE_DIR}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "xgettext failed (${rc})")
endif()
# A keyword list that stopped matching would make the check pass on nothing.
file(STRINGS ${POT} msgids REGEX "^msgid \"..")
list(LENGTH msgids count)
if(count LESS 100)
  message(FATAL_ERROR "xgettext found only ${count} msgids in the sources: are the keywords right?")
endif()
if(MODE STREQUAL "check")
  execute_process(COMMAND ${MSGCMP} ${PO} ${POT} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "host/po/zh_CN.po lacks translations (above); run the update_po target and translate them")
  endif()
  message(STATUS "all ${count} msgids are translated")
elseif(MODE STREQUAL "update")
  execute_process(COMMAND ${MSGMERGE} --update --backup=none --no-wrap --sort-output ${PO} ${POT} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "msgmerge failed (${rc})")
  endif()
else()
  message(FATAL_ERROR "MODE must be check or update")
endif()
