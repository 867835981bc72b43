# pactgraph's ATOP dyad-years merged into a peacesciencer-shaped frame: every ordered pair of states
# in the COW state system in a year, keyed on ccode1, ccode2 and year, as
# peacesciencer::create_dyadyears(directed = TRUE) makes it. (peacesciencer is not a Debian
# package; the frame is built here from the COW state list the same way.)
#
#   Rscript examples/r/02_peacesciencer_merge.R [DATA_DIR]
library(pactgraph)

args <- commandArgs(trailingOnly = TRUE)
data <- if (length(args) > 0) args[1] else pg_data_dir()
years <- 1990:1992

# The frame: every ordered pair of distinct states with a spell in the system during the year.
states <- read.csv(file.path(data, "cow_states_v2016", "states2016.csv"))
system_years <- unique(do.call(rbind, lapply(seq_len(nrow(states)), function(i) {
  y <- intersect(states$styear[i]:states$endyear[i], years)
  if (length(y) > 0) data.frame(ccode = states$ccode[i], year = y)
})))
frame <- merge(system_years, system_years, by = "year", suffixes = c("1", "2"))
frame <- frame[frame$ccode1 != frame$ccode2, c("ccode1", "ccode2", "year")]

# pactgraph's directed dyad-years, with the flags under peacesciencer's names (the one-liner).
atop <- pg_load_data_dir(data, organisations = FALSE)
ddy <- pg_dyad_years(atop, years)
names(ddy)[-(1:3)] <- paste0("atop_", names(ddy)[-(1:3)])

merged <- merge(frame, ddy, by = c("ccode1", "ccode2", "year"), all.x = TRUE)
flags <- c("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
# ATOP covers these years: a pair without a shared pact has no obligation, so NA means 0 here.
merged[flags] <- lapply(merged[flags], function(x) ifelse(is.na(x), 0L, x))
merged <- merged[order(merged$year, merged$ccode1, merged$ccode2), ]

cat("Directed dyad-years of the COW state system, ", min(years), "-", max(years), ": ", nrow(merged), "\n", sep = "")
cat("pactgraph dyad-years merged in: ", sum(!is.na(merged$atop_number)), " of ", nrow(ddy), "\n", sep = "")
cat("\nDyad-years with each obligation, by year:\n")
counts <- aggregate(merged[flags], by = list(year = merged$year), FUN = sum)
names(counts) <- sub("^atop_", "", names(counts))
print(counts, row.names = FALSE)
cat("\nWhom the United States pledged to defend in 1991:", nrow(merged[merged$ccode1 == 2 & merged$year == 1991 &
                                                                  merged$atop_defense == 1, ]), "states\n")
cat("\nThe first rows:\n")
print(head(merged[merged$atop_defense == 1, c("ccode1", "ccode2", "year", flags, "atop_atopids")], 5), row.names = FALSE)
