"""Run models on a corpus, score them and log the results.

Example:
    >>> from listenbench.harness import run
    >>> result = run("demo", models=["keyword"], log_mlflow=False, n_boot=100)  # doctest: +SKIP
    >>> result.results[0].report.overall.f1.value  # doctest: +SKIP
    0.78
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from listenbench.baselines import Model, ModelContext, Predictions
from listenbench.corpora import Corpus, Task, TaskError, load_corpus, resolve_task
from listenbench.harness._config import ConfigError, RunConfig
from listenbench.harness._registry import load_model
from listenbench.harness._results import CorpusInfo, ModelFailure, ModelResult, RunResult
from listenbench.harness.metrics import PairTable, evaluate

#: Posts in the untimed warm-up call (JIT compilation, caches, lazy loading).
WARMUP_POSTS = 16

Reporter = Callable[[str], None]


def select_split(corpus: Corpus, split: str) -> tuple[Corpus, str]:
    """The part of ``corpus`` a run scores, and the split name actually used.

    A corpus whose posts carry no split labels is scored whole (``"all"``).
    """
    if split == "all":
        return corpus, "all"
    present = {p.split for p in corpus.posts if p.split is not None}
    if not present:
        return corpus, "all"
    if split not in present:
        raise ConfigError(
            f"corpus {corpus.name!r} has no posts in split {split!r} "
            f"(it has: {', '.join(sorted(present))}, or use --split all)"
        )
    return corpus.subset(split), split


def pair_table(corpus: Corpus, predictions: Predictions, task: Task | None = None) -> PairTable:
    """Join gold labels with a model's predictions, one row per scored pair.

    ``predictions`` covers the whole (post, entity) grid of ``corpus``. Binary
    tasks give one row per labelled pair; multi-class tasks one row per
    (pair, class), one-vs-rest (see :class:`PairTable`). Pairs without a gold
    class for the task (e.g. no sentiment on a sentiment run) are left out.

    Raises:
        ConfigError: when a multi-class task meets predictions without class
            scores, or class scores that miss one of the task's classes.
    """
    task = task or resolve_task("relevance", corpus.labels)
    post_index = corpus.post_index()
    entity_index = corpus.entity_index()
    class_pos = None if task.binary else _class_positions(task, predictions)
    records: list[dict[str, object]] = []
    for label in corpus.labels:
        gold = task.gold(label)
        if gold is None:
            continue
        i = post_index[label.post_id]
        j = entity_index[label.entity_id]
        post = corpus.posts[i]
        row: dict[str, object] = {
            "post": i,
            "entity": label.entity_id,
            "lang": post.lang,
            "channel": post.channel or "",
            "level": label.level or "",
            "tags": tuple(label.tags),
        }
        if class_pos is None:
            row["y_true"] = bool(label.relevant)
            row["y_pred"] = bool(predictions.decisions[i, j])
            row["score"] = float(predictions.scores[i, j])
            records.append(row)
            continue
        assert predictions.class_scores is not None
        scores = predictions.class_scores[i, j]
        predicted = class_pos[int(scores[class_pos].argmax())]
        for name, c in zip(task.classes, class_pos, strict=True):
            records.append(
                {
                    **row,
                    "label": name,
                    "y_true": name == gold,
                    "y_pred": c == predicted,
                    "score": float(scores[c]),
                }
            )
    return PairTable.from_records(records)


def _class_positions(task: Task, predictions: Predictions) -> list[int]:
    """Where each of the task's classes sits in the predictions' class axis."""
    if predictions.class_scores is None:
        raise ConfigError(
            f"task {task.name!r} is multi-class ({', '.join(task.classes)}) and the model "
            "returned no class scores; use a model that predicts classes "
            "(e.g. majority, tfidf, embed, finetuned)"
        )
    missing = [c for c in task.classes if c not in predictions.classes]
    if missing:
        raise ConfigError(
            f"the model's classes ({', '.join(predictions.classes)}) miss the task's "
            f"{', '.join(missing)}"
        )
    return [predictions.classes.index(c) for c in task.classes]


def _labelled_groups(corpus: Corpus) -> dict[int, list[int]]:
    """Entity index → indices of the posts labelled for it (in corpus order)."""
    post_index = corpus.post_index()
    entity_index = corpus.entity_index()
    groups: dict[int, set[int]] = {}
    for label in corpus.labels:
        groups.setdefault(entity_index[label.entity_id], set()).add(post_index[label.post_id])
    return {j: sorted(posts) for j, posts in sorted(groups.items())}


def cache_counters(model: Model) -> tuple[int, int] | None:
    """``model.cache_counters()`` (texts from a cache, texts computed) if it has one.

    Models that cache work across runs (embedding classifiers) implement it, so
    that throughput measured on cached inputs is reported as such.
    """
    counters = getattr(model, "cache_counters", None)
    if not callable(counters):
        return None
    hits, misses = counters()
    return int(hits), int(misses)


def predict_labelled(
    model: Model, corpus: Corpus, task: Task | None = None
) -> tuple[Predictions, float, int]:
    """Run ``model`` on every labelled (post, entity) pair; time it after a warm-up.

    The model is called once per entity with the posts labelled for it, so a
    corpus whose labels cover a small part of the post × entity grid costs no
    more than its labels. Returns predictions over the whole grid (cells
    without a label are zero), the seconds of the timed calls and the number
    of pairs predicted.

    Raises:
        ValueError: when the model returns predictions of the wrong shape or
            changes its classes between calls.
        ConfigError: when ``task`` is multi-class and the warm-up call shows
            the model gives no class scores for it.
    """
    posts, entities = corpus.posts, corpus.entities
    groups = _labelled_groups(corpus)
    n, m = len(posts), len(entities)
    scores = np.zeros((n, m), dtype=np.float64)
    decisions = np.zeros((n, m), dtype=np.bool_)
    class_scores: npt.NDArray[np.float64] | None = None
    classes: tuple[str, ...] = ()
    if groups:
        first = next(iter(groups))
        warm = model.predict([posts[i] for i in groups[first][:WARMUP_POSTS]], [entities[first]])
        if task is not None and not task.binary:
            _class_positions(task, warm)  # fail before the timed calls, not after
    seconds = 0.0
    n_pairs = 0
    for j, rows in groups.items():
        batch = [posts[i] for i in rows]
        start = time.perf_counter()
        out = model.predict(batch, [entities[j]])
        seconds += time.perf_counter() - start
        if out.shape != (len(batch), 1):
            raise ValueError(
                f"model {model.info.name!r} returned predictions of shape {out.shape}, "
                f"expected {(len(batch), 1)} (posts x entities)"
            )
        n_pairs += len(batch)
        idx = np.asarray(rows, dtype=np.int64)
        scores[idx, j] = out.scores[:, 0]
        decisions[idx, j] = out.decisions[:, 0]
        if out.class_scores is not None:
            if class_scores is None:
                classes = out.classes
                class_scores = np.zeros((n, m, len(classes)), dtype=np.float64)
            if out.classes != classes:
                raise ValueError(
                    f"model {model.info.name!r} changed its classes between calls: "
                    f"{classes} then {out.classes}"
                )
            class_scores[idx, j, :] = out.class_scores[:, 0, :]
    return Predictions(scores, decisions, class_scores, classes), seconds, n_pairs


def run(
    config: RunConfig | str,
    *,
    models: Sequence[str] | None = None,
    reporter: Reporter | None = None,
    keep_going: tuple[type[BaseException], ...] = (),
    **overrides: object,
) -> RunResult:
    """Score each model on the corpus, log every result to MLflow, return them all.

    ``config`` is a :class:`RunConfig` or a corpus name/path, in which case
    ``models`` and keyword ``overrides`` fill in the rest of the config.
    Each model's results are logged as soon as they are computed, so a
    failure in a later model loses nothing already done. Exceptions of the
    types in ``keep_going`` (e.g. a model whose spec or packages are wrong)
    are recorded in ``RunResult.failures`` and the other models still run; any
    other exception propagates.

    Example:
        >>> result = run("demo", models=["keyword"], log_mlflow=False)  # doctest: +SKIP
        >>> [r.info.family for r in result.results]  # doctest: +SKIP
        ['keyword']
    """
    if isinstance(config, str):
        fields: dict[str, object] = dict(overrides)
        if models is not None:
            fields["models"] = tuple(models)
        cfg = RunConfig(corpus=config, **fields)  # type: ignore[arg-type]
    else:
        cfg = config.with_(**overrides) if overrides else config
        if models is not None:
            cfg = cfg.with_(models=tuple(models))
    say = reporter or (lambda _msg: None)

    say(f"loading corpus {cfg.corpus}")
    full = load_corpus(cfg.corpus)
    try:
        task = resolve_task(cfg.task or full.manifest.task, full.labels)
    except TaskError as exc:
        raise ConfigError(f"corpus {full.name!r}: {exc}") from None
    corpus, split = select_split(full, cfg.split)
    info = CorpusInfo(
        name=corpus.name,
        version=corpus.version,
        digest=corpus.digest,
        path=str(corpus.path),
        split=split,
        n_posts=len(corpus.posts),
        n_entities=len(corpus.entities),
        n_pairs=len(corpus.labels),
        task=task.name,
        classes=task.classes,
    )
    context = ModelContext(
        corpus_path=str(corpus.path),
        queries_path=None if full.queries_path is None else str(full.queries_path),
        seed=cfg.seed,
        task=task,
        corpus=full,
    )
    if any(("runs:/" in spec or "models:/" in spec) for spec in cfg.models):
        import mlflow  # models:/ and runs:/ URIs resolve against the run's tracking store

        mlflow.set_tracking_uri(cfg.resolved_tracking_uri())
    logger = None
    if cfg.log_mlflow:
        from listenbench.harness._tracking import MlflowLogger

        logger = MlflowLogger(cfg, info)

    results: list[ModelResult] = []
    failures: list[ModelFailure] = []
    for spec in cfg.models:
        try:
            result = _score_model(spec, context, corpus, task, info, cfg, say)
        except keep_going as exc:
            say(f"{spec} failed: {exc}")
            failures.append(ModelFailure(spec, f"{exc}"))
            continue
        if logger is not None:
            say(f"logging {result.info.name} to MLflow")
            run_id = logger.log(result)
            result = replace(result, mlflow_run_id=run_id)
        results.append(result)

    return RunResult(
        config=cfg,
        corpus=info,
        results=tuple(results),
        tracking_uri=None if logger is None else logger.tracking_uri,
        experiment_name=None if logger is None else cfg.experiment,
        seed=cfg.seed,
        failures=tuple(failures),
    )


def _score_model(
    spec: str,
    context: ModelContext,
    corpus: Corpus,
    task: Task,
    info: CorpusInfo,
    cfg: RunConfig,
    say: Reporter,
) -> ModelResult:
    say(f"building model {spec}")
    model = load_model(spec, context)
    say(f"predicting with {model.info.name} on {info.n_posts} posts")
    before = cache_counters(model)
    predictions, seconds, n_predicted = predict_labelled(model, corpus, task)
    after = cache_counters(model)
    table = pair_table(corpus, predictions, task)
    say(f"scoring {model.info.name} ({cfg.n_boot} bootstrap resamples)")
    report = evaluate(
        table,
        n_boot=cfg.n_boot,
        seed=cfg.seed,
        confidence=cfg.confidence,
        slice_kinds=cfg.slice_kinds,
    )
    return ModelResult(
        info=model.info,
        report=report,
        pairs=table,
        post_ids=tuple(p.id for p in corpus.posts),
        predict_seconds=seconds,
        n_predicted=n_predicted,
        cache_hit_rate=_hit_rate(before, after),
    )


def _hit_rate(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    """Share of cache lookups during prediction that hit (warm-up included)."""
    if before is None or after is None:
        return None
    hits, misses = after[0] - before[0], after[1] - before[1]
    return hits / (hits + misses) if hits + misses else None
