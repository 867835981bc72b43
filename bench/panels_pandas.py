#!/usr/bin/python3
"""The peer of the panels benchmark: ATOP directed dyad-years and the COW system frame in pandas,
by the rules of docs/panels.md, written as the same CSV columns as `pactgraph dyads`.

    panels_pandas.py DATA_DIR dyads OUT.csv      # directed dyad-years 1815-2018
    panels_pandas.py DATA_DIR frame OUT.csv      # system frame 1816-2016, directed

Prints {"seconds": ...} (after the imports) on stdout.
"""
import calendar
import json
import sys
import time

import numpy as np
import pandas as pd

FLAGS = ["defense", "offense", "neutral", "nonagg", "consul"]
OPEN = pd.Timestamp("2262-01-01")  # after any date in the data: "still in force"


def day(year, month, dayofmonth, last):
    """Dates with partial parts widened outwards: an unknown day is the month's first (entry) or last (exit)."""
    month = month.where(month > 0, 12 if last else 1)
    if last:
        ends = [calendar.monthrange(int(y), int(m))[1] for y, m in zip(year, month)]
        dayofmonth = dayofmonth.where(dayofmonth > 0, pd.Series(ends, index=dayofmonth.index))
    else:
        dayofmonth = dayofmonth.where(dayofmonth > 0, 1)
    return pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": dayofmonth}))


def member_rows(data):
    m = pd.read_csv(f"{data}/atop_v5.1/atop5_1m.csv")
    a = pd.read_csv(f"{data}/atop_v5.1/atop5_1a.csv", usecols=["atopid", "bilat", "asymm"])
    m = m[m["member"] < 1000].copy()  # 8152 (Annam) has no COW state code
    for c in ["moent", "dayent", "moexit", "dayexit"]:
        m[c] = m[c].fillna(0).astype(int)
    m["begin"] = day(m["yrent"], m["moent"], m["dayent"], False)
    ongoing = m["yrexit"] == 0
    m["end"] = OPEN
    m.loc[~ongoing, "end"] = day(m.loc[~ongoing, "yrexit"], m.loc[~ongoing, "moexit"], m.loc[~ongoing, "dayexit"], True)
    m = m.drop(columns=["bilat", "asymm"]).merge(a, on="atopid")  # the alliance file's, as pactgraph reads them
    return m[["atopid", "member", "phase", "begin", "end", "obvary", "bilat", "asymm"] + FLAGS]


def parallel_phase_groups(m):
    """ATOP's parallel phases (a member in two phases at once) stay apart, as pactgraph's importer
    keeps them: a phase joins the first earlier group none of whose rows of the same member it overlaps."""
    m = m.sort_values(["atopid", "phase"], kind="stable").copy()
    m["group"] = 0
    for atopid, rows in m.groupby("atopid", sort=False):
        if rows["phase"].nunique() < 2:
            continue
        groups = []
        for phase, ph in rows.groupby("phase", sort=True):
            def fits(g):
                for _, r in ph.iterrows():
                    same = g[g["member"] == r["member"]]
                    if ((same["begin"] < r["end"]) & (r["begin"] < same["end"])).any():
                        return False
                return True
            target = next((i for i, g in enumerate(groups) if fits(g)), None)
            if target is None:
                groups.append(ph)
                target = len(groups) - 1
            else:
                groups[target] = pd.concat([groups[target], ph])
            m.loc[ph.index, "group"] = target
    return m


