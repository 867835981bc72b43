# The umbrella target and the package this build installs: headers, libraries, the pactgraph command,
# the seed dataset, CMake package files (find_package(pactgraph)) and pactgraph.pc (pkg-config).
# Included at the end of the top-level CMakeLists.txt, when every target exists.

include(CMakePackageConfigHelpers)

# Everything this build has, for `target_link_libraries(app PRIVATE pactgraph::pactgraph)`.
add_library(pactgraph_umbrella INTERFACE)
add_library(pactgraph::pactgraph ALIAS pactgraph_umbrella)
set_target_properties(pactgraph_umbrella PROPERTIES EXPORT_NAME pactgraph)
target_link_libraries(pactgraph_umbrella INTERFACE pactgraph::core pactgraph::io pactgraph::query)
set(pactgraph_installed_components core io query)
if(TARGET pactgraph_render)
  target_link_libraries(pactgraph_umbrella INTERFACE pactgraph::render)
  list(APPEND pactgraph_installed_components render)
endif()

include("${CMAKE_CURRENT_LIST_DIR}/docs.cmake")

option(PACTGRAPH_INSTALL "Generate the install rules (off by default under add_subdirectory)" ${PROJECT_IS_TOP_LEVEL})
if(NOT PACTGRAPH_INSTALL)
  return()
endif()

# A static library's PRIVATE links appear in its exported interface as $<LINK_ONLY:...>. The warning flags
# and the header-only nlohmann_json have nothing to link, so they stay in the build tree: consumers then
# need neither the internal target nor nlohmann_json.
function(pactgraph_keep_build_only target)
  get_target_property(links ${target} INTERFACE_LINK_LIBRARIES)
  if(NOT links)
    return()
  endif()
  set(kept "")
  foreach(link IN LISTS links)
    if(link MATCHES "^\\$<LINK_ONLY:(pactgraph_warnings|nlohmann_json::nlohmann_json)>$")
      set(link "$<BUILD_INTERFACE:${link}>")
    endif()
    list(APPEND kept "${link}")
  endforeach()
  set_property(TARGET ${target} PROPERTY INTERFACE_LINK_LIBRARIES "${kept}")
endfunction()

set(pactgraph_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/pactgraph")
set(pactgraph_exported pactgraph_core pactgraph_io pactgraph_query pactgraph_umbrella)
if(TARGET pactgraph_render)
  list(APPEND pactgraph_exported pactgraph_render)
endif()
foreach(target IN LISTS pactgraph_exported)
  pactgraph_keep_build_only(${target})
endforeach()

# Headers: the public tree (render/ only with pactgraph::render) and the generated version.hpp.
file(GLOB_RECURSE pactgraph_headers CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}/include"
     "${PROJECT_SOURCE_DIR}/include/pactgraph/*.hpp")
if(NOT TARGET pactgraph_render)
  list(FILTER pactgraph_headers EXCLUDE REGEX "^pactgraph/render/")
endif()
foreach(header IN LISTS pactgraph_headers)
  get_filename_component(dir "${header}" DIRECTORY)
  install(FILES "${PROJECT_SOURCE_DIR}/include/${header}" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/${dir}"
          COMPONENT pactgraph_development)
