"""Driver of bench/compare: runs every tool on the same inputs, checks their values agree, times them and
writes the table (stdout and bench/RESULTS.md). Run it through bench/compare, which builds the programs."""

import argparse
import datetime
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from results_part import write_part

ROOT = Path(__file__).resolve().parent.parent
PEERS = ROOT / "bench" / "peers.py"
PY = "/usr/bin/python3"
W1_MEASURES = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"]
EXACT, ITERATIVE = 1e-9, 1e-6


class mismatch(Exception):
    pass


def run(cmd):
    """Runs one tool process; returns its JSON line plus the process's peak RSS and CPU seconds."""
    proc = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"bench/compare: {' '.join(map(str, cmd))} failed ({proc.returncode}):\n{err}")
    result = json.loads(out.strip().splitlines()[-1])
    return result


def median(rows, key):
    return statistics.median(r[key] for r in rows)


def close(a, b, tol):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= tol


def read_values(path):
    """Rows "year code v1 v2 ..." keyed by (year, code)."""
    out = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            out[(int(parts[0]), int(parts[1]))] = [float(x) for x in parts[2:]]
    return out


def read_column(path):
    with open(path) as f:
        return [float(line.split()[-1]) for line in f]


def read_keyed(path):
    out = {}
    with open(path) as f:
        for line in f:
            k, v = line.split()
            out[int(k)] = float(v)
    return out


def check(label, pairs, tol):
    """pairs: iterable of (key, a, b); raises mismatch with the worst offender; returns (count, worst)."""
    worst, worst_key, count = 0.0, None, 0
    for key, a, b in pairs:
        count += 1
        if not close(a, b, tol):
            raise mismatch(f"{label}: {key}: {a!r} vs {b!r} (tolerance {tol})")
        if not math.isnan(a) and abs(a - b) > worst:
            worst, worst_key = abs(a - b), key
    return count, worst


def shared_leading_eigenvalue(graph_file):
    """Years whose leading adjacency eigenvalue belongs to two or more components: the eigenvector is then
    not unique, and igraph (ARPACK) and networkx (power iteration on A + I) may each return another one."""
    sys.path.insert(0, str(ROOT / "bench"))
    import igraph as ig
    import peers
    years = set()
    for year, nodes, edges in peers.read_snapshots(graph_file):
        index = {c: i for i, c in enumerate(nodes)}
        g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in edges])
        tops = []
        for comp in g.connected_components():
            sub = g.subgraph(comp)
            if sub.ecount():
                tops.append(sub.eigenvector_centrality(return_eigenvalue=True)[1])
        tops.sort(reverse=True)
        if len(tops) > 1 and abs(tops[0] - tops[1]) < 1e-9:
            years.add(year)
    return years


# ---------------------------------------------------------------- workloads

