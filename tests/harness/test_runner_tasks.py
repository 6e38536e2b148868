"""The runner on multi-class and pair tasks, and how it calls models (per entity)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from listenbench.baselines import ModelInfo, Predictions
from listenbench.corpora import Entity, Post
from listenbench.harness import ConfigError, _registry, run
from support import make_corpus

_POSTS = [
    {"id": f"p{i}", "text": t, "lang": "en", "split": s}
    for i, (t, s) in enumerate(
        [
            ("love it", "train"),
            ("love this", "train"),
            ("hate it", "train"),
            ("it is ok", "test"),
            ("love love", "test"),
            ("hate hate", "test"),
            ("so so", "test"),
        ]
    )
]
_ENTITIES = [{"id": "acme", "name": "Acme"}, {"id": "zen", "name": "Zen"}]
_SENT = ["positive", "positive", "negative", "neutral", "positive", "negative", None]
_LABELS = [
    {"post_id": f"p{i}", "entity_id": "acme", "relevant": True} | ({"sentiment": s} if s else {})
    for i, s in enumerate(_SENT)
] + [{"post_id": "p3", "entity_id": "zen", "relevant": False, "sentiment": "neutral"}]


class _Lexicon:
    """Positive if 'love' in the text, negative if 'hate', else neutral."""

    calls: list[tuple[int, int]]

    def __init__(self) -> None:
        self.calls = []

    @property
    def info(self) -> ModelInfo:
        return ModelInfo("lexicon", "test", "1")

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        self.calls.append((len(posts), len(entities)))
        classes = ("positive", "neutral", "negative")
        scores = np.zeros((len(posts), len(entities), 3))
        for i, p in enumerate(posts):
            k = 0 if "love" in p.text else 2 if "hate" in p.text else 1
            scores[i, :, k] = 1.0
        return Predictions.from_class_scores(scores, classes)


def test_sentiment_run_scores_classes_and_skips_pairs_without_sentiment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_corpus(tmp_path / "c", _POSTS, _ENTITIES, _LABELS, task="sentiment")
    model = _Lexicon()
    monkeypatch.setitem(_registry.BUILTIN_MODELS, "lexicon", (lambda a, c: model, "x"))
    result = run(str(root), models=["lexicon", "majority"], log_mlflow=False, n_boot=0)
    assert result.corpus.task == "sentiment"
    assert result.corpus.classes == ("negative", "neutral", "positive")
    lex, majority = (r.report for r in result.results)
    # test pairs with a sentiment: p3/acme neutral, p4 positive, p5 negative, p3/zen neutral
    assert lex.overall.n_pairs == 4
    assert lex.overall.accuracy.value == 1.0
    assert lex.overall.macro_f1 is not None and lex.overall.macro_f1.value == 1.0
    # majority of train (acme): positive (2 of 3); zen has no train pairs -> overall: positive
    assert majority.overall.accuracy.value == pytest.approx(1 / 4)
    assert majority.get("class", "positive").recall.value == 1.0
    # one call per entity, with only the posts labelled for it (after a warm-up call)
    assert model.calls[1:] == [(4, 1), (1, 1)]


def test_task_override_and_models_without_class_scores(tmp_path: Path) -> None:
    root = make_corpus(tmp_path / "c", _POSTS, _ENTITIES, _LABELS, queries="acme: love\nzen: zen\n")
    relevance = run(str(root), models=["alias"], log_mlflow=False, n_boot=0)
    assert relevance.corpus.task == "relevance"
    assert relevance.results[0].n_predicted == 5
    with pytest.raises(ConfigError, match=r"multi-class .* no class scores"):
        run(str(root), models=["keyword"], task="sentiment", log_mlflow=False, n_boot=0)
    with pytest.raises(ConfigError, match="'level' field, and none has one"):
        run(str(root), models=["majority"], task="level", log_mlflow=False, n_boot=0)


def test_pair_task_runs_as_binary(tmp_path: Path) -> None:
    posts = [
        {"id": f"w{i}", "text": a, "text_pair": b, "target": "bank", "lang": "en", "split": s}
        for i, (a, b, s) in enumerate(
            [
                ("a bank loan", "the bank of a river", "train"),
                ("bank loan", "bank account", "train"),
                ("river bank", "bank robbery", "test"),
                ("bank card", "bank transfer", "test"),
            ]
        )
    ]
    labels = [
        {"post_id": f"w{i}", "entity_id": "same-sense", "relevant": r}
        for i, r in enumerate([False, True, False, True])
    ]
    root = make_corpus(
        tmp_path / "w", posts, [{"id": "same-sense", "name": "Same sense"}], labels, task="pair"
    )
    result = run(str(root), models=["majority"], log_mlflow=False, n_boot=0)
    o = result.results[0].report.overall
    assert result.corpus.task == "pair"
    assert o.n_pairs == 2 and o.tp + o.fn == 1


def test_keep_going_records_failed_models_and_scores_the_rest(tmp_path: Path) -> None:
    from listenbench.baselines import ModelSpecError

    root = make_corpus(tmp_path / "c", _POSTS, _ENTITIES, _LABELS, task="sentiment")
    result = run(
        str(root),
        models=["nosuch", "majority", "alias"],
        log_mlflow=False,
        n_boot=0,
        keep_going=(ModelSpecError, ConfigError),
    )
    assert [r.info.name for r in result.results] == ["majority"]
    assert [f.spec for f in result.failures] == ["nosuch", "alias"]
    assert "unknown model family 'nosuch'" in result.failures[0].message
    assert "no class scores" in result.failures[1].message
    assert result.summary()["failures"][1]["model"] == "alias"
    with pytest.raises(ModelSpecError):
        run(str(root), models=["nosuch", "majority"], log_mlflow=False, n_boot=0)


class _Cached(_Lexicon):
    """Reports 3 cache hits and 1 miss per call."""

    def cache_counters(self) -> tuple[int, int]:
        return 3 * len(self.calls), len(self.calls)


def test_cache_hit_rate_is_recorded_and_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from listenbench.harness._leaderboard import leaderboard

    root = make_corpus(tmp_path / "c", _POSTS, _ENTITIES, _LABELS, task="sentiment")
    monkeypatch.setitem(_registry.BUILTIN_MODELS, "cached", (lambda a, c: _Cached(), "x"))
    result = run(str(root), models=["cached", "majority"], log_mlflow=False, n_boot=0)
    cached, majority = result.results
    assert cached.cache_hit_rate == pytest.approx(0.75)
    assert majority.cache_hit_rate is None
    assert result.summary()["models"][0]["cache_hit_rate"] == pytest.approx(0.75)
    from rich.console import Console

    console = Console(width=200, record=True)
    console.print(leaderboard(result))
    assert "(75% cached)" in console.export_text()
