"""Embeddings + logistic regression: learns toy tasks, binary and multi-class outputs."""

from __future__ import annotations

import numpy as np
import pytest

from listenbench.baselines import Model, ModelContext, ModelSpecError
from listenbench.baselines._training import labelled_pairs
from listenbench.baselines.embed import (
    EmbeddingLRModel,
    HashEncoder,
    best_f1_threshold,
    make_embed,
)
from listenbench.corpora import Entity, Label, Post, load_corpus, resolve_task

NOKIA = Entity("nokia", "Nokia", aliases=("Nokia phone",), category="phones")
SNCF = Entity("sncf", "SNCF", aliases=("TGV",), category="rail")

PHONE = [
    "my nokia phone battery lasts a week",
    "new nokia phone arrived today",
    "the phone screen cracked again",
    "nokia phone with a great camera",
    "charging my phone at night",
    "phone call dropped twice",
]
TRAIN = [
    "the TGV was late again",
    "sncf strike, no trains today",
    "train tickets to Lyon are expensive",
    "my TGV seat was comfortable",
    "the train station was crowded",
    "sncf train cancelled this morning",
]


def _relevance_records(with_dev: bool):
    posts, labels = [], []
    for k, (text, about) in enumerate([(t, "nokia") for t in PHONE] + [(t, "sncf") for t in TRAIN]):
        split = "dev" if with_dev and k % 3 == 2 else "train"
        pid = f"p{k}"
        posts.append(Post(pid, text, "en", split=split))
        labels.append(Label(pid, "nokia", about == "nokia"))
        labels.append(Label(pid, "sncf", about == "sncf"))
    return posts, labels


def _gold_grid(posts, labels, entities):
    gold = {(lab.post_id, lab.entity_id): lab.relevant for lab in labels}
    return np.array([[gold[(p.id, e.id)] for e in entities] for p in posts])


def test_learns_a_separable_relevance_task(build_corpus):
    posts, labels = _relevance_records(with_dev=False)
    corpus = build_corpus(posts, [NOKIA, SNCF], labels)
    task = resolve_task("relevance", labels)
    model = EmbeddingLRModel.fit(corpus, task, HashEncoder(), seed=3)
    assert isinstance(model, Model)
    assert (model.threshold, model.threshold_source) == (0.5, "default")
    pred = model.predict(posts, [NOKIA, SNCF])
    assert pred.shape == (12, 2) and pred.class_scores is None
    assert (pred.decisions == _gold_grid(posts, labels, [NOKIA, SNCF])).mean() == 1.0
    assert pred.scores.min() >= 0.0 and pred.scores.max() <= 1.0
    config = model.info.config
    assert config["n_train"] == "24" and config["seed"] == "3" and config["C"] == "1.0"
    assert config["threshold"] == "0.500000" and config["threshold_source"] == "default"
    assert config["features"] == "[p, e, p*e]" and config["post_encoder"] == "hash:trigram-256/v1"
    assert config["corpus_digest"] == "sha256:t" and model.info.family == "embed"


def test_binary_threshold_is_tuned_on_dev(build_corpus):
    posts, labels = _relevance_records(with_dev=True)
    corpus = build_corpus(posts, [NOKIA, SNCF], labels)
    task = resolve_task("relevance", labels)
    model = EmbeddingLRModel.fit(corpus, task, HashEncoder())
    assert model.threshold_source == "dev"
    dev = labelled_pairs(corpus, task, "dev")
    scores = [
        model.predict([p], [e]).scores[0, 0] for p, e in zip(dev.posts, dev.entities, strict=True)
    ]
    expected, _ = best_f1_threshold(scores, dev.targets(task) == 1)
    assert model.threshold == pytest.approx(expected)
    assert model.info.config["n_train"] == str(len(labelled_pairs(corpus, task, "train")))


def test_same_seed_same_scores(build_corpus):
    posts, labels = _relevance_records(with_dev=False)
    corpus = build_corpus(posts, [NOKIA, SNCF], labels)
    task = resolve_task("relevance", labels)
    a = EmbeddingLRModel.fit(corpus, task, HashEncoder(), seed=5).predict(posts, [SNCF])
    b = EmbeddingLRModel.fit(corpus, task, HashEncoder(), seed=5).predict(posts, [SNCF])
    np.testing.assert_array_equal(a.scores, b.scores)


