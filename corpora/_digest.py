"""File checksums and the corpus digest.

The corpus digest names a corpus's content in one string: ``"sha256:"`` and
the hex SHA-256 of the lines ``f"{kind}\\t{sha256}\\n"`` for the posts,
entities and labels files, in that order (each ``sha256`` being the hex
SHA-256 of the file's bytes). Query files are not part of it.

Example:
    >>> shas = {"posts": "a" * 64, "entities": "b" * 64, "labels": "c" * 64}
    >>> corpus_digest(shas)[:19]
    'sha256:218c1af6f350'
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

from listenbench.corpora._schema import DATA_KINDS


def sha256_bytes(data: bytes) -> str:
    """The hex SHA-256 of some bytes.

    Example:
        >>> sha256_bytes(b"")[:16]
        'e3b0c44298fc1c14'
    """
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: str | Path) -> str:
    """The hex SHA-256 of a file's bytes.

    Example:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     p = pathlib.Path(tmp, "x.txt"); _ = p.write_bytes(b"")
        ...     file_sha256(p)[:16]
        'e3b0c44298fc1c14'
    """
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def corpus_digest(file_sha256s: Mapping[str, str]) -> str:
    """The corpus digest from the hex SHA-256 of each data file, keyed by kind.

    ``file_sha256s`` must have the keys ``posts``, ``entities`` and
    ``labels``; other keys (``queries``) are ignored.

    Example:
        >>> corpus_digest({"posts": "0" * 64, "entities": "0" * 64, "labels": "0" * 64})[:7]
        'sha256:'
    """
    missing = [kind for kind in DATA_KINDS if kind not in file_sha256s]
    if missing:
        raise KeyError(f"corpus_digest needs the sha256 of the {', '.join(missing)} file(s)")
    text = "".join(f"{kind}\t{file_sha256s[kind]}\n" for kind in DATA_KINDS)
    return "sha256:" + sha256_bytes(text.encode("utf-8"))
