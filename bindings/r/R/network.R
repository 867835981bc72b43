#' Load a pactgraph network
#'
#' `pg_seed()` gives the built-in seed scenario (Central Asia, May 2007), which needs no files.
#' `pg_load()` reads a native JSON dataset. `pg_load_data_dir()` reads a data folder with ATOP 5.1,
#' the COW state system and COW IGO memberships (`atop_v5.1/`, `cow_states_v2016/`, `cow_igo_v3/`).
#'
#' A network is an external pointer to the compiled network, of class `pactgraph_network`; printing
#' it shows its counts and the coverage of each source. It lives as long as the R session: it
#' cannot be saved with [saveRDS()] (load it again instead).
#'
#' @param path For `pg_load()`, a JSON dataset. For `pg_load_data_dir()`, the data folder; `NULL`
#'   takes the environment variable `PACTGRAPH_DATA_DIR`, else the folder the package was built
#'   with (as the `pactgraph` command does).
#' @param organisations Whether to read COW IGO memberships (CSTO, NATO, CIS, SCO, EU). Their file
#'   is large; without them loading is faster and the state-level panels are the same.
#' @param lenient `FALSE` (the default) stops at the first bad row with its file, line and
#'   column; `TRUE` skips bad rows and counts them (see `print()`).
#' @return A `pactgraph_network`.
#' @seealso [pactgraph_errors] for the conditions raised on bad input.
#' @examples
#' net <- pg_seed()
#' net
#' \dontrun{
#' atop <- pg_load_data_dir()   # PACTGRAPH_DATA_DIR or the built-in default
#' }
#' @export
pg_seed <- function() .pg(cpp_seed())

#' @rdname pg_seed
#' @export
pg_load <- function(path) {
  .pg(cpp_load(path.expand(pg_text(path, "path", "one file name"))))
}

#' @rdname pg_seed
#' @export
pg_load_data_dir <- function(path = NULL, organisations = TRUE, lenient = FALSE) {
  if (is.null(path)) path <- pg_data_dir()
  .pg(cpp_load_data_dir(path.expand(pg_text(path, "path", "one folder name")), isTRUE(organisations), isTRUE(lenient)))
}

#' The default data folder
#'
#' The folder [pg_load_data_dir()] reads when given no path: the environment variable
#' `PACTGRAPH_DATA_DIR` when set, else the folder the package was built with.
#' @return A path.
#' @examples
#' pg_data_dir()
#' @export
pg_data_dir <- function() .pg(cpp_data_dir())
