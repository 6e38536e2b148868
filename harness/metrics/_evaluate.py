"""Scoring a pair table: point estimates, post-bootstrap intervals, slices."""

from __future__ import annotations

import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ._bootstrap import N_COLS, bootstrap_samples, count_matrix, percentile_interval
from ._confusion import RATE_NAMES, Rates, rates_from_counts
from ._errors import MetricsError, UnknownSliceError
from ._report import Estimate, MetricReport, SliceMetrics
from ._slices import ALL_KIND, ALL_VALUE, SLICE_KINDS, SliceIndex, build_slices, check_kinds
from ._table import PairTable

FloatArray = npt.NDArray[np.float64]

#: Metrics :func:`paired_bootstrap_delta` can compare.
DELTA_METRICS: tuple[str, ...] = (*RATE_NAMES, "macro_f1")


@dataclass(frozen=True, eq=False)
class _Analysis:
    """Everything computed for one table; arrays are indexed by slice."""

    index: SliceIndex
    counts: npt.NDArray[np.int64]  # slices × (n, tp, fp, fn)
    n_posts: npt.NDArray[np.int64]
    point: Rates
    macro_point: float
    boot: Rates | None  # resamples × slices
    macro_boot: FloatArray | None


def _check_options(n_boot: int, seed: int, confidence: float, zero_division: float) -> None:
    if isinstance(n_boot, bool) or not isinstance(n_boot, numbers.Integral) or n_boot < 0:
        raise MetricsError(f"n_boot must be an int >= 0, found {n_boot!r}")
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
        raise MetricsError(f"seed must be an int >= 0, found {seed!r}")
    if not isinstance(confidence, numbers.Real) or not 0.0 < float(confidence) < 1.0:
        raise MetricsError(f"confidence must lie strictly between 0 and 1, found {confidence!r}")
    zd = float(zero_division) if isinstance(zero_division, numbers.Real) else None
    if zd is None or not (zd in (0.0, 1.0) or math.isnan(zd)):
        raise MetricsError(f"zero_division must be 0.0, 1.0 or nan, found {zero_division!r}")


def _check_table(table: object, name: str = "table") -> PairTable:
    if not isinstance(table, PairTable):
        raise MetricsError(f"{name} must be a PairTable, found {type(table).__name__}")
    if len(table) == 0:
        raise MetricsError(f"{name} has no pairs; there is nothing to evaluate")
    return table


def _mean_defined(values: FloatArray) -> float:
    valid = values[~np.isnan(values)]
    return float(valid.mean()) if valid.size else math.nan


def _analyse(
    table: PairTable, kinds: Sequence[str], n_boot: int, seed: int, zero_division: float
) -> _Analysis:
    posts, post_code = np.unique(table.post, return_inverse=True)
    post_code = post_code.astype(np.int64).reshape(-1)
    index = build_slices(table, kinds)
    n_slices = len(index)
    matrix = count_matrix(
        post_code, index.pairs, index.slices, table.y_true, table.y_pred, len(posts), n_slices
    )
    counts = np.asarray(matrix.sum(axis=0)).reshape(n_slices, N_COLS).round().astype(np.int64)
    n_posts = np.diff(matrix[:, ::N_COLS].tocsc().indptr).astype(np.int64)
    n, tp, fp, fn = (counts[:, k].astype(np.float64) for k in range(N_COLS))
    point = rates_from_counts(n, tp, fp, fn, zero_division)
    groups = index.of_kind(_macro_kind(table))
    macro_point = _mean_defined(point.f1[groups]) if groups.size else math.nan
    boot: Rates | None = None
    macro_boot: FloatArray | None = None
    if n_boot > 0:
        samples = bootstrap_samples(matrix, n_boot, seed, groups, zero_division)
        boot, macro_boot = samples.rates, samples.macro_f1
    if table.multiclass:
        pooled = np.array([k != "class" for k in index.kinds])
        point = _micro_accuracy(point, pooled)
        boot = None if boot is None else _micro_accuracy(boot, pooled)
    return _Analysis(index, counts, n_posts, point, macro_point, boot, macro_boot)


def _macro_kind(table: PairTable) -> str:
    """Macro-F1 averages over entities (binary tasks) or classes (multi-class)."""
    return "class" if table.multiclass else "entity"


