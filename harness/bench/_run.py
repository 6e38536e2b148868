"""Run the bench: every engine, every query-set size, over one stream of posts each.

For each query-set size (a *round*): generate and parse the queries, list
their literal terms, build every engine (timed, with the memory it holds),
warm each up on the first ``agreement_posts`` posts (timed separately: JIT
code, DFA warm-up) and compare the peers' hits on those posts with
listenbench's, then stream the posts batch by batch. Each batch is scanned
by every engine ``repeats`` times in a row, each engine cutting the batch
into its own chunk size; an engine's time for a repeat is the sum over
batches, and its figure is the median over repeats. Only one batch of posts
is held at a time.

Example:
    >>> from listenbench.harness.bench._posts import batches_from_texts
    >>> texts = ["Zorvex!", "nothing here", "#QuillaraGlow"] * 40
    >>> source = batches_from_texts(texts, ["en"] * 120, [None] * 120, batch_size=50)
    >>> cfg = BenchConfig(posts=120, queries=(4,), threads=(1,), peers=("re",), repeats=1,
    ...                   agreement_posts=30)
    >>> result = run_bench(cfg, source=source)
    >>> [(r.engine, r.posts, r.hits, r.agreement and r.agreement.rate) for r in result.runs]
    [('listenbench', 120, 20, None), ('listenbench-terms', 120, 20, None), ('re', 120, 20, 1.0)]
"""

from __future__ import annotations

import functools
import gc
import importlib.metadata
import os
import platform
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines.keyword import parse_query
from listenbench.harness.bench._config import SLOW_PEERS, BenchConfig, BenchError
from listenbench.harness.bench._engine import WORK_QUERIES, WORK_TERMS, Engine, EngineUnavailable
from listenbench.harness.bench._measure import (
    agreement,
    current_rss,
    delta,
    peak_rss,
    timed,
)
from listenbench.harness.bench._ours import (
    OursEngine,
    entry_point_name,
    max_threads,
    thread_control,
    warm_kernel,
)
from listenbench.harness.bench._peers import PEER_PACKAGES, make_peer
from listenbench.harness.bench._posts import (
    PostBatch,
    PostSource,
    corpus_source,
    synthetic_source,
)
from listenbench.harness.bench._queries import generate_queries, literal_terms
from listenbench.harness.bench._result import (
    STATUS_FAILED,
    STATUS_OK,
    STATUS_SKIPPED,
    Agreement,
    BenchResult,
    CurvePoint,
    EngineRun,
    median,
)

#: Called with one line of progress ("q=1000: building hyperscan").
Progress = Callable[[str], None]

OURS, OURS_TERMS = "listenbench", "listenbench-terms"


@dataclass
class _Entry:
    """One engine at one thread count, while a round runs."""

    engine: Engine
    role: str
    threads: int
    capped: bool
    build_seconds: float = 0.0
    warmup_seconds: float = 0.0
    memory_bytes: int | None = None
    peak_bytes: int | None = 0
    hits: int = 0
    agreement: Agreement | None = None
    totals: list[float] = field(default_factory=list)
    posts: int = 0
    bytes: int = 0
    used: float = 0.0
    stopped: bool = False
    failed: str | None = None
    curve: list[tuple[int, int, float]] = field(default_factory=list)
    sample_pairs: NDArray[np.int64] | None = None


def _thread_counts(config: BenchConfig, notes: list[str]) -> tuple[int, ...]:
    limit = max_threads()
    if not thread_control():
        if any(t != 1 for t in config.threads):
            notes.append("The kernel exposes no thread control: only 1 thread was measured.")
        return (1,)
    wanted = config.threads or (1, limit)
    too_many = [t for t in wanted if t > limit]
    if too_many:
        raise BenchError(
            f"thread count {too_many[0]} is more than the {limit} threads Numba can use here "
            "(NUMBA_NUM_THREADS)"
        )
    return tuple(sorted(set(wanted)))


