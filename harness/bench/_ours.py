"""listenbench's Numba kernel as a bench :class:`Engine`, through its fastest public entry point.

Where ``listenbench.kernels`` exports ``PostBuffer`` and ``find_matches``,
the engine hands the kernel the batch's UTF-8 buffer (the same bytes the byte
peers scan) and gets sparse (post, query) pairs; otherwise it calls
``match`` on the Python strings and gets a dense bool array, cut into chunks
small enough for that array to stay under :data:`DENSE_CELLS` cells. Thread
counts are passed as ``n_threads`` where the kernel takes it.

Example:
    >>> from listenbench.baselines.keyword import parse_query
    >>> from listenbench.harness.bench._posts import PostBatch
    >>> engine = OursEngine("listenbench", "queries", [parse_query("nike NOT shoe")])
    >>> engine.build()
    >>> batch = PostBatch.from_texts(["NIKE!", "nike shoe", "喜欢Nike鞋"], ["en"] * 3, [None] * 3)
    >>> engine.pairs(engine.scan(batch, 0, 3, 1), batch, 0, 3).tolist()
    [[0, 0], [2, 0]]
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines.keyword import Node, compile_queries
from listenbench.harness.bench._engine import distinct_pairs
from listenbench.harness.bench._posts import PostBatch

#: With the dense ``match`` API, a chunk's bool result has at most this many cells.
DENSE_CELLS = 64 * 1024 * 1024


def _kernels() -> Any:
    import listenbench.kernels as kernels

    return kernels


def sparse_entry_point() -> bool:
    """Whether the kernel package exports the UTF-8 buffer entry point with sparse results."""
    k = _kernels()
    return hasattr(k, "find_matches") and hasattr(k, "PostBuffer")


def thread_control() -> bool:
    """Whether the kernel's entry points take ``n_threads``.

    Example:
        >>> isinstance(thread_control(), bool)
        True
    """
    k = _kernels()
    entry = k.find_matches if sparse_entry_point() else k.match
    return "n_threads" in inspect.signature(entry).parameters


def max_threads() -> int:
    """How many threads the kernel can use here (Numba's thread pool size).

    Example:
        >>> max_threads() >= 1
        True
    """
    import numba

    return int(vars(numba.config)["NUMBA_NUM_THREADS"])


def entry_point_name() -> str:
    """The kernel entry point the bench calls, for the notes.

    Example:
        >>> entry_point_name() in ("find_matches (UTF-8 buffer)", "match (str)")
        True
    """
    return "find_matches (UTF-8 buffer)" if sparse_entry_point() else "match (str)"


def warm_kernel() -> float:
    """Load (or JIT-compile) the kernel with a one-post match; returns the seconds it took.

    Example:
        >>> warm_kernel() >= 0.0
        True
    """
    from listenbench.baselines.keyword import parse_query

    start = time.perf_counter()
    engine = OursEngine("warm-up", "queries", [parse_query("nike NEAR/2 shoe AND lang:en")])
    engine.build()
    batch = PostBatch.from_texts(["Nike shoe"], ["en"], [None])
    engine.scan(batch, 0, 1, 1)
    return time.perf_counter() - start


class OursEngine:
    """listenbench's kernel over a list of query ASTs (the full set or one per term)."""

    def __init__(self, name: str, work: str, nodes: Sequence[Node]) -> None:
        self.name = name
        self.work = work
        self.nodes = list(nodes)
        self.n_patterns = len(self.nodes)
        self.sparse = sparse_entry_point()
        self.threaded = thread_control()
        if self.sparse:
            self.chunk_posts = 1 << 30
        else:
            self.chunk_posts = max(256, DENSE_CELLS // max(1, self.n_patterns))
        self.method = f"Numba kernel via {entry_point_name()}"
        self.learns_text = False
        self.program: Any = None
        self._buffer: tuple[PostBatch, Any] | None = None

    def build(self) -> None:
        self.program = compile_queries(self.nodes)

    def _posts(self, batch: PostBatch) -> Any:
        """The batch as the kernel's PostBuffer (built once per batch, not timed)."""
        if self._buffer is None or self._buffer[0] is not batch:
            k = _kernels()
            buffer = k.PostBuffer(
                np.frombuffer(batch.data, dtype=np.uint8),
                batch.offsets,
                batch.lang_ids,
                batch.channel_ids,
                batch.lang_values,
                batch.channel_values,
            )
            self._buffer = (batch, buffer)
        return self._buffer[1]

    def prepare(self, batch: PostBatch) -> None:
        """Untimed per-batch set-up (the UTF-8 PostBuffer view)."""
        if self.sparse:
            self._posts(batch)

    def scan(self, batch: PostBatch, lo: int, hi: int, threads: int) -> Any:
        k = _kernels()
        kwargs: dict[str, Any] = {"n_threads": threads} if self.threaded else {}
        if self.sparse:
            posts = self._posts(batch)
            if lo != 0 or hi != len(batch):
                posts = posts.slice(lo, hi)
            return k.find_matches(self.program, posts, batch_size=max(1, hi - lo), **kwargs)
        return k.match(
            self.program,
            batch.texts[lo:hi],
            batch.langs[lo:hi],
            batch.channels[lo:hi],
            batch_size=max(1, hi - lo),
            **kwargs,
        )

    def pairs(self, found: Any, batch: PostBatch, lo: int, hi: int) -> NDArray[np.int64]:
        if self.sparse:
            return distinct_pairs(found.posts, found.queries)
        rows, cols = np.nonzero(found)
        return distinct_pairs(rows, cols)
