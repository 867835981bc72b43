"""The panels from Python (states, dyads, similarity) against the command's CSV on the same network."""
import pytest

import pactgraph
from conftest import assert_matches_command


@pytest.mark.parametrize("kwargs, argv", [
    (dict(years=(1995, 2007)), ["--years", "1995:2007"]),
    (dict(years="2000:2007", threads=1), ["--years", "2000:2007", "--threads", "1"]),
])
def test_states_on_the_seed(seed, cli_table, kwargs, argv):
    assert_matches_command(seed.states(**kwargs), cli_table("states", *argv))


def test_states_on_atop(atop, cli_table, data_dir):
    got = atop.states(years=(1914, 1915))
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "states", "--years", "1914:1915"))


DYADS = [
    (dict(), []),
    (dict(undirected=True), ["--undirected"]),
    (dict(all_pairs=True), ["--all-pairs"]),
    (dict(undirected=True, all_pairs=True), ["--undirected", "--all-pairs"]),
    (dict(spells=True), ["--spells"]),
    (dict(spells=True, undirected=True, from_="1914", to="1915"), ["--spells", "--undirected", "--from", "1914", "--to", "1915"]),
]


@pytest.mark.parametrize("kwargs, argv", DYADS)
def test_dyads_on_the_seed(seed, cli_table, kwargs, argv):
    years = [] if kwargs.get("spells") else ["--years", "1995:2007"]
    extra = {} if kwargs.get("spells") else dict(years=(1995, 2007))
    assert_matches_command(seed.dyads(**kwargs, **extra), cli_table("dyads", *years, *argv))


@pytest.mark.parametrize("kwargs, argv", DYADS)
def test_dyads_on_atop(atop, cli_table, data_dir, kwargs, argv):
    if kwargs.get("spells"):
        window = dict(from_="1914", to="1915")
        kwargs = {**window, **kwargs}
        argv = argv if "--from" in argv else [*argv, "--from", "1914", "--to", "1915"]
        got = atop.dyads(**kwargs)
    else:
        got = atop.dyads(years="1914:1915", **kwargs)
        argv = ["--years", "1914:1915", *argv]
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "dyads", *argv))


@pytest.mark.parametrize("kwargs, argv", [
    (dict(), []),
    (dict(at="1998", measures=["s_abs", "kappa"], scale="binary"), ["--at", "1998", "--measures", "s_abs,kappa", "--scale", "binary"]),
    (dict(years=(1995, 2007), direction="given"), ["--years", "1995:2007", "--direction", "given"]),
    (dict(years="2000:2007", dyads=("RUS", "UZB")), ["--years", "2000:2007", "--dyads", "RUS,UZB"]),
])
def test_similarity_on_the_seed(seed, cli_table, kwargs, argv):
    assert_matches_command(seed.similarity(**kwargs), cli_table("similarity", *argv))


@pytest.mark.parametrize("kwargs, argv", [
    (dict(years=(1914, 1915)), ["--years", "1914:1915"]),
    (dict(at="1914-06-28", measures="s_sq,pi,taub", direction="received"),
     ["--at", "1914-06-28", "--measures", "s_sq,pi,taub", "--direction", "received"]),
])
def test_similarity_on_atop(atop, cli_table, data_dir, kwargs, argv):
    got = atop.similarity(**kwargs)
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "similarity", *argv))


@pytest.mark.parametrize("call", [
    lambda n: n.states(years="1700:1701"),
    lambda n: n.states(years="1915:1914x"),
    lambda n: n.dyads(years="1600:1601"),
    lambda n: n.dyads(years=(1914, 1915), spells=True),
    lambda n: n.dyads(spells=True, all_pairs=True),
    lambda n: n.dyads(from_="1914"),
    lambda n: n.dyads(spells=True, from_="1915", to="1914"),
    lambda n: n.similarity(years="nineteen"),
    lambda n: n.similarity(at="1914", years=(1914, 1915)),
    lambda n: n.similarity(at="1914", measures="s_abs,nonsense"),
])
def test_a_bad_span_or_option_raises_usage_error(atop, call):
    with pytest.raises(pactgraph.UsageError):
        call(atop)


def test_similarity_with_weights(seed, cli_table, tmp_path):
    """Every state in the system each year weighted by its code, read from a file by both."""
    unweighted = seed.similarity(years=(2005, 2007), measures="s_abs,s_sq")
    states = sorted({(int(c), int(y)) for column in ("ccode1", "ccode2")
                     for c, y in zip(unweighted[column], unweighted["year"])})
    weights = tmp_path / "weights.csv"
    weights.write_text("ccode,year,weight\n" + "".join(f"{c},{y},{c % 7 + 1}\n" for c, y in states))
    got = seed.similarity(years=(2005, 2007), measures="s_abs,s_sq", weights=weights)
    assert_matches_command(got, cli_table("similarity", "--years", "2005:2007", "--measures", "s_abs,s_sq",
                                          "--weights", str(weights)))
    assert not got.equals(unweighted)
