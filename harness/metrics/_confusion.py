"""Confusion counts and the rates computed from them.

Formulas (tp, fp, fn, tn counted over the pairs of a slice, n = tp+fp+fn+tn):

- precision = tp / (tp + fp)        undefined when tp + fp == 0
- recall    = tp / (tp + fn)        undefined when tp + fn == 0
- f1        = 2tp / (2tp + fp + fn) undefined when tp + fp + fn == 0
- accuracy  = (tp + tn) / n         undefined when n == 0

These are the values of scikit-learn's ``precision_recall_fscore_support``
(``average="binary"``) and ``accuracy_score`` on the slice's pairs (the tests
check it), computed from counts so that point estimates and bootstrap
resamples share one vectorised formula. As in scikit-learn, an undefined
point estimate takes the ``zero_division`` value (0.0 by default); in
bootstrap resamples an undefined value is NaN and is left out of the interval.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: Names of the rates, in the order of :class:`Rates`.
RATE_NAMES: tuple[str, ...] = ("precision", "recall", "f1", "accuracy")


class Rates(NamedTuple):
    """Precision, recall, F1 and accuracy arrays of equal shape."""

    precision: FloatArray
    recall: FloatArray
    f1: FloatArray
    accuracy: FloatArray


def _ratio(num: FloatArray, den: FloatArray, undefined: float) -> FloatArray:
    out = np.full(np.broadcast_shapes(num.shape, den.shape), undefined, dtype=np.float64)
    np.divide(num, den, out=out, where=den > 0)
    return out


def rates_from_counts(
    n: FloatArray, tp: FloatArray, fp: FloatArray, fn: FloatArray, undefined: float
) -> Rates:
    """Vectorised precision, recall, F1 and accuracy from (weighted) counts.

    Undefined values (zero denominator) are set to ``undefined``.

    Example:
        >>> r = rates_from_counts(*(np.array([x], dtype=float) for x in (10, 3, 1, 2)), 0.0)
        >>> [round(float(v[0]), 4) for v in r]
        [0.75, 0.6, 0.6667, 0.7]
    """
    return Rates(
        precision=_ratio(tp, tp + fp, undefined),
        recall=_ratio(tp, tp + fn, undefined),
        f1=_ratio(2.0 * tp, 2.0 * tp + fp + fn, undefined),
        accuracy=_ratio(n - fp - fn, n, undefined),
    )
