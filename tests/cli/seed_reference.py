"""The seed scenario read straight from its JSON dataset, for the CLI checks that need an independent reference.

Written from docs/dataset-format.md and docs/cli.md, not from the C++ code:
- a spell is half-open [begin, end); a partial date widens outwards (an entry "2005-11" is
  2005-11-01, an exit "2005-11" is 2005-11-30, an exit "1999" is 1999-12-31);
- a date given on the command line without its day means its last day (`--at 1998` is 1998-12-31);
- two members of one pact, both in a spell on the day, are tied when either pledges something;
  the tie carries both sides' pledges; a membership ties a member to its organisation;
- a tie qualifies for a list of kinds when either side pledges one of them;
- an actor without spells is always there.
"""
import calendar
import datetime
import itertools
import json
import os

SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "data",
                    "central_asia_2007.json")

# The order in which docs/dataset-format.md lists the kinds; the CLI joins kinds with "+" in this order.
KINDS = ("defence", "offence", "neutrality", "non_aggression", "consultation", "basing", "arms_transfer",
         "information_exchange", "intelligence_sharing", "sanction", "rivalry", "membership")
ALLIANCE = frozenset(KINDS[:5])
HOSTILE = frozenset(("sanction", "rivalry"))
ANY = frozenset(KINDS)


def parse_day(text, last):
    """The first (or, with `last`, the last) day of a YYYY, YYYY-MM or YYYY-MM-DD date."""
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        return datetime.date(year, month, parts[2])
    return datetime.date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def command_line_day(text):
    return parse_day(text, last=True)


def spell_bounds(spell):
    """[begin, end) of a spell; end None when ongoing."""
    end = spell.get("end")
    return parse_day(spell["begin"], last=False), None if end is None else parse_day(end, last=True)


def in_spell(spell, day):
    begin, end = spell_bounds(spell)
    return begin <= day and (end is None or day < end)


def joined(kinds):
    """Kinds in the documented order joined by "+", or "-" when there are none."""
    return "+".join(k for k in KINDS if k in kinds) or "-"


class Seed:
    def __init__(self, path=SEED):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.actors = data["actors"]
        self.pacts = data["pacts"]
        self.memberships = data["memberships"]
        self.source = data["sources"][0]
        self.index = {a["id"]: i for i, a in enumerate(self.actors)}
        self.by_id = {a["id"]: a for a in self.actors}

    def present(self, actor_id, day):
        spells = self.by_id[actor_id].get("spells")
        return spells is None or any(in_spell(s, day) for s in spells)

    def actors_of_kind(self, kind):
        """Actor ids of a kind ("state", "organisation" or "any"), in dataset order."""
        return [a["id"] for a in self.actors if kind == "any" or a["kind"] == kind]

    def ties(self, day):
        """Every tie active on `day`, as dicts with a, b (in the pact's member order), pledges_a,
        pledges_b, kinds, via (pact name or "membership of ORG"), in dataset order, pacts first."""
        out = []
        for pact in self.pacts:
            active = []
            for m in pact["members"]:
                for s in m["spells"]:
                    if in_spell(s, day):
                        active.append((m["actor"], frozenset(s.get("pledges", []))))
            for (a, pa), (b, pb) in itertools.combinations(active, 2):
                if pa | pb:
                    out.append({"a": a, "b": b, "pledges_a": pa, "pledges_b": pb, "kinds": pa | pb,
                                "via": pact.get("name", pact["id"])})
        for ms in self.memberships:
            if any(in_spell(s, day) for s in ms["spells"]):
                kinds = frozenset(["membership"])
                out.append({"a": ms["member"], "b": ms["organisation"], "pledges_a": kinds, "pledges_b": kinds,
                            "kinds": kinds, "via": f"membership of {ms['organisation']}"})
        return out

    def graph(self, day, kinds=ALLIANCE, actors="state"):
        """The snapshot as a networkx Graph on actor ids: present actors of the kind, one edge per
        pair with a qualifying tie, edge attribute `ties` listing those ties."""
        import networkx as nx
        g = nx.Graph()
        g.add_nodes_from(a for a in self.actors_of_kind(actors) if self.present(a, day))
        for t in self.ties(day):
            if t["kinds"] & kinds and t["a"] in g and t["b"] in g:
                if g.has_edge(t["a"], t["b"]):
                    g.edges[t["a"], t["b"]]["ties"].append(t)
                else:
                    g.add_edge(t["a"], t["b"], ties=[t])
        return g
