#error "a public pactgraph header includes Graphviz (cgraph.h); only src/render may"
