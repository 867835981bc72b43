#' Centrality of every actor, on a day or as state-years
#'
#' One column per measure for every actor of the standard snapshot (states in the system, alliance
#' ties), as `pactgraph centrality`; values follow networkx's defaults unless `normalization` says
#' otherwise. With `years`, one snapshot per 31 December, computed in parallel, as a state-year
#' frame ready to merge with peacesciencer's `create_stateyears()` on `ccode` and `year`.
#'
#' A measure that does not converge on a day is `NA` there, with a message (class
#' `pactgraph_note`) naming the limits; the other measures are still given.
#'
#' @inheritParams pg_ties
#' @param years Whole years, e.g. `1816:2018`; the snapshots of every 31 December from the first
#'   to the last are computed and the years asked for are kept. Give `at` or `years`, not both.
#' @param metrics Measures among `"degree"`, `"betweenness"`, `"closeness"`, `"harmonic"`,
#'   `"eigenvector"`, `"pagerank"`, `"katz"`; `NULL`: all.
#' @param normalization `"networkx"`, `"igraph"` or `"raw"`.
#' @param tolerance,max_iterations When eigenvector, PageRank and Katz stop (networkx's rule);
#'   `max_iterations = NULL` is each measure's default (100; Katz 1000).
#' @param kinds,actors Which ties and actors (see [pg_snapshot()]); `NULL`: the standard snapshot.
#' @param threads Threads for a span of years; 0: every hardware thread.
#' @return A data frame. With `years`: `ccode, abbrev, name, year` and the measures, one row per
#'   state and year. With `at`: `ccode, abbrev, name, date` and the measures. `ccode` is `NA` for
#'   an organisation.
#' @examples
#' pg_centrality(pg_seed(), metrics = c("degree", "betweenness"))
#' pg_centrality(pg_seed(), years = 2005:2007, metrics = "degree")
#' @export
pg_centrality <- function(net, at = NULL, years = NULL, metrics = NULL, normalization = "networkx",
                          tolerance = 1e-6, max_iterations = NULL, kinds = NULL, actors = NULL, threads = 0) {
  span <- pg_span(at, years)
  out <- .pg(cpp_centrality(net, pg_date_text(at), span, pg_words(metrics, "metrics"),
                            pg_words(normalization, "normalization"), pg_number(tolerance, "tolerance"),
                            pg_count(max_iterations, "max_iterations"), pg_words(kinds, "kinds"),
                            pg_words(actors, "actors"), pg_count(threads, "threads")))
  by_actor(keep_years(pg_frame(out), years))
}

#' Whole-network statistics, on a day or as system-years
#'
#' Vertices, edges, density, transitivity, average clustering, the largest component with its
#' diameter and radius, and degree assortativity (`NA` when undefined) of the standard snapshot,
#' as `pactgraph stats`.
#'
#' @inheritParams pg_centrality
#' @return A data frame, one row per day: `date` (or `year`, with `years`), `vertices`, `edges`,
#'   `density`, `transitivity`, `average_clustering`, `largest_component`, `diameter`, `radius`,
#'   `assortativity`.
#' @examples
#' pg_stats(pg_seed(), years = 2005:2007)
#' @export
pg_stats <- function(net, at = NULL, years = NULL, kinds = NULL, actors = NULL, threads = 0) {
  span <- pg_span(at, years)
  out <- .pg(cpp_stats(net, pg_date_text(at), span, pg_words(kinds, "kinds"), pg_words(actors, "actors"),
                       pg_count(threads, "threads")))
  keep_years(pg_frame(out), years)
}

#' Shortest paths between two actors
#'
#' The shortest path in the snapshot of a day (the lexicographically smallest among equals), every
#' shortest path (`all`), or the `k` shortest simple paths, as `pactgraph path`.
#'
#' @inheritParams pg_centrality
#' @param from,to The two actors (COW code, abbreviation or name).
#' @param all Every shortest path.
#' @param k The `k` shortest simple paths (Yen); `NULL`: one shortest path.
#' @param weighted The older spelling of `length = "inverse_multiplicity"`.
#' @param length How long a step is: `"hops"` (`NULL`, the default), `"multiplicity"` (the number of
#'   ties between the pair) or `"inverse_multiplicity"` (1 / the number of ties).
#' @return A list of two data frames: `paths` (`date, path, length, hops, actors`) and `steps`
#'   (`date, path, step, from, to, via`).
#' @examples
#' pg_path(pg_seed(), "ARM", "USA", at = "2005-06-30", kinds = "any")$steps
#' @export
pg_path <- function(net, from, to, at = NULL, all = FALSE, k = NULL, weighted = FALSE, kinds = NULL, actors = NULL,
                    length = NULL) {
  if (isTRUE(weighted) && !is.null(length)) pg_usage_error("give `weighted` or `length`, not both")
  length <- if (isTRUE(weighted)) "inverse_multiplicity" else if (is.null(length)) "hops" else
    pg_text(length, "length", "one of hops, multiplicity, inverse_multiplicity")
  out <- .pg(cpp_path(net, pg_name(from, "from"), pg_name(to, "to"), pg_date_text(at), isTRUE(all), pg_count(k, "k"),
                      length, pg_words(kinds, "kinds"), pg_words(actors, "actors")))
  pg_frames(out)
}

