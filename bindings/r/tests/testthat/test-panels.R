# State-years, dyad-years, dyad spells and similarity against the command's CSV, and the state-years
# against ATOP's own state-year file.

# The command's number of directed dyad-years in each year asked.
command_dyad_years_in <- function(...) {
  ddy <- command_csv("--data-dir", data_dir_for_tests(), "dyads", "--years", "1914:1939")
  vapply(c(...), function(y) sum(ddy$year == y), integer(1))
}

test_that("directed dyad-years 1815-2018 on ATOP: ATOP's 273,296 rows, the command's rows and flags", {
  dir <- data_dir_for_tests()
  ddy <- pg_dyad_years(atop_net(), 1815:2018)
  expect_identical(nrow(ddy), 273296L)
  expect_identical(names(ddy)[1:3], c("ccode1", "ccode2", "year"))
  expect_type(ddy$defense, "integer")
  expect_false(anyDuplicated(ddy[c("ccode1", "ccode2", "year")]) > 0)
  expect_command_equal(ddy, "--data-dir", dir, "dyads", "--years", "1815:2018")
})

test_that("undirected dyad-years, the system frame and picked years equal the command's", {
  dir <- data_dir_for_tests()
  udy <- pg_dyad_years(atop_net(), 1900:1950, undirected = TRUE)
  expect_true(all(udy$ccode1 < udy$ccode2))
  expect_command_equal(udy, "--data-dir", dir, "dyads", "--years", "1900:1950", "--undirected")
  frame <- pg_dyad_years(atop_net(), 1990:1991, all_pairs = TRUE)
  expect_command_equal(frame, "--data-dir", dir, "dyads", "--years", "1990:1991", "--all-pairs")
  # Where the frame and the allied dyad-years share a row, the flags agree.
  allied <- pg_dyad_years(atop_net(), 1990:1991)
  inner <- merge(allied, frame, by = c("ccode1", "ccode2", "year"))
  expect_gt(nrow(inner), 0.9 * nrow(allied))
  expect_identical(inner$defense.x, inner$defense.y)
  expect_identical(inner$atopids.x, inner$atopids.y)
  picked <- pg_dyad_years(atop_net(), c(1914, 1939))
  expect_identical(unique(picked$year), c(1914L, 1939L))
  expect_identical(nrow(picked), sum(command_dyad_years_in(1914, 1939)))
  expect_command_equal(pg_dyad_years(seed_net(), 2005:2007), "dyads", "--years", "2005:2007")
})

test_that("state-years equal the command's and ATOP's own state-year file", {
  dir <- data_dir_for_tests()
  sy <- pg_state_years(atop_net(), 1815:2018)
  expect_command_equal(sy, "--data-dir", dir, "states", "--years", "1815:2018")
  atop <- utils::read.csv(file.path(dir, "atop_v5.1", "atop5_1sy.csv"))
  names(atop)[names(atop) == "state"] <- "ccode"
  atop <- atop[order(atop$year, atop$ccode), ]
  expect_identical(nrow(sy), nrow(atop))
  expect_equal(sy[c("ccode", "year", "defense", "offense", "neutral", "nonagg", "consul")],
               atop[c("ccode", "year", "defense", "offense", "neutral", "nonagg", "consul")], ignore_attr = TRUE)
  expect_command_equal(pg_state_years(seed_net(), 2005:2007), "states", "--years", "2005:2007")
})

test_that("dyad spells equal the command's, with Dates for start and end", {
  dir <- data_dir_for_tests()
  spells <- pg_dyad_spells(atop_net(), "1990", "1991", undirected = TRUE)
  expect_s3_class(spells$start, "Date")
  expect_command_equal(spells, "--data-dir", dir, "dyads", "--spells", "--from", "1990", "--to", "1991", "--undirected")
  expect_command_equal(pg_dyad_spells(seed_net()), "dyads", "--spells")
  expect_error(pg_dyad_spells(seed_net(), "2007", "2005"), class = "pactgraph_usage_error")
})

test_that("similarity equals the command's, by year and on a day", {
  dir <- data_dir_for_tests()
  s <- pg_similarity(atop_net(), 1914:1916, dyads = c("RUS", "GMY"), measures = c("s_abs", "taub"))
  expect_identical(names(s), c("ccode1", "ccode2", "year", "s_abs", "taub"))
  expect_command_equal(s, "--data-dir", dir, "similarity", "--years", "1914:1916", "--dyads", "RUS,GMY",
                       "--measures", "s_abs,taub")
  expect_command_equal(pg_similarity(atop_net(), 1950), "--data-dir", dir, "similarity", "--years", "1950")
  expect_command_equal(pg_similarity(seed_net(), at = "2006-06-30", scale = "binary", direction = "given"),
                       "similarity", "--at", "2006-06-30", "--scale", "binary", "--direction", "given")
})

test_that("bad spans and options of the panels are usage errors", {
  expect_error(pg_dyad_years(atop_net(), 1700:1800), class = "pactgraph_usage_error")
  expect_error(pg_dyad_years(atop_net(), "1990"), class = "pactgraph_usage_error")
  expect_error(pg_state_years(atop_net(), NULL), class = "pactgraph_usage_error")
  expect_error(pg_similarity(seed_net(), 2007, measures = "s_ab"), class = "pactgraph_usage_error")
  expect_error(pg_similarity(seed_net(), 2007, weights = file.path(tempdir(), "none.csv")), class = "pactgraph_error")
})
