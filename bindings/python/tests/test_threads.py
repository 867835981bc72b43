"""One Network used from 8 Python threads at once gives the results of one thread, and long calls let
other Python threads run (the GIL is released)."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import networkx as nx

import pactgraph

DATES = ["1914-06-28", "1945", "1962-10-27", "1989-11", "2001-09-11", "2018"]


def work(net, at):
    """Everything a thread asks of the network for one date, in comparable form."""
    snap = net.snapshot(at)
    g = snap.to_networkx()
    return (sorted(g.nodes(data=True)), sorted((tuple(sorted(e[:2])), e[2]["multiplicity"], e[2]["kinds"])
                                                for e in g.edges(data=True)),
            snap.adjacency().toarray().tolist(), net.export(to="graphml", at=at))


def test_eight_threads_same_results(atop):
    jobs = DATES * 4
    alone = {at: work(atop, at) for at in DATES}
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda at: (at, work(atop, at)), jobs))
    assert len(together) == len(jobs)
    for at, result in together:
        assert result == alone[at], at


def tables(net, at):
    """The DataFrames a thread asks for one date, as CSV text to compare."""
    frames = [net.centrality(at=at, threads=1), net.stats(at=at), net.members("NATO", at=at), net.ties("USA", at=at),
              net.blocs(at=at, method="kcore").members, net.snapshot(at).nodes]
    return [f.to_csv(index=False) for f in frames]


def test_eight_threads_same_tables(atop):
    alone = {at: tables(atop, at) for at in DATES[2:]}
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda at: (at, tables(atop, at)), DATES[2:] * 4))
    for at, result in together:
        assert result == alone[at], at


def test_eight_threads_one_series_each(atop):
    def series():
        return atop.centrality(years=(1990, 2018), metrics=["degree", "betweenness", "pagerank"], threads=2).to_csv()

    alone = series()
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda _: series(), range(8)))
    assert together == [alone] * 8


def test_eight_threads_loading_and_drawing(seed):
    expected = (seed.render(at="1998"), seed.export(to="dot", whole=True))

    def job(_):
        net = pactgraph.seed()
        return net.render(at="1998"), net.export(to="dot", whole=True), seed.render(at="1998")

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(job, range(16)))
    for mine, whole, shared in results:
        assert (mine, whole) == expected and shared == expected[0]


def test_other_threads_run_during_a_long_call(data_dir):
    """A thread spinning in Python records when it ran; with the GIL held through the call it could not run
    in the middle of it."""
    ran = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ran.append(time.perf_counter())
            time.sleep(0.001)

    spinner = threading.Thread(target=spin)
    spinner.start()
    time.sleep(0.02)
    start = time.perf_counter()
    pactgraph.load_data_dir(data_dir)  # ATOP, COW states and the 22 MB COW IGO file: far longer than 100 ms
    end = time.perf_counter()
    stop.set()
    spinner.join()
    assert end - start > 0.1, "the call was too short to tell"
    middle = [t for t in ran if start + 0.03 < t < end - 0.03]
    assert len(middle) > 0
