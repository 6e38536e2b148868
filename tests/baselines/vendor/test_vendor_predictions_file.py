"""PredictionsFileModel: a vendor's predictions file, checked against the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from listenbench.baselines import ModelContext, ModelSpecError
from listenbench.baselines.vendor import (
    PredictionsFileError,
    PredictionsFileModel,
    VendorError,
    blind_post_ids,
    make_predictions,
)
from listenbench.corpora import LEVELS, Corpus, load_corpus, resolve_task

TEST_POSTS = ("p1", "p2", "p3", "p4", "p5")  # p6 is in the train split
ENTITIES = ("microsoft", "apple", "orange")
RELEVANT = {("p1", "microsoft"), ("p3", "apple"), ("p5", "orange")}


@pytest.fixture
def corpus(tiny_corpus: Path) -> Corpus:
    return load_corpus(tiny_corpus)


def header(corpus: Corpus, **changes: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "listenbench_predictions": 1,
        "corpus": corpus.name,
        "corpus_digest": corpus.digest,
        "split": "test",
        "task": "relevance",
        "post_ids": "blind",
        "model": {"name": "acme-listen", "version": "2026.3"},
    }
    out.update(changes)
    return out


def rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per (test post, entity), line 2 onwards, in TEST_POSTS x ENTITIES order."""
    ids = blind_post_ids(corpus)
    return [
        {
            "post_id": ids[p],
            "entity_id": e,
            "score": 0.8 if (p, e) in RELEVANT else 0.2,
        }
        for p in TEST_POSTS
        for e in ENTITIES
    ]


def write(path: Path, lines: list[object]) -> Path:
    """Objects become JSON lines; str and bytes are written as they are."""
    data = b""
    for line in lines:
        if isinstance(line, bytes):
            data += line + b"\n"
        elif isinstance(line, str):
            data += line.encode("utf-8") + b"\n"
        else:
            data += json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n"
    path.write_bytes(data)
    return path


def problems_of(path: Path, corpus: Corpus, **kwargs: Any) -> PredictionsFileError:
    with pytest.raises(PredictionsFileError) as err:
        PredictionsFileModel(path, corpus, **kwargs)
    return err.value


def test_a_valid_file_serves_its_scores(corpus: Corpus, tmp_path: Path) -> None:
    lines = rows(corpus)
    lines[1]["decision"] = True  # (p1, apple): score 0.2 but the vendor says yes
    path = write(tmp_path / "v.jsonl", [header(corpus), *lines])
    model = PredictionsFileModel(path, corpus)
    test_posts = [p for p in corpus.posts if p.split == "test"]
    out = model.predict(test_posts, corpus.entities)
    expected = [[0.8 if (p, e) in RELEVANT else 0.2 for e in ENTITIES] for p in TEST_POSTS]
    assert out.scores.tolist() == expected
    decisions = np.array(expected) >= 0.5
    decisions[0, 1] = True
    assert out.decisions.tolist() == decisions.tolist()
    # the runner asks per entity, for a few posts at a time
    one = model.predict([test_posts[4]], [corpus.entities[2]])
    assert (one.scores.tolist(), one.decisions.tolist()) == ([[0.8]], [[True]])
    info = model.info
    assert (info.name, info.family, info.version) == ("acme-listen", "predictions", "2026.3")
    assert info.config["corpus_digest"] == corpus.digest
    assert info.config["split"] == "test" and info.config["task"] == "relevance"
    assert len(info.config["file_sha256"]) == 64


def test_a_pair_outside_the_file_split_is_a_clear_error(corpus: Corpus, tmp_path: Path) -> None:
    path = write(tmp_path / "v.jsonl", [header(corpus), *rows(corpus)])
    model = PredictionsFileModel(path, corpus)
    train_post = next(p for p in corpus.posts if p.split == "train")
    with pytest.raises(VendorError, match=r"covers split 'test' of corpus tiny: .*--split test"):
        model.predict([train_post], corpus.entities[:1])


def test_wrong_corpus_digest(corpus: Corpus, tmp_path: Path) -> None:
    path = write(tmp_path / "v.jsonl", [header(corpus, corpus_digest="sha256:abc"), *rows(corpus)])
    err = problems_of(path, corpus)
    assert [(p.line, p.kind) for p in err.problems] == [(1, "wrong corpus")]
    assert str(err) == (
        f"{path}:1: header field 'corpus_digest': expected {corpus.digest} (corpus tiny 0.0.1), "
        "found sha256:abc; the file was made for another corpus or corpus version"
    )


