// The one source of pactgraph_test_pch, the target that builds the test suites' precompiled header.
