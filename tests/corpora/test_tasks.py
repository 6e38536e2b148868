"""Task types: resolving a task's classes, gold classes, and corpus validation per task."""

from __future__ import annotations

from pathlib import Path

import pytest

from listenbench.corpora import Label, TaskError, resolve_task, validate_corpus
from support import make_corpus


def test_binary_tasks_have_no_yes_classes_and_gold_from_relevant() -> None:
    for name in ("relevance", "pair"):
        task = resolve_task(name, [])
        assert task.classes == ("no", "yes")
        assert task.binary
        assert task.gold(Label("p", "e", True)) == "yes"
        assert task.gold(Label("p", "e", False)) == "no"
    assert resolve_task("pair", []).pair and not resolve_task("relevance", []).pair


def test_multiclass_classes_are_those_present_in_canonical_order() -> None:
    labels = [
        Label("a", "e", False, sentiment="positive"),
        Label("b", "e", True, sentiment="negative"),
        Label("c", "e", True),
    ]
    task = resolve_task("sentiment", labels)
    assert task.classes == ("negative", "positive")
    assert not task.binary
    assert task.gold(labels[0]) == "positive"
    assert task.gold(labels[2]) is None  # no sentiment: not scored
    assert task.class_index("positive") == 1
    with pytest.raises(TaskError, match="no class 'neutral'"):
        task.class_index("neutral")


def test_unknown_task_and_multiclass_without_values_are_errors() -> None:
    with pytest.raises(TaskError, match="unknown task 'topic'"):
        resolve_task("topic", [])
    with pytest.raises(TaskError, match="'level' field, and none has one"):
        resolve_task("level", [Label("p", "e", True)])


_ENTITIES = [{"id": "same-sense", "name": "Same sense"}]


def test_pair_task_corpus_needs_text_pair_on_every_post(tmp_path: Path) -> None:
    posts = [
        {
            "id": "p1",
            "text": "the bank of the river",
            "lang": "en",
            "text_pair": "a bank loan",
            "target": "bank",
        },
        {"id": "p2", "text": "she plays the bass", "lang": "en"},
    ]
    labels = [
        {"post_id": "p1", "entity_id": "same-sense", "relevant": False},
        {"post_id": "p2", "entity_id": "same-sense", "relevant": True},
    ]
    root = make_corpus(tmp_path / "c", posts, _ENTITIES, labels, task="pair")
    errors = [str(i) for i in validate_corpus(root) if i.is_error]
    assert errors == [
        "posts.jsonl:2: task 'pair' needs a 'text_pair' on every post; this post has none"
    ]


def test_pair_fields_round_trip_and_valid_pair_corpus(tmp_path: Path) -> None:
    from listenbench.corpora import load_corpus

    posts = [
        {
            "id": "p1",
            "text": "the bank of the river",
            "lang": "en",
            "text_pair": "a bank loan",
            "target": "bank",
        },
    ]
    labels = [{"post_id": "p1", "entity_id": "same-sense", "relevant": False}]
    root = make_corpus(tmp_path / "c", posts, _ENTITIES, labels, task="pair")
    corpus = load_corpus(root)
    assert corpus.posts[0].text_pair == "a bank loan"
    assert corpus.posts[0].target == "bank"
    assert corpus.manifest.task == "pair"


def test_multiclass_task_needs_some_label_with_its_field(tmp_path: Path) -> None:
    posts = [{"id": "p1", "text": "nice", "lang": "en"}]
    labels = [{"post_id": "p1", "entity_id": "same-sense", "relevant": True}]
    root = make_corpus(tmp_path / "c", posts, _ENTITIES, labels, task="sentiment")
    errors = [str(i) for i in validate_corpus(root) if i.is_error]
    assert errors == [
        "labels.jsonl: task 'sentiment' scores the labels' 'sentiment' field, and no label has one"
    ]
