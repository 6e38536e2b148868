"""Blind export: the vendor gets posts and entities, and nothing label-bearing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from listenbench.corpora import LEVELS, load_corpus
from listenbench.harness.blind import BlindError, export_blind, read_blind_manifest
from support import TINY_ENTITIES, TINY_LABELS, TINY_POSTS, make_corpus

POST_KEYS = {"id", "text", "lang", "channel", "text_pair", "target"}
ENTITY_KEYS = {"id", "name", "aliases", "description", "category", "competitors"}
LABEL_WORDS = ("relevant", "sentiment", "tags", "split", "author", "created_at")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_has_posts_entities_manifest_and_readme(tiny_corpus: Path, tmp_path: Path) -> None:
    out = export_blind(tiny_corpus, tmp_path / "export")
    assert sorted(p.name for p in out.iterdir()) == [
        "README.txt",
        "blind.json",
        "entities.jsonl",
        "posts.jsonl",
    ]
    posts = read_jsonl(out / "posts.jsonl")
    entities = read_jsonl(out / "entities.jsonl")
    # the test split of the tiny corpus: p1..p5 (p6 is train)
    assert sorted(p["text"] for p in posts) == sorted(
        p["text"] for p in TINY_POSTS if p["split"] == "test"
    )
    assert [p["id"] for p in posts] == sorted(p["id"] for p in posts)
    assert all(set(p) <= POST_KEYS and {"id", "text", "lang"} <= set(p) for p in posts)
    corpus_ids = {p["id"] for p in TINY_POSTS}
    assert not corpus_ids & {p["id"] for p in posts}  # opaque ids
    assert entities[0] == {
        "id": "microsoft",
        "name": "Microsoft",
        "aliases": ["Windows", "Office"],
        "description": "",
        "competitors": [],
    }
    assert all(set(e) <= ENTITY_KEYS for e in entities)
    manifest = read_blind_manifest(out)
    corpus = load_corpus(tiny_corpus)
    assert manifest["corpus_digest"] == corpus.digest
    assert manifest["split"] == "test" and manifest["task"] == "relevance"
    assert manifest["classes"] == ["no", "yes"]
    assert manifest["counts"] == {"posts": 5, "entities": 3, "predictions": 15}
    assert manifest["predictions_header"]["corpus_digest"] == corpus.digest
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert json.dumps(manifest["predictions_header"]) in readme
    assert "16 lines" in readme and "(5 x 3 = 15 lines)" in readme


def test_nothing_label_bearing_is_exported(tiny_corpus: Path, tmp_path: Path) -> None:
    out = export_blind(tiny_corpus, tmp_path / "export")
    for name in ("posts.jsonl", "entities.jsonl"):
        for row in read_jsonl(out / name):
            assert not set(row) & set(LABEL_WORDS), (name, row)
    manifest = read_blind_manifest(out)
    text = json.dumps(manifest)
    for word in LABEL_WORDS[:3]:
        assert f'"{word}"' not in text


def flipped(labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for label in labels:
        new = dict(label, relevant=not label["relevant"])
        new["level"] = "none" if label["relevant"] else "direct"
        new["tags"] = ["flipped"]
        out.append(new)
    return out


def test_relabelling_changes_nothing_but_the_digest(tmp_path: Path) -> None:
    """The exported pairs (posts x entities) do not depend on the labels at all."""
    variants = {
        "original": TINY_LABELS,
        "flipped": flipped(TINY_LABELS),
        "fewer": TINY_LABELS[:2],  # most test posts unlabelled: they are exported all the same
    }
    exports = {}
    for name, labels in variants.items():
        folder = make_corpus(tmp_path / name, TINY_POSTS, TINY_ENTITIES, labels)
        digest = load_corpus(folder).digest
        exports[name] = (export_blind(folder, tmp_path / f"export-{name}"), digest)
    base, base_digest = exports["original"]
    for name, (out, digest) in exports.items():
        assert digest != base_digest or name == "original"
        for file in ("posts.jsonl", "entities.jsonl"):
            assert (out / file).read_bytes() == (base / file).read_bytes(), (name, file)
        for file in ("blind.json", "README.txt"):
            text = (out / file).read_text(encoding="utf-8").replace(digest, "DIGEST")
            base_text = (base / file).read_text(encoding="utf-8").replace(base_digest, "DIGEST")
            assert text == base_text, (name, file)


def test_demo_export_hides_ids_and_order(tmp_path: Path) -> None:
    out = export_blind("demo", tmp_path / "export")
    posts = read_jsonl(out / "posts.jsonl")
    assert not any(p["id"].startswith("p0") for p in posts)
    demo = load_corpus("demo")
    test_texts = [p.text for p in demo.posts if p.split == "test"]
    assert sorted(p["text"] for p in posts) == sorted(test_texts)
    assert [p["text"] for p in posts] != test_texts  # not in corpus order
    manifest = read_blind_manifest(out)
    assert manifest["counts"] == {"posts": 152, "entities": 16, "predictions": 152 * 16}


def test_multiclass_export_lists_every_class_of_the_task_type(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    out = export_blind(tiny_corpus, tmp_path / "export", task="level")
    manifest = read_blind_manifest(out)
    # the tiny corpus only uses about/none; the export must not reveal that
    assert manifest["classes"] == list(LEVELS)
    assert manifest["task"] == "level" and manifest["predictions_header"]["task"] == "level"
    assert '"class_scores": {"direct": 0.0' in (out / "README.txt").read_text(encoding="utf-8")


def test_corpus_without_splits_exports_all_posts(tmp_path: Path) -> None:
    posts = [{k: v for k, v in p.items() if k != "split"} for p in TINY_POSTS]
    folder = make_corpus(tmp_path / "nosplit", posts, TINY_ENTITIES, TINY_LABELS)
    manifest = read_blind_manifest(export_blind(folder, tmp_path / "export"))
    assert manifest["split"] == "all"
    assert manifest["counts"]["posts"] == 6


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"split": "dev"}, "corpus 'tiny' has no posts in split 'dev' (it has: test, train"),
        ({"split": "holdout"}, "unknown split 'holdout': expected one of train, dev, test, all"),
        ({"task": "topic"}, "corpus 'tiny': unknown task 'topic'"),
    ],
)
def test_bad_requests_are_blind_errors(
    tiny_corpus: Path, tmp_path: Path, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(BlindError) as err:
        export_blind(tiny_corpus, tmp_path / "export", **kwargs)
    assert message in str(err.value)


def test_a_non_empty_folder_needs_force(tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(BlindError, match="is not empty; choose a new folder"):
        export_blind(tiny_corpus, out)
    export_blind(tiny_corpus, out, force=True)
    assert (out / "notes.txt").read_text() == "mine"
    assert read_blind_manifest(out)["counts"]["posts"] == 5


def test_read_blind_manifest_of_a_non_export(tmp_path: Path) -> None:
    with pytest.raises(BlindError, match="no such file"):
        read_blind_manifest(tmp_path)


def test_pair_task_posts_keep_text_pair_and_target(tmp_path: Path) -> None:
    posts = [
        {
            "id": "w1",
            "text": "He sat on the bank.",
            "text_pair": "The bank raised rates.",
            "target": "bank",
            "lang": "en",
            "split": "test",
        },
        {
            "id": "w2",
            "text": "A bright star.",
            "text_pair": "The star of the film.",
            "target": "star",
            "lang": "en",
            "split": "test",
        },
    ]
    entities = [{"id": "wic", "name": "same meaning"}]
    labels = [
        {"post_id": "w1", "entity_id": "wic", "relevant": False},
        {"post_id": "w2", "entity_id": "wic", "relevant": False},
    ]
    folder = make_corpus(tmp_path / "wic", posts, entities, labels, task="pair")
    out = export_blind(folder, tmp_path / "export")
    rows = sorted(read_jsonl(out / "posts.jsonl"), key=lambda r: r["target"])
    assert [(r["text"], r["text_pair"], r["target"]) for r in rows] == [
        ("He sat on the bank.", "The bank raised rates.", "bank"),
        ("A bright star.", "The star of the film.", "star"),
    ]
    assert read_blind_manifest(out)["task"] == "pair"
