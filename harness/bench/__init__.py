"""``listenbench bench``: listenbench's Numba kernels against peer engines, side by side.

Posts come from the synthetic firehose (or a real corpus) in batches; query
sets of any size are generated reproducibly (:func:`generate_queries`); the
peers (Hyperscan, RE2, pyahocorasick, flashtext, Python ``re``) match the
query sets' literal terms on the same bytes, each checked for agreement
with listenbench and timed after warm-up. :func:`run_bench` measures,
:func:`render_table` shows, :func:`write_outputs` writes JSON and plots, and
:func:`log_to_mlflow` records it all as one MLflow run.

Example:
    >>> from listenbench.harness.bench import BenchConfig, render_table, run_bench
    >>> result = run_bench(BenchConfig(posts=100_000, queries=(1000,)))  # doctest: +SKIP
    >>> from rich.console import Console; Console().print(render_table(result))  # doctest: +SKIP
"""

from __future__ import annotations

from listenbench.harness.bench._config import (
    PEER_NAMES,
    SLOW_PEERS,
    STANDARD_QUERY_COUNTS,
    BenchConfig,
    BenchError,
    parse_counts,
    parse_peers,
)
from listenbench.harness.bench._engine import Engine, EngineUnavailable
from listenbench.harness.bench._measure import agreement
from listenbench.harness.bench._peers import PEER_PACKAGES, make_peer
from listenbench.harness.bench._posts import (
    PostBatch,
    PostSource,
    batches_from_texts,
    corpus_source,
    synthetic_source,
)
from listenbench.harness.bench._queries import BenchTerm, generate_queries, literal_terms
from listenbench.harness.bench._report import render_table, table_markdown, write_outputs
from listenbench.harness.bench._result import Agreement, BenchResult, CurvePoint, EngineRun
from listenbench.harness.bench._run import Progress, run_bench
from listenbench.harness.bench._tracking import log_to_mlflow

__all__ = [
    "PEER_NAMES",
    "PEER_PACKAGES",
    "SLOW_PEERS",
    "STANDARD_QUERY_COUNTS",
    "Agreement",
    "BenchConfig",
    "BenchError",
    "BenchResult",
    "BenchTerm",
    "CurvePoint",
    "Engine",
    "EngineRun",
    "EngineUnavailable",
    "PostBatch",
    "PostSource",
    "Progress",
    "agreement",
    "batches_from_texts",
    "corpus_source",
    "generate_queries",
    "literal_terms",
    "log_to_mlflow",
    "make_peer",
    "parse_counts",
    "parse_peers",
    "render_table",
    "run_bench",
    "synthetic_source",
    "table_markdown",
    "write_outputs",
]
