"""Types shared by the importers: options, the registry entry, the error.

Example:
    >>> ImportOptions(limit=10).seed
    0
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal


class ImporterError(Exception):
    """An importer could not run: unknown importer, unreadable or malformed source.

    ``str()`` is one line naming the file and line where one applies.

    Example:
        >>> str(ImporterError("bad relevance 'yes'", file="dev.tsv", line=7))
        "dev.tsv:7: bad relevance 'yes'"
    """

    def __init__(self, message: str, *, file: str | Path | None = None, line: int | None = None):
        self.message = message
        self.file = None if file is None else str(file)
        self.line = line
        where = "" if self.file is None else self.file if line is None else f"{self.file}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Options every importer takes.

    ``limit`` keeps only the first N source rows (for tests and quick looks);
    ``seed`` varies importers' deterministic choices (such as split assignment).
    """

    limit: int | None = None
    seed: int = 0


@dataclass(frozen=True, slots=True)
class Importer:
    """One registered importer.

    ``run(src, out, options)`` reads the source ``src``, writes a corpus
    folder at ``out`` and returns its path. ``default_source`` is where the
    source usually is, relative to a listenbench checkout's root;
    ``source_kind`` says whether it is a ``"file"`` or a ``"folder"``.
    """

    name: str
    description: str
    default_source: str
    run: Callable[[Path, Path, ImportOptions], Path]
    source_kind: Literal["file", "folder"] = "file"
