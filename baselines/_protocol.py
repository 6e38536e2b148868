"""The one protocol every listenbench model implements.

A model receives a batch of posts and the entity definitions and returns, per
(post, entity), a score in [0, 1] and a yes/no decision, and for multi-class
tasks (``level``, ``sentiment``) a score per class as well. Keyword rules,
embedding classifiers, fine-tuned models, MLflow models and vendors' systems
all sit behind this protocol, so the harness scores them the same way.

Example:
    >>> import numpy as np
    >>> p = Predictions(scores=np.array([[0.9, 0.1]]), decisions=np.array([[True, False]]))
    >>> p.shape
    (1, 2)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np
from numpy.typing import NDArray

from listenbench.corpora import Corpus, Entity, Post, Task


class ModelSpecError(ValueError):
    """A model spec (``keyword:queries.txt``) that cannot be turned into a model."""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What identifies a model's results: logged with every score.

    ``config`` holds everything that changes the model's output (query-set
    hash, thresholds, seeds, ...), as strings so it logs as MLflow params.
    """

    name: str
    family: str
    version: str
    config: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Predictions:
    """Scores and decisions for a batch: arrays of shape (n_posts, n_entities).

    For multi-class tasks a model also fills ``class_scores`` (shape
    (n_posts, n_entities, n_classes), values in [0, 1]) with the class names in
    ``classes``; the harness takes the arg-max class as the prediction. For
    binary tasks ``scores`` is the score of the positive class and
    ``decisions`` the yes/no call.

    Example:
        >>> cs = np.array([[[0.2, 0.7, 0.1]]])
        >>> p = Predictions.from_class_scores(cs, ("negative", "neutral", "positive"))
        >>> p.predicted_classes().tolist(), p.scores.tolist()
        ([[1]], [[0.7]])
    """

    scores: NDArray[np.float64]
    decisions: NDArray[np.bool_]
    class_scores: NDArray[np.float64] | None = None
    classes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.scores.shape != self.decisions.shape or self.scores.ndim != 2:
            raise ValueError(
                f"scores {self.scores.shape} and decisions {self.decisions.shape} "
                "must both have shape (n_posts, n_entities)"
            )
        _check_unit_interval("scores", self.scores)
        if self.class_scores is None:
            if self.classes:
                raise ValueError("classes given without class_scores")
            return
        expected = (*self.scores.shape, len(self.classes))
        if self.class_scores.shape != expected:
            raise ValueError(
                f"class_scores has shape {self.class_scores.shape}, expected {expected} "
                "(n_posts, n_entities, n_classes)"
            )
        if len(set(self.classes)) != len(self.classes) or not self.classes:
            raise ValueError(f"classes must be distinct and non-empty, got {self.classes!r}")
        _check_unit_interval("class_scores", self.class_scores)

    @property
    def shape(self) -> tuple[int, int]:
        return (int(self.scores.shape[0]), int(self.scores.shape[1]))

    @classmethod
    def from_class_scores(
        cls, class_scores: NDArray[np.float64], classes: Sequence[str]
    ) -> Predictions:
        """Predictions of a multi-class model: ``scores`` is the top class's score."""
        arr = np.asarray(class_scores, dtype=np.float64)
        if arr.ndim != 3:
            raise ValueError(f"class_scores must be 3-d, got shape {arr.shape}")
        top = arr.max(axis=2) if arr.shape[2] else np.zeros(arr.shape[:2])
        return cls(top, np.ones(arr.shape[:2], dtype=np.bool_), arr, tuple(classes))

    def predicted_classes(self) -> NDArray[np.int64]:
        """Index into ``classes`` of the arg-max class per (post, entity).

        Raises:
            ValueError: when the predictions carry no class scores.
        """
        if self.class_scores is None:
            raise ValueError("these predictions have no class scores")
        return np.asarray(self.class_scores.argmax(axis=2), dtype=np.int64)


def _check_unit_interval(name: str, values: NDArray[np.float64]) -> None:
    if values.size and (
        not np.all(np.isfinite(values)) or values.min() < 0.0 or values.max() > 1.0
    ):
        raise ValueError(f"{name} must be finite and within [0, 1]")


@runtime_checkable
class Model(Protocol):
    """A listening classifier.

    ``predict`` must be a pure function of its inputs (and the model's
    config): the harness may call it on a small warm-up batch first and
    then time the full call to report throughput.
    """

    @property
    def info(self) -> ModelInfo: ...

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions: ...


@dataclass(frozen=True, slots=True)
class ModelContext:
    """What a model factory may need besides its spec argument.

    ``queries_path`` is the query file shipped beside the corpus, if any;
    ``seed`` is the run's seed. ``task`` is the task being scored (None means
    binary relevance). ``corpus`` is the whole corpus (every split): trained
    models fit on its ``train`` split and tune on ``dev``, and must never look
    at ``test`` labels. A factory that cannot serve the task raises
    :class:`ModelSpecError` saying so.
    """

    corpus_path: str | None = None
    queries_path: str | None = None
    seed: int = 0
    task: Task | None = None
    corpus: Corpus | None = None
