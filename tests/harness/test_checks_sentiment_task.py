"""check --task sentiment: a model trained for sentiment runs the DIR sentiment tests."""

from __future__ import annotations

from listenbench.corpora import load_corpus
from listenbench.harness.checks import run_checks
from listenbench.harness.checks._run import ClassSentiment


def test_sentiment_task_runs_only_sentiment_tests_with_a_trained_model() -> None:
    full = load_corpus("demo")
    report = run_checks(
        full.subset("test"),
        "tfidf",
        training_corpus=full,
        task="sentiment",
        max_per_test=20,
        languages=["en"],
    )
    skipped = {(s.test_type, s.test) for s in report.skipped}
    assert ("INV", "casing") in skipped and ("MFT", "unrelated") in skipped
    assert ("DIR", "negation") not in skipped
    assert report.results, "the DIR sentiment tests produced no cases"
    assert {r.test_type for r in report.results} == {"DIR"}
    assert {r.test for r in report.results} <= {"negation", "negative-clause"}


def test_class_sentiment_needs_class_scores() -> None:
    import pytest

    from listenbench.baselines.keyword import AliasModel
    from listenbench.corpora import Entity, Post
    from listenbench.harness import ConfigError

    adapter = ClassSentiment(AliasModel())
    with pytest.raises(ConfigError, match="no sentiment class scores"):
        adapter.predict_sentiment([Post("p", "Apple", "en")], [Entity("apple", "Apple")])
