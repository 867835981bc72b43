#' Convert a snapshot to igraph or statnet
#'
#' `as_igraph()` gives an undirected `igraph` graph, `as_network()` an undirected statnet
#' `network`, from the nodes and ties of a [pg_snapshot()]: one vertex per node (isolates
#' included) and one edge per tied pair.
#'
#' Vertices are identified by their abbreviation (igraph's `name`, network's `vertex.names`) and
#' carry `code` (the COW code, `NA` for organisations), `abbrev`, `label` (the actor's name),
#' `kind` and `degree`. Edges carry `multiplicity` (the number of parallel ties), `kinds` and
#' `sign` (1, -1, or 0 for a pair with both cooperative and hostile ties). The snapshot's date is
#' a graph attribute (`date`).
#'
#' @param snapshot A `pg_snapshot` from [pg_snapshot()].
#' @return An `igraph` object, or a `network` object.
#' @examples
#' s <- pg_snapshot(pg_seed(), "2007-05-30")
#' if (requireNamespace("igraph", quietly = TRUE)) {
#'   g <- as_igraph(s)
#'   igraph::betweenness(g)
#' }
#' if (requireNamespace("network", quietly = TRUE)) {
#'   n <- as_network(s)
#'   network::network.size(n)
#' }
#' @export
as_igraph <- function(snapshot) {
  check_snapshot(snapshot)
  if (!requireNamespace("igraph", quietly = TRUE)) pg_usage_error("as_igraph() needs the igraph package")
  parts <- graph_parts(snapshot)
  vertices <- data.frame(name = parts$nodes$abbrev, parts$nodes, stringsAsFactors = FALSE)
  edges <- data.frame(from = parts$ties$source_abbrev, to = parts$ties$target_abbrev, parts$edge_attributes,
                      stringsAsFactors = FALSE)
  g <- igraph::graph_from_data_frame(edges, directed = FALSE, vertices = vertices)
  igraph::graph_attr(g, "date") <- parts$date
  g
}

#' @rdname as_igraph
#' @export
as_network <- function(snapshot) {
  check_snapshot(snapshot)
  if (!requireNamespace("network", quietly = TRUE)) pg_usage_error("as_network() needs the network package")
  parts <- graph_parts(snapshot)
  nodes <- parts$nodes
  n <- network::network.initialize(nrow(nodes), directed = FALSE, multiple = FALSE, loops = FALSE)
  network::set.vertex.attribute(n, "vertex.names", nodes$abbrev)
  for (column in names(nodes)) network::set.vertex.attribute(n, column, nodes[[column]])
  if (nrow(parts$ties) > 0) {
    tails <- match(parts$ties$source_abbrev, nodes$abbrev)
    heads <- match(parts$ties$target_abbrev, nodes$abbrev)
    attributes <- lapply(seq_len(nrow(parts$ties)), function(i) as.list(parts$edge_attributes[i, , drop = FALSE]))
    network::add.edges(n, tails, heads, names.eval = rep(list(names(parts$edge_attributes)), length(tails)),
                       vals.eval = attributes)
  }
  network::set.network.attribute(n, "date", parts$date)
  n
}

check_snapshot <- function(snapshot, call = sys.call(-1)) {
  if (!inherits(snapshot, "pg_snapshot")) pg_usage_error("expected a snapshot from pg_snapshot()", call)
}

# The vertex table (the actor's name as `label`, no date column) and the edge attributes.
graph_parts <- function(snapshot) {
  nodes <- snapshot$nodes
  nodes$date <- NULL
  names(nodes)[names(nodes) == "name"] <- "label"
  ties <- snapshot$ties
  list(nodes = nodes, ties = ties, date = format(attr(snapshot, "date")),
       edge_attributes = ties[, c("multiplicity", "kinds", "sign"), drop = FALSE])
}
