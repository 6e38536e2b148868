"""What the bench times: an :class:`Engine` that is built once, then scans batches.

An engine's :meth:`~Engine.scan` is the timed work: from a :class:`PostBatch`
slice to its hits, in whatever form the engine produces them.
:meth:`~Engine.pairs` turns that into distinct ``(post, column)`` pairs for
the agreement check (untimed). Columns are query indices for listenbench's
full query set and term indices (into the round's
:func:`~listenbench.harness.bench.literal_terms`) for everything else.

Example:
    >>> import numpy as np
    >>> distinct_pairs(np.array([3, 1, 3]), np.array([0, 2, 0]))
    array([[1, 2],
           [3, 0]])
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from listenbench.harness.bench._posts import PostBatch

#: What an engine matches: the full boolean query set, or the literal terms.
WORK_QUERIES, WORK_TERMS = "queries", "terms"


class Engine(Protocol):
    """One matcher under test (listenbench's kernel or a peer)."""

    #: Name shown in the table (``listenbench``, ``hyperscan``, ...).
    name: str
    #: :data:`WORK_QUERIES` or :data:`WORK_TERMS`.
    work: str
    #: Number of queries or terms the engine was given.
    n_patterns: int
    #: Posts per :meth:`scan` call (the runner cuts batches to this size).
    chunk_posts: int
    #: How the engine does the matching, in a few words (shown in the table notes).
    method: str
    #: Whether it gets faster on text it has already scanned (RE2's lazily built DFA):
    #: then its figure is its first pass over each batch, not the median of the repeats.
    learns_text: bool

    def build(self) -> None:
        """Compile the queries or terms (timed as the build time)."""

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        """Match posts ``lo`` to ``hi - 1`` of ``batch`` (timed)."""

    def pairs(self, found: Any, batch: PostBatch, lo: int, hi: int) -> NDArray[np.int64]:
        """The distinct (post - lo, column) hits of one :meth:`scan` result, sorted."""


def distinct_pairs(posts: NDArray[Any], columns: NDArray[Any]) -> NDArray[np.int64]:
    """Sorted distinct (post, column) rows as an int64 array of shape (k, 2).

    Example:
        >>> distinct_pairs(np.array([], dtype=np.int64), np.array([], dtype=np.int64)).shape
        (0, 2)
    """
    rows = np.column_stack(
        [np.asarray(posts, dtype=np.int64).ravel(), np.asarray(columns, dtype=np.int64).ravel()]
    )
    if rows.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(rows, axis=0)


class EngineUnavailable(Exception):
    """An engine that cannot run here (its package is not installed, ...): skipped with a note."""