def w1(a, work, runner, notes):
    graphs, pg_values = work / "w1_graphs.txt", work / "w1_pactgraph.txt"
    nx_values, ig_values = work / "w1_networkx.txt", work / "w1_igraph.txt"
    pg = [run([runner, "w1", "--data", a.data, "--dump-graphs", graphs, "--dump-values", pg_values])]
    ig = [run([PY, PEERS, "w1", "--tool", "igraph", "--graphs", graphs, "--dump-values", ig_values])]
    nx = [run([PY, PEERS, "w1", "--tool", "networkx", "--graphs", graphs, "--dump-values", nx_values])]

    # Values first: a mismatch stops the run before any figure is kept.
    p, n, i = read_values(pg_values), read_values(nx_values), read_values(ig_values)
    if set(p) != set(n) or set(p) != set(i):
        raise mismatch("w1: the tools do not see the same (year, state) vertices")
    checks = []
    for k, m in enumerate(W1_MEASURES):
        tol = ITERATIVE if m in ("eigenvector", "pagerank") else EXACT
        count, worst = check(f"w1 {m} pactgraph vs networkx", ((key, p[key][k], n[key][k]) for key in p), tol)
        checks.append(f"W1 {m}: pactgraph = networkx on {count} (year, state) values, worst |diff| {worst:.2e} (tol {tol:g})")
    nan_years = sorted({key[0] for key in p if math.isnan(p[key][4])})
    for k, m in enumerate(W1_MEASURES[:4]):
        count, worst = check(f"w1 {m} pactgraph vs igraph", ((key, p[key][k], i[key][k]) for key in p), EXACT)
        checks.append(f"W1 {m}: pactgraph = igraph on {count} values, worst |diff| {worst:.2e} (tol {EXACT:g})")
    count, worst = check("w1 pagerank pactgraph (to the fixed point) vs igraph",
                         ((key, p[key][7], i[key][5]) for key in p), ITERATIVE)
    checks.append(f"W1 pagerank: pactgraph iterated to the fixed point = igraph (PRPACK) on {count} values, "
                  f"worst |diff| {worst:.2e} (tol {ITERATIVE:g})")
    ambiguous = shared_leading_eigenvalue(graphs)
    keys = [key for key in p if key[0] not in ambiguous and not math.isnan(p[key][6])]
    skipped = sorted({key[0] for key in p if key[0] in ambiguous or math.isnan(p[key][6])})
    count, worst = check("w1 eigenvector pactgraph (to the fixed point) vs igraph",
                         ((key, p[key][6], i[key][4]) for key in keys), ITERATIVE)
    checks.append(f"W1 eigenvector: pactgraph iterated to the fixed point = igraph (ARPACK) on {count} values, worst "
                  f"|diff| {worst:.2e} (tol {ITERATIVE:g}); not compared: {len(skipped)} snapshots whose leading "
                  f"eigenvalue is shared by several components (eigenvector not unique): {skipped}")
    notes.append(f"W1: networkx's eigenvector_centrality raises PowerIterationFailedConvergence (100 iterations) on "
                 f"{len(nan_years)} of the 203 snapshots ({nan_years[0]}–{nan_years[-1]} among them) and pactgraph's "
                 f"throws on exactly the same ones; both count as \"no value\" there, and the check requires they agree.")

    for _ in range(a.runs - 1):
        pg.append(run([runner, "w1", "--data", a.data]))
        ig.append(run([PY, PEERS, "w1", "--tool", "igraph", "--graphs", graphs]))
    for _ in range(a.nx_runs - 1):
        nx.append(run([PY, PEERS, "w1", "--tool", "networkx", "--graphs", graphs]))
    return {"pg": pg, "ig": ig, "nx": nx, "checks": checks}


def w2(a, work, runner, bgl, notes):
    edges = work / "ba_10000_5.txt"
    if not edges.exists():
        run([runner, "gen-ba", "--vertices", 10000, "--m", 5, "--seed", 20240607, "--out", edges])
    with open(edges) as f:
        n, m = (int(x) for x in f.readline().split())
    out = {"n": n, "m": m, "checks": []}
    for measure in ("betweenness", "closeness"):
        rows = {"pg1": [], "pgall": [], "bgl": [], "ig": [], "nx": []}
        for r in range(a.w2_runs):
            dump = (lambda tool: ["--dump-values", work / f"w2_{measure}_{tool}.txt"]) if r == 0 else (lambda tool: [])
            rows["pg1"].append(run([runner, "w2", "--edges", edges, "--measure", measure, "--threads", 1] + dump("pg1")))
            rows["pgall"].append(run([runner, "w2", "--edges", edges, "--measure", measure, "--threads", 0] + dump("pgall")))
            rows["bgl"].append(run([bgl, "--edges", edges, "--measure", measure] + dump("bgl")))
            rows["ig"].append(run([PY, PEERS, "w2", "--tool", "igraph", "--edges", edges, "--measure", measure] + dump("ig")))
            if r == 0:
                ref = read_column(work / f"w2_{measure}_pg1.txt")
                for tool, name in (("pgall", "pactgraph on all threads"), ("bgl", "plain Boost.Graph"), ("ig", "igraph")):
                    other = read_column(work / f"w2_{measure}_{tool}.txt")
                    count, worst = check(f"w2 {measure} pactgraph vs {name}",
                                         ((v, ref[v], other[v]) for v in range(n)), EXACT)
                    out["checks"].append(f"W2 {measure}: pactgraph (1 thread) = {name} on {count} vertices, "
                                         f"worst |diff| {worst:.2e} (tol {EXACT:g})")
        if measure == "betweenness":
            for _ in range(a.nx_runs):
                rows["nx"].append(run([PY, PEERS, "w2", "--tool", "networkx", "--edges", edges, "--measure", measure,
                                       "--k", 500, "--seed", 42]))
        else:
            # networkx's closeness of all 10,000 vertices takes many minutes: checked on a sample, not timed.
            run([PY, PEERS, "w2", "--tool", "networkx", "--edges", edges, "--measure", "closeness", "--sample", 100,
                 "--seed", 42, "--dump-values", work / "w2_closeness_nx.txt"])
            ref = read_column(work / "w2_closeness_pg1.txt")
            sample = read_keyed(work / "w2_closeness_nx.txt")
            count, worst = check("w2 closeness pactgraph vs networkx", ((v, ref[v], x) for v, x in sample.items()), EXACT)
            out["checks"].append(f"W2 closeness: pactgraph = networkx on a fixed sample of {count} vertices "
                                 f"(networkx's full closeness is not timed: many minutes), worst |diff| {worst:.2e}")
        out[measure] = rows
    notes.append("W2: networkx's betweenness is its sampled estimate (k = 500 sources, seed 42, scaled), so it is "
                 "timed but its values cannot be compared; networkx is checked on closeness instead.")
    return out