def test_missing_and_duplicate_pairs(corpus: Corpus, tmp_path: Path) -> None:
    lines = rows(corpus)
    dropped = lines.pop()  # (p5, orange)
    lines.append(lines[0])  # (p1, microsoft) again, on line 16
    path = write(tmp_path / "v.jsonl", [header(corpus), *lines])
    err = problems_of(path, corpus)
    assert [str(p) for p in err.problems] == [
        f"{path}:16: second prediction for (post {lines[0]['post_id']!r}, entity 'microsoft'); "
        "the first is on line 2",
        f"{path}: no prediction for (post {dropped['post_id']!r}, entity 'orange')",
    ]
    assert dict(err.kinds()) == {"duplicate pair": 1, "missing pair": 1}


def test_unknown_ids(corpus: Corpus, tmp_path: Path) -> None:
    ids = blind_post_ids(corpus)
    extra = [
        {"post_id": "p1", "entity_id": "microsoft", "score": 0.5},
        {"post_id": ids["p1"], "entity_id": "banana", "score": 0.5},
        {"post_id": ids["p6"], "entity_id": "orange", "score": 0.5},
    ]
    path = write(tmp_path / "v.jsonl", [header(corpus), *rows(corpus), *extra])
    err = problems_of(path, corpus)
    assert [(p.line, p.kind) for p in err.problems] == [
        (17, "unknown id"),
        (18, "unknown id"),
        (19, "unknown id"),
    ]
    messages = [p.message for p in err.problems]
    assert messages[0] == "unknown post_id 'p1' (expected the blind id of a post of corpus tiny)"
    assert messages[1] == "unknown entity_id 'banana' (expected one of: apple, microsoft, orange)"
    assert (
        messages[2] == f"post_id {ids['p6']!r} is not a post of split 'test' (the header's split)"
    )


def test_bad_values_and_bad_json_are_reported_with_their_lines(
    corpus: Corpus, tmp_path: Path
) -> None:
    lines: list[object] = [header(corpus), *rows(corpus)]
    lines[2] = {**lines[2], "score": 1.5}  # type: ignore[dict-item]
    lines[3] = {**lines[3], "score": "0.9"}  # type: ignore[dict-item]
    lines[4] = {**lines[4], "score": True}  # type: ignore[dict-item]
    lines[5] = json.dumps(lines[5]).replace("0.2", "NaN")
    lines[6] = {**lines[6], "decision": "yes"}  # type: ignore[dict-item]
    lines[7] = "{not json"
    lines[8] = b'{"post_id": "\xff"}'
    path = write(tmp_path / "v.jsonl", lines)
    err = problems_of(path, corpus)
    found = [(p.line, p.kind, p.message) for p in err.problems if p.kind != "missing pair"]
    assert found == [
        (3, "bad field", "field 'score': expected a number in [0, 1], found 1.5"),
        (4, "bad field", "field 'score': expected a number in [0, 1], found \"0.9\""),
        (5, "bad field", "field 'score': expected a number in [0, 1], found true"),
        (6, "bad field", "field 'score': expected a number in [0, 1], found NaN"),
        (7, "bad field", "field 'decision': expected true or false, found \"yes\""),
        (
            8,
            "bad JSON",
            "column 2: Expecting property name enclosed in double quotes; "
            'expected one JSON object per line, found "{not json"',
        ),
        (9, "bad JSON", "expected UTF-8 text, found byte 0xff"),
    ]
    assert err.kinds()["missing pair"] == 7  # the 7 broken lines predict nothing


def test_a_file_without_its_header(corpus: Corpus, tmp_path: Path) -> None:
    path = write(tmp_path / "v.jsonl", rows(corpus))
    err = problems_of(path, corpus)
    first = err.problems[0]
    assert (first.line, first.kind) == (1, "header")
    assert first.message.startswith('expected the header object {"listenbench_predictions": 1')
    assert first.message.endswith("(copy predictions_header from blind.json), found a prediction")


def test_an_empty_file(corpus: Corpus, tmp_path: Path) -> None:
    path = write(tmp_path / "v.jsonl", [])
    err = problems_of(path, corpus)
    assert str(err).startswith(f"{path}: the file is empty; expected a header line")


def test_a_missing_file(corpus: Corpus, tmp_path: Path) -> None:
    err = problems_of(tmp_path / "nope.jsonl", corpus)
    assert str(err) == f"{tmp_path / 'nope.jsonl'}: no such file"


