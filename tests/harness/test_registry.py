"""Model specs, the registry and entry-point plugins."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from listenbench.baselines import Model, ModelContext, ModelInfo, ModelSpecError, Predictions
from listenbench.corpora import Entity, Post
from listenbench.harness import _registry, available_models, load_model, parse_spec


def test_parse_spec() -> None:
    assert parse_spec("keyword:queries.txt") == ("keyword", "queries.txt")
    assert parse_spec("keyword") == ("keyword", "")
    assert parse_spec("mlflow:models:/x/3") == ("mlflow", "models:/x/3")
    with pytest.raises(ModelSpecError, match="empty model spec"):
        parse_spec(":x")


def test_unknown_family_lists_known_ones() -> None:
    with pytest.raises(ModelSpecError, match=r"unknown model family 'nope'.*alias.*keyword"):
        load_model("nope")


def test_keyword_without_query_file_explains_what_to_do() -> None:
    with pytest.raises(ModelSpecError, match="needs a query file"):
        load_model("keyword", ModelContext())
    with pytest.raises(ModelSpecError, match="not found"):
        load_model("keyword:/no/such/queries.txt")


class _Always:
    def __init__(self, arg: str) -> None:
        self.arg = arg

    @property
    def info(self) -> ModelInfo:
        return ModelInfo(name=f"always:{self.arg}", family="plugin", version="1")

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        shape = (len(posts), len(entities))
        return Predictions(scores=np.ones(shape), decisions=np.ones(shape, dtype=bool))


class _FakeEntryPoint:
    name = "always"
    value = "fake_plugin:make"

    def load(self) -> Any:
        return lambda arg, ctx: _Always(arg)


def test_entry_point_plugins_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_registry, "entry_points", lambda group: [_FakeEntryPoint()])
    assert "always" in available_models()
    model = load_model("always:yes")
    assert isinstance(model, Model)
    assert model.info.name == "always:yes"


def test_predictions_validate_shape_and_range() -> None:
    with pytest.raises(ValueError, match="must both have shape"):
        Predictions(scores=np.zeros((2, 2)), decisions=np.zeros((2, 3), dtype=bool))
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        Predictions(scores=np.full((1, 1), 1.5), decisions=np.ones((1, 1), dtype=bool))
