# centrality, stats, path, cascade, blocs and balance against the command's CSV.

# The command's shape of a frame the package renamed for peacesciencer: code for ccode, and the
# 31 December of each year as the date, in the command's column order.
as_command_shape <- function(df) {
  names(df)[names(df) == "ccode"] <- "code"
  if ("year" %in% names(df)) {
    df$date <- paste0(df$year, "-12-31")
    df$year <- NULL
  }
  front <- intersect(c("date", "code", "abbrev", "name"), names(df))
  df[c(front, setdiff(names(df), front))]
}

test_that("centrality on a day equals the command's, with ccode, abbrev, name, date first", {
  c1 <- pg_centrality(seed_net())
  expect_identical(names(c1)[1:4], c("ccode", "abbrev", "name", "date"))
  expect_command_equal(as_command_shape(c1), "centrality")
  c2 <- pg_centrality(seed_net(), at = as.Date("2006-06-30"), metrics = c("katz", "degree"), normalization = "igraph")
  expect_identical(names(c2), c("ccode", "abbrev", "name", "date", "degree", "katz"))
  expect_command_equal(as_command_shape(c2), "centrality", "--at", "2006-06-30", "--metrics", "katz,degree",
                       "--normalization", "igraph")
  dir <- data_dir_for_tests()
  expect_command_equal(as_command_shape(pg_centrality(atop_net(), at = "1914-07-28")),
                       "--data-dir", dir, "centrality", "--at", "1914-07-28")
})

test_that("centrality over years is a state-year frame equal to the command's series", {
  dir <- data_dir_for_tests()
  sy <- suppressMessages(pg_centrality(atop_net(), years = 1946:1960))  # Katz diverges: a note
  expect_identical(names(sy), c("ccode", "abbrev", "name", "year", "degree", "betweenness", "closeness",
                                "harmonic", "eigenvector", "pagerank", "katz"))
  expect_type(sy$ccode, "integer")
  expect_type(sy$year, "integer")
  expect_identical(sort(unique(sy$year)), 1946:1960)
  expect_false(anyDuplicated(sy[c("ccode", "year")]) > 0)
  expect_command_equal(as_command_shape(sy), "--data-dir", dir, "centrality", "--years", "1946:1960")
  # Years that are not a span: the snapshots of those years only, the same values.
  picked <- pg_centrality(atop_net(), years = c(1914, 1918), metrics = "betweenness")
  expect_identical(unique(picked$year), c(1914L, 1918L))
  all <- command_csv("--data-dir", dir, "centrality", "--years", "1914:1918", "--metrics", "betweenness")
  all <- all[all$date %in% c("1914-12-31", "1918-12-31"), ]
  expect_equal(as_command_shape(picked), all, ignore_attr = TRUE, tolerance = 1e-12)
})

test_that("a measure that does not converge is NA with a note", {
  expect_message(c1 <- pg_centrality(seed_net(), metrics = "eigenvector", max_iterations = 1), class = "pactgraph_note")
  expect_true(all(is.na(c1$eigenvector)))
  expect_command_equal(as_command_shape(c1), "centrality", "--metrics", "eigenvector", "--max-iterations", "1")
})

test_that("stats equal the command's, by date or by year", {
  expect_command_equal(pg_stats(seed_net()), "stats")
  by_year <- pg_stats(seed_net(), years = 2005:2006)
  expect_identical(by_year$year, 2005:2006)
  expect_command_equal(as_command_shape(by_year), "stats", "--years", "2005:2006")
  dir <- data_dir_for_tests()
  expect_command_equal(as_command_shape(pg_stats(atop_net(), years = 1900:1920)), "--data-dir", dir, "stats", "--years", "1900:1920")
})

