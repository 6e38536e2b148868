"""Measuring helpers: agreement of hit sets, resident memory, timed calls.

Memory: :func:`current_rss` is the process's resident set now (psutil if
installed, else ``/proc/self/statm``), :func:`peak_rss` the highest it has
been (``getrusage`` ``ru_maxrss``). Both see native allocations (Hyperscan's
database, Numba's arrays), unlike ``tracemalloc``; neither can tell which
library allocated what, and the peak only ever rises, so a later engine's
peak is seen only where it exceeds every earlier one.

Example:
    >>> import numpy as np
    >>> ours = np.array([[0, 1], [2, 0]]); peer = np.array([[0, 1], [3, 0]])
    >>> a = agreement(ours, peer, sample_posts=4)
    >>> a.both, a.only_ours, a.only_peer, a.posts_differing
    (1, 1, 1, 2)
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.harness.bench._result import Agreement


def _keys(pairs: NDArray[Any]) -> NDArray[np.int64]:
    rows = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    return np.unique(rows[:, 0] * (1 << 32) + rows[:, 1])


def agreement(ours: NDArray[Any], peer: NDArray[Any], sample_posts: int) -> Agreement:
    """Compare two sets of (post, term) hits on the same ``sample_posts`` posts.

    Duplicate rows count once. Example:
        >>> agreement(np.zeros((0, 2)), np.zeros((0, 2)), 3).rate
        1.0
    """
    a, b = _keys(ours), _keys(peer)
    both = np.intersect1d(a, b, assume_unique=True)
    differing = np.setxor1d(a, b, assume_unique=True) >> 32
    return Agreement(
        sample_posts=sample_posts,
        both=int(both.size),
        only_peer=int(b.size - both.size),
        only_ours=int(a.size - both.size),
        posts_differing=int(np.unique(differing).size),
    )


def current_rss() -> int | None:
    """The process's resident memory in bytes now (None where it cannot be read).

    Example:
        >>> rss = current_rss()
        >>> rss is None or rss > 0
        True
    """
    try:
        import psutil

        return int(psutil.Process().memory_info().rss)
    except ImportError:
        pass
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            resident = int(fh.read().split()[1])
        return resident * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def peak_rss() -> int | None:
    """The highest resident memory of the process so far, in bytes (None if unknown).

    Example:
        >>> peak = peak_rss()
        >>> peak is None or peak > 0
        True
    """
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return peak if sys.platform == "darwin" else peak * 1024


def delta(after: int | None, before: int | None) -> int | None:
    """``after - before`` (at least 0), None if either is unknown.

    Example:
        >>> delta(5, 3), delta(3, 5), delta(None, 1)
        (2, 0, None)
    """
    if after is None or before is None:
        return None
    return max(0, after - before)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Run ``fn`` with the garbage collector paused; return (seconds, its result).

    Example:
        >>> seconds, value = timed(lambda: 42)
        >>> value, seconds >= 0
        (42, True)
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        value = fn()
        return time.perf_counter() - start, value
    finally:
        if enabled:
            gc.enable()
