# Finds Graphviz cgraph and gvc through pkg-config for pactgraph::render and provides the imported target
# its installed link interface names. Sets pactgraph_graphviz_FOUND. Shipped with the CMake package.
set(pactgraph_graphviz_FOUND FALSE)
if(NOT TARGET PkgConfig::graphviz)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(graphviz QUIET IMPORTED_TARGET libcgraph libgvc)
  endif()
endif()
if(TARGET PkgConfig::graphviz)
  set(pactgraph_graphviz_FOUND TRUE)
endif()