endforeach()
install(FILES "${PROJECT_BINARY_DIR}/include/pactgraph/version.hpp"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/pactgraph" COMPONENT pactgraph_development)

install(TARGETS ${pactgraph_exported} EXPORT pactgraph_targets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT pactgraph_development
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT pactgraph_runtime
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT pactgraph_runtime)
install(EXPORT pactgraph_targets NAMESPACE pactgraph:: FILE pactgraphTargets.cmake
        DESTINATION "${pactgraph_cmake_dir}" COMPONENT pactgraph_development)

# The command, with its man page or help text when the CLI provides one.
if(TARGET pactgraph_cli)
  install(TARGETS pactgraph_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT pactgraph_runtime)
  file(GLOB pactgraph_man_pages "${PROJECT_SOURCE_DIR}/src/cli/*.1" "${PROJECT_SOURCE_DIR}/docs/man/*.1")
  if(pactgraph_man_pages)
    install(FILES ${pactgraph_man_pages} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT pactgraph_runtime)
  endif()
  if(EXISTS "${PROJECT_SOURCE_DIR}/docs/cli.md")
    install(FILES "${PROJECT_SOURCE_DIR}/docs/cli.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT pactgraph_runtime)
  endif()
  # The help text as the installed command prints it, so it can never drift from the binary.
  install(CODE "
    set(help \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DOCDIR}/pactgraph-help.txt\")
    execute_process(COMMAND \"$<TARGET_FILE:pactgraph_cli>\" --help OUTPUT_VARIABLE text RESULT_VARIABLE status)
    if(status EQUAL 0 AND text)
      message(STATUS \"Installing: \${help}\")
      file(WRITE \"\${help}\" \"\${text}\")
    endif()" COMPONENT pactgraph_runtime)
endif()

# The seed dataset (also compiled into pactgraph::io as io::seed_scenario()) and the change log.
install(FILES "${PROJECT_SOURCE_DIR}/examples/data/central_asia_2007.json"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/pactgraph" COMPONENT pactgraph_runtime)
install(FILES "${PROJECT_SOURCE_DIR}/CHANGELOG.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT pactgraph_runtime)

# CMake package: pactgraphConfig.cmake, its version file and the Graphviz finder that render needs.
set(PACTGRAPH_INSTALLED_COMPONENTS "${pactgraph_installed_components}")
set(PACTGRAPH_DATASET_DIR "${CMAKE_INSTALL_DATADIR}/pactgraph")
configure_package_config_file(cmake/pactgraphConfig.cmake.in "${PROJECT_BINARY_DIR}/pactgraphConfig.cmake"
                              INSTALL_DESTINATION "${pactgraph_cmake_dir}" PATH_VARS PACTGRAPH_DATASET_DIR)
write_basic_package_version_file("${PROJECT_BINARY_DIR}/pactgraphConfigVersion.cmake"
                                 COMPATIBILITY SameMajorVersion)
set(pactgraph_package_files "${PROJECT_BINARY_DIR}/pactgraphConfig.cmake"
                            "${PROJECT_BINARY_DIR}/pactgraphConfigVersion.cmake")
if(TARGET pactgraph_render)
  list(APPEND pactgraph_package_files "${CMAKE_CURRENT_LIST_DIR}/pactgraphGraphviz.cmake")
endif()
install(FILES ${pactgraph_package_files} DESTINATION "${pactgraph_cmake_dir}" COMPONENT pactgraph_development)

# pkg-config: relocatable through ${pcfiledir}, so `cmake --install --prefix` anywhere gives a working file.
set(pc_libdir "${CMAKE_INSTALL_LIBDIR}")
if(IS_ABSOLUTE "${pc_libdir}")
  set(PACTGRAPH_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(PACTGRAPH_PC_LIBDIR "${pc_libdir}")
else()
  file(RELATIVE_PATH up "/root/${pc_libdir}/pkgconfig" "/root")
  string(REGEX REPLACE "/$" "" up "${up}")
  set(PACTGRAPH_PC_PREFIX "\${pcfiledir}/${up}")
  set(PACTGRAPH_PC_LIBDIR "\${prefix}/${pc_libdir}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(PACTGRAPH_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(PACTGRAPH_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
set(PACTGRAPH_PC_DATASETDIR "\${prefix}/${CMAKE_INSTALL_DATADIR}/pactgraph")
# Boost has no .pc file: its include folder goes into Cflags unless the compiler searches it anyway.
set(PACTGRAPH_PC_CFLAGS "-I\${includedir}")
get_target_property(boost_includes Boost::headers INTERFACE_INCLUDE_DIRECTORIES)
foreach(dir IN LISTS boost_includes)
  if(NOT dir IN_LIST CMAKE_CXX_IMPLICIT_INCLUDE_DIRECTORIES)
    string(APPEND PACTGRAPH_PC_CFLAGS " -I${dir}")
  endif()
endforeach()
set(PACTGRAPH_PC_LIBS "-L\${libdir}")
set(PACTGRAPH_PC_REQUIRES_PRIVATE "")
if(TARGET pactgraph_render)
  string(APPEND PACTGRAPH_PC_LIBS " -l$<TARGET_LINKER_FILE_BASE_NAME:pactgraph_render>")
  set(PACTGRAPH_PC_REQUIRES_PRIVATE "libcgraph libgvc")
endif()
string(APPEND PACTGRAPH_PC_LIBS " -l$<TARGET_LINKER_FILE_BASE_NAME:pactgraph_query>")
string(APPEND PACTGRAPH_PC_LIBS " -l$<TARGET_LINKER_FILE_BASE_NAME:pactgraph_io> -l$<TARGET_LINKER_FILE_BASE_NAME:pactgraph_core>")
configure_file(cmake/pactgraph.pc.in "${PROJECT_BINARY_DIR}/pactgraph.pc.in" @ONLY)
file(GENERATE OUTPUT "${PROJECT_BINARY_DIR}/pactgraph.pc" INPUT "${PROJECT_BINARY_DIR}/pactgraph.pc.in")
install(FILES "${PROJECT_BINARY_DIR}/pactgraph.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
        COMPONENT pactgraph_development)
