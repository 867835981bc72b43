"""The exceptions pactgraph raises: one class per class of the C++ library's errors.

Every one derives from :class:`Error`, and each carries where the problem is, when that is known:
``file``, ``line`` and ``column`` (1-based), or ``pointer`` (a JSON pointer into a dataset), else None.
``message`` is the text without the location in front; ``str(e)`` reads ``file:line:col: message``.
"""
import builtins


class Error(Exception):
    """Root of every pactgraph error."""

    def __init__(self, text, *, file=None, line=None, column=None, pointer=None, message=None):
        super().__init__(text)
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
        self.message = text if message is None else message


class LocatedError(Error):
    """An error at a place in an input file."""


class ParseError(LocatedError):
    """The input is not well formed: bad CSV quoting, malformed JSON, a field that is not a number."""


class DataError(LocatedError):
    """The input is well formed but wrong: an unknown actor, a spell ending before it begins, a missing file."""


class UsageError(Error, ValueError):
    """A call asked for something that cannot be done: an unknown kind, a bad date or option."""


class LookupError(Error, builtins.LookupError):  # noqa: A001 - the library's lookup_error, still a LookupError
    """An unknown actor, organisation or pact (the message offers the closest names), or an id or index
    outside what it indexes."""


class RenderError(Error):
    """Graphviz could not lay out or render a diagram."""


class ConvergenceError(Error):
    """An iterative measure (eigenvector, PageRank, Katz) did not settle within its iteration limit."""


class OutputError(Error, OSError):
    """A file could not be written; ``file`` names it and it is left as it was."""


class InternalError(Error):
    """A bug in pactgraph: please report it with the message."""


# Shown as pactgraph.DataError and so on in tracebacks, where users meet them.
for _cls in (Error, LocatedError, ParseError, DataError, UsageError, LookupError, RenderError, ConvergenceError,
             OutputError, InternalError):
    _cls.__module__ = "pactgraph"

__all__ = ["Error", "LocatedError", "ParseError", "DataError", "UsageError", "LookupError", "RenderError",
           "ConvergenceError", "OutputError", "InternalError"]
