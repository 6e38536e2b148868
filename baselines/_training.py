"""Training data for trained baselines: the labelled (post, entity) pairs of a split.

Every trained model (majority, TF-IDF, embeddings + logistic regression,
fine-tuned cross-encoders) reads its examples through :func:`labelled_pairs`, so
all of them see the same pairs, the same gold classes and never the test split.

Example:
    >>> from listenbench.corpora import load_corpus, resolve_task
    >>> corpus = load_corpus("demo")
    >>> task = resolve_task("relevance", corpus.labels)
    >>> train = labelled_pairs(corpus, task, "train")
    >>> len(train) > 100, set(train.classes) == {"no", "yes"}
    (True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from listenbench.baselines._protocol import ModelContext, ModelSpecError
from listenbench.corpora import Corpus, Entity, Post, Task, resolve_task

#: Splits a trained model may learn from or tune on.
TRAINING_SPLITS: tuple[str, ...] = ("train", "dev")


@dataclass(frozen=True, slots=True)
class LabelledPairs:
    """Parallel sequences: one post, its entity and the gold class name per pair."""

    posts: tuple[Post, ...]
    entities: tuple[Entity, ...]
    classes: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.classes)

    def targets(self, task: Task) -> NDArray[np.int64]:
        """Gold classes as indices into ``task.classes``."""
        return np.array([task.class_index(c) for c in self.classes], dtype=np.int64)


def labelled_pairs(corpus: Corpus, task: Task, split: str) -> LabelledPairs:
    """The pairs of ``split`` that have a gold class for ``task``.

    Raises:
        ModelSpecError: for ``split="test"`` (trained models never see test labels).
    """
    if split not in TRAINING_SPLITS:
        raise ModelSpecError(f"trained models use the train and dev splits only, not {split!r}")
    posts = corpus.post_index()
    entities = corpus.entity_index()
    out_posts: list[Post] = []
    out_entities: list[Entity] = []
    out_classes: list[str] = []
    for label in corpus.labels:
        post = corpus.posts[posts[label.post_id]]
        if post.split != split:
            continue
        gold = task.gold(label)
        if gold is None:
            continue
        out_posts.append(post)
        out_entities.append(corpus.entities[entities[label.entity_id]])
        out_classes.append(gold)
    return LabelledPairs(tuple(out_posts), tuple(out_entities), tuple(out_classes))


def training_setup(context: ModelContext, family: str) -> tuple[Corpus, Task]:
    """The corpus and task a trained model's factory fits on, or a clear error.

    Raises:
        ModelSpecError: when the run gave no corpus, or its train split is empty.
    """
    corpus = context.corpus
    if corpus is None:
        raise ModelSpecError(f"model family {family!r} is trained and needs a corpus to train on")
    task = context.task or resolve_task("relevance", corpus.labels)
    if not any(post.split == "train" for post in corpus.posts):
        raise ModelSpecError(
            f"model family {family!r} trains on the corpus's 'train' split, and corpus "
            f"{corpus.name!r} has no posts marked split=train"
        )
    return corpus, task


def pair_index(
    posts: Sequence[Post], entities: Sequence[Entity]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Row-major (post, entity) index arrays covering a predict call's full grid.

    Example:
        >>> from listenbench.corpora import Entity, Post
        >>> i, j = pair_index([Post("a", "x", "en"), Post("b", "y", "en")], [Entity("e", "E")])
        >>> i.tolist(), j.tolist()
        ([0, 1], [0, 0])
    """
    n, m = len(posts), len(entities)
    return np.repeat(np.arange(n, dtype=np.int64), m), np.tile(np.arange(m, dtype=np.int64), n)
