#' The snapshot of a day
#'
#' The nodes and ties of the standard snapshot, as `pactgraph snapshot`: by default the states in
#' the state system on the day and their alliance ties, parallel ties merged into one per pair.
#' Convert it with [as_igraph()] or [as_network()].
#'
#' @inheritParams pg_ties
#' @param kinds Which ties (see [pg_ties()]); asking for `"membership"` brings organisations in
#'   unless `actors` says otherwise.
#' @param actors `"states"`, `"organisations"` or `"any"`. Left out, it is `"states"` unless
#'   `kinds` asks for memberships, as with the command's `--actors`.
#' @param x A `pg_snapshot`.
#' @param ... Not used.
#' @return A list of class `pg_snapshot` with data frames `nodes` (`date, code, abbrev, name, kind,
#'   degree`) and `ties` (`date, source, target, source_abbrev, target_abbrev, multiplicity, kinds,
#'   sign`), and the day as attribute `date`.
#' @examples
#' s <- pg_snapshot(pg_seed(), "2007-05-30")
#' s
#' s$ties
#' @export
pg_snapshot <- function(net, at = NULL, kinds = "alliance", actors = "states") {
  actors <- if (missing(actors)) "" else pg_words(actors, "actors")
  out <- .pg(cpp_snapshot(net, pg_date_text(at), pg_words(kinds, "kinds"), actors))
  structure(pg_frames(unclass(out)[c("nodes", "ties")]), class = "pg_snapshot",
            date = as.Date(attr(out, "date")))
}

#' @rdname pg_snapshot
#' @export
print.pg_snapshot <- function(x, ...) {
  cat("<pactgraph snapshot> ", format(attr(x, "date")), ": ", nrow(x$nodes), " nodes, ", nrow(x$ties), " ties\n", sep = "")
  shown <- x$ties[seq_len(min(nrow(x$ties), 10)), setdiff(names(x$ties), "date"), drop = FALSE]
  if (nrow(shown) > 0) print(shown, row.names = FALSE)
  if (nrow(x$ties) > nrow(shown)) cat("  ... ", nrow(x$ties) - nrow(shown), " more ties\n", sep = "")
  invisible(x)
}
