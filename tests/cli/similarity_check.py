"""`pactgraph similarity` on ATOP: its CSV against the independent reference
(tests/similarity/similarity_reference.py), and --dyads and --measures against the full table.

  similarity_check.py PROGRAM DATA_DIR REFERENCE WORKDIR

Fails, never skips, when the data are missing.
"""
import csv
import io
import json
import os
import subprocess
import sys

program, data, reference, work = sys.argv[1:5]
failures = []


def run(*args):
    done = subprocess.run([program, "--data-dir", data, "similarity", *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"pactgraph similarity {' '.join(args)}: exit {done.returncode}: {done.stderr}")
    return done.stdout


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


# A whole year through -o, recomputed by the reference.
out = os.path.join(work, "similarity_1914.csv")
run("--years", "1914", "--format", "csv", "-o", out)
checked = subprocess.run([sys.executable, reference, data, out], capture_output=True, text=True)
print(checked.stdout, end="")
if checked.returncode != 0:
    failures.append("reference disagrees with --years 1914: " + checked.stdout + checked.stderr)

# --dyads and --measures pick rows and columns of the full table, unchanged; B,A is A,B.
full = rows(run("--years", "1914:1916", "--format", "csv"))
one = rows(run("--years", "1914:1916", "--dyads", "RUS,GMY", "--measures", "taub,s_abs", "--format", "csv"))
expected = [{k: r[k] for k in ("ccode1", "ccode2", "year", "taub", "s_abs")} for r in full
            if (r["ccode1"], r["ccode2"]) == ("255", "365")]
if one != expected or len(one) != 3:
    failures.append(f"--dyads RUS,GMY: {one} != {expected}")
if list(one[0].keys()) != ["ccode1", "ccode2", "year", "taub", "s_abs"]:
    failures.append(f"--measures order: {list(one[0].keys())}")

# JSON on a day: one object per pair with a date, values in [-1, 1] or null (missing).
day = json.loads(run("--at", "1914-07-01", "--format", "json"))["similarity"]
codes = {r["ccode1"] for r in day} | {r["ccode2"] for r in day}
if len(day) != len(codes) * (len(codes) - 1) // 2 or any(r["date"] != "1914-07-01" for r in day):
    failures.append(f"--at 1914-07-01: {len(day)} rows for {len(codes)} states")
for r in day:
    for k in ("s_abs", "s_sq", "s_bin", "kappa", "pi", "kappa_bin", "pi_bin", "taub"):
        if r[k] is not None and not -1 - 1e-12 <= r[k] <= 1 + 1e-12:
            failures.append(f"{r}: {k} out of range")
print(f"{len(full)} rows for 1914-1916, {len(day)} pairs on 1914-07-01")
if failures:
    print("\n".join(failures[:20]))
    sys.exit(1)
