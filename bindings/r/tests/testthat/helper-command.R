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

# The command's CSV as a data frame: integers, reals and text as read.csv types them, empty fields NA.
command_csv <- function(...) {
  args <- c(...)
  out <- tempfile(fileext = ".csv")
  on.exit(unlink(out))
  status <- system2(command_path(), c(args, "--format", "csv", "-q", "-o", shQuote(out)), stdout = FALSE, stderr = FALSE)
  if (status != 0) stop("pactgraph ", paste(args, collapse = " "), " exited with ", status)
  utils::read.csv(out, stringsAsFactors = FALSE, na.strings = "", colClasses = command_col_classes(out))
}

# Text columns stay text even when every value looks like a number (abbreviations, atopids).
command_col_classes <- function(path) {
  header <- strsplit(readLines(path, n = 1), ",")[[1]]
  text <- c("abbrev", "name", "kind", "kinds", "status", "pledges", "via", "atopids", "date", "change",
            "actor", "a", "b", "source_abbrev", "target_abbrev", "hostile", "pledged", "received",
            "from", "to", "actors", "obliged_to", "members", "label")
  ifelse(header %in% text, "character", NA)
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
