# jxaudit_add_catalog(<target> PO <zh_CN.po> SYMBOL <c++ name>)
#   Compiles <zh_CN.po> with `msgfmt --check` at build time (a malformed
#   catalogue fails the build) and builds the .mo into <target> as
#     const std::string_view <c++ name>;   (e.g. jxaudit::i18n::kZhCnCatalog)
#   which the code declares (namespace jxaudit::i18n { extern const
#   std::string_view kZhCnCatalog; }) and reads with jxaudit::Catalog
#   (jxaudit/catalog.hpp). msgfmt is GNU gettext's (Debian package gettext).
#
# The .po is the translators' file: msgids are the English texts the code
# says, msgstrs their zh-CN. Keeping it complete is a test's job
# (jxaudit_catalog_test in cmake/JxauditCatalogTest.cmake for the host).
find_program(JXAUDIT_MSGFMT msgfmt REQUIRED)
set(_jxaudit_catalog_dir ${CMAKE_CURRENT_LIST_DIR})

function(jxaudit_add_catalog target)
  cmake_parse_arguments(ARG "" "PO;SYMBOL" "" ${ARGN})
  if(NOT ARG_PO OR NOT ARG_SYMBOL)
    message(FATAL_ERROR "jxaudit_add_catalog(${target}): give PO and SYMBOL")
  endif()
  if(NOT ARG_SYMBOL MATCHES "^(([A-Za-z_][A-Za-z0-9_]*::)*)([A-Za-z_][A-Za-z0-9_]*)$")
    message(FATAL_ERROR "jxaudit_add_catalog(${target}): '${ARG_SYMBOL}' is not a C++ name")
  endif()
  get_filename_component(po ${ARG_PO} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
  string(MAKE_C_IDENTIFIER "${ARG_SYMBOL}" stem)
  set(mo ${CMAKE_CURRENT_BINARY_DIR}/catalogs/${stem}.mo)
  set(cpp ${CMAKE_CURRENT_BINARY_DIR}/catalogs/${stem}.cpp)
  add_custom_command(OUTPUT ${cpp}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/catalogs
    COMMAND ${JXAUDIT_MSGFMT} --check --output-file=${mo} ${po}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${mo} -DOUTPUT=${cpp} -DSYMBOL=${ARG_SYMBOL}
            -P ${_jxaudit_catalog_dir}/JxauditEmbedBytes.cmake
    DEPENDS ${po} ${_jxaudit_catalog_dir}/JxauditEmbedBytes.cmake
    COMMENT "Compiling message catalogue ${ARG_PO}"
    VERBATIM)
  target_sources(${target} PRIVATE ${cpp})
endfunction()
