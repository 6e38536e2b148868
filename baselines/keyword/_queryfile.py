"""Read a query file: one ``ENTITY_ID: query`` per entity, with continuation lines.

Format (``baselines/QUERY-LANGUAGE.md``, "Query files"): a query starts with
``ENTITY_ID:`` in column 1; indented lines continue the query above; lines
with ``#`` in column 1 are comments; blank lines are ignored. Every problem is
reported with file, line and column, and all problems are collected before
raising.

Example:
    >>> qs = parse_queries("apple: apple OR iphone\\n    OR 苹果手机\\n# comment\\nms: {Office}\\n")
    >>> [(e.entity_id, e.line) for e in qs.entries]
    [('apple', 1), ('ms', 4)]
    >>> qs.by_entity()["apple"].text
    'apple OR iphone\\n    OR 苹果手机'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from listenbench.baselines.keyword._ast import Node
from listenbench.baselines.keyword._errors import QueryFileError, QuerySyntaxError
from listenbench.baselines.keyword._parser import parse_query

__all__ = ["QueryEntry", "QueryFileError", "QuerySet", "load_queries", "parse_queries"]

_ENTITY_ID = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass(frozen=True, slots=True)
class QueryEntry:
    """One entity's query: its id, the query text as parsed, the AST, its first line.

    ``text`` is the query after ``ENTITY_ID:`` with its continuation lines
    (joined by ``\\n``, indentation kept), stripped at both ends; the ``pos``
    fields of ``node`` are offsets into it.

    Example:
        >>> parse_queries("db: bahn").entries[0]
        QueryEntry(entity_id='db', text='bahn', node=Term(text='bahn', kind=0, \
case_sensitive=False, pos=0), line=1)
    """

    entity_id: str
    text: str
    node: Node
    line: int


@dataclass(frozen=True, slots=True)
class QuerySet:
    """All queries of one query file, in file order.

    ``digest`` is ``"sha256:"`` plus the hex SHA-256 of the file's bytes (of
    the UTF-8 text for ``parse_queries``); ``path`` is None for a string.

    Example:
        >>> qs = parse_queries("a: x\\nb: y")
        >>> sorted(qs.by_entity()), len(qs), qs.digest[:7]
        (['a', 'b'], 2, 'sha256:')
    """

    path: Path | None
    entries: tuple[QueryEntry, ...]
    digest: str

    def by_entity(self) -> dict[str, QueryEntry]:
        """The entries keyed by entity id (ids are unique)."""
        return {entry.entity_id: entry for entry in self.entries}

    def __len__(self) -> int:
        return len(self.entries)


@dataclass(slots=True)
class _Block:
    """The lines of one query while the file is being read."""

    entity_id: str
    line: int  # 1-based file line of "ENTITY_ID:"
    first_col: int  # 0-based column in that line where the query text starts
    lines: list[str]  # query text lines; a comment or blank line inside is ""
    duplicate: bool


def _locate(block: _Block, raw: str, lead: int, pos: int) -> tuple[int, int]:
    """File line and 1-based column of offset ``pos`` in ``raw[lead:]``."""
    absolute = pos + lead
    k = raw.count("\n", 0, absolute)
    col0 = absolute - (raw.rfind("\n", 0, absolute) + 1)
    if k == 0:
        col0 += block.first_col
    return block.line + k, col0 + 1


def _finish(block: _Block, source: str, problems: list[QuerySyntaxError]) -> QueryEntry | None:
    """Parse a finished block; add its problems; the entry if it is valid."""
    raw = "\n".join(block.lines)
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    if not text:
        problems.append(
            QuerySyntaxError(
                f"empty query for '{block.entity_id}': expected a query after '{block.entity_id}:'",
                raw,
                0,
                source=source,
                line=block.line,
                col=block.first_col + 1,
            )
        )
        return None
    try:
        node = parse_query(text)
    except QuerySyntaxError as err:
        line, col = _locate(block, raw, lead, err.pos)
        problems.append(
            QuerySyntaxError(err.message, text, err.pos, source=source, line=line, col=col)
        )
        return None
    if block.duplicate:
        return None
    return QueryEntry(block.entity_id, text, node, block.line)


def _parse_text(text: str, source: str, path: Path | None, digest: str) -> QuerySet:
    problems: list[QuerySyntaxError] = []
    entries: list[QueryEntry] = []
    first_line: dict[str, int] = {}
    block: _Block | None = None
    skipping = False  # continuation lines of a bad header are not reported again

    def problem(message: str, line_text: str, line: int, col0: int) -> None:
        problems.append(
            QuerySyntaxError(message, line_text, col0, source=source, line=line, col=col0 + 1)
        )

    def close() -> None:
        nonlocal block
        if block is not None:
            entry = _finish(block, source, problems)
            if entry is not None:
                entries.append(entry)
        block = None

    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.removesuffix("\r")
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip() or line.startswith("#"):
            if block is not None:
                block.lines.append("")
            continue
        if line[0].isspace():
            if block is not None:
                block.lines.append(line)
            elif not skipping:
                indent = len(line) - len(line.lstrip())
                problem(
                    "indented line continues no query: start each query with "
                    "'ENTITY_ID: query' in column 1",
                    line,
                    number,
                    indent,
                )
            continue
        close()
        skipping = True
        colon = line.find(":")
        if colon < 0:
            problem(
                f"expected 'ENTITY_ID: query' in column 1, found '{line.strip()}'; "
                "indent the line to continue the query above",
                line,
                number,
                0,
            )
            continue
        entity_id = line[:colon]
        if _ENTITY_ID.fullmatch(entity_id) is None:
            bad = next((i for i, ch in enumerate(entity_id) if _ENTITY_ID.fullmatch(ch) is None), 0)
            what = "empty entity id" if not entity_id else f"invalid entity id '{entity_id}'"
            problem(
                f"{what}: an id may hold only letters A-Z a-z, digits, '_', '.' and '-'",
                line,
                number,
                bad,
            )
            continue
        duplicate = entity_id in first_line
        if duplicate:
            problem(
                f"duplicate entity id '{entity_id}' (first defined on line "
                f"{first_line[entity_id]})",
                line,
                number,
                0,
            )
        else:
            first_line[entity_id] = number
        skipping = False
        block = _Block(entity_id, number, colon + 1, [line[colon + 1 :]], duplicate)
    close()
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.col))
        raise QueryFileError(problems, path)
    return QuerySet(path, tuple(entries), digest)


def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def parse_queries(text: str, source: str = "<string>") -> QuerySet:
    """Parse the text of a query file; ``source`` names it in error messages.

    Raises ``QueryFileError`` listing every problem.

    Example:
        >>> parse_queries("apple: apple iphone", source="q.txt")
        Traceback (most recent call last):
        ...
        listenbench.baselines.keyword._errors.QueryFileError: q.txt:1:14: expected an operator \
