# Whatever is passed, a function either answers or raises a pactgraph_error: never another R
# error from inside the glue, never a crash of the session.

answers_or_pactgraph_error <- function(expr, info) {
  outcome <- tryCatch({ suppressMessages(expr); "answer" },
                      pactgraph_error = function(e) "pactgraph_error",
                      error = function(e) paste("other error:", conditionMessage(e)))
  expect_true(outcome %in% c("answer", "pactgraph_error"), info = paste(info, "->", outcome))
}

test_that("bad values in every argument answer or raise a pactgraph_error", {
  net <- seed_net()
  bad <- list(NULL, NA, NA_character_, character(0), c("UZB", "RUS"), list(1), -1.5, TRUE, "", "\xff\xfe", 1e12,
              as.Date(NA), "2007-02-30", "0000", "9999-12-31")
  calls <- list(
    members = function(v) pg_members(net, v), members_at = function(v) pg_members(net, "CSTO", at = v),
    ties = function(v) pg_ties(net, v), ties_kinds = function(v) pg_ties(net, "UZB", kinds = v),
    diff = function(v) pg_diff(net, v, "2007"), snapshot = function(v) pg_snapshot(net, at = v),
    snapshot_actors = function(v) pg_snapshot(net, actors = v), actor = function(v) pg_actor(net, v),
    centrality = function(v) pg_centrality(net, years = v), metrics = function(v) pg_centrality(net, metrics = v),
    stats = function(v) pg_stats(net, at = v), path = function(v) pg_path(net, v, "UZB"),
    path_k = function(v) pg_path(net, "ARM", "UZB", k = v), cascade = function(v) pg_cascade(net, "UZB", max_hops = v),
    blocs = function(v) pg_blocs(net, method = v), balance = function(v) pg_balance(net, kinds = v),
    network = function(v) pg_members(v, "CSTO"), load = function(v) pg_load(v),
    render = function(v) pg_render(net, "2007", v),
    convert = function(v) as_igraph(v))
  for (name in names(calls))
    for (i in seq_along(bad)) answers_or_pactgraph_error(calls[[name]](bad[[i]]), paste(name, deparse(bad[[i]])))
})
