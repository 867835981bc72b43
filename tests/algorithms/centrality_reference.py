"""networkx's centralities of one graph, for tests/algorithms/centrality_networkx_test.cpp.

Input file: a first line "directed n" (directed is 0 or 1), then one "u v length" line per edge.
Output: one "measure vertex value" line per value (edges: "edge_betweenness u v value"), floats
with repr so nothing is lost; "measure fail" when networkx raises (no convergence).
"""
import sys

import networkx as nx

with open(sys.argv[1]) as f:
    directed, n = map(int, f.readline().split())
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(range(n))
    for line in f:
        u, v, length = line.split()
        G.add_edge(int(u), int(v), length=float(length))

measures = {
    "degree": nx.degree_centrality,
    "betweenness": nx.betweenness_centrality,
    "betweenness_raw": lambda g: nx.betweenness_centrality(g, normalized=False),
    "betweenness_length": lambda g: nx.betweenness_centrality(g, weight="length"),
    "closeness": nx.closeness_centrality,
    "closeness_raw": lambda g: nx.closeness_centrality(g, wf_improved=False),
    "closeness_length": lambda g: nx.closeness_centrality(g, distance="length"),
    "harmonic": nx.harmonic_centrality,
    "harmonic_length": lambda g: nx.harmonic_centrality(g, distance="length"),
    "eigenvector": nx.eigenvector_centrality,
    "pagerank": nx.pagerank,
    "katz": nx.katz_centrality,
}
if directed:
    measures["in_degree"] = nx.in_degree_centrality
    measures["out_degree"] = nx.out_degree_centrality

out = []
for name, f in measures.items():
    try:
        values = f(G)
    except nx.PowerIterationFailedConvergence:
        out.append(f"{name} fail")
        continue
    except nx.NetworkXPointlessConcept:  # the null graph
        continue
    out.extend(f"{name} {v} {float(x)!r}" for v, x in values.items())
for name, f in [("edge_betweenness", nx.edge_betweenness_centrality),
                ("edge_betweenness_raw", lambda g: nx.edge_betweenness_centrality(g, normalized=False))]:
    for (u, v), x in f(G).items():
        out.append(f"{name} {min(u, v) if not directed else u} {max(u, v) if not directed else v} {float(x)!r}")
print("\n".join(out))
