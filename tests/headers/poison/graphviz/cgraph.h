#error "a public pactgraph header includes Graphviz (graphviz/cgraph.h); only src/render may"
