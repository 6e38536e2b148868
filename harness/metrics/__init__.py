"""Metrics and statistics of a listenbench run.

Score one model on one corpus from a :class:`PairTable` of labelled and
predicted (post, entity) pairs: micro precision, recall, F1 and accuracy
overall and per slice (entity, language, tag, channel, level), macro F1 over
entities, and bootstrap percentile intervals that resample posts.

Example:
    >>> from listenbench.harness.metrics import PairTable, evaluate
    >>> table = PairTable.from_records([
    ...     {"post": 0, "entity": "apple", "lang": "en", "y_true": True, "y_pred": True,
    ...      "score": 0.9},
    ...     {"post": 1, "entity": "apple", "lang": "de", "y_true": False, "y_pred": True,
    ...      "score": 0.7},
    ... ])
    >>> report = evaluate(table, n_boot=100)
    >>> report.overall.precision.value, report.flat_metrics()["lang/de/precision"]
    (0.5, 0.0)
"""

from __future__ import annotations

from ._bootstrap import percentile_interval, resample_weights
from ._errors import MetricsError, UnknownSliceError
from ._evaluate import DELTA_METRICS, evaluate, paired_bootstrap_delta
from ._keys import key_segment
from ._report import COUNT_NAMES, METRIC_NAMES, Estimate, MetricReport, SliceMetrics
from ._slices import SLICE_KINDS
from ._table import PairTable

__all__ = [
    "COUNT_NAMES",
    "DELTA_METRICS",
    "METRIC_NAMES",
    "SLICE_KINDS",
    "Estimate",
    "MetricReport",
    "MetricsError",
    "PairTable",
    "SliceMetrics",
    "UnknownSliceError",
    "evaluate",
    "key_segment",
    "paired_bootstrap_delta",
    "percentile_interval",
    "resample_weights",
]
