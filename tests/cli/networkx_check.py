"""Checks `pactgraph centrality` against networkx on a standard snapshot built from the raw data.

Usage: networkx_check.py PACTGRAPH [--data-dir DIR] --at DATE. The reference graph comes from the
seed's JSON dataset (seed_reference.py) or, with --data-dir, from the raw ATOP and COW CSVs
(tests/io/standard_snapshot_reference.py), never from pactgraph's own output. Exits 1 listing
every value that differs. Run with /usr/bin/python3 (Debian's networkx).
"""
import argparse
import json
import math
import os
import subprocess
import sys

import networkx as nx

import seed_reference

STANDARD_SNAPSHOT_REFERENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "io",
                                           "standard_snapshot_reference.py")


def reference_graph(data_dir, day):
    """The standard snapshot on `day`, its nodes COW codes."""
    g = nx.Graph()
    if data_dir is None:
        seed = seed_reference.Seed()
        snap = seed.graph(day)
        g.add_nodes_from(seed.by_id[a]["cow"] for a in snap.nodes)
        g.add_edges_from((seed.by_id[a]["cow"], seed.by_id[b]["cow"]) for a, b in snap.edges)
        return g
    out = subprocess.run([sys.executable, STANDARD_SNAPSHOT_REFERENCE, data_dir, day.isoformat()], check=True,
                         capture_output=True, text=True).stdout
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    g.add_nodes_from(int(c) for c in lines["nodes"])
    g.add_edges_from(tuple(int(c) for c in e.split("-")) for e in lines["edges"])
    return g


def run(program, args):
    out = subprocess.run([program, *args, "--format", "json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("program")
    parser.add_argument("--data-dir")
    parser.add_argument("--at", required=True)
    options = parser.parse_args()
    source = [] if options.data_dir is None else ["--data-dir", options.data_dir]
    if options.data_dir is not None and not os.path.isfile(os.path.join(options.data_dir, "atop_v5.1", "atop5_1m.csv")):
        return f"the real datasets are missing from '{options.data_dir}': set PACTGRAPH_DATA_DIR"
    cent = run(options.program, [*source, "centrality", "--at", options.at])
    g = reference_graph(options.data_dir, seed_reference.command_line_day(options.at))
    if g.number_of_edges() == 0:
        return f"the reference snapshot on {options.at} has no ties: nothing would be compared"
    expected = {
        "degree": nx.degree_centrality(g),
        "betweenness": nx.betweenness_centrality(g),
        "closeness": nx.closeness_centrality(g),
        "harmonic": nx.harmonic_centrality(g),
        "pagerank": nx.pagerank(g),
    }
    tolerance = {"degree": 1e-12, "betweenness": 1e-9, "closeness": 1e-12, "harmonic": 1e-9, "pagerank": 1e-6,
                 "eigenvector": 1e-6, "katz": 1e-6}
    for name, function in (("eigenvector", nx.eigenvector_centrality), ("katz", nx.katz_centrality)):
        try:
            expected[name] = function(g)
        except nx.PowerIterationFailedConvergence:
            expected[name] = None  # the CLI leaves the column empty (null) then
    failures = []
    nodes = {n["code"]: n for n in cent["nodes"]}
    if set(nodes) != set(g.nodes):
        return f"pactgraph and the reference disagree on the nodes: {sorted(set(nodes) ^ set(g.nodes))}"
    for name, values in expected.items():
        for node in g.nodes:
            got = nodes[node][name]
            want = None if values is None else values[node]
            if want is None or got is None:
                if want is not got:
                    failures.append(f"{name}[{node}]: pactgraph {got}, networkx {want}")
            elif not math.isclose(got, want, rel_tol=0, abs_tol=tolerance[name]):
                failures.append(f"{name}[{node}]: pactgraph {got!r}, networkx {want!r}")
    print(f"{len(g)} nodes, {g.number_of_edges()} edges, {len(expected)} measures compared")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
