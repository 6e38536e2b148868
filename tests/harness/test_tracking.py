"""What a run logs to MLflow, read back through the MLflow client."""

from __future__ import annotations

import json
from pathlib import Path

import mlflow
import pytest

from listenbench.harness import run


def test_run_logs_params_metrics_dataset_table_predictions_and_tags(
    tiny_corpus: Path, mlflow_uri: str
) -> None:
    result = run(str(tiny_corpus), models=["keyword"], tracking_uri=mlflow_uri, n_boot=100, seed=3)
    (r,) = result.results
    assert r.mlflow_run_id is not None
    client = mlflow.MlflowClient(mlflow_uri)
    logged = client.get_run(r.mlflow_run_id)

    params = logged.data.params
    assert params["corpus_digest"] == result.corpus.digest
    assert params["model.query_set_hash"] == r.info.config["query_set_hash"]
    assert params["seed"] == "3"
    assert params["split"] == "test"

    metrics = logged.data.metrics
    o = r.report.overall
    assert metrics["f1"] == pytest.approx(o.f1.value)
    assert metrics["f1_low"] == pytest.approx(o.f1.low)
    assert metrics["lang/zh-Hans/f1"] == pytest.approx(r.report.get("lang", "zh-Hans").f1.value)
    assert "posts_per_second" in metrics

    tags = logged.data.tags
    for key in ("listenbench.version", "numba.version", "python.version", "listenbench.group"):
        assert tags[key]

    (dataset_input,) = logged.inputs.dataset_inputs
    assert dataset_input.dataset.digest == result.corpus.digest.removeprefix("sha256:")[:32]

    artifacts = {a.path for a in client.list_artifacts(r.mlflow_run_id)}
    assert {"predictions", "metrics"} <= artifacts
    local = Path(client.download_artifacts(r.mlflow_run_id, "predictions/predictions.jsonl"))
    rows = [json.loads(line) for line in local.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5
    assert {(x["post_id"], x["entity_id"], x["decision"]) for x in rows} >= {
        ("p1", "microsoft", True),
        ("p4", "apple", True),
        ("p2", "microsoft", False),
    }
    table = json.loads(
        Path(client.download_artifacts(r.mlflow_run_id, "metrics/slices.json")).read_text()
    )
    assert "slice_kind" in table["columns"]


def test_models_of_one_run_share_a_group_tag(tiny_corpus: Path, mlflow_uri: str) -> None:
    result = run(str(tiny_corpus), models=["keyword", "alias"], tracking_uri=mlflow_uri, n_boot=0)
    client = mlflow.MlflowClient(mlflow_uri)
    groups = {
        client.get_run(str(r.mlflow_run_id)).data.tags["listenbench.group"] for r in result.results
    }
    assert len(groups) == 1


def test_default_store_is_sqlite_in_the_results_folder(
    tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    result = run(str(tiny_corpus), models=["alias"], results_dir=tmp_path / "res", n_boot=0)
    assert result.tracking_uri == f"sqlite:///{(tmp_path / 'res' / 'mlflow.db').resolve()}"
    assert (tmp_path / "res" / "mlflow.db").is_file()
