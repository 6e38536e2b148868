"""Helpers shared by several importers: the seeded train/dev/test split.

Example:
    >>> assign_split("zhs-000001") in ("train", "dev", "test")
    True
"""

from __future__ import annotations

import hashlib

#: Fractions of posts in train, dev and test (the rest) from the seeded split hash:
#: a bucket in 0..99 below 60 is ``train``, below 80 ``dev``, else ``test``.
SPLIT_PERCENT: tuple[tuple[str, int], ...] = (("train", 60), ("dev", 80), ("test", 100))


def assign_split(post_id: str, seed: int = 0) -> str:
    """The post's split: 60% train, 20% dev, 20% test by a seeded hash of its id.

    The bucket is the first 8 bytes of SHA-256 of ``f"{seed}:{post_id}"`` as a
    big-endian integer, modulo 100 (see :data:`SPLIT_PERCENT`). It depends on
    the id and seed only, so a post keeps its split in any subset of a corpus.

    Example:
        >>> assign_split("ge17-dev-00001") in ("train", "dev", "test")
        True
        >>> assign_split("zhs-000001") == assign_split("zhs-000001")
        True
    """
    digest = hashlib.sha256(f"{seed}:{post_id}".encode()).digest()
    bucket = int.from_bytes(digest[:8], "big") % 100
    return next(split for split, upper in SPLIT_PERCENT if bucket < upper)


__all__ = ["SPLIT_PERCENT", "assign_split"]
