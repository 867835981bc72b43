"""networkx's answers for the structural algorithms of pactgraph (paths, blocs, statistics).

Usage: structure_reference.py INPUT.json OUTPUT.json, both written and read by
tests/algorithms/structure_reference.hpp. Run with Debian's /usr/bin/python3 (python3-networkx).
"""
import itertools
import json
import math
import sys
import warnings

import networkx as nx


def number(x):
    """JSON has no NaN: report it as null."""
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def paths_of(generator, limit, weight):
    out = []
    for p in itertools.islice(generator, limit):
        out.append({"vertices": p, "length": nx.path_weight(G, p, weight) if weight else len(p) - 1})
    return out


def answer(spec):
    global G
    G = nx.DiGraph() if spec["directed"] else nx.Graph()
    G.add_nodes_from(range(spec["n"]))
    G.add_weighted_edges_from((u, v, w) for u, v, w in spec["edges"])
    U = G.to_undirected() if spec["directed"] else G
    out = {"name": spec["name"], "density": nx.density(G)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out["assortativity"] = number(nx.degree_assortativity_coefficient(U)) if U.number_of_edges() else None
    out["transitivity"] = nx.transitivity(U)
    out["average_clustering"] = nx.average_clustering(U) if len(U) else None
    components = sorted(sorted(c) for c in nx.connected_components(U))
    out["components"] = components
    if components:
        largest = U.subgraph(max(nx.connected_components(U), key=len))
        out["diameter"] = nx.diameter(largest)
        out["radius"] = nx.radius(largest)
    core = nx.core_number(G)
    out["core_number"] = [core[v] for v in range(spec["n"])]
    out["cliques"] = sorted(sorted(c) for c in nx.find_cliques(U))
    if "partition" in spec:
        blocks = {}
        for v, c in enumerate(spec["partition"]):
            blocks.setdefault(c, set()).add(v)
        for key, weight in (("modularity", None), ("modularity_weighted", "weight")):
            try:
                out[key] = nx.community.modularity(G, list(blocks.values()), weight=weight)
            except ZeroDivisionError:  # no edges
                out[key] = None
    out["pairs"] = []
    for s, t in spec.get("pairs", []):
        pair = {}
        if nx.has_path(G, s, t):
            pair["hops"] = nx.shortest_path_length(G, s, t)
            pair["weighted"] = nx.shortest_path_length(G, s, t, weight="weight")
            pair["all"] = sorted(nx.all_shortest_paths(G, s, t))
            pair["all_weighted"] = sorted(nx.all_shortest_paths(G, s, t, weight="weight"))
            k = spec.get("k", 5)
            pair["simple"] = paths_of(nx.shortest_simple_paths(G, s, t), k, None)
            pair["simple_weighted"] = paths_of(nx.shortest_simple_paths(G, s, t, weight="weight"), k, "weight")
            # One path more, so a test can tell whether the k-th length is tied beyond k.
            more = list(itertools.islice(nx.shortest_simple_paths(G, s, t), k + 1))
            pair["next_hops"] = len(more[k]) - 1 if len(more) > k else None
        pair["descendants"] = sorted(nx.descendants(G, s))
        out["pairs"].append(pair)
    return out


def main():
    with open(sys.argv[1]) as f:
        specs = json.load(f)["graphs"]
    with open(sys.argv[2], "w") as f:
        json.dump({"networkx": nx.__version__, "graphs": [answer(s) for s in specs]}, f)


if __name__ == "__main__":
    main()
