"""Posts as one contiguous UTF-8 buffer plus offsets, and sparse match results.

Example:
    >>> posts = PostBuffer.from_texts(["ｎｉｋｅ!", "苹果"], ["en", "zh"], [None, "weibo"])
    >>> posts.offsets.tolist(), posts.text(1), posts.lang_values, posts.channel_ids.tolist()
    ([0, 13, 19], '苹果', ('en', 'zh'), [-1, 0])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


def _ids(values: Sequence[str | None]) -> tuple[NDArray[np.int32], tuple[str, ...]]:
    index: dict[str, int] = {}
    ids = np.fromiter(
        (-1 if v is None else index.setdefault(v, len(index)) for v in values),
        dtype=np.int32,
        count=len(values),
    )
    return ids, tuple(index)


@dataclass(frozen=True, eq=False)
class PostBuffer:
    """Posts for the kernel: UTF-8 text in one buffer, metadata as small integer ids.

    Post ``i`` is ``data[offsets[i]:offsets[i + 1]]``; its language is
    ``lang_values[lang_ids[i]]`` and its channel ``channel_values[channel_ids[i]]``
    (id ``-1``: none, which passes no ``lang:``/``channel:`` filter). ``offsets``
    need not start at 0, so a slice of the posts shares the buffer.
    """

    data: NDArray[np.uint8]
    offsets: NDArray[np.int64]
    lang_ids: NDArray[np.int32]
    channel_ids: NDArray[np.int32]
    lang_values: tuple[str, ...] = ()
    channel_values: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # The kernel reads without bounds checks: refuse anything that would make it
        # read outside the buffer or the value tables.
        n = self.offsets.size - 1
        if n < 0 or self.lang_ids.shape != (n,) or self.channel_ids.shape != (n,):
            raise ValueError(
                f"PostBuffer: {n} posts (offsets of size {self.offsets.size}) but "
                f"{self.lang_ids.size} lang ids and {self.channel_ids.size} channel ids"
            )
        if n > 0:
            if self.offsets[0] < 0 or self.offsets[-1] > self.data.size:
                raise ValueError(
                    f"PostBuffer: offsets run from {self.offsets[0]} to {self.offsets[-1]}, "
                    f"expected them inside the buffer of {self.data.size} bytes"
                )
            if np.any(np.diff(self.offsets) < 0):
                raise ValueError("PostBuffer: offsets decrease, expected them non-decreasing")
        for name, ids, values in (
            ("lang", self.lang_ids, self.lang_values),
            ("channel", self.channel_ids, self.channel_values),
        ):
            if ids.size and (ids.min() < -1 or ids.max() >= len(values)):
                raise ValueError(
                    f"PostBuffer: {name} ids run from {ids.min()} to {ids.max()}, expected "
                    f"-1 (none) or an index into the {len(values)} {name} values"
                )

    @classmethod
    def from_texts(
        cls,
        texts: Sequence[str],
        langs: Sequence[str | None],
        channels: Sequence[str | None],
    ) -> PostBuffer:
        """Encode ``texts`` as UTF-8 (lone surrogates kept) into one buffer.

        Example:
            >>> PostBuffer.from_texts(["a", "é", ""], ["en"] * 3, [None] * 3).offsets.tolist()
            [0, 1, 3, 3]
        """
        if not len(texts) == len(langs) == len(channels):
            raise ValueError(
                f"got {len(texts)} texts, {len(langs)} langs and {len(channels)} channels: "
                "expected one of each per post"
            )
        encoded = [t.encode("utf-8", "surrogatepass") for t in texts]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), np.int64, len(encoded)), out=offsets[1:])
        data = np.frombuffer(b"".join(encoded), dtype=np.uint8)
        lang_ids, lang_values = _ids(langs)
        channel_ids, channel_values = _ids(channels)
        return cls(data, offsets, lang_ids, channel_ids, lang_values, channel_values)

    def __len__(self) -> int:
        return int(self.offsets.size - 1)

    def text(self, i: int) -> str:
        """Post ``i``'s text (invalid UTF-8 decodes as U+FFFD)."""
        raw = self.data[int(self.offsets[i]) : int(self.offsets[i + 1])].tobytes()
        try:
            return raw.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "replace")

    def slice(self, lo: int, hi: int) -> PostBuffer:
        """Posts ``lo`` to ``hi - 1``, sharing this buffer.

        Example:
            >>> PostBuffer.from_texts(["a", "bc", "d"], ["en"] * 3, [None] * 3).slice(1, 3).text(0)
            'bc'
        """
        return PostBuffer(
            self.data,
            self.offsets[lo : hi + 1],
            self.lang_ids[lo:hi],
            self.channel_ids[lo:hi],
            self.lang_values,
            self.channel_values,
        )


@dataclass(frozen=True, eq=False)
class Matches:
    """Which query matched which post, as (post, query) pairs.

    ``posts`` is ascending and, within a post, ``queries`` is ascending.
    ``n_python`` counts the posts whose NFKC only Python's :mod:`unicodedata`
    could compute (combining accents after their base character and the like).
    """

    posts: NDArray[np.int64]
    queries: NDArray[np.int32]
    n_posts: int
    n_queries: int
    n_python: int = 0

    def __len__(self) -> int:
        return int(self.posts.size)

    def dense(self) -> NDArray[np.bool_]:
        """The bool array (n_posts, n_queries) with ``True`` where a query matched.

        Example:
            >>> m = Matches(np.array([0, 2]), np.array([1, 0], dtype=np.int32), 3, 2)
            >>> m.dense().tolist()
            [[False, True], [False, False], [True, False]]
        """
        out = np.zeros((self.n_posts, self.n_queries), dtype=np.bool_)
        out[self.posts, self.queries] = True
        return out
