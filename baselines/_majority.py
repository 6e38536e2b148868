"""The majority-class baseline: the floor for any task, binary or multi-class.

It predicts, for every pair, the class most frequent in the corpus's train
split (per entity when the entity has training pairs, else over all of
them), with the class shares as scores. Any model that learns anything must
beat it; on a balanced binary task it scores F1 0 or the positive share.

Example:
    >>> from listenbench.corpora import load_corpus, resolve_task
    >>> corpus = load_corpus("demo")
    >>> task = resolve_task("level", corpus.labels)
    >>> model = MajorityModel.fit(corpus, task)
    >>> p = model.predict(corpus.posts[:2], corpus.entities[:1])
    >>> p.class_scores.shape == (2, 1, len(task.classes))
    True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from listenbench.baselines._protocol import ModelContext, ModelInfo, ModelSpecError, Predictions
from listenbench.baselines._training import labelled_pairs, training_setup
from listenbench.baselines._version import listenbench_version
from listenbench.corpora import Corpus, Entity, Post, Task


class MajorityModel:
    """Predicts the most frequent training class (per entity where it can)."""

    def __init__(
        self,
        task: Task,
        overall: dict[str, float],
        per_entity: dict[str, dict[str, float]],
        info: ModelInfo,
    ) -> None:
        self._task = task
        self._overall = overall
        self._per_entity = per_entity
        self._info = info

    @classmethod
    def fit(cls, corpus: Corpus, task: Task) -> MajorityModel:
        """Class shares of the train split, overall and per entity."""
        train = labelled_pairs(corpus, task, "train")
        if not len(train):
            raise ModelSpecError(
                f"majority: corpus {corpus.name!r} has no train pairs labelled for task "
                f"{task.name!r}"
            )
        overall = _shares(Counter(train.classes), task)
        by_entity: dict[str, Counter[str]] = {}
        for entity, gold in zip(train.entities, train.classes, strict=True):
            by_entity.setdefault(entity.id, Counter())[gold] += 1
        per_entity = {e: _shares(c, task) for e, c in by_entity.items()}
        info = ModelInfo(
            name="majority",
            family="majority",
            version=listenbench_version(),
            config={
                "task": task.name,
                "train_corpus": corpus.name,
                "train_corpus_digest": corpus.digest,
                "n_train": str(len(train)),
            },
        )
        return cls(task, overall, per_entity, info)

    @classmethod
    def from_spec(cls, arg: str, context: ModelContext) -> MajorityModel:
        """``majority`` takes no argument; it trains on the run's corpus."""
        if arg:
            raise ModelSpecError(f"the majority model takes no argument, got {arg!r}")
        corpus, task = training_setup(context, "majority")
        return cls.fit(corpus, task)

    @property
    def info(self) -> ModelInfo:
        return self._info

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        classes = self._task.classes
        table = np.array(
            [
                [self._per_entity.get(e.id, self._overall).get(c, 0.0) for c in classes]
                for e in entities
            ],
            dtype=np.float64,
        ).reshape(len(entities), len(classes))
        class_scores = np.broadcast_to(table, (len(posts), *table.shape)).copy()
        if not self._task.binary:
            return Predictions.from_class_scores(class_scores, classes)
        yes = class_scores[:, :, 1]
        return Predictions(yes, yes > 0.5, class_scores, classes)


def _shares(counts: Counter[str], task: Task) -> dict[str, float]:
    total = sum(counts.values())
    return {c: counts.get(c, 0) / total for c in task.classes}
