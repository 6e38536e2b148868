"""Validation issues and the exception that carries them.

Example:
    >>> issue = ValidationIssue("posts.jsonl", 12, "field 'lang': expected a BCP-47 tag, got 42")
    >>> str(issue)
    "posts.jsonl:12: field 'lang': expected a BCP-47 tag, got 42"
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: Allowed values of ``ValidationIssue.severity``.
SEVERITIES: tuple[str, ...] = ("error", "warning")


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    """One problem found in a corpus folder.

    ``file`` is the file's path relative to the corpus folder (``corpus.toml``,
    ``posts.jsonl``, ...), ``line`` its 1-based line (or, for Parquet files,
    row) number where one applies. Warnings do not stop a corpus from loading;
    ``str()`` leaves the severity out (print it beside the issue).

    Example:
        >>> issue = ValidationIssue("labels.jsonl", None, "no labels", severity="warning")
        >>> f"{issue.severity}: {issue}"
        'warning: labels.jsonl: no labels'
    """

    file: str
    line: int | None
    message: str
    severity: str = "error"

    @property
    def is_error(self) -> bool:
        """True for errors, False for warnings."""
        return self.severity == "error"

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


class CorpusError(Exception):
    """A corpus could not be found, read or validated.

    ``issues`` holds every problem found (errors first); ``str()`` is a
    one-line summary naming the first error.

    Example:
        >>> err = CorpusError([ValidationIssue("posts.jsonl", 3, "empty text"),
        ...                    ValidationIssue("posts.jsonl", 9, "empty text")], path="c")
        >>> str(err)
        'posts.jsonl:3: empty text (and 1 more error; run `listenbench corpus validate c`)'
    """

    def __init__(self, issues: Iterable[ValidationIssue], path: str | Path | None = None) -> None:
        ordered = sorted(issues, key=lambda issue: not issue.is_error)
        self.issues: list[ValidationIssue] = ordered
        self.path: Path | None = None if path is None else Path(path)
        super().__init__(self._summary())

    @property
    def errors(self) -> list[ValidationIssue]:
        """The issues of severity ``error``."""
        return [issue for issue in self.issues if issue.is_error]

    def _summary(self) -> str:
        if not self.issues:
            return "invalid corpus"
        errors = self.errors
        first = errors[0] if errors else self.issues[0]
        more = len(errors) - 1
        if more <= 0:
            return str(first)
        noun = "error" if more == 1 else "errors"
        target = "PATH" if self.path is None else str(self.path)
        return f"{first} (and {more} more {noun}; run `listenbench corpus validate {target}`)"

    def __str__(self) -> str:
        return self._summary()

    def __reduce__(self) -> tuple[type[CorpusError], tuple[list[ValidationIssue], Path | None]]:
        return (type(self), (self.issues, self.path))
