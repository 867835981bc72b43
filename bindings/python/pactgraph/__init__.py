"""pactgraph: states, organisations and the pacts between them, as a dated multigraph.

    import pactgraph
    net = pactgraph.seed()                      # or load("dataset.json"), load_data_dir()
    g = net.snapshot("2007-05-30").to_networkx()

Tables come back as pandas DataFrames with the columns of the ``pactgraph`` command's CSV; see
docs/python.md.
"""
from ._pactgraph import __version__
from .errors import (ConvergenceError, DataError, Error, InternalError, LocatedError, LookupError, OutputError,
                     ParseError, RenderError, UsageError)
from .network import Network, default_data_dir, load, load_data_dir, seed
from .snapshot import Snapshot

__all__ = ["__version__", "Network", "Snapshot", "seed", "load", "load_data_dir", "default_data_dir", "Error",
           "LocatedError", "ParseError", "DataError", "UsageError", "LookupError", "RenderError", "ConvergenceError",
           "OutputError", "InternalError"]
