#' State-years as ATOP codes them
#'
#' One row per state and year in which the state is in some pact, as `pactgraph states` and
#' ATOP's `atop5_1sy.csv`: `ccode, year, atopally, defense, offense, neutral, nonagg, consul`
#' (0/1: what the state pledges to anyone), one more 0/1 column per other kind a native dataset's
#' pacts pledge, `number, transyr, atopids` (the pacts' ATOP ids, space-separated). The rules are
#' in `docs/panels.md`.
#'
#' It merges with peacesciencer's `create_stateyears()` on `ccode` and `year`; rename the flags
#' with `names(sy)[-(1:2)] <- paste0("atop_", names(sy)[-(1:2)])`.
#'
#' @inheritParams pg_centrality
#' @param years Whole years, e.g. `1815:2018`; the span from the first to the last is computed
#'   and the years asked for are kept.
#' @return A data frame sorted by year, then ccode.
#' @examples
#' pg_state_years(pg_seed(), 2006:2007)
#' @export
pg_state_years <- function(net, years, threads = 0) {
  span <- pg_span(NULL, years)
  out <- .pg(cpp_state_years(net, span[1], span[2], pg_count(threads, "threads")))
  only_years(pg_frame(out), years)
}

#' Dyad-years as ATOP codes them, keyed for peacesciencer
#'
#' Directed dyad-years (A's obligations toward B), undirected ones (`ccode1 < ccode2`,
#' obligations either way), or with `all_pairs` every pair of states in the state system on a
#' common day of the year, allied or not, as `pactgraph dyads`. Columns: `ccode1, ccode2, year,
#' defense, offense, neutral, nonagg, consul` (0/1), one more 0/1 column per other kind a native
#' dataset's pacts pledge, `shareob, transyr, bilatno, multino, number, asymm, obvary, atopids`.
#' On ATOP 5.1 the directed dyad-years 1815-2018 are ATOP's 273,296 rows; `docs/panels.md` gives
#' the rules. In the system frame, years no source of pacts covers have `NA` flags: unknown, not 0.
#'
#' The keys are peacesciencer's. Its ATOP columns are named `atop_defense`, ...; one line gives
#' every column after the keys that prefix before a merge:
#'
#' \preformatted{ddy <- pg_dyad_years(net, 1816:2010)
#' names(ddy)[-(1:3)] <- paste0("atop_", names(ddy)[-(1:3)])
#' merge(create_dyadyears(subset_years = 1816:2010), ddy,
#'       by = c("ccode1", "ccode2", "year"), all.x = TRUE)}
#'
#' @inheritParams pg_state_years
#' @param undirected One row per pair, `ccode1 < ccode2`, obligations either way.
#' @param all_pairs Every pair in the state system, with zeros where not allied.
#' @return A data frame sorted by year, ccode1, ccode2.
#' @examples
#' pg_dyad_years(pg_seed(), 2007)
#' @export
pg_dyad_years <- function(net, years, undirected = FALSE, all_pairs = FALSE, threads = 0) {
  span <- pg_span(NULL, years)
  out <- .pg(cpp_dyad_years(net, span[1], span[2], isTRUE(undirected), isTRUE(all_pairs), pg_count(threads, "threads")))
  only_years(pg_frame(out), years)
}

#' Dyad spells
#'
#' One row per pair of states per maximal spell of constant shared pacts and obligations, at day
#' precision, as `pactgraph dyads --spells`: `ccode1, ccode2, start, end` (`end`: the first day
#' the pair no longer shares these pacts, `NA` while still running at the end of the data), the
#' obligation flags, `shareob, bilatno, multino, number, asymm, obvary, atopids`.
#'
#' @inheritParams pg_dyad_years
#' @param from,to Keep the spells overlapping these days: `from` a partial date means its first
#'   day, `to` its last. `NULL`: from the first or to the last day of the data.
#' @return A data frame sorted by ccode1, ccode2, start; `start` and `end` are Dates.
#' @examples
#' pg_dyad_spells(pg_seed(), "2005", "2007", undirected = TRUE)
#' @export
pg_dyad_spells <- function(net, from = NULL, to = NULL, undirected = FALSE) {
  pg_frame(.pg(cpp_dyad_spells(net, pg_date_text(from, "from"), pg_date_text(to, "to"), isTRUE(undirected))))
}

#' Alliance-portfolio similarity of every pair of states
#'
#' Signorino and Ritter's S, Cohen's kappa, Scott's pi and Kendall's tau-b of the alliance
#' portfolios of every pair of states in the system (`ccode1 < ccode2`), per year or on a day, as
#' `pactgraph similarity`; `docs/similarity.md` gives the definitions and conventions.
#'
#' @inheritParams pg_centrality
#' @param years Whole years; the span from the first to the last is computed and the years asked
#'   for are kept. Give `at` or `years`.
#' @param measures Among `"s_abs"`, `"s_sq"`, `"s_bin"`, `"kappa"`, `"pi"`, `"kappa_bin"`,
#'   `"pi_bin"`, `"taub"`; `NULL`: all.
#' @param scale `"valued"`, `"binary"` or a mapping such as
#'   `"defense=3,offense=3,neutral=2,nonagg=2,consul=1"`.
#' @param direction `"either"`, `"given"` or `"received"`.
#' @param weights A CSV file of weights for S (see `docs/similarity.md`); `NULL`: every weight 1.
#' @param dyads One pair, e.g. `c("RUS", "GMY")` or `"RUS,GMY"`; `NULL`: every pair.
#' @return A data frame: `ccode1, ccode2, year` (or `date`), one column per measure (`NA` where
#'   undefined).
#' @examples
#' pg_similarity(pg_seed(), 2006:2007, measures = c("s_abs", "taub"))
#' @export
pg_similarity <- function(net, years = NULL, at = NULL, measures = NULL, scale = "valued", direction = "either",
                          weights = NULL, dyads = NULL, threads = 0) {
  span <- pg_span(at, years)
  weights <- if (is.null(weights)) "" else path.expand(pg_text(weights, "weights", "one file name"))
  out <- .pg(cpp_similarity(net, pg_date_text(at), span, pg_words(measures, "measures"), pg_words(scale, "scale"),
                            pg_words(direction, "direction"), weights, pg_words(dyads, "dyads"),
                            pg_count(threads, "threads")))
  only_years(pg_frame(out), years)
}

# The rows of the years asked for, when they are not the whole span.
only_years <- function(df, years) {
  if (is.null(years) || all(seq(min(years), max(years)) %in% years)) return(df)
  kept <- df[df$year %in% years, , drop = FALSE]
  rownames(kept) <- NULL
  attr(kept, "notes") <- attr(df, "notes")
  kept
}
