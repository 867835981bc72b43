# The tests compare the package with the `pactgraph` command (PACTGRAPH_CLI) and run on the real
# data (PACTGRAPH_DATA_DIR, else the package's default folder). Both must be there: a test that
# cannot compare fails rather than skips.

command_path <- function() {
  cli <- Sys.getenv("PACTGRAPH_CLI", "")
  if (!nzchar(cli) || !file.exists(cli))
    stop("set PACTGRAPH_CLI to the pactgraph command (e.g. build/dev/src/cli/pactgraph); got '", cli, "'")
  cli
}

data_dir_for_tests <- function() {
  dir <- pg_data_dir()
  if (!file.exists(file.path(dir, "atop_v5.1", "atop5_1m.csv")))
    stop("the tests need the real data: set PACTGRAPH_DATA_DIR (docs/data.md); no ATOP files in '", dir, "'")
  dir
}

# The command's CSV as a data frame, as read.csv types it (empty fields NA).
command_csv <- function(...) {
  args <- c(...)
  out <- tempfile(fileext = ".csv")
  on.exit(unlink(out))
  status <- system2(command_path(), shQuote(c(args, "--format", "csv", "-q", "-o", out)), stdout = FALSE, stderr = FALSE)
  if (status != 0) stop("pactgraph ", paste(args, collapse = " "), " exited with ", status)
  utils::read.csv(out, stringsAsFactors = FALSE, na.strings = "")
}

# Expects `ours` (a data frame from the package) to hold the command's CSV: the same columns in the
# same order, the same rows, the same values. Dates compare as ISO text; a text column of ours
# compares as text (read.csv reads "3180" as a number), an all-NA column by value; integers and
# doubles by value. `without`:
# columns of the command's that the package gives elsewhere.
expect_command_equal <- function(ours, ..., without = character()) {
  theirs <- command_csv(...)
  theirs <- theirs[setdiff(names(theirs), without)]
  ours <- as.data.frame(lapply(ours, function(x) if (inherits(x, "Date")) format(x, "%Y-%m-%d") else x),
                        stringsAsFactors = FALSE)
  expect_identical(names(ours), names(theirs))
  for (column in intersect(names(ours), names(theirs))) {
    if (is.character(ours[[column]])) {
      theirs[[column]] <- as.character(theirs[[column]])
      # CSV writes empty text (no shared pacts) and missing text alike, as an empty field.
      ours[[column]][!is.na(ours[[column]]) & ours[[column]] == ""] <- NA
    }
    # read.csv reads an all-empty column as logical NA.
    if (is.logical(theirs[[column]]) && all(is.na(theirs[[column]]))) storage.mode(theirs[[column]]) <- typeof(ours[[column]])
  }
  expect_equal(ours, theirs, tolerance = 1e-12, ignore_attr = TRUE)
  invisible(theirs)
}

# Shared networks, loaded once per test run.
seed_net <- local({
  net <- NULL
  function() {
    if (is.null(net)) net <<- pg_seed()
    net
  }
})
atop_net <- local({
  net <- NULL
  function() {
    if (is.null(net)) net <<- pg_load_data_dir(data_dir_for_tests())
    net
  }
})
