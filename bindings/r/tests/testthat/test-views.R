# members, ties, diff, snapshot and info against the command's CSV, on the seed and on ATOP.

test_that("members equal the command's, on the seed and on real data", {
  expect_command_equal(pg_members(seed_net(), "CSTO"), "members", "CSTO")
  expect_command_equal(pg_members(seed_net(), "Collective Security Treaty", at = as.Date("2007-01-01")),
                       "members", "Collective Security Treaty", "--at", "2007-01-01")
  dir <- data_dir_for_tests()
  expect_command_equal(pg_members(atop_net(), "NATO", at = "1990"), "--data-dir", dir, "members", "NATO", "--at", "1990")
  expect_command_equal(pg_members(atop_net(), "atop-3180", at = 1962), "--data-dir", dir, "members", "atop-3180", "--at", "1962")
})

test_that("ties equal the command's, with and without kinds", {
  expect_command_equal(pg_ties(seed_net(), "Uzbekistan"), "ties", "Uzbekistan")
  expect_command_equal(pg_ties(seed_net(), 704, kinds = c("defence", "sanction")), "ties", "704", "--kinds", "defence,sanction")
  dir <- data_dir_for_tests()
  expect_command_equal(pg_ties(atop_net(), "USA", at = "1962-10-16"), "--data-dir", dir, "ties", "USA", "--at", "1962-10-16")
})

test_that("diff equals the command's two tables", {
  d <- pg_diff(seed_net(), as.Date("2005-01-01"), "2007-05-30", actor = "UZB")
  expect_named(d, c("members", "ties"))
  expect_command_equal(d$members, "diff", "--from", "2005-01-01", "--to", "2007-05-30", "--actor", "UZB")
  expect_command_equal(d$ties, "diff", "--from", "2005-01-01", "--to", "2007-05-30", "--actor", "UZB", "--table", "ties")
  dir <- data_dir_for_tests()
  d <- pg_diff(atop_net(), "1990", "1992", kinds = "defence")
  expect_command_equal(d$ties, "--data-dir", dir, "diff", "--from", "1990", "--to", "1992", "--kinds", "defence", "--table", "ties")
})

test_that("snapshot nodes and ties equal the command's, on the seed and ATOP snapshots", {
  s <- pg_snapshot(seed_net())
  expect_s3_class(s, "pg_snapshot")
  expect_identical(attr(s, "date"), as.Date("2007-05-30"))
  expect_command_equal(s$nodes, "snapshot", "--table", "nodes")
  expect_command_equal(s$ties, "snapshot")
  s <- suppressMessages(pg_snapshot(seed_net(), "2007", kinds = "any", actors = "any"))  # after the data: a note
  expect_identical(attr(s, "date"), as.Date("2007-12-31"))
  expect_command_equal(s$ties, "snapshot", "--at", "2007", "--kinds", "any", "--actors", "any")
  dir <- data_dir_for_tests()
  for (year in c("1914", "1962")) {
    s <- suppressMessages(pg_snapshot(atop_net(), year))  # 1914: ties to states outside the system, a note
    expect_command_equal(s$nodes, "--data-dir", dir, "snapshot", "--at", year, "--table", "nodes")
    expect_command_equal(s$ties, "--data-dir", dir, "snapshot", "--at", year)
  }
})

test_that("a day outside the data gives its note as a message and an attribute", {
  expect_message(s <- pg_snapshot(seed_net(), "1900"), class = "pactgraph_note")
  expect_match(attr(s$nodes, "notes"), "no source of this dataset covers 1900-12-31", all = FALSE)
})

test_that("info equals the command's tables, and a network prints its counts and coverage", {
  info <- pg_info(seed_net())
  # The command's leading `data` column says where the network came from; R prints it instead.
  theirs <- expect_command_equal(info$counts, "info", without = "data")
  expect_command_equal(info$sources, "info", "--table", "sources", without = "data")
  expect_identical(unique(command_csv("info")$data), "built-in seed scenario")
  dir <- data_dir_for_tests()
  expect_command_equal(pg_info(atop_net())$imports, "--data-dir", dir, "info", "--table", "imports", without = "data")
  printed <- capture.output(print(seed_net()))
  counts <- info$counts
  expect_identical(printed[1], "<pactgraph network> built-in seed scenario")
  expect_match(printed[2], paste0(counts$count[1], " ", counts$item[1]), fixed = TRUE)
  expect_match(printed[3], paste0("source ", info$sources$source[1], ": ", info$sources$first[1]), fixed = TRUE)
})

test_that("an unknown name is a lookup or usage error with suggestions", {
  err <- expect_error(pg_ties(seed_net(), "Uzbekistn"), class = "pactgraph_error")
  expect_match(conditionMessage(err), "did you mean 'Uzbekistan'", fixed = TRUE)
  expect_error(pg_members(seed_net(), "CSTOO"), class = "pactgraph_error")
  expect_error(pg_ties(seed_net(), "UZB", kinds = "defense,alliances"), class = "pactgraph_usage_error")
  expect_error(pg_snapshot(seed_net(), actors = "people"), class = "pactgraph_usage_error")
  expect_error(pg_diff(seed_net(), "2007", "2005"), class = "pactgraph_usage_error")
})