def w3(a, runner):
    # Pacts of 40–60 members: with pacts of 2–10 members the build takes minutes, because add_pact grows the
    # tie vector by exactly what each pact needs (see the notes); that is measured apart, on 100,000 and 200,000 ties.
    rows = [run([runner, "w3", "--actors", 20000, "--ties", 1000000, "--seed", 7, "--snapshots", 200,
                 "--min-members", 40, "--max-members", 60]) for _ in range(a.w2_runs)]
    small = [run([runner, "w3", "--actors", 20000, "--ties", t, "--seed", 7, "--snapshots", 1]) for t in (100000, 200000)]
    return {"rows": rows, "small": small, "checks": ["W3: snapshot edge counts equal on 1 and on all threads, and equal a pair-by-pair "
                                     "count of active ties on 3 of the 200 dates (checked inside the runner)"]}


# ---------------------------------------------------------------- report

def fmt(x):
    return f"{x:.3f}" if x < 100 else f"{x:.1f}"


def mib(rows):
    # Results from before the VmHWM fix carry only ru_maxrss, which a child inherits from the driver: not shown.
    if any("peak_hwm_kib" not in r for r in rows):
        return "n/a"
    return f"{max(r['peak_hwm_kib'] for r in rows) / 1024:.0f}"


def verdict(ok):
    return "met" if ok else "**missed**"


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()
    return cpu, os.cpu_count(), load


