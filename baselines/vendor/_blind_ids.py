"""Opaque post ids for blind exports, derivable by the scorer and by nobody else.

A blind export must not tell the vendor anything about the labels. Corpus
post ids can: the demo corpus numbers its posts in the order they were
written, entity by entity and minimal pair by minimal pair (``p0001`` is the
relevant half of a pair, ``p0002`` the irrelevant one). So an export renames
every post to ``b`` + 20 hex digits of an HMAC-SHA256 of its corpus id, keyed
by the SHA-256 of the corpus's whole posts file (every split, with the
authors, timestamps and split marks that the export leaves out), and lists
the posts in the order of those ids.

The key depends on the posts only, never on the labels: relabelling a corpus
keeps its export byte for byte. The scorer has the corpus and recomputes the
key; the vendor has only the exported fields of one split and cannot. (For a
public corpus the vendor could rebuild the key from the published files, but
then the labels are public too.)

Example:
    >>> hmac_id(b"k" * 32, "p0001")
    'b8f926710baf507d2c521'
"""

from __future__ import annotations

import hashlib
import hmac

from listenbench.baselines.vendor._errors import VendorError
from listenbench.corpora import Corpus

#: Version tag mixed into the key: change it to change every blind id.
KEY_TAG = "listenbench-blind/1"


def hmac_id(key: bytes, post_id: str) -> str:
    """The blind id of one post under ``key``."""
    return "b" + hmac.new(key, post_id.encode("utf-8"), hashlib.sha256).hexdigest()[:20]


def blind_key(corpus: Corpus) -> bytes:
    """The HMAC key of a corpus: a hash of its posts file(s) only (never the labels).

    Example:
        >>> from listenbench.corpora import load_corpus
        >>> len(blind_key(load_corpus("demo")))
        32
    """
    entries = sorted((f.path, f.sha256) for f in corpus.manifest.files if f.kind == "posts")
    if entries:
        material = "".join(f"{path}\t{sha}\n" for path, sha in entries)
    else:  # pragma: no cover - the loader requires a posts file
        material = "".join(repr(post) + "\n" for post in corpus.posts)
    return hashlib.sha256(f"{KEY_TAG}\n{material}".encode()).digest()


def blind_post_ids(corpus: Corpus) -> dict[str, str]:
    """Corpus post id → blind id, for every post of the corpus (all splits).

    Raises:
        VendorError: if two posts get the same blind id (80 bits: never in practice).

    Example:
        >>> from listenbench.corpora import load_corpus
        >>> ids = blind_post_ids(load_corpus("demo"))
        >>> len(ids), ids["p0001"][:1], len(ids["p0001"])
        (508, 'b', 21)
    """
    key = blind_key(corpus)
    ids = {post.id: hmac_id(key, post.id) for post in corpus.posts}
    if len(set(ids.values())) != len(ids):  # pragma: no cover - 2**-80
        raise VendorError(f"corpus {corpus.name!r}: two posts share a blind id; report this")
    return ids
