"""Checks that `pactgraph import --data-dir DIR -o FILE.json` writes a dataset equal to the folder.

Usage: import_check.py PACTGRAPH DATA_DIR OUT.json DATE...

Fails (does not skip) when DATA_DIR does not hold the ATOP and COW files. The written FILE must
load back (`info --data FILE`) with the counts and sources of `info --data-dir DIR`, and for each
DATE, `snapshot` (the standard view, and every actor and tie kind) and the tidy `export --to json`
must print the same from FILE as from DIR. Run with /usr/bin/python3.
"""
import json
import os
import subprocess
import sys

REQUIRED = ["atop_v5.1/atop5_1m.csv", "cow_states_v2016/states2016.csv", "cow_igo_v3/state_year_format3.csv"]


def run(program, args):
    return subprocess.run([program, *args], check=True, capture_output=True).stdout


def main():
    program, data_dir, out, dates = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    missing = [f for f in REQUIRED if not os.path.isfile(os.path.join(data_dir, f))]
    if missing:
        print(f"PACTGRAPH_DATA_DIR={data_dir!r} lacks {', '.join(missing)}: set it to a folder laid out as docs/data.md describes")
        return 1
    if os.path.exists(out):
        os.remove(out)
    printed = run(program, ["import", "--data-dir", data_dir, "-o", out])
    failures = [f"import -o printed {printed!r}"] if printed else []

    from_dir = json.loads(run(program, ["info", "--data-dir", data_dir, "--format", "json"]))
    from_file = json.loads(run(program, ["info", "--data", out, "--format", "json"]))
    counts = {c["item"]: c["count"] for c in from_dir["counts"]}
    if not all(counts.values()):
        failures.append(f"the folder loaded with an empty count: {counts}")
    for key in ("counts", "sources"):
        if from_file[key] != from_dir[key]:
            failures.append(f"info {key}: {from_file[key]} from the file, {from_dir[key]} from the folder")

    views = [["snapshot", "--format", "json"], ["snapshot", "--kinds", "any", "--actors", "any", "--format", "json"],
             ["export", "--to", "json"]]
    for date in dates:
        for view in views:
            a = run(program, ["--data-dir", data_dir, *view, "--at", date])
            b = run(program, ["--data", out, *view, "--at", date])
            if a != b:
                failures.append(f"{' '.join(view)} --at {date} differs between the folder and the file")
            elif not json.loads(a)["ties"]:
                failures.append(f"{' '.join(view)} --at {date} has no ties")
    print(f"{counts}; {len(dates) * len(views)} views compared")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
