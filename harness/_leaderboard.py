"""The leaderboard table: each model's metrics with confidence intervals, per slice."""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.table import Table

from listenbench.corpora._tasks import BINARY_CLASSES
from listenbench.harness._results import ModelResult, RunResult
from listenbench.harness.metrics import Estimate, SliceMetrics


def format_estimate(est: Estimate | None, digits: int = 2) -> str:
    """``0.81 [0.74, 0.87]``; an em dash when undefined.

    Example:
        >>> from listenbench.harness.metrics import Estimate
        >>> format_estimate(Estimate(0.8125, 0.74, 0.871))
        '0.81 [0.74, 0.87]'
    """
    if est is None or math.isnan(est.value):
        return "—"
    if math.isnan(est.low) or math.isnan(est.high):
        return f"{est.value:.{digits}f}"
    return f"{est.value:.{digits}f} [{est.low:.{digits}f}, {est.high:.{digits}f}]"


def _row(name: str, label: str, s: SliceMetrics, throughput: str, multiclass: bool) -> list[str]:
    # A ratio with an empty denominator is reported as 0 (zero_division) in the
    # metrics; on screen it reads "n/a" so that it is not mistaken for a score.
    no_pred = s.n_predicted == 0
    no_pos = s.n_positive == 0
    macro = format_estimate(s.macro_f1) if s.macro_f1 is not None else ""
    if multiclass:
        return [
            name,
            label,
            str(s.n_positive),
            format_estimate(s.accuracy) if s.slice_kind != "class" else "",
            "n/a" if no_pos and no_pred else format_estimate(s.f1),
            macro,
            throughput,
        ]
    return [
        name,
        label,
        str(s.n_pairs),
        str(s.n_positive),
        "n/a" if no_pred else format_estimate(s.precision),
        "n/a" if no_pos else format_estimate(s.recall),
        "n/a" if no_pos and no_pred else format_estimate(s.f1),
        macro,
        throughput,
    ]


_BINARY_COLUMNS = ("pairs", "relevant", "precision", "recall", "F1", "macro-F1")
_MULTICLASS_COLUMNS = ("pairs", "accuracy", "F1", "macro-F1")


def leaderboard(result: RunResult, slice_kinds: Sequence[str] = ("lang",)) -> Table:
    """A rich table: one block per model, its overall row then one row per slice.

    Models are ordered by overall F1 (best first); for multi-class tasks, by
    macro-F1 over the classes, with a row per class first. Throughput is
    (post, entity) pairs per second of the timed predict calls.
    """
    conf = round(result.config.confidence * 100)
    c = result.corpus
    multiclass = c.classes != BINARY_CLASSES
    task = f"task {c.task}" + (f" ({', '.join(c.classes)})" if multiclass else "")
    table = Table(
        title=(
            f"listenbench leaderboard — corpus {c.name}@{c.version} ({c.split} split, "
            f"{c.n_pairs} labelled pairs, {c.n_posts} posts, {task}); {conf}% bootstrap CIs"
        ),
        caption=f"corpus digest {c.digest[:19]}…, seed {result.seed}, "
        f"{result.config.n_boot} resamples over posts",
    )
    table.add_column("model", justify="left")
    table.add_column("slice", justify="left")
    for header in _MULTICLASS_COLUMNS if multiclass else _BINARY_COLUMNS:
        table.add_column(header, justify="right")
    table.add_column("pairs/s", justify="right")

    def rank(r: ModelResult) -> float:
        o = r.report.overall
        value = o.macro_f1.value if multiclass and o.macro_f1 is not None else o.f1.value
        return -1.0 if math.isnan(value) else value

    kinds = list(slice_kinds)
    if multiclass and "class" not in kinds:
        kinds.insert(0, "class")
    ranked = sorted(result.results, key=rank, reverse=True)
    for k, r in enumerate(ranked):
        overall = r.report.overall
        speed = f"{r.pairs_per_second:,.0f}"
        if r.cache_hit_rate:
            speed += f" ({r.cache_hit_rate:.0%} cached)"
        table.add_row(*_row(r.info.name, "all", overall, speed, multiclass), style="bold")
        for kind in kinds:
            for s in sorted(r.report.by_kind(kind), key=lambda s: s.slice_value):
                table.add_row(*_row("", f"{kind}={s.slice_value}", s, "", multiclass))
        if k < len(ranked) - 1:
            table.add_section()
    return table
