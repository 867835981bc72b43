"""Derives a golden file of the pactgraph command again from the seed's JSON dataset and compares.

Usage: golden_check.py GOLDEN_FILE. The file's name says which command wrote it (COMMANDS below,
the same arguments as in CMakeLists.txt). The expected content comes from
examples/data/central_asia_2007.json read by seed_reference.py and, where a graph algorithm is
involved, from networkx, never from pactgraph's code or output. Only the content is compared
(the cells of each table, parsed), not the column alignment. Exits 1 listing every difference.
Run with /usr/bin/python3 (Debian's networkx).
"""
import csv
import io
import itertools
import json
import os
import re
import sys

import networkx as nx

import seed_reference
from seed_reference import ALLIANCE, ANY, HOSTILE, KINDS, command_line_day, joined, spell_bounds

SEED = seed_reference.Seed()
ARTICLE_DAY = command_line_day(SEED.source["last"])  # the date without --at


# ---- reading a golden file ----

def parse_text(text):
    """A table-format output as {"key": value, ..., "table title": [row dicts]}; an untitled table is "rows"."""
    out = {}
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(re.match(r"^[a-z_]+: ", line) for line in lines):
            out.update(line.split(": ", 1) for line in lines)
            continue
        title = re.match(r"^(\w+) \((\d+)\):$", lines[0])
        name = title.group(1) if title else "rows"
        body = lines[1:] if title else lines
        header = re.split(r"\s{2,}", body[0].strip()) if body else []
        out[name] = [dict(zip(header, re.split(r"\s{2,}", line.strip()))) for line in body[1:]]
        if title and int(title.group(2)) != len(out[name]):
            out[name + " count"] = title.group(2)
    return out


def parse_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


# ---- the seed, as the command shows it ----

def code(actor_id):
    cow = SEED.by_id[actor_id].get("cow")
    return "-" if cow is None else str(cow)


def name(actor_id):
    return SEED.by_id[actor_id]["name"]


def in_window(day, after, upto):
    return day is not None and after < day <= upto


def hostile_pact(pact):
    return any(set(s.get("pledges", [])) & HOSTILE for m in pact["members"] for s in m["spells"])


# ---- one derivation per subcommand ----

def members(group, day):
    """`members GROUP --at DAY`: an organisation's members from its membership records (in the order
    of the actors), or a pact's members from their spells (in the pact's order)."""
    org = next((a for a in SEED.actors if a["kind"] == "organisation" and a["id"] == group), None)
    rows = []
    if org is not None:
        title = org["name"]
        for actor in SEED.actors:
            for ms in SEED.memberships:
                if ms["member"] == actor["id"] and ms["organisation"] == group:
                    for s in ms["spells"]:
                        if seed_reference.in_spell(s, day):
                            rows.append((actor["id"], s.get("status", "full"), "membership"))
    else:
        pact = next(p for p in SEED.pacts if p.get("name") == group)
        title = pact["name"]
        for m in pact["members"]:
            for s in m["spells"]:
                if seed_reference.in_spell(s, day):
                    rows.append((m["actor"], "full", joined(s.get("pledges", []))))
    table = [{"code": code(a), "abbrev": a, "name": name(a), "status": status, "pledges": pledges}
             for a, status, pledges in rows]
    return {"date": day.isoformat(), "group": title}, table


def ties(actor, day, kinds):
    """`ties ACTOR`: one row per kind and tie, by kind, then partner name, then dataset order."""
    rows = []
    for order, t in enumerate(SEED.ties(day)):
        if actor not in (t["a"], t["b"]) or not t["kinds"] & kinds:
            continue
        mine, theirs = ("pledges_a", "pledges_b") if t["a"] == actor else ("pledges_b", "pledges_a")
        partner = t["b"] if t["a"] == actor else t["a"]
        for kind in KINDS:
            if kind in t["kinds"] and kind in kinds:
                rows.append(((KINDS.index(kind), name(partner), order),
                             {"kind": kind, "hostile": "yes" if kind in HOSTILE else "no", "code": code(partner),
                              "abbrev": partner, "name": name(partner), "pledged": joined(t[mine]),
                              "received": joined(t[theirs]), "via": t["via"]}))
    return [row for _, row in sorted(rows, key=lambda r: r[0])]