def _micro_accuracy(rates: Rates, pooled: npt.NDArray[np.bool_]) -> Rates:
    """Multi-class: on slices pooling all classes, accuracy is the micro F1.

    One-vs-rest rows make ``(tp + tn) / n`` count each pair once per class;
    over all classes of a pair micro precision = recall = F1 = the share of
    pairs classified correctly, which is what accuracy must mean there.
    """
    accuracy = np.where(pooled, rates.f1, rates.accuracy)
    return Rates(rates.precision, rates.recall, rates.f1, accuracy)


def _intervals(
    samples: FloatArray | None, n: int, confidence: float
) -> tuple[FloatArray, FloatArray]:
    if samples is None:
        nan = np.full(n, np.nan)
        return nan, nan.copy()
    return percentile_interval(samples, confidence)


def evaluate(
    table: PairTable,
    *,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    slice_kinds: Sequence[str] = SLICE_KINDS,
    zero_division: float = 0.0,
) -> MetricReport:
    """Score a run: micro precision/recall/F1/accuracy overall and per slice, with CIs.

    Point estimates pool all pairs of a slice (micro) and equal scikit-learn's
    ``precision_recall_fscore_support(average="binary", zero_division=0.0)`` and
    ``accuracy_score`` on them: a metric whose denominator is zero (precision
    without predicted positives, recall without gold positives, F1 with neither)
    is ``zero_division`` (0.0, 1.0 or nan, as in scikit-learn).
    The overall slice also gets ``macro_f1``, the mean of per-entity F1.

    Intervals are bootstrap percentile intervals over posts (a post's pairs
    are resampled together): ``n_boot`` resamples of the sorted distinct posts
    drawn with ``numpy.random.default_rng(seed)`` (protocol in
    ``_bootstrap``), the same resamples for every slice; resamples in which a
    metric is undefined are left out, and an interval no resample defines is
    (NaN, NaN). ``n_boot=0`` skips the bootstrap (all intervals NaN). The
    result depends on ``seed`` but not on the order of the rows.

    Slices: one per distinct value of each kind in ``slice_kinds``
    (``"entity"``, ``"lang"``, ``"tag"`` — a pair with several tags is in each —,
    ``"channel"``, ``"level"``, ``"class"``); empty ``lang``/``channel``/``level``
    values (unknown) make no slice.

    Multi-class tables (one-vs-rest rows, see :class:`PairTable`): ``class``
    slices give each class's precision, recall and F1; ``macro_f1`` is the mean
    F1 over the classes (not the entities); every other slice pools the
    classes, so its precision = recall = F1 = accuracy = the share of pairs
    classified correctly, and its counts are per pair: ``tp`` correct,
    ``fp`` = ``fn`` misclassified, ``tn`` 0, ``n_pairs`` pairs.

    Raises:
        MetricsError: on an empty table or a bad option.

    Example:
        >>> table = PairTable.from_records([
        ...     {"post": p, "entity": e, "lang": "en", "score": 0.5,
        ...      "y_true": p % 2 == 0, "y_pred": p % 3 == 0}
        ...     for p in range(6) for e in ("apple", "mengniu")])
        >>> report = evaluate(table, n_boot=200, seed=1)
        >>> report.overall.tp, report.overall.fp, report.overall.fn, report.overall.tn
        (2, 2, 4, 4)
        >>> round(report.overall.f1.value, 4), report.get("entity", "apple").n_pairs
        (0.4, 6)
    """
    _check_table(table)
    _check_options(n_boot, seed, confidence, zero_division)
    kinds = check_kinds(slice_kinds)
    macro_kind = _macro_kind(table)
    internal = kinds if macro_kind in kinds else (*kinds, macro_kind)
    an = _analyse(table, internal, int(n_boot), int(seed), float(zero_division))
    n_slices = len(an.index)
    bounds = {
        name: _intervals(None if an.boot is None else getattr(an.boot, name), n_slices, confidence)
        for name in RATE_NAMES
    }
    macro_low, macro_high = _intervals(an.macro_boot, 1, confidence)
    macro = Estimate(an.macro_point, float(macro_low[0]), float(macro_high[0]))

    def slice_metrics(s: int) -> SliceMetrics:
        n, tp, fp, fn = (int(c) for c in an.counts[s])
        tn = n - tp - fp - fn
        if table.multiclass and an.index.kinds[s] != "class":
            n, tn = tp + fn, 0  # pairs, not class rows: see the docstring
        est = {
            name: Estimate(
                float(getattr(an.point, name)[s]),
                float(bounds[name][0][s]),
                float(bounds[name][1][s]),
            )
            for name in RATE_NAMES
        }
        return SliceMetrics(
            slice_kind=an.index.kinds[s],
            slice_value=an.index.values[s],
            n_pairs=n,
            n_posts=int(an.n_posts[s]),
            n_positive=tp + fn,
            n_predicted=tp + fp,
            tp=tp,
            fp=fp,
            fn=fn,
            tn=tn,
            precision=est["precision"],
            recall=est["recall"],
            f1=est["f1"],
            accuracy=est["accuracy"],
            macro_f1=macro if s == 0 else None,
        )

    slices = tuple(slice_metrics(s) for kind in kinds for s in an.index.of_kind(kind).tolist())
    return MetricReport(
        overall=slice_metrics(0),
        slices=slices,
        n_boot=int(n_boot),
        seed=int(seed),
        confidence=float(confidence),
        zero_division=float(zero_division),
    )


