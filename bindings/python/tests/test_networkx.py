"""Snapshot.to_networkx() and .adjacency() against graphs built independently: the seed read straight from
its JSON dataset (tests/cli/seed_reference.py) and ATOP's standard snapshot from the raw CSVs
(tests/io/standard_snapshot_reference.py); edge attributes against the command's `snapshot` ties."""
import networkx as nx
import numpy as np
import pytest

from conftest import atop_reference, command_day

import seed_reference as rules


def reference_sign(ties):
    signs = {-1 if t["kinds"] & rules.HOSTILE else 1 for t in ties}
    return signs.pop() if len(signs) == 1 else 0


@pytest.mark.parametrize("at, kinds, actors", [
    ("2007-05-30", "alliance", "states"),
    ("1998", "alliance", "states"),
    ("2005-12-31", "alliance", "states"),
    ("2007-05-30", "any", "any"),
    ("2005-06", "any", "states"),
])
def test_seed_graph_equals_the_dataset(seed, seed_data, at, kinds, actors):
    day = command_day(at)
    kind_set = rules.ALLIANCE if kinds == "alliance" else rules.ANY
    ref = seed_data.graph(day, kind_set, {"states": "state", "any": "any"}[actors])
    snap = seed.snapshot(at, kinds=kinds, actors=actors)
    g = snap.to_networkx()
    assert (len(snap), snap.number_of_nodes(), snap.number_of_edges()) == (ref.number_of_nodes(), ref.number_of_nodes(),
                                                                         ref.number_of_edges())
    assert set(g.nodes) == set(ref.nodes)
    assert {frozenset(e) for e in g.edges} == {frozenset(e) for e in ref.edges}
    for a, b, data in ref.edges(data=True):
        ties = data["ties"]
        assert g.edges[a, b]["multiplicity"] == len(ties)
        assert g.edges[a, b]["kinds"] == rules.joined(frozenset().union(*(t["kinds"] for t in ties)))
        assert g.edges[a, b]["sign"] == reference_sign(ties)
    for node, attrs in g.nodes(data=True):
        actor = seed_data.by_id[node]
        assert attrs == {"code": actor.get("cow"), "name": actor["name"], "kind": actor["kind"]}


@pytest.mark.parametrize("at", ["2007-05-30", "1998"])
def test_seed_edges_equal_the_command(seed, cli_frame, at):
    g = seed.snapshot(at, kinds="any", actors="any").to_networkx()
    ties = cli_frame("snapshot", "--at", at, "--kinds", "any", "--actors", "any")
    assert len(ties) == g.number_of_edges()
    for row in ties.itertuples():
        edge = g.edges[row.source_abbrev, row.target_abbrev]
        assert (edge["multiplicity"], edge["kinds"], edge["sign"]) == (row.multiplicity, row.kinds, row.sign)


@pytest.mark.parametrize("at", ["1914-06-28", "1962", "2018"])
def test_atop_graph_equals_the_raw_csv(atop, data_dir, at):
    nodes, edges = atop_reference(data_dir, command_day(at))
    g = atop.snapshot(at).to_networkx()
    code = nx.get_node_attributes(g, "code")
    assert {code[n] for n in g.nodes} == nodes
    assert {tuple(sorted((code[a], code[b]))) for a, b in g.edges} == edges
    assert len(edges) > 0


def test_atop_edges_equal_the_command(atop, cli_frame, data_dir):
    g = atop.snapshot("2018").to_networkx()
    ties = cli_frame("--data-dir", data_dir, "snapshot", "--at", "2018")
    assert len(ties) == g.number_of_edges()
    for row in ties.itertuples():
        edge = g.edges[row.source_abbrev, row.target_abbrev]
        assert (edge["multiplicity"], edge["kinds"], edge["sign"]) == (row.multiplicity, row.kinds, row.sign)
        assert (g.nodes[row.source_abbrev]["code"], g.nodes[row.target_abbrev]["code"]) == (row.source, row.target)


@pytest.mark.parametrize("at", ["2007-05-30", "2005-12-31"])
def test_seed_adjacency_equals_networkx(seed, seed_data, at):
    snap = seed.snapshot(at, kinds="any", actors="any")
    order = list(snap.to_networkx().nodes)
    ref = seed_data.graph(command_day(at), rules.ANY, "any")
    for u, v, data in ref.edges(data=True):
        data["multiplicity"] = len(data["ties"])
    expected = nx.to_scipy_sparse_array(ref, nodelist=order, weight=None).toarray()
    assert np.array_equal(snap.adjacency().toarray(), expected)
    expected = nx.to_scipy_sparse_array(ref, nodelist=order, weight="multiplicity").toarray()
    assert np.array_equal(snap.adjacency(weight="multiplicity").toarray(), expected)
    assert snap.adjacency().shape == (len(order), len(order))


def test_atop_adjacency_equals_networkx(atop, data_dir):
    snap = atop.snapshot("2018")
    g = snap.to_networkx()
    nodes, edges = atop_reference(data_dir, command_day("2018"))
    code = nx.get_node_attributes(g, "code")
    by_code = {c: n for n, c in code.items()}
    ref = nx.Graph()
    ref.add_nodes_from(by_code[c] for c in nodes)
    ref.add_edges_from((by_code[a], by_code[b]) for a, b in edges)
    expected = nx.to_scipy_sparse_array(ref, nodelist=list(g.nodes), weight=None)
    assert (snap.adjacency() != expected).nnz == 0
