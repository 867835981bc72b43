test_that("each C++ exception class becomes its R condition class", {
  expected <- c(parse = "pactgraph_parse_error", data = "pactgraph_data_error",
                render = "pactgraph_render_error", convergence = "pactgraph_convergence_error",
                usage = "pactgraph_usage_error", lookup = "pactgraph_lookup_error",
                output = "pactgraph_output_error", bad_alloc = "pactgraph_internal_error",
                std = "pactgraph_internal_error")
  for (kind in names(expected)) {
    err <- tryCatch(pactgraph:::.pg(pactgraph:::cpp_throw_for_test(kind)), error = function(e) e)
    expect_identical(class(err), c(expected[[kind]], "pactgraph_error", "error", "condition"), info = kind)
  }
  parse <- tryCatch(pactgraph:::.pg(pactgraph:::cpp_throw_for_test("parse")), error = function(e) e)
  expect_identical(conditionMessage(parse), "input.json:3:7: expected ','")
  expect_identical(list(parse$file, parse$line, parse$column), list("input.json", 3L, 7L))
  data <- tryCatch(pactgraph:::.pg(pactgraph:::cpp_throw_for_test("data")), error = function(e) e)
  expect_identical(conditionMessage(data), "input.json:/actors/0: unknown key")
  expect_identical(list(data$pointer, data$line), list("/actors/0", NA_integer_))
  output <- tryCatch(pactgraph:::.pg(pactgraph:::cpp_throw_for_test("output")), error = function(e) e)
  expect_identical(output$file, "/no/such/dir/out.csv")
})

test_that("malformed JSON is a parse error with file, line and column", {
  bad <- tempfile(fileext = ".json")
  writeLines(c("{", "  \"actors\": [", "    {\"id\": 1,,}", "  ]", "}"), bad)
  err <- expect_error(pg_load(bad), class = "pactgraph_parse_error")
  expect_identical(class(err), c("pactgraph_parse_error", "pactgraph_error", "error", "condition"))
  expect_identical(err$file, bad)
  expect_identical(err$line, 3L)
  expect_true(err$column > 0)
  expect_match(conditionMessage(err), paste0("^", bad, ":3:"), fixed = FALSE)
})

test_that("a missing file or data folder is a data error naming the file", {
  err <- expect_error(pg_load(file.path(tempdir(), "no-such.json")), class = "pactgraph_data_error")
  expect_match(err$file, "no-such.json$")
  err <- expect_error(pg_load_data_dir(file.path(tempdir(), "no-such-folder")), class = "pactgraph_data_error")
  expect_match(err$file, "states2016.csv$")
})

test_that("bad dates and arguments are usage errors", {
  net <- seed_net()
  svg <- tempfile(fileext = ".svg")
  expect_error(pg_render(net, "2007-13-01", svg), class = "pactgraph_usage_error")
  expect_error(pg_render(net, c("2007", "2008"), svg), class = "pactgraph_usage_error")
  expect_error(pg_render(net, NA, svg), class = "pactgraph_usage_error")
  expect_error(pg_render(net, "2007", tempfile(fileext = ".gif")), class = "pactgraph_usage_error")
  expect_error(pg_render(net, "2007", svg, engine = "twopi"), class = "pactgraph_usage_error")
  expect_error(pg_render("not a network", "2007", svg), class = "pactgraph_usage_error")
  expect_false(file.exists(svg))
})

test_that("a network read back from saveRDS is an error, not a crash", {
  file <- tempfile(fileext = ".rds")
  saveRDS(seed_net(), file)
  stale <- readRDS(file)
  err <- expect_error(pg_render(stale, "2007", tempfile(fileext = ".svg")), class = "pactgraph_usage_error")
  expect_match(conditionMessage(err), "no longer exists")
})

test_that("an unwritable file is an output error naming it", {
  target <- file.path(tempdir(), "no-such-folder", "net.svg")
  err <- expect_error(pg_render(seed_net(), "2007-05-30", target), class = "pactgraph_output_error")
  expect_identical(err$file, target)
})
