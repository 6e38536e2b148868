"""Result types: estimates with intervals, per-slice metrics and the whole report."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ._errors import UnknownSliceError
from ._keys import check_prefix, key_segments
from ._slices import ALL_KIND, ALL_VALUE, SLICE_KINDS

#: Metrics of every slice, in report order.
METRIC_NAMES: tuple[str, ...] = ("precision", "recall", "f1", "accuracy")
#: Count fields of every slice, in report order.
COUNT_NAMES: tuple[str, ...] = (
    "n_pairs",
    "n_posts",
    "n_positive",
    "n_predicted",
    "tp",
    "fp",
    "fn",
    "tn",
)


@dataclass(frozen=True)
class Estimate:
    """A point estimate with a bootstrap percentile interval.

    ``low``/``high`` are NaN when no resample defines the metric (e.g. precision
    of a slice without predicted positives) or when no bootstrap was run.

    Example:
        >>> e = Estimate(0.8, 0.7, 0.9)
        >>> e.format(), e.defined
        ('0.800 [0.700, 0.900]', True)
    """

    value: float
    low: float
    high: float

    @property
    def defined(self) -> bool:
        """Whether the interval is defined (``low`` and ``high`` are not NaN)."""
        return not (math.isnan(self.low) or math.isnan(self.high))

    def format(self, digits: int = 3) -> str:
        """``value [low, high]`` with ``digits`` decimals."""
        return f"{self.value:.{digits}f} [{self.low:.{digits}f}, {self.high:.{digits}f}]"


@dataclass(frozen=True)
class SliceMetrics:
    """Counts and metrics of one slice of the pairs.

    ``slice_kind`` is ``"all"`` (``slice_value == "*"``), ``"entity"``,
    ``"lang"``, ``"tag"``, ``"channel"`` or ``"level"``. ``macro_f1`` (mean of
    per-entity F1) is set on the ``"all"`` slice only.

    Example:
        >>> e = Estimate(1.0, 1.0, 1.0)
        >>> s = SliceMetrics("lang", "en", 2, 2, 1, 1, 1, 0, 0, 1, e, e, e, e)
        >>> s.key, s.macro_f1 is None
        (('lang', 'en'), True)
    """

    slice_kind: str
    slice_value: str
    n_pairs: int
    n_posts: int
    n_positive: int
    n_predicted: int
    tp: int
    fp: int
    fn: int
    tn: int
    precision: Estimate
    recall: Estimate
    f1: Estimate
    accuracy: Estimate
    macro_f1: Estimate | None = None

    @property
    def key(self) -> tuple[str, str]:
        """``(slice_kind, slice_value)``."""
        return (self.slice_kind, self.slice_value)

    def estimates(self) -> dict[str, Estimate]:
        """The slice's estimates by metric name (with ``macro_f1`` when set)."""
        out = {name: getattr(self, name) for name in METRIC_NAMES}
        if self.macro_f1 is not None:
            out["macro_f1"] = self.macro_f1
        return out

    def counts(self) -> dict[str, int]:
        """The slice's counts by name (``n_pairs``, ``n_posts``, ..., ``tn``)."""
        return {name: getattr(self, name) for name in COUNT_NAMES}


