"""The numpy peer of bench/similarity_compare: every similarity measure for every ATOP dyad-year,
end to end, the way a Python user would write it fast: each pair's table of portfolio values
from matrix products of value indicators (C[x][y] = I_x @ I_y.T gives every pair at once), every
measure from the tables, vectorised over pairs.

  similarity_numpy_peer.py DATA_DIR [--first Y] [--last Y] [--dump FILE]

Prints one JSON object of timings. Portfolios follow the same yearly rules as
tests/similarity/similarity_reference.py (read there), built once for all years from the shared
spells.
"""
import argparse
import collections
import csv
import datetime
import json
import os
import sys
import time

import numpy as np

# Dates and constants as the test reference reads them (its yearly rules are the ones followed here).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "similarity"))
from similarity_reference import END_OF_ATOP, END_OF_STATES, MEASURES, OBLIGATIONS, day  # noqa: E402

VALUES = np.array([3, 3, 2, 2, 1])
TOP = 3


def load(folder):
    with open(os.path.join(folder, "cow_states_v2016", "states2016.csv"), newline="") as f:
        states = [(int(s["ccode"]), datetime.date(int(s["styear"]), int(s["stmonth"]), int(s["stday"])),
                   datetime.date(int(s["endyear"]), int(s["endmonth"]), int(s["endday"]))) for s in csv.DictReader(f)]
    with open(os.path.join(folder, "atop_v5.1", "atop5_1m.csv"), newline="") as f:
        members = list(csv.DictReader(f))
    return states, members


def yearly_obligations(members, first, last):
    """{year: {(a, b): value A pledges B}} from the latest-starting shared spell per alliance and year."""
    rows = collections.defaultdict(list)
    for r in members:
        entry = day(r["yrent"], r["moent"], r["dayent"], last=False)
        exit_ = END_OF_ATOP if r["yrexit"] == "0" else day(r["yrexit"], r["moexit"], r["dayexit"], last=True)
        mask = sum(1 << i for i, c in enumerate(OBLIGATIONS) if r[c] not in ("", "0"))
        rows[r["atopid"]].append((int(r["member"]), entry, exit_, mask))
    flags = collections.defaultdict(lambda: collections.defaultdict(int))
    for spells in rows.values():
        latest = {}  # (a, b, year) -> (start, mask)
        for a, ea, xa, pa in spells:
            for b, eb, xb, _ in spells:
                if a == b or not (ea < xb and eb < xa):
                    continue
                start, end = max(ea, eb), min(xa, xb)
                for year in range(max(start.year, first), min(end.year, last) + 1):
                    key = (a, b, year)
                    if key not in latest or start > latest[key][0]:
                        latest[key] = (start, pa)
                    elif start == latest[key][0]:
                        latest[key] = (start, latest[key][1] | pa)
        for (a, b, year), (_, mask) in latest.items():
            flags[year][(a, b)] |= mask
    value_of = [max([VALUES[i] for i in range(5) if m >> i & 1], default=0) for m in range(32)]
    return {y: {k: value_of[m] for k, m in d.items()} for y, d in flags.items()}, value_of


def portfolios(states, obligations, year):
    lo, hi = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    codes = sorted({c for c, s, e in states if s <= hi and (e == END_OF_STATES or e > lo)})
    index = {c: i for i, c in enumerate(codes)}
    a = np.zeros((len(codes), len(codes)), dtype=np.int64)
    for (x, y), v in obligations.get(year, {}).items():
        if x in index and y in index:
            i, k = index[x], index[y]
            a[i, k] = max(a[i, k], v)
            a[k, i] = max(a[k, i], v)  # either direction
    np.fill_diagonal(a, TOP)
    return codes, a


def tables(a, levels):
    """counts[x, y, i, j]: how many k have a_ik = x and a_jk = y, by matrix products."""
    ind = np.stack([(a == x).astype(np.float64) for x in range(levels)])
    return np.einsum("xik,yjk->xyij", ind, ind, optimize=True)


