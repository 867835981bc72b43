"""The data `pactgraph atlas` puts in its page, read without a browser: on several days of the seed scenario,
the states in the system and the alliance ties between them, taken from the page's intervals, equal
`pactgraph snapshot`. Runs in every preset (the sanitizer builds too), so the C++ that writes the page is
checked where the browser tests are left out.

    data_check.py PACTGRAPH
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

ALLIANCE = ("defence", "offence", "neutrality", "non_aggression", "consultation")


def day_number(iso):
    return (datetime.date.fromisoformat(iso) - datetime.date(1970, 1, 1)).days


def main(cli):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "atlas.html")
        subprocess.run([cli, "atlas", "-o", path], check=True)
        page = open(path, encoding="utf-8").read()
    found = re.search(r'<script type="application/json" id="atlas-data">(.*?)</script>', page, re.S)
    data = json.loads(found.group(1))
    names = {bit: name for bit, name in data["kindNames"]}
    alliance = sum(bit for bit, name in names.items() if name in ALLIANCE)
    actors = data["actors"]

    def present(i, day):
        spells = actors[i]["s"]
        return spells is None or any(b <= day < e for b, e in spells)

    failures = 0
    for iso in ("1995-06-30", "2001-06-15", "2005-11-13", "2005-11-14", "2007-05-30"):
        day = day_number(iso)
        states = {i for i, a in enumerate(actors) if not a.get("o") and present(i, day)}
        pairs = {}
        for a, b, begin, end, pledges_a, pledges_b, _ in data["ties"]:
            if begin <= day < end and (pledges_a | pledges_b) & alliance and a in states and b in states:
                key = frozenset((actors[a]["a"], actors[b]["a"]))
                pairs[key] = pairs.get(key, 0) | pledges_a | pledges_b
        page_ties = {(k, "+".join(n for bit, n in sorted(names.items()) if v & bit)) for k, v in pairs.items()}
        page_states = {actors[i]["a"] for i in states}

        snapshot = json.loads(subprocess.run([cli, "snapshot", "--at", iso, "--format", "json"], check=True,
                                             capture_output=True, text=True).stdout)
        want_states = {n["abbrev"] for n in snapshot["nodes"]}
        want_ties = {(frozenset((t["source_abbrev"], t["target_abbrev"])), t["kinds"]) for t in snapshot["ties"]}
        if (page_states, page_ties) != (want_states, want_ties):
            failures += 1
            print(f"{iso}: the page's data differ from pactgraph snapshot")
            print("  states only in the page:", page_states - want_states, "only in snapshot:", want_states - page_states)
            print("  ties only in the page:", page_ties - want_ties, "only in snapshot:", want_ties - page_ties)
        else:
            print(f"{iso}: {len(page_states)} states, {len(page_ties)} ties, as pactgraph snapshot")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
