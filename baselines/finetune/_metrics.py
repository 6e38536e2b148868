"""Dev-set metrics for early stopping: F1 of the positive class, macro-F1.

Example:
    >>> import numpy as np
    >>> binary_f1(np.array([1, 1, 0, 0]), np.array([1, 0, 1, 0]))
    0.5
    >>> round(macro_f1(np.array([0, 1, 2, 2]), np.array([0, 1, 2, 1])), 4)
    0.7778
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def binary_f1(gold: NDArray[np.int64], predicted: NDArray[np.int64], positive: int = 1) -> float:
    """F1 of class ``positive`` (0.0 when it is neither predicted nor gold)."""
    g = np.asarray(gold) == positive
    p = np.asarray(predicted) == positive
    tp = int(np.sum(g & p))
    denominator = int(np.sum(g)) + int(np.sum(p))
    return 2.0 * tp / denominator if denominator else 0.0


def macro_f1(gold: NDArray[np.int64], predicted: NDArray[np.int64]) -> float:
    """Mean F1 over the classes that occur in ``gold`` or ``predicted``."""
    present = np.union1d(np.asarray(gold), np.asarray(predicted))
    if present.size == 0:
        return 0.0
    return float(np.mean([binary_f1(gold, predicted, int(c)) for c in present]))