#' Who is obliged to fight if an actor is attacked
#'
#' States pledging the obligations to `target` are drawn in at hop 1; each of them is then treated
#' as attacked too, and so on (chain-ganging), as `pactgraph cascade`.
#'
#' @inheritParams pg_centrality
#' @param target The actor attacked.
#' @param obligations The obligations that draw a state in (see the kinds of [pg_ties()]).
#' @param max_hops Stop after this many hops (1: the direct defenders); `NULL`: no limit.
#' @return A data frame: `date, target, code, abbrev, name, hop, obliged_to, pledges, via`, one
#'   row per obligation that draws a state in.
#' @examples
#' pg_cascade(pg_seed(), "UZB", max_hops = 1)
#' @export
pg_cascade <- function(net, target, at = NULL, obligations = "defence", max_hops = NULL) {
  pg_frame(.pg(cpp_cascade(net, pg_name(target, "target"), pg_date_text(at), pg_words(obligations, "obligations"),
                           pg_count(max_hops, "max_hops"))))
}

#' Blocs of a snapshot
#'
#' Connected components, k-core shells, maximal cliques or Louvain communities (seeded, so the
#' same question gives the same blocs), as `pactgraph blocs`.
#'
#' @inheritParams pg_centrality
#' @param method `"components"`, `"kcore"`, `"cliques"` or `"communities"`.
#' @param min_size Leave out blocs smaller than this.
#' @param seed The seed of the community search.
#' @return A list of two data frames, `blocs` (one row per bloc) and `members` (one row per member).
#' @examples
#' pg_blocs(pg_seed(), method = "cliques")$blocs
#' @export
pg_blocs <- function(net, at = NULL, method = "components", min_size = 1, seed = 1, kinds = NULL, actors = NULL) {
  out <- .pg(cpp_blocs(net, pg_date_text(at), pg_words(method, "method"), pg_count(min_size, "min_size"),
                       pg_number(seed, "seed"), pg_words(kinds, "kinds"), pg_words(actors, "actors")))
  pg_frames(out)
}

#' Structural balance of the signed snapshot
#'
#' The census of triangles by sign pattern and the balance ratio, as `pactgraph balance`. Its
#' default view keeps every actor and every alliance, cooperative and hostile tie.
#'
#' @inheritParams pg_centrality
#' @return A data frame: `date, balance_ratio, pattern, balanced, count`.
#' @examples
#' pg_balance(pg_seed())
#' @export
pg_balance <- function(net, at = NULL, kinds = NULL, actors = NULL) {
  pg_frame(.pg(cpp_balance(net, pg_date_text(at), pg_words(kinds, "kinds"), pg_words(actors, "actors"))))
}

# A span of years as c(first, last) for the library, or integer(0) for a day.
pg_span <- function(at, years, call = sys.call(-1)) {
  if (is.null(years)) return(integer())
  if (!is.null(at)) pg_usage_error("give `at` or `years`, not both", call)
  if (!is.numeric(years) || length(years) == 0 || anyNA(years) || any(years != round(years)) ||
      any(years < 1 | years > 9999))
    pg_usage_error("`years` must be whole years from 1 to 9999, e.g. 1816:2018", call)
  as.integer(range(years))
}

# The rows of the years asked for, with `year` for the 31 December the library dates them by.
keep_years <- function(df, years) {
  if (is.null(years)) return(df)
  year <- as.integer(format(df$date, "%Y"))
  kept <- df[year %in% years, setdiff(names(df), "date"), drop = FALSE]
  out <- cbind(year = year[year %in% years], kept)
  rownames(out) <- NULL
  attr(out, "notes") <- attr(df, "notes")
  out
}

# peacesciencer's names and order: ccode, abbrev, name, then year or date, then the measures.
by_actor <- function(df) {
  names(df)[names(df) == "code"] <- "ccode"
  time <- intersect(c("year", "date"), names(df))
  front <- c("ccode", "abbrev", "name", time)
  out <- df[c(front, setdiff(names(df), front))]
  attr(out, "notes") <- attr(df, "notes")
  out
}

pg_number <- function(x, name, call = sys.call(-1)) {
  if (!is.numeric(x) || length(x) != 1 || is.na(x)) pg_usage_error(paste0("`", name, "` must be one number"), call)
  as.double(x)
}

# A count for the library, where 0 means "not given".
pg_count <- function(x, name, call = sys.call(-1)) {
  if (is.null(x)) return(0L)
  if (!is.numeric(x) || length(x) != 1 || is.na(x) || x < 0 || x != round(x) || x > .Machine$integer.max)
    pg_usage_error(paste0("`", name, "` must be a whole number of at least 0"), call)
  as.integer(x)
}
