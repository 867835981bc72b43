#!/usr/bin/python3
"""Times the Python package against the pactgraph command, on the release build.

    /usr/bin/python3 bench/python_compare.py [--build build/release] [--data DIR] [--runs 7] [--write]

- W1 (bench/compare.py): the ATOP yearly series, 203 standard snapshots (31 December 1816-2018), six
  measures. The command: one process, `pactgraph --data-dir DIR centrality --years 1816:2018 --metrics ...
  --format csv -o FILE`, start-up, loading and writing included. Python: in one interpreter with pandas
  already imported, `load_data_dir(DIR, organisations=False)` (the command loads no COW IGO data for
  centrality either) and `centrality(years=(1816, 2018), metrics=...)` to a DataFrame. The values of
  both are checked equal before anything is timed.
- to_networkx() of the 2018 standard snapshot.
- One small call: `members("CSTO")` on the seed scenario, as a DataFrame, and the same query without
  the DataFrame (the extension's own call), so the cost of crossing into Python shows by itself.

Wall and CPU seconds, medians of --runs runs (small calls: the mean of 2000, median of 5 rounds). --write replaces the Python section of bench/RESULTS.md.
"""
import argparse
import datetime
import io
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from results_part import write_part

HERE = os.path.dirname(os.path.abspath(__file__))
BEGIN = "<!-- python: written by bench/python_compare.py -->"
END = "<!-- python: end -->"
W1_MEASURES = ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"]


def timed(function):
    """Wall and CPU seconds (this process, every thread) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - wall, time.process_time() - cpu


def timed_process(command):
    """Wall and CPU seconds (user + system, every thread) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(samples):
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def per_call(function, calls=2000, rounds=5):
    """Median over `rounds` of the mean wall and CPU time of one call in a loop of `calls`, in microseconds."""
    def loop():
        for _ in range(calls):
            function()
    wall, cpu = medians([timed(loop) for _ in range(rounds)])
    return wall / calls * 1e6, cpu / calls * 1e6


def verdict(wall_met, cpu_met):
    return "met" if wall_met else "met on CPU only" if cpu_met else "missed"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(HERE, "..", "build", "release"))
    parser.add_argument("--data", help="data folder (default: the one pactgraph.load_data_dir() reads)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, os.path.join(args.build, "python"))
    import pandas as pd
    import pactgraph
    args.data = args.data or str(pactgraph.default_data_dir())

    program = os.path.join(args.build, "src", "cli", "pactgraph")
    command = [program, "--data-dir", args.data, "-q", "centrality", "--years", "1816:2018", "--metrics",
               ",".join(W1_MEASURES), "--format", "csv"]
    load_before = os.getloadavg()[0]
    started = time.perf_counter()

    # Same values first: the command's CSV against the DataFrame.
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    expected = pd.read_csv(io.StringIO(out), keep_default_na=False, na_values=[""])
    net = pactgraph.load_data_dir(args.data, organisations=False)
    got = net.centrality(years=(1816, 2018), metrics=W1_MEASURES)
    pd.testing.assert_frame_equal(got.assign(date=got["date"].astype(str)).reset_index(drop=True),
                                  expected.reset_index(drop=True), check_dtype=False, rtol=1e-12, atol=1e-12)

    target = os.path.join(tempfile.mkdtemp(prefix="python_bench_"), "w1.csv")
    command_times, python_times = [], []
    for _ in range(args.runs):  # alternating, so both see the same machine
        command_times.append(timed_process(command + ["-o", target]))
        python_times.append(timed(lambda: pactgraph.load_data_dir(args.data, organisations=False).centrality(
            years=(1816, 2018), metrics=W1_MEASURES)))
    command_w1, python_w1 = medians(command_times), medians(python_times)
    compute_w1 = medians([timed(lambda: net.centrality(years=(1816, 2018), metrics=W1_MEASURES))
                          for _ in range(args.runs)])

    snap = net.snapshot("2018")
    g = snap.to_networkx()  # networkx imported before timing
    to_networkx = medians([timed(snap.to_networkx) for _ in range(max(args.runs, 21))])

    seed = pactgraph.seed()
    members_call = per_call(lambda: seed.members("CSTO"))
    raw_call = per_call(lambda: seed._members_table("CSTO", None))
    snapshot_call = per_call(lambda: seed.snapshot())
    elapsed = time.perf_counter() - started
    load_after = os.getloadavg()[0]

    import networkx
    lines = [BEGIN, "## Python package: the W1 series, to_networkx and the cost of a call", "",
             f"Written by `/usr/bin/python3 bench/python_compare.py --runs {args.runs}` on {datetime.date.today()} "
             f"({elapsed:.0f} s). Load average {load_before:.1f} when the run began and {load_after:.1f} when it "
             "ended, on 2 cores (when the load nears 2, other work shares them and the CPU column is the steadier one).",
             f"Python {platform.python_version()}, pandas {pd.__version__}, networkx {networkx.__version__}; "
             "pactgraph: the release build (`PYTHONPATH=build/release/python`). Wall and CPU seconds, medians of "
             f"{args.runs} runs, command and Python alternating. The DataFrame equals the command's CSV (checked in the run).",
             "", "| what | wall | CPU |", "|---|---:|---:|",
             f"| W1, the command: one process (start-up, load ATOP + COW states, 203 snapshots, six measures, CSV) | "
             f"{command_w1[0]:.3f} s | {command_w1[1]:.3f} s |",
             f"| W1, Python: `load_data_dir(organisations=False)` + `centrality(years=(1816, 2018), ...)` to a DataFrame | "
             f"{python_w1[0]:.3f} s | {python_w1[1]:.3f} s |",
             f"| W1, Python: `centrality(...)` alone on a loaded Network | {compute_w1[0]:.3f} s | {compute_w1[1]:.3f} s |",
             f"| `to_networkx()` of the 2018 standard snapshot ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges) | "
             f"{to_networkx[0] * 1e3:.2f} ms | {to_networkx[1] * 1e3:.2f} ms |",
             f"| `seed.members(\"CSTO\")` to a DataFrame, one call | {members_call[0]:.1f} µs | {members_call[1]:.1f} µs |",
             f"| the same query, the extension's call alone (columns as NumPy arrays and lists, no DataFrame) | "
             f"{raw_call[0]:.1f} µs | {raw_call[1]:.1f} µs |",
             f"| `seed.snapshot()` (a Snapshot object, no conversion), one call | {snapshot_call[0]:.1f} µs | "
             f"{snapshot_call[1]:.1f} µs |",
             "", "| target | measured (wall / CPU) | verdict |", "|---|---|---|",
             f"| W1 from Python ≤ 1.2 × the command | {python_w1[0] / command_w1[0]:.2f} × / "
             f"{python_w1[1] / command_w1[1]:.2f} × | {verdict(python_w1[0] <= 1.2 * command_w1[0], python_w1[1] <= 1.2 * command_w1[1])} |",
             f"| to_networkx() of 2018 ≤ 50 ms | {to_networkx[0] * 1e3:.2f} / {to_networkx[1] * 1e3:.2f} ms | "
             f"{verdict(to_networkx[0] <= 0.05, to_networkx[1] <= 0.05)} |",
             END]
    section = "\n".join(lines) + "\n"
    print(section)
    if args.write:
        write_part(section, BEGIN, END)


if __name__ == "__main__":
    main()
