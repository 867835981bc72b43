# as_igraph() and as_network(): the snapshot's counts and attributes, and degrees computed by igraph
# and network themselves equal to the command's degree column.

test_that("as_igraph keeps every node, tie and attribute", {
  for (net in list(seed_net(), atop_net())) {
    s <- if (identical(net, seed_net())) pg_snapshot(net) else pg_snapshot(net, "1962")
    g <- as_igraph(s)
    expect_false(igraph::is_directed(g))
    expect_equal(igraph::vcount(g), nrow(s$nodes))
    expect_equal(igraph::ecount(g), nrow(s$ties))
    expect_identical(igraph::V(g)$name, s$nodes$abbrev)
    expect_identical(igraph::V(g)$code, s$nodes$code)
    expect_identical(igraph::V(g)$label, s$nodes$name)
    expect_identical(igraph::V(g)$kind, s$nodes$kind)
    expect_equal(unname(igraph::degree(g)), s$nodes$degree)
    ends <- igraph::ends(g, igraph::E(g))
    expect_identical(ends[, 1], s$ties$source_abbrev)
    expect_identical(ends[, 2], s$ties$target_abbrev)
    expect_identical(igraph::E(g)$multiplicity, s$ties$multiplicity)
    expect_identical(igraph::E(g)$kinds, s$ties$kinds)
    expect_identical(igraph::E(g)$sign, s$ties$sign)
    expect_identical(igraph::graph_attr(g, "date"), format(attr(s, "date")))
  }
})

test_that("as_network keeps every node, tie and attribute", {
  s <- pg_snapshot(atop_net(), "1962")
  n <- as_network(s)
  expect_false(network::is.directed(n))
  expect_equal(network::network.size(n), nrow(s$nodes))
  expect_equal(network::network.edgecount(n), nrow(s$ties))
  expect_identical(network::get.vertex.attribute(n, "vertex.names"), s$nodes$abbrev)
  expect_identical(network::get.vertex.attribute(n, "code"), s$nodes$code)
  expect_identical(network::get.vertex.attribute(n, "label"), s$nodes$name)
  expect_equal(as.integer(rowSums(network::as.matrix.network.adjacency(n))), s$nodes$degree)
  el <- network::as.edgelist(n)
  abbrev <- s$nodes$abbrev
  pairs <- paste(pmin(abbrev[el[, 1]], abbrev[el[, 2]]), pmax(abbrev[el[, 1]], abbrev[el[, 2]]))
  expected <- paste(pmin(s$ties$source_abbrev, s$ties$target_abbrev), pmax(s$ties$source_abbrev, s$ties$target_abbrev))
  expect_setequal(pairs, expected)
  expect_identical(sort(network::get.edge.attribute(n, "multiplicity")), sort(s$ties$multiplicity))
  expect_identical(network::get.network.attribute(n, "date"), "1962-12-31")
})

test_that("a snapshot with organisations converts with their codes missing", {
  s <- pg_snapshot(seed_net(), kinds = "membership")
  expect_command_equal(s$nodes, "snapshot", "--kinds", "membership", "--table", "nodes")
  g <- as_igraph(s)
  expect_true(any(is.na(igraph::V(g)$code)))
  expect_equal(igraph::vcount(g), nrow(s$nodes))
  expect_equal(network::network.size(as_network(s)), nrow(s$nodes))
})

test_that("converting something else is a usage error", {
  expect_error(as_igraph(list()), class = "pactgraph_usage_error")
  expect_error(as_network(data.frame()), class = "pactgraph_usage_error")
})
