#error "a public pactgraph header includes Graphviz (graphviz/gvc.h); only src/render may"
