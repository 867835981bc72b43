#error "a public pactgraph header includes nlohmann/json_fwd.hpp; nlohmann_json is private to pactgraph::io"
