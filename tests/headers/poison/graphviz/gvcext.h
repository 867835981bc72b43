#error "a public pactgraph header includes Graphviz (graphviz/gvcext.h); only src/render may"
