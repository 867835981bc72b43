"""Independent networkx reference on the real ATOP and COW data, straight from the raw CSVs.

Written from docs/design.md and the ATOP 5.1 codebook, not from the C++ code. It builds the
standard snapshot with the csv module and networkx and prints one of:

  atop_reference.py DATA_DIR graph DATE [defence] [directed]
      the snapshot (or, with "directed", the defence obligation view) in COW codes:
        nodes <ccode> ...                 sorted
        edges <ccode>-<ccode> ...         sorted; undirected edges smaller code first
  atop_reference.py DATA_DIR spectral DATE [defence] [directed]
      eigenvector (max_iter 1000) and Katz (alpha 0.01) centrality, where networkx's defaults do not
      converge on most real snapshots: "eigenvector <ccode> <value>", "katz <ccode> <value>"
  atop_reference.py DATA_DIR limits DATE TOL MAX_ITER
      eigenvector, PageRank and Katz with networkx's defaults but the given tolerance and iteration
      limit: "<measure> <ccode> <value>", or "<measure> fail" when networkx does not converge; then
      "iterations <measure> <k>", the fewest max_iter at which networkx converges at TOL
  atop_reference.py DATA_DIR convergence
      the figures docs/algorithms.md quotes: on the 203 yearly snapshots (31 December 1816-2018),
      the years where each measure fails at networkx's defaults and with more iterations (Katz:
      how many of them diverge); Guatemala's eigenvector centrality on 1914-06-28 at four tolerances
  atop_reference.py DATA_DIR example03
      what examples/03_most_central_1914_1962_2007 prints (its .expected file was checked with this)
  atop_reference.py DATA_DIR example04
      what examples/04_yearly_series prints

The rule:
- nodes: COW states whose states2016 spell [start, end) contains the date; an end on 2016-12-31
  is the end of the data, so it is open;
- a member row of ATOP 5.1 (atop5_1m.csv) is in effect on [entry, exit), yrexit 0 = ongoing, a
  blank or 0 day is the first of the month on entry and the last day of the month on exit;
- undirected tie: two distinct nodes with rows of the same alliance (atopid) and phase in effect
  on the date, one of which pledges an alliance obligation (defense, offense, neutral, nonagg,
  consul), or, with "defence", pledges defense; phases are compared apart because ATOP codes the
  successors of Czechoslovakia as parallel phases (codebook, PHASE);
- directed defence view: arc a -> b when a's row pledges defense and b's row is of the same
  alliance and phase, both in effect on the date.
Members that are not system members on the date (ATOP cowsys = 0) are left out.
"""
import calendar
import collections
import csv
import datetime
import itertools
import os
import sys

import networkx as nx

OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")
END_OF_DATA = datetime.date(2016, 12, 31)


def day(y, m, d, last):
    y, m = int(y), int(m)
    if d in ("", "0"):
        d = calendar.monthrange(y, m)[1] if last else 1
    return datetime.date(y, m, int(d))


class Data:
    def __init__(self, folder):
        with open(os.path.join(folder, "cow_states_v2016", "states2016.csv"), newline="") as f:
            self.states = list(csv.DictReader(f))
        with open(os.path.join(folder, "atop_v5.1", "atop5_1m.csv"), newline="") as f:
            self.members = list(csv.DictReader(f))
        self.abb = {int(s["ccode"]): s["stateabb"] for s in self.states}
        self.name = {int(s["ccode"]): s["statenme"] for s in self.states}

    def graph(self, when, defence=False, directed=False):
        g = nx.DiGraph() if directed else nx.Graph()
        for s in self.states:
            start = datetime.date(int(s["styear"]), int(s["stmonth"]), int(s["stday"]))
            end = datetime.date(int(s["endyear"]), int(s["endmonth"]), int(s["endday"]))
            if start <= when and (end == END_OF_DATA or when < end):
                g.add_node(int(s["ccode"]))
        pledge_columns = ("defense",) if defence or directed else OBLIGATIONS
        active = collections.defaultdict(list)
        for r in self.members:
            entry = day(r["yrent"], r["moent"], r["dayent"], last=False)
            ongoing = r["yrexit"] == "0"
            if entry <= when and (ongoing or when < day(r["yrexit"], r["moexit"], r["dayexit"], last=True)):
                pledges = any(r[c] == "1" for c in pledge_columns)
                active[(r["atopid"], r["phase"])].append((int(r["member"]), pledges))
        for rows in active.values():
            for (a, pa), (b, pb) in itertools.permutations(rows, 2):
                if a == b or a not in g or b not in g:
                    continue
                if directed:
                    if pa:
                        g.add_edge(a, b)
                elif pa or pb:
                    g.add_edge(a, b)
        return g


