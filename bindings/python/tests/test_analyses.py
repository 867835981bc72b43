"""The analyses from Python against the command's CSV, and centrality() against networkx's own measures on
to_networkx() of the same day."""
import networkx as nx
import pytest

import pactgraph

from conftest import assert_matches_command

MEASURES = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz"]


@pytest.mark.parametrize("kwargs, argv", [
    (dict(), []),
    (dict(at="1998"), ["--at", "1998"]),
    (dict(years=(2005, 2007), metrics=["degree", "betweenness"]), ["--years", "2005:2007", "--metrics", "degree,betweenness"]),
    (dict(at="2007", normalization="raw", kinds="any", actors="any"),
     ["--at", "2007", "--normalization", "raw", "--kinds", "any", "--actors", "any"]),
    (dict(at="2007", metrics="eigenvector,pagerank,katz", max_iterations=1),
     ["--at", "2007", "--metrics", "eigenvector,pagerank,katz", "--max-iterations", "1"]),
])
def test_centrality_on_the_seed(seed, cli_table, kwargs, argv):
    got = seed.centrality(**kwargs)
    assert_matches_command(got, cli_table("centrality", *argv))
    if kwargs.get("max_iterations") == 1:
        assert any("did not converge" in note for note in got.attrs["notes"])


def test_centrality_series_on_atop(atop, cli_table, data_dir):
    """W1: every 31 December from 1816 to 2018, six measures."""
    metrics = MEASURES[:6]
    got = atop.centrality(years=(1816, 2018), metrics=metrics, threads=2)
    assert got["date"].nunique() == 203
    assert_matches_command(got, cli_table("--data-dir", data_dir, "centrality", "--years", "1816:2018", "--metrics",
                                          ",".join(metrics)))


@pytest.mark.parametrize("network, at", [("seed", "2007-05-30"), ("seed", "1998"), ("atop", "2018"), ("atop", "1914-06-28")])
def test_networkx_on_to_networkx_equals_centrality(request, network, at):
    net = request.getfixturevalue(network)
    g = net.snapshot(at).to_networkx()
    table = net.centrality(at=at).set_index("abbrev")
    expected = {"degree": nx.degree_centrality(g), "betweenness": nx.betweenness_centrality(g),
                "closeness": nx.closeness_centrality(g), "harmonic": nx.harmonic_centrality(g),
                "pagerank": nx.pagerank(g)}
    assert list(table.index) == list(g.nodes)
    for measure, values in expected.items():
        for node, value in values.items():
            assert table.loc[node, measure] == pytest.approx(value, abs=1e-6 if measure == "pagerank" else 1e-9), (measure, node)


@pytest.mark.parametrize("kwargs, argv", [(dict(), []), (dict(at="2005-12-31"), ["--at", "2005-12-31"]),
                                          (dict(years=(1995, 2007)), ["--years", "1995:2007"])])
def test_stats_on_the_seed(seed, cli_table, kwargs, argv):
    assert_matches_command(seed.stats(**kwargs), cli_table("stats", *argv))


def test_stats_series_on_atop(atop, cli_table, data_dir):
    assert_matches_command(atop.stats(years=(1900, 2018)), cli_table("--data-dir", data_dir, "stats", "--years", "1900:2018"))


