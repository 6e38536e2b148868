"""The example vendor server: its classifier, its knobs and its command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from listenbench.baselines.vendor import HttpModel, HttpOptions, VendorResponseError
from listenbench.baselines.vendor.example_server import (
    ExampleServer,
    ServerOptions,
    classify,
    main,
)
from listenbench.corpora import Entity, Post


def test_classify_binary_multiclass_and_pairs() -> None:
    entities = [{"id": "shell", "name": "Shell", "aliases": ["Shell plc"]}]
    posts = [
        {"id": "a", "text": "seashells", "lang": "en"},  # "shell" is a substring: trivial rule
        {"id": "b", "text": "the beach", "lang": "en", "text_pair": "Shell raised prices"},
        {"id": "c", "text": "nothing", "lang": "en"},
    ]
    binary = classify({"classes": ["no", "yes"], "entities": entities, "posts": posts})
    assert [(p["post_id"], p["decision"], p["score"]) for p in binary["predictions"]] == [
        ("a", True, 0.9),
        ("b", True, 0.9),
        ("c", False, 0.1),
    ]
    level = classify(
        {
            "classes": ["direct", "about", "none"],
            "entities": entities,
            "posts": posts[:1] + posts[2:],
        }
    )
    assert [p["class_scores"] for p in level["predictions"]] == [
        {"direct": 0.0, "about": 1.0, "none": 0.0},
        {"direct": 0.0, "about": 0.0, "none": 1.0},
    ]


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown mode 'chaos'"):
        ServerOptions(mode="chaos")


def test_wrong_path_is_a_404_error() -> None:
    with ExampleServer() as server:
        model = HttpModel(server.url.replace("/classify", "/other"), HttpOptions(), environ={})
        with pytest.raises(VendorResponseError, match=r"HTTP 404 Not Found: .*POST to /classify"):
            model.predict([Post("p", "x", "en")], [Entity("e", "E")])


def test_main_predicts_a_blind_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "export"
    export.mkdir()
    manifest = {
        "task": "relevance",
        "classes": ["no", "yes"],
        "files": {"posts": "posts.jsonl", "entities": "entities.jsonl"},
        "predictions_header": {"listenbench_predictions": 1, "split": "test"},
    }
    (export / "blind.json").write_text(json.dumps(manifest))
    (export / "posts.jsonl").write_text('{"id": "b1", "text": "Apple store", "lang": "en"}\n')
    (export / "entities.jsonl").write_text('{"id": "apple", "name": "Apple", "aliases": []}\n')
    out = tmp_path / "p.jsonl"
    assert main(["--predict-export", str(export), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out}\n"
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines == [
        {
            "listenbench_predictions": 1,
            "split": "test",
            "model": {"name": "example-alias", "version": "1"},
        },
        {"post_id": "b1", "entity_id": "apple", "score": 0.9, "decision": True},
    ]
