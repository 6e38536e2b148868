"""What one ``listenbench bench`` run measures: :class:`BenchConfig`.

Example:
    >>> cfg = BenchConfig(posts=1000, queries=(10, 100))
    >>> cfg.queries, cfg.repeats, cfg.peers[0]
    ((10, 100), 3, 'hyperscan')
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from listenbench.harness._config import ConfigError

#: The peer engines ``listenbench bench`` knows, fastest first (as measured here before).
PEER_NAMES: tuple[str, ...] = ("hyperscan", "re2", "pyahocorasick", "flashtext", "re")

#: Peers slow enough to be timed on a capped sample of posts and extrapolated.
SLOW_PEERS: frozenset[str] = frozenset({"re", "flashtext"})

#: The query-set sizes of the issue's table.
STANDARD_QUERY_COUNTS: tuple[int, ...] = (10, 100, 1_000, 10_000, 100_000)


class BenchError(ConfigError):
    """A bench configuration or post source that cannot work (one-line message).

    Example:
        >>> str(BenchError("posts must be at least 1, got 0"))
        'posts must be at least 1, got 0'
    """


@dataclass(frozen=True, slots=True)
class BenchConfig:
    """Everything that defines a bench run.

    ``posts`` posts come from the synthetic firehose (``seed``,
    ``needle_rate``, ``languages``) unless ``corpus`` names a real corpus
    (a path or a built-in name; then at most ``posts`` of its posts are used).
    Each query-set size in ``queries`` is one round: its queries are
    generated from ``seed``, every engine is built, warmed up and checked for
    agreement on the first ``agreement_posts`` posts, then timed over the
    stream in batches of ``batch_size`` posts, ``repeats`` times per batch.
    ``threads`` are the thread counts listenbench's kernel runs at (empty:
    1 and all cores, where the kernel exposes thread control). Peers in
    :data:`SLOW_PEERS` are timed on at most ``sample_posts`` posts, and every
    engine stops once its first repeat has used ``budget_seconds``; their
    throughput is extrapolated from the posts they did.

    Example:
        >>> try:
        ...     BenchConfig(posts=0)
        ... except BenchError as err:
        ...     print(err)
        posts must be at least 1, got 0
    """

    posts: int = 1_000_000
    queries: tuple[int, ...] = (1_000,)
    seed: int = 0
    threads: tuple[int, ...] = ()
    peers: tuple[str, ...] = PEER_NAMES
    corpus: str | None = None
    batch_size: int = 65_536
    repeats: int = 3
    agreement_posts: int = 2_000
    sample_posts: int = 20_000
    budget_seconds: float = 30.0
    needle_rate: float = 0.01
    languages: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        def at_least(name: str, value: int, low: int) -> None:
            if value < low:
                raise BenchError(f"{name} must be at least {low}, got {value}")

        at_least("posts", self.posts, 1)
        at_least("batch_size", self.batch_size, 1)
        at_least("repeats", self.repeats, 1)
        at_least("agreement_posts", self.agreement_posts, 0)
        at_least("sample_posts", self.sample_posts, 1)
        if not self.queries:
            raise BenchError("at least one query-set size is needed, e.g. --queries 1000")
        for n in self.queries:
            at_least("every query-set size", n, 1)
        if len(set(self.queries)) != len(self.queries):
            raise BenchError(f"query-set sizes repeat: {list(self.queries)}")
        for t in self.threads:
            at_least("every thread count", t, 1)
        unknown = [p for p in self.peers if p not in PEER_NAMES]
        if unknown:
            raise BenchError(
                f"unknown peer {unknown[0]!r}: expected some of {', '.join(PEER_NAMES)}"
            )
        if len(set(self.peers)) != len(self.peers):
            raise BenchError(f"peers repeat: {list(self.peers)}")
        if not (self.budget_seconds > 0 and math.isfinite(self.budget_seconds)):
            raise BenchError(f"budget_seconds must be a positive number, got {self.budget_seconds}")
        if not 0.0 <= self.needle_rate <= 1.0:
            raise BenchError(f"needle_rate must be in [0, 1], got {self.needle_rate}")

    def with_(self, **changes: Any) -> BenchConfig:
        """A copy with some fields changed.

        Example:
            >>> BenchConfig().with_(posts=10).posts
            10
        """
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The configuration as JSON-ready values.

        Example:
            >>> BenchConfig(queries=(10,)).to_dict()["queries"]
            [10]
        """
        return {
            "posts": self.posts,
            "queries": list(self.queries),
            "seed": self.seed,
            "threads": list(self.threads),
            "peers": list(self.peers),
            "corpus": self.corpus,
            "batch_size": self.batch_size,
            "repeats": self.repeats,
            "agreement_posts": self.agreement_posts,
            "sample_posts": self.sample_posts,
            "budget_seconds": self.budget_seconds,
            "needle_rate": self.needle_rate,
            "languages": None if self.languages is None else list(self.languages),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BenchConfig:
        """The inverse of :meth:`to_dict`.

        Example:
            >>> cfg = BenchConfig(posts=5, queries=(10, 100))
            >>> BenchConfig.from_dict(cfg.to_dict()) == cfg
            True
        """
        values = dict(data)
        for key in ("queries", "threads", "peers"):
            if key in values:
                values[key] = tuple(values[key])
        if values.get("languages") is not None:
            values["languages"] = tuple(values["languages"])
        return cls(**values)


def parse_counts(text: str, what: str = "--queries") -> tuple[int, ...]:
    """A comma-separated list of positive counts, for the command line (``all``:
    the standard query-set sizes; ``_`` and ``k``/``m`` suffixes allowed).

    Example:
        >>> parse_counts("1k, 10_000,100")
        (1000, 10000, 100)
        >>> parse_counts("all")
        (10, 100, 1000, 10000, 100000)
        >>> try:
        ...     parse_counts("10,x", "--threads")
        ... except BenchError as err:
        ...     print(err)
        --threads: 'x' is not a positive whole number (expected e.g. 1000,10000 or 10k)
    """
    if text.strip().lower() == "all":
        return STANDARD_QUERY_COUNTS
    counts = []
    for part in text.split(","):
        word = part.strip().lower().replace("_", "")
        scale = {"k": 1_000, "m": 1_000_000}.get(word[-1:], 1)
        digits = word[:-1] if scale > 1 else word
        if not digits.isdigit() or int(digits) * scale < 1:
            raise BenchError(
                f"{what}: {part.strip()!r} is not a positive whole number "
                "(expected e.g. 1000,10000 or 10k)"
            )
        counts.append(int(digits) * scale)
    return tuple(counts)


def parse_peers(text: str) -> tuple[str, ...]:
    """A comma-separated list of peer names for the command line (``all``, ``none``).

    Example:
        >>> parse_peers("hyperscan, re"), parse_peers("none"), len(parse_peers("all"))
        (('hyperscan', 're'), (), 5)
        >>> try:
        ...     parse_peers("hyperscan,grep")
        ... except BenchError as err:
        ...     print(str(err)[:43])
        --peers: unknown peer 'grep': expected some
    """
    word = text.strip().lower()
    if word == "all":
        return PEER_NAMES
    if word in ("none", ""):
        return ()
    names = tuple(dict.fromkeys(p.strip().lower() for p in text.split(",") if p.strip()))
    for name in names:
        if name not in PEER_NAMES:
            raise BenchError(
                f"--peers: unknown peer {name!r}: expected some of "
                f"{', '.join(PEER_NAMES)}, or all, none"
            )
    return names
