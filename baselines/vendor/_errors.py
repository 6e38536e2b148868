"""Errors of the vendor models: one clear message, never a traceback.

Example:
    >>> err = PredictionsFileError("p.jsonl", [Problem("p.jsonl", 3, "duplicate pair", "x")])
    >>> str(err)
    'p.jsonl:3: x'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: How many problems an error message lists before "and N more".
MAX_LISTED = 20


class VendorError(Exception):
    """A vendor's system or file that listenbench cannot score (bad input, not a bug)."""


class VendorResponseError(VendorError):
    """An HTTP endpoint that failed, or answered something outside the schema.

    The message is one line naming the URL (without credentials) and the batch.
    """


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a predictions file.

    ``kind`` groups problems for the summary (``"missing pair"``, ``"duplicate
    pair"``, ``"unknown id"``, ``"bad field"``, ``"bad JSON"``, ``"header"``);
    ``line`` is the 1-based line, None for problems of the file as a whole.

    Example:
        >>> str(Problem("p.jsonl", None, "missing pair", "no prediction for (post 'b1')"))
        "p.jsonl: no prediction for (post 'b1')"
    """

    file: str
    line: int | None
    kind: str
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


class PredictionsFileError(VendorError):
    """Every problem of a predictions file, reported together.

    ``str()`` is the single problem, or a summary line followed by the first
    :data:`MAX_LISTED` problems (one per line) and "and N more".

    Example:
        >>> probs = [Problem("p.jsonl", i, "bad field", f"problem {i}") for i in (2, 3)]
        >>> print(PredictionsFileError("p.jsonl", probs))
        predictions file p.jsonl has 2 problems (bad field: 2):
          p.jsonl:2: problem 2
          p.jsonl:3: problem 3
    """

    def __init__(self, path: str | Path, problems: Iterable[Problem]) -> None:
        self.path = str(path)
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self._message())

    def kinds(self) -> Counter[str]:
        """How many problems of each kind."""
        return Counter(p.kind for p in self.problems)

    def lines(self, limit: int = MAX_LISTED) -> list[str]:
        """The problems as text, at most ``limit`` of them, then "and N more problems"."""
        shown = [str(p) for p in self.problems[:limit]]
        rest = len(self.problems) - len(shown)
        if rest > 0:
            shown.append(f"and {rest} more problem{'s' if rest != 1 else ''}")
        return shown

    def summary(self) -> str:
        """One line: the file, the number of problems and their kinds."""
        n = len(self.problems)
        kinds = ", ".join(f"{kind}: {count}" for kind, count in sorted(self.kinds().items()))
        return f"predictions file {self.path} has {n} problem{'s' if n != 1 else ''} ({kinds})"

    def _message(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        if not self.problems:
            return f"predictions file {self.path} is not valid"
        return self.summary() + ":\n" + "\n".join("  " + line for line in self.lines())

    def __reduce__(self) -> tuple[type[PredictionsFileError], tuple[str, tuple[Problem, ...]]]:
        return (type(self), (self.path, self.problems))