test_that("path, cascade, blocs and balance equal the command's", {
  p <- pg_path(seed_net(), "ARM", "USA", at = "2005-06-30", kinds = "any")
  expect_command_equal(p$paths, "path", "ARM", "USA", "--at", "2005-06-30", "--kinds", "any")
  expect_command_equal(p$steps, "path", "ARM", "USA", "--at", "2005-06-30", "--kinds", "any", "--table", "steps")
  p <- pg_path(seed_net(), "ARM", "UZB", all = TRUE)
  expect_command_equal(p$paths, "path", "ARM", "UZB", "--all")
  expect_command_equal(pg_cascade(seed_net(), "UZB"), "cascade", "UZB")
  expect_command_equal(pg_cascade(seed_net(), "Uzbekistan", obligations = c("defence", "consultation"), max_hops = 1),
                       "cascade", "Uzbekistan", "--obligations", "defence,consultation", "--max-hops", "1")
  b <- pg_blocs(seed_net(), method = "communities", seed = 7)
  expect_command_equal(b$blocs, "blocs", "--method", "communities", "--seed", "7")
  expect_command_equal(b$members, "blocs", "--method", "communities", "--seed", "7", "--table", "members")
  expect_command_equal(pg_balance(seed_net()), "balance")
  dir <- data_dir_for_tests()
  expect_command_equal(pg_path(atop_net(), "USA", "RUS", at = "1962")$steps,
                       "--data-dir", dir, "path", "USA", "RUS", "--at", "1962", "--table", "steps")
  expect_command_equal(pg_cascade(atop_net(), "POL", at = "1939-09-01"), "--data-dir", dir, "cascade", "POL", "--at", "1939-09-01")
})

test_that("path lengths are named as the command's --length, and equal igraph's distances", {
  p <- pg_path(seed_net(), "ARM", "USA", at = "2005-06-30", kinds = "any", length = "multiplicity")
  expect_command_equal(p$paths, "path", "ARM", "USA", "--at", "2005-06-30", "--kinds", "any", "--length", "multiplicity")
  # weighted = TRUE is the older spelling of length = "inverse_multiplicity", as --weighted is.
  expect_identical(pg_path(seed_net(), 704, 371, at = "2007", k = 3, weighted = TRUE),
                   pg_path(seed_net(), 704, 371, at = "2007", k = 3, length = "inverse_multiplicity"))
  expect_command_equal(pg_path(seed_net(), 704, 371, at = "2007", k = 3, length = "inverse_multiplicity")$paths,
                       "path", "704", "371", "--at", "2007", "--k", "3", "--weighted")
  g <- as_igraph(pg_snapshot(seed_net(), "2005-06-30", kinds = "any"))
  ties <- igraph::E(g)$multiplicity
  for (length in c("hops", "multiplicity", "inverse_multiplicity")) {
    weights <- switch(length, hops = rep(1, length(ties)), multiplicity = ties, inverse_multiplicity = 1 / ties)
    expected <- igraph::distances(g, "ARM", "USA", weights = weights)[1, 1]
    got <- pg_path(seed_net(), "ARM", "USA", at = "2005-06-30", kinds = "any", length = length)$paths$length
    expect_equal(got, expected, tolerance = 1e-12, info = length)
  }
  expect_error(pg_path(seed_net(), "ARM", "USA", weighted = TRUE, length = "hops"), class = "pactgraph_usage_error")
  expect_error(pg_path(seed_net(), "ARM", "USA", length = "ties"), class = "pactgraph_usage_error")
  expect_error(pg_path(seed_net(), "ARM", "USA", length = 2), class = "pactgraph_usage_error")
})

test_that("an unknown actor is a lookup error offering the closest names", {
  err <- expect_error(pg_actor(seed_net(), "Atlantis"), class = "pactgraph_lookup_error")
  expect_false(inherits(err, "pactgraph_usage_error"))
  err <- expect_error(pg_path(seed_net(), "UZB", "Kazakstan"), class = "pactgraph_lookup_error")
  expect_match(conditionMessage(err), "did you mean 'Kazakhstan'?", fixed = TRUE)
})

test_that("bad options of the analyses are usage errors", {
  expect_error(pg_centrality(seed_net(), at = "2007", years = 2005:2007), class = "pactgraph_usage_error")
  expect_error(pg_centrality(seed_net(), metrics = "betweeness"), class = "pactgraph_usage_error")
  expect_error(pg_centrality(seed_net(), normalization = "pajek"), class = "pactgraph_usage_error")
  expect_error(pg_centrality(seed_net(), tolerance = -1), class = "pactgraph_usage_error")
  expect_error(pg_centrality(seed_net(), years = c(1990, NA)), class = "pactgraph_usage_error")
  expect_error(pg_path(seed_net(), "ARM", "UZB", all = TRUE, k = 2), class = "pactgraph_usage_error")
  expect_error(pg_blocs(seed_net(), method = "cores"), class = "pactgraph_usage_error")
})