def ranked(values, key=lambda v: v):
    # Rounded to 1e-9 so equal values computed in another order tie, then by COW code.
    return sorted(values, key=lambda v: (-round(values[v] * 1e9), key(v)))


SPECTRAL = (("eigenvector", nx.eigenvector_centrality), ("pagerank", nx.pagerank), ("katz", nx.katz_centrality))


def limited_one(f, g, tol, max_iter):
    try:
        return f(g, tol=tol, max_iter=max_iter)
    except nx.PowerIterationFailedConvergence:
        return None


def limited(g, tol, max_iter):
    """Each spectral measure's values at these limits, None where networkx does not converge."""
    return {name: limited_one(f, g, tol, max_iter) for name, f in SPECTRAL}


def fewest_iterations(f, g, tol, max_iter):
    """The smallest max_iter at which f converges at tol (f converges at max_iter), by bisection."""
    low, high = 0, max_iter  # fails at low (0 iterations never converge), converges at high
    while high - low > 1:
        mid = (low + high) // 2
        try:
            f(g, tol=tol, max_iter=mid)
            high = mid
        except nx.PowerIterationFailedConvergence:
            low = mid
    return high


def spectrum(g):
    """The adjacency eigenvalues, largest first (numpy, a check apart from the power iterations)."""
    import numpy
    return sorted(numpy.linalg.eigvalsh(nx.to_numpy_array(g)), reverse=True)


def convergence(data):
    graphs = [(year, data.graph(datetime.date(year, 12, 31))) for year in range(1816, 2019)]
    for name, f in SPECTRAL:
        failed = []
        for year, g in graphs:
            try:
                f(g)
            except nx.PowerIterationFailedConvergence:
                failed.append((year, g))
        print(f"{name} fails at networkx's defaults on {len(failed)} of {len(graphs)}:", *(y for y, _ in failed))
        if name == "katz":
            # The series diverges when alpha = 0.1 is not below 1 / lambda_max; no limit helps.
            diverging = [y for y, g in failed if 0.1 * spectrum(g)[0] >= 1]
            print(f"  of which alpha * lambda_max >= 1: {len(diverging)}")
            continue
        if name == "eigenvector":
            # Power iteration on A + I shrinks the error by (lambda_2 + 1) / (lambda_1 + 1) per step.
            rates = [(spectrum(g)[1] + 1) / (spectrum(g)[0] + 1) for _, g in failed]
            print(f"  (lambda_2 + 1) / (lambda_1 + 1) on them: {min(rates):.4f} to {max(rates):.4f}")
        for max_iter in (1000, 10000):
            still = [y for y, g in failed if limited_one(f, g, 1e-6, max_iter) is None]
            print(f"  still failing with max_iter {max_iter}: {len(still)}:", *still)
    g = data.graph(datetime.date(1914, 6, 28))
    lam = spectrum(g)
    print(f"1914-06-28: lambda_1 {lam[0]:.4f}, lambda_2 {lam[1]:.4f}, GUA's component"
          f" {sorted(nx.node_connected_component(g, 90))}, rate (lambda_2 + 1) / (lambda_1 + 1) {(lam[1] + 1) / (lam[0] + 1):.4f}")
    for tol in (1e-6, 1e-9, 1e-12, 1e-15):
        x = nx.eigenvector_centrality(g, tol=tol, max_iter=100000)
        k = fewest_iterations(nx.eigenvector_centrality, g, tol, 100000)
        print(f"1914-06-28 eigenvector tol {tol:g}: {k} iterations, GUA {x[90]:.3g}, largest {max(x.values())!r}")


