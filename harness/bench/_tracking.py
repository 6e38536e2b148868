"""Log a bench result to MLflow: one run with params, metrics, curves and artifacts.

Params: posts, queries, seed, threads, peers, source and the other settings.
Metrics (slash-separated names): ``mb_per_s/ENGINE/qN/tT``,
``posts_per_s/...``, ``ratio_to_fastest_peer/...``, ``build_s/ENGINE/qN``,
``warmup_s/...``, ``memory_mb/...``, ``agreement/PEER/qN``, plus
``jit_s``, ``wall_s`` and ``peak_rss_mb``; the cumulative MB/s along the
stream as ``curve_mb_per_s/ENGINE/qN/tT`` with the post count as the step.
Artifacts (under ``bench/``): ``bench.json`` and the PNG plots. Tags: the
environment tags of every listenbench run plus ``listenbench.kind=bench``.
"""

from __future__ import annotations

import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from listenbench.harness.bench._report import write_outputs
from listenbench.harness.bench._result import BenchResult

#: Metrics per ``log_batch`` call (MLflow's limit is 1000).
_BATCH = 900


def _experiment_id(client: Any, tracking_uri: str, experiment: str) -> str:
    found = client.get_experiment_by_name(experiment)
    if found is not None:
        return str(found.experiment_id)
    artifact_location = None
    if tracking_uri.startswith("sqlite:///"):
        db = Path(tracking_uri.removeprefix("sqlite:///"))
        artifact_location = (db.parent / "artifacts").resolve().as_uri()
    return str(client.create_experiment(experiment, artifact_location))


def bench_params(result: BenchResult) -> dict[str, str]:
    """The MLflow params of a bench run.

    Example:
        >>> from listenbench.harness.bench._config import BenchConfig
        >>> params = bench_params(BenchResult(BenchConfig(posts=9, queries=(10, 100)), "s", ()))
        >>> params["posts"], params["queries"]
        ('9', '10,100')
    """
    c = result.config
    return {
        "posts": str(c.posts),
        "queries": ",".join(str(n) for n in c.queries),
        "seed": str(c.seed),
        "threads": ",".join(str(t) for t in sorted({r.threads for r in result.runs}))
        or ",".join(str(t) for t in c.threads),
        "peers": ",".join(c.peers),
        "source": result.source,
        "corpus": str(c.corpus),
        "batch_size": str(c.batch_size),
        "repeats": str(c.repeats),
        "agreement_posts": str(c.agreement_posts),
        "sample_posts": str(c.sample_posts),
        "budget_seconds": str(c.budget_seconds),
        "needle_rate": str(c.needle_rate),
        "kernel_entry_point": str(result.environment.get("kernel_entry_point", "")),
        "cpu_count": str(result.environment.get("cpu_count", "")),
    }


def bench_metrics(result: BenchResult) -> dict[str, float]:
    """The MLflow metrics (summary figures) of a bench result.

    Example:
        >>> from listenbench.harness.bench._config import BenchConfig
        >>> from listenbench.harness.bench._result import EngineRun
        >>> run = EngineRun("re", "peer", "terms", 10, 3, 1, "ok", posts=5, bytes=2e6, seconds=1.0)
        >>> bench_metrics(BenchResult(BenchConfig(posts=5), "s", (run,)))["mb_per_s/re/q10/t1"]
        2.0
    """
    metrics: dict[str, float] = {"jit_s": result.jit_seconds, "wall_s": result.wall_seconds}
    if result.peak_rss_bytes is not None:
        metrics["peak_rss_mb"] = result.peak_rss_bytes / 1e6
    for r in result.runs:
        if not r.ok:
            continue
        at = f"{r.engine}/q{r.n_queries}"
        key = f"{at}/t{r.threads}"
        metrics[f"mb_per_s/{key}"] = float(r.mb_per_second or 0.0)
        metrics[f"posts_per_s/{key}"] = float(r.posts_per_second or 0.0)
        ratio = result.ratio(r)
        if ratio is not None:
            metrics[f"ratio_to_fastest_peer/{key}"] = ratio
        metrics[f"warmup_s/{key}"] = r.warmup_seconds
        metrics[f"build_s/{at}"] = r.build_seconds
        if r.memory_bytes is not None:
            metrics[f"memory_mb/{at}"] = r.memory_bytes / 1e6
        if r.agreement is not None:
            metrics[f"agreement/{at}"] = r.agreement.rate
    return metrics


def log_to_mlflow(
    result: BenchResult,
    tracking_uri: str,
    experiment: str = "listenbench-bench",
    *,
    run_name: str | None = None,
) -> str:
    """Log ``result`` as one MLflow run; returns its run id.

    Example:
        >>> run_id = log_to_mlflow(result, "sqlite:///results/mlflow.db", "bench")  # doctest: +SKIP
    """
    import mlflow
    from mlflow.entities import Metric

    from listenbench.harness._tracking import environment_tags

    logging.getLogger("mlflow").setLevel(logging.WARNING)
    if tracking_uri.startswith("sqlite:///"):
        Path(tracking_uri.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    client = mlflow.MlflowClient(tracking_uri)
    experiment_id = _experiment_id(client, tracking_uri, experiment)
    tags = environment_tags()
    tags["listenbench.kind"] = "bench"
    tags["listenbench.bench.source"] = result.source
    c = result.config
    name = run_name or (
        f"bench {c.posts:,} posts × {'/'.join(f'{n:,}' for n in c.queries)} queries"
    )
    run = client.create_run(experiment_id, run_name=name, tags=tags)
    run_id = str(run.info.run_id)
    try:
        now = int(time.time() * 1000)
        params = bench_params(result)
        from mlflow.entities import Param

        client.log_batch(run_id, params=[Param(k, v) for k, v in params.items()])
        metrics = [Metric(k, float(v), now, 0) for k, v in bench_metrics(result).items()]
        for p in result.curve:
            if p.engine != "process" and p.seconds > 0:
                key = f"curve_mb_per_s/{p.engine}/q{p.n_queries}/t{p.threads}"
                metrics.append(Metric(key, p.bytes / p.seconds / 1e6, now, p.posts))
            elif p.engine == "process" and p.rss_bytes is not None:
                key = f"curve_rss_mb/q{p.n_queries}"
                metrics.append(Metric(key, p.rss_bytes / 1e6, now, p.posts))
        for lo in range(0, len(metrics), _BATCH):
            client.log_batch(run_id, metrics=metrics[lo : lo + _BATCH])
        with tempfile.TemporaryDirectory() as tmp:
            write_outputs(result, tmp)
            client.log_artifacts(run_id, tmp, artifact_path="bench")
    except BaseException:
        client.set_terminated(run_id, status="FAILED")
        raise
    client.set_terminated(run_id, status="FINISHED")
    return run_id
