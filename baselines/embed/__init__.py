"""The embedding model family: sentence encoders, an embedding cache, and two models.

- ``zeroshot[:ENCODER]`` — :class:`ZeroShotModel`: cosine of post and entity
  description, threshold tuned for F1 on dev (binary tasks only).
- ``embed[:ENCODER]`` — :class:`EmbeddingLRModel`: logistic regression on
  embedding features, trained on train (binary and multi-class tasks).

Encoders (``use`` by default, ``e5``, ``minilm``, ``st:PATH``, ``hash``) are named
in :func:`load_encoder`; models wrap them in a :class:`CachedEncoder` that keeps
every vector on disk under ``$LISTENBENCH_CACHE_DIR/embeddings/``. The encoder
packages are imported only when a model first encodes.

Example:
    >>> from listenbench.baselines.embed import load_encoder, entity_view
    >>> from listenbench.corpora import Entity
    >>> load_encoder("hash").encode([entity_view(Entity("sncf", "SNCF"))]).shape
    (1, 256)
"""

from __future__ import annotations

from listenbench.baselines.embed._cache import (
    CACHE_DIR_ENV,
    CachedEncoder,
    default_cache_dir,
    text_digest,
)
from listenbench.baselines.embed._encoders import (
    DEFAULT_ENCODER,
    ENCODERS,
    EXTRA_EMBED,
    EXTRA_FINETUNE,
    E5Encoder,
    Encoder,
    EncoderError,
    HashEncoder,
    SentenceTransformerEncoder,
    USEEncoder,
    encoder_names,
    known_encoders,
    load_encoder,
    normalize_rows,
    safe_encoder_id,
)
from listenbench.baselines.embed._encoding import cached_encoder, encoder_sides
from listenbench.baselines.embed._logreg import (
    DEFAULT_C,
    DEFAULT_LR_THRESHOLD,
    EmbeddingLRModel,
    make_embed,
    relevance_features,
    text_pair_features,
)
from listenbench.baselines.embed._threshold import best_f1_threshold
from listenbench.baselines.embed._views import (
    ENTITY_VIEW_VERSION,
    entity_view,
    pair_view,
    post_view,
    strip_exclusions,
)
from listenbench.baselines.embed._zeroshot import (
    DEFAULT_COSINE_THRESHOLDS,
    FALLBACK_COSINE_THRESHOLD,
    ZeroShotModel,
    cosine_to_score,
    default_cosine_threshold,
    make_zeroshot,
)

__all__ = [
    "CACHE_DIR_ENV",
    "DEFAULT_C",
    "DEFAULT_COSINE_THRESHOLDS",
    "DEFAULT_ENCODER",
    "DEFAULT_LR_THRESHOLD",
    "ENCODERS",
    "ENTITY_VIEW_VERSION",
    "EXTRA_EMBED",
    "EXTRA_FINETUNE",
    "FALLBACK_COSINE_THRESHOLD",
    "CachedEncoder",
    "E5Encoder",
    "EmbeddingLRModel",
    "Encoder",
    "EncoderError",
    "HashEncoder",
    "SentenceTransformerEncoder",
    "USEEncoder",
    "ZeroShotModel",
    "best_f1_threshold",
    "cached_encoder",
    "cosine_to_score",
    "default_cache_dir",
    "default_cosine_threshold",
    "encoder_names",
    "encoder_sides",
    "entity_view",
    "known_encoders",
    "load_encoder",
    "make_embed",
    "make_zeroshot",
    "normalize_rows",
    "pair_view",
    "post_view",
    "relevance_features",
    "safe_encoder_id",
    "strip_exclusions",
    "text_digest",
    "text_pair_features",
]