def kappa_pi(c, n):
    levels = c.shape[0]
    x = np.arange(levels, dtype=np.float64)
    rows, cols = c.sum(axis=1), c.sum(axis=0)  # [x, i, j]
    sa, sb = np.tensordot(x, rows, 1), np.tensordot(x, cols, 1)
    sa2, sb2 = np.tensordot(x * x, rows, 1), np.tensordot(x * x, cols, 1)
    sq = np.tensordot((x[:, None] - x[None, :]) ** 2, c, 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        dk = sa2 + sb2 - 2.0 / n * sa * sb
        dp = sa2 + sb2 - (sa + sb) ** 2 / (2.0 * n)
        return np.where(dk == 0, np.nan, 1 - sq / dk), np.where(dp == 0, np.nan, 1 - sq / dp)


def tau_b(c, n):
    # Concordant partners of cell (x, y) lie in x' > x, y' > y: suffix sums over both axes.
    suffix = np.flip(np.cumsum(np.cumsum(np.flip(c, (0, 1)), 0), 1), (0, 1))
    prefix_y = np.flip(np.cumsum(np.flip(np.cumsum(c, 1), 0), 0), 0)  # x' >= x, y' <= y
    levels = c.shape[0]
    nc = nd = 0.0
    for x in range(levels - 1):
        for y in range(levels):
            if y + 1 < levels:
                nc = nc + c[x, y] * suffix[x + 1, y + 1]
            if y > 0:
                nd = nd + c[x, y] * prefix_y[x + 1, y - 1]
    rows, cols = c.sum(axis=1), c.sum(axis=0)
    pairs = n * (n - 1) / 2
    ties_a, ties_b = (rows * (rows - 1) / 2).sum(axis=0), (cols * (cols - 1) / 2).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        d = (pairs - ties_a) * (pairs - ties_b)
        return np.where(d == 0, np.nan, (nc - nd) / np.sqrt(d))


def measures(a):
    n = a.shape[0]
    c = tables(a, TOP + 1)
    cb = np.stack([np.stack([c[0, 0], c[0, 1:].sum(0)]), np.stack([c[1:, 0].sum(0), c[1:, 1:].sum((0, 1))])])
    x = np.arange(TOP + 1, dtype=np.float64)
    dist = np.abs(x[:, None] - x[None, :])
    s_abs = 1 - 2 * np.tensordot(dist, c, 2) / (n * TOP)
    s_sq = 1 - 2 * np.tensordot(dist ** 2, c, 2) / (n * TOP * TOP)
    s_bin = 1 - 2 * (cb[0, 1] + cb[1, 0]) / n
    kappa, pi = kappa_pi(c, n)
    kappa_bin, pi_bin = kappa_pi(cb, n)
    taub = tau_b(c, n)
    upper = np.triu_indices(n, 1)
    return [m[upper] for m in (s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--first", type=int, default=1816)
    parser.add_argument("--last", type=int, default=2018)
    parser.add_argument("--dump")
    args = parser.parse_args()
    t0 = time.perf_counter(), time.process_time()
    states, members = load(args.data)
    obligations, _ = yearly_obligations(members, args.first, args.last)
    years = []
    for year in range(args.first, args.last + 1):
        codes, a = portfolios(states, obligations, year)
        years.append((year, codes, a))
    t1 = time.perf_counter(), time.process_time()
    results = [(year, codes, measures(a)) for year, codes, a in years]
    t2 = time.perf_counter(), time.process_time()
    pairs = sum(len(v[0]) for _, _, v in results)
    print(json.dumps({"dyad_years": pairs, "portfolios_wall": t1[0] - t0[0], "measures_wall": t2[0] - t1[0],
                      "measures_cpu": t2[1] - t1[1], "total_wall": t2[0] - t0[0], "total_cpu": t2[1] - t0[1]}))
    if args.dump:
        with open(args.dump, "w") as f:
            f.write("ccode1,ccode2,year," + ",".join(MEASURES) + "\n")
            for year, codes, values in results:
                i, j = np.triu_indices(len(codes), 1)
                for p in range(len(i)):
                    f.write(f"{codes[i[p]]},{codes[j[p]]},{year}," +
                            ",".join("" if np.isnan(v[p]) else repr(float(v[p])) for v in values) + "\n")


if __name__ == "__main__":
    main()
