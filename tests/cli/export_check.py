"""Checks `pactgraph export --to graphml|dot` by reading its output back with other tools.

Usage: export_check.py PACTGRAPH WORKDIR --at DATE NODES TIES PAIRS

GraphML is read by networkx, DOT by Graphviz (gvpr prints the nodes and edges Graphviz parsed).
Both must hold NODES actors and TIES ties between PAIRS distinct pairs (counted by hand from the
seed scenario), the same actors and ties in both formats, and `-o FILE` must write the bytes
stdout gets. Narrowed to the standard view (states, alliance ties), the GraphML must collapse
to the graph `pactgraph snapshot` prints. Run with /usr/bin/python3 (Debian's networkx).
"""
import collections
import io
import json
import os
import subprocess
import sys

import networkx as nx


def run(program, args):
    return subprocess.run([program, *args], check=True, capture_output=True).stdout


def export(program, workdir, to, view):
    """The export on stdout, after checking that -o FILE writes the same bytes and prints nothing."""
    text = run(program, ["export", "--to", to, *view])
    path = os.path.join(workdir, f"export_check_{view[-1]}.{to}")
    if os.path.exists(path):
        os.remove(path)
    printed = run(program, ["export", "--to", to, *view, "-o", path])
    with open(path, "rb") as f:
        written = f.read()
    problems = []
    if printed:
        problems.append(f"export --to {to} -o printed {len(printed)} bytes on stdout")
    if written != text:
        problems.append(f"export --to {to} -o wrote other bytes than stdout got")
    return text, problems


def read_graphml(text):
    g = nx.read_graphml(io.BytesIO(text))
    return set(g.nodes), collections.Counter(frozenset(e) for e in g.edges())


def read_dot(text):
    # gvpr runs Graphviz's own DOT parser; one line per node and per edge as it understood them.
    script = 'N { print("N\\t", $.name); } E { print("E\\t", $.tail.name, "\\t", $.head.name); }'
    out = subprocess.run(["gvpr", script], input=text, check=True, capture_output=True).stdout.decode()
    nodes, edges = set(), collections.Counter()
    for line in out.splitlines():
        kind, *names = line.split("\t")
        if kind == "N":
            nodes.add(names[0])
        else:
            edges[frozenset(names)] += 1
    return nodes, edges


def main():
    program, workdir, at_flag, at = sys.argv[1:5]
    nodes, ties, pairs = (int(x) for x in sys.argv[5:8])
    view = [at_flag, at]
    failures = []
    graphs = {}
    for to, reader in (("graphml", read_graphml), ("dot", read_dot)):
        text, problems = export(program, workdir, to, view)
        failures += problems
        graphs[to] = reader(text)
        got = (len(graphs[to][0]), sum(graphs[to][1].values()), len(graphs[to][1]))
        if got != (nodes, ties, pairs):
            failures.append(f"{to}: {got[0]} nodes, {got[1]} ties, {got[2]} pairs; expected {nodes}, {ties}, {pairs}")
    if graphs["graphml"] != graphs["dot"]:
        failures.append("the GraphML and the DOT hold different actors or ties")

    # The standard view of the same day, as `snapshot` gives it: one tie per pair, with its multiplicity.
    standard = [*view, "--kinds", "alliance", "--actors", "states"]
    g_nodes, g_edges = read_graphml(run(program, ["export", "--to", "graphml", *standard]))
    snap = json.loads(run(program, ["snapshot", *view, "--format", "json"]))
    s_nodes = {n["abbrev"] for n in snap["nodes"]}
    s_edges = collections.Counter({frozenset((t["source_abbrev"], t["target_abbrev"])): t["multiplicity"]
                                   for t in snap["ties"]})
    if g_nodes != s_nodes or g_edges != s_edges:
        failures.append(f"standard view: GraphML {len(g_nodes)} nodes {sum(g_edges.values())} ties, "
                        f"snapshot {len(s_nodes)} nodes {sum(s_edges.values())} ties, or other pairs")

    print(f"{at}: expected {nodes} actors, {ties} ties, {pairs} pairs in GraphML and DOT; "
          f"standard view: {len(s_nodes)} actors, {len(s_edges)} pairs in the snapshot")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
