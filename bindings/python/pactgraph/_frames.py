"""The one conversion of the library's result tables to pandas: column by column, int64, float64 or object
(str), a column with a missing-value mask becoming pandas' nullable Int64 (or object with None)."""
import collections

import numpy as np
import pandas as pd


def to_frame(table):
    """A DataFrame from the extension's table: {"name", "columns": [(name, kind, values, mask)], "notes"}.
    The notes (coverage, failures: what the command prints beside its table) go to ``df.attrs["notes"]``."""
    data = {}
    for name, kind, values, mask in table["columns"]:
        if kind == "integer":
            data[name] = pd.arrays.IntegerArray(values, mask) if mask is not None else values
        elif kind == "real":
            data[name] = values
        else:
            data[name] = np.array(values, dtype=object)
    # From the dict alone (its order is the columns'): naming the columns again sends pandas down a path
    # five times slower, which a small query would pay on every call.
    frame = pd.DataFrame(data, copy=False)
    frame.attrs["name"] = table["name"]
    frame.attrs["notes"] = list(table["notes"])
    return frame


# Answers of several tables, as named tuples of DataFrames named after the command's tables (its --table).
Info = collections.namedtuple("Info", ["counts", "sources", "imports"])
Diff = collections.namedtuple("Diff", ["members", "ties"])
Path = collections.namedtuple("Path", ["paths", "steps"])
Blocs = collections.namedtuple("Blocs", ["blocs", "members"])


def frames(cls, tables):
    """Several tables of one answer as the named tuple `cls` of DataFrames."""
    return cls(*(to_frame(t) for t in tables))
