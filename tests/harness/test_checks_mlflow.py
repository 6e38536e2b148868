"""Behavioural-test reports logged to MLflow, read back through the client."""

from __future__ import annotations

import json
import math
from pathlib import Path

import mlflow
import pytest

from listenbench.harness.checks import CheckReport, log_checks_to_mlflow, run_checks


@pytest.fixture
def report(tiny_corpus: Path) -> CheckReport:
    return run_checks(str(tiny_corpus), "alias", seed=5)


def test_new_run_has_tags_params_metrics_and_artifacts(
    report: CheckReport, mlflow_uri: str
) -> None:
    run_id = log_checks_to_mlflow(report, mlflow_uri, "checks")
    client = mlflow.MlflowClient(mlflow_uri)
    run = client.get_run(run_id)
    assert client.get_experiment(run.info.experiment_id).name == "checks"

    tags = run.data.tags
    assert tags["listenbench.kind"] == "check"
    assert tags["listenbench.corpus_digest"] == report.corpus.digest
    assert tags["listenbench.check.seed"] == "5"
    for key in ("listenbench.version", "numba.version", "python.version", "listenbench.group"):
        assert tags[key]
    params = run.data.params
    assert params["model"] == "alias" and params["seed"] == "5"
    assert params["check.max_per_test"] == str(report.max_per_test)

    expected = {k: v for k, v in report.flat_metrics().items() if not math.isnan(v)}
    assert run.data.metrics == pytest.approx(expected)
    assert run.data.metrics["check/INV/n_cases"] == report.cell("INV").n_cases

    cases = Path(client.download_artifacts(run_id, "checks/cases.jsonl"))
    rows = [json.loads(line) for line in cases.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(report.results)
    assert rows[0]["test_type"] == report.results[0].test_type
    skipped = json.loads(Path(client.download_artifacts(run_id, "checks/skipped.json")).read_text())
    assert {s["test"] for s in skipped} >= {"negation", "negative-clause"}
    assert "summary.json" in {Path(a.path).name for a in client.list_artifacts(run_id, "checks")}


def test_logging_into_an_existing_run_keeps_its_data(report: CheckReport, mlflow_uri: str) -> None:
    mlflow.set_tracking_uri(mlflow_uri)
    experiment = mlflow.set_experiment("checks")
    with mlflow.start_run(experiment_id=experiment.experiment_id) as active:
        mlflow.log_param("model", "alias")
        mlflow.log_metric("f1", 0.5)
        run_id = active.info.run_id
    assert log_checks_to_mlflow(report, mlflow_uri, "checks", run_id=run_id) == run_id
    run = mlflow.MlflowClient(mlflow_uri).get_run(run_id)
    assert run.data.metrics["f1"] == 0.5
    assert run.data.metrics["check/failure_rate"] == pytest.approx(report.cell().failure_rate)
    assert run.data.params == {"model": "alias"}
    assert run.data.tags["listenbench.checks"] == "1"
