#' Draw a network on a day
#'
#' Draws every actor and every tie active on the day, hostile ties included, through Graphviz,
#' as `pactgraph render` does. The format comes from the file's extension: `.svg`, `.png` or
#' `.pdf`. The file is written whole or not at all.
#'
#' @param net A network from [pg_seed()], [pg_load()] or [pg_load_data_dir()].
#' @param at The day: a `Date`, or text `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"` (a partial date
#'   means its last day). `NULL` is 2007-05-30, the seed scenario's day.
#' @param file Where to write the image.
#' @param engine The Graphviz layout: `"dot"`, `"neato"`, `"fdp"`, `"sfdp"` or `"circo"`.
#' @param kinds,actors Narrow the picture (see [pg_snapshot()]); `NULL`: every tie kind and every actor.
#' @param clusters Whether to box each organisation with its members.
#' @param size_by One measure (`"degree"`, `"betweenness"`, `"closeness"`, `"harmonic"`,
#'   `"eigenvector"`, `"pagerank"` or `"katz"`) on the standard snapshot, as [pg_centrality()] gives
#'   it, by which nodes grow and darken; `NULL`: every node alike.
#' @return `file`, invisibly. Graphviz's warnings, and a measure that did not converge, are given as
#'   R warnings.
#' @examples
#' svg <- tempfile(fileext = ".svg")
#' pg_render(pg_seed(), "2007-05-30", svg)
#' file.size(svg) > 0
#' @export
pg_render <- function(net, at = NULL, file, engine = "dot", kinds = NULL, actors = NULL, clusters = FALSE,
                      size_by = NULL) {
  file <- path.expand(pg_text(file, "file", "one file name"))
  engine <- pg_text(engine, "engine", "one of dot, neato, fdp, sfdp, circo")
  size_by <- if (is.null(size_by)) "" else pg_text(size_by, "size_by", "one measure name")
  notes <- .pg(cpp_render(net, pg_date_text(at), file, engine, pg_words(kinds, "kinds"),
                              pg_words(actors, "actors"), isTRUE(clusters), size_by))
  for (w in notes$graphviz) warning("graphviz: ", w, call. = FALSE)
  for (w in notes$measure) warning(w, call. = FALSE)
  invisible(file)
}