def _environment() -> dict[str, Any]:
    import numba
    import numpy

    versions: dict[str, str] = {}
    for package in ("hyperscan", "google-re2", "pyahocorasick", "flashtext", "psutil"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            continue
    try:
        from listenbench.harness._tracking import git_commit

        commit = git_commit()
    except Exception:  # git is optional
        commit = None
    return {
        "cpu_count": os.cpu_count(),
        "numba_threads": max_threads(),
        "machine": platform.machine(),
        "processor": platform.processor(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "numba": numba.__version__,
        "numpy": numpy.__version__,
        "kernel_entry_point": entry_point_name(),
        "kernel_thread_control": thread_control(),
        "peer_versions": versions,
        "git_commit": commit,
    }


def _chunks(n: int, size: int) -> Iterator[tuple[int, int]]:
    for lo in range(0, n, size):
        yield lo, min(n, lo + size)


def _bytes(batch: PostBatch, lo: int, hi: int) -> int:
    return int(batch.offsets[hi] - batch.offsets[lo]) - (hi - lo)


class _Round:
    """One query-set size: build, warm up, check agreement, time over the stream."""

    def __init__(
        self,
        config: BenchConfig,
        n_queries: int,
        threads: tuple[int, ...],
        source: PostSource,
        say: Progress,
    ) -> None:
        self.config = config
        self.n = n_queries
        self.threads = threads
        self.source = source
        self.say = say
        self.entries: list[_Entry] = []
        self.skipped: list[EngineRun] = []
        self.curve: list[CurvePoint] = []
        self.stream_posts = 0
        self.stream_bytes = 0

    def log(self, message: str) -> None:
        self.say(f"q={self.n:,}: {message}")

    def run(self) -> tuple[list[EngineRun], float, int]:
        config = self.config
        queries = generate_queries(self.n, config.seed)
        parse_seconds, nodes = timed(lambda: [parse_query(q) for q in queries])
        terms = literal_terms(nodes)
        self.log(f"{len(queries):,} queries parsed in {parse_seconds:.2f} s, {len(terms):,} terms")
        stream = self.source()
        first = next(stream, None)
        if first is None or len(first) == 0:
            raise BenchError("the post source yielded no posts")
        sample = first.slice(0, config.agreement_posts or 1)

        engines: list[tuple[Engine, str, tuple[int, ...], bool]] = [
            (OursEngine(OURS, WORK_QUERIES, nodes), "ours", self.threads, False),
            (OursEngine(OURS_TERMS, WORK_TERMS, [t.node() for t in terms]), "ours", (1,), False),
        ]
        for name in config.peers:
            try:
                engines.append((make_peer(name, terms), "peer", (1,), name in SLOW_PEERS))
            except EngineUnavailable as err:
                self.log(f"{name} skipped: {err}")
                self.skipped.append(self._skipped(name, len(terms), str(err)))
        reference = None
        gc.collect()
        for engine, role, thread_counts, capped in engines:
            built = self._build(engine, role, thread_counts, capped, sample)
            if engine.name == OURS_TERMS:
                reference = built[0].sample_pairs
            self.entries.extend(built)
        for entry in self.entries:
            pairs, entry.sample_pairs = entry.sample_pairs, None
            if reference is None or pairs is None or entry.role != "peer":
                continue
            if config.agreement_posts > 0:
                entry.agreement = agreement(reference, pairs, len(sample))
        del sample
        self._time(chain([first], stream))
        runs = [self._finish(e) for e in self.entries] + self.skipped
        self.entries.clear()
        gc.collect()
        return runs, parse_seconds, len(terms)

    def _skipped(self, name: str, n_terms: int, note: str) -> EngineRun:
        return EngineRun(
            engine=name,
            role="peer",
            work=WORK_TERMS,
            n_queries=self.n,
            n_patterns=n_terms,
            threads=1,
            status=STATUS_SKIPPED,
            note=note,
        )

    def _build(
        self,
        engine: Engine,
        role: str,
        thread_counts: tuple[int, ...],
        capped: bool,
        sample: PostBatch,
    ) -> list[_Entry]:
        """Build ``engine`` and warm it up at each thread count; one entry per count."""
        self.log(f"building {engine.name} ({engine.n_patterns:,} {engine.work})")
        rss0, peak0 = current_rss(), peak_rss()
        entries = [_Entry(engine, role, t, capped) for t in thread_counts]
        try:
            build_seconds, _ = timed(engine.build)
            for entry in entries:
                entry.build_seconds = build_seconds
                prepare = getattr(engine, "prepare", None)
                if prepare is not None:
                    prepare(sample)
                seconds, found = timed(
                    functools.partial(engine.scan, sample, 0, len(sample), entry.threads)
                )
                pairs = engine.pairs(found, sample, 0, len(sample))
                entry.warmup_seconds = seconds
                entry.hits = len(pairs)
                entry.sample_pairs = pairs
        except Exception as err:
            if role == "ours":
                raise
            self.log(f"{engine.name} failed: {type(err).__name__}: {err}")
            for entry in entries:
                entry.failed = f"failed to build or warm up: {type(err).__name__}: {err}"
            return entries[:1]
        memory, peak = delta(current_rss(), rss0), delta(peak_rss(), peak0)
        for entry in entries:
            entry.memory_bytes, entry.peak_bytes = memory, peak
            entry.totals = [0.0] * self.config.repeats
        self.log(
            f"{engine.name} built in {build_seconds:.2f} s, warm-up "
            + ", ".join(f"{e.warmup_seconds:.2f} s ({e.threads}t)" for e in entries)
        )
        return entries

    def _time(self, batches: Iterator[PostBatch]) -> None:
        config = self.config
        for batch in batches:
            n = len(batch)
            for entry in self.entries:
                if entry.failed is None and not entry.stopped:
                    self._time_batch(entry, batch)
            self.stream_posts += n
            self.stream_bytes += batch.n_bytes
            self.curve.append(
                CurvePoint(
                    "process",
                    self.n,
                    0,
                    self.stream_posts,
                    self.stream_bytes,
                    0.0,
                    current_rss(),
                )
            )
            done = [e for e in self.entries if e.failed is None and not e.stopped]
            self.log(
                f"{self.stream_posts:,} / {config.posts:,} posts streamed"
                + ("" if done else " (every engine has stopped)")
            )
            del batch

    def _time_batch(self, entry: _Entry, batch: PostBatch) -> None:
        config = self.config
        engine = entry.engine
        limit = len(batch)
        if entry.capped:
            limit = min(limit, config.sample_posts - entry.posts)
        prepare = getattr(engine, "prepare", None)
        if prepare is not None:
            prepare(batch)
        peak0 = peak_rss()
        chunks: list[tuple[int, int]] = []
        first_repeat = 0.0
        try:
            for lo, hi in _chunks(limit, engine.chunk_posts):
                if entry.used >= config.budget_seconds:
                    break
                seconds, _ = timed(functools.partial(engine.scan, batch, lo, hi, entry.threads))
                first_repeat += seconds
                entry.used += seconds
                chunks.append((lo, hi))
            times = [first_repeat]
            for _ in range(1, config.repeats):
                total = 0.0
                for lo, hi in chunks:
                    seconds, _ = timed(functools.partial(engine.scan, batch, lo, hi, entry.threads))
                    total += seconds
                times.append(total)
        except Exception as err:
            if entry.role == "ours":
                raise
            entry.failed = f"failed while scanning: {type(err).__name__}: {err}"
            self.log(f"{engine.name} {entry.failed}")
            return
        done = chunks[-1][1] if chunks else 0
        if done:
            for r, seconds in enumerate(times):
                entry.totals[r] += seconds
            entry.posts += done
            entry.bytes += _bytes(batch, 0, done)
            previous = entry.curve[-1][2] if entry.curve else 0.0
            typical = times[0] if engine.learns_text else median(times)
            entry.curve.append((entry.posts, entry.bytes, previous + typical))
        if done < len(batch) or (entry.capped and entry.posts >= config.sample_posts):
            entry.stopped = True
        extra = delta(peak_rss(), peak0)
        if entry.peak_bytes is not None and extra is not None:
            entry.peak_bytes += extra

    def _finish(self, entry: _Entry) -> EngineRun:
        engine = entry.engine
        notes = []
        extrapolated = entry.failed is None and entry.posts < self.stream_posts
        if extrapolated:
            reason = (
                f"capped sample of {self.config.sample_posts:,} posts"
                if entry.capped and entry.used < self.config.budget_seconds
                else f"time budget of {self.config.budget_seconds:g} s per repeat"
            )
            notes.append(f"timed on {entry.posts:,} posts ({reason}), extrapolated")
        if entry.failed:
            notes.append(entry.failed)
        seconds = median(entry.totals)
        if engine.learns_text and entry.totals:
            seen = entry.bytes / seconds / 1e6 if seconds > 0 else 0.0
            notes.append(
                f"timed on its first pass over each batch; on text it has seen: {seen:.1f} MB/s"
            )
            seconds = entry.totals[0]
        for point in entry.curve:
            self.curve.append(
                CurvePoint(engine.name, self.n, entry.threads, point[0], point[1], point[2])
            )
        return EngineRun(
            engine=engine.name,
            role=entry.role,
            work=engine.work,
            n_queries=self.n,
            n_patterns=engine.n_patterns,
            threads=entry.threads,
            status=STATUS_FAILED if entry.failed else STATUS_OK,
            note="; ".join(notes),
            method=engine.method,
            posts=entry.posts,
            bytes=entry.bytes,
            seconds=seconds,
            seconds_repeats=tuple(entry.totals),
            build_seconds=entry.build_seconds,
            warmup_seconds=entry.warmup_seconds,
            memory_bytes=entry.memory_bytes,
            peak_bytes=entry.peak_bytes,
            extrapolated=extrapolated,
            hits=entry.hits,
            agreement=entry.agreement,
        )


def _notes(config: BenchConfig, threads: tuple[int, ...]) -> list[str]:
    return [
        "One run on a shared machine: compare the ratios within this run, not absolute "
        "times across runs.",
        "listenbench runs the full boolean query set; the peers and listenbench-terms match "
        "the distinct literal terms of the query set (wildcard terms and lang:/channel: "
        "filters left out) as whole words, case-insensitively. Agreement: Jaccard index of "
        f"each peer's (post, term) hits with listenbench-terms' on the first "
        f"{config.agreement_posts:,} posts.",
        "Byte engines (listenbench via the UTF-8 buffer entry point, hyperscan, re2) get each "
        "batch as one UTF-8 buffer prepared outside the timed region; str engines get Python "
        "strings and their casefolding and joining is timed.",
        f"re and flashtext are timed on at most {config.sample_posts:,} posts; every engine "
        f"stops after {config.budget_seconds:g} s of its first repeat; throughput is measured "
        "on the posts it did.",
        "Peers run on 1 thread; listenbench at "
        + ", ".join(str(t) for t in threads)
        + " thread(s). MB/s are 10^6 bytes of UTF-8 text per second.",
        "re2 builds its DFA while scanning, so it is fast only on text it has seen: its figure "
        "is its first pass over each batch (after a warm-up on the agreement sample), as on a "
        "live firehose; the others' is the median of the repeats.",
        "memory: growth of resident memory over build + warm-up; peak: rise of the process's "
        "peak RSS while the engine ran (0 if it stayed under an earlier peak).",
    ]


def run_bench(
    config: BenchConfig,
    progress: Progress | None = None,
    *,
    source: PostSource | None = None,
) -> BenchResult:
    """Time listenbench's kernel and the installed peers side by side (see the module doc).

    ``source`` overrides where posts come from (a factory of fresh batch
    streams, e.g. :func:`batches_from_texts`); by default it is the synthetic
    firehose of ``config``, or ``config.corpus``. ``progress`` gets one line
    per step. Peers whose package is missing are reported as skipped.

    Example:
        >>> result = run_bench(BenchConfig(posts=2000, queries=(10,), repeats=1))  # doctest: +SKIP
        >>> result.run("listenbench", 10).mb_per_second  # doctest: +SKIP
        312.5
    """
    say: Progress = progress if progress is not None else (lambda _message: None)
    start = time.perf_counter()
    if source is not None:
        source_name = "custom"
    elif config.corpus is not None:
        source, source_name = corpus_source(config)
    else:
        source, source_name = synthetic_source(config)
    notes: list[str] = []
    threads = _thread_counts(config, notes)
    say("loading the kernel")
    jit_seconds = warm_kernel()
    say(f"kernel ready in {jit_seconds:.2f} s ({entry_point_name()})")
    runs: list[EngineRun] = []
    curve: list[CurvePoint] = []
    parse_seconds: dict[int, float] = {}
    n_terms: dict[int, int] = {}
    stream_posts: dict[int, int] = {}
    stream_bytes: dict[int, int] = {}
    for n_queries in config.queries:
        round_ = _Round(config, n_queries, threads, source, say)
        round_runs, parse_seconds[n_queries], n_terms[n_queries] = round_.run()
        runs.extend(round_runs)
        curve.extend(round_.curve)
        stream_posts[n_queries] = round_.stream_posts
        stream_bytes[n_queries] = round_.stream_bytes
    missing = sorted(
        {r.engine for r in runs if r.status == STATUS_SKIPPED and r.note.startswith("not inst")}
    )
    if missing:
        notes.append(
            "Not installed here: "
            + ", ".join(f"{m} (pip install {PEER_PACKAGES[m]})" for m in missing)
            + "."
        )
    return BenchResult(
        config=config,
        source=source_name,
        runs=tuple(runs),
        curve=tuple(curve),
        environment=_environment(),
        jit_seconds=jit_seconds,
        parse_seconds=parse_seconds,
        n_terms=n_terms,
        stream_posts=stream_posts,
        stream_bytes=stream_bytes,
        peak_rss_bytes=peak_rss(),
        wall_seconds=time.perf_counter() - start,
        notes=tuple(_notes(config, threads) + notes),
    )
