"""MLflow logging of run results (imported lazily: MLflow is slow to import).

Each model's result becomes one MLflow run, tagged with a shared
``listenbench.group`` id so that the models of one ``listenbench run`` can
be found together. A run records: params (model, its config incl. the query
set hash, corpus identity, split, seed, bootstrap settings), metrics (overall
and per slice, with CI bounds), the corpus as a dataset input with its
digest, per-slice tables (``mlflow.log_table``), predictions as an artifact,
and tags for the listenbench, numba, numpy, mlflow and Python versions and the
git commit when known.
"""

from __future__ import annotations

import json
import logging
import platform
import subprocess
import tempfile
import uuid
import warnings
from pathlib import Path
from typing import Any

from listenbench.baselines._version import listenbench_version
from listenbench.harness._config import RunConfig
from listenbench.harness._results import CorpusInfo, ModelResult

#: MLflow's dataset digest column holds at most this many characters.
_MLFLOW_DIGEST_CHARS = 32


def git_commit(cwd: Path | None = None) -> str | None:
    """The current git commit of ``cwd`` (or None outside a git checkout).

    Example:
        >>> git_commit(Path("/")) is None
        True
    """
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = out.stdout.strip()
    return commit if out.returncode == 0 and len(commit) == 40 else None


def environment_tags() -> dict[str, str]:
    """Versions of everything that can change a score or a timing."""
    import mlflow
    import numba
    import numpy

    tags = {
        "listenbench.version": listenbench_version(),
        "numba.version": numba.__version__,
        "numpy.version": numpy.__version__,
        "mlflow.version": mlflow.__version__,
        "python.version": platform.python_version(),
        "platform": platform.platform(),
    }
    commit = git_commit(Path(__file__).resolve().parent)
    if commit:
        tags["mlflow.source.git.commit"] = commit
        tags["listenbench.git_commit"] = commit
    return tags


class MlflowLogger:
    """Logs each :class:`ModelResult` of one run as an MLflow run."""

    def __init__(self, config: RunConfig, corpus: CorpusInfo) -> None:
        self.config = config
        self.corpus = corpus
        self.tracking_uri = config.resolved_tracking_uri()
        self.experiment_id = open_experiment(self.tracking_uri, config.experiment)
        self.group = uuid.uuid4().hex[:12]
        self._env_tags = environment_tags()

    def _params(self, result: ModelResult) -> dict[str, str]:
        c, cfg = self.corpus, self.config
        params = {
            "model": result.info.name,
            "model_family": result.info.family,
            "model_version": result.info.version,
            "corpus": c.name,
            "corpus_version": c.version,
            "corpus_digest": c.digest,
            "split": c.split,
            "seed": str(cfg.seed),
            "n_boot": str(cfg.n_boot),
            "confidence": str(cfg.confidence),
        }
        for key, value in result.info.config.items():
            params[f"model.{key}"] = value
        return params

    def _dataset(self, result: ModelResult) -> Any:
        import pandas as pd
        from mlflow.data.pandas_dataset import from_pandas

        pairs = result.pairs
        frame = pd.DataFrame(
            {
                "post_id": [result.post_ids[i] for i in pairs.post],
                "entity_id": list(pairs.entity),
                "lang": list(pairs.lang),
                "relevant": list(pairs.y_true),
            }
        )
        digest = self.corpus.digest.removeprefix("sha256:")[:_MLFLOW_DIGEST_CHARS]
        with warnings.catch_warnings():
            # A local folder "can be interpreted in multiple ways" by MLflow's source registry.
            warnings.simplefilter("ignore", UserWarning)
            return from_pandas(
                frame,
                source=self.corpus.path,
                targets="relevant",
                name=f"{self.corpus.name}@{self.corpus.version}:{self.corpus.split}",
                digest=digest,
            )

    def log(self, result: ModelResult) -> str:
        """Log one model's result; returns the MLflow run id."""
        import mlflow
        import pandas as pd

        tags = dict(self._env_tags)
        tags.update(
            {
                "listenbench.group": self.group,
                "listenbench.corpus": self.corpus.name,
                "listenbench.corpus_digest": self.corpus.digest,
                "listenbench.task": self.corpus.task,
                "listenbench.classes": ",".join(self.corpus.classes),
                "listenbench.model_family": result.info.family,
            }
        )
        tags.update(self.config.extra_tags)
        run_name = self.config.run_name or f"{result.info.name} on {self.corpus.name}"
        with mlflow.start_run(
            experiment_id=self.experiment_id, run_name=run_name, tags=tags
        ) as active:
            mlflow.log_params(self._params(result))
            metrics = result.report.flat_metrics()
            metrics["posts_per_second"] = result.posts_per_second
            metrics["pairs_per_second"] = result.pairs_per_second
            if result.cache_hit_rate is not None:
                metrics["cache_hit_rate"] = result.cache_hit_rate
            metrics["predict_seconds"] = result.predict_seconds
            finite = {k: float(v) for k, v in metrics.items() if v == v}  # drop NaN
            mlflow.log_metrics(finite)
            mlflow.log_input(self._dataset(result), context=self.corpus.split)
            mlflow.log_table(pd.DataFrame(result.report.to_rows()), "metrics/slices.json")
            if self.config.log_predictions:
                self._log_predictions(result)
            return str(active.info.run_id)

    def _log_predictions(self, result: ModelResult) -> None:
        import mlflow

        pairs = result.pairs
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "predictions.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for k in range(len(pairs)):
                    row = {
                        "post_id": result.post_ids[int(pairs.post[k])],
                        "entity_id": str(pairs.entity[k]),
                        "score": float(pairs.score[k]),
                        "decision": bool(pairs.y_pred[k]),
                        "relevant": bool(pairs.y_true[k]),
                    }
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            mlflow.log_artifact(str(path), artifact_path="predictions")


def open_experiment(tracking_uri: str, name: str) -> str:
    """Point MLflow at ``tracking_uri`` and return the id of experiment ``name``,
    creating it (with artifacts beside a SQLite store) if needed.

    The same set-up :class:`MlflowLogger` does, for code that logs its own runs
    (``listenbench check``).

    Example:
        >>> open_experiment("sqlite:///results/mlflow.db", "listenbench")  # doctest: +SKIP
        '1'
    """
    import mlflow

    # MLflow's INFO lines ("Creating initial MLflow database tables...") are noise here.
    logging.getLogger("mlflow").setLevel(logging.WARNING)
    if tracking_uri.startswith("sqlite:///"):
        Path(tracking_uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    mlflow.set_tracking_uri(tracking_uri)
    client = mlflow.MlflowClient(tracking_uri)
    found = client.get_experiment_by_name(name)
    if found is not None:
        return str(found.experiment_id)
    artifact_location = None
    if tracking_uri.startswith("sqlite:///"):
        db = Path(tracking_uri.removeprefix("sqlite:///"))
        artifact_location = (db.parent / "artifacts").resolve().as_uri()
    return str(client.create_experiment(name, artifact_location))
