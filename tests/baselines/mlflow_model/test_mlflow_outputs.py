"""MlflowModel reads a pyfunc's answer and rejects bad ones clearly (no MLflow store needed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest

from listenbench.baselines import ModelContext
from listenbench.baselines.mlflow_model import MlflowModel, MlflowModelError, make_mlflow
from listenbench.corpora import Entity, Label, Post, resolve_task

POSTS = [Post("p1", "my iPhone", "en"), Post("p2", "apple pie", "en")]
ENTITIES = [Entity("apple", "Apple", ("iPhone",)), Entity("orange", "Orange")]
URI = "runs:/0123abc/model"  # not models:/, so no registry is asked for a version


class FakePyfunc:
    """Stands in for a loaded pyfunc: answers with ``answer(input frame)``."""

    metadata = None

    def __init__(self, answer: Callable[[pd.DataFrame], Any]) -> None:
        self.answer = answer
        self.seen: list[pd.DataFrame] = []

    def predict(self, frame: pd.DataFrame) -> Any:
        self.seen.append(frame)
        return self.answer(frame)


def _model(answer: Callable[[pd.DataFrame], Any], task: str = "relevance") -> MlflowModel:
    labels = [Label("p", "e", True, level="about"), Label("q", "e", False, level="none")]
    return MlflowModel(URI, FakePyfunc(answer), resolve_task(task, labels))


def test_scores_and_default_decisions() -> None:
    model = _model(lambda df: pd.DataFrame({"score": [0.9, 0.5, 0.2, 0.0]}))
    pred = model.predict(POSTS, ENTITIES)
    assert pred.scores.tolist() == [[0.9, 0.5], [0.2, 0.0]]
    assert pred.decisions.tolist() == [[True, True], [False, False]]  # score >= 0.5
    sent = model.pyfunc.seen[0]
    assert sent.post_id.tolist() == ["p1", "p1", "p2", "p2"]
    # Optional columns that are empty everywhere are left out.
    assert "channel" not in sent.columns and "text_pair" not in sent.columns
    assert model.info.family == "mlflow" and model.info.name == f"mlflow:{URI}"
    assert model.info.config["model_uri"] == URI


def test_decision_column_wins() -> None:
    model = _model(lambda df: {"score": [0.9, 0.1, 0.2, 0.3], "decision": [0, 1, True, False]})
    assert model.predict(POSTS, ENTITIES).decisions.tolist() == [[False, True], [True, False]]


def test_class_columns_for_multiclass_tasks() -> None:
    answer = _frame(
        score=[0.7] * 4,
        class_about=[0.7, 0.2, 0.4, 0.1],
        class_none=[0.3, 0.8, 0.6, 0.9],
        class_direct=[0.0] * 4,  # not a class of this corpus: ignored
    )
    pred = _model(answer, task="level").predict(POSTS, ENTITIES)
    assert pred.classes == ("about", "none")
    assert pred.predicted_classes().tolist() == [[0, 1], [1, 1]]
    np.testing.assert_allclose(pred.scores, [[0.7, 0.8], [0.6, 0.9]])


def _frame(**columns: Any) -> Callable[[pd.DataFrame], pd.DataFrame]:
    return lambda df: pd.DataFrame(columns)


def _raise(df: pd.DataFrame) -> Any:
    return 1 / 0


BAD_OUTPUTS = [
    (lambda df: [0.1, 0.2, 0.3, 0.4], "relevance", "returned a list, expected a pandas DataFrame"),
    (_frame(prob=[0.1] * 4), "relevance", "returned no 'score' column (columns: prob)"),
    (_frame(score=[0.1] * 3), "relevance", "returned 3 rows for 4 input rows"),
    (
        _frame(score=[0.1, 1.5, 2, 0]),
        "relevance",
        "returned score=1.5 at row 1 (2 bad row(s)); expected a number in [0, 1]",
    ),
    (_frame(score=[0.1, None, 0, 0]), "relevance", "returned score=nan at row 1"),
    (_frame(score=["a", 0.1, 0, 0]), "relevance", "returned score='a' at row 0"),
    (
        _frame(score=[0.1] * 4, decision=["yes"] * 4),
        "relevance",
        "returned decision='yes' at row 0; expected true/false",
    ),
    (
        _frame(score=[0.1] * 4, class_about=[0.1] * 4),
        "level",
        "returned no class_none column(s), needed for the 'level' task",
    ),
    (_raise, "relevance", "failed on predict: ZeroDivisionError: division by zero"),
]


@pytest.mark.parametrize(("answer", "task", "message"), BAD_OUTPUTS)
def test_bad_outputs_are_clear_errors(answer: Any, task: str, message: str) -> None:
    with pytest.raises(MlflowModelError) as err:
        _model(answer, task).predict(POSTS, ENTITIES)
    text = str(err.value)
    assert text.startswith(f"MLflow model {URI!r} ")
    assert message in text
    assert "\n" not in text


def test_empty_batch_does_not_call_the_model() -> None:
    model = _model(_raise, task="level")
    pred = model.predict([], ENTITIES)
    assert pred.shape == (0, 2) and pred.class_scores is not None
    assert model.pyfunc.seen == []


def test_factory_needs_a_uri() -> None:
    with pytest.raises(MlflowModelError, match="model 'mlflow' needs a model URI"):
        make_mlflow("  ", ModelContext())
