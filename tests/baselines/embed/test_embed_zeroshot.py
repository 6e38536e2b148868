"""Zero-shot cosine model: scores, the dev-tuned threshold and its fallbacks."""

from __future__ import annotations

import numpy as np
import pytest

from listenbench.baselines import Model, ModelContext, ModelSpecError
from listenbench.baselines.embed import EncoderError, ZeroShotModel, make_zeroshot
from listenbench.corpora import Entity, Label, Post, load_corpus, resolve_task

ACME = Entity("acme", "Acme")  # the angle encoder maps its view to (1, 0, 0)
RELEVANCE = resolve_task("relevance", [])

# cosine with ACME = the post's sim. Dev alone separates at cos 0.6 (score 0.8);
# train alone at cos 0.9 (score 0.95); test alone would pick cos 0.25 (score 0.625).
SPLITS = {
    "train": [(0.95, True), (0.85, False)],
    "dev": [(0.9, True), (0.7, True), (0.5, False), (0.3, False)],
    "test": [(0.45, True), (0.4, True), (0.1, False), (0.0, False)],
}


def _records(splits):
    posts, labels = [], []
    for split, rows in splits.items():
        for k, (sim, relevant) in enumerate(rows):
            pid = f"{split}{k}"
            posts.append(Post(pid, f"post sim={sim}", "en", split=split))
            labels.append(Label(pid, "acme", relevant, level="about" if relevant else "none"))
    return posts, labels


def test_threshold_maximises_f1_on_dev_not_test(build_corpus, angle_encoder):
    posts, labels = _records(SPLITS)
    corpus = build_corpus(posts, [ACME], labels)
    model = ZeroShotModel.fit(corpus, RELEVANCE, angle_encoder)
    assert model.threshold == pytest.approx(0.8)  # midway between dev's 0.7 and 0.5 cosines
    assert model.cosine_threshold == pytest.approx(0.6)
    assert (model.threshold_source, model.n_tune, model.tune_f1) == ("dev", 4, 1.0)
    test_posts = [p for p in posts if p.split == "test"]
    pred = model.predict(test_posts, [ACME])
    np.testing.assert_allclose(pred.scores[:, 0], [0.725, 0.7, 0.55, 0.5], atol=1e-6)
    assert pred.decisions[:, 0].tolist() == [False, False, False, False]
    config = model.info.config
    assert config["threshold"] == "0.800000" and config["threshold_source"] == "dev"
    assert config["corpus_digest"] == "sha256:t" and config["post_encoder"] == "angle:v1"


def test_without_dev_the_threshold_comes_from_train(build_corpus, angle_encoder):
    posts, labels = _records({"train": SPLITS["train"], "test": SPLITS["test"]})
    model = ZeroShotModel.fit(build_corpus(posts, [ACME], labels), RELEVANCE, angle_encoder)
    assert model.threshold == pytest.approx(0.95)
    assert (model.threshold_source, model.n_tune) == ("train", 2)


def test_dev_with_one_class_falls_back_to_train(build_corpus, angle_encoder):
    posts, labels = _records({"train": SPLITS["train"], "dev": [(0.2, True), (0.1, True)]})
    model = ZeroShotModel.fit(build_corpus(posts, [ACME], labels), RELEVANCE, angle_encoder)
    assert model.threshold_source == "train"


def test_without_labels_the_default_threshold_is_used(build_corpus, angle_encoder):
    posts, _ = _records(SPLITS)
    model = ZeroShotModel.fit(build_corpus(posts, [ACME], []), RELEVANCE, angle_encoder)
    assert model.threshold_source == "default"
    assert model.threshold == pytest.approx(0.75)  # fallback cosine 0.5 → (0.5 + 1) / 2
    assert ZeroShotModel.fit(None, None, angle_encoder).threshold == pytest.approx(0.75)


def test_scores_cover_every_post_entity_cell(angle_encoder):
    bolt = Entity("bolt", "Bolt sim=0.0")  # view maps to (0, 1, 0)
    model = ZeroShotModel(angle_encoder, cosine_threshold=0.7)
    assert isinstance(model, Model)
    posts = [Post("a", "x sim=0.6", "en"), Post("b", "y sim=1.0", "en")]
    pred = model.predict(posts, [ACME, bolt])
    # cosines: a·acme = 0.6, a·bolt = 0.8, b·acme = 1.0, b·bolt = 0.0
    np.testing.assert_allclose(pred.scores, [[0.8, 0.9], [1.0, 0.5]], atol=1e-6)
    assert pred.decisions.tolist() == [[False, True], [True, False]]
    assert model.info.config["threshold_source"] == "given"


def test_pair_task_compares_text_with_text_pair(build_corpus, angle_encoder):
    labels_for = [Label("w1", "acme", True), Label("w2", "acme", False)]
    task = resolve_task("pair", labels_for)
    posts = [
        Post("w1", "a sim=0.9", "en", split="dev", text_pair="plain", target="bank"),
        Post("w2", "b sim=0.1", "en", split="dev", text_pair="plain", target="bank"),
    ]
    model = ZeroShotModel.fit(build_corpus(posts, [ACME], labels_for), task, angle_encoder)
    assert model.threshold == pytest.approx(0.75)  # cosines 0.9 / 0.1 → scores 0.95 / 0.55
    other = Entity("other", "Other sim=0.0")
    pred = model.predict(posts, [ACME, other])  # the entity plays no part
    np.testing.assert_allclose(pred.scores, [[0.95, 0.95], [0.55, 0.55]], atol=1e-6)
    assert model.info.config["task"] == "pair"
    with pytest.raises(ModelSpecError, match="no text_pair"):
        model.predict([Post("p", "single", "en")], [ACME])


def test_multi_class_tasks_point_to_the_embed_family(angle_encoder):
    level = resolve_task("level", [Label("p", "e", True, level="about")])
    with pytest.raises(ModelSpecError, match=r"binary tasks .* use the 'embed' family"):
        ZeroShotModel(angle_encoder, task=level)
    with pytest.raises(ModelSpecError, match="task 'level' is multi-class"):
        make_zeroshot("hash", ModelContext(task=level))


def test_factory_tunes_on_the_demo_dev_split():
    corpus = load_corpus("demo")
    task = resolve_task("relevance", corpus.labels)
    model = make_zeroshot("hash", ModelContext(corpus=corpus, task=task, seed=1))
    dev_pairs = sum(
        1 for lab in corpus.labels if corpus.posts[corpus.post_index()[lab.post_id]].split == "dev"
    )
    assert model.info.name == "zeroshot:hash" and model.info.family == "zeroshot"
    assert model.info.config["threshold_source"] == "dev"
    assert model.info.config["n_tune"] == str(dev_pairs)
    assert model.info.config["corpus_digest"] == corpus.digest
    pred = model.predict(corpus.posts[:5], corpus.entities[:3])
    assert pred.shape == (5, 3)


def test_factory_rejects_unknown_encoders():
    with pytest.raises(EncoderError, match="unknown encoder 'glove'"):
        make_zeroshot("glove", ModelContext())


def test_empty_batches_give_empty_grids(angle_encoder):
    model = ZeroShotModel(angle_encoder)
    assert model.predict([], [ACME]).shape == (0, 1)
    assert model.predict([Post("a", "x", "en")], []).shape == (1, 0)
