"""Helpers shared by several importers: seeded splits, reading source text, tweet times.

Example:
    >>> assign_split("zhs-000001") in ("train", "dev", "test")
    True
    >>> dev_or_test("bank") in ("dev", "test")
    True
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from listenbench.corpora._schema import Label, Post
from listenbench.corpora.importers._base import ImporterError

#: Fractions of posts in train, dev and test (the rest) from the seeded split hash:
#: a bucket in 0..99 below 60 is ``train``, below 80 ``dev``, else ``test``.
SPLIT_PERCENT: tuple[tuple[str, int], ...] = (("train", 60), ("dev", 80), ("test", 100))
#: Twitter's snowflake ids count milliseconds from this moment (2010-11-04T01:42:54.657Z).
TWITTER_EPOCH_MS = 1288834974657


def _bucket(key: str, seed: int, buckets: int) -> int:
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % buckets


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
    bucket = _bucket(post_id, seed, 100)
    return next(split for split, upper in SPLIT_PERCENT if bucket < upper)


def dev_or_test(key: str, seed: int = 0) -> str:
    """``"dev"`` or ``"test"`` (about half each) by a seeded hash of ``key``.

    Used to cut a dataset's one labelled evaluation file into dev and test by
    a group key, such as a word-in-context item's lemma, so that all items of
    one group land on the same side. The bucket is the first 8 bytes of
    SHA-256 of ``f"{seed}:{key}"`` as a big-endian integer, modulo 2: even is
    ``dev``, odd is ``test``.

    Example:
        >>> dev_or_test("bank") == dev_or_test("bank")
        True
        >>> sorted({dev_or_test(word) for word in ("bank", "bass", "crane", "pitch", "plant")})
        ['dev', 'test']
    """
    return "dev" if _bucket(key, seed, 2) == 0 else "test"


def tweet_time(tweet_id: int) -> str | None:
    """The UTC creation time of a tweet from its id, or None for a pre-snowflake id.

    Ids from late 2010 on are "snowflakes": their upper bits count
    milliseconds since :data:`TWITTER_EPOCH_MS`. Smaller ids carry no time.

    Example:
        >>> tweet_time(616551942341300224)
        '2015-07-02T10:20:12Z'
        >>> tweet_time(12345) is None
        True
    """
    if tweet_id < 1 << 32:
        return None
    millis = (tweet_id >> 22) + TWITTER_EPOCH_MS
    return datetime.fromtimestamp(millis / 1000, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_text(path: Path) -> str:
    """The file's text, decoded as UTF-8 (a leading byte-order mark removed).

    Raises :class:`ImporterError` naming the file (and the line, for bytes
    that are not UTF-8).

    Example:
        >>> read_text(Path("/no/such.txt"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such.txt: cannot read: ...
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImporterError(f"cannot read: {exc.strerror or exc}", file=path) from None
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
        raise ImporterError("not valid UTF-8", file=path, line=bad_line) from None


def text_lines(path: Path) -> list[str]:
    """The file's lines (UTF-8), without line ends; a final line end adds no empty line.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = Path(tmp) / "a.txt"
        ...     _ = path.write_bytes(b"one\\r\\ntwo\\n\\nfour")
        ...     text_lines(path)
        ['one', 'two', '', 'four']
    """
    text = read_text(path)
    if not text:
        return []
    lines = text.removesuffix("\n").split("\n")
    return [line.removesuffix("\r") for line in lines]


def pair_item(
    *,
    post_id: str,
    text: str,
    text_pair: str,
    target: str,
    lang: str,
    split: str,
    same: bool,
    pos: str,
    entity_id: str,
) -> tuple[Post, Label]:
    """The post and label of one word-in-context item (task ``pair``).

    Example:
        >>> post, label = pair_item(post_id="w1", text="a bank loan", text_pair="the river bank",
        ...     target="bank", lang="en", split="test", same=False, pos="N", entity_id="same-sense")
        >>> post.text_pair, label.relevant, label.tags
        ('the river bank', False, ('pos:N',))
    """
    post = Post(
        id=post_id,
        text=text,
        lang=lang,
        split=split,
        text_pair=text_pair,
        target=target,
    )
    label = Label(post_id=post_id, entity_id=entity_id, relevant=same, tags=(f"pos:{pos}",))
    return post, label


__all__ = [
    "SPLIT_PERCENT",
    "TWITTER_EPOCH_MS",
    "assign_split",
    "dev_or_test",
    "pair_item",
    "read_text",
    "text_lines",
    "tweet_time",
]