def test_header_fields_are_checked(corpus: Corpus, tmp_path: Path) -> None:
    bad = header(corpus, split="holdout", task="topic", model={"version": "1"}, post_ids="x")
    bad["listenbench_predictions"] = 2
    path = write(tmp_path / "v.jsonl", [bad])
    err = problems_of(path, corpus)
    assert [p.message for p in err.problems] == [
        "header field 'listenbench_predictions': expected 1 (the only format version), found 2",
        "header field 'split': expected one of train, dev, test, all, found \"holdout\"",
        "header field 'task': expected one of relevance, pair, level, sentiment, found \"topic\"",
        'header field \'model\': expected {"name": "YOUR-SYSTEM", "version": ...}, '
        'found {"version": "1"}',
        "header field 'post_ids': expected one of blind, corpus, found \"x\"",
    ]


def test_the_header_task_must_be_the_task_scored(corpus: Corpus, tmp_path: Path) -> None:
    path = write(tmp_path / "v.jsonl", [header(corpus), *rows(corpus)])
    level = resolve_task("level", corpus.labels)
    err = problems_of(path, corpus, task=level)
    assert err.problems[0].message == (
        "header field 'task': expected 'level' (the task being scored), found 'relevance'"
    )


def test_many_problems_are_capped_in_the_message(corpus: Corpus, tmp_path: Path) -> None:
    lines = [{**row, "score": 7} for row in rows(corpus)]
    path = write(tmp_path / "v.jsonl", [header(corpus), *lines])
    err = problems_of(path, corpus)
    assert len(err.problems) == 30  # 15 bad scores, then 15 pairs without a prediction
    text = str(err).splitlines()
    assert text[0] == (
        f"predictions file {path} has 30 problems (bad field: 15, missing pair: 15):"
    )
    assert len(text) == 1 + 20 + 1
    assert text[1] == f"  {path}:2: field 'score': expected a number in [0, 1], found 7"
    assert text[-1] == "  and 10 more problems"


def test_corpus_post_ids_scheme(corpus: Corpus, tmp_path: Path) -> None:
    plain = [
        {"post_id": p, "entity_id": e, "score": 1.0 if (p, e) in RELEVANT else 0.0}
        for p in TEST_POSTS
        for e in ENTITIES
    ]
    path = write(tmp_path / "v.jsonl", [header(corpus, post_ids="corpus"), *plain])
    model = PredictionsFileModel(path, corpus)
    out = model.predict([p for p in corpus.posts if p.id == "p3"], corpus.entities)
    assert out.decisions.tolist() == [[False, True, False]]


def test_multiclass_file(corpus: Corpus, tmp_path: Path) -> None:
    ids = blind_post_ids(corpus)
    lines = []
    for p in TEST_POSTS:
        for e in ENTITIES:
            # "direct" scores highest but the tiny corpus has only about/none labels:
            # the arg-max runs over the task's classes
            scores = {c: 0.0 for c in LEVELS}
            scores["direct"] = 0.9
            scores["about" if (p, e) in RELEVANT else "none"] = 0.6
            lines.append({"post_id": ids[p], "entity_id": e, "class_scores": scores})
    path = write(tmp_path / "v.jsonl", [header(corpus, task="level"), *lines])
    task = resolve_task("level", corpus.labels)
    assert task.classes == ("about", "none")
    model = PredictionsFileModel(path, corpus, task)
    test_posts = [p for p in corpus.posts if p.split == "test"]
    out = model.predict(test_posts, corpus.entities)
    assert out.classes == ("about", "none")
    expected = [[0 if (p, e) in RELEVANT else 1 for e in ENTITIES] for p in TEST_POSTS]
    assert out.predicted_classes().tolist() == expected
    # a missing class is a problem on its line
    del lines[0]["class_scores"]["competitor"]
    write(path, [header(corpus, task="level"), *lines])
    err = problems_of(path, corpus, task=task)
    assert [str(p) for p in err.problems] == [
        f"{path}:2: field 'class_scores': missing class 'competitor' (expected a score for each "
        "of: direct, about, competitor, category, none)",
        f"{path}: no prediction for (post {ids['p1']!r}, entity 'microsoft')",
    ]


def test_factory_needs_a_file_and_a_corpus(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(ModelSpecError, match="needs a file: --model predictions:PATH"):
        make_predictions("", ModelContext(corpus=corpus))
    with pytest.raises(ModelSpecError, match="needs the corpus its file was made for"):
        make_predictions("v.jsonl", ModelContext())
    path = write(tmp_path / "v.jsonl", [header(corpus), *rows(corpus)])
    model = make_predictions(str(path), ModelContext(corpus_path=str(corpus.path)))
    assert model.info.name == "acme-listen"
