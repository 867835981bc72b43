# The seed scenario on the article's date, from R: who is in the CSTO, whom Uzbekistan is tied to,
# what changed since 2005, and who must defend Uzbekistan if it is attacked. It prints the report
# of the C++ example examples/01_central_asia_2007.cpp, line for line.
#
#   Rscript examples/r/01_central_asia.R
library(pactgraph)

net <- pg_seed()
day <- as.Date("2007-05-30")
sorted <- function(x) sort(unique(x), method = "radix")  # byte order, as the C++ example's std::set
list_line <- function(x) paste(sorted(x), collapse = ", ")

csto <- pg_members(net, "CSTO", at = day)
cat("Central Asia on ", format(day), "\n\n", csto$group[1], ", ", nrow(csto), " members:\n  ",
    list_line(csto$name), "\n", sep = "")

# One row per tie and kind; hostile kinds are marked.
ties <- pg_ties(net, "Uzbekistan", at = day)
ties$label <- paste0(ties$kind, ifelse(ties$hostile == "yes", " (hostile)", ""))
cat("\nUzbekistan's partners by tie kind:\n")
for (kind in sorted(ties$label)) cat("  ", kind, ": ", list_line(ties$name[ties$label == kind]), "\n", sep = "")

since <- as.Date("2005-01-01")
changes <- pg_diff(net, since, day, actor = "Uzbekistan")$members
cat("\nChanges for Uzbekistan after ", format(since), " up to ", format(day), ":\n", sep = "")
what <- sub("^membership of ", "membership of the ", changes$via)
cat(sprintf("  %s  %s  %s%s\n", format(changes$date), changes$change, what,
            ifelse(changes$hostile == "yes", " (hostile)", "")), sep = "")

# The first hop of the defence cascade: who pledges to defend Uzbekistan itself, and by which pacts.
defenders <- pg_cascade(net, "Uzbekistan", at = day, obligations = "defence", max_hops = 1)
cat("\nObliged to defend Uzbekistan if it is attacked:\n")
for (state in sorted(defenders$name)) {
  pacts <- unlist(strsplit(defenders$via[defenders$name == state], "; ", fixed = TRUE))
  cat("  ", state, ": ", list_line(pacts), "\n", sep = "")
}

sources <- pg_info(net)$sources
if (all(sources$last <= day)) cat("\nThe data end on ", format(sources$last[1]), ".\n", sep = "")
