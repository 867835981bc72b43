"""Diagrams and exports: the same bytes as the command writes, and read back by other tools."""
import xml.etree.ElementTree as ElementTree

import networkx as nx
import pytest

import pactgraph


def svg_node_titles(svg):
    root = ElementTree.fromstring(svg)
    ns = {"svg": "http://www.w3.org/2000/svg"}
    return {g.find("svg:title", ns).text for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"}


@pytest.mark.parametrize("args", [
    dict(at="2007-05-30"),
    dict(at="1998", engine="circo", clusters=True),
    dict(at="2005-12-31", engine="neato", kinds="alliance", actors="states"),
    dict(at="2007-05-30", size_by="pagerank"),
    dict(at="1998", clusters=True, size_by="degree"),
])
def test_render_svg_equals_the_commands_file(seed, cli, tmp_path, args):
    data = seed.render(**args)
    assert isinstance(data, bytes)
    path = tmp_path / "seed.svg"
    argv = ["render", "--at", args["at"], "-o", str(path), "--engine", args.get("engine", "dot")]
    argv += ["--clusters"] if args.get("clusters") else []
    argv += ["--kinds", args["kinds"], "--actors", args["actors"]] if "kinds" in args else []
    argv += ["--size-by", args["size_by"]] if "size_by" in args else []
    cli(*argv)
    assert data == path.read_bytes()


def test_size_by_writes_each_measure_under_its_node(seed):
    # Each node's label carries its score as the diagram's legend rounds it (3 significant digits).
    svg = seed.render(at="2007-05-30", size_by="degree")
    expected = seed.centrality(at="2007-05-30", metrics="degree").set_index("abbrev")["degree"]
    root = ElementTree.fromstring(svg)
    ns = {"svg": "http://www.w3.org/2000/svg"}
    nodes = {g.find("svg:title", ns).text: [t.text for t in g.iter("{http://www.w3.org/2000/svg}text")]
             for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "node"}
    assert set(expected.index) <= set(nodes)
    for abbrev, value in expected.items():
        assert f"{value:.3g}" in nodes[abbrev], abbrev
    with pytest.raises(pactgraph.UsageError, match="name one measure"):
        seed.render(size_by="degree,katz")


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("pdf", b"%PDF")])
def test_render_binary_formats(seed, fmt, magic):
    assert seed.render(format=fmt).startswith(magic)


@pytest.mark.parametrize("to", ["graphml", "dot"])
@pytest.mark.parametrize("at", ["2007-05-30", "1998"])
def test_export_of_a_day_equals_the_command(seed, cli, to, at):
    assert seed.export(to=to, at=at) == cli("export", "--to", to, "--at", at)


@pytest.mark.parametrize("to", ["graphml", "dot", "json"])
def test_whole_export_equals_the_command(seed, cli, to):
    assert seed.export(to=to, whole=True) == cli("export", "--to", to, "--whole")


def test_json_export_loads_back_as_the_same_network(seed, tmp_path):
    path = tmp_path / "copy.json"
    path.write_text(seed.export(to="json", whole=True))
    copy = pactgraph.load(str(path))
    assert copy.export(to="graphml", whole=True) == seed.export(to="graphml", whole=True)
    assert nx.utils.graphs_equal(copy.snapshot("1998").to_networkx(), seed.snapshot("1998").to_networkx())


def test_graphml_reads_back_in_networkx_with_the_days_ties(seed, seed_data):
    from conftest import command_day
    import io
    g = nx.read_graphml(io.StringIO(seed.export(to="graphml", at="2007-05-30")))
    ties = seed_data.ties(command_day("2007-05-30"))
    assert g.number_of_edges() == len(ties)


def test_repr_svg_draws_the_snapshot(seed):
    snap = seed.snapshot("2007-05-30")
    svg = snap._repr_svg_()
    assert isinstance(svg, str)
    assert svg_node_titles(svg) == set(snap.to_networkx().nodes)
    everything = seed.snapshot("2007-05-30", kinds="any", actors="any")
    assert svg_node_titles(everything._repr_svg_()) == set(everything.to_networkx().nodes)
