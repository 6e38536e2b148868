"""Blind evaluation of vendors' systems: export a split without labels, score the answer.

1. :func:`export_blind` writes the posts of a split and the entity
   definitions — nothing label-bearing — with a manifest and a README that
   tells the vendor the predictions format.
2. The vendor returns a predictions file (JSON Lines: a header, then one
   line per (post, entity) pair).
3. :func:`score_blind` checks the file against the corpus and scores it with
   the harness metrics, like any model (``predictions:PATH``).

Example:
    >>> import tempfile
    >>> from listenbench.harness.blind import export_blind, read_blind_manifest
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     counts = read_blind_manifest(export_blind("demo", tmp + "/e"))["counts"]
    >>> counts["predictions"] == counts["posts"] * counts["entities"]
    True
"""

from __future__ import annotations

from listenbench.harness.blind._export import (
    BLIND_FORMAT,
    EXPORT_FILES,
    EXPORT_SPLITS,
    MANIFEST_NAME,
    BlindError,
    export_blind,
    read_blind_manifest,
    resolve_export_split,
)
from listenbench.harness.blind._score import BlindScore, score_blind

__all__ = [
    "BLIND_FORMAT",
    "EXPORT_FILES",
    "EXPORT_SPLITS",
    "MANIFEST_NAME",
    "BlindError",
    "BlindScore",
    "export_blind",
    "read_blind_manifest",
    "resolve_export_split",
    "score_blind",
]
