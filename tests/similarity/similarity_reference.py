"""Independent reference for alliance-portfolio similarity on whole ATOP years, from the raw CSVs.

Written from the definitions in docs/similarity.md, the ATOP 5.1 codebook and the yearly rules
of the directed dyad-year panels (stated below), not from the C++ code. numpy and scipy only.

  similarity_reference.py DATA_DIR PACTGRAPH_CSV [--direction D] [--scale valued|binary] [--weights FILE]

PACTGRAPH_CSV holds `ccode1,ccode2,year,s_abs,s_sq,s_bin,kappa,pi,kappa_bin,pi_bin,taub` (empty =
missing) for whole years. Every year it names is recomputed here; the script prints one line per
year and exits 1 when a pair is missing or extra or a value differs by more than 1e-9 (a missing
value must be missing on both sides).

Yearly rules:
- N: COW states (states2016) whose [start, end) spell meets the year; an end on 2016-12-31 is the
  end of the data, so it is open;
- a member row of atop5_1m.csv is in force from entry through exit (yrexit 0: ongoing, through
  2018); a day of 0 is the first of the month on entry and the last on exit;
- two rows of one alliance (atopid, any phase) share it when each enters before the other exits;
  the shared spell counts in every year from its start through its end;
- in a year, A's obligations toward B in an alliance are those A's row pledges in the pair's
  latest-starting shared spell of the year; over alliances they are OR-ed;
- a_ik: the highest value of the obligations (either: A toward K or K toward A; given: A toward K;
  received: K toward A); defense or offense 3, neutral or nonagg 2, consul 1; binary: 1 for any;
  a_ii the maximum.
"""
import argparse
import calendar
import collections
import csv
import datetime
import math
import os
import sys

import numpy as np
from scipy import stats
from scipy.spatial import distance

OBLIGATIONS = ("defense", "offense", "neutral", "nonagg", "consul")
VALUED = (3, 3, 2, 2, 1)
END_OF_STATES = datetime.date(2016, 12, 31)
END_OF_ATOP = datetime.date(2018, 12, 31)
MEASURES = ("s_abs", "s_sq", "s_bin", "kappa", "pi", "kappa_bin", "pi_bin", "taub")


def day(y, m, d, last):
    y, m = int(y), int(m)
    if d in ("", "0"):
        d = calendar.monthrange(y, m)[1] if last else 1
    return datetime.date(y, m, int(d))


