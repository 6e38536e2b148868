"""The one protocol every listenbench model implements.

A model receives a batch of posts and the entity definitions and returns, per
(post, entity), a score in [0, 1] and a yes/no decision. Keyword rules,
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

from listenbench.corpora import Entity, Post


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
    """Scores and decisions for a batch: arrays of shape (n_posts, n_entities)."""

    scores: NDArray[np.float64]
    decisions: NDArray[np.bool_]

    def __post_init__(self) -> None:
        if self.scores.shape != self.decisions.shape or self.scores.ndim != 2:
            raise ValueError(
                f"scores {self.scores.shape} and decisions {self.decisions.shape} "
                "must both have shape (n_posts, n_entities)"
            )
        if self.scores.size and (
            not np.all(np.isfinite(self.scores))
            or self.scores.min() < 0.0
            or self.scores.max() > 1.0
        ):
            raise ValueError("scores must be finite and within [0, 1]")

    @property
    def shape(self) -> tuple[int, int]:
        return (int(self.scores.shape[0]), int(self.scores.shape[1]))


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
    ``seed`` is the run's seed.
    """

    corpus_path: str | None = None
    queries_path: str | None = None
    seed: int = 0
