# One step of the consumer test, run by ctest as `cmake -D... -P consumer.cmake`:
#   STEP=install           install pactgraph into PREFIX: from FROM_BUILD (an existing build tree) or by
#                          configuring, building and installing SOURCE_DIR in WORK/pactgraph-build
#   STEP=find_package      build the consumer in app/ against PREFIX and run it on the installed dataset
#   STEP=add_subdirectory  build the consumer with SOURCE_DIR added as a subdirectory and run it
#   STEP=pkg_config        build the consumer with app/Makefile and pkg-config and run it on the installed dataset
# Common: WORK (folder of this variant), GRAPHVIZ (ON/OFF), EXPECT_RENDER (ON/OFF), LIBDIR (relative libdir),
#         EXPECTED (expected output, @PROJECT_VERSION@ replaced by VERSION), GENERATOR, CXX_COMPILER, JOBS,
#         CXX_FLAGS (the outer build's, so sanitizer builds link with their runtime).
cmake_minimum_required(VERSION 3.25)
set(app "${CMAKE_CURRENT_LIST_DIR}/app")
set(prefix "${WORK}/prefix")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    string(REPLACE ";" " " line "${ARGN}")
    message(FATAL_ERROR "failed (${status}): ${line}")
  endif()
endfunction()

function(check_output program)
  execute_process(COMMAND "${program}" ${ARGN} OUTPUT_VARIABLE actual RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${program} exited with ${status}:\n${actual}")
  endif()
  file(READ "${EXPECTED}" expected)
  string(REPLACE "@PROJECT_VERSION@" "${VERSION}" expected "${expected}")
  if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "${program} printed:\n${actual}\nexpected:\n${expected}")
  endif()
  message(STATUS "${program}: output as expected")
endfunction()

function(require_file path)
  if(NOT EXISTS "${prefix}/${path}")
    message(FATAL_ERROR "not installed: ${path}")
  endif()
endfunction()

function(forbid_file path)
  if(EXISTS "${prefix}/${path}")
    message(FATAL_ERROR "installed although rendering is off: ${path}")
  endif()
endfunction()

set(configure_args -G "${GENERATOR}" "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}")