@pytest.mark.parametrize("kwargs, argv", [
    (dict(a="ARM", b="USA", at="2005-06-30", kinds="any", actors="states"),
     ["ARM", "USA", "--at", "2005-06-30", "--kinds", "any", "--actors", "states"]),
    (dict(a="ARM", b="USA", at="2005-06-30"), ["ARM", "USA", "--at", "2005-06-30"]),
    (dict(a="UZB", b="ARM", at="2007", all_shortest=True), ["UZB", "ARM", "--at", "2007", "--all"]),
    (dict(a=704, b=371, at="2007", k=3, weighted=True), ["704", "371", "--at", "2007", "--k", "3", "--weighted"]),
    # --weighted is the older spelling of --length inverse_multiplicity.
    (dict(a=704, b=371, at="2007", k=3, length="inverse_multiplicity"), ["704", "371", "--at", "2007", "--k", "3", "--weighted"]),
    (dict(a="ARM", b="USA", at="2005-06-30", kinds="any", length="multiplicity"),
     ["ARM", "USA", "--at", "2005-06-30", "--kinds", "any", "--length", "multiplicity"]),
])
@pytest.mark.parametrize("table", ["paths", "steps"])
def test_path_on_the_seed(seed, cli_table, kwargs, argv, table):
    assert_matches_command(getattr(seed.path(**kwargs), table), cli_table("path", *argv, "--table", table))


@pytest.mark.parametrize("network, a, b, at", [("seed", "ARM", "USA", "2005-06-30"), ("atop", "USA", "JPN", "1962"),
                                               ("atop", "FRN", "CHN", "1985")])
def test_path_lengths_equal_networkx(request, network, a, b, at):
    net = request.getfixturevalue(network)
    g = net.snapshot(at, kinds="any").to_networkx()
    for _, _, edge in g.edges(data=True):
        edge["inverse_multiplicity"] = 1 / edge["multiplicity"]
    for length, weight in (("hops", None), ("multiplicity", "multiplicity"), ("inverse_multiplicity", "inverse_multiplicity")):
        got = net.path(a, b, at=at, kinds="any", length=length).paths
        assert got["length"][0] == pytest.approx(nx.shortest_path_length(g, a, b, weight=weight), rel=1e-12), length


def test_path_length_by_name_only(seed):
    with pytest.raises(pactgraph.UsageError, match="length: expected hops, multiplicity or inverse_multiplicity"):
        seed.path("ARM", "USA", length="ties")
    with pytest.raises(pactgraph.UsageError, match="weighted or length"):
        seed.path("ARM", "USA", weighted=True, length="hops")


@pytest.mark.parametrize("table", ["paths", "steps"])
def test_path_on_atop(atop, cli_table, data_dir, table):
    got = getattr(atop.path("USA", "Japan", at="1962", k=2), table)
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "path", "USA", "Japan", "--at", "1962", "--k", "2",
                                          "--table", table))


@pytest.mark.parametrize("kwargs, argv", [(dict(x="UZB"), ["UZB"]),
                                          (dict(x="ARM", at="1998", obligations=["defence", "consultation"], max_hops=1),
                                           ["ARM", "--at", "1998", "--obligations", "defence,consultation", "--max-hops", "1"])])
def test_cascade_on_the_seed(seed, cli_table, kwargs, argv):
    assert_matches_command(seed.cascade(**kwargs), cli_table("cascade", *argv))


def test_cascade_on_atop(atop, cli_table, data_dir):
    got = atop.cascade("Poland", at="1939-08-31")
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "cascade", "Poland", "--at", "1939-08-31"))


@pytest.mark.parametrize("method", ["components", "kcore", "cliques", "communities"])
@pytest.mark.parametrize("table", ["blocs", "members"])
def test_blocs(seed, atop, cli_table, data_dir, method, table):
    assert_matches_command(getattr(seed.blocs(at="1998", method=method, kinds="any"), table),
                           cli_table("blocs", "--at", "1998", "--method", method, "--kinds", "any", "--table", table))
    got = getattr(atop.blocs(at="1962", method=method, min_size=3), table)
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "blocs", "--at", "1962", "--method", method,
                                          "--min-size", "3", "--table", table))


@pytest.mark.parametrize("at", [None, "2005-12-31", "1998"])
def test_balance(seed, cli_table, at):
    args = [] if at is None else ["--at", at]
    assert_matches_command(seed.balance(at=at), cli_table("balance", *args))


def test_balance_on_atop(atop, cli_table, data_dir):
    assert_matches_command(atop.balance(at="1962"), cli_table("--data-dir", data_dir, "balance", "--at", "1962"))
