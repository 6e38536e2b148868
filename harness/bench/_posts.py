"""Posts for the bench, streamed in batches: the synthetic firehose or a real corpus.

Every engine gets the same batch: Python strings for the engines that take
strings, and one UTF-8 buffer for the engines that scan bytes, prepared once
per batch outside the timed region. In the buffer, every post is followed by
``\\n`` and the buffer starts with ``\\n``, so a match can never span two posts
and a boundary class always has a character to look at.

Example:
    >>> batch = PostBatch.from_texts(["Nike!", "café"], ["en", "fr"], [None, "forum"])
    >>> batch.data, batch.offsets.tolist(), batch.n_bytes
    (b'\\nNike!\\ncaf\\xc3\\xa9\\n', [1, 7, 13], 10)
    >>> batch.slice(1, 2).texts
    ('café',)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.harness.bench._config import BenchConfig, BenchError


def _ids(values: Sequence[str | None]) -> tuple[NDArray[np.int32], tuple[str, ...]]:
    """Small integer ids of the distinct values (``None``: -1) and the values."""
    index: dict[str, int] = {}
    ids = np.fromiter(
        (-1 if v is None else index.setdefault(v, len(index)) for v in values),
        dtype=np.int32,
        count=len(values),
    )
    return ids, tuple(index)


@dataclass(frozen=True, eq=False)
class PostBatch:
    """Consecutive posts: texts, langs, channels and the texts as one UTF-8 buffer.

    Post ``i``'s UTF-8 text is ``data[offsets[i]:offsets[i + 1] - 1]`` (the
    byte at ``offsets[i + 1] - 1`` is its ``\\n`` separator; ``data[0]`` is a
    ``\\n`` too). ``n_bytes`` counts the texts' bytes without separators: the
    figure that MB/s are computed from. ``lang_ids``/``channel_ids`` index
    ``lang_values``/``channel_values`` (-1: no value).
    """

    texts: tuple[str, ...]
    langs: tuple[str, ...]
    channels: tuple[str | None, ...]
    data: bytes
    offsets: NDArray[np.int64]
    n_bytes: int
    lang_ids: NDArray[np.int32]
    lang_values: tuple[str, ...]
    channel_ids: NDArray[np.int32]
    channel_values: tuple[str, ...]

    @classmethod
    def from_texts(
        cls, texts: Sequence[str], langs: Sequence[str], channels: Sequence[str | None]
    ) -> PostBatch:
        """Pack posts (lone surrogates are kept, as ``surrogatepass``).

        Example:
            >>> PostBatch.from_texts([], [], []).offsets.tolist()
            [1]
        """
        if not len(texts) == len(langs) == len(channels):
            raise BenchError(
                f"got {len(texts)} texts, {len(langs)} langs and {len(channels)} channels: "
                "expected one of each per post"
            )
        encoded = [t.encode("utf-8", "surrogatepass") for t in texts]
        sizes = np.fromiter(map(len, encoded), np.int64, len(encoded))
        offsets = np.empty(len(encoded) + 1, dtype=np.int64)
        offsets[0] = 1
        np.cumsum(sizes + 1, out=offsets[1:])
        offsets[1:] += 1
        data = b"\n" + b"".join(e + b"\n" for e in encoded)
        lang_ids, lang_values = _ids(langs)
        channel_ids, channel_values = _ids(channels)
        return cls(
            tuple(texts),
            tuple(langs),
            tuple(channels),
            data,
            offsets,
            int(sizes.sum()),
            lang_ids,
            lang_values,
            channel_ids,
            channel_values,
        )

    def __len__(self) -> int:
        return len(self.texts)

    def slice(self, lo: int, hi: int) -> PostBatch:
        """Posts ``lo`` to ``hi - 1`` as a batch of their own (the buffer is copied)."""
        hi = min(hi, len(self))
        lo = min(lo, hi)
        return PostBatch.from_texts(self.texts[lo:hi], self.langs[lo:hi], self.channels[lo:hi])


#: A factory of fresh post streams: each call starts the stream from the first post.
PostSource = Callable[[], Iterator[PostBatch]]


def batches_from_texts(
    texts: Sequence[str],
    langs: Sequence[str],
    channels: Sequence[str | None],
    *,
    batch_size: int = 65_536,
) -> PostSource:
    """A post source over posts held in memory.

    Example:
        >>> source = batches_from_texts(["a", "b", "c"], ["en"] * 3, [None] * 3, batch_size=2)
        >>> [len(b) for b in source()]
        [2, 1]
    """
    if batch_size < 1:
        raise BenchError(f"batch_size must be at least 1, got {batch_size}")

    def stream() -> Iterator[PostBatch]:
        for lo in range(0, len(texts), batch_size):
            hi = lo + batch_size
            yield PostBatch.from_texts(texts[lo:hi], langs[lo:hi], channels[lo:hi])

    return stream


def synthetic_source(config: BenchConfig) -> tuple[PostSource, str]:
    """The synthetic firehose of ``config`` as a post source, and its description.

    Example:
        >>> source, name = synthetic_source(BenchConfig(posts=5, batch_size=2))
        >>> name, [len(b) for b in source()]
        ('synth(seed=0, needle_rate=0.01)', [2, 2, 1])
    """
    from listenbench.corpora.synth import SynthError, iter_batches

    def make() -> Iterator[Any]:
        try:
            return iter_batches(
                config.posts,
                seed=config.seed,
                batch_size=config.batch_size,
                needle_rate=config.needle_rate,
                languages=config.languages,
            )
        except SynthError as err:
            raise BenchError(f"synthetic firehose: {err}") from None

    make()  # bad arguments fail here, before any work

    def stream() -> Iterator[PostBatch]:
        for batch in make():
            yield PostBatch.from_texts(batch.texts, batch.langs, batch.channels)

    return stream, f"synth(seed={config.seed}, needle_rate={config.needle_rate:g})"


def corpus_source(config: BenchConfig) -> tuple[PostSource, str]:
    """The posts of the real corpus ``config.corpus`` (at most ``config.posts``).

    Raises ``CorpusError`` (a one-line user error) when the corpus is missing or
    invalid, :class:`BenchError` when it has no posts.
    """
    from listenbench.corpora import load_corpus

    if config.corpus is None:
        raise BenchError("no corpus given: pass a corpus path or name")
    corpus = load_corpus(config.corpus)
    posts = corpus.posts[: config.posts]
    if not posts:
        raise BenchError(f"corpus {config.corpus!r} has no posts to benchmark on")
    texts = [p.text for p in posts]
    langs = [p.lang for p in posts]
    channels = [p.channel for p in posts]
    return (
        batches_from_texts(texts, langs, channels, batch_size=config.batch_size),
        f"{corpus.name}@{corpus.version}",
    )
