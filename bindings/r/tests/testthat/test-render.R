# pg_render() draws what `pactgraph render` draws, in the format the extension names.

test_that("pg_render writes the command's SVG, and PNG and PDF by extension", {
  ours <- tempfile(fileext = ".svg")
  theirs <- tempfile(fileext = ".svg")
  expect_identical(pg_render(seed_net(), as.Date("2007-05-30"), ours), ours)
  status <- system2(command_path(), shQuote(c("render", "--at", "2007-05-30", "-o", theirs)), stdout = FALSE, stderr = FALSE)
  expect_identical(status, 0L)
  expect_identical(readBin(ours, "raw", file.size(ours)), readBin(theirs, "raw", file.size(theirs)))
  png <- tempfile(fileext = ".png")
  pg_render(seed_net(), "2007", png, engine = "neato", clusters = TRUE)
  expect_identical(readBin(png, "raw", 8), as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)))
  # size_by is the command's --size-by.
  sized <- tempfile(fileext = ".svg")
  pg_render(seed_net(), "2007-05-30", sized, size_by = "degree")
  status <- system2(command_path(), shQuote(c("render", "--at", "2007-05-30", "--size-by", "degree", "-o", theirs)),
                    stdout = FALSE, stderr = FALSE)
  expect_identical(status, 0L)
  expect_identical(readBin(sized, "raw", file.size(sized)), readBin(theirs, "raw", file.size(theirs)))
  expect_false(identical(readBin(sized, "raw", file.size(sized)), readBin(ours, "raw", file.size(ours))))
  expect_error(pg_render(seed_net(), "2007", sized, size_by = "degree,katz"), class = "pactgraph_usage_error")
  pdf <- tempfile(fileext = ".pdf")
  pg_render(seed_net(), "2007-05-30", pdf, kinds = "alliance", actors = "states")
  expect_identical(rawToChar(readBin(pdf, "raw", 5)), "%PDF-")
})
