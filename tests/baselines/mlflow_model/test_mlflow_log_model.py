"""Round trips through a real (temporary SQLite) MLflow store: log_model, then MlflowModel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from listenbench.baselines.mlflow_model import MlflowModel, MlflowModelError, log_model
from listenbench.baselines.tfidf import TfidfModel, parse_params
from listenbench.corpora import Entity, Post, load_corpus, resolve_task


@pytest.fixture(scope="module")
def demo() -> Any:
    return load_corpus("demo")


@pytest.fixture
def experiment(mlflow_uri: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Point MLflow at a fresh store whose artifacts live under tmp_path."""
    import mlflow

    monkeypatch.setenv("MLFLOW_TRACKING_URI", mlflow_uri)
    monkeypatch.setenv("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    mlflow.set_tracking_uri(mlflow_uri)
    client = mlflow.MlflowClient(mlflow_uri)
    yield client.create_experiment("listenbench-test", (tmp_path / "artifacts").as_uri())
    mlflow.set_tracking_uri(None)


def test_logged_tfidf_scores_identically_by_run_and_registry(experiment: str, demo: Any) -> None:
    import mlflow

    task = resolve_task("relevance", demo.labels)
    model = TfidfModel.fit(demo, task, parse_params("threshold=dev"))
    with mlflow.start_run(experiment_id=experiment) as run:
        uri = log_model(model, registered_model_name="brand-filter")
    run_id = run.info.run_id
    assert uri.startswith("models:/")
    mlflow.MlflowClient().set_registered_model_alias("brand-filter", "champion", "1")

    posts, ents = demo.posts[:30], demo.entities
    expected = model.predict(posts, ents)
    for spec_uri, version in [
        (f"runs:/{run_id}/model", run_id),
        ("models:/brand-filter/1", "1"),
        ("models:/brand-filter@champion", "1"),
    ]:
        loaded = MlflowModel.from_uri(spec_uri, task)
        got = loaded.predict(posts, ents)
        np.testing.assert_array_equal(got.scores, expected.scores)
        np.testing.assert_array_equal(got.decisions, expected.decisions)  # tuned threshold kept
        info = loaded.info
        assert (info.name, info.family, info.version) == (f"mlflow:{spec_uri}", "mlflow", version)
        assert info.config["run_id"] == run_id and info.config["model_uri"] == spec_uri
        assert info.config["logged_family"] == "tfidf"
        assert info.config["logged.train_corpus_digest"] == demo.digest
        assert info.config["logged.threshold"] == model.info.config["threshold"]
    schema = loaded.pyfunc.metadata.get_input_schema()
    assert schema.input_names()[:3] == ["post_id", "text", "lang"]


def test_logged_multiclass_model(experiment: str, demo: Any) -> None:
    import mlflow

    task = resolve_task("level", demo.labels)
    model = TfidfModel.fit(demo, task)
    with mlflow.start_run(experiment_id=experiment):
        uri = log_model(model, name="level-model")
    outputs = mlflow.models.get_model_info(uri).signature.outputs.input_names()
    assert outputs == ["score"] + [f"class_{c}" for c in task.classes]
    loaded = MlflowModel.from_uri(uri, task)
    posts, ents = demo.posts[:12], demo.entities[:3]
    got, expected = loaded.predict(posts, ents), model.predict(posts, ents)
    assert got.classes == expected.classes == task.classes
    np.testing.assert_array_equal(got.class_scores, expected.class_scores)


class NameMatcher:
    """A user's own pyfunc following SIGNATURE.md; declares entity_aliases as a string."""

    def predict(self, context: Any, model_input: pd.DataFrame, params: Any = None) -> pd.DataFrame:
        scores = []
        for text, name, aliases in zip(
            model_input["text"],
            model_input["entity_name"],
            model_input["entity_aliases"],
            strict=True,
        ):
            assert isinstance(aliases, str), "SIGNATURE.md: string aliases arrive '|'-joined"
            names = [name, *filter(None, aliases.split("|"))]
            scores.append(0.8 if any(n.lower() in text.lower() for n in names) else 0.1)
        return pd.DataFrame({"score": scores, "decision": [s > 0.5 for s in scores]})


@pytest.mark.filterwarnings("ignore:.*input example was not provided")
def test_user_pyfunc_following_signature_is_evaluated(experiment: str) -> None:
    import mlflow
    from mlflow.models import ModelSignature
    from mlflow.pyfunc import PythonModel
    from mlflow.types import ColSpec, Schema

    class UserModel(NameMatcher, PythonModel):  # type: ignore[misc]
        pass

    inputs = Schema([ColSpec("string", c) for c in ("text", "entity_name", "entity_aliases")])
    outputs = Schema([ColSpec("double", "score"), ColSpec("boolean", "decision")])
    with mlflow.start_run(experiment_id=experiment) as run:
        mlflow.pyfunc.log_model(
            name="model",
            python_model=UserModel(),
            signature=ModelSignature(inputs=inputs, outputs=outputs),
            pip_requirements=["mlflow"],
        )
    model = MlflowModel.from_uri(f"runs:/{run.info.run_id}/model")
    posts = [Post("1", "Mon forfait Orange", "fr"), Post("2", "我买了苹果手机", "zh-Hans")]
    ents = [Entity("orange", "Orange"), Entity("apple", "Apple", ("iPhone", "苹果"))]
    pred = model.predict(posts, ents)
    assert pred.scores.tolist() == [[0.8, 0.1], [0.1, 0.8]]
    assert pred.decisions.tolist() == [[True, False], [False, True]]
    assert model.info.version == run.info.run_id
    assert "logged_family" not in model.info.config  # not logged by listenbench


def test_unknown_model_uri_is_a_clear_error(experiment: str) -> None:
    with pytest.raises(MlflowModelError) as err:
        MlflowModel.from_uri("models:/no-such-model/1")
    assert str(err.value).startswith("cannot load MLflow model 'models:/no-such-model/1': ")
