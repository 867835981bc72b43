#error "a public pactgraph header includes nlohmann/json.hpp; nlohmann_json is private to pactgraph::io"
