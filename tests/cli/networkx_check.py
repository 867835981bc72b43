"""Checks `pactgraph centrality` against networkx on the graph `pactgraph snapshot` prints.

Usage: networkx_check.py PACTGRAPH [ARGS...]; ARGS (data source, --at, --kinds) go to both
commands. Exits 1 listing every value that differs. Run with /usr/bin/python3 (Debian's networkx).
"""
import json
import math
import subprocess
import sys

import networkx as nx


def run(program, args):
    out = subprocess.run([program, *args, "--format", "json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main():
    program, args = sys.argv[1], sys.argv[2:]
    snap = run(program, ["snapshot", *args])
    cent = run(program, ["centrality", *args])
    g = nx.Graph()
    g.add_nodes_from(n["abbrev"] for n in snap["nodes"])
    g.add_edges_from((t["source_abbrev"], t["target_abbrev"]) for t in snap["ties"])
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
    nodes = {n["abbrev"]: n for n in cent["nodes"]}
    if set(nodes) != set(g.nodes):
        failures.append("centrality and snapshot disagree on the nodes")
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
