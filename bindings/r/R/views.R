#' What a network holds
#'
#' `pg_info()` gives the tables of `pactgraph info`: `counts` (states, organisations, pacts, ties,
#' memberships), `sources` (each source with its coverage, `first` and `last`), and `imports`
#' (for a data folder, rows read, loaded and skipped per importer). Printing a network shows them.
#'
#' @inheritParams pg_render
#' @param x A network.
#' @param ... Not used.
#' @return A list of three data frames.
#' @examples
#' pg_info(pg_seed())$sources
#' @export
pg_info <- function(net) {
  out <- .pg(cpp_info(net))
  pg_frames(unclass(out)[c("counts", "sources", "imports")])
}

#' @rdname pg_info
#' @export
print.pactgraph_network <- function(x, ...) {
  info <- .pg(cpp_info(x))
  counts <- info$counts
  cat("<pactgraph network> ", attr(info, "description"), "\n", sep = "")
  cat(paste0("  ", paste(formatC(counts$count, big.mark = ",", format = "d"), counts$item, collapse = ", ")), "\n", sep = "")
  sources <- info$sources
  for (i in seq_len(nrow(sources)))
    cat("  source ", sources$source[i], ": ", sources$first[i], " to ", sources$last[i], "\n", sep = "")
  imports <- info$imports
  for (i in seq_len(nrow(imports)))
    if (imports$rows_skipped[i] > 0)
      cat("  import ", imports$source[i], ": ", imports$rows_skipped[i], " of ", imports$rows_read[i], " rows skipped\n", sep = "")
  invisible(x)
}

#' One actor
#'
#' The actor named by COW code, abbreviation or name, as `pactgraph` knows it: its code, name,
#' kind and the span of its spells in the state system (or of its existence).
#'
#' @inheritParams pg_render
#' @param actor A COW code (number or text), an abbreviation or a name, in any case.
#' @return A data frame of one row: `code, abbrev, name, kind, spells, first, last`.
#' @examples
#' pg_actor(pg_seed(), "uzb")
#' @export
pg_actor <- function(net, actor) pg_frame(.pg(cpp_actor(net, pg_name(actor, "actor"))))

#' Members of an organisation or a pact
#'
#' The members on a day of an organisation (its membership records) or of a pact (its member
#' spells, with what each pledges), as `pactgraph members`.
#'
#' @inheritParams pg_render
#' @param org An organisation (`"CSTO"`, `"NATO"`) or a pact by name or key (`"atop-4220"`).
#' @return A data frame: `date, group, code, abbrev, name, status, pledges` (`pledges`: kinds
#'   joined by `+`).
#' @examples
#' pg_members(pg_seed(), "CSTO")
#' @export
pg_members <- function(net, org, at = NULL) {
  pg_frame(.pg(cpp_members(net, pg_name(org, "org"), pg_date_text(at))))
}

#' An actor's ties on a day
#'
#' One row per active tie and kind (a tie of several kinds is listed under each), as
#' `pactgraph ties`.
#'
#' @inheritParams pg_render
#' @inheritParams pg_actor
#' @param kinds Tie kinds, as a vector or comma-separated: `"defence"`, `"offence"`,
#'   `"neutrality"`, `"non_aggression"`, `"consultation"`, `"basing"`, `"arms_transfer"`,
#'   `"information_exchange"`, `"intelligence_sharing"`, `"sanction"`, `"rivalry"`,
#'   `"membership"`, or the groups `"alliance"`, `"cooperation"`, `"hostile"`, `"all"` (`"any"`).
#'   `NULL`: every kind.
#' @return A data frame: `date, actor, kind, hostile, code, abbrev, name, pledged, received, via`.
#' @examples
#' pg_ties(pg_seed(), "Uzbekistan", kinds = "defence")
#' @export
pg_ties <- function(net, actor, at = NULL, kinds = NULL) {
  pg_frame(.pg(cpp_ties(net, pg_name(actor, "actor"), pg_date_text(at), pg_words(kinds, "kinds"))))
}

#' What changed between two days
#'
#' The member spells and ties that began or ended after `from` and up to `to`, as
#' `pactgraph diff`. A change's date is the first day it holds.
#'
#' @inheritParams pg_ties
#' @param from,to The two days (`Date` or ISO text).
#' @param actor Only the changes involving this actor; `NULL`: all.
#' @return A list of two data frames: `members` (`from, to, date, change, code, abbrev, name, via,
#'   pledges, hostile`) and `ties` (`from, to, date, change, a, b, kinds, sign, via`).
#' @examples
#' pg_diff(pg_seed(), "2005-01-01", "2007-05-30", actor = "UZB")$members
#' @export
pg_diff <- function(net, from, to, actor = NULL, kinds = NULL) {
  actor <- if (is.null(actor)) "" else pg_name(actor, "actor")
  out <- .pg(cpp_diff(net, pg_date_text(from, "from"), pg_date_text(to, "to"), actor, pg_words(kinds, "kinds")))
  pg_frames(out, dates = c("from", "to", "date"))
}
