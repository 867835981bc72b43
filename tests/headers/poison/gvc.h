#error "a public pactgraph header includes Graphviz (gvc.h); only src/render may"
