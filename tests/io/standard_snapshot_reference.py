"""Independent reference for the standard snapshot (docs/design.md, "Views"), straight from the raw CSVs.

Usage: /usr/bin/python3 standard_snapshot_reference.py DATA_DIR YYYY-MM-DD [YYYY-MM-DD ...]

For each date prints three lines:
  date YYYY-MM-DD nodes N edges E absent A
  nodes <ccode> ...                  (sorted)
  edges <ccode>-<ccode> ...          (sorted, smaller code first)
  absent <ccode> ...                 (members of an active tie that are not system members)

The rule, written from docs/design.md and the ATOP 5.1 codebook rather than from the C++ code:
- nodes: COW states whose states2016 spell [start, end) contains the date; an end on 2016-12-31
  is the end of the data, so it is open;
- ties: two distinct nodes with rows of the same ATOP alliance (atopid) and phase that are both
  in effect on the date ([entry, exit); yrexit 0 = ongoing; a blank or 0 day widens to the first
  day of the month on entry and the last on exit), where at least one of the two rows pledges an
  alliance obligation (defense, offense, neutral, nonagg, consul). Phases of one alliance are
  compared apart because ATOP codes the successors of Czechoslovakia as parallel phases, which
  are separate bilateral alliances (codebook, PHASE).
"""
import calendar
import csv
import datetime
import itertools
import os
import sys

import networkx as nx

OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")


def day(y, m, d, last):
    y, m = int(y), int(m)
    if d in ("", "0"):
        d = calendar.monthrange(y, m)[1] if last else 1
    return datetime.date(y, m, int(d))


def main():
    data, dates = sys.argv[1], [datetime.date.fromisoformat(a) for a in sys.argv[2:]]
    with open(os.path.join(data, "cow_states_v2016", "states2016.csv"), newline="") as f:
        states = list(csv.DictReader(f))
    with open(os.path.join(data, "atop_v5.1", "atop5_1m.csv"), newline="") as f:
        members = list(csv.DictReader(f))
    end_of_data = datetime.date(2016, 12, 31)
    for when in dates:
        g = nx.Graph()
        for s in states:
            start = datetime.date(int(s["styear"]), int(s["stmonth"]), int(s["stday"]))
            end = datetime.date(int(s["endyear"]), int(s["endmonth"]), int(s["endday"]))
            if start <= when and (end == end_of_data or when < end):
                g.add_node(int(s["ccode"]))
        active = {}
        for r in members:
            entry = day(r["yrent"], r["moent"], r["dayent"], last=False)
            ongoing = r["yrexit"] == "0"
            exit_ = None if ongoing else day(r["yrexit"], r["moexit"], r["dayexit"], last=True)
            if entry <= when and (ongoing or when < exit_):
                pledges = any(r[c] == "1" for c in OBLIGATIONS)
                active.setdefault((r["atopid"], r["phase"]), []).append((int(r["member"]), pledges))
        absent = set()
        for rows in active.values():
            for (a, pa), (b, pb) in itertools.combinations(rows, 2):
                if a == b or not (pa or pb):
                    continue
                if a in g and b in g:
                    g.add_edge(a, b)
                else:
                    absent.update(x for x in (a, b) if x not in g)
        edges = sorted(tuple(sorted(e)) for e in g.edges())
        print(f"date {when.isoformat()} nodes {g.number_of_nodes()} edges {g.number_of_edges()} absent {len(absent)}")
        print("nodes", *sorted(g.nodes()))
        print("edges", *(f"{a}-{b}" for a, b in edges))
        print("absent", *sorted(absent))


if __name__ == "__main__":
    main()
