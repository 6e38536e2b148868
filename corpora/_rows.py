"""Read the raw rows (JSON objects) of a JSONL or Parquet record file.

Every problem becomes a :class:`ValidationIssue`; nothing here raises on bad
content.

Example:
    >>> rows, issues = read_rows(b'{"id": "p1"}\\n{"id": \\n', "posts.jsonl")
    >>> [(row.line, row.data) for row in rows]
    [(1, {'id': 'p1'})]
    >>> print(issues[0])
    posts.jsonl:2: invalid JSON: Expecting value (column 8)
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

from listenbench.corpora._issues import ValidationIssue

#: File name suffixes of the record-file formats, and their format names.
RECORD_FORMATS: dict[str, str] = {".jsonl": "jsonl", ".parquet": "parquet"}


@dataclass(frozen=True, slots=True)
class Row:
    """One JSON object read from a record file, with its 1-based line (or row) number."""

    line: int
    data: dict[str, Any]


def record_format(path: str) -> str | None:
    """``"jsonl"`` or ``"parquet"`` from a file name's suffix, else None."""
    for suffix, name in RECORD_FORMATS.items():
        if path.lower().endswith(suffix):
            return name
    return None


def read_rows(data: bytes, file: str) -> tuple[list[Row], list[ValidationIssue]]:
    """The rows of a record file's bytes; ``file`` (its name) picks the format.

    Example:
        >>> read_rows(b'[1]\\n', "labels.jsonl")[1][0].message
        'expected a JSON object ({...}) on each line, got a list'
    """
    if record_format(file) == "parquet":
        return _read_parquet(data, file)
    return _read_jsonl(data, file)


def _read_jsonl(data: bytes, file: str) -> tuple[list[Row], list[ValidationIssue]]:
    rows: list[Row] = []
    issues: list[ValidationIssue] = []
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()  # the newline that ends the last line
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            issues.append(
                ValidationIssue(
                    file,
                    number,
                    f"not valid UTF-8 (byte {exc.start + 1} of the line); "
                    "record files must be UTF-8",
                )
            )
            continue
        if number == 1 and text.startswith("\ufeff"):
            issues.append(
                ValidationIssue(file, 1, "starts with a byte-order mark (ignored)", "warning")
            )
            text = text[1:]
        if not text.strip():
            issues.append(ValidationIssue(file, number, "blank line (ignored)", "warning"))
            continue
        duplicates: list[str] = []

        def pairs_hook(
            pairs: list[tuple[str, Any]], dupes: list[str] = duplicates
        ) -> dict[str, Any]:
            obj: dict[str, Any] = {}
            for key, value in pairs:
                if key in obj:
                    dupes.append(key)
                obj[key] = value
            return obj

        try:
            value = json.loads(text, object_pairs_hook=pairs_hook)
        except json.JSONDecodeError as exc:
            issues.append(
                ValidationIssue(file, number, f"invalid JSON: {exc.msg} (column {exc.colno})")
            )
            continue
        if not isinstance(value, dict):
            issues.append(
                ValidationIssue(
                    file,
                    number,
                    f"expected a JSON object ({{...}}) on each line, got {kind_of(value)}",
                )
            )
            continue
        if duplicates:
            names = ", ".join(repr(name) for name in dict.fromkeys(duplicates))
            issues.append(ValidationIssue(file, number, f"duplicate key {names} in one object"))
            continue
        rows.append(Row(number, value))
    return rows, issues


def _read_parquet(data: bytes, file: str) -> tuple[list[Row], list[ValidationIssue]]:
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(data))
        records = table.to_pylist()
    except Exception as exc:  # pyarrow raises several unrelated types on bad input
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return [], [ValidationIssue(file, None, f"cannot read Parquet file: {message}")]
    rows = [
        Row(number, {key: value for key, value in record.items() if value is not None})
        for number, record in enumerate(records, start=1)
    ]
    return rows, []


def kind_of(value: object) -> str:
    """A short English name of a JSON value's type, for messages.

    Example:
        >>> kind_of([1]), kind_of(None), kind_of(True)
        ('a list', 'null', 'a boolean')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def show(value: object, limit: int = 40) -> str:
    """A value as a message shows it: strings quoted and cut, JSON spelling otherwise.

    Example:
        >>> show(42), show("english"), show(True), show(None), show([1, 2])
        ('42', "'english'", 'true', 'null', 'a list')
    """
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return repr(text)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return kind_of(value)
