"""F1-maximising thresholds, against hand-computed cases."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import f1_score

from listenbench.baselines.embed import best_f1_threshold


def test_perfectly_separable_scores_cut_in_the_gap():
    assert best_f1_threshold([0.1, 0.9, 0.3, 0.7], [False, True, False, True]) == (0.5, 1.0)


def test_ties_fall_on_one_side():
    # Calling both 0.5s positive: tp=2, fp=1 → F1 = 4/5; cutting above them: tp=1 → 2/3.
    t, f1 = best_f1_threshold([0.25, 0.5, 0.5, 0.75], [False, True, False, True])
    assert (t, f1) == (0.375, pytest.approx(0.8))


def test_calling_everything_positive_can_win():
    t, f1 = best_f1_threshold([0.2, 0.4, 0.6], [True, True, False])
    # all positive: tp=2 fp=1 → 0.8; top-1 (0.6, a negative): 0; top-2: tp=1 → 0.5.
    assert (t, f1) == (0.2, pytest.approx(0.8))


def test_equal_f1_prefers_the_higher_threshold():
    # P=2. Top-1 (0.8, pos): F1 = 2/3. Top-4 (all): tp=2, called=4 → 4/6 = 2/3. A tie:
    # the higher threshold (between 0.8 and 0.6) wins.
    t, f1 = best_f1_threshold([0.8, 0.6, 0.4, 0.2], [True, False, False, True])
    assert (t, f1) == (pytest.approx(0.7), pytest.approx(2 / 3))


def test_matches_sklearn_f1_at_the_chosen_threshold():
    rng = np.random.default_rng(3)
    scores = rng.random(200)
    labels = rng.random(200) < scores * 0.8
    t, f1 = best_f1_threshold(scores, labels)
    assert f1 == pytest.approx(f1_score(labels, scores >= t))
    best = max(f1_score(labels, scores >= c) for c in np.unique(scores))
    assert f1 == pytest.approx(best)


def test_needs_both_classes_and_equal_lengths():
    with pytest.raises(ValueError, match="both classes"):
        best_f1_threshold([0.1, 0.2], [True, True])
    with pytest.raises(ValueError, match="3 scores but 2 labels"):
        best_f1_threshold([0.1, 0.2, 0.3], [True, False])
