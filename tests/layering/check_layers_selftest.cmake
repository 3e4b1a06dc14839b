# cmake -DCHECKER=<check_layers.cmake> -DWORK_DIR=<dir> -P check_layers_selftest.cmake
#
# The layering check can fail: on a small tree written here, an include of a
# layer that is not linked, a link to no layer, a cycle and an undeclared
# folder are each refused with a message naming them, as is a document whose
# table of layers differs; the same tree with the link declared passes.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
set(root ${WORK_DIR}/src)
file(WRITE ${root}/low/low.hpp "#pragma once\n#include \"jxaudit/model.hpp\"\n")
file(WRITE ${root}/low/low.cpp "#include \"low/low.hpp\"\n#include \"low.hpp\"\n")
file(WRITE ${root}/high/high.cpp "#include \"high/high.hpp\"\n#include \"low/low.hpp\"\n")
file(WRITE ${root}/high/high.hpp "#pragma once\n")

# Writes a table: `links_of_high` is what high links; `extra` more set() lines.
function(table file links_of_high extra)
  file(WRITE ${file} "set(JXAUDIT_HOST_SOURCE_ROOT \"${root}\")\nset(JXAUDIT_LAYERS \"low;high\")\n"
       "set(JXAUDIT_LAYER_low_TARGET jxaudit_low)\nset(JXAUDIT_LAYER_low_MODE prefix)\n"
       "set(JXAUDIT_LAYER_low_LAYERS \"\")\nset(JXAUDIT_LAYER_low_DIRS \"${root}/low\")\n"
       "set(JXAUDIT_LAYER_low_SOURCES \"\")\n"
       "set(JXAUDIT_LAYER_high_TARGET jxaudit_high)\nset(JXAUDIT_LAYER_high_MODE prefix)\n"
       "set(JXAUDIT_LAYER_high_LAYERS \"${links_of_high}\")\nset(JXAUDIT_LAYER_high_DIRS \"${root}/high\")\n"
       "set(JXAUDIT_LAYER_high_SOURCES \"\")\n${extra}")
endfunction()

function(expect name links_of_high extra should_pass message)
  table(${WORK_DIR}/${name}.cmake "${links_of_high}" "${extra}")
  set(doc "")
  if(DOC)
    set(doc -DARCHITECTURE_DOC=${DOC})
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -DLAYER_TABLE=${WORK_DIR}/${name}.cmake ${doc} -P ${CHECKER}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(should_pass AND NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: expected to pass, failed:\n${out}${err}")
  endif()
  if(NOT should_pass AND rc EQUAL 0)
    message(FATAL_ERROR "${name}: expected to fail, passed:\n${out}${err}")
  endif()
  string(FIND "${out}${err}" "${message}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${name}: the output does not say '${message}':\n${out}${err}")
  endif()
endfunction()

expect(unlinked "" "" FALSE "high.cpp: #include \"low/low.hpp\" is layer low, which jxaudit_high (layer high) does not link")
expect(linked "low" "" TRUE "include only what they link")
expect(no_such_layer "low;lower" "" FALSE "layer high links 'lower', which is no layer")
expect(cycle "low" "set(JXAUDIT_LAYER_low_LAYERS high)\n" FALSE "layer low links itself through its layers (a cycle)")
file(MAKE_DIRECTORY ${root}/stray)
expect(stray "low" "" FALSE "stray is a folder of host/src that no layer declares")
file(REMOVE_RECURSE ${root}/stray)
file(WRITE ${root}/high/odd.cpp "#include \"nowhere/x.hpp\"\n")
expect(unknown "low" "" FALSE "#include \"nowhere/x.hpp\" is no header of a layer (layer high)")
file(WRITE ${root}/high/odd.cpp "#include \"../low/low.hpp\"\n")
expect(relative "" "" FALSE "#include \"../low/low.hpp\" is no header of a layer (layer high)")
file(REMOVE ${root}/high/odd.cpp)

# The document's table of layers against the build's.
set(DOC ${WORK_DIR}/architecture.md)
file(WRITE ${DOC} "# A\n\n## Layers\n\n| layer | links |\n|---|---|\n| `low` | — |\n| `high` | `low` |\n\n## Next\n| `x` | y |\n")
expect(documented "low" "" TRUE "include only what they link")
file(WRITE ${DOC} "# A\n\n## Layers\n\n| layer | links |\n|---|---|\n| `low` | — |\n| `high` | — |\n")
expect(misdocumented "low" "" FALSE "layer high links '', the build links 'low'")
file(WRITE ${DOC} "# A\n\n## Layers\n\n| layer | links |\n|---|---|\n| `high` | `low` |\n")
expect(undocumented "low" "" FALSE "layer low has no row in '## Layers'")
message(STATUS "layering check: each defect refused with its message, the clean tree passed")
