# jxaudit_add_plugin(<id> SOURCES <files...>)
# Builds a check plugin as a MODULE library named <id> (lib prefix dropped) that
# the host loads with Boost.DLL. Used by bundled plugins and, through the
# installed CMake package, by third-party plugins built out of tree.
function(jxaudit_add_plugin id)
  cmake_parse_arguments(ARG "" "" "SOURCES" ${ARGN})
  add_library(${id} MODULE ${ARG_SOURCES})
  target_link_libraries(${id} PRIVATE jxaudit::sdk)
  set_target_properties(${id} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(DEFINED JXAUDIT_PLUGIN_OUTPUT_DIR)
    set_target_properties(${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${JXAUDIT_PLUGIN_OUTPUT_DIR})
  endif()
  if(DEFINED JXAUDIT_INSTALL_PLUGIN_DIR)
    install(TARGETS ${id} LIBRARY DESTINATION ${JXAUDIT_INSTALL_PLUGIN_DIR})
  endif()
endfunction()