def diff(after, upto, actor=None):
    """`diff`: member spells and ties that began or ended after `after` and up to `upto`, by date,
    then pacts in dataset order (pairs in member order), then memberships."""
    member_rows, tie_rows = [], []
    for p_index, pact in enumerate(SEED.pacts):
        hostile = hostile_pact(pact)
        for m in pact["members"]:
            if actor not in (None, m["actor"]):
                continue
            for s in m["spells"]:
                for change, when in zip(("began", "ended"), spell_bounds(s)):
                    if in_window(when, after, upto):
                        member_rows.append(((when, 0, p_index), {
                            "date": when.isoformat(), "change": change, "code": code(m["actor"]),
                            "abbrev": m["actor"], "name": name(m["actor"]), "via": pact["name"],
                            "pledges": joined(s.get("pledges", [])), "hostile": "yes" if hostile else "no"}))
        for pair, (ma, mb) in enumerate(itertools.combinations(pact["members"], 2)):
            if actor not in (None, ma["actor"], mb["actor"]):
                continue
            for sa, sb in itertools.product(ma["spells"], mb["spells"]):
                kinds = set(sa.get("pledges", [])) | set(sb.get("pledges", []))
                (ba, ea), (bb, eb) = spell_bounds(sa), spell_bounds(sb)
                begin = max(ba, bb)
                end = min((e for e in (ea, eb) if e is not None), default=None)
                if not kinds or (end is not None and end <= begin):
                    continue
                for change, when in (("began", begin), ("ended", end)):
                    if in_window(when, after, upto):
                        tie_rows.append(((when, 0, p_index, pair), {
                            "date": when.isoformat(), "change": change, "a": ma["actor"], "b": mb["actor"],
                            "kinds": joined(kinds), "sign": "-1" if kinds & HOSTILE else "1", "via": pact["name"]}))
    for m_index, ms in enumerate(SEED.memberships):
        if actor not in (None, ms["member"]):
            continue
        via = f"membership of {ms['organisation']}"
        for s in ms["spells"]:
            for change, when in zip(("began", "ended"), spell_bounds(s)):
                if in_window(when, after, upto):
                    member_rows.append(((when, 1, m_index), {
                        "date": when.isoformat(), "change": change, "code": code(ms["member"]),
                        "abbrev": ms["member"], "name": name(ms["member"]), "via": via, "pledges": "membership",
                        "hostile": "no"}))
                    tie_rows.append(((when, 1, m_index), {
                        "date": when.isoformat(), "change": change, "a": ms["member"], "b": ms["organisation"],
                        "kinds": "membership", "sign": "1", "via": via}))
    return ([row for _, row in sorted(member_rows, key=lambda r: r[0])],
            [row for _, row in sorted(tie_rows, key=lambda r: r[0])])


def path(source, target, day, kinds, actors):
    """`path A B`: networkx's shortest paths; the smallest in dataset order among equals."""
    g = SEED.graph(day, kinds, actors)
    if not nx.has_path(g, source, target):
        return [], [], f"no path from {source} to {target} on {day.isoformat()}"
    best = min(nx.all_shortest_paths(g, source, target), key=lambda p: [SEED.index[a] for a in p])
    paths = [{"path": "1", "length": f"{len(best) - 1:.6f}", "hops": str(len(best) - 1), "actors": " > ".join(best)}]
    steps = [{"path": "1", "step": str(i + 1), "from": u, "to": v,
              "via": "; ".join(t["via"] for t in g.edges[u, v]["ties"])}
             for i, (u, v) in enumerate(zip(best, best[1:]))]
    return paths, steps, None


