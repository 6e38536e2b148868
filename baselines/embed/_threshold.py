"""Decision thresholds that maximise F1 on a labelled split.

Example:
    >>> best_f1_threshold([0.875, 0.75, 0.5, 0.25], [True, True, False, False])
    (0.625, 1.0)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import ArrayLike


def best_f1_threshold(
    scores: ArrayLike, positives: Sequence[bool] | ArrayLike
) -> tuple[float, float]:
    """The threshold ``t`` for ``score >= t`` that gives the highest F1, and that F1.

    Candidate thresholds lie midway between consecutive distinct scores (or
    at the lowest score, calling everything positive). Among equally good
    thresholds the highest wins (fewest positive calls). Both classes must
    occur.

    Raises:
        ValueError: when the inputs differ in length, or one class is missing.

    Example:
        >>> best_f1_threshold([0.25, 0.5, 0.5, 0.75], [False, True, False, True])
        (0.375, 0.8)
    """
    s = np.asarray(scores, dtype=np.float64).ravel()
    y = np.asarray(positives, dtype=bool).ravel()
    if s.shape != y.shape:
        raise ValueError(f"{s.size} scores but {y.size} labels")
    n_pos = int(y.sum())
    if n_pos == 0 or n_pos == y.size:
        raise ValueError("both classes must occur to choose a threshold")
    order = np.argsort(-s, kind="stable")
    s_sorted, y_sorted = s[order], y[order]
    tp = np.cumsum(y_sorted)
    called = np.arange(1, s.size + 1)
    # Only cut after the last of a run of equal scores: ties fall on the same side.
    cut = np.append(s_sorted[1:] < s_sorted[:-1], True)
    f1 = np.where(cut, 2.0 * tp / (called + n_pos), -1.0)
    k = int(np.argmax(f1))  # first maximum = highest threshold
    if k == s.size - 1:
        threshold = float(s_sorted[-1])
    else:
        threshold = float((s_sorted[k] + s_sorted[k + 1]) / 2.0)
    return threshold, float(f1[k])
