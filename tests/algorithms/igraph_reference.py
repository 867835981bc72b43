"""python-igraph's centralities of one graph, for tests/algorithms/centrality_igraph_test.cpp.

Input file: as centrality_reference.py, a first line "directed n", then one "u v length" line per
edge (the length is ignored: the igraph convention is checked on hop distances).
Output: one "measure vertex value" line per value, edges as "edge_betweenness u v value", floats
with repr ("nan" where igraph leaves a value undefined).

Each call is python-igraph 0.10's default except for the direction of closeness and harmonic
centrality on directed graphs: igraph defaults to mode="all" (directions ignored), pactgraph
always measures distances towards a vertex (networkx's reading), which is igraph's mode="in".
"""
import sys

import igraph as ig

with open(sys.argv[1]) as f:
    directed, n = map(int, f.readline().split())
    edges = [tuple(map(int, line.split()[:2])) for line in f if line.strip()]
g = ig.Graph(n=n, edges=edges, directed=bool(directed))

mode = "in" if directed else "all"
measures = {
    "degree": g.degree(),
    "betweenness": g.betweenness(),
    "closeness": g.closeness(mode=mode),
    "harmonic": g.harmonic_centrality(mode=mode),
    "eigenvector": g.eigenvector_centrality(),
    "pagerank": g.pagerank(),
}
if directed:
    measures["in_degree"] = g.degree(mode="in")
    measures["out_degree"] = g.degree(mode="out")

out = []
for name, values in measures.items():
    out.extend(f"{name} {v} {float(x)!r}" for v, x in enumerate(values))
for e, x in zip(g.es, g.edge_betweenness()):
    u, v = e.tuple if directed else sorted(e.tuple)
    out.append(f"edge_betweenness {u} {v} {float(x)!r}")
print("\n".join(out))