if(STEP STREQUAL "install")
  file(REMOVE_RECURSE "${prefix}")
  if(FROM_BUILD)
    run("${CMAKE_COMMAND}" --install "${FROM_BUILD}" --prefix "${prefix}")
  else()
    set(build "${WORK}/pactgraph-build")
    run("${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${build}" ${configure_args}
        -DPACTGRAPH_BUILD_TESTS=OFF -DPACTGRAPH_BUILD_EXAMPLES=OFF -DPACTGRAPH_BUILD_CLI=OFF
        "-DPACTGRAPH_WITH_GRAPHVIZ=${GRAPHVIZ}"
        "-DCMAKE_INSTALL_PREFIX=${prefix}")
    run("${CMAKE_COMMAND}" --build "${build}" -j ${JOBS})
    run("${CMAKE_COMMAND}" --install "${build}")
  endif()
  # The layout a packager expects.
  foreach(path IN ITEMS include/pactgraph/pactgraph.hpp include/pactgraph/version.hpp
                        include/pactgraph/io/seed_scenario.hpp include/pactgraph/query/table.hpp
                        "${LIBDIR}/libpactgraph_query.a" "${LIBDIR}/libpactgraph_io.a"
                        "${LIBDIR}/libpactgraph_core.a"
                        "${LIBDIR}/cmake/pactgraph/pactgraphConfig.cmake"
                        "${LIBDIR}/cmake/pactgraph/pactgraphConfigVersion.cmake"
                        "${LIBDIR}/cmake/pactgraph/pactgraphTargets.cmake" "${LIBDIR}/pkgconfig/pactgraph.pc"
                        share/pactgraph/central_asia_2007.json)
    require_file("${path}")
  endforeach()
  if(EXPECT_CLI)
    require_file(bin/pactgraph)
    require_file(share/doc/pactgraph/pactgraph-help.txt)
  endif()
  file(READ "${prefix}/${LIBDIR}/pkgconfig/pactgraph.pc" pc)
  # A static linker resolves left to right: query calls into io and core, io into core, so core comes last.
  if(NOT pc MATCHES "\nLibs: [^\n]*-lpactgraph_query -lpactgraph_io -lpactgraph_core\n")
    message(FATAL_ERROR "pactgraph.pc must link -lpactgraph_query, -lpactgraph_io, then -lpactgraph_core, last:\n${pc}")
  endif()
  if(EXPECT_RENDER)
    require_file("${LIBDIR}/libpactgraph_render.a")
    require_file("${LIBDIR}/cmake/pactgraph/pactgraphGraphviz.cmake")
    if(NOT pc MATCHES "\nRequires.private: libcgraph libgvc\n")
      message(FATAL_ERROR "pactgraph.pc must require libcgraph and libgvc privately:\n${pc}")
    endif()
  else()
    forbid_file("${LIBDIR}/libpactgraph_render.a")
    forbid_file(include/pactgraph/render)
    forbid_file("${LIBDIR}/cmake/pactgraph/pactgraphGraphviz.cmake")
    if(pc MATCHES "libcgraph|libgvc|render")
      message(FATAL_ERROR "pactgraph.pc names Graphviz or render although rendering is off:\n${pc}")
    endif()
  endif()
  # Nothing of the build tree may leak into the installed package.
  file(GLOB_RECURSE package_files "${prefix}/${LIBDIR}/cmake/pactgraph/*.cmake" "${prefix}/${LIBDIR}/pkgconfig/*.pc")
  foreach(file IN LISTS package_files)
    file(READ "${file}" text)
    foreach(leak IN ITEMS "${SOURCE_DIR}" pactgraph_warnings nlohmann)
      string(FIND "${text}" "${leak}" at)
      if(NOT at EQUAL -1)
        message(FATAL_ERROR "${file} mentions ${leak}")
      endif()
    endforeach()
  endforeach()
  message(STATUS "installed into ${prefix}")

elseif(STEP STREQUAL "find_package")
  set(build "${WORK}/find_package")
  file(REMOVE_RECURSE "${build}")
  run("${CMAKE_COMMAND}" -S "${app}" -B "${build}" ${configure_args} "-DCMAKE_PREFIX_PATH=${prefix}"
      "-DEXPECT_RENDER=${EXPECT_RENDER}")
  run("${CMAKE_COMMAND}" --build "${build}" -j ${JOBS})
  check_output("${build}/pactgraph_consumer" "${prefix}/share/pactgraph/central_asia_2007.json")

elseif(STEP STREQUAL "add_subdirectory")
  set(build "${WORK}/add_subdirectory")
  file(REMOVE_RECURSE "${build}")
  run("${CMAKE_COMMAND}" -S "${app}" -B "${build}" ${configure_args} "-DPACTGRAPH_SOURCE_DIR=${SOURCE_DIR}"
      "-DPACTGRAPH_WITH_GRAPHVIZ=${GRAPHVIZ}" "-DEXPECT_RENDER=${EXPECT_RENDER}")
  run("${CMAKE_COMMAND}" --build "${build}" -j ${JOBS})
  check_output("${build}/pactgraph_consumer")

elseif(STEP STREQUAL "pkg_config")
  set(build "${WORK}/pkg_config")
  file(REMOVE_RECURSE "${build}")
  file(MAKE_DIRECTORY "${build}")
  set(ENV{PKG_CONFIG_PATH} "${prefix}/${LIBDIR}/pkgconfig")
  execute_process(COMMAND pkg-config --variable=datasetdir pactgraph OUTPUT_VARIABLE datasetdir
                  OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  set(make_flags "")
  if(CXX_FLAGS)
    set(make_flags "CXXFLAGS=${CXX_FLAGS}")
  endif()
  run(make -f "${app}/Makefile" "BUILD=${build}" "CXX=${CXX_COMPILER}" ${make_flags})
  check_output("${build}/pactgraph_consumer" "${datasetdir}/central_asia_2007.json")

else()
  message(FATAL_ERROR "unknown STEP '${STEP}'")
endif()
