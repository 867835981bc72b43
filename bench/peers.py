"""The networkx and python-igraph sides of bench/compare.

Run with Debian's /usr/bin/python3 (python3-networkx, python3-igraph). Prints one JSON object of timings
on stdout; with --dump-values writes the values in networkx's convention for bench/compare to check.

  peers.py w1 --tool networkx|igraph --graphs FILE [--dump-values FILE]
  peers.py w2 --tool networkx|igraph --edges FILE --measure betweenness|closeness [--k 500] [--seed S]
               [--sample N] [--dump-values FILE]
"""

import argparse
import json
import math
import random
import sys
import time


def read_snapshots(path):
    """The W1 graph file: per snapshot "S year n m", a line of n vertex ids, then m lines "u v"."""
    snaps = []
    with open(path) as f:
        while True:
            head = f.readline()
            if not head:
                break
            _, year, n, m = head.split()
            nodes = [int(x) for x in f.readline().split()]
            edges = [tuple(int(x) for x in f.readline().split()) for _ in range(int(m))]
            assert len(nodes) == int(n)
            snaps.append((int(year), nodes, edges))
    return snaps


class stopwatch:
    """Wall and CPU seconds since creation: CPU time is robust to other jobs sharing the machine."""

    def __init__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self):
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def nan_on_failure(f):
    try:
        return f()
    except Exception as e:  # networkx.PowerIterationFailedConvergence, as pactgraph's error
        if type(e).__name__ != "PowerIterationFailedConvergence":
            raise
        return None


# ---------------------------------------------------------------- networkx

def w1_networkx(snaps):
    import networkx as nx
    t0 = stopwatch()
    graphs = []
    for year, nodes, edges in snaps:
        g = nx.Graph()
        g.add_nodes_from(nodes)
        g.add_edges_from(edges)
        graphs.append((year, g))
    load = t0.read()
    t1 = stopwatch()
    out = []
    for year, g in graphs:
        eig = nan_on_failure(lambda: nx.eigenvector_centrality(g))
        pr = nan_on_failure(lambda: nx.pagerank(g))
        out.append((year, list(g.nodes()), {
            "degree": nx.degree_centrality(g),
            "betweenness": nx.betweenness_centrality(g),
            "closeness": nx.closeness_centrality(g),
            "harmonic": nx.harmonic_centrality(g),
            "eigenvector": eig,
            "pagerank": pr,
        }))
    return load, t1.read(), out


def w2_networkx(n, edges, measure, k, seed, sample):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    t0 = stopwatch()
    if measure == "betweenness":
        # A sampled estimate (k sources, scaled by n/k): timed, not comparable to exact values.
        values = nx.betweenness_centrality(g, k=k, seed=seed)
        values = None
    else:
        # Exact closeness of a fixed sample of vertices: the check of networkx's values.
        chosen = random.Random(seed).sample(range(n), sample)
        values = {v: nx.closeness_centrality(g, u=v) for v in chosen}
    return t0.read(), values


# ---------------------------------------------------------------- igraph, converted to networkx's convention

def ig_closeness_nx(g):
    n = g.vcount()
    membership = g.connected_components().membership
    sizes = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    raw = g.closeness()  # igraph 0.10: (reached)/(Σ distances) over reachable vertices, NaN when isolated
    out = []
    for v, x in enumerate(raw):
        r = sizes[membership[v]] - 1
        out.append(0.0 if r == 0 or math.isnan(x) else x * r / (n - 1))
    return out


def ig_betweenness_nx(g):
    n = g.vcount()
    raw = g.betweenness(directed=False)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return [x * scale for x in raw]


def ig_eigenvector_nx(g):
    if g.ecount() == 0:
        return [1.0 / math.sqrt(g.vcount())] * g.vcount()
    raw = g.eigenvector_centrality(scale=True)
    norm = math.sqrt(sum(x * x for x in raw))
    return [x / norm for x in raw]


def w1_igraph(snaps):
    import igraph as ig
    t0 = stopwatch()
    graphs = []
    for year, nodes, edges in snaps:
        index = {c: i for i, c in enumerate(nodes)}
        g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in edges])
        graphs.append((year, nodes, g))
    load = t0.read()
    t1 = stopwatch()
    out = []
    for year, nodes, g in graphs:
        n = g.vcount()
        deg = [d / (n - 1) if n > 1 else 1.0 for d in g.degree()]
        values = {
            "degree": deg,
            "betweenness": ig_betweenness_nx(g),
            "closeness": ig_closeness_nx(g),
            "harmonic": g.harmonic_centrality(normalized=False),
            "eigenvector": ig_eigenvector_nx(g),
            "pagerank": g.pagerank(),
        }
        out.append((year, nodes, {k: dict(zip(nodes, v)) for k, v in values.items()}))
    return load, t1.read(), out


def w2_igraph(n, edges, measure):
    import igraph as ig
    g = ig.Graph(n=n, edges=edges)
    t0 = stopwatch()
    values = ig_betweenness_nx(g) if measure == "betweenness" else ig_closeness_nx(g)
    return t0.read(), dict(enumerate(values))


# ---------------------------------------------------------------- main

MEASURES = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("workload", choices=["w1", "w2"])
    p.add_argument("--tool", required=True, choices=["networkx", "igraph"])
    p.add_argument("--graphs")
    p.add_argument("--edges")
    p.add_argument("--measure", default="betweenness")
    p.add_argument("--k", type=int, default=500)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--sample", type=int, default=100)
    p.add_argument("--dump-values")
    a = p.parse_args()
    result = {}
    if a.workload == "w1":
        snaps = read_snapshots(a.graphs)
        load, metrics, out = (w1_networkx if a.tool == "networkx" else w1_igraph)(snaps)
        result = {"load_s": load[0], "load_cpu_s": load[1], "metrics_s": metrics[0], "metrics_cpu_s": metrics[1],
                  "total_s": load[0] + metrics[0], "total_cpu_s": load[1] + metrics[1]}
        if a.dump_values:
            with open(a.dump_values, "w") as f:
                for year, nodes, values in out:
                    for v in nodes:
                        row = []
                        for m in MEASURES:
                            d = values[m]
                            row.append("nan" if d is None else repr(float(d[v])))
                        f.write(f"{year} {v} {' '.join(row)}\n")
    else:
        with open(a.edges) as f:
            n, m = (int(x) for x in f.readline().split())
            edges = [tuple(int(x) for x in line.split()) for line in f]
        assert len(edges) == m
        if a.tool == "networkx":
            run, values = w2_networkx(n, edges, a.measure, a.k, a.seed, a.sample)
        else:
            run, values = w2_igraph(n, edges, a.measure)
        result = {"run_s": run[0], "cpu_s": run[1]}
        if a.dump_values and values is not None:
            with open(a.dump_values, "w") as f:
                for v, x in sorted(values.items()):
                    f.write(f"{v} {float(x)!r}\n")
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across execve, so it would report the driver's peak.
    with open("/proc/self/status") as f:
        result["peak_hwm_kib"] = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
