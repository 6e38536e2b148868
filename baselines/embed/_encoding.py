"""Encoding posts and entities through (cached) encoders, shared by the embedding models."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines._protocol import ModelSpecError
from listenbench.baselines.embed._cache import CachedEncoder
from listenbench.baselines.embed._encoders import (
    DEFAULT_ENCODER,
    Encoder,
    HashEncoder,
    encoder_names,
    load_encoder,
)
from listenbench.baselines.embed._views import entity_views, pair_view, post_views
from listenbench.corpora import Entity, Post, Task


def cached_encoder(name: str, cache_dir: str | Path | None = None) -> Encoder:
    """``load_encoder(name)`` behind an on-disk :class:`CachedEncoder`.

    The ``hash`` encoder is cheaper to recompute than to cache and is
    returned as is.

    Example:
        >>> cached_encoder("hash").id
        'hash:trigram-256/v1'
    """
    encoder = load_encoder(name)
    if isinstance(encoder, HashEncoder):
        return encoder
    return CachedEncoder(encoder, cache_dir)


def encoder_sides(
    name: str, *, asymmetric: bool, cache_dir: str | Path | None = None
) -> tuple[Encoder, Encoder]:
    """Cached (post-side, entity-side) encoders for an encoder name (one object when alike).

    Example:
        >>> post, entity = encoder_sides("hash", asymmetric=True)
        >>> post is entity
        True
    """
    post_name, entity_name = encoder_names(name or DEFAULT_ENCODER, asymmetric=asymmetric)
    post = cached_encoder(post_name, cache_dir)
    entity = post if entity_name == post_name else cached_encoder(entity_name, cache_dir)
    return post, entity


def check_binary(task: Task | None, family: str) -> None:
    """Raise :class:`ModelSpecError` for a multi-class task (only ``embed`` serves those)."""
    if task is not None and not task.binary:
        raise ModelSpecError(
            f"model family {family!r} scores binary tasks (relevance, pair) only, and task "
            f"{task.name!r} is multi-class ({', '.join(task.classes)}): use the 'embed' "
            "family (embeddings + logistic regression) for it"
        )


def encode_unique(encoder: Encoder, texts: Sequence[str]) -> NDArray[np.float32]:
    """Vectors for ``texts``, encoding each distinct text once."""
    unique = list(dict.fromkeys(texts))
    if not unique:
        return np.zeros((0, encoder.dim), dtype=np.float32)
    vectors = encoder.encode(unique)
    index = {text: i for i, text in enumerate(unique)}
    return np.asarray(vectors[[index[t] for t in texts]], dtype=np.float32)


def encode_posts(encoder: Encoder, posts: Sequence[Post]) -> NDArray[np.float32]:
    """(n, dim) vectors of the posts' texts."""
    return encode_unique(encoder, post_views(posts))


def encode_pairs(
    encoder: Encoder, posts: Sequence[Post]
) -> tuple[NDArray[np.float32], NDArray[np.float32]]:
    """Vectors of the posts' ``text`` and ``text_pair`` (one encoder call for both)."""
    views = [pair_view(p) for p in posts]
    vectors = encode_unique(encoder, [a for a, _ in views] + [b for _, b in views])
    return vectors[: len(views)], vectors[len(views) :]


def encode_entities(encoder: Encoder, entities: Sequence[Entity]) -> NDArray[np.float32]:
    """(m, dim) vectors of the entities' views."""
    return encode_unique(encoder, entity_views(entities))
