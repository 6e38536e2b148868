"""The runner end to end on a tiny corpus whose keyword outcomes are known by hand."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from listenbench.baselines import ModelInfo, Predictions
from listenbench.corpora import Entity, Post, load_corpus
from listenbench.harness import ConfigError, RunConfig, _registry, run, select_split


def test_keyword_scores_match_hand_computed_counts(tiny_corpus: Path) -> None:
    # test split = p1..p5. microsoft: p1 TP ({Office} NEAR/3 {Windows}), p2 TN (lower case);
    # apple: p3 TP, p4 FP (the fruit); orange: p5 TP.  => TP 3, FP 1, TN 1, FN 0.
    result = run(str(tiny_corpus), models=["keyword"], log_mlflow=False, n_boot=200)
    (r,) = result.results
    o = r.report.overall
    assert (o.tp, o.fp, o.fn, o.tn) == (3, 1, 0, 1)
    assert o.precision.value == pytest.approx(0.75)
    assert o.recall.value == pytest.approx(1.0)
    assert o.f1.value == pytest.approx(2 * 0.75 / 1.75)
    assert o.accuracy.value == pytest.approx(0.8)
    zh = r.report.get("lang", "zh-Hans")
    assert (zh.tp, zh.fp) == (1, 1)
    assert zh.f1.value == pytest.approx(2 / 3)
    assert result.corpus.split == "test"
    assert result.corpus.n_posts == 5
    assert r.info.config["query_set_hash"].startswith("sha256:")
    assert r.posts_per_second > 0


def test_split_all_includes_train_posts(tiny_corpus: Path) -> None:
    # p6 ("Le ciel est orange", train) is a false positive of `orange AND lang:fr`.
    result = run(str(tiny_corpus), models=["keyword"], split="all", log_mlflow=False, n_boot=0)
    o = result.results[0].report.overall
    assert (o.tp, o.fp, o.fn, o.tn) == (3, 2, 0, 1)


def test_alias_baseline_is_fooled_by_ambiguous_names(tiny_corpus: Path) -> None:
    # alias: p2 "windows of my office" and p4 "苹果很好吃" are false positives.
    result = run(str(tiny_corpus), models=["alias"], log_mlflow=False, n_boot=0)
    o = result.results[0].report.overall
    assert (o.tp, o.fp, o.fn, o.tn) == (3, 2, 0, 0)


def test_several_models_in_one_run_keep_their_order(tiny_corpus: Path) -> None:
    result = run(str(tiny_corpus), models=["keyword", "alias"], log_mlflow=False, n_boot=0)
    assert [r.info.name for r in result.results] == ["keyword:queries.txt", "alias"]
    summary = result.summary()
    assert summary["corpus"]["digest"] == result.corpus.digest
    assert [m["model"] for m in summary["models"]] == ["keyword:queries.txt", "alias"]


def test_missing_split_is_a_clear_error(tiny_corpus: Path) -> None:
    corpus = load_corpus(tiny_corpus)
    with pytest.raises(ConfigError, match=r"no posts in split 'dev'.*test, train"):
        select_split(corpus, "dev")


def test_bad_config_values_are_rejected() -> None:
    with pytest.raises(ConfigError, match="split"):
        RunConfig(corpus="demo", split="validation")
    with pytest.raises(ConfigError, match="at least one model"):
        RunConfig(corpus="demo", models=())


class _WrongShape:
    @property
    def info(self) -> ModelInfo:
        return ModelInfo(name="wrong", family="test", version="0")

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        n = len(posts) + 1
        return Predictions(scores=np.zeros((n, 1)), decisions=np.zeros((n, 1), dtype=bool))


def test_model_returning_wrong_shape_is_reported(
    tiny_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(_registry.BUILTIN_MODELS, "wrong", (lambda a, c: _WrongShape(), "x"))
    with pytest.raises(ValueError, match=r"expected .*posts x entities"):
        run(str(tiny_corpus), models=["wrong"], log_mlflow=False)


def test_bootstrap_is_reproducible_from_the_seed(tiny_corpus: Path) -> None:
    a = run(str(tiny_corpus), models=["alias"], log_mlflow=False, n_boot=300, seed=7)
    b = run(str(tiny_corpus), models=["alias"], log_mlflow=False, n_boot=300, seed=7)
    assert a.results[0].report.to_rows() == b.results[0].report.to_rows()
