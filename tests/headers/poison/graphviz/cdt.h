#error "a public pactgraph header includes Graphviz (graphviz/cdt.h); only src/render may"