def directed_dyad_years(m, first, last):
    pairs = m.merge(m, on=["atopid", "group"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["member_a"] != pairs["member_b"]]
    b = np.maximum(pairs["begin_a"], pairs["begin_b"])
    e = np.minimum(pairs["end_a"], pairs["end_b"])
    pairs = pairs[b < e].copy()
    pairs["b"] = b[b < e]
    pairs["e"] = e[b < e]
    pairs["y0"] = pairs["b"].dt.year.clip(lower=first)
    pairs["y1"] = pairs["e"].dt.year.clip(upper=min(last, 2018))
    pairs = pairs[pairs["y0"] <= pairs["y1"]]
    n = (pairs["y1"] - pairs["y0"] + 1).to_numpy()
    rows = pairs.loc[pairs.index.repeat(n)].copy()
    rows["year"] = rows["y0"].to_numpy().repeat(1) + np.concatenate([np.arange(k) for k in n])
    rows["trans"] = (rows["b"].dt.year == rows["year"]) | ((rows["e"] != OPEN) & (rows["e"].dt.year == rows["year"]))
    rows["vary"] = (rows["obvary_a"] == 1) | (rows["obvary_b"] == 1)
    key = ["member_a", "member_b", "year", "atopid"]
    per = rows.groupby(key, sort=False).agg(trans=("trans", "max"), vary=("vary", "max"))
    lastspell = rows.sort_values("b", kind="stable").drop_duplicates(key, keep="last").set_index(key)
    per = per.join(lastspell[[f + "_a" for f in FLAGS] + [f + "_b" for f in FLAGS] + ["bilat_a", "asymm_a"]])
    per = per.reset_index().sort_values(["year", "member_a", "member_b", "atopid"])
    per["either"] = per[[f + "_a" for f in FLAGS] + [f + "_b" for f in FLAGS]].max(axis=1)
    g = per.groupby(["year", "member_a", "member_b"], sort=True)
    out = g.agg(**{f: (f + "_a", "max") for f in FLAGS}, either=("either", "max"), transyr=("trans", "max"),
                bilatno=("bilat_a", "sum"), number=("atopid", "size"), asymm=("asymm_a", "max"),
                obvary=("vary", "max"), atopids=("atopid", lambda s: " ".join(map(str, s))))
    out = out.reset_index()
    out["shareob"] = (out["either"] == 0).astype(int)
    out["multino"] = out["number"] - out["bilatno"]
    out = out.rename(columns={"member_a": "ccode1", "member_b": "ccode2"})
    for c in FLAGS + ["transyr", "obvary"]:
        out[c] = out[c].astype(int)
    return out[["ccode1", "ccode2", "year"] + FLAGS +
               ["shareob", "transyr", "bilatno", "multino", "number", "asymm", "obvary", "atopids"]]


def system_frame(data, allied, first, last):
    s = pd.read_csv(f"{data}/cow_states_v2016/states2016.csv")
    begin = pd.to_datetime(pd.DataFrame({"year": s["styear"], "month": s["stmonth"], "day": s["stday"]}))
    end = pd.to_datetime(pd.DataFrame({"year": s["endyear"], "month": s["endmonth"], "day": s["endday"]}))
    end = end.where(end != pd.Timestamp("2016-12-31"), OPEN)  # the end of the data, not an exit
    spells = pd.DataFrame({"ccode": s["ccode"], "begin": begin, "end": end})
    years = pd.DataFrame({"year": np.arange(first, last + 1)})
    years["y0"] = pd.to_datetime(years["year"].astype(str) + "-01-01")
    years["y1"] = pd.to_datetime((years["year"] + 1).astype(str) + "-01-01")
    sy = spells.merge(years, how="cross")
    sy["b"] = np.maximum(sy["begin"], sy["y0"])
    sy["e"] = np.minimum(sy["end"], sy["y1"])
    sy = sy[sy["b"] < sy["e"]][["ccode", "year", "b", "e"]]
    pairs = sy.merge(sy, on="year", suffixes=("1", "2"))
    pairs = pairs[(pairs["ccode1"] != pairs["ccode2"]) & (np.maximum(pairs["b1"], pairs["b2"]) < np.minimum(pairs["e1"], pairs["e2"]))]
    pairs = pairs[["ccode1", "ccode2", "year"]].drop_duplicates()
    frame = pairs.merge(allied, on=["ccode1", "ccode2", "year"], how="left")
    counts = FLAGS + ["shareob", "transyr", "bilatno", "multino", "number", "asymm", "obvary"]
    frame[counts] = frame[counts].fillna(0).astype(int)
    frame["atopids"] = frame["atopids"].fillna("")
    return frame.sort_values(["year", "ccode1", "ccode2"])


def main():
    data, what, out = sys.argv[1], sys.argv[2], sys.argv[3]
    start = time.perf_counter()
    m = parallel_phase_groups(member_rows(data))
    if what == "dyads":
        result = directed_dyad_years(m, 1815, 2018)
    else:
        result = system_frame(data, directed_dyad_years(m, 1816, 2016), 1816, 2016)
    result.to_csv(out, index=False)
    print(json.dumps({"seconds": time.perf_counter() - start, "rows": len(result)}))


if __name__ == "__main__":
    main()
