"""Snapshot: the simple graph of a network on one day, as networkx, SciPy and a picture."""
from . import _arguments, _frames
from .errors import UsageError


class Snapshot:
    """The simple graph of a network on one day: parallel ties between a pair are one edge with their
    multiplicity, kinds and sign. Made by :meth:`pactgraph.Network.snapshot`."""

    def __init__(self, network, handle, kinds, actors):
        self._network = network
        self._handle = handle
        self._kinds = kinds
        self._actors = actors

    @property
    def date(self):
        """The day of the snapshot, as datetime.date."""
        return _arguments.as_date(self._handle.day)

    def __len__(self):
        return self._handle.vertex_count

    def number_of_nodes(self):
        """The actors of the snapshot, as networkx counts them."""
        return self._handle.vertex_count

    def number_of_edges(self):
        """The edges (pairs with ties) of the snapshot, as networkx counts them."""
        return self._handle.edge_count

    def __repr__(self):
        return (f"<pactgraph.Snapshot {self.date.isoformat()}: {self._handle.vertex_count} actors, "
                f"{self._handle.edge_count} edges>")

    @property
    def diagnostics(self):
        """What the snapshot left out: ``ties_with_absent_end``, ``absent_actors`` (abbreviations), ``covered``."""
        return self._handle.diagnostics()

    @property
    def nodes(self):
        """The command's ``snapshot`` nodes table: date, code, abbrev, name, kind, degree (distinct neighbours),
        one row per node in the order of ``to_networkx()`` and ``adjacency()``."""
        return _frames.to_frame(self._handle.tables()[0])

    @property
    def ties(self):
        """The command's ``snapshot`` ties table: date, source, target (COW codes), source_abbrev,
        target_abbrev, multiplicity, kinds, sign; one row per edge."""
        return _frames.to_frame(self._handle.tables()[1])

    def to_networkx(self):
        """The snapshot as a networkx.Graph: nodes keyed by abbreviation with ``code`` (COW code, None for
        organisations without one), ``name`` and ``kind`` ("state" or "organisation"); edges with
        ``multiplicity`` (the ties on the day), ``kinds`` (e.g. "defence+consultation") and ``sign`` (+1, -1, or
        0 when cooperative and hostile ties meet)."""
        import networkx as nx

        nodes = self._handle.node_arrays()
        edges = self._handle.edge_arrays()
        abbrev = nodes["abbrev"]
        codes = [None if missing else code for code, missing in zip(nodes["code"].tolist(), nodes["code_missing"].tolist())]
        g = nx.Graph()
        g.graph["date"] = self.date
        g.add_nodes_from((a, {"code": c, "name": n, "kind": k})
                         for a, c, n, k in zip(abbrev, codes, nodes["name"], nodes["kind"]))
        g.add_edges_from((abbrev[u], abbrev[v], {"multiplicity": m, "kinds": k, "sign": s})
                         for u, v, m, k, s in zip(edges["u"].tolist(), edges["v"].tolist(),
                                                  edges["multiplicity"].tolist(), edges["kinds"], edges["sign"].tolist()))
        return g

    def adjacency(self, weight=None):
        """The adjacency matrix as scipy.sparse.csr_matrix, rows and columns in the order of the snapshot's
        nodes (``nodes`` and ``to_networkx()``). ``weight``: None for 1 per edge, "multiplicity" for the
        number of ties."""
        import numpy as np
        import scipy.sparse

        if weight not in (None, "multiplicity"):
            raise UsageError(f"weight: expected None or 'multiplicity', not {weight!r}")
        indptr, indices, multiplicity = self._handle.csr_arrays()
        data = multiplicity if weight == "multiplicity" else np.ones(len(indices), dtype=np.int64)
        n = self._handle.vertex_count
        return scipy.sparse.csr_matrix((data, indices, indptr), shape=(n, n))

    def svg(self):
        """The snapshot drawn by Graphviz (dot) as SVG text."""
        return self._handle.svg()

    def _repr_svg_(self):
        return self.svg()