def cascade(target, day, obligation="defence"):
    """`cascade X`: arc a -> b when a pledges the obligation in a pact where b is a member too, both
    in a spell on the day; drawn in at hop h: pledges to someone at hop h - 1, by hop, then dataset order."""
    arcs = nx.DiGraph()
    via = {}
    for t in SEED.ties(day):
        for a, b, pledges in ((t["a"], t["b"], t["pledges_a"]), (t["b"], t["a"], t["pledges_b"])):
            if obligation in pledges:
                arcs.add_edge(a, b)
                via.setdefault((a, b), []).append(t["via"])
    hops = nx.single_source_shortest_path_length(arcs.reverse(), target) if target in arcs else {target: 0}
    rows = []
    for actor in sorted((a for a in hops if a != target), key=lambda a: (hops[a], SEED.index[a])):
        for obliged_to in sorted((b for b in arcs.successors(actor) if hops.get(b) == hops[actor] - 1),
                                 key=SEED.index.get):
            rows.append({"code": code(actor), "abbrev": actor, "name": name(actor), "hop": str(hops[actor]),
                         "obliged_to": obliged_to, "pledges": obligation, "via": "; ".join(via[actor, obliged_to])})
    return rows


def components(day):
    """`blocs` (components): networkx's connected components, largest first, members in dataset order."""
    g = SEED.graph(day)
    blocs = sorted((sorted(c, key=SEED.index.get) for c in nx.connected_components(g)),
                   key=lambda c: (-len(c), SEED.index[c[0]]))
    return ([{"bloc": str(i + 1), "size": str(len(c)), "members": " ".join(c)} for i, c in enumerate(blocs)],
            [{"bloc": str(i + 1), "code": code(a), "abbrev": a, "name": name(a)}
             for i, c in enumerate(blocs) for a in c])


def kcore(day, kinds):
    """`blocs --method kcore --kinds any`: networkx's core numbers; asking for memberships brings the
    organisations in; innermost shell first, then dataset order."""
    g = SEED.graph(day, kinds, actors="any")
    cores = nx.core_number(g)
    return [{"date": day.isoformat(), "method": "kcore", "core": str(cores[a]),
             "code": "" if code(a) == "-" else code(a), "abbrev": a, "name": name(a)}
            for a in sorted(g, key=lambda a: (-cores[a], SEED.index[a]))]


def balance(day):
    """`balance`: every actor, every tie but memberships; a pair's sign is +1, -1, or 0 when it has
    both cooperative and hostile ties; networkx enumerates the triangles."""
    g = SEED.graph(day, ANY - {"membership"}, actors="any")
    sign = {}
    for u, v, data in g.edges(data=True):
        hostile = {bool(t["kinds"] & HOSTILE) for t in data["ties"]}
        sign[frozenset((u, v))] = 0 if len(hostile) == 2 else (-1 if True in hostile else 1)
    census = dict.fromkeys(("+++", "++-", "+--", "---", "mixed"), 0)
    for clique in nx.enumerate_all_cliques(g):
        if len(clique) == 3:
            signs = sorted((sign[frozenset(p)] for p in itertools.combinations(clique, 2)), reverse=True)
            census["mixed" if 0 in signs else "".join("+" if s > 0 else "-" for s in signs)] += 1
        elif len(clique) > 3:
            break
    balanced = census["+++"] + census["+--"]
    signed = balanced + census["++-"] + census["---"]
    table = [{"pattern": p, "balanced": {"+++": "yes", "+--": "yes", "mixed": "-"}.get(p, "no"), "count": str(n)}
             for p, n in census.items()]
    return f"{balanced / signed:.6f}", table


# ---- what each golden file must hold: the same arguments as the tests in CMakeLists.txt ----

def text_members(group, at):
    day = command_line_day(at)
    header, table = members(group, day)
    if not table:
        return {**header, "members": []}
    return {**header, "rows": table}


def csv_members(group, at):
    header, table = members(group, command_line_day(at))
    return [{**header, **row} for row in table]


def text_path(a, b, at, kinds, actors):
    day = command_line_day(at)
    paths, steps, note = path(a, b, day, kinds, actors)
    out = {"date": day.isoformat(), "paths": paths, "steps": steps}
    if note:
        out["note"] = note
    return out


def text_diff(after, upto, actor):
    after, upto = command_line_day(after), command_line_day(upto)
    member_rows, tie_rows = diff(after, upto, actor)
    return {"from": after.isoformat(), "to": upto.isoformat(), "members": member_rows, "ties": tie_rows}


def csv_diff_ties(after, upto):
    after, upto = command_line_day(after), command_line_day(upto)
    return [{"from": after.isoformat(), "to": upto.isoformat(), **row} for row in diff(after, upto)[1]]