(AND, OR, NOT, NEAR/n) between 'apple' and 'iphone'; for the phrase write "apple iphone"
    """
    return _parse_text(text, source, None, _digest(text.encode("utf-8")))


def load_queries(path: str | Path) -> QuerySet:
    """Read and parse a UTF-8 query file.

    Raises ``QueryFileError`` for a missing or unreadable file, bytes that are
    not UTF-8, and every invalid line or query (with file, line and column).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "queries.txt"
        >>> _ = p.write_text("db: #bahn OR {DB}\\n", encoding="utf-8")
        >>> load_queries(p).by_entity()["db"].text
        '#bahn OR {DB}'
    """
    p = Path(path)
    source = str(p)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise QueryFileError(
            [QuerySyntaxError("query file not found", "", 0, source=source)], p
        ) from None
    except OSError as err:
        reason = err.strerror or type(err).__name__
        raise QueryFileError(
            [QuerySyntaxError(f"cannot read query file: {reason}", "", 0, source=source)], p
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        line_start = data.rfind(b"\n", 0, err.start) + 1
        line_end = data.find(b"\n", err.start)
        line_bytes = data[line_start : len(data) if line_end < 0 else line_end]
        col0 = len(data[line_start : err.start].decode("utf-8", errors="replace"))
        message = (
            f"not valid UTF-8: byte 0x{data[err.start]:02x} cannot be decoded; "
            "save the file as UTF-8"
        )
        shown = line_bytes.decode("utf-8", errors="replace")
        raise QueryFileError(
            [QuerySyntaxError(message, shown, col0, source=source, line=line, col=col0 + 1)], p
        ) from None
    return _parse_text(text, source, p, _digest(data))
