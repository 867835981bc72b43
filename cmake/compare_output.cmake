# Runs PROGRAM (with ARGS, a ;-list) and fails unless its standard output equals the file EXPECTED.
# On a mismatch the output is kept as NAME.actual in the working directory (the build tree).
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_VARIABLE actual RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${status}")
endif()
file(READ "${EXPECTED}" expected)
if(NOT actual STREQUAL expected)
  get_filename_component(name "${EXPECTED}" NAME)
  file(WRITE "${name}.actual" "${actual}")
  message(FATAL_ERROR "output differs from ${EXPECTED}; kept as ${name}.actual\n${actual}")
endif()
