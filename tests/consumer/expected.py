"""Computes what the consumer must print, with networkx and straight from the dataset file, and compares
it with expected.txt (or writes it with --write). Independent of pactgraph: it reads the JSON itself and
applies the standard snapshot of docs/design.md (states; a tie between two states that are active
members of the same pact on the day when either pledges an alliance obligation there), and lists the
organisation's members whose membership spell covers the day, in the file's actor order.

Usage: /usr/bin/python3 expected.py DATASET.json EXPECTED.txt [--write]
"""
import calendar
import datetime
import json
import sys

import networkx as nx

ALLIANCE = {"defence", "offence", "neutrality", "non_aggression", "consultation"}
DAYS = [datetime.date(2005, 12, 31), datetime.date(2007, 5, 30)]


def first_day(text):
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])


def last_day(text):
    """An exit known to the month or year widens to the last day it can mean; spells are [begin, end)."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def active(spell, day):
    end = spell.get("end")
    return first_day(spell["begin"]) <= day and (end is None or day < last_day(end))


def snapshot(data, day):
    states = [a["id"] for a in data["actors"] if a["kind"] == "state"]
    graph = nx.Graph()
    graph.add_nodes_from(states)
    for pact in data["pacts"]:
        members = []  # (actor, pledges) of the members active on the day
        for member in pact["members"]:
            for spell in member["spells"]:
                if active(spell, day) and member["actor"] in states:
                    members.append((member["actor"], set(spell.get("pledges", []))))
        for i, (a, pa) in enumerate(members):
            for b, pb in members[i + 1:]:
                if a != b and (pa | pb) & ALLIANCE:
                    graph.add_edge(a, b)
    return states, graph


def members(data, organisation, day):
    order = [a["id"] for a in data["actors"]]
    found = [m["member"] for m in data["memberships"]
             if m["organisation"] == organisation and any(active(s, day) for s in m["spells"])]
    return sorted(found, key=order.index)


def expected(data):
    lines = ["pactgraph @PROJECT_VERSION@"]
    for day in DAYS:
        states, graph = snapshot(data, day)
        degree = nx.degree_centrality(graph)
        betweenness = nx.betweenness_centrality(graph)
        for state in states:
            lines.append(f"{day.isoformat()} {state:<4} degree {degree[state]:.6f} betweenness {betweenness[state]:.6f}")
    lines.append(" ".join([DAYS[-1].isoformat(), "CSTO"] + members(data, "CSTO", DAYS[-1])))
    return "\n".join(lines) + "\n"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = expected(json.load(f))
    if "--write" in sys.argv:
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            f.write(text)
        return 0
    with open(sys.argv[2], encoding="utf-8") as f:
        stored = f.read()
    if stored != text:
        print(f"{sys.argv[2]} differs from what networkx computes:\n{text}")
        return 1
    print("expected output agrees with networkx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