def paired_bootstrap_delta(
    table_a: PairTable,
    table_b: PairTable,
    metric: str = "f1",
    *,
    slice_kind: str = ALL_KIND,
    slice_value: str = ALL_VALUE,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    zero_division: float = 0.0,
) -> Estimate:
    """Difference B − A of one metric on one slice, with a paired bootstrap interval.

    Both tables must cover the same distinct posts (typically two models on one
    corpus); each resample weighs the posts of A and B identically, so the
    interval reflects the difference, not the two runs' separate noise.
    Resamples where the metric is undefined for A or B are left out.
    ``metric`` is one of precision, recall, f1, accuracy, or macro_f1 (overall
    slice only).

    Raises:
        MetricsError: on tables over different posts, an unknown metric or a
            slice missing from either table.

    Example:
        >>> rows = [{"post": p, "entity": "e", "lang": "en", "score": 0.5,
        ...          "y_true": p % 2 == 0} for p in range(20)]
        >>> a = PairTable.from_records([{**r, "y_pred": False} for r in rows])
        >>> b = PairTable.from_records([{**r, "y_pred": r["y_true"]} for r in rows])
        >>> paired_bootstrap_delta(a, b, "recall", n_boot=100).format()
        '1.000 [1.000, 1.000]'
    """
    _check_table(table_a, "table_a")
    _check_table(table_b, "table_b")
    _check_options(n_boot, seed, confidence, zero_division)
    if metric not in DELTA_METRICS:
        raise MetricsError(f"unknown metric {metric!r}; expected one of {', '.join(DELTA_METRICS)}")
    if metric == "macro_f1" and (slice_kind, slice_value) != (ALL_KIND, ALL_VALUE):
        raise MetricsError("macro_f1 is defined on the overall slice ('all', '*') only")
    if slice_kind != ALL_KIND:
        check_kinds([slice_kind])
    posts_a, posts_b = np.unique(table_a.post), np.unique(table_b.post)
    if not np.array_equal(posts_a, posts_b):
        common = np.intersect1d(posts_a, posts_b).size
        raise MetricsError(
            "paired bootstrap needs both tables to cover the same posts; "
            f"table_a has {posts_a.size}, table_b {posts_b.size}, {common} in common"
        )
    macro_kind = _macro_kind(table_a)
    if _macro_kind(table_b) != macro_kind:
        raise MetricsError("cannot compare a multi-class table with a binary one")
    kinds = (macro_kind,) if slice_kind in (ALL_KIND, macro_kind) else (macro_kind, slice_kind)
    values: list[float] = []
    samples: list[FloatArray | None] = []
    for name, table in (("table_a", table_a), ("table_b", table_b)):
        an = _analyse(table, kinds, int(n_boot), int(seed), float(zero_division))
        if metric == "macro_f1":
            values.append(an.macro_point)
            samples.append(an.macro_boot)
            continue
        s = an.index.position(slice_kind, slice_value)
        if s is None:
            raise UnknownSliceError(f"{name} has no slice {slice_kind}={slice_value!r}")
        values.append(float(getattr(an.point, metric)[s]))
        samples.append(None if an.boot is None else getattr(an.boot, metric)[:, s])
    boot_a, boot_b = samples
    diff = None if boot_a is None or boot_b is None else boot_b - boot_a
    low, high = _intervals(diff, 1, confidence)
    return Estimate(values[1] - values[0], float(low[0]), float(high[0]))
