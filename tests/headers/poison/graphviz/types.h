#error "a public pactgraph header includes Graphviz (graphviz/types.h); only src/render may"
