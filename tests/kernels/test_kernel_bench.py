"""Throughput of the kernel entry points on the synthetic firehose (pytest-benchmark).

Skipped by default (``--benchmark-skip`` in pyproject); run with::

    nox -s bench
    pytest tests/kernels/test_kernel_bench.py --benchmark-enable --benchmark-only

Each benchmark runs one warm-up round (JIT compile or cache load, Numba's
thread pool) and then five timed rounds, at 10, 1,000 and 10,000 generated
brand queries (``listenbench.harness.bench.generate_queries``); MB/s per round
is in the ``extra_info`` of the JSON report. For the side-by-side comparison
with Hyperscan and the other peers, use ``listenbench bench``.

A quick figure without pytest-benchmark::

    python tests/kernels/test_kernel_bench.py [N_POSTS] [N_QUERIES]
"""

from __future__ import annotations

import functools
import inspect
import sys
import time
from typing import Any

import numpy as np
import pytest

import listenbench.kernels as kernels
from listenbench.baselines.keyword import Node, compile_queries, parse_query
from listenbench.corpora.synth import iter_batches
from listenbench.harness.bench import generate_queries

QUERY_COUNTS = (10, 1_000, 10_000)
N_POSTS = 20_000
#: The dense ``match`` result has posts x queries cells: keep it under this.
DENSE_CELLS = 64 * 1024 * 1024

needs_buffer_api = pytest.mark.skipif(
    not hasattr(kernels, "find_matches") or not hasattr(kernels, "PostBuffer"),
    reason="listenbench.kernels has no UTF-8 buffer entry point (find_matches, PostBuffer)",
)


@functools.cache
def posts(n: int = N_POSTS) -> tuple[list[str], list[str], list[str | None]]:
    """The first ``n`` posts of the synthetic firehose (seed 0)."""
    texts: list[str] = []
    langs: list[str] = []
    channels: list[str | None] = []
    for batch in iter_batches(n, seed=0):
        texts += batch.texts
        langs += batch.langs
        channels += batch.channels
    return texts, langs, channels


@functools.cache
def nodes(n_queries: int) -> list[Node]:
    return [parse_query(q) for q in generate_queries(n_queries, seed=0)]


@functools.cache
def program(n_queries: int) -> Any:
    return compile_queries(nodes(n_queries))


@functools.cache
def post_buffer(n: int = N_POSTS) -> Any:
    texts, langs, channels = posts(n)
    return kernels.PostBuffer.from_texts(texts, langs, channels)


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _record(benchmark: Any, mb: float, n_posts: int) -> None:
    benchmark.extra_info["posts"] = n_posts
    benchmark.extra_info["mb"] = mb
    stats = getattr(benchmark, "stats", None)
    if stats is not None and stats.stats.median > 0:
        benchmark.extra_info["mb_per_s_median"] = mb / stats.stats.median


@pytest.mark.parametrize("n_queries", QUERY_COUNTS)
def test_match_str(benchmark: Any, n_queries: int) -> None:
    """``match`` on Python strings (dense bool result), 1 thread where it takes n_threads."""
    n = min(N_POSTS, max(256, DENSE_CELLS // n_queries))
    texts, langs, channels = (x[:n] for x in posts())
    prog = program(n_queries)
    kwargs: dict[str, Any] = {"batch_size": n}
    if "n_threads" in inspect.signature(kernels.match).parameters:
        kwargs["n_threads"] = 1
    result = benchmark.pedantic(
        kernels.match,
        args=(prog, texts, langs, channels),
        kwargs=kwargs,
        warmup_rounds=1,
        rounds=5,
        iterations=1,
    )
    assert result.shape == (n, n_queries) and result.any()
    _record(benchmark, _mb(texts), n)


@needs_buffer_api
@pytest.mark.parametrize("threads", [1, 0], ids=["1-thread", "all-threads"])
@pytest.mark.parametrize("n_queries", QUERY_COUNTS)
def test_find_matches_utf8(benchmark: Any, n_queries: int, threads: int) -> None:
    """``find_matches`` on one UTF-8 buffer (sparse result): the firehose entry point."""
    import numba

    n_threads = threads or int(numba.config.NUMBA_NUM_THREADS)
    buffer = post_buffer()
    prog = program(n_queries)
    found = benchmark.pedantic(
        kernels.find_matches,
        args=(prog, buffer),
        kwargs={"n_threads": n_threads},
        warmup_rounds=1,
        rounds=5,
        iterations=1,
    )
    assert len(found) > 0
    benchmark.extra_info["threads"] = n_threads
    _record(benchmark, _mb(posts()[0]), N_POSTS)


@pytest.mark.parametrize("n_queries", QUERY_COUNTS)
def test_compile_queries(benchmark: Any, n_queries: int) -> None:
    """Compiling a parsed query set to a kernel program (target: 10k queries < 1 s)."""
    parsed = nodes(n_queries)
    compiled = benchmark.pedantic(
        compile_queries, args=(parsed,), warmup_rounds=1, rounds=5, iterations=1
    )
    assert compiled.n_queries == n_queries


def main(n_posts: int, n_queries: int) -> None:
    texts, langs, channels = posts(n_posts)
    mb = _mb(texts)
    t0 = time.perf_counter()
    prog = program(n_queries)
    print(f"compile {n_queries:,} queries: {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    kernels.match(prog, texts[:10], langs[:10], channels[:10])
    print(f"first call (kernel compile or cache load): {time.perf_counter() - t0:.2f} s")
    n = min(n_posts, max(256, DENSE_CELLS // n_queries))
    for _ in range(3):
        t0 = time.perf_counter()
        hits = kernels.match(prog, texts[:n], langs[:n], channels[:n], batch_size=n)
        dt = time.perf_counter() - t0
        sub_mb = _mb(texts[:n])
        print(
            f"match: {n:,} posts ({sub_mb:.1f} MB) x {n_queries:,} queries: {dt:.3f} s = "
            f"{n / dt:,.0f} posts/s, {sub_mb / dt:.1f} MB/s; {np.mean(hits):.4%} cells true"
        )
    if hasattr(kernels, "find_matches"):
        buffer = kernels.PostBuffer.from_texts(texts, langs, channels)
        for _ in range(3):
            t0 = time.perf_counter()
            found = kernels.find_matches(prog, buffer)
            dt = time.perf_counter() - t0
            print(
                f"find_matches: {n_posts:,} posts ({mb:.1f} MB): {dt:.3f} s = "
                f"{mb / dt:.1f} MB/s; {len(found):,} hits"
            )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 100_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 1_000,
    )
