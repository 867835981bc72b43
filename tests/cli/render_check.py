"""Checks the image `pactgraph render -o FILE [ARGS...]` writes.

Usage: render_check.py PACTGRAPH FILE.svg|png|pdf [ARGS...]; ARGS (--at, --engine, --size-by)
go to render. A PNG must start with the PNG signature, a PDF with %PDF- and end with %%EOF. An
SVG must parse as XML and draw one node per actor and one edge per tie of the day, the actors
networkx reads from `export --to graphml` with the same --at; with `--size-by degree|betweenness`,
the number under each state's name must be networkx's value on `pactgraph snapshot`'s graph (3
significant digits), and 0 for the actors outside the snapshot. Run with /usr/bin/python3.
"""
import io
import json
import math
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx

SVG = "{http://www.w3.org/2000/svg}"
MEASURES = {"degree": nx.degree_centrality, "betweenness": nx.betweenness_centrality}


def run(program, args):
    return subprocess.run([program, *args], check=True, capture_output=True).stdout


def option(args, name):
    return args[args.index(name) + 1] if name in args else None


def check_svg(program, path, args):
    failures = []
    root = ET.parse(path).getroot()
    drawn = {g.find(SVG + "title").text: [t.text for t in g.iter(SVG + "text")]
             for g in root.iter(SVG + "g") if g.get("class") == "node"}
    edges = sum(1 for g in root.iter(SVG + "g") if g.get("class") == "edge")
    view = ["--at", option(args, "--at")] if "--at" in args else []
    picture = nx.read_graphml(io.BytesIO(run(program, ["export", "--to", "graphml", *view])))
    if set(drawn) != set(picture.nodes) or len(drawn) != picture.number_of_nodes():
        failures.append(f"the SVG draws {sorted(drawn)}, the day's actors are {sorted(picture.nodes)}")
    if edges != picture.number_of_edges():
        failures.append(f"the SVG draws {edges} edges for {picture.number_of_edges()} ties")
    measure = option(args, "--size-by")
    if measure:
        snap = json.loads(run(program, ["snapshot", *view, "--format", "json"]))
        g = nx.Graph()
        g.add_nodes_from(n["abbrev"] for n in snap["nodes"])
        g.add_edges_from((t["source_abbrev"], t["target_abbrev"]) for t in snap["ties"])
        want = MEASURES[measure](g)
        for actor, texts in drawn.items():
            expected = want.get(actor, 0.0)
            if len(texts) != 2 or not math.isclose(float(texts[1]), expected, rel_tol=5e-3, abs_tol=1e-12):
                failures.append(f"{actor}: the SVG says {texts}, networkx's {measure} is {expected}")
    print(f"{path}: {len(drawn)} nodes, {edges} edges" + (f", sized by {measure}" if measure else ""))
    return failures


def main():
    program, path, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    if os.path.exists(path):
        os.remove(path)
    done = subprocess.run([program, "render", "-o", path, *args], capture_output=True)
    if done.returncode != 0 or done.stdout:
        print(f"render exited {done.returncode}, stdout {done.stdout!r}, stderr {done.stderr.decode()}")
        return 1
    with open(path, "rb") as f:
        data = f.read()
    extension = os.path.splitext(path)[1]
    if extension == ".svg":
        failures = check_svg(program, path, args)
    elif extension == ".png":
        failures = [] if data.startswith(b"\x89PNG\r\n\x1a\n") else ["no PNG signature"]
    else:
        failures = [] if data.startswith(b"%PDF-") and b"%%EOF" in data[-32:] else ["not a whole PDF"]
    print(f"{path}: {len(data)} bytes")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
