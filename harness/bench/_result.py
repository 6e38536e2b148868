"""What a bench run measured: :class:`BenchResult` and its parts, JSON in and out.

Example:
    >>> a = Agreement(sample_posts=10, both=8, only_peer=1, only_ours=1, posts_differing=2)
    >>> round(a.rate, 3), a.post_rate
    (0.8, 0.8)
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from listenbench.harness.bench._config import BenchConfig

#: Version of the JSON layout written by :meth:`BenchResult.to_dict`.
FORMAT_VERSION = 1

STATUS_OK, STATUS_SKIPPED, STATUS_FAILED = "ok", "skipped", "failed"


@dataclass(frozen=True, slots=True)
class Agreement:
    """How a peer's (post, term) hits compare with listenbench's on a sample of posts.

    ``rate`` is the Jaccard index of the two hit sets (1.0 when both are
    empty); ``post_rate`` the share of sample posts whose hit sets are equal.

    Example:
        >>> Agreement(5, 0, 0, 0, 0).rate
        1.0
    """

    sample_posts: int
    both: int
    only_peer: int
    only_ours: int
    posts_differing: int

    @property
    def rate(self) -> float:
        """|peer ∩ ours| / |peer ∪ ours| over (post, term) hits."""
        union = self.both + self.only_peer + self.only_ours
        return 1.0 if union == 0 else self.both / union

    @property
    def post_rate(self) -> float:
        """Share of sample posts on which the peer and listenbench find the same terms."""
        if self.sample_posts == 0:
            return 1.0
        return 1.0 - self.posts_differing / self.sample_posts


@dataclass(frozen=True, slots=True)
class EngineRun:
    """One engine at one query-set size and thread count.

    ``seconds`` is the median over repeats of the total time to scan the
    ``posts`` timed posts (``bytes`` UTF-8 bytes); ``extrapolated`` is true
    when the engine was timed on fewer posts than the stream had (a slow peer's
    sample, or the time budget ran out): throughputs are then rates on those.
    ``build_seconds`` is compiling the queries or terms; ``warmup_seconds`` the
    first scan of the agreement sample (DFA warm-up, first kernel call at this
    thread count). ``memory_bytes`` is how much the process's resident memory
    grew over build and warm-up (memory held by the engine); ``peak_bytes``
    how far the process's peak resident memory rose while this engine ran
    (0 when it stayed below an earlier peak). ``hits`` counts the distinct
    (post, query or term) hits on the agreement sample.
    """

    engine: str
    role: str
    work: str
    n_queries: int
    n_patterns: int
    threads: int
    status: str
    note: str = ""
    method: str = ""
    posts: int = 0
    bytes: int = 0
    seconds: float = 0.0
    seconds_repeats: tuple[float, ...] = ()
    build_seconds: float = 0.0
    warmup_seconds: float = 0.0
    memory_bytes: int | None = None
    peak_bytes: int | None = None
    extrapolated: bool = False
    hits: int = 0
    agreement: Agreement | None = None

    @property
    def ok(self) -> bool:
        """Whether the engine ran and was timed."""
        return self.status == STATUS_OK and self.seconds > 0

    @property
    def posts_per_second(self) -> float | None:
        """Posts matched per second (None if not timed)."""
        return self.posts / self.seconds if self.ok else None

    @property
    def mb_per_second(self) -> float | None:
        """Megabytes (10^6 bytes of UTF-8 text) matched per second (None if not timed)."""
        return self.bytes / self.seconds / 1e6 if self.ok else None

    @property
    def first_pass_mb_per_second(self) -> float | None:
        """MB/s of the first repeat alone: each batch's first scan, on text the engine
        has not seen (what a lazily built DFA pays on a real firehose)."""
        if not self.ok or not self.seconds_repeats or self.seconds_repeats[0] <= 0:
            return None
        return self.bytes / self.seconds_repeats[0] / 1e6

    @property
    def slow_first_pass(self) -> bool:
        """Whether the first pass ran at less than half the median speed."""
        first, typical = self.first_pass_mb_per_second, self.mb_per_second
        return first is not None and typical is not None and first < 0.5 * typical

    @property
    def key(self) -> str:
        """A short identifier: ``engine@q1000/t1``."""
        return f"{self.engine}@q{self.n_queries}/t{self.threads}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["seconds_repeats"] = list(self.seconds_repeats)
        data["posts_per_second"] = self.posts_per_second
        data["mb_per_second"] = self.mb_per_second
        data["first_pass_mb_per_second"] = self.first_pass_mb_per_second
        if self.agreement is not None:
            data["agreement"]["rate"] = self.agreement.rate
            data["agreement"]["post_rate"] = self.agreement.post_rate
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EngineRun:
        derived = ("posts_per_second", "mb_per_second", "first_pass_mb_per_second")
        values = {k: v for k, v in data.items() if k not in derived}
        values["seconds_repeats"] = tuple(values.get("seconds_repeats", ()))
        agreement = values.get("agreement")
        if agreement is not None:
            values["agreement"] = Agreement(
                **{k: v for k, v in agreement.items() if k not in ("rate", "post_rate")}
            )
        return cls(**values)


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """After ``posts`` posts of the stream: an engine's cumulative median seconds, or memory.

    For memory points ``engine`` is ``"process"`` and ``seconds`` is 0;
    ``rss_bytes`` is the process's resident memory then.
    """

    engine: str
    n_queries: int
    threads: int
    posts: int
    bytes: int
    seconds: float
    rss_bytes: int | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CurvePoint:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Everything one ``listenbench bench`` measured, with the environment it ran in."""

    config: BenchConfig
    source: str
    runs: tuple[EngineRun, ...]
    curve: tuple[CurvePoint, ...] = ()
    environment: dict[str, Any] = field(default_factory=dict)
    jit_seconds: float = 0.0
    parse_seconds: dict[int, float] = field(default_factory=dict)
    n_terms: dict[int, int] = field(default_factory=dict)
    stream_posts: dict[int, int] = field(default_factory=dict)
    stream_bytes: dict[int, int] = field(default_factory=dict)
    peak_rss_bytes: int | None = None
    wall_seconds: float = 0.0
    notes: tuple[str, ...] = ()

    def run(self, engine: str, n_queries: int, threads: int = 1) -> EngineRun:
        """The run of ``engine`` at that query-set size and thread count (KeyError if none)."""
        for r in self.runs:
            if (r.engine, r.n_queries, r.threads) == (engine, n_queries, threads):
                return r
        raise KeyError(f"no run of {engine!r} at {n_queries} queries and {threads} threads")

    def fastest_peer(self, n_queries: int) -> EngineRun | None:
        """The peer with the highest MB/s at ``n_queries`` (None if no peer was timed)."""
        peers = [r for r in self.runs if r.role == "peer" and r.n_queries == n_queries and r.ok]
        return max(peers, key=lambda r: r.mb_per_second or 0.0, default=None)

    def ratio(self, run: EngineRun) -> float | None:
        """``run``'s MB/s divided by the fastest peer's at the same query-set size."""
        best = self.fastest_peer(run.n_queries)
        if best is None or not run.ok or not best.mb_per_second:
            return None
        return (run.mb_per_second or 0.0) / best.mb_per_second

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready values (what ``bench.json`` holds).

        Example:
            >>> r = BenchResult(BenchConfig(posts=5), "synth", runs=())
            >>> BenchResult.from_dict(r.to_dict()) == r
            True
        """
        runs = []
        for r in self.runs:
            data = r.to_dict()
            data["ratio_to_fastest_peer"] = self.ratio(r)
            runs.append(data)
        return {
            "format_version": FORMAT_VERSION,
            "config": self.config.to_dict(),
            "source": self.source,
            "environment": self.environment,
            "jit_seconds": self.jit_seconds,
            "parse_seconds": {str(k): v for k, v in self.parse_seconds.items()},
            "n_terms": {str(k): v for k, v in self.n_terms.items()},
            "stream_posts": {str(k): v for k, v in self.stream_posts.items()},
            "stream_bytes": {str(k): v for k, v in self.stream_bytes.items()},
            "peak_rss_bytes": self.peak_rss_bytes,
            "wall_seconds": self.wall_seconds,
            "notes": list(self.notes),
            "runs": runs,
            "curve": [asdict(p) for p in self.curve],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BenchResult:
        """The inverse of :meth:`to_dict`."""

        def by_size(values: dict[str, Any]) -> dict[int, Any]:
            return {int(k): v for k, v in values.items()}

        return cls(
            config=BenchConfig.from_dict(data["config"]),
            source=data["source"],
            runs=tuple(
                EngineRun.from_dict({k: v for k, v in r.items() if k != "ratio_to_fastest_peer"})
                for r in data["runs"]
            ),
            curve=tuple(CurvePoint.from_dict(p) for p in data.get("curve", [])),
            environment=dict(data.get("environment", {})),
            jit_seconds=data.get("jit_seconds", 0.0),
            parse_seconds=by_size(data.get("parse_seconds", {})),
            n_terms=by_size(data.get("n_terms", {})),
            stream_posts=by_size(data.get("stream_posts", {})),
            stream_bytes=by_size(data.get("stream_bytes", {})),
            peak_rss_bytes=data.get("peak_rss_bytes"),
            wall_seconds=data.get("wall_seconds", 0.0),
            notes=tuple(data.get("notes", ())),
        )

    def to_json(self) -> str:
        """:meth:`to_dict` as indented JSON text."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> BenchResult:
        """Read what :meth:`to_json` wrote."""
        return cls.from_dict(json.loads(text))


def median(values: Sequence[float]) -> float:
    """The median (0.0 for no values).

    Example:
        >>> median([3.0, 1.0, 2.0]), median([])
        (2.0, 0.0)
    """
    return float(statistics.median(values)) if values else 0.0