def json_ties(actor, kinds):
    rows = ties(actor, ARTICLE_DAY, kinds)
    for row in rows:
        row["code"] = None if row["code"] == "-" else int(row["code"])
    return {"date": ARTICLE_DAY.isoformat(), "actor": actor, "ties": rows}


def text_blocs(at):
    day = command_line_day(at)
    blocs, rows = components(day)
    return {"date": day.isoformat(), "method": "components", "blocs": blocs, "members": rows}


def text_balance():
    ratio, table = balance(ARTICLE_DAY)
    return {"date": ARTICLE_DAY.isoformat(), "balance_ratio": ratio, "rows": table}


COMMANDS = {
    # members CSTO --at 2007-05-30 (and its -o copy); --format csv members csto
    "members_csto.txt": (parse_text, lambda: text_members("CSTO", "2007-05-30")),
    "members_csto.csv": (parse_csv, lambda: csv_members("CSTO", "2007-05-30")),
    # members "Collective Security Treaty" --at 1998; members CSTO --at 2002-10-06
    "members_cst_1998.txt": (parse_text, lambda: text_members("Collective Security Treaty", "1998")),
    "members_csto_2002-10-06.txt": (parse_text, lambda: text_members("CSTO", "2002-10-06")),
    # ties Uzbekistan; ties 704 --kinds defense --format json
    "ties_uzb.txt": (parse_text, lambda: {"date": ARTICLE_DAY.isoformat(), "actor": "UZB",
                                          "rows": ties("UZB", ARTICLE_DAY, ANY)}),
    "ties_uzb_defence.json": (json.loads, lambda: json_ties("UZB", {"defence"})),
    # diff --from 2004 --to 2007-05-30 --actor uzb; diff --from 2005-11-13 --to 2005-11-14 --format csv --table ties
    "diff_uzb.txt": (parse_text, lambda: text_diff("2004", "2007-05-30", "UZB")),
    "diff_2005-11-14_ties.csv": (parse_csv, lambda: csv_diff_ties("2005-11-13", "2005-11-14")),
    # path ARM USA --at 2005-06-30 --kinds any --actors states; path ARM USA --at 2005-06-30
    "path_arm_usa.txt": (parse_text, lambda: text_path("ARM", "USA", "2005-06-30", ANY, "state")),
    "path_arm_usa_alliance.txt": (parse_text, lambda: text_path("ARM", "USA", "2005-06-30", ALLIANCE, "state")),
    # cascade UZB
    "cascade_uzb.txt": (parse_text, lambda: {"date": ARTICLE_DAY.isoformat(), "target": "UZB",
                                             "rows": cascade("UZB", ARTICLE_DAY)}),
    # blocs --at 1998; blocs --method kcore --kinds any --format csv --table members
    "blocs_1998.txt": (parse_text, lambda: text_blocs("1998")),
    "blocs_kcore_any.csv": (parse_csv, lambda: kcore(ARTICLE_DAY, ANY)),
    # balance
    "balance.txt": (parse_text, text_balance),
}


def differences(want, got, where=""):
    if isinstance(want, dict) and isinstance(got, dict):
        out = [f"{where}/{k}: missing" for k in want if k not in got]
        out += [f"{where}/{k}: not expected" for k in got if k not in want]
        return out + [d for k in want if k in got for d in differences(want[k], got[k], f"{where}/{k}")]
    if isinstance(want, list) and isinstance(got, list):
        out = [] if len(want) == len(got) else [f"{where}: {len(got)} rows in the golden file, {len(want)} derived"]
        return out + [d for i, (w, g) in enumerate(zip(want, got)) for d in differences(w, g, f"{where}[{i}]")]
    return [] if want == got else [f"{where}: golden {got!r}, derived {want!r}"]


def main():
    golden = sys.argv[1]
    parse, derive = COMMANDS[os.path.basename(golden)]
    with open(golden, encoding="utf-8") as f:
        got = parse(f.read())
    want = derive()
    found = differences(want, got)
    print(f"{golden}: {'differs' if found else 'matches'} the derivation from {seed_reference.SEED}")
    for d in found:
        print(d)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
