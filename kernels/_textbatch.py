"""Posts as one contiguous buffer of NFKC code points, ready for the kernel.

Example:
    >>> batch = TextBatch.from_texts(["ｎｉｋｅ!", "苹果"], ["en", "zh"], [None, "weibo"])
    >>> batch.codepoints.tolist(), batch.offsets.tolist()
    ([110, 105, 107, 101, 33, 33529, 26524], [0, 5, 7])
    >>> batch.text(0)
    'nike!'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True, eq=False)
class TextBatch:
    """NFKC-normalised post texts plus each post's ``lang`` and ``channel``.

    Post ``i``'s code points are ``codepoints[offsets[i]:offsets[i + 1]]``
    (int32, one per code point; lone surrogates are kept as they are).
    """

    codepoints: NDArray[np.int32]
    offsets: NDArray[np.int64]
    langs: tuple[str, ...]
    channels: tuple[str | None, ...]

    def __post_init__(self) -> None:
        n = self.offsets.size - 1
        if n < 0 or len(self.langs) != n or len(self.channels) != n:
            raise ValueError(
                f"TextBatch: {n} texts but {len(self.langs)} langs and "
                f"{len(self.channels)} channels"
            )

    @classmethod
    def from_texts(
        cls, texts: Sequence[str], langs: Sequence[str], channels: Sequence[str | None]
    ) -> TextBatch:
        """Normalise ``texts`` to NFKC and pack them into one buffer.

        Example:
            >>> TextBatch.from_texts(["a", ""], ["en", "en"], [None, None]).offsets.tolist()
            [0, 1, 1]
        """
        if not len(texts) == len(langs) == len(channels):
            raise ValueError(
                f"got {len(texts)} texts, {len(langs)} langs and {len(channels)} channels: "
                "expected one of each per post"
            )
        normalised = [unicodedata.normalize("NFKC", t) for t in texts]
        offsets = np.zeros(len(normalised) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, normalised), np.int64, len(normalised)), out=offsets[1:])
        data = "".join(normalised).encode("utf-32-le", "surrogatepass")
        codepoints = np.frombuffer(data, dtype=np.int32).copy()
        return cls(codepoints, offsets, tuple(langs), tuple(channels))

    def __len__(self) -> int:
        return int(self.offsets.size - 1)

    def text(self, i: int) -> str:
        """Post ``i``'s normalised text."""
        lo, hi = int(self.offsets[i]), int(self.offsets[i + 1])
        return self.codepoints[lo:hi].tobytes().decode("utf-32-le", "surrogatepass")
