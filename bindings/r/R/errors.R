#' Errors raised by pactgraph
#'
#' Every error pactgraph raises is a condition with the classes
#' `c("pactgraph_<kind>_error", "pactgraph_error", "error", "condition")`, so it can be caught by
#' kind with [tryCatch()]:
#'
#' \describe{
#'   \item{`pactgraph_parse_error`}{an input that is not well formed (malformed JSON or CSV).}
#'   \item{`pactgraph_data_error`}{well-formed input with wrong content, or a data file that is missing.}
#'   \item{`pactgraph_usage_error`}{an argument that cannot be used: a bad date, kind or option.}
#'   \item{`pactgraph_lookup_error`}{an unknown actor, organisation or pact; the message suggests the closest names.}
#'   \item{`pactgraph_output_error`}{a file that cannot be written (the file is then as it was).}
#'   \item{`pactgraph_render_error`}{Graphviz failed to lay out or draw a diagram.}
#'   \item{`pactgraph_convergence_error`}{an iterative measure did not settle.}
#'   \item{`pactgraph_internal_error`}{a bug; please report it.}
#' }
#'
#' Besides `message` and `call`, the condition carries `file`, `line`, `column` and `pointer`
#' (a JSON pointer), `NA` where unknown.
#'
#' @name pactgraph_errors
#' @examples
#' bad <- tempfile(fileext = ".json")
#' writeLines("{ \"actors\": [", bad)
#' err <- tryCatch(pg_load(bad), pactgraph_parse_error = function(e) e)
#' class(err)
#' c(err$line, err$column)
NULL

pg_condition <- function(kind, message, call = NULL, file = NA_character_, line = NA_integer_,
                         column = NA_integer_, pointer = NA_character_) {
  where <- if (is.na(file)) "" else file
  if (!is.na(line)) where <- paste0(where, ":", line, if (!is.na(column)) paste0(":", column) else "")
  else if (!is.na(pointer)) where <- paste0(where, ":", pointer)
  text <- if (nzchar(where)) paste0(where, ": ", message) else message
  classes <- if (kind == "error") "pactgraph_error" else c(paste0("pactgraph_", kind), "pactgraph_error")
  structure(class = c(classes, "error", "condition"),
            list(message = text, call = call, file = file, line = line, column = column, pointer = pointer))
}

# The value of a C++ entry point, or its failure raised as a condition of the caller of `.pg()`.
.pg <- function(value) {
  if (inherits(value, "pactgraph_failure"))
    stop(pg_condition(value$kind, value$message, sys.call(-1), value$file, value$line, value$column, value$pointer))
  value
}

# An argument error found in R, raised like the library's usage errors.
pg_usage_error <- function(message, call = sys.call(-1)) stop(pg_condition("usage_error", message, call))
