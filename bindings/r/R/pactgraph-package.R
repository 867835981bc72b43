#' pactgraph: typed, dated alliance networks
#'
#' The compiled pactgraph library from R. Load a network with [pg_seed()], [pg_load()] or
#' [pg_load_data_dir()]; ask it what the `pactgraph` command answers, as data frames
#' ([pg_members()], [pg_ties()], [pg_diff()], [pg_snapshot()], [pg_centrality()], [pg_stats()],
#' [pg_path()], [pg_cascade()]); build ATOP-coded panels keyed on `ccode1`, `ccode2` and `year`
#' for peacesciencer ([pg_state_years()], [pg_dyad_years()], [pg_dyad_spells()],
#' [pg_similarity()]); convert snapshots with [as_igraph()] and [as_network()]; draw with
#' [pg_render()].
#'
#' Dates are `Date` objects or ISO text: `"2007"` (its 31 December), `"2007-05"` (its last day)
#' or `"2007-05-30"`. Errors are conditions of class `pactgraph_error` and a finer class
#' ([pactgraph_errors]).
#'
#' @keywords internal
#' @useDynLib pactgraph, .registration = TRUE
#' @importFrom Rcpp evalCpp
"_PACKAGE"
