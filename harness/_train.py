"""Train a model family on a corpus and log it to MLflow as a reloadable model.

``listenbench train`` is a thin layer over :func:`train_model`. The trained
model is logged as an MLflow pyfunc model (``baselines/mlflow_model``) in a run
that also holds the training parameters and curves, so it can be evaluated
later by URI (``--model mlflow:runs:/<id>/model``) and registered.

Example:
    >>> req = TrainRequest(corpus="demo", family="tfidf", log_mlflow=False)
    >>> outcome = train_model(req)  # doctest: +SKIP
    >>> outcome.model.info.family  # doctest: +SKIP
    'tfidf'
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from listenbench.baselines import Model, ModelSpecError
from listenbench.corpora import Corpus, TaskError, load_corpus, resolve_task
from listenbench.harness._config import DEFAULT_EXPERIMENT, DEFAULT_RESULTS_DIR, ConfigError
from listenbench.harness._registry import TRAINED_FAMILIES

#: Families ``listenbench train`` knows.
TRAINABLE: tuple[str, ...] = TRAINED_FAMILIES

#: ``progress(step, total_steps, loss)`` during training.
Progress = Callable[[int, int, float], None]


@dataclass(frozen=True, slots=True)
class TrainRequest:
    """What to train: the CLI, files and Python all fill in this one object.

    ``options`` is the family's ``KEY=VAL,...`` string (as in a model spec:
    ``epochs=2,base_model=/path`` for finetuned, ``C=4,ngram=2-5`` for tfidf);
    ``seed`` overrides the seed in it.
    """

    corpus: str
    family: str = "finetuned"
    options: str = ""
    seed: int = 0
    task: str | None = None
    results_dir: Path = DEFAULT_RESULTS_DIR
    tracking_uri: str | None = None
    experiment: str = DEFAULT_EXPERIMENT
    log_mlflow: bool = True
    register_as: str | None = None
    save_dir: Path | None = None
    extra_tags: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.family not in TRAINABLE:
            raise ConfigError(
                f"cannot train family {self.family!r} (trainable: {', '.join(TRAINABLE)})"
            )


@dataclass(frozen=True, slots=True)
class TrainOutcome:
    """The trained model, where it went and what training measured."""

    model: Model
    corpus: Corpus
    task: str
    seconds: float
    curves: Mapping[str, tuple[float, ...]]
    summary: Mapping[str, float]
    run_id: str | None = None
    model_uri: str | None = None
    registered: str | None = None
    saved_path: Path | None = None


def _fit(
    request: TrainRequest, corpus: Corpus, progress: Progress | None
) -> tuple[Model, dict[str, tuple[float, ...]], dict[str, float]]:
    task = resolve_task(request.task or corpus.manifest.task, corpus.labels)
    if request.family == "tfidf":
        from listenbench.baselines.tfidf import TfidfModel, parse_params

        tfidf = TfidfModel.fit(corpus, task, parse_params(request.options), seed=request.seed)
        return tfidf, {}, {"n_train": float(tfidf.info.config.get("n_train", "0") or 0)}
    from listenbench.baselines.finetune import parse_overrides, train

    config = replace(parse_overrides(request.options), seed=request.seed)
    result = train(corpus, task, config, progress=progress)
    h = result.history
    curves: dict[str, tuple[float, ...]] = {
        "train_loss": h.step_losses,
        "epoch_train_loss": h.epoch_losses,
        "epoch_seconds": h.epoch_seconds,
    }
    dev = [e.dev_metric for e in h.evaluations if e.dev_metric is not None]
    if dev:
        curves[f"dev_{h.evaluations[0].metric}"] = tuple(dev)
    summary = {
        "best_epoch": float(h.best_epoch),
        "n_train": float(h.n_train),
        "n_dev": float(h.n_dev),
        "stopped_early": float(h.stopped_early),
    }
    return result.model, curves, summary


def train_model(request: TrainRequest, *, progress: Progress | None = None) -> TrainOutcome:
    """Train ``request.family`` on the corpus's train split (dev for early stopping).

    Logs one MLflow run (params: the model's config; metrics: the training
    curves step by step; the model itself as a pyfunc at ``model``) unless
    ``log_mlflow`` is false; registers it under ``register_as`` if given; saves
    it to ``save_dir`` if given.

    Raises:
        ConfigError: for a task the corpus cannot serve.
        ModelSpecError: when the family's packages are missing or its options
            are bad.
    """
    corpus = load_corpus(request.corpus)
    try:
        model_task = resolve_task(request.task or corpus.manifest.task, corpus.labels).name
    except TaskError as exc:
        raise ConfigError(f"corpus {corpus.name!r}: {exc}") from None
    start = time.perf_counter()
    model, curves, summary = _fit(request, corpus, progress)
    seconds = time.perf_counter() - start
    summary = {**summary, "train_seconds": seconds}
    saved: Path | None = None
    if request.save_dir is not None:
        _save(model, request.save_dir)
        saved = request.save_dir
    outcome = TrainOutcome(model, corpus, model_task, seconds, curves, summary, saved_path=saved)
    if not request.log_mlflow:
        return outcome
    run_id, uri, registered = _log(request, outcome)
    return replace(outcome, run_id=run_id, model_uri=uri, registered=registered)


def _save(model: Model, path: Path) -> None:
    save = getattr(model, "save", None)
    if save is None:
        raise ModelSpecError(f"model {model.info.name!r} cannot be saved")
    save(path)


def _log(request: TrainRequest, outcome: TrainOutcome) -> tuple[str, str, str | None]:
    import mlflow

    from listenbench.baselines.mlflow_model import log_model
    from listenbench.harness._config import RunConfig
    from listenbench.harness._tracking import environment_tags

    tracking = RunConfig(
        corpus=request.corpus,
        results_dir=request.results_dir,
        tracking_uri=request.tracking_uri,
    ).resolved_tracking_uri()
    if tracking.startswith("sqlite:///"):
        Path(tracking.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    mlflow.set_tracking_uri(tracking)
    mlflow.set_experiment(request.experiment)
    info = outcome.model.info
    tags = {
        **environment_tags(),
        "listenbench.kind": "train",
        "listenbench.corpus": outcome.corpus.name,
        "listenbench.corpus_digest": outcome.corpus.digest,
        "listenbench.task": outcome.task,
        "listenbench.model_family": info.family,
        **request.extra_tags,
    }
    run_name = f"train {info.name} on {outcome.corpus.name}"
    with mlflow.start_run(run_name=run_name, tags=tags) as active:
        params = {"model": info.name, "family": info.family, "version": info.version}
        params.update({f"config.{k}": str(v)[:500] for k, v in info.config.items()})
        mlflow.log_params(params)
        for name, values in outcome.curves.items():
            for step, value in enumerate(values):
                mlflow.log_metric(f"train/{name}", float(value), step=step)
        mlflow.log_metrics({f"train/{k}": float(v) for k, v in outcome.summary.items()})
        log_model(outcome.model, name="model")  # type: ignore[arg-type]
        run_id = str(active.info.run_id)
    registered = None
    if request.register_as:
        version = mlflow.register_model(f"runs:/{run_id}/model", request.register_as)
        registered = f"models:/{request.register_as}/{version.version}"
    # runs:/ rather than the models:/m-... URI MLflow 3 returns: stable and readable.
    return run_id, f"runs:/{run_id}/model", registered
