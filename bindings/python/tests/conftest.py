"""Shared fixtures: the built pactgraph command, the real data folder, networks loaded once, and the
independent references of the C++ tests (the seed read from its JSON, the standard snapshot from the raw CSVs).

The data-dependent fixtures fail, never skip, when the data are missing, so a run without them cannot pass.
"""
import datetime
import io
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import pactgraph

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(SOURCE, "tests", "cli"))
STANDARD_SNAPSHOT_REFERENCE = os.path.join(SOURCE, "tests", "io", "standard_snapshot_reference.py")
SEED_JSON = os.path.join(SOURCE, "examples", "data", "central_asia_2007.json")


@pytest.fixture(scope="session")
def cli():
    """The built pactgraph command, as a function: cli(*args) → stdout text (str, or bytes with binary=True)."""
    program = os.environ.get("PACTGRAPH_CLI")
    if not program or not os.path.isfile(program):
        pytest.fail("PACTGRAPH_CLI must name the built pactgraph command (ctest sets it)")

    def run(*args, binary=False):
        out = subprocess.run([program, "-q", *args], check=True, capture_output=True, text=not binary)
        return out.stdout

    run.program = program
    return run


@pytest.fixture(scope="session")
def cli_frame(cli):
    """cli_frame(*args) → the command's CSV output as a DataFrame."""

    def run(*args):
        return pd.read_csv(io.StringIO(cli(*args, "--format", "csv")), keep_default_na=False, na_values=[""])

    return run


@pytest.fixture(scope="session")
def data_dir():
    """The real data folder; fails the test when the data are missing."""
    folder = os.environ.get("PACTGRAPH_DATA_DIR") or pactgraph.default_data_dir()
    if not os.path.isfile(os.path.join(folder, "atop_v5.1", "atop5_1m.csv")):
        pytest.fail(f"the real datasets are missing from '{folder}': set PACTGRAPH_DATA_DIR to a folder laid out "
                    "as docs/data.md describes")
    return str(folder)


@pytest.fixture(scope="session")
def seed():
    return pactgraph.seed()


@pytest.fixture(scope="session")
def atop(data_dir):
    """ATOP 5.1 with COW states and the default COW IGO organisations, loaded once."""
    return pactgraph.load_data_dir(data_dir)


@pytest.fixture(scope="session")
def seed_data():
    import seed_reference as reference
    return reference.Seed(SEED_JSON)


def atop_reference(data_dir, day):
    """The standard snapshot on `day` from the raw ATOP and COW CSVs: (node codes, edges as sorted code pairs)."""
    out = subprocess.run([sys.executable, STANDARD_SNAPSHOT_REFERENCE, data_dir, day.isoformat()], check=True,
                         capture_output=True, text=True).stdout
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    nodes = {int(c) for c in lines["nodes"]}
    edges = {tuple(sorted(int(c) for c in e.split("-"))) for e in lines["edges"]}
    return nodes, edges


def command_day(text):
    """The day a command-line date means (a partial date: its last day), computed here independently."""
    import seed_reference as reference
    return reference.command_line_day(text)


@pytest.fixture(scope="session")
def cli_table(cli):
    """cli_table(*args) → the command's CSV as a DataFrame of text ("" where a cell is empty)."""

    def run(*args):
        return pd.read_csv(io.StringIO(cli(*args, "--format", "csv")), dtype=str, keep_default_na=False)

    return run


def assert_matches_command(got, expected):
    """A DataFrame of the package equals the command's CSV (read as text): the same columns in the same
    order, the same rows, numbers equal exactly (the CSV holds each real in its shortest exact form),
    missing values where the CSV's cells are empty, and the types the package promises."""
    assert list(got.columns) == list(expected.columns)
    assert len(got) == len(expected)
    for name in got.columns:
        column, cells = got[name], list(expected[name])
        if str(column.dtype) in ("int64", "Int64", "float64"):
            want = [float("nan") if c == "" else float(c) for c in cells]
            have = column.astype("float64").to_numpy(na_value=np.nan) if str(column.dtype) == "Int64" else column.to_numpy(dtype=float)
            assert np.array_equal(have, np.array(want, dtype=float), equal_nan=True), name
            if str(column.dtype) == "int64":
                assert "" not in cells, name
        else:
            assert column.dtype == object, (name, column.dtype)
            assert [("" if v is None else v) for v in column] == cells, name


__all__ = ["assert_matches_command", "atop_reference", "command_day", "datetime"]
