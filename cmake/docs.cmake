# The `docs` target: API documentation with Doxygen (Debian's doxygen) from the public headers and
# docs/api-tour.md, into <build>/docs/api/html. Any doxygen warning fails it; the test docs_doxygen
# runs the same when tests are on.

find_package(Doxygen QUIET COMPONENTS doxygen)
if(NOT TARGET Doxygen::doxygen)
  message(STATUS "pactgraph: doxygen not found, no docs target")
  return()
endif()

set(PACTGRAPH_DOCS_OUTPUT "${PROJECT_BINARY_DIR}/docs/api")
set(PACTGRAPH_DOCS_INPUT "${PROJECT_SOURCE_DIR}/include/pactgraph ${PROJECT_BINARY_DIR}/include/pactgraph/version.hpp ${PROJECT_SOURCE_DIR}/docs/api-tour.md")
set(PACTGRAPH_DOCS_EXCLUDE "")
if(NOT TARGET pactgraph_render)
  set(PACTGRAPH_DOCS_EXCLUDE "*/pactgraph/render/*")
endif()
configure_file("${PROJECT_SOURCE_DIR}/docs/Doxyfile.in" "${PROJECT_BINARY_DIR}/docs/Doxyfile" @ONLY)

add_custom_target(docs
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PACTGRAPH_DOCS_OUTPUT}"
  COMMAND Doxygen::doxygen "${PROJECT_BINARY_DIR}/docs/Doxyfile"
  WORKING_DIRECTORY "${PROJECT_BINARY_DIR}/docs"
  COMMENT "API documentation in ${PACTGRAPH_DOCS_OUTPUT}/html"
  VERBATIM)

if(PACTGRAPH_BUILD_TESTS)
  # Doxygen writes its warnings to warnings.log and exits non-zero on any; the log is printed on failure.
  add_test(NAME docs_doxygen
    COMMAND ${CMAKE_COMMAND} -DDOXYGEN=$<TARGET_FILE:Doxygen::doxygen> -DDOXYFILE=${PROJECT_BINARY_DIR}/docs/Doxyfile
            -P "${CMAKE_CURRENT_LIST_DIR}/run_doxygen.cmake")
endif()
