# A query date as the text the library parses: NULL is the default (the seed article's date,
# 2007-05-30), a Date its ISO form, text as given (YYYY, YYYY-MM, YYYY-MM-DD), a whole number a year.
pg_date_text <- function(at, name = "at", call = sys.call(-1)) {
  if (is.null(at)) return("")
  if (length(at) != 1 || is.na(at)) pg_usage_error(paste0("`", name, "` must be one date, not ", length(at), " values or NA"), call)
  if (inherits(at, "Date")) return(format(at, "%Y-%m-%d"))
  if (inherits(at, "POSIXt")) return(format(at, "%Y-%m-%d"))
  if (is.numeric(at) && at == round(at) && abs(at) < 1e9) return(sprintf("%.0f", at))
  if (is.character(at) && validUTF8(at)) return(at)
  pg_usage_error(paste0("`", name, "` must be a Date or text such as \"2007-05-30\" or \"2007\""), call)
}