def versions():
    import igraph
    import networkx
    boost = "unknown"
    try:
        for line in open("/usr/include/boost/version.hpp"):
            if line.startswith("#define BOOST_LIB_VERSION"):
                boost = line.split('"')[1].replace("_", ".")
    except OSError:
        pass
    gxx = subprocess.run(["g++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return {"networkx": networkx.__version__, "python-igraph": igraph.__version__, "Boost": boost,
            "Python": platform.python_version(), "compiler": gxx}


def report(a, r, notes, started, load_before):
    lines = []
    cpu, cores, load_after = machine()
    load_after = getattr(a, "load_after", None) or load_after
    lines.append("# pactgraph benchmarks: side by side with networkx, python-igraph and plain Boost.Graph\n")
    if a.from_json:
        # Nothing ran now: say whose figures these are, and that machine and versions are read again here.
        lines.append(f"Re-rendered by `bench/compare --from-json {a.from_json}` on {datetime.date.today().isoformat()} "
                     f"from the results of `{a.command}` (run on {a.run_date or 'an unrecorded date'}, "
                     f"{time.time() - started:.0f} s). No tool was run and no value was re-checked for this "
                     f"rendering; the machine and versions below are those of the rendering.\n")
    else:
        lines.append(f"Written by `{a.command}` on {datetime.date.today().isoformat()} "
                     f"({time.time() - started:.0f} s for the whole run, build included only if it was needed).\n")
    lines.append(f"- Machine: {cpu}, {cores} cores. Load average {load_before[0]:.1f} when the run began and "
                 f"{load_after[0]:.1f} when it ended.")
    for k, v in versions().items():
        lines.append(f"- {k}: {v}")
    lines.append(f"- Runs: medians of {a.runs} (W1 pactgraph and igraph), {a.w2_runs} (W3; W2 pactgraph, igraph, "
                 f"Boost.Graph), {a.nx_runs} (networkx) runs; each tool runs as its own process on the same input file.")
    lines.append("- Wall = elapsed seconds of the timed section; CPU = CPU seconds of that section over all threads. "
                 "Peak memory = the process's maximum resident set (MiB), whole process (Python interpreter and "
                 "modules included for the peers).\n")
    if load_before[0] > (cores or 1):
        lines.append(f"**The machine was shared** (load average {load_before[0]:.1f} on {cores} cores: other engineers "
                     "were compiling), so wall times are inflated and noisy. CPU seconds are less affected and "
                     "single-thread ratios are given on both; thread speed-ups need idle cores and are not reliable "
                     "from this run.\n")

    if "w1" in r:
        x = r["w1"]
        pg, ig, nx = x["pg"], x["ig"], x["nx"]
        lines.append("## W1 — ATOP yearly series: 203 standard snapshots (31 December 1816–2018), six measures\n")
        s = pg[0]
        lines.append(f"{s['snapshots']} snapshots, {s['vertices']} vertices and {s['edges']} edges in all, from "
                     f"{s['ties']} ATOP dyadic ties. Measures: degree, betweenness, closeness, harmonic, eigenvector, "
                     f"PageRank (networkx conventions). Peers read the same snapshots as edge lists written by "
                     f"pactgraph.\n")
        lines.append("| tool | what is timed | wall s | CPU s | peak MiB |")
        lines.append("|---|---|---:|---:|---:|")
        lines.append(f"| pactgraph ({s['threads']} threads) | end to end: load CSVs + 203 snapshots + measures | "
                     f"{fmt(median(pg, 'end_to_end_s'))} | {fmt(median(pg, 'end_to_end_cpu_s'))} | {mib(pg)} |")
        lines.append(f"| pactgraph | of which loading ATOP + COW states | {fmt(median(pg, 'load_s'))} | | |")
        lines.append(f"| pactgraph (1 thread) | measures alone, snapshots prebuilt | {fmt(median(pg, 'metrics_1t_s'))} | "
                     f"{fmt(median(pg, 'metrics_1t_cpu_s'))} | |")
        lines.append(f"| pactgraph ({s['threads']} threads) | measures alone | {fmt(median(pg, 'metrics_all_s'))} | "
                     f"{fmt(median(pg, 'metrics_all_cpu_s'))} | |")
        lines.append(f"| networkx | read edge lists + measures | {fmt(median(nx, 'total_s'))} | "
                     f"{fmt(median(nx, 'total_cpu_s'))} | {mib(nx)} |")
        lines.append(f"| networkx | measures alone | {fmt(median(nx, 'metrics_s'))} | {fmt(median(nx, 'metrics_cpu_s'))} | |")
        lines.append(f"| python-igraph | read edge lists + measures | {fmt(median(ig, 'total_s'))} | "
                     f"{fmt(median(ig, 'total_cpu_s'))} | {mib(ig)} |")
        lines.append(f"| python-igraph | measures alone | {fmt(median(ig, 'metrics_s'))} | {fmt(median(ig, 'metrics_cpu_s'))} | |")
        e2e_wall = median(nx, "total_s") / median(pg, "end_to_end_s")
        e2e_cpu = median(nx, "total_cpu_s") / median(pg, "end_to_end_cpu_s")
        m_wall = median(pg, "metrics_1t_s") / median(ig, "metrics_s")
        m_cpu = median(pg, "metrics_1t_cpu_s") / median(ig, "metrics_cpu_s")
        m_all = median(pg, "metrics_all_s") / median(ig, "metrics_s")
        lines.append("")
        lines.append("| target | wall | CPU | verdict |")
        lines.append("|---|---:|---:|---|")
        lines.append(f"| networkx total / pactgraph end to end ≥ 50× | {e2e_wall:.1f}× | {e2e_cpu:.1f}× | "
                     f"{verdict(min(e2e_wall, e2e_cpu) >= 50)} |")
        lines.append(f"| pactgraph measures (1 thread) / igraph measures ≤ 0.25 | {m_wall:.3f} | {m_cpu:.3f} | "
                     f"{verdict(max(m_wall, m_cpu) <= 0.25)} |")
        lines.append(f"| pactgraph measures ({s['threads']} threads, wall) / igraph measures | {m_all:.3f} | | |")
        lines.append("")

    if "w2" in r:
        x = r["w2"]
        lines.append(f"## W2 — Barabási–Albert graph: {x['n']} vertices, {x['m']} edges (m = 5, seed 20240607)\n")
        lines.append("| measure | tool | wall s | CPU s | peak MiB |")
        lines.append("|---|---|---:|---:|---:|")
        names = {"pg1": "pactgraph, 1 thread", "pgall": "pactgraph, all threads", "bgl": "plain Boost.Graph (CSR)",
                 "ig": "python-igraph (C core)", "nx": "networkx, k = 500 sampled sources"}
        ratios = []
        for measure in ("betweenness", "closeness"):
            rows = x[measure]
            for tool in ("pg1", "pgall", "bgl", "ig", "nx"):
                if rows[tool]:
                    lines.append(f"| {measure} | {names[tool]} | {fmt(median(rows[tool], 'run_s'))} | "
                                 f"{fmt(median(rows[tool], 'cpu_s'))} | {mib(rows[tool])} |")
            ratios.append((measure, rows))
        lines.append("")
        lines.append("| target | wall | CPU | verdict |")
        lines.append("|---|---:|---:|---|")
        for measure, rows in ratios:
            pg1w, pg1c = median(rows["pg1"], "run_s"), median(rows["pg1"], "cpu_s")
            for tool, label in (("ig", "igraph"), ("bgl", "Boost.Graph")):
                w, c = pg1w / median(rows[tool], "run_s"), pg1c / median(rows[tool], "cpu_s")
                target = measure == "betweenness"
                lines.append(f"| {measure}: pactgraph 1 thread / {label}{' ≤ 0.5' if target else ''} | {w:.3f} | "
                             f"{c:.3f} | {verdict(max(w, c) <= 0.5) if target else '(no target)'} |")
            speedup = pg1w / median(rows["pgall"], "run_s")
            threads = rows["pgall"][0]["threads"]
            target = measure == "betweenness"
            lines.append(f"| {measure}: {threads} threads speed-up over 1 (wall){' ≥ 1.7×' if target else ''} | "
                         f"{speedup:.2f}× | | {verdict(speedup >= 1.7) if target else '(no target)'} |")
        if x["betweenness"]["nx"]:
            lines.append(f"| betweenness: networkx (k = 500 estimate) / pactgraph 1 thread | "
                         f"{median(x['betweenness']['nx'], 'run_s') / median(x['betweenness']['pg1'], 'run_s'):.1f}× | "
                         f"{median(x['betweenness']['nx'], 'cpu_s') / median(x['betweenness']['pg1'], 'cpu_s'):.1f}× | |")
        lines.append("")

    if "w3" in r:
        rows = r["w3"]["rows"]
        s = rows[0]
        lines.append(f"## W3 — temporal model at scale: {s['actors']} actors, {s['ties']} dated ties\n")
        lines.append(f"Synthetic, seed 7: every actor a state with one system spell; {s['pacts']} multilateral pacts of "
                     f"{s['min_members']}–{s['max_members']} members with one shared spell each, added until the network holds exactly {s['ties']} "
                     f"ties. Snapshots: 31 December of the 200 years 1817–2016 ({s['snapshot_edges']} snapshot edges "
                     f"in all).\n")
        bpt = median(rows, "bytes_per_tie")
        snap1, snapall = median(rows, "snapshots_1t_s"), median(rows, "snapshots_all_s")
        lines.append("| figure | value | target | verdict |")
        lines.append("|---|---:|---|---|")
        lines.append(f"| build (add_actor + add_pact), wall / CPU s | {fmt(median(rows, 'build_s'))} / "
                     f"{fmt(median(rows, 'build_cpu_s'))} | | |")
        lines.append(f"| heap in use after the build, bytes per tie (everything: ties, multigraph, pacts, actors) | "
                     f"{bpt:.1f} | ≤ 64 | {verdict(bpt <= 64)} |")
        lines.append(f"| sizeof(tie) | {s['sizeof_tie']} | | |")
        lines.append(f"| 200 snapshots, 1 thread, wall / CPU s | {fmt(snap1)} / {fmt(median(rows, 'snapshots_1t_cpu_s'))}"
                     f" | < 2 s | {verdict(snap1 < 2)} |")
        lines.append(f"| 200 snapshots, {s['threads']} threads, wall / CPU s | {fmt(snapall)} / "
                     f"{fmt(median(rows, 'snapshots_all_cpu_s'))} | < 2 s | {verdict(snapall < 2)} |")
        lines.append(f"| peak resident memory of the process, MiB | {mib(rows)} | | |")
        lines.append("")
        a1, a2 = r["w3"]["small"]
        lines.append(f"Build with pacts of 2–10 members instead: {a1['ties']} ties ({a1['pacts']} pacts) in "
                     f"{fmt(a1['build_cpu_s'])} CPU s, {a2['ties']} ties ({a2['pacts']} pacts) in {fmt(a2['build_cpu_s'])} "
                     f"CPU s: ×{a2['build_cpu_s'] / a1['build_cpu_s']:.1f} for twice the ties (×2 would be linear; "
                     f"×4 quadratic, as before a fix to add_pact).\n")

    if a.from_json:
        lines.append(f"## Value checks (as recorded by the run of {a.run_date or 'an unrecorded date'}, which passed "
                     "them; not re-run by this re-rendering)\n")
    else:
        lines.append("## Value checks (all passed; a mismatch fails the run before any table is written)\n")
    for part in ("w1", "w2", "w3"):
        if part in r:
            for c in r[part]["checks"]:
                lines.append(f"- {c}")
    lines.append("")
    if notes:
        lines.append("## Notes\n")
        for n in notes:
            lines.append(f"- {n}")
        lines.append("")
    return "\n".join(lines)


# RESULTS.md also holds the parts other scripts write (panels, similarity, Python, R).
BEGIN, END = "<!-- compare: written by bench/compare -->", "<!-- compare: end -->"


def main():
    p = argparse.ArgumentParser(prog="bench/compare")
    p.add_argument("--build", required=True)
    p.add_argument("--runs", type=int, default=3, help="runs of W1 (pactgraph, igraph) and W3")
    p.add_argument("--w2-runs", type=int, default=1, help="runs of W2 and W3 (each run takes minutes on a busy machine)")
    p.add_argument("--nx-runs", type=int, default=1, help="runs of networkx (W1 and W2)")
    p.add_argument("--quick", action="store_true", help="one run of everything")
    p.add_argument("--only", default="w1,w2,w3")
    p.add_argument("--no-results", action="store_true", help="print the table, do not write bench/RESULTS.md")
    p.add_argument("--from-json", help="re-render the report from a results.json of an earlier run (no runs)")
    p.add_argument("--closing-note", help="Markdown appended to RESULTS.md (default bench/closing_note.md: missed targets, profiles)")
    a = p.parse_args()
    if a.quick:
        a.runs = a.w2_runs = a.nx_runs = 1
    a.command = "bench/compare " + " ".join(x for x in sys.argv[3:])
    a.data = os.environ.get("PACTGRAPH_DATA_DIR") or str(ROOT.parent / "shared" / "data")
    build = Path(a.build)
    runner, bgl = build / "bench" / "pactgraph_bench_runner", build / "bench" / "pactgraph_bench_bgl_peer"
    work = build / "bench" / "compare-work"
    work.mkdir(parents=True, exist_ok=True)
    started, load_before = time.time(), os.getloadavg()
    only = set(a.only.split(","))
    results, notes = {}, []
    if a.from_json:
        saved = json.loads(Path(a.from_json).read_text())
        results, notes, load_before = saved["results"], saved["notes"], tuple(saved["load_before"])
        started = time.time() - saved["seconds"]
        a.load_after = tuple(saved["load_after"]) if "load_after" in saved else None
        a.command, a.runs, a.w2_runs, a.nx_runs = saved["command"], saved["runs"], saved["w2_runs"], saved["nx_runs"]
        a.run_date = saved.get("date")
        only = set()
    try:
        if "w1" in only:
            print("W1: ATOP yearly series ...", file=sys.stderr, flush=True)
            results["w1"] = w1(a, work, runner, notes)
        if "w2" in only:
            print("W2: Barabási–Albert 10,000 vertices ...", file=sys.stderr, flush=True)
            results["w2"] = w2(a, work, runner, bgl, notes)
        if "w3" in only:
            print("W3: 20,000 actors, 1,000,000 ties ...", file=sys.stderr, flush=True)
            results["w3"] = w3(a, runner)
    except mismatch as e:
        print(f"bench/compare: values differ, no figures kept: {e}", file=sys.stderr)
        return 1
    text = report(a, results, notes, started, load_before)
    note = Path(a.closing_note) if a.closing_note else ROOT / "bench" / "closing_note.md"
    if note.exists():
        text += "\n" + note.read_text()
    print(text)
    if not a.from_json:
        (work / "results.json").write_text(json.dumps(
            {"results": results, "notes": notes, "load_before": load_before, "load_after": os.getloadavg(),
             "seconds": time.time() - started, "date": datetime.date.today().isoformat(),
             "command": a.command, "runs": a.runs, "w2_runs": a.w2_runs, "nx_runs": a.nx_runs}, indent=1))
    if not a.no_results:
        write_part(f"{BEGIN}\n{text.rstrip()}\n{END}\n", BEGIN, END)
    return 0


if __name__ == "__main__":
    sys.exit(main())
