library(testthat)
library(pactgraph)

test_check("pactgraph")
