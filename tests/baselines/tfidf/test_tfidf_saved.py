"""Saving and loading trained models: TfidfModel round trips, the generic loader's checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from listenbench.baselines import ModelInfo, Predictions
from listenbench.baselines._saved import (
    SAVED_MODEL_FILE,
    SavableModel,
    SavedModelError,
    load_saved_model,
    read_saved_meta,
    register_saved_model,
    write_saved_meta,
)
from listenbench.baselines.tfidf import TfidfModel
from listenbench.corpora import Entity, Post, load_corpus, resolve_task


@pytest.fixture(scope="module")
def demo() -> Any:
    return load_corpus("demo")


def _same(a: Predictions, b: Predictions) -> None:
    np.testing.assert_array_equal(a.scores, b.scores)
    np.testing.assert_array_equal(a.decisions, b.decisions)
    assert a.classes == b.classes
    if a.class_scores is None:
        assert b.class_scores is None
    else:
        np.testing.assert_array_equal(a.class_scores, b.class_scores)


@pytest.mark.parametrize(("task_name", "spec"), [("relevance", "threshold=dev"), ("level", "")])
def test_save_load_predicts_identically(
    tmp_path: Path, demo: Any, task_name: str, spec: str
) -> None:
    from listenbench.baselines.tfidf import parse_params

    model = TfidfModel.fit(demo, resolve_task(task_name, demo.labels), parse_params(spec))
    assert isinstance(model, SavableModel)
    model.save(tmp_path / "m")
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == [
        "arrays.npz",
        SAVED_MODEL_FILE,
        "tfidf.json",
    ]
    meta = read_saved_meta(tmp_path / "m")
    assert meta.family == "tfidf" and meta.format_version == 1
    assert meta.class_path == "listenbench.baselines.tfidf._model.TfidfModel"
    assert meta.info == model.info
    loaded = load_saved_model(tmp_path / "m")
    assert isinstance(loaded, TfidfModel)
    assert loaded.info == model.info and loaded.threshold == model.threshold
    posts, ents = demo.posts[:40], demo.entities
    _same(model.predict(posts, ents), loaded.predict(posts, ents))


def _tamper(path: Path, **changes: Any) -> None:
    file = path / SAVED_MODEL_FILE
    data = json.loads(file.read_text(encoding="utf-8"))
    data.update(changes)
    file.write_text(json.dumps(data), encoding="utf-8")


class _Const:
    """A minimal savable model defined outside listenbench."""

    info = ModelInfo("const", "const", "1", {"value": "0.25"})

    def predict(self, posts: Any, entities: Any) -> Predictions:
        shape = (len(posts), len(entities))
        return Predictions(np.full(shape, 0.25), np.zeros(shape, dtype=bool))

    def save(self, path: Path) -> None:
        write_saved_meta(path, self, format_version=2)

    @classmethod
    def load(cls, path: Path) -> _Const:
        return cls()


def test_outside_classes_need_registration(tmp_path: Path) -> None:
    _Const().save(tmp_path / "c")
    with pytest.raises(SavedModelError, match=r"class '[\w.]*_Const' is not part of listenbench"):
        load_saved_model(tmp_path / "c")
    register_saved_model(_Const)
    model = load_saved_model(tmp_path / "c")
    assert isinstance(model, _Const)
    assert model.predict([Post("p", "t", "en")], [Entity("e", "E")]).scores.tolist() == [[0.25]]


def test_loader_errors(tmp_path: Path, demo: Any) -> None:
    model = TfidfModel.fit(demo, resolve_task("relevance", demo.labels))
    path = tmp_path / "m"
    with pytest.raises(SavedModelError, match="not a saved listenbench model"):
        load_saved_model(path)
    model.save(path)

    _tamper(path, **{"class": "os.system"})
    with pytest.raises(SavedModelError, match=r"class 'os\.system' is not part of listenbench"):
        load_saved_model(path)
    _tamper(path, **{"class": "listenbench.baselines.nope.Model"})
    with pytest.raises(SavedModelError, match="not found in this listenbench"):
        load_saved_model(path)
    _tamper(path, **{"class": "listenbench.baselines.tfidf._model.TfidfModel"})
    _tamper(path, format_version=9)
    with pytest.raises(SavedModelError, match="format_version is 9, this listenbench reads 1"):
        load_saved_model(path)
    _tamper(path, format_version=1, info={"name": "x"})
    with pytest.raises(SavedModelError, match="'info' must be an object with string name"):
        load_saved_model(path)

    model.save(path)  # repair, then break the arrays
    (path / "arrays.npz").write_bytes(b"not an npz")
    with pytest.raises(SavedModelError, match="not a readable tfidf model"):
        load_saved_model(path)
    (path / SAVED_MODEL_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(SavedModelError, match=r"listenbench-model\.json: not valid JSON"):
        load_saved_model(path)
