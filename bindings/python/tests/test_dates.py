"""Dates as on the command line: datetime.date, a year, or ISO text, a partial date meaning its last day."""
import datetime

import pytest

import pactgraph

from conftest import command_day


@pytest.mark.parametrize("text", ["2007", "2007-05", "2007-05-30", "1998", "2004-02", "1816-12"])
def test_iso_text_means_its_last_day(seed, text):
    assert seed.snapshot(text).date == command_day(text)


def test_every_spelling_of_one_day_gives_one_snapshot(seed):
    spellings = ["2005-12-31", "2005", 2005, datetime.date(2005, 12, 31), datetime.datetime(2005, 12, 31, 18, 30)]
    graphs = [seed.snapshot(at, kinds="any", actors="any").to_networkx() for at in spellings]
    assert all(s == datetime.date(2005, 12, 31) for s in (seed.snapshot(at).date for at in spellings))
    for g in graphs[1:]:
        assert set(g.edges) == set(graphs[0].edges) and dict(g.nodes) == dict(graphs[0].nodes)


def test_no_date_is_the_seed_articles_day(seed):
    assert seed.snapshot().date == datetime.date(2007, 5, 30)


def test_a_day_makes_a_difference(seed):
    # The Russia-Uzbekistan alliance treaty is signed on 2005-11-14: absent the day before.
    before = seed.snapshot("2005-11-13").to_networkx()
    after = seed.snapshot("2005-11-14").to_networkx()
    assert not before.has_edge("RUS", "UZB") and after.has_edge("RUS", "UZB")


def test_bool_is_not_a_year(seed):
    with pytest.raises(pactgraph.UsageError):
        seed.snapshot(True)
