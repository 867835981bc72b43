"""Checks that the command's CSV, table and JSON say the same thing, read back by Python's own parsers.

Usage: report_formats_check.py PACTGRAPH SEED_DATASET.json WORK_DIR

In a copy of the seed scenario's dataset, one actor is renamed to a name that needs CSV quoting
(a comma, double quotes), and loaded back with --data. Then:
- `members --format csv`, read with the csv module, gives the name exactly, and the same rows
  as `--format json`; the table output holds the name verbatim;
- `centrality --years` (a series: the date is a leading column in CSV, one entry per date in JSON)
  gives in CSV the rows of the JSON, every real read back equal to JSON's (both write shortest
  round-trip digits, by different code), and missing values empty in one and null in the other.
Run with /usr/bin/python3.
"""
import csv
import io
import json
import os
import subprocess
import sys

NAME = 'Russia, "the Federation"'


def run(program, args):
    return subprocess.run([program, *args], check=True, capture_output=True, text=True).stdout


def same_value(text, value):
    if value is None:
        return text == ""
    if isinstance(value, float):
        return text != "" and float(text) == value
    return text == str(value)


def main():
    program, seed, work = sys.argv[1], sys.argv[2], sys.argv[3]
    renamed = os.path.join(work, "formats_renamed.json")
    with open(seed) as f:
        dataset = json.load(f)
    russia = [a for a in dataset["actors"] if a["id"] == "RUS"]
    if len(russia) != 1:
        print("the seed has no actor RUS")
        return 1
    russia[0]["name"] = NAME
    with open(renamed, "w") as f:
        json.dump(dataset, f)
    failures = []

    members = ["--data", renamed, "members", "CSTO", "--at", "2007-05-30"]
    member_rows = list(csv.DictReader(io.StringIO(run(program, members + ["--format", "csv"]))))
    answer = json.loads(run(program, members + ["--format", "json"]))
    objects = next(v for v in answer.values() if isinstance(v, list))
    names = [r["name"] for r in member_rows]
    if NAME not in names:
        failures.append(f"members CSV: no row named {NAME!r} in {names}")
    if names != [o["name"] for o in objects]:
        failures.append(f"members: CSV names {names}, JSON {[o['name'] for o in objects]}")
    if NAME not in run(program, members):
        failures.append("members table: the name is not printed verbatim")

    series = ["--data", renamed, "centrality", "--years", "2001:2007"]
    rows = list(csv.DictReader(io.StringIO(run(program, series + ["--format", "csv"]))))
    answer = json.loads(run(program, series + ["--format", "json"]))
    flat = []
    for entry in answer["series"]:
        for obj in next(v for v in entry.values() if isinstance(v, list)):
            flat.append({"date": entry["date"], **obj})
    if len(rows) != len(flat) or not flat:
        failures.append(f"centrality: {len(rows)} CSV rows, {len(flat)} JSON rows")
    compared = 0
    for r, o in zip(rows, flat):
        if list(r) != list(o):
            failures.append(f"centrality: CSV columns {list(r)}, JSON keys {list(o)}")
            break
        for key, value in o.items():
            compared += 1
            if not same_value(r[key], value):
                failures.append(f"centrality {o['date']} {o.get('name')}: {key} is {r[key]!r} in CSV, {value!r} in JSON")
    if NAME not in [r["name"] for r in rows]:
        failures.append(f"centrality CSV: no row named {NAME!r}")
    print(f"members: {len(member_rows)} rows; centrality: {compared} values compared between CSV and JSON")
    for f in failures[:20]:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
