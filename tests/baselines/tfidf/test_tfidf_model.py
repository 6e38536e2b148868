"""TfidfModel: learns a toy corpus, multi-class and pair tasks, spec parsing, determinism."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from listenbench.baselines import ModelContext, ModelSpecError
from listenbench.baselines.tfidf import (
    CharTfidf,
    TfidfModel,
    TfidfParams,
    best_f1_threshold,
    make_tfidf,
    mention_matrix,
    parse_params,
)
from listenbench.corpora import Entity, Post, load_corpus, resolve_task
from support import make_corpus

ENTITIES = [
    {"id": "apple", "name": "Apple", "aliases": ["iPhone", "MacBook"]},
    {"id": "orange", "name": "Orange", "aliases": ["Orange"]},
]
# (text, entity, relevant, level, split): technology senses are relevant, fruit/colour not.
ROWS = [
    ("my iphone screen cracked again, apple support please help", "apple", True, "about", "train"),
    ("apple released a new macbook with a faster chip", "apple", True, "about", "train"),
    ("the apple store replaced my iphone battery", "apple", True, "about", "train"),
    ("apple watch and iphone sync problems after the update", "apple", True, "about", "train"),
    ("baked an apple pie with cinnamon and sugar", "apple", False, "none", "train"),
    ("fresh apple juice from the orchard, sweet fruit", "apple", False, "none", "train"),
    ("apple and pear salad recipe with fruit", "apple", False, "none", "train"),
    ("an apple a day keeps the doctor away, fruit is healthy", "apple", False, "none", "train"),
    ("orange mobile network is down, no signal on my phone", "orange", True, "about", "train"),
    ("my orange internet bill went up again, support useless", "orange", True, "about", "train"),
    ("orange telecom customer service kept me waiting", "orange", True, "about", "train"),
    ("switched to the orange 5g phone plan with unlimited data", "orange", True, "about", "train"),
    ("orange juice and fresh fruit for breakfast", "orange", False, "none", "train"),
    ("the sunset sky was orange and pink", "orange", False, "none", "train"),
    ("peel an orange and eat the sweet fruit", "orange", False, "none", "train"),
    ("a bright orange fruit salad recipe", "orange", False, "none", "train"),
    ("apple support fixed my iphone update", "apple", True, "about", "dev"),
    ("apple crumble recipe, sweet fruit", "apple", False, "none", "dev"),
    ("orange phone signal problems with my data plan", "orange", True, "about", "dev"),
    ("orange fruit juice recipe", "orange", False, "none", "dev"),
    ("apple support says my iphone battery needs a new update", "apple", True, "about", "test"),
    ("grandma's apple pie recipe with sweet fruit", "apple", False, "none", "test"),
    ("orange network signal lost on my phone again", "orange", True, "about", "test"),
    ("fresh orange fruit juice for breakfast", "orange", False, "competitor", "test"),
]


def toy_corpus(root: Path, task: str | None = None) -> Any:
    posts = [
        {"id": f"p{i}", "text": text, "lang": "en", "split": split}
        for i, (text, _, _, _, split) in enumerate(ROWS)
    ]
    labels = [
        {"post_id": f"p{i}", "entity_id": ent, "relevant": rel, "level": level}
        for i, (_, ent, rel, level, _) in enumerate(ROWS)
    ]
    return load_corpus(
        str(make_corpus(root / "toy", posts, ENTITIES, labels, name="toy", task=task))
    )


def test_char_tfidf_matches_sklearn_vectorizer() -> None:
    texts = ["apple pie", "Apple iPhone 15", "苹果手机 好用"]
    ours = CharTfidf.fit(texts, (2, 4))
    ref = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True).fit(texts)
    new = ["apple phone", "手机", "zzz"]
    expected = ref.transform(new).toarray()
    got = ours.transform(new).toarray()
    assert got.shape == expected.shape == (3, len(ref.vocabulary_))
    np.testing.assert_allclose(got[:, [ref.vocabulary_[t] for t in ours.terms]], expected)
    assert got[2].sum() == 0.0  # no known n-gram


def test_mention_matrix_follows_alias_rule() -> None:
    posts = [Post("1", "my iPhone died", "en"), Post("2", "apple pie", "en"), Post("3", "x", "en")]
    ents = [Entity("apple", "Apple", ("iPhone",)), Entity("orange", "Orange")]
    assert mention_matrix(posts, ents).tolist() == [[1.0, 0.0], [1.0, 0.0], [0.0, 0.0]]


def test_learns_toy_relevance(tmp_path: Path) -> None:
    corpus = toy_corpus(tmp_path)
    task = resolve_task("relevance", corpus.labels)
    model = TfidfModel.fit(corpus, task, seed=1)
    test = [p for p in corpus.posts if p.split == "test"]
    ents = corpus.entities  # apple, orange
    pred = model.predict(test, ents)
    assert pred.shape == (4, 2)
    # Each test post against its own entity: tech senses yes, fruit senses no.
    own = [pred.decisions[0, 0], pred.decisions[1, 0], pred.decisions[2, 1], pred.decisions[3, 1]]
    assert own == [True, False, True, False]
    assert np.all((pred.scores >= 0) & (pred.scores <= 1))
    # The mention flag ties the score to the entity: "apple pie" mentions no Orange.
    assert pred.scores[1, 1] != pred.scores[1, 0]
    cfg = model.info.config
    assert model.info.family == "tfidf" and model.info.name == "tfidf"
    assert cfg["train_corpus"] == "toy" and cfg["train_corpus_digest"] == corpus.digest
    assert cfg["n_train"] == "16" and cfg["seed"] == "1" and cfg["threshold"] == "0.5"
    assert cfg["ngram"] == "2-5" and cfg["C"] == "4" and cfg["threshold_source"] == "fixed"


def test_fit_is_deterministic(tmp_path: Path) -> None:
    corpus = toy_corpus(tmp_path)
    task = resolve_task("relevance", corpus.labels)
    a = TfidfModel.fit(corpus, task, seed=3)
    b = TfidfModel.fit(corpus, task, seed=3)
    np.testing.assert_array_equal(a.coef, b.coef)
    assert a.tfidf.terms == b.tfidf.terms


def test_multiclass_level(tmp_path: Path) -> None:
    corpus = toy_corpus(tmp_path)
    task = resolve_task("level", corpus.labels)
    assert task.classes == ("about", "competitor", "none")  # competitor only in test
    model = TfidfModel.fit(corpus, task)
    test = [p for p in corpus.posts if p.split == "test"]
    pred = model.predict(test, corpus.entities[:1])
    assert pred.classes == task.classes
    assert pred.class_scores is not None and pred.class_scores.shape == (4, 1, 3)
    np.testing.assert_allclose(pred.class_scores.sum(axis=2), 1.0)
    assert np.all(pred.class_scores[:, :, 1] == 0.0)  # never seen in train
    assert [task.classes[k] for k in pred.predicted_classes()[:2, 0]] == ["about", "none"]
    assert model.info.config["solver"] == "lbfgs"
    assert model.info.config["threshold_source"] == "arg-max class"


def test_pair_task_uses_both_texts(tmp_path: Path) -> None:
    words = ["bank", "bark", "bat", "cell", "crane", "match", "pitch", "seal", "spring", "trunk"]
    posts, labels = [], []
    for i, w in enumerate(words):
        split = "train" if i < 8 else "test"
        same, other = f"{w} by the river {w}", f"quantum {i} zebra kettle {i}"
        posts.append({"id": f"s{i}", "text": same, "text_pair": same, "lang": "en",
                      "split": split, "target": w})  # fmt: skip
        posts.append({"id": f"d{i}", "text": same, "text_pair": other, "lang": "en",
                      "split": split, "target": w})  # fmt: skip
        labels += [
            {"post_id": f"s{i}", "entity_id": "wic", "relevant": True},
            {"post_id": f"d{i}", "entity_id": "wic", "relevant": False},
        ]
    root = make_corpus(
        tmp_path / "pairs", posts, [{"id": "wic", "name": "WiC"}], labels, task="pair"
    )
    corpus = load_corpus(str(root))
    model = TfidfModel.fit(corpus, resolve_task("pair", corpus.labels))
    assert model.info.config["n_features"] == str(3 * model.tfidf.n_features + 1)
    test = [p for p in corpus.posts if p.split == "test"]  # s8, d8, s9, d9
    pred = model.predict(test, corpus.entities)
    assert pred.decisions[:, 0].tolist() == [True, False, True, False]


def test_threshold_tuned_on_dev(tmp_path: Path) -> None:
    corpus = toy_corpus(tmp_path)
    task = resolve_task("relevance", corpus.labels)
    model = TfidfModel.fit(corpus, task, parse_params("threshold=dev"))
    cfg = model.info.config
    assert cfg["threshold_source"] == "dev-f1 (4 dev pairs)"
    assert float(cfg["threshold"]) == model.threshold
    dev = [p for p in corpus.posts if p.split == "dev"]
    apple, orange = corpus.entities
    owners = [apple, apple, orange, orange]
    scores = [model.predict([p], [e]).scores[0, 0] for p, e in zip(dev, owners, strict=True)]
    # Dev is separable: the chosen threshold is one of the dev scores and splits it perfectly.
    assert model.threshold in scores
    assert [s >= model.threshold for s in scores] == [True, False, True, False]


def test_best_f1_threshold_by_hand() -> None:
    # scores 0.9 0.8 0.6 0.3 0.1, gold T F T F F: F1 at >=0.9: 2/3; >=0.8: 0.5; >=0.6: 0.8.
    s = np.array([0.1, 0.6, 0.9, 0.3, 0.8])
    g = np.array([False, True, True, False, False])
    assert best_f1_threshold(s, g) == 0.6
    # Ties between cut points: F1 is 1.0 at 0.7 only; tied scores are never split.
    assert best_f1_threshold(np.array([0.7, 0.7, 0.2]), np.array([True, True, False])) == 0.7


def test_params_parse_and_canonical_spec() -> None:
    p = parse_params(" C=0.5 , ngram=3-4, mention=no, max_features=1000, threshold=0.3 ")
    assert p == TfidfParams(C=0.5, ngram=(3, 4), mention=False, max_features=1000, threshold="0.3")
    assert p.spec() == "C=0.5,ngram=3-4,max_features=1000,mention=no,threshold=0.3"
    assert parse_params(p.spec()) == p
    assert TfidfParams.from_json(p.to_json()) == p


@pytest.mark.parametrize(
    ("arg", "message"),
    [
        ("C=-1", "tfidf option 'C=-1': expected a positive number"),
        ("ngram=5-2", "tfidf option 'ngram=5-2': expected 1 <= MIN <= MAX <= 10"),
        ("ngram=a-b", "tfidf option 'ngram=a-b': expected MIN-MAX character n-gram lengths"),
        ("threshold=1.5", "tfidf option 'threshold=1.5': expected a number in (0, 1) or 'dev'"),
        ("mention=maybe", "tfidf option 'mention=maybe': expected yes or no"),
        ("gamma=2", "unknown tfidf option 'gamma' in 'gamma=2' (known: C, ngram, min_df"),
        ("C", "tfidf option 'C': expected KEY=VALUE"),
    ],
)
def test_params_errors(arg: str, message: str) -> None:
    with pytest.raises(ModelSpecError) as err:
        parse_params(arg)
    assert str(err.value).startswith(message)


def test_factory_trains_on_context(tmp_path: Path) -> None:
    corpus = toy_corpus(tmp_path)
    task = resolve_task("level", corpus.labels)
    model = make_tfidf("C=2,ngram=2-4", ModelContext(corpus=corpus, task=task, seed=7))
    assert model.info.name == "tfidf:C=2,ngram=2-4"
    assert model.info.config["seed"] == "7" and model.info.config["task"] == "level"
    with pytest.raises(ModelSpecError, match="needs a corpus to train on"):
        make_tfidf("", ModelContext())


def test_one_class_train_split_is_a_clear_error(tmp_path: Path) -> None:
    posts = [{"id": f"p{i}", "text": f"post {i}", "lang": "en", "split": "train"} for i in range(3)]
    labels = [{"post_id": f"p{i}", "entity_id": "e", "relevant": True} for i in range(3)]
    root = make_corpus(tmp_path / "one", posts, [{"id": "e", "name": "E"}], labels)
    corpus = load_corpus(str(root))
    with pytest.raises(ModelSpecError, match="has only class 'yes' for task 'relevance'"):
        TfidfModel.fit(corpus, resolve_task("relevance", corpus.labels))


def test_empty_batches() -> None:
    corpus = load_corpus("demo")
    model = TfidfModel.fit(corpus, resolve_task("sentiment", corpus.labels))
    assert model.predict([], corpus.entities[:2]).shape == (0, 2)
    pred = model.predict(corpus.posts[:2], [])
    assert pred.shape == (2, 0) and pred.class_scores is not None
