"""Errors for bad queries and bad query files, with positions.

Example:
    >>> err = QuerySyntaxError("unknown field 'foo'", "foo:bar", 0)
    >>> str(err)
    "col 1: unknown field 'foo'"
    >>> print(err.caret())
    foo:bar
    ^
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from pathlib import Path


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the line of ``text`` that holds ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _display_width(ch: str) -> int:
    """Terminal columns taken by ``ch`` (0 for combining marks, 2 for wide CJK)."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class QuerySyntaxError(ValueError):
    """A query (or a query file) could not be parsed.

    ``message`` says what was found and what was expected; ``query`` is the
    query text, ``pos`` the 0-based character offset of the problem in it and
    ``col`` its 1-based column (in the file when ``source`` is a file, else in
    the query's line). ``source`` and ``line`` name the file and its 1-based
    line when the query came from a file. ``str()`` is one line.

    Example:
        >>> err = QuerySyntaxError("empty phrase", 'a OR ""', 5, source="q.txt", line=4, col=13)
        >>> str(err)
        'q.txt:4:13: empty phrase'
        >>> print(err.caret())
        a OR ""
             ^
    """

    def __init__(
        self,
        message: str,
        query: str,
        pos: int,
        *,
        source: str | None = None,
        line: int | None = None,
        col: int | None = None,
    ) -> None:
        self.message = " ".join(message.splitlines())
        self.query = query
        self.pos = pos
        self.source = source
        self.line = line
        if col is None:
            col = pos - _line_bounds(query, pos)[0] + 1
        self.col = col
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.source is not None and self.line is not None:
            return f"{self.source}:{self.line}:{self.col}: {self.message}"
        if self.source is not None:
            return f"{self.source}: {self.message}"
        return f"col {self.col}: {self.message}"

    def __repr__(self) -> str:
        return f"QuerySyntaxError({str(self)!r})"

    def __reduce__(self) -> tuple[type[QuerySyntaxError], tuple[str, str, int], dict[str, object]]:
        return type(self), (self.message, self.query, self.pos), dict(self.__dict__)

    def caret(self) -> str:
        """Two lines: the query line holding the problem and a ``^`` under it.

        Example:
            >>> print(QuerySyntaxError("x", "apple AND", 9).caret())
            apple AND
                     ^
        """
        start, end = _line_bounds(self.query, self.pos)
        text = self.query[start:end]
        pad = "".join(
            "\t" if ch == "\t" else " " * _display_width(ch) for ch in self.query[start : self.pos]
        )
        return f"{text}\n{pad}^"


class QueryFileError(ValueError):
    """A query file could not be read or holds invalid queries.

    ``problems`` lists every problem found, in file order; ``str()`` is one
    line naming the first, with ``(and N more)``.

    Example:
        >>> p = [QuerySyntaxError("empty query", "", 0, source="q.txt", line=2, col=7),
        ...      QuerySyntaxError("empty query", "", 0, source="q.txt", line=5, col=7)]
        >>> str(QueryFileError(p, path="q.txt"))
        'q.txt:2:7: empty query (and 1 more)'
    """

    def __init__(self, problems: Sequence[QuerySyntaxError], path: str | Path | None) -> None:
        if not problems:
            raise ValueError("QueryFileError needs at least one problem")
        self.problems: tuple[QuerySyntaxError, ...] = tuple(problems)
        self.path = None if path is None else Path(path)
        super().__init__(str(self))

    def __reduce__(
        self,
    ) -> tuple[type[QueryFileError], tuple[tuple[QuerySyntaxError, ...], Path | None]]:
        return type(self), (self.problems, self.path)

    def __str__(self) -> str:
        first = str(self.problems[0])
        more = len(self.problems) - 1
        return f"{first} (and {more} more)" if more else first
