# What every table from the library goes through on its way to the user: ISO date columns become
# Dates, and the notes (coverage, left-out ties, measures that did not converge) are given as
# messages of class `pactgraph_note` (silence them with suppressMessages()) and kept in
# attr(x, "notes").
pg_frame <- function(df, dates = iso_date_columns) {
  pg_notes(attr(df, "notes"))
  with_dates(df, dates)
}

# Tables answering one question (a snapshot's nodes and ties) carry the same notes: given once.
pg_frames <- function(tables, dates = iso_date_columns) {
  pg_notes(unique(unlist(lapply(tables, attr, "notes"))))
  lapply(tables, with_dates, dates)
}

iso_date_columns <- c("date", "start", "end", "first", "last")

with_dates <- function(df, dates) {
  for (column in intersect(dates, names(df)))
    if (is.character(df[[column]])) df[[column]] <- as.Date(df[[column]], format = "%Y-%m-%d")
  df
}

pg_notes <- function(notes) {
  for (note in notes)
    message(structure(class = c("pactgraph_note", "message", "condition"),
                      list(message = paste0("pactgraph: note: ", note, "\n"), call = NULL)))
}

# One optional word or a vector of words (kinds, measures) as the comma-separated text the library
# parses; NULL is "" (the default).
pg_words <- function(x, name, call = sys.call(-1)) {
  if (is.null(x)) return("")
  if (!is.character(x) || length(x) == 0 || anyNA(x) || !all(validUTF8(x)))
    pg_usage_error(paste0("`", name, "` must be text"), call)
  paste(x, collapse = ",")
}

# One name (an actor, an organisation, a pact): text, or a COW code as a number.
pg_name <- function(x, name, call = sys.call(-1)) {
  if (is.numeric(x) && length(x) == 1 && !is.na(x) && x == round(x) && abs(x) < 1e9) return(sprintf("%.0f", x))
  pg_text(x, name, "one name, abbreviation or COW code", call)
}

# One piece of text (a name, a file), valid UTF-8.
pg_text <- function(x, name, what = "one piece of text", call = sys.call(-1)) {
  if (!is.character(x) || length(x) != 1 || is.na(x) || !validUTF8(x))
    pg_usage_error(paste0("`", name, "` must be ", what), call)
  x
}
