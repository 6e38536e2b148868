"""Result objects of a run: one per model, plus the run's context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from listenbench.baselines import ModelInfo
from listenbench.corpora._tasks import BINARY_CLASSES
from listenbench.harness._config import RunConfig
from listenbench.harness.metrics import MetricReport, PairTable


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What identifies the scored data: recorded with every result."""

    name: str
    version: str
    digest: str
    path: str
    split: str
    n_posts: int
    n_entities: int
    n_pairs: int
    task: str
    #: The task's classes (``("no", "yes")`` for binary tasks).
    classes: tuple[str, ...] = BINARY_CLASSES


@dataclass(frozen=True, slots=True)
class ModelResult:
    """One model's scores on the run's corpus."""

    info: ModelInfo
    report: MetricReport
    pairs: PairTable
    post_ids: tuple[str, ...]
    predict_seconds: float
    mlflow_run_id: str | None = None
    #: (post, entity) pairs the timed ``predict`` calls covered.
    n_predicted: int = 0
    #: For models with a cache (embeddings): share of lookups served from it
    #: while predicting; None for models without one.
    cache_hit_rate: float | None = None

    @property
    def posts_per_second(self) -> float:
        """Posts of the corpus per second of timed (post-warm-up) ``predict`` calls."""
        n = len(self.post_ids)
        return n / self.predict_seconds if self.predict_seconds > 0 else float("inf")

    @property
    def pairs_per_second(self) -> float:
        """(post, entity) pairs predicted per second of timed ``predict`` calls."""
        n = self.n_predicted
        return n / self.predict_seconds if self.predict_seconds > 0 else float("inf")


@dataclass(frozen=True, slots=True)
class ModelFailure:
    """A model of the run that could not be scored, and why (one line)."""

    spec: str
    message: str


@dataclass(frozen=True, slots=True)
class RunResult:
    """Everything a run produced; ``summary()`` is JSON-ready."""

    config: RunConfig
    corpus: CorpusInfo
    results: tuple[ModelResult, ...]
    tracking_uri: str | None
    experiment_name: str | None
    seed: int
    failures: tuple[ModelFailure, ...] = ()

    def summary(self) -> dict[str, Any]:
        """A JSON-serialisable summary: corpus identity and each model's overall metrics.

        Example:
            >>> # result = listenbench.harness.run("demo"); result.summary()["models"][0]["f1"]
        """
        models = []
        for r in self.results:
            o = r.report.overall
            models.append(
                {
                    "model": r.info.name,
                    "family": r.info.family,
                    "version": r.info.version,
                    "config": dict(r.info.config),
                    "mlflow_run_id": r.mlflow_run_id,
                    "posts_per_second": r.posts_per_second,
                    "pairs_per_second": r.pairs_per_second,
                    "cache_hit_rate": r.cache_hit_rate,
                    "precision": [o.precision.value, o.precision.low, o.precision.high],
                    "recall": [o.recall.value, o.recall.low, o.recall.high],
                    "f1": [o.f1.value, o.f1.low, o.f1.high],
                    "accuracy": [o.accuracy.value, o.accuracy.low, o.accuracy.high],
                    "macro_f1": (
                        None
                        if o.macro_f1 is None
                        else [o.macro_f1.value, o.macro_f1.low, o.macro_f1.high]
                    ),
                    "slices": r.report.to_rows(),
                }
            )
        c = self.corpus
        return {
            "corpus": {
                "name": c.name,
                "version": c.version,
                "digest": c.digest,
                "split": c.split,
                "n_posts": c.n_posts,
                "n_pairs": c.n_pairs,
                "task": c.task,
            },
            "seed": self.seed,
            "n_boot": self.config.n_boot,
            "confidence": self.config.confidence,
            "tracking_uri": self.tracking_uri,
            "experiment": self.experiment_name,
            "models": models,
            "failures": [{"model": f.spec, "error": f.message} for f in self.failures],
        }
