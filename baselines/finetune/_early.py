"""Early stopping on a dev metric: keep the best evaluation, stop after ``patience`` misses.

An evaluation improves on the best so far when its metric is higher, or equal
with a lower dev loss (small dev sets give many F1 ties).

Example:
    >>> stop = EarlyStopping(patience=1)
    >>> [stop.update(m, 0.5) for m in (0.4, 0.6, 0.5)], stop.best_index, stop.should_stop
    ([True, True, False], 1, True)
"""

from __future__ import annotations

import math


class EarlyStopping:
    """Tracks the best of a sequence of (metric, loss) evaluations.

    ``patience`` is how many evaluations in a row may fail to improve before
    :attr:`should_stop` turns true; ``None`` never stops (the best is still
    tracked).
    """

    def __init__(self, patience: int | None) -> None:
        if patience is not None and patience < 1:
            raise ValueError(f"patience must be at least 1 or None, got {patience}")
        self.patience = patience
        self.best_index = -1
        self.best_metric = -math.inf
        self.best_loss = math.inf
        self.misses = 0
        self.count = 0

    def update(self, metric: float, loss: float) -> bool:
        """Record the next evaluation; True when it is the new best.

        Example:
            >>> stop = EarlyStopping(patience=2)
            >>> [stop.update(m, l) for m, l in ((0.5, 0.7), (0.5, 0.6), (0.5, 0.65))]
            [True, True, False]
        """
        index = self.count
        self.count += 1
        loss = loss if math.isfinite(loss) else math.inf
        if metric > self.best_metric or (metric == self.best_metric and loss < self.best_loss):
            self.best_index, self.best_metric, self.best_loss = index, metric, loss
            self.misses = 0
            return True
        self.misses += 1
        return False

    @property
    def should_stop(self) -> bool:
        """Whether the last ``patience`` evaluations all failed to improve."""
        return self.patience is not None and self.misses >= self.patience
