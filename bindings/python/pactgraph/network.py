"""Network: a loaded alliance network and the questions the pactgraph command answers about it."""
import os
import warnings

import pandas as pd

from . import _arguments, _frames, _pactgraph
from .errors import UsageError
from .snapshot import Snapshot


class Network:
    """A typed, dated alliance network, never changed once loaded: one Network may be used from many
    threads at once. Made by :func:`seed`, :func:`load` or :func:`load_data_dir`."""

    def __init__(self, handle):
        if not isinstance(handle, _pactgraph.Network):
            raise TypeError("make a Network with pactgraph.seed(), load(path) or load_data_dir(path)")
        self._handle = handle

    def __repr__(self):
        h = self._handle
        return f"<pactgraph.Network from {h.description}: {h.actor_count} actors, {h.pact_count} pacts, {h.tie_count} ties>"

    def __reduce__(self):
        # Pickled as its native dataset, so a Network can go to another process (multiprocessing).
        return _restore, (self._handle.dataset_json(), self._handle.description)

    @property
    def description(self):
        """Where the network came from: a file, a data folder or the built-in seed scenario."""
        return self._handle.description

    # ---- the command's questions, answered with its columns ----

    def info(self):
        """What the network holds, as ``pactgraph info``: a named tuple of DataFrames ``counts`` (data,
        item, count), ``sources`` (data, source, first, last, citation) and ``imports`` (data, source,
        rows_read, rows_loaded, rows_skipped; no rows unless loaded from a data folder), where ``data`` is
        where the network came from, as ``description``."""
        info = _frames.frames(_frames.Info, self._handle.info_tables())
        # The command leads with where the data came from, which only the Network knows.
        for frame in info:
            frame.insert(0, "data", pd.Series([self.description] * len(frame), dtype=object))
        return info

    def actor(self, name_or_code):
        """One actor by COW code, abbreviation or name, as a one-row DataFrame (code, abbrev, name, kind,
        spells, first, last). LookupError, with the closest names, when nothing has that name."""
        return _frames.to_frame(self._handle.actor_table(_arguments.actor_text(name_or_code)))

    def members(self, org, at=None):
        """An organisation's or pact's members on a day, as ``pactgraph members ORG --at DATE``: date,
        group, code, abbrev, name, status, pledges."""
        return _frames.to_frame(self._members_table(org, at))

    def _members_table(self, org, at):
        return self._handle.members_table(org, _arguments.query_day(at))

    def ties(self, actor, at=None, kinds=None):
        """An actor's active ties on a day, one row per tie and kind, as ``pactgraph ties ACTOR``: date,
        actor, kind, hostile, code, abbrev, name, pledged, received, via. ``kinds``: only these kinds."""
        return _frames.to_frame(self._handle.ties_table(_arguments.actor_text(actor), _arguments.query_day(at),
                                                        _arguments.names_text(kinds, "kinds")))

    def diff(self, from_, to, actor=None, kinds=None):
        """What began or ended after ``from_`` and by ``to``, as ``pactgraph diff``: a named tuple of
        DataFrames ``members`` (member spells) and ``ties``."""
        if from_ is None or to is None:
            raise UsageError("diff needs both from_ and to")
        return _frames.frames(_frames.Diff, self._handle.diff_tables(
            _arguments.query_day(from_, "from"), _arguments.query_day(to, "to"),
            None if actor is None else _arguments.actor_text(actor), _arguments.names_text(kinds, "kinds")))

    # ---- analyses of the snapshot of a day, or of every 31 December of a span of years ----

    def centrality(self, at=None, years=None, metrics=None, normalization="networkx", threads=0, kinds=None,
                   actors=None, tolerance=None, max_iterations=None):
        """Vertex measures on the standard snapshot of a day, or with ``years=(first, last)`` (inclusive) of
        every 31 December of the span, as ``pactgraph centrality``: one tidy DataFrame with date, code,
        abbrev, name and one column per metric (degree, betweenness, closeness, harmonic, eigenvector,
        pagerank, katz; default all), NaN where an iterative measure did not converge (said in
        ``attrs["notes"]``). ``normalization``: networkx, igraph or raw; ``threads``: 0 for every core."""
        return _frames.to_frame(self._handle.centrality_table(
            *self._day_or_years(at, years), _arguments.names_text(metrics, "metrics") or "all", normalization,
            tolerance, max_iterations, _arguments.count(threads, "threads"), _arguments.names_text(kinds, "kinds"),
            actors))

    def stats(self, at=None, years=None, threads=0, kinds=None, actors=None):
        """Whole-graph statistics of the standard snapshot of a day or of each 31 December of
        ``years=(first, last)``, as ``pactgraph stats``: date, vertices, edges, density, transitivity,
        average_clustering, largest_component, diameter, radius, assortativity."""
        return _frames.to_frame(self._handle.stats_table(*self._day_or_years(at, years),
                                                         _arguments.count(threads, "threads"),
                                                         _arguments.names_text(kinds, "kinds"), actors))

    def path(self, a, b, at=None, all_shortest=False, k=None, weighted=False, kinds=None, actors=None, length=None):
        """Shortest paths from ``a`` to ``b`` on a day, as ``pactgraph path``: a named tuple of DataFrames
        ``paths`` (path, length, hops, actors) and ``steps`` (path, step, from, to, via). One shortest path by
        default; ``all_shortest=True`` every one (``--all``), ``k=N`` the N shortest simple paths.
        ``length``: how long a step is, "hops" (default), "multiplicity" (the number of ties) or
        "inverse_multiplicity" (1 / ties); ``weighted=True`` is the older spelling of the last."""
        if weighted and length is not None:
            raise UsageError("give weighted or length, not both")
        if weighted:
            length = "inverse_multiplicity"
        return _frames.frames(_frames.Path, self._handle.path_tables(
            _arguments.actor_text(a), _arguments.actor_text(b), _arguments.query_day(at), bool(all_shortest),
            0 if k is None else _arguments.count(k, "k"), length, _arguments.names_text(kinds, "kinds"), actors))

    def cascade(self, x, at=None, obligations=None, max_hops=None):
        """Who is obliged to fight, hop by hop, if ``x`` is attacked on a day, as ``pactgraph cascade``: date,
        target, code, abbrev, name, hop, obliged_to, pledges, via. ``obligations``: the kinds that draw a
        state in (default defence); ``max_hops``: stop after this many."""
        return _frames.to_frame(self._handle.cascade_table(
            _arguments.actor_text(x), _arguments.query_day(at), _arguments.names_text(obligations, "obligations"),
            None if max_hops is None else _arguments.count(max_hops, "max_hops")))

    def blocs(self, at=None, method="components", min_size=1, seed=1, kinds=None, actors=None):
        """Groups of actors in the snapshot of a day, as ``pactgraph blocs``: a named tuple of DataFrames
        ``blocs`` and ``members``. ``method``: components, kcore, cliques or communities."""
        return _frames.frames(_frames.Blocs, self._handle.blocs_tables(
            _arguments.query_day(at), method, _arguments.count(min_size, "min_size"), _arguments.count(seed, "seed"),
            _arguments.names_text(kinds, "kinds"), actors))

    def balance(self, at=None, kinds=None, actors=None):
        """Structural balance of the signed snapshot of a day, as ``pactgraph balance``: date,
        balance_ratio, pattern, balanced, count (by default alliance, cooperation and hostile ties among
        every actor)."""
        return _frames.to_frame(self._handle.balance_table(_arguments.query_day(at),
                                                           _arguments.names_text(kinds, "kinds"), actors))

    # ---- panels: state-years, dyad-years or dyad spells, portfolio similarity ----

    def states(self, years=(1815, 2018), threads=0):
        """State-years as ATOP's state-year file codes them, as ``pactgraph states``: ccode, year, atopally,
        defense, offense, neutral, nonagg, consul (and one column per further kind pledged), number, transyr,
        atopids. ``years``: (first, last) inclusive or "Y1:Y2"."""
        return _frames.to_frame(self._handle.states_table(_arguments.years_text(years),
                                                          _arguments.count(threads, "threads")))

    def dyads(self, years=None, undirected=False, all_pairs=False, spells=False, from_=None, to=None, threads=0):
        """Dyad-years as ATOP's dyadic files code them, as ``pactgraph dyads``: ccode1, ccode2, year, the
        obligations of ccode1 toward ccode2, shareob, transyr, bilatno, multino, number, asymm, obvary,
        atopids. ``years``: (first, last) inclusive or "Y1:Y2" (default 1815:2018); ``undirected``: one row
        per pair, obligations either way; ``all_pairs``: every pair of states sharing a state-system day in
        the year. ``spells=True``: one row per pair and spell of constant obligations (start, end instead of
        year), kept from the day ``from_`` to the day ``to``."""
        if spells:
            if years is not None:
                raise UsageError("spells take from_ and to, not years")
            if all_pairs:
                raise UsageError("spells and all_pairs cannot be combined")
            return _frames.to_frame(self._handle.spells_table(bool(undirected), _arguments.date_text(from_, "from"),
                                                              _arguments.date_text(to, "to")))
        if from_ is not None or to is not None:
            raise UsageError("from_ and to need spells=True")
        return _frames.to_frame(self._handle.dyads_table(_arguments.years_text((1815, 2018) if years is None else years),
                                                         bool(undirected), bool(all_pairs),
                                                         _arguments.count(threads, "threads")))

    def similarity(self, at=None, years=None, measures=None, scale="valued", direction="either", weights=None,
                   dyads=None, threads=0):
        """Alliance-portfolio similarity of every pair of states on a day or, with ``years=(first, last)``
        (inclusive) or "Y1:Y2", in each year, as ``pactgraph similarity``: ccode1, ccode2, date or year, and
        one column per measure (s_abs, s_sq, s_bin, kappa, pi, kappa_bin, pi_bin, taub; default all), NaN
        where undefined. ``scale``: valued, binary or a mapping such as "defense=3,offense=3,neutral=2";
        ``direction``: either, given or received; ``weights``: path of a CSV of ccode,year,weight for S;
        ``dyads``: only this pair, as (a, b) or "A,B"."""
        if dyads is not None and not isinstance(dyads, str):
            dyads = ",".join(_arguments.actor_text(a) for a in dyads)
        return _frames.to_frame(self._handle.similarity_table(
            *self._day_or_years(at, years), _arguments.names_text(measures, "measures") or "", scale, direction,
            None if weights is None else os.fspath(weights), dyads, _arguments.count(threads, "threads")))

    def _day_or_years(self, at, years):
        """(day, "Y1:Y2" or None) of an analysis asked on a day or over a span."""
        if years is None:
            return _arguments.query_day(at), None
        if at is not None:
            raise UsageError("give at or years, not both")
        return _arguments.query_day(None), _arguments.years_text(years)

    def snapshot(self, at=None, kinds="alliance", actors=None):
        """The simple graph of the network on a day (default 2007-05-30): by default the standard snapshot,
        states in the state system and alliance ties. ``kinds``: kind names (e.g. "defence" or
        ["alliance", "cooperation"]); ``actors``: "states", "organisations" or "any"; by default states,
        or any when ``kinds`` asks for membership, as ``pactgraph snapshot`` chooses."""
        kinds = _arguments.names_text(kinds, "kinds")
        handle = self._handle.snapshot(_arguments.query_day(at), kinds, actors)
        return Snapshot(self, handle, kinds, actors)

    def render(self, at=None, format="svg", engine="dot", kinds=None, actors=None, clusters=False, size_by=None):
        """A diagram of the day through Graphviz, as bytes of SVG, PNG or PDF; by default every actor and
        every tie active on the day, as ``pactgraph render`` draws it. ``engine``: dot, neato, fdp, sfdp
        or circo. ``size_by``: one measure (degree, betweenness, closeness, harmonic, eigenvector, pagerank,
        katz) on the standard snapshot, as ``centrality`` gives it, by which nodes grow and darken.
        Graphviz's warnings, and a measure that did not converge, become Python warnings."""
        data, notes, failures = self._handle.render(_arguments.query_day(at), format, engine,
                                                    _arguments.names_text(kinds, "kinds"), actors, bool(clusters),
                                                    size_by)
        for note in notes:
            warnings.warn(f"graphviz: {note}", RuntimeWarning, stacklevel=2)
        for failure in failures:
            warnings.warn(failure, RuntimeWarning, stacklevel=2)
        return data

    def export(self, to="graphml", at=None, kinds=None, actors=None, whole=False):
        """The network as text: "graphml" (networkx.read_graphml reads it) or "dot" for one day (every
        actor and tie active on it, as ``pactgraph export``), or with ``whole=True`` the whole network,
        re-importable; "json" is the whole network as the native dataset (pactgraph.load reads it)."""
        if to == "json":
            if not whole or at is not None or kinds is not None or actors is not None:
                raise UsageError("export to json writes the whole network (the native dataset): "
                                 "give whole=True and no at, kinds or actors")
            return self._handle.dataset_json()
        if whole and (at is not None or kinds is not None or actors is not None):
            raise UsageError("whole=True exports every date: give no at, kinds or actors")
        day = None if whole else _arguments.query_day(at)
        return self._handle.export_text(to, day, _arguments.names_text(kinds, "kinds"), actors)


def _restore(text, description):
    return Network(_pactgraph.load_text(text, description))


def seed():
    """The built-in seed scenario: Russia, Uzbekistan, the CSTO and their pacts as of May 2007."""
    return Network(_pactgraph.seed())


def load(path):
    """A native JSON dataset (docs/dataset-format.md), e.g. one written by ``export(to="json", whole=True)``."""
    return Network(_pactgraph.load(path))


def load_data_dir(path=None, organisations=True, lenient=False):
    """A data folder of ATOP 5.1, COW states and COW IGO files (docs/data.md); by default the folder the
    command uses: $PACTGRAPH_DATA_DIR, else the one set when pactgraph was built. ``organisations=False``
    skips the COW IGO memberships (a 22 MB file); ``lenient=True`` skips bad rows instead of failing."""
    return Network(_pactgraph.load_data_dir(path, organisations, lenient))


def default_data_dir():
    """The data folder load_data_dir() reads when given none."""
    return _pactgraph.default_data_dir()
