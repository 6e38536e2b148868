"""The leaderboard table: each model's metrics with confidence intervals, per slice."""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.table import Table

from listenbench.harness._results import RunResult
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


def _row(name: str, label: str, s: SliceMetrics, throughput: str) -> list[str]:
    # A ratio with an empty denominator is reported as 0 (zero_division) in the
    # metrics; on screen it reads "n/a" so that it is not mistaken for a score.
    no_pred = s.n_predicted == 0
    no_pos = s.n_positive == 0
    return [
        name,
        label,
        str(s.n_pairs),
        str(s.n_positive),
        "n/a" if no_pred else format_estimate(s.precision),
        "n/a" if no_pos else format_estimate(s.recall),
        "n/a" if no_pos and no_pred else format_estimate(s.f1),
        format_estimate(s.macro_f1) if s.macro_f1 is not None else "",
        throughput,
    ]


def leaderboard(result: RunResult, slice_kinds: Sequence[str] = ("lang",)) -> Table:
    """A rich table: one block per model, its overall row then one row per slice.

    Models are ordered by overall F1 (best first).
    """
    conf = round(result.config.confidence * 100)
    c = result.corpus
    table = Table(
        title=(
            f"listenbench leaderboard — corpus {c.name}@{c.version} ({c.split} split, "
            f"{c.n_pairs} labelled pairs, {c.n_posts} posts); {conf}% bootstrap CIs"
        ),
        caption=f"corpus digest {c.digest[:19]}…, seed {result.seed}, "
        f"{result.config.n_boot} resamples over posts",
    )
    for header, justify in [
        ("model", "left"),
        ("slice", "left"),
        ("pairs", "right"),
        ("relevant", "right"),
        ("precision", "right"),
        ("recall", "right"),
        ("F1", "right"),
        ("macro-F1", "right"),
        ("posts/s", "right"),
    ]:
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    ranked = sorted(
        result.results,
        key=lambda r: -1.0 if math.isnan(r.report.overall.f1.value) else r.report.overall.f1.value,
        reverse=True,
    )
    for k, r in enumerate(ranked):
        table.add_row(
            *_row(r.info.name, "all", r.report.overall, f"{r.posts_per_second:,.0f}"),
            style="bold",
        )
        for kind in slice_kinds:
            for s in sorted(r.report.by_kind(kind), key=lambda s: s.slice_value):
                table.add_row(*_row("", f"{kind}={s.slice_value}", s, ""))
        if k < len(ranked) - 1:
            table.add_section()
    return table
