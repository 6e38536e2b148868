"""One configuration object for a run, shared by the CLI, files and Python.

Example:
    >>> cfg = RunConfig(corpus="demo", models=("keyword",))
    >>> cfg.split, cfg.n_boot, cfg.seed
    ('test', 1000, 0)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

#: Where results go unless --results / --tracking-uri / MLFLOW_TRACKING_URI say otherwise.
DEFAULT_RESULTS_DIR = Path("listenbench-results")
DEFAULT_EXPERIMENT = "listenbench"


class ConfigError(ValueError):
    """A run configuration that cannot work (bad split, n_boot, ...)."""


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Everything that defines a run.

    ``split`` is ``"test"``, ``"dev"``, ``"train"`` or ``"all"``; a corpus
    without split labels is scored whole. ``tracking_uri=None`` means
    ``MLFLOW_TRACKING_URI`` if set, else a SQLite store in ``results_dir``;
    ``log_mlflow=False`` skips MLflow entirely. ``task`` overrides the corpus's
    own task, e.g. ``"level"`` or ``"sentiment"`` on a relevance corpus whose
    labels carry those fields.
    """

    corpus: str
    models: tuple[str, ...] = ("keyword",)
    split: str = "test"
    n_boot: int = 1000
    seed: int = 0
    confidence: float = 0.95
    results_dir: Path = DEFAULT_RESULTS_DIR
    tracking_uri: str | None = None
    experiment: str = DEFAULT_EXPERIMENT
    run_name: str | None = None
    log_mlflow: bool = True
    log_predictions: bool = True
    slice_kinds: tuple[str, ...] = ("entity", "lang", "tag", "channel", "level", "class")
    #: The task to score (``relevance``, ``pair``, ``level``, ``sentiment``);
    #: None means the corpus manifest's task.
    task: str | None = None
    extra_tags: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.split not in ("train", "dev", "test", "all"):
            raise ConfigError(f"split must be one of train, dev, test, all; got {self.split!r}")
        if not self.models:
            raise ConfigError("at least one model is needed, e.g. --model keyword")
        if self.n_boot < 0:
            raise ConfigError(f"n_boot must be >= 0, got {self.n_boot}")
        if not 0.5 <= self.confidence < 1.0:
            raise ConfigError(f"confidence must be in [0.5, 1), got {self.confidence}")

    def resolved_tracking_uri(self) -> str:
        """The MLflow tracking URI this run logs to.

        Example:
            >>> RunConfig(corpus="demo", tracking_uri="sqlite:///x.db").resolved_tracking_uri()
            'sqlite:///x.db'
        """
        if self.tracking_uri:
            return self.tracking_uri
        env = os.environ.get("MLFLOW_TRACKING_URI")
        if env:
            return env
        db = (Path(self.results_dir) / "mlflow.db").resolve()
        return f"sqlite:///{db}"

    def with_(self, **changes: object) -> RunConfig:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
