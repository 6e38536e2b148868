"""Log a behavioural-test report to MLflow (imported lazily: MLflow is slow to import).

Either into an existing run (the run of the same model from ``listenbench
run``: the failure rates then sit beside its F1) or as a new run tagged like
the others (environment versions, corpus digest, model family) plus
``listenbench.kind = check``.

Logged: every ``flat_metrics`` key (``check/INV/casing/lang/fr/failure_rate``
and ``n_cases``), the per-cell table ``checks/summary.json``
(``mlflow.log_table``), every case as ``checks/cases.jsonl`` and the skipped
tests as ``checks/skipped.json``; in a new run also params (model, corpus,
seed, cap, tolerance).
"""

from __future__ import annotations

import json
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path

from listenbench.harness.checks._report import CheckReport


def _check_tags(report: CheckReport) -> dict[str, str]:
    return {
        "listenbench.checks": "1",
        "listenbench.check.seed": str(report.seed),
        "listenbench.check.max_per_test": str(report.max_per_test or "all"),
        "listenbench.check.tolerance": str(report.tolerance),
        "listenbench.check.languages": ",".join(report.languages),
    }


def _params(report: CheckReport) -> dict[str, str]:
    c = report.corpus
    params = {
        "model": report.model.name,
        "model_family": report.model.family,
        "model_version": report.model.version,
        "corpus": c.name,
        "corpus_version": c.version,
        "corpus_digest": c.digest,
        "split": c.split,
        "seed": str(report.seed),
        "check.max_per_test": str(report.max_per_test or "all"),
        "check.tolerance": str(report.tolerance),
    }
    for key, value in report.model.config.items():
        params[f"model.{key}"] = value
    return params


def _log_payload(report: CheckReport, log_cases: bool) -> None:
    import mlflow
    import pandas as pd

    metrics = {k: float(v) for k, v in report.flat_metrics().items() if v == v}  # drop NaN
    mlflow.log_metrics(metrics)
    rows = report.to_rows()
    if rows:
        mlflow.log_table(pd.DataFrame(rows), "checks/summary.json")
    with tempfile.TemporaryDirectory() as tmp:
        skipped = Path(tmp) / "skipped.json"
        skipped.write_text(
            json.dumps([asdict(s) for s in report.skipped], ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        mlflow.log_artifact(str(skipped), artifact_path="checks")
        if log_cases:
            cases = Path(tmp) / "cases.jsonl"
            with cases.open("w", encoding="utf-8") as fh:
                for row in report.case_rows():
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            mlflow.log_artifact(str(cases), artifact_path="checks")


def log_checks_to_mlflow(
    report: CheckReport,
    tracking_uri: str,
    experiment: str = "listenbench",
    *,
    run_id: str | None = None,
    run_name: str | None = None,
    extra_tags: Mapping[str, str] | None = None,
    log_cases: bool = True,
) -> str:
    """Log a report's metrics, tables and cases to MLflow; returns the run id.

    With ``run_id`` the results go into that existing run (its params are
    left alone; the check settings become ``listenbench.check.*`` tags).
    Otherwise a new run is started in ``experiment`` with the environment
    tags every listenbench run has, ``listenbench.kind = check``, and params
    for the model, corpus and settings. ``extra_tags`` (e.g. a shared
    ``listenbench.group``) are added to either.

    Example:
        >>> report = run_checks("demo", "keyword")  # doctest: +SKIP
        >>> log_checks_to_mlflow(report, "sqlite:///results/mlflow.db")  # doctest: +SKIP
        '3f2a…'
    """
    import mlflow

    from listenbench.harness._tracking import environment_tags, open_experiment

    experiment_id = open_experiment(tracking_uri, experiment)
    tags = _check_tags(report)
    tags.update(extra_tags or {})
    if run_id is not None:
        with mlflow.start_run(run_id=run_id):
            mlflow.set_tags(tags)
            _log_payload(report, log_cases)
        return run_id
    c = report.corpus
    all_tags = environment_tags()
    all_tags.update(
        {
            "listenbench.group": uuid.uuid4().hex[:12],
            "listenbench.kind": "check",
            "listenbench.corpus": c.name,
            "listenbench.corpus_digest": c.digest,
            "listenbench.task": c.task,
            "listenbench.model_family": report.model.family,
        }
    )
    all_tags.update(tags)
    name = run_name or f"check: {report.model.name} on {c.name}"
    with mlflow.start_run(experiment_id=experiment_id, run_name=name, tags=all_tags) as active:
        mlflow.log_params(_params(report))
        _log_payload(report, log_cases)
        return str(active.info.run_id)
