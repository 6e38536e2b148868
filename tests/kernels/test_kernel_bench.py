"""Throughput of the match kernel on synthetic multilingual posts (pytest-benchmark).

Skipped by default (``--benchmark-skip`` in pyproject); run with::

    pytest tests/kernels/test_kernel_bench.py --benchmark-enable --benchmark-only

or print a quick figure without pytest-benchmark::

    python tests/kernels/test_kernel_bench.py [N_POSTS]
"""

from __future__ import annotations

import sys
import time
from typing import Any

import numpy as np

from listenbench.baselines.keyword import compile_queries, parse_query
from listenbench.kernels import Program, match

_LATIN_WORDS = (
    "the a and of to in is it for on with this that was very good bad new my our your "
    "die der das und ist nicht ein eine mit für auf café très été où déjà garçon straße "
    "größe über schön el la los las y que por para con una muy señor año niño "
    "phone price store shop love hate buy sell review service delivery today"
)
LATIN = _LATIN_WORDS.split()
CJK = list("我买了手机很好的喜欢今天这个是不在有人们店价格质量服务")
BRANDS = ["Apple", "iPhone", "Nike", "Microsoft", "Windows", "Deutsche Bahn", "苹果", "耐克"]

QUERIES = [
    "apple OR iphone OR 苹果手机 OR @Apple",
    '({Windows} OR {Office} OR microsoft OR xbox) AND NOT ("clean the windows" OR chair)',
    "nike OR #justdoit OR 耐克",
    '"deutsche bahn" OR @DB_Bahn OR (bahn AND lang:de)',
    "iphone NEAR/3 (buy OR price)",
    "micro* AND NOT channel:news",
    "colo?r OR größe",
    "(apple NEAR/2 store) NEAR/5 review",
    "苹果 AND 手机",
    "café AND lang:fr",
]


def synthetic_posts(n: int, seed: int = 0) -> tuple[list[str], list[str], list[str | None]]:
    """``n`` posts of ~120 bytes: Latin words with accents, CJK runs, brands in ~1%."""
    rng = np.random.default_rng(seed)
    texts: list[str] = []
    langs: list[str] = []
    for _ in range(n):
        parts: list[str] = []
        size = 0
        while size < 100:
            if rng.random() < 0.15:
                run = "".join(rng.choice(CJK, size=int(rng.integers(2, 8))))
                parts.append(run)
                size += 3 * len(run)
            else:
                word = str(rng.choice(LATIN))
                parts.append(word.capitalize() if rng.random() < 0.1 else word)
                size += len(word) + 1
            if rng.random() < 0.01:
                parts.append(str(rng.choice(BRANDS)))
        texts.append(" ".join(parts))
        langs.append(str(rng.choice(["en", "de", "fr", "es", "zh-Hans"])))
    channels: list[str | None] = [["news", "forum", None][i % 3] for i in range(n)]
    return texts, langs, channels


def bench_program(n_queries: int = 50) -> Program:
    """``n_queries`` queries cycling through the ten above (their atoms are shared)."""
    nodes = [parse_query(QUERIES[i % len(QUERIES)]) for i in range(n_queries)]
    return compile_queries(nodes)


def test_match_throughput(benchmark: Any) -> None:
    texts, langs, channels = synthetic_posts(20_000)
    program = bench_program()
    match(program, texts[:10], langs[:10], channels[:10])  # compile / load the kernel
    result = benchmark(match, program, texts, langs, channels)
    assert result.shape == (20_000, 50) and 0 < result.sum() < result.size


def main(n_posts: int) -> None:
    texts, langs, channels = synthetic_posts(n_posts)
    program = bench_program()
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t0 = time.perf_counter()
    match(program, texts[:10], langs[:10], channels[:10])
    print(f"first call (kernel compile or cache load): {time.perf_counter() - t0:.2f} s")
    for _ in range(3):
        t0 = time.perf_counter()
        hits = match(program, texts, langs, channels)
        dt = time.perf_counter() - t0
        print(
            f"{n_posts} posts ({mb:.1f} MB UTF-8) x {program.n_queries} queries: {dt:.2f} s = "
            f"{n_posts / dt:,.0f} posts/s, {mb / dt:.1f} MB/s; {hits.mean():.3%} cells true"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
