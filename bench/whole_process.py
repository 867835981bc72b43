"""What a user of `pactgraph centrality --years 1816:2018` waits for, against the timed section of W1.

Usage: /usr/bin/python3 bench/whole_process.py PACTGRAPH RUNNER DATA_DIR [RUNS]

Alternates, RUNS times (default 9): the runner's W1 (its end-to-end section: loading ATOP and COW
states, 203 snapshots, six measures, 2 threads) and the whole `pactgraph` process on the same work
(`--metrics` degree alone, and the runner's six measures), written with -o to a scratch file.
Prints the medians of wall and CPU seconds (CPU of the whole child process, user + system, from
wait4) and each command's ratio to the timed section. The machine may be shared: compare ratios
measured in the same run, not absolute times.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

SIX = "degree,betweenness,closeness,harmonic,eigenvector,pagerank"


def timed(cmd):
    """Wall and CPU seconds of one child process, and its stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"whole_process.py: {' '.join(cmd)} failed ({status})")
    return wall, usage.ru_utime + usage.ru_stime, out


def main():
    program, runner, data = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 9
    scratch = os.path.join(tempfile.mkdtemp(prefix="pactgraph_whole_"), "out.txt")
    commands = {
        f"pactgraph centrality --metrics degree": [program, "--data-dir", data, "centrality", "--years", "1816:2018",
                                                   "--metrics", "degree", "-o", scratch],
        f"pactgraph centrality --metrics (six)": [program, "--data-dir", data, "centrality", "--years", "1816:2018",
                                                  "--metrics", SIX, "-o", scratch],
    }
    section = {"wall": [], "cpu": []}
    whole = {name: {"wall": [], "cpu": []} for name in commands}
    for _ in range(runs):
        _, _, out = timed([runner, "w1", "--data", data, "--threads", "2"])
        result = json.loads(out.decode().strip().splitlines()[-1])
        section["wall"].append(result["end_to_end_s"])
        section["cpu"].append(result["end_to_end_cpu_s"])
        for name, cmd in commands.items():
            wall, cpu, _ = timed(cmd)
            whole[name]["wall"].append(wall)
            whole[name]["cpu"].append(cpu)
    med = {k: statistics.median(v) for k, v in section.items()}
    print(f"medians of {runs} alternating runs; load average {os.getloadavg()[0]:.1f}")
    print(f"| what | wall s | CPU s | wall / section | CPU / section |")
    print(f"|---|---:|---:|---:|---:|")
    print(f"| W1 timed section (runner end to end, 2 threads) | {med['wall']:.3f} | {med['cpu']:.3f} | 1 | 1 |")
    for name, figures in whole.items():
        w, c = statistics.median(figures["wall"]), statistics.median(figures["cpu"])
        print(f"| whole process: {name} | {w:.3f} | {c:.3f} | {w / med['wall']:.2f} | {c / med['cpu']:.2f} |")


if __name__ == "__main__":
    main()
