"""Python arguments as the library reads them: dates, spans of years and lists of kinds."""
import datetime
import numbers

from . import _pactgraph
from .errors import UsageError


def date_text(at, option="at"):
    """ISO text of a query date: datetime.date, a year (int) or ISO text "2007", "2007-05", "2007-05-30"; None stays None."""
    if at is None:
        return None
    if isinstance(at, datetime.datetime):
        return at.date().isoformat()
    if isinstance(at, datetime.date):
        return at.isoformat()
    if isinstance(at, numbers.Integral) and not isinstance(at, bool):
        return f"{int(at):04d}"
    if isinstance(at, str):
        return at
    raise UsageError(f"{option}: expected a datetime.date, a year or ISO text such as '2007-05-30', not {at!r}")


def query_day(at, option="at"):
    """The day number a query date means (a partial date: its last day; None: 2007-05-30, the seed's date)."""
    return _pactgraph.query_day(date_text(at, option), option)


def as_date(day):
    """A day number as datetime.date."""
    return datetime.date(1970, 1, 1) + datetime.timedelta(days=int(day))


def names_text(names, option):
    """One name or an iterable of names as the comma-separated text the command takes; None stays None."""
    if names is None or isinstance(names, str):
        return names
    try:
        items = list(names)
    except TypeError:
        raise UsageError(f"{option}: expected a name or a list of names, not {names!r}") from None
    if not items or not all(isinstance(n, str) for n in items):
        raise UsageError(f"{option}: expected a name or a list of names, not {names!r}")
    return ",".join(items)


def years_text(years):
    """(first, last) inclusive, one year, or the command's "Y1:Y2", as "Y1:Y2"."""
    if isinstance(years, str):
        return years
    if isinstance(years, numbers.Integral) and not isinstance(years, bool):
        return f"{int(years)}:{int(years)}"
    if isinstance(years, (tuple, list)) and len(years) == 2 and all(
            isinstance(y, numbers.Integral) and not isinstance(y, bool) for y in years):
        return f"{int(years[0])}:{int(years[1])}"
    raise UsageError(f"years: expected (first, last), one year or 'Y1:Y2', not {years!r}")


def actor_text(actor):
    """An actor named by COW code (int or digits), abbreviation or name, as the text the command takes."""
    if isinstance(actor, numbers.Integral) and not isinstance(actor, bool):
        return str(int(actor))
    if isinstance(actor, str):
        return actor
    raise UsageError(f"expected an actor's COW code, abbreviation or name, not {actor!r}")


def count(value, option):
    """A whole number of at least 0 (threads, sizes, hops)."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and value >= 0:
        return int(value)
    raise UsageError(f"{option}: expected a whole number of at least 0, not {value!r}")
