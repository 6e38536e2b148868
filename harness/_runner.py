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

from listenbench.baselines import Model, ModelContext, Predictions
from listenbench.corpora import Corpus, load_corpus
from listenbench.harness._config import ConfigError, RunConfig
from listenbench.harness._registry import load_model
from listenbench.harness._results import CorpusInfo, ModelResult, RunResult
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


def pair_table(corpus: Corpus, predictions: Predictions) -> PairTable:
    """Join gold labels with a model's predictions, one row per labelled pair."""
    post_index = corpus.post_index()
    entity_index = corpus.entity_index()
    records = []
    for label in corpus.labels:
        i = post_index[label.post_id]
        j = entity_index[label.entity_id]
        post = corpus.posts[i]
        records.append(
            {
                "post": i,
                "entity": label.entity_id,
                "lang": post.lang,
                "channel": post.channel or "",
                "level": label.level or "",
                "tags": tuple(label.tags),
                "y_true": bool(label.relevant),
                "y_pred": bool(predictions.decisions[i, j]),
                "score": float(predictions.scores[i, j]),
            }
        )
    return PairTable.from_records(records)


def _timed_predict(model: Model, corpus: Corpus) -> tuple[Predictions, float]:
    posts, entities = corpus.posts, corpus.entities
    model.predict(posts[:WARMUP_POSTS], entities)
    start = time.perf_counter()
    predictions = model.predict(posts, entities)
    seconds = time.perf_counter() - start
    expected = (len(posts), len(entities))
    if predictions.shape != expected:
        raise ValueError(
            f"model {model.info.name!r} returned predictions of shape {predictions.shape}, "
            f"expected {expected} (posts x entities)"
        )
    return predictions, seconds


def run(
    config: RunConfig | str,
    *,
    models: Sequence[str] | None = None,
    reporter: Reporter | None = None,
    **overrides: object,
) -> RunResult:
    """Score each model on the corpus, log every result to MLflow, return them all.

    ``config`` is a :class:`RunConfig` or a corpus name/path, in which case
    ``models`` and keyword ``overrides`` fill in the rest of the config.
    Each model's results are logged as soon as they are computed, so a
    failure in a later model loses nothing already done.

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
        task=corpus.manifest.task,
    )
    context = ModelContext(
        corpus_path=str(corpus.path),
        queries_path=None if full.queries_path is None else str(full.queries_path),
        seed=cfg.seed,
    )
    logger = None
    if cfg.log_mlflow:
        from listenbench.harness._tracking import MlflowLogger

        logger = MlflowLogger(cfg, info)

    results: list[ModelResult] = []
    for spec in cfg.models:
        say(f"building model {spec}")
        model = load_model(spec, context)
        say(f"predicting with {model.info.name} on {info.n_posts} posts")
        predictions, seconds = _timed_predict(model, corpus)
        table = pair_table(corpus, predictions)
        say(f"scoring {model.info.name} ({cfg.n_boot} bootstrap resamples)")
        report = evaluate(
            table,
            n_boot=cfg.n_boot,
            seed=cfg.seed,
            confidence=cfg.confidence,
            slice_kinds=cfg.slice_kinds,
        )
        result = ModelResult(
            info=model.info,
            report=report,
            pairs=table,
            post_ids=tuple(p.id for p in corpus.posts),
            predict_seconds=seconds,
        )
        if logger is not None:
            say(f"logging {model.info.name} to MLflow")
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
    )