def test_multi_class_scores_follow_task_classes_and_unseen_classes_score_zero(build_corpus):
    rows = [
        ("Nokia phone launch event", "direct", "train"),
        ("Nokia phone sales are up", "direct", "train"),
        ("Nokia phone reviews are in", "direct", "train"),
        ("my phone battery died", "about", "train"),
        ("phone screen is cracked", "about", "train"),
        ("new phone case arrived", "about", "train"),
        ("rain all day in Lyon", "none", "train"),
        ("sunny weather this weekend", "none", "train"),
        ("cold wind and rain today", "none", "train"),
        ("Samsung Galaxy is better", "competitor", "test"),  # only in test: unseen
    ]
    posts = [Post(f"p{k}", text, "en", split=split) for k, (text, _, split) in enumerate(rows)]
    labels = [
        Label(f"p{k}", "nokia", level != "none", level=level)
        for k, (_, level, _) in enumerate(rows)
    ]
    corpus = build_corpus(posts, [NOKIA], labels)
    task = resolve_task("level", labels)
    assert task.classes == ("direct", "about", "competitor", "none")
    model = EmbeddingLRModel.fit(corpus, task, HashEncoder())
    pred = model.predict(posts, [NOKIA, SNCF])
    assert pred.classes == task.classes
    assert pred.class_scores is not None and pred.class_scores.shape == (10, 2, 4)
    np.testing.assert_array_equal(pred.class_scores[:, :, 2], 0.0)  # 'competitor' unseen
    np.testing.assert_allclose(pred.class_scores.sum(axis=2), 1.0, atol=1e-9)
    predicted = [task.classes[c] for c in pred.predicted_classes()[:9, 0]]
    assert predicted == [level for _, level, _ in rows[:9]]  # train accuracy 1.0
    assert "threshold" not in model.info.config
    assert model.info.config["classes"] == "direct,about,competitor,none"


def test_pair_task_uses_both_texts_and_ignores_the_entity(build_corpus):
    same = ["the bank of the river", "a walk by the river bank", "fishing from the bank"]
    loans = ["a bank loan with interest", "the bank raised its rates", "open a bank account"]
    posts, labels = [], []
    for k, (a, b) in enumerate(
        [(s, s) for s in same] + [(x, x) for x in loans] + list(zip(same, loans, strict=True))
    ):
        posts.append(Post(f"w{k}", a, "en", split="train", text_pair=b, target="bank"))
        labels.append(Label(f"w{k}", "bank", a == b))
    task = resolve_task("pair", labels)
    bank = Entity("bank", "bank")
    model = EmbeddingLRModel.fit(build_corpus(posts, [bank], labels), task, HashEncoder())
    assert model.info.config["features"] == "[a, b, |a-b|, a*b]"
    pred = model.predict(posts, [bank, NOKIA])
    assert pred.decisions[:, 0].tolist() == [lab.relevant for lab in labels]
    np.testing.assert_array_equal(pred.scores[:, 0], pred.scores[:, 1])


def test_training_needs_two_classes(build_corpus):
    posts = [Post("p1", "nokia", "en", split="train"), Post("p2", "phone", "en", split="train")]
    labels = [Label("p1", "nokia", True), Label("p2", "nokia", True)]
    corpus = build_corpus(posts, [NOKIA], labels)
    with pytest.raises(ModelSpecError, match=r"at least two classes .* 2 labels of class 'yes'"):
        EmbeddingLRModel.fit(corpus, resolve_task("relevance", labels), HashEncoder())


def test_factory_needs_a_corpus_with_a_train_split(build_corpus):
    with pytest.raises(ModelSpecError, match="needs a corpus to train on"):
        make_embed("hash", ModelContext())
    corpus = build_corpus(
        [Post("p", "x", "en", split="test")], [NOKIA], [Label("p", "nokia", True)]
    )
    with pytest.raises(ModelSpecError, match="has no posts marked split=train"):
        make_embed("hash", ModelContext(corpus=corpus))


def test_factory_trains_on_demo_for_binary_and_multi_class():
    corpus = load_corpus("demo")
    binary = make_embed("hash", ModelContext(corpus=corpus, seed=7))
    assert binary.info.name == "embed:hash"
    assert binary.info.config["threshold_source"] == "dev"
    assert binary.info.config["seed"] == "7"
    level = resolve_task("level", corpus.labels)
    multi = make_embed("hash", ModelContext(corpus=corpus, task=level))
    pred = multi.predict(corpus.posts[:4], corpus.entities[:2])
    assert pred.class_scores is not None and pred.class_scores.shape == (4, 2, len(level.classes))
    assert pred.classes == level.classes


def test_empty_batches_give_empty_grids(build_corpus):
    posts, labels = _relevance_records(with_dev=False)
    corpus = build_corpus(posts, [NOKIA, SNCF], labels)
    model = EmbeddingLRModel.fit(corpus, resolve_task("relevance", labels), HashEncoder())
    assert model.predict([], [NOKIA]).shape == (0, 1)
    assert model.predict(posts[:2], []).shape == (2, 0)
