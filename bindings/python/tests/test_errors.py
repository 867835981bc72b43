"""Errors: each class of the library's hierarchy arrives as its pactgraph.Error subclass with its place
(.file, .line, .column, .pointer); real failures carry the place and message the command reports."""
import datetime
import json
import os
import subprocess

import pytest

import pactgraph
from pactgraph import _pactgraph

from conftest import SOURCE

MALFORMED = os.path.join(SOURCE, "tests", "cli", "data", "malformed.json")

CLASSES = [
    ("parse", pactgraph.ParseError), ("data", pactgraph.DataError), ("located", pactgraph.LocatedError),
    ("usage", pactgraph.UsageError), ("lookup", pactgraph.LookupError), ("render", pactgraph.RenderError),
    ("convergence", pactgraph.ConvergenceError), ("output", pactgraph.OutputError), ("error", pactgraph.Error),
    ("std", pactgraph.InternalError),
]


@pytest.mark.parametrize("name, cls", CLASSES)
def test_every_library_class_has_its_python_class(name, cls):
    with pytest.raises(cls) as caught:
        _pactgraph._throw(name, "in.csv", 3, 7, "", "went wrong")
    assert type(caught.value) is cls
    assert isinstance(caught.value, pactgraph.Error)
    if name in ("parse", "data", "located"):
        assert (caught.value.file, caught.value.line, caught.value.column) == ("in.csv", 3, 7)
        assert str(caught.value) == "in.csv:3:7: went wrong"
        assert caught.value.message == "went wrong"
    elif name == "output":
        assert caught.value.file == "in.csv"
        assert str(caught.value) == "in.csv: cannot write: went wrong"
        assert isinstance(caught.value, OSError)
    else:
        assert (caught.value.file, caught.value.line, caught.value.column) == (None, None, None)
        assert str(caught.value) == ("internal error: went wrong" if name == "std" else "went wrong")


def test_json_pointer_and_python_bases():
    with pytest.raises(pactgraph.DataError) as caught:
        _pactgraph._throw("data", "set.json", 0, 0, "/pacts/2/members", "unknown actor")
    assert caught.value.pointer == "/pacts/2/members"
    assert (caught.value.line, caught.value.column) == (None, None)
    assert str(caught.value) == "set.json:/pacts/2/members: unknown actor"
    with pytest.raises(ValueError):
        _pactgraph._throw("usage", "", 0, 0, "", "bad option")
    with pytest.raises(LookupError):
        _pactgraph._throw("lookup", "", 0, 0, "", "id 9 out of range")
    with pytest.raises(MemoryError):
        _pactgraph._throw("bad_alloc", "", 0, 0, "", "")


def command_error(cli, *args):
    """The command's error line on stderr for a run that fails."""
    run = subprocess.run([cli.program, *args], capture_output=True, text=True)
    assert run.returncode != 0
    return run.stderr.strip()


def test_malformed_dataset_at_the_commands_place(cli):
    with pytest.raises(pactgraph.ParseError) as caught:
        pactgraph.load(MALFORMED)
    e = caught.value
    assert e.file == MALFORMED
    # The command reports `FILE:LINE:COL: error: MESSAGE`.
    assert command_error(cli, "--data", MALFORMED, "info") == f"{e.file}:{e.line}:{e.column}: error: {e.message}"
    # and the place is where Python's own JSON reader stops too: the stray comma.
    with pytest.raises(json.JSONDecodeError) as python_json:
        json.load(open(MALFORMED))
    assert (e.line, e.column) == (python_json.value.lineno, python_json.value.colno)


def test_wrong_dataset_content_has_a_json_pointer(tmp_path, cli):
    data = json.load(open(os.path.join(SOURCE, "examples", "data", "central_asia_2007.json")))
    data["pacts"][1]["members"][0]["actor"] = "ATLANTIS"
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps(data, indent=2))
    with pytest.raises(pactgraph.DataError) as caught:
        pactgraph.load(str(path))
    e = caught.value
    assert e.pointer is not None and e.pointer.startswith("/pacts/1/members/0")
    assert "ATLANTIS" in e.message
    assert command_error(cli, "--data", str(path), "info") == f"{e.file}:{e.pointer}: error: {e.message}"


def test_missing_files_are_data_errors(tmp_path):
    with pytest.raises(pactgraph.DataError) as caught:
        pactgraph.load(str(tmp_path / "missing.json"))
    assert caught.value.file == str(tmp_path / "missing.json")
    with pytest.raises(pactgraph.DataError) as caught:
        pactgraph.load_data_dir(str(tmp_path / "no-such-dir"))
    assert "no-such-dir" in str(caught.value)


@pytest.mark.parametrize("at", ["2007-13-01", "2007-02-30", "yesterday", "07"])
def test_bad_dates_are_usage_errors_with_the_commands_message(seed, cli, at):
    with pytest.raises(pactgraph.UsageError) as caught:
        seed.snapshot(at)
    assert command_error(cli, "snapshot", "--at", at) == f"pactgraph: error: --{caught.value}"


def test_bad_arguments_are_usage_errors(seed):
    with pytest.raises(pactgraph.UsageError, match="unknown kind 'defens'"):
        seed.snapshot(kinds="defence,defens")
    with pytest.raises(pactgraph.UsageError, match="expected states, organisations or any"):
        seed.snapshot(actors="people")
    with pytest.raises(pactgraph.UsageError):
        seed.snapshot(at=datetime.time(12))
    with pytest.raises(pactgraph.UsageError):
        seed.snapshot(kinds=[1, 2])
    with pytest.raises(pactgraph.UsageError, match="engine"):
        seed.render(engine="graphviz")
    with pytest.raises(pactgraph.UsageError, match="format"):
        seed.render(format="gif")
    with pytest.raises(pactgraph.UsageError):
        seed.export(to="xml")
    with pytest.raises(pactgraph.UsageError):
        seed.snapshot().adjacency(weight="kinds")
