"""Embeddings + logistic regression: a classifier trained on the corpus's train split.

Features of a (post, entity) pair, from the unit-length embeddings ``p`` of the
post and ``e`` of the entity view: ``[p, e, p * e]``. ``p`` says what the post
is about, ``e`` which entity is asked about (a per-entity bias), and the
element-wise product lets a linear model weight the dimensions in which post and
entity agree (a learned, weighted cosine). For the ``pair`` task the two texts
``a`` and ``b`` of an item give ``[a, b, |a - b|, a * b]`` (the classic
sentence-pair features) and the entity is not used.

The classifier is scikit-learn's ``StandardScaler`` followed by
``LogisticRegression`` (L2, lbfgs, C=1, ``class_weight="balanced"``,
``random_state`` = the run's seed), fitted on the labelled pairs of ``train``.
Standardising matters: the entries of unit-length 512-d vectors (and more so
their products) are tiny next to the L2 penalty, and on the demo corpus's dev
split scaling lifted F1 from 0.67 to 0.80 (USE) and from 0.69 to 0.78 (e5).
Binary tasks call a pair relevant when P(yes) reaches a threshold that
maximises F1 on ``dev`` (0.5 without a dev split holding both classes: with
balanced class weights 0.5 is the natural cut); multi-class tasks return a
probability per class of ``task.classes`` (0 for classes that never occur in
train).

Example:
    >>> from listenbench.baselines.embed import HashEncoder
    >>> from listenbench.corpora import Entity, Post, resolve_task
    >>> task = resolve_task("relevance", [])
    >>> posts = [Post(str(i), t, "en") for i, t in enumerate(
    ...     ["new phone from Nokia", "Nokia phone broke", "nice sunny day", "rainy day today"])]
    >>> nokia = Entity("nokia", "Nokia")
    >>> model = EmbeddingLRModel.train(posts, [nokia] * 4, ["yes", "yes", "no", "no"],
    ...                                task, HashEncoder(), C=10.0)
    >>> model.predict(posts, [nokia]).decisions[:, 0].tolist()
    [True, True, False, False]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines._protocol import ModelContext, ModelInfo, ModelSpecError, Predictions
from listenbench.baselines._training import labelled_pairs, pair_index, training_setup
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.embed._cache import encoder_cache_counters
from listenbench.baselines.embed._encoders import DEFAULT_ENCODER, Encoder
from listenbench.baselines.embed._encoding import (
    encode_entities,
    encode_pairs,
    encode_posts,
    encoder_sides,
)
from listenbench.baselines.embed._threshold import best_f1_threshold
from listenbench.baselines.embed._views import ENTITY_VIEW_VERSION
from listenbench.corpora import Corpus, Entity, Post, Task

#: Decision threshold on P(yes) when no dev split can tune one.
DEFAULT_LR_THRESHOLD = 0.5
#: Inverse L2 regularisation strength of the logistic regression.
DEFAULT_C = 1.0


def _sklearn_version() -> str:
    from importlib.metadata import version

    return version("scikit-learn")


def relevance_features(
    posts: NDArray[np.float32], entities: NDArray[np.float32]
) -> NDArray[np.float32]:
    """``[p, e, p * e]`` per row of aligned post and entity vectors.

    Example:
        >>> relevance_features(np.array([[1.0, 0.0]]), np.array([[0.5, 0.5]])).tolist()
        [[1.0, 0.0, 0.5, 0.5, 0.5, 0.0]]
    """
    p = np.asarray(posts, dtype=np.float32)
    e = np.asarray(entities, dtype=np.float32)
    return np.concatenate([p, e, p * e], axis=1)


def text_pair_features(a: NDArray[np.float32], b: NDArray[np.float32]) -> NDArray[np.float32]:
    """``[a, b, |a - b|, a * b]`` per row of aligned vectors of the two texts.

    Example:
        >>> text_pair_features(np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])).tolist()
        [[1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0]]
    """
    a = np.asarray(a, dtype=np.float32)
    b = np.asarray(b, dtype=np.float32)
    return np.concatenate([a, b, np.abs(a - b), a * b], axis=1)


class EmbeddingLRModel:
    """Logistic regression on embedding features (see the module docstring).

    Build it with :meth:`train` (from labelled pairs) or :meth:`fit` (from a
    corpus: train split, threshold on dev).
    """

    family = "embed"

    def __init__(
        self,
        post_encoder: Encoder,
        entity_encoder: Encoder,
        task: Task,
        classifier: Any,
        *,
        threshold: float = DEFAULT_LR_THRESHOLD,
        threshold_source: str = "default",
        C: float = DEFAULT_C,
        seed: int = 0,
        n_train: int = 0,
        corpus_digest: str = "",
        name: str = "embed",
    ) -> None:
        self.post_encoder = post_encoder
        self.entity_encoder = entity_encoder
        self.task = task
        self.classifier = classifier
        self.threshold = threshold
        self.threshold_source = threshold_source
        self.C = C
        self.seed = seed
        self.n_train = n_train
        self.corpus_digest = corpus_digest
        self.name = name
        # Columns of predict_proba → positions in task.classes.
        self._columns = np.asarray(getattr(classifier, "classes_", ()), dtype=np.int64)

    # ---- building ---------------------------------------------------------------------

    @classmethod
    def train(
        cls,
        posts: Sequence[Post],
        entities: Sequence[Entity],
        classes: Sequence[str],
        task: Task,
        post_encoder: Encoder,
        entity_encoder: Encoder | None = None,
        *,
        C: float = DEFAULT_C,
        seed: int = 0,
        name: str = "embed",
    ) -> EmbeddingLRModel:
        """Fit on aligned (post, entity, gold class) triples; threshold 0.5 for binary tasks.

        Raises:
            ModelSpecError: when the training pairs hold fewer than two classes.
        """
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        present = sorted(set(classes))
        if len(present) < 2:
            found = present[0] if present else "none"
            raise ModelSpecError(
                f"model family 'embed' needs at least two classes to train on, and the "
                f"training pairs hold {len(classes)} labels of class {found!r}"
            )
        y = np.array([task.class_index(c) for c in classes], dtype=np.int64)
        classifier = make_pipeline(
            StandardScaler(),
            LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed),
        )
        model = cls(
            post_encoder,
            entity_encoder or post_encoder,
            task,
            classifier,
            C=C,
            seed=seed,
            n_train=len(classes),
            name=name,
        )
        classifier.fit(model._features(posts, entities), y)
        model._columns = np.asarray(classifier.classes_, dtype=np.int64)
        return model

    @classmethod
    def fit(
        cls,
        corpus: Corpus,
        task: Task,
        post_encoder: Encoder,
        entity_encoder: Encoder | None = None,
        *,
        C: float = DEFAULT_C,
        seed: int = 0,
        name: str = "embed",
    ) -> EmbeddingLRModel:
        """Train on the corpus's ``train`` pairs; for binary tasks tune the threshold on ``dev``."""
        train = labelled_pairs(corpus, task, "train")
        if len(train) == 0:
            raise ModelSpecError(
                f"model family 'embed' found no labelled pairs for task {task.name!r} in the "
                f"'train' split of corpus {corpus.name!r}"
            )
        model = cls.train(
            train.posts,
            train.entities,
            train.classes,
            task,
            post_encoder,
            entity_encoder,
            C=C,
            seed=seed,
            name=name,
        )
        model.corpus_digest = corpus.digest
        if task.binary:
            dev = labelled_pairs(corpus, task, "dev")
            positives = dev.targets(task) == 1
            if len(dev) and positives.any() and not positives.all():
                proba = model._proba(model._features(dev.posts, dev.entities))
                model.threshold, _ = best_f1_threshold(proba[:, 1], positives)
                model.threshold_source = "dev"
        return model

    # ---- predicting -------------------------------------------------------------------

    def _features(self, posts: Sequence[Post], entities: Sequence[Entity]) -> NDArray[np.float32]:
        """Features of aligned (posts[k], entities[k]) pairs."""
        if self.task.pair:
            a, b = encode_pairs(self.post_encoder, posts)
            return text_pair_features(a, b)
        return relevance_features(
            encode_posts(self.post_encoder, posts), encode_entities(self.entity_encoder, entities)
        )

    def _proba(self, features: NDArray[np.float32]) -> NDArray[np.float64]:
        """Probabilities per class of ``task.classes`` (0 for classes unseen in training)."""
        out = np.zeros((features.shape[0], len(self.task.classes)), dtype=np.float64)
        if features.shape[0]:
            out[:, self._columns] = self.classifier.predict_proba(features)
        return np.clip(out, 0.0, 1.0)

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Class probabilities of every (post, entity); decisions at the threshold."""
        n, m = len(posts), len(entities)
        i, j = pair_index(posts, entities)
        if self.task.pair:
            a, b = encode_pairs(self.post_encoder, posts)
            features = text_pair_features(a[i], b[i])
        else:
            p = encode_posts(self.post_encoder, posts)
            e = encode_entities(self.entity_encoder, entities)
            features = relevance_features(p[i], e[j])
        proba = self._proba(features).reshape(n, m, len(self.task.classes))
        if not self.task.binary:
            return Predictions.from_class_scores(proba, self.task.classes)
        scores = proba[:, :, 1]
        return Predictions(scores=scores, decisions=scores >= self.threshold)

    @property
    def info(self) -> ModelInfo:
        config = {
            "post_encoder": self.post_encoder.id,
            "entity_encoder": self.entity_encoder.id,
            "entity_view": ENTITY_VIEW_VERSION,
            "features": "[a, b, |a-b|, a*b]" if self.task.pair else "[p, e, p*e]",
            "classifier": "StandardScaler + LogisticRegression(l2, lbfgs, class_weight=balanced)",
            "sklearn": _sklearn_version(),
            "C": repr(self.C),
            "seed": str(self.seed),
            "task": self.task.name,
            "classes": ",".join(self.task.classes),
            "n_train": str(self.n_train),
            "corpus_digest": self.corpus_digest,
        }
        if self.task.binary:
            config["threshold"] = f"{self.threshold:.6f}"
            config["threshold_source"] = self.threshold_source
        return ModelInfo(
            name=self.name, family=self.family, version=listenbench_version(), config=config
        )

    def cache_counters(self) -> tuple[int, int]:
        """Texts served from the embedding cache and texts encoded, so far (hits, misses)."""
        return encoder_cache_counters(self.post_encoder, self.entity_encoder)


def make_embed(arg: str, context: ModelContext) -> EmbeddingLRModel:
    """Registry factory for ``embed[:ENCODER]`` (default encoder ``use``): train on the corpus.

    Raises:
        ModelSpecError: without a corpus or train split, for an unknown or
            missing encoder, or when train holds a single class.

    Example:
        >>> try:
        ...     make_embed("hash", ModelContext())
        ... except ModelSpecError as err:
        ...     print(err)
        model family 'embed' is trained and needs a corpus to train on
    """
    corpus, task = training_setup(context, EmbeddingLRModel.family)
    name = arg.strip() or DEFAULT_ENCODER
    post_encoder, entity_encoder = encoder_sides(name, asymmetric=False)
    return EmbeddingLRModel.fit(
        corpus,
        task,
        post_encoder,
        entity_encoder,
        seed=context.seed,
        name=f"embed:{name}",
    )