def example03(data):
    print("Ten most central states by betweenness (networkx normalisation), standard ATOP snapshot")
    for text in ("1914-06-28", "1962-10-16", "2007-05-30"):
        g = data.graph(datetime.date.fromisoformat(text))
        b = nx.betweenness_centrality(g)
        print(f"\n{text}: {g.number_of_nodes()} states, {g.number_of_edges()} ties")
        for rank, v in enumerate(ranked(b)[:10], 1):
            print(f"{rank:4d}  {data.abb[v]:<4}{data.name[v]:<26}{b[v]:.6f}")


def example04(data):
    print("Standard ATOP snapshot on 31 December of each year, 1816-2018: means per decade")
    print("decade  states    ties  density  mean closeness  max betweenness  top by betweenness (years)")
    rows = collections.defaultdict(list)
    for year in range(1816, 2019):
        g = data.graph(datetime.date(year, 12, 31))
        n = g.number_of_nodes()
        b = nx.betweenness_centrality(g)
        top = ranked(b)[0]
        mean_closeness = sum(nx.closeness_centrality(g).values()) / n
        rows[year // 10 * 10].append((n, g.number_of_edges(), nx.density(g), mean_closeness, b[top],
                                      data.abb[top] if b[top] > 0 else "-"))
    for decade, years in sorted(rows.items()):
        k = len(years)
        tops = collections.Counter(r[5] for r in years)
        best = min(tops, key=lambda a: (-tops[a], a))
        print(f"{decade}s {sum(r[0] for r in years) / k:7.1f} {sum(r[1] for r in years) / k:7.1f}"
              f" {sum(r[2] for r in years) / k:8.4f} {sum(r[3] for r in years) / k:15.4f}"
              f" {sum(r[4] for r in years) / k:16.4f}  {best} ({tops[best]})")


def main():
    data = Data(sys.argv[1])
    mode = sys.argv[2]
    if mode == "graph":
        flags = set(sys.argv[4:])
        directed = "directed" in flags
        g = data.graph(datetime.date.fromisoformat(sys.argv[3]), defence="defence" in flags, directed=directed)
        edges = sorted(g.edges() if directed else (tuple(sorted(e)) for e in g.edges()))
        print("nodes", *sorted(g.nodes()))
        print("edges", *(f"{a}-{b}" for a, b in edges))
    elif mode == "spectral":
        flags = set(sys.argv[4:])
        g = data.graph(datetime.date.fromisoformat(sys.argv[3]), defence="defence" in flags, directed="directed" in flags)
        for name, values in (("eigenvector", nx.eigenvector_centrality(g, max_iter=1000)),
                             ("katz", nx.katz_centrality(g, alpha=0.01, max_iter=1000))):
            print("\n".join(f"{name} {v} {x!r}" for v, x in sorted(values.items())))
    elif mode == "limits":
        g = data.graph(datetime.date.fromisoformat(sys.argv[3]))
        tol, max_iter = float(sys.argv[4]), int(sys.argv[5])
        values = limited(g, tol, max_iter)
        for name, f in SPECTRAL:
            if values[name] is None:
                print(name, "fail")
            else:
                print("\n".join(f"{name} {v} {x!r}" for v, x in sorted(values[name].items())))
                print("iterations", name, fewest_iterations(f, g, tol, max_iter))
    elif mode == "convergence":
        convergence(data)
    elif mode == "example03":
        example03(data)
    elif mode == "example04":
        example04(data)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