def read(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def system(states, year):
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    out = set()
    for s in states:
        start = datetime.date(int(s["styear"]), int(s["stmonth"]), int(s["stday"]))
        end = datetime.date(int(s["endyear"]), int(s["endmonth"]), int(s["endday"]))
        if start <= last and (end == END_OF_STATES or end > first):
            out.add(int(s["ccode"]))
    return sorted(out)


def directed_flags(members, year):
    """{(a, b): set of obligation indexes A pledges to B} for the year."""
    rows = collections.defaultdict(list)
    for r in members:
        entry = day(r["yrent"], r["moent"], r["dayent"], last=False)
        exit_ = END_OF_ATOP if r["yrexit"] == "0" else day(r["yrexit"], r["moexit"], r["dayexit"], last=True)
        pledges = {i for i, c in enumerate(OBLIGATIONS) if r[c] not in ("", "0")}
        rows[r["atopid"]].append((int(r["member"]), entry, exit_, pledges))
    flags = collections.defaultdict(set)
    for spells in rows.values():
        latest = {}  # (a, b) -> (start, pledges of a, pledges of b)
        for a, ea, xa, pa in spells:
            for b, eb, xb, pb in spells:
                if a == b or not (ea < xb and eb < xa):
                    continue
                start, end = max(ea, eb), min(xa, xb)
                if not (start.year <= year <= end.year):
                    continue
                key = (a, b)
                if key not in latest or start > latest[key][0]:
                    latest[key] = (start, set(pa))
                elif start == latest[key][0]:
                    latest[key][1].update(pa)  # parallel phases starting together
        for (a, b), (_, pledges) in latest.items():
            flags[(a, b)] |= pledges
    return flags


def portfolios(states, members, year, direction, scale):
    n_states = system(states, year)
    index = {c: i for i, c in enumerate(n_states)}
    values = VALUED if scale == "valued" else (1, 1, 1, 1, 1)
    top = max(values)
    pledged = np.zeros((len(n_states), len(n_states), len(OBLIGATIONS)), dtype=bool)
    for (a, b), obligations in directed_flags(members, year).items():
        if a in index and b in index:
            for o in obligations:
                pledged[index[a], index[b], o] = True
    if direction == "given":
        kinds = pledged
    elif direction == "received":
        kinds = pledged.transpose(1, 0, 2)
    else:
        kinds = pledged | pledged.transpose(1, 0, 2)
    a = (kinds * np.array(values)).max(axis=2).astype(float)
    np.fill_diagonal(a, top)
    return n_states, a, top


def ratio(numerator, denominator):
    return float("nan") if denominator == 0 else 1 - numerator / denominator


def kappa_pi(a, b):
    n = len(a)
    sq = ((a - b) ** 2).sum()
    k = ratio(sq, (a * a).sum() + (b * b).sum() - 2 / n * a.sum() * b.sum())
    p = ratio(sq, (a * a).sum() + (b * b).sum() - (a.sum() + b.sum()) ** 2 / (2 * n))
    return k, p


def year_values(a, top, w):
    n = len(a)
    binary = (a > 0).astype(float)
    d1 = distance.cdist(a, a, "minkowski", p=1, w=w)
    d2 = distance.cdist(a, a, "sqeuclidean", w=w)
    db = distance.cdist(binary, binary, "minkowski", p=1, w=w)
    total = w.sum()
    out = {}
    for i in range(n):
        for j in range(i + 1, n):
            k, p = kappa_pi(a[i], a[j])
            kb, pb = kappa_pi(binary[i], binary[j])
            tau = stats.kendalltau(a[i], a[j], variant="b").statistic
            out[(i, j)] = (ratio(2 * d1[i, j], total * top), ratio(2 * d2[i, j], total * top * top),
                           ratio(2 * db[i, j], total), k, p, kb, pb, tau)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("pactgraph_csv")
    parser.add_argument("--direction", default="either")
    parser.add_argument("--scale", default="valued")
    parser.add_argument("--weights")
    args = parser.parse_args()
    states = read(os.path.join(args.data, "cow_states_v2016", "states2016.csv"))
    members = read(os.path.join(args.data, "atop_v5.1", "atop5_1m.csv"))
    weights = {}
    if args.weights:
        weights = {(int(r["ccode"]), int(r["year"])): float(r["weight"]) for r in read(args.weights)}
    ours = collections.defaultdict(dict)
    for r in read(args.pactgraph_csv):
        ours[int(r["year"])][(int(r["ccode1"]), int(r["ccode2"]))] = [
            float("nan") if r[m] == "" else float(r[m]) for m in MEASURES]
    failed = False
    for year in sorted(ours):
        codes, a, top = portfolios(states, members, year, args.direction, args.scale)
        w = np.array([weights[(c, year)] for c in codes]) if weights else np.ones(len(codes))
        expected = {(codes[i], codes[j]): v for (i, j), v in year_values(a, top, w).items()}
        worst, missing_mismatch = 0.0, 0
        if set(expected) != set(ours[year]):
            print(f"{year}: pairs differ: {len(set(expected) - set(ours[year]))} missing, "
                  f"{len(set(ours[year]) - set(expected))} extra")
            failed = True
            continue
        for pair, values in expected.items():
            for e, o in zip(values, ours[year][pair]):
                if math.isnan(e) or math.isnan(o):
                    missing_mismatch += math.isnan(e) != math.isnan(o)
                else:
                    worst = max(worst, abs(e - o))
        allied = int((a > 0).sum() - len(codes))
        print(f"{year}: {len(codes)} states, {len(expected)} pairs, {allied} non-zero off-diagonal values, "
              f"max difference {worst:.3g}, missing on one side only {missing_mismatch}")
        failed |= worst > 1e-9 or missing_mismatch > 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