@dataclass(frozen=True)
class MetricReport:
    """Metrics of one run: the overall slice, the other slices and the bootstrap settings.

    ``slices`` holds the non-overall slices, grouped by kind in the order they
    were asked for, values sorted within a kind. ``zero_division`` is the value
    given to point estimates with a zero denominator.

    Example:
        >>> e = Estimate(0.5, 0.2, 0.8)
        >>> overall = SliceMetrics("all", "*", 4, 4, 2, 2, 1, 1, 1, 1, e, e, e, e, e)
        >>> report = MetricReport(overall, (), n_boot=100, seed=0, confidence=0.95)
        >>> report.get("all", "*") is overall, report.flat_metrics()["macro_f1_low"]
        (True, 0.2)
    """

    overall: SliceMetrics
    slices: tuple[SliceMetrics, ...]
    n_boot: int
    seed: int
    confidence: float
    zero_division: float = 0.0

    def get(self, kind: str, value: str) -> SliceMetrics:
        """The slice ``(kind, value)``; ``("all", "*")`` is the overall slice.

        Raises:
            UnknownSliceError: when the report has no such slice.
        """
        if (kind, value) == (ALL_KIND, ALL_VALUE):
            return self.overall
        for s in self.slices:
            if s.slice_kind == kind and s.slice_value == value:
                return s
        known = ", ".join(f"{v!r}" for v in (s.slice_value for s in self.by_kind(kind)))
        raise UnknownSliceError(
            f"no slice {kind}={value!r} in the report; "
            + (f"{kind} slices: {known}" if known else f"it has no {kind!r} slices")
        )

    def by_kind(self, kind: str) -> list[SliceMetrics]:
        """Slices of one kind in value order (``"all"`` gives ``[overall]``).

        Raises:
            UnknownSliceError: when ``kind`` is not a slice kind.
        """
        if kind == ALL_KIND:
            return [self.overall]
        if kind not in SLICE_KINDS:
            raise UnknownSliceError(
                f"unknown slice kind {kind!r}; expected all, {', '.join(SLICE_KINDS)}"
            )
        return [s for s in self.slices if s.slice_kind == kind]

    def to_rows(self) -> list[dict[str, object]]:
        """One flat dict per slice (overall first), e.g. for a table or an MLflow artifact.

        Keys: ``slice_kind``, ``slice_value``, the counts, then for each of
        precision, recall, f1, accuracy and macro_f1 the value with ``_low`` and
        ``_high``. Undefined values (NaN) are ``None``, so rows compare equal and
        serialise to strict JSON; macro_f1 columns are ``None`` except on the
        overall row.
        """
        rows: list[dict[str, object]] = []
        for s in (self.overall, *self.slices):
            row: dict[str, object] = {"slice_kind": s.slice_kind, "slice_value": s.slice_value}
            row.update(s.counts())
            for name in (*METRIC_NAMES, "macro_f1"):
                est: Estimate | None = getattr(s, name)
                row[name] = None if est is None else _none_if_nan(est.value)
                row[f"{name}_low"] = None if est is None else _none_if_nan(est.low)
                row[f"{name}_high"] = None if est is None else _none_if_nan(est.high)
            rows.append(row)
        return rows

    def flat_metrics(self, prefix: str = "", *, include_counts: bool = False) -> dict[str, float]:
        """Metrics as a flat ``{key: float}`` dict with MLflow-safe keys.

        The overall slice gives ``f1``, ``f1_low``, ``f1_high``, ... and
        ``macro_f1*``; another slice gives ``<kind>/<value>/<metric>`` such as
        ``lang/en/f1`` or ``entity/apple/f1_low``. Values with characters outside
        ``[A-Za-z0-9_-. ]`` are escaped (``_`` plus a short hash, see
        :func:`key_segment`). ``prefix`` is prepended as is (e.g. ``"test/"``);
        ``include_counts`` adds ``n_pairs``, ``tp``, ... per slice.

        Raises:
            MetricsError: when ``prefix`` has characters MLflow rejects.
        """
        check_prefix(prefix)
        out: dict[str, float] = {}
        segs: dict[str, dict[str, str]] = {}
        for s in self.slices:
            segs.setdefault(s.slice_kind, {})[s.slice_value] = ""
        segs = {kind: key_segments(values) for kind, values in segs.items()}
        for s in (self.overall, *self.slices):
            base = prefix
            if s.slice_kind != ALL_KIND:
                base = f"{prefix}{s.slice_kind}/{segs[s.slice_kind][s.slice_value]}/"
            for name, est in s.estimates().items():
                out[f"{base}{name}"] = est.value
                out[f"{base}{name}_low"] = est.low
                out[f"{base}{name}_high"] = est.high
            if include_counts:
                for name, count in s.counts().items():
                    out[f"{base}{name}"] = float(count)
        return out


def _none_if_nan(value: float) -> float | None:
    return None if math.isnan(value) else value
