"""Checks `pactgraph centrality --tolerance --max-iterations` against networkx at the same limits.

Usage: convergence_check.py PACTGRAPH DATA_DIR. The reference graph is built from the raw ATOP and
COW CSVs by tests/algorithms/atop_reference.py, not from pactgraph's output. On 1914-06-28 the values
at networkx's defaults and at a tolerance of 1e-12 must each equal networkx's at the same limits
(relative 1e-9, so Guatemala's 1.1e-4 and 1.1e-10 are told apart); on 2007-12-31, where networkx's
eigenvector centrality fails at its defaults, the column must be empty with a note naming the
options, and filled with networkx's values at 1000 iterations. Exits 1 listing every difference.
Run with /usr/bin/python3 (Debian's networkx). Missing data fail the check.
"""
import datetime
import json
import math
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "algorithms"))
import atop_reference  # noqa: E402


def centrality(program, data_dir, date, limits):
    out = subprocess.run([program, "--data-dir", data_dir, "centrality", "--at", date, "--metrics",
                          "eigenvector,pagerank,katz", "--format", "json", *limits],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def compare(failures, label, got, graph, tol, max_iter):
    want = atop_reference.limited(graph, tol, max_iter)
    nodes = {n["code"]: n for n in got["nodes"]}
    if set(nodes) != set(graph.nodes):
        failures.append(f"{label}: pactgraph and the reference disagree on the states")
        return want
    for measure, values in want.items():
        for code in graph.nodes:
            mine, theirs = nodes[code][measure], None if values is None else values[code]
            if mine is None or theirs is None:
                if mine is not theirs:
                    failures.append(f"{label} {measure}[{code}]: pactgraph {mine}, networkx {theirs}")
            elif not math.isclose(mine, theirs, rel_tol=1e-9, abs_tol=0):
                failures.append(f"{label} {measure}[{code}]: pactgraph {mine!r}, networkx {theirs!r}")
    return want


def main():
    program, data_dir = sys.argv[1], sys.argv[2]
    data = atop_reference.Data(data_dir)
    failures = []
    g1914 = data.graph(datetime.date(1914, 6, 28))
    compare(failures, "1914 defaults", centrality(program, data_dir, "1914-06-28", []), g1914, 1e-6, 100)
    tight = ["--tolerance", "1e-12", "--max-iterations", "100000"]
    compare(failures, "1914 tight", centrality(program, data_dir, "1914-06-28", tight), g1914, 1e-12, 100000)

    g2007 = data.graph(datetime.date(2007, 12, 31))
    defaults = centrality(program, data_dir, "2007-12-31", [])
    if compare(failures, "2007 defaults", defaults, g2007, 1e-6, 100)["eigenvector"] is not None:
        failures.append("2007 defaults: networkx's eigenvector centrality converged; pick another date")
    if not any("eigenvector centrality did not converge in 100 iterations at tolerance 1e-06 "
               "(see --max-iterations and --tolerance)" in note for note in defaults.get("notes", [])):
        failures.append(f"2007 defaults: no note on eigenvector centrality: {defaults.get('notes')}")
    raised = centrality(program, data_dir, "2007-12-31", ["--max-iterations", "1000"])
    if compare(failures, "2007 1000 iterations", raised, g2007, 1e-6, 1000)["eigenvector"] is None:
        failures.append("2007 1000 iterations: networkx's eigenvector centrality still fails")

    print(f"{len(g1914)} and {len(g2007)} states compared at four limits")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
