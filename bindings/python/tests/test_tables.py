"""The one conversion of the library's tables to pandas, on a table built by the extension for the test:
int64, float64 with NaN, object with None, and nullable Int64 where a column has a missing-value mask."""
import math

import numpy as np
import pandas as pd
import pytest

from pactgraph import _frames, _pactgraph


@pytest.mark.parametrize("rows", [0, 1, 7, 1000])
def test_every_kind_of_column(rows):
    frame = _frames.to_frame(_pactgraph._example_table(rows))
    assert list(frame.columns) == ["id", "code", "share", "label", "flag"]
    # A column with a missing-value mask is nullable; without missing values the library sends no mask.
    code_type = "Int64" if rows > 1 else "int64"
    assert [str(t) for t in frame.dtypes] == ["int64", code_type, "float64", "object", "int64"]
    assert len(frame) == rows
    assert frame.attrs == {"name": "example", "notes": ["an example"]}
    for i in range(rows):
        assert frame["id"][i] == i
        assert (frame["code"][i] is pd.NA) if i % 2 == 1 else frame["code"][i] == 1000 + i
        assert math.isnan(frame["share"][i]) if i % 3 == 0 else frame["share"][i] == i / 4
        assert frame["label"][i] is None if i % 5 == 0 else frame["label"][i] == f"row {i}"
        assert frame["flag"][i] == i % 2
    assert frame["code"].isna().sum() == rows // 2
    assert np.array_equal(frame["id"].to_numpy(), np.arange(rows))
