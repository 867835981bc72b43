"""The command's questions from Python: each DataFrame equals `pactgraph ... --format csv` (same columns,
order, values), on the seed and on ATOP with COW data."""
import datetime

import pandas as pd
import pytest

import pactgraph

from conftest import assert_matches_command


@pytest.mark.parametrize("table", ["counts", "sources"])
def test_info_on_the_seed(seed, cli_table, table):
    info = seed.info()
    assert_matches_command(getattr(info, table), cli_table("info", "--table", table))
    assert len(info.imports) == 0 and list(info.imports.columns) == ["data", "source", "rows_read",
                                                                    "rows_loaded", "rows_skipped"]


@pytest.mark.parametrize("table", ["counts", "sources", "imports"])
def test_info_on_atop(atop, cli_table, data_dir, table):
    assert_matches_command(getattr(atop.info(), table), cli_table("--data-dir", data_dir, "info", "--table", table))


@pytest.mark.parametrize("group, at", [("CSTO", None), ("csto", "2002-10-06"), ("Collective Security Treaty", "1998"),
                                       ("NATO", "2007-05-30"), ("rus-uzb-alliance-2005", 2006)])
def test_members_on_the_seed(seed, cli_table, group, at):
    args = ["members", group] + ([] if at is None else ["--at", str(at)])
    assert_matches_command(seed.members(group, at=at), cli_table(*args))


@pytest.mark.parametrize("group, at", [("NATO", "1962"), ("CSTO", "2018"), ("atop-3180", "1950")])
def test_members_on_atop(atop, cli_table, data_dir, group, at):
    got = atop.members(group, at=at)
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "members", group, "--at", at))


@pytest.mark.parametrize("actor, at, kinds", [("Uzbekistan", None, None), (704, "2005-12-31", "defense"),
                                              ("rus", "1998", ["alliance", "membership"]), ("EU", None, None)])
def test_ties_on_the_seed(seed, cli_table, actor, at, kinds):
    args = ["ties", str(actor)] + ([] if at is None else ["--at", at])
    args += [] if kinds is None else ["--kinds", kinds if isinstance(kinds, str) else ",".join(kinds)]
    assert_matches_command(seed.ties(actor, at=at, kinds=kinds), cli_table(*args))


@pytest.mark.parametrize("actor, at", [("USA", "1962"), (365, "2018"), ("Germany", "1914-06-28")])
def test_ties_on_atop(atop, cli_table, data_dir, actor, at):
    got = atop.ties(actor, at=at)
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "ties", str(actor), "--at", at))


@pytest.mark.parametrize("from_, to, actor", [("2004", "2007-05-30", "uzb"), ("2005-11-13", "2005-11-14", None),
                                              (datetime.date(1992, 1, 1), "2007", None)])
@pytest.mark.parametrize("table", ["members", "ties"])
def test_diff_on_the_seed(seed, cli_table, from_, to, actor, table):
    got = getattr(seed.diff(from_, to, actor=actor), table)
    args = ["diff", "--from", str(from_), "--to", to, "--table", table] + ([] if actor is None else ["--actor", actor])
    assert_matches_command(got, cli_table(*args))


@pytest.mark.parametrize("table", ["members", "ties"])
def test_diff_on_atop(atop, cli_table, data_dir, table):
    got = getattr(atop.diff("1989", "1992", actor="Germany"), table)
    assert len(got) > 0
    assert_matches_command(got, cli_table("--data-dir", data_dir, "diff", "--from", "1989", "--to", "1992",
                                          "--actor", "Germany", "--table", table))


@pytest.mark.parametrize("at, kinds, actors", [("2007-05-30", None, None), ("1998", "any", None),
                                               ("2005-06", "any", "any"), ("2007", "membership", None)])
def test_snapshot_tables_on_the_seed(seed, cli_table, at, kinds, actors):
    snap = seed.snapshot(at, **({} if kinds is None else {"kinds": kinds}), **({} if actors is None else {"actors": actors}))
    args = ["snapshot", "--at", at] + ([] if kinds is None else ["--kinds", kinds]) + ([] if actors is None else ["--actors", actors])
    assert_matches_command(snap.nodes, cli_table(*args, "--table", "nodes"))
    assert_matches_command(snap.ties, cli_table(*args, "--table", "ties"))


@pytest.mark.parametrize("at", ["1914-06-28", "1962", "2018"])
def test_snapshot_tables_on_atop(atop, cli_table, data_dir, at):
    snap = atop.snapshot(at)
    assert_matches_command(snap.nodes, cli_table("--data-dir", data_dir, "snapshot", "--at", at, "--table", "nodes"))
    assert_matches_command(snap.ties, cli_table("--data-dir", data_dir, "snapshot", "--at", at, "--table", "ties"))
    # The tables and the graph are one snapshot.
    g = snap.to_networkx()
    assert list(snap.nodes["abbrev"]) == list(g.nodes)
    assert dict(zip(snap.nodes["abbrev"], snap.nodes["degree"])) == dict(g.degree)


def test_actor_against_the_dataset(seed, seed_data):
    """code, abbrev, name, kind and spells as the seed's JSON gives them; first is the first day of the first spell."""
    import seed_reference as rules
    for actor in seed_data.actors:
        row = seed.actor(actor["id"])
        assert len(row) == 1
        got = row.iloc[0]
        spells = actor.get("spells", [])
        assert (got["abbrev"], got["name"], got["kind"], got["spells"]) == (actor["id"], actor["name"], actor["kind"],
                                                                           len(spells))
        assert pd.isna(got["code"]) if actor.get("cow") is None else got["code"] == actor["cow"]
        if spells:
            assert got["first"] == rules.parse_day(spells[0]["begin"], last=False).isoformat()
        else:
            assert got["first"] is None and got["last"] is None
    assert seed.actor(704)["abbrev"][0] == "UZB" and seed.actor("uzbekistan")["abbrev"][0] == "UZB"


def test_an_unknown_actor_is_a_lookup_error(seed):
    for call in (lambda: seed.actor("Atlantis"), lambda: seed.path("Atlantis", "Lemuria"),
                 lambda: seed.path("UZB", "Kazakstan")):
        with pytest.raises(LookupError) as caught:
            call()
        assert isinstance(caught.value, pactgraph.LookupError) and not isinstance(caught.value, ValueError)
    assert "did you mean 'Kazakhstan'?" in str(caught.value)


def test_unknown_names_suggest_the_closest(seed, cli):
    import subprocess
    for call, argv in ((lambda: seed.ties("Uzbekistn"), ["ties", "Uzbekistn"]),
                       (lambda: seed.members("CSTOO"), ["members", "CSTOO"]),
                       (lambda: seed.actor("Uzbekistn"), ["ties", "Uzbekistn"])):
        with pytest.raises(pactgraph.LookupError) as caught:
            call()
        stderr = subprocess.run([cli.program, *argv], capture_output=True, text=True).stderr
        assert stderr == f"pactgraph: error: {caught.value}\n"
