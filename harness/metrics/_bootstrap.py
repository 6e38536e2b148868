"""Vectorised bootstrap over posts.

Resampling protocol (what makes a run reproducible): the distinct post
indices of the table are sorted; ``rng = numpy.random.default_rng(seed)``;
resample ``b`` (for ``b`` in ``0 .. n_boot-1``, in order) draws
``rng.integers(0, n_posts, size=n_posts)`` — positions into the sorted posts —
and weighs each post by how often it was drawn. Draws are made in chunks of
resamples, one ``rng.integers`` call per resample, so the chunk size never
changes the numbers.

A slice's weighted confusion counts in a resample are ``weights @ C`` where
``C`` is the per-post × per-slice count matrix, so every slice uses the same
resamples and the work is a few matrix products per chunk.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from ._confusion import Rates, rates_from_counts

FloatArray = npt.NDArray[np.float64]

#: Columns per slice in the count matrix: pairs, tp, fp, fn (tn = n - tp - fp - fn).
N_COLS = 4
#: Upper bound on the elements of one chunk's weight matrix (memory bound).
_CHUNK_ELEMENTS = 4_000_000
#: Most resamples per chunk.
_MAX_CHUNK = 200
#: Count matrices up to this many elements are multiplied dense (BLAS).
_DENSE_ELEMENTS = 2_000_000


class BootstrapSamples(NamedTuple):
    """Per-resample rates (``n_boot`` × slices; NaN where undefined) and macro F1."""

    rates: Rates
    macro_f1: FloatArray


def count_matrix(
    post_code: npt.NDArray[np.int64],
    pairs: npt.NDArray[np.int64],
    slices: npt.NDArray[np.int64],
    y_true: npt.NDArray[np.bool_],
    y_pred: npt.NDArray[np.bool_],
    n_posts: int,
    n_slices: int,
) -> sp.csr_matrix:
    """Per-post × (slice, count) matrix: column ``4 s + k`` counts, for slice ``s``,
    the post's pairs (k=0), true positives (1), false positives (2), false negatives (3).

    ``post_code[i]`` is pair ``i``'s position among the sorted distinct posts;
    ``pairs``/``slices`` are the slice memberships.

    Example:
        >>> m = count_matrix(np.array([0, 0, 1]), np.array([0, 1, 2]), np.array([0, 0, 0]),
        ...     np.array([True, False, True]), np.array([True, True, False]), 2, 1)
        >>> m.toarray().tolist()
        [[2.0, 1.0, 1.0, 0.0], [1.0, 0.0, 0.0, 1.0]]
    """
    yt, yp = y_true[pairs], y_pred[pairs]
    # 0: tn (no column), 1: tp, 2: fp, 3: fn
    cat = np.where(yt, np.where(yp, 1, 3), np.where(yp, 2, 0)).astype(np.int64)
    rows = post_code[pairs]
    hit = cat > 0
    all_rows = np.concatenate([rows, rows[hit]])
    all_cols = np.concatenate([N_COLS * slices, N_COLS * slices[hit] + cat[hit]])
    data = np.ones(all_rows.shape[0], dtype=np.float64)
    shape = (n_posts, N_COLS * n_slices)
    return sp.csr_matrix(sp.coo_matrix((data, (all_rows, all_cols)), shape=shape))


def resample_weights(
    n_posts: int, n_boot: int, seed: int, dtype: type[np.floating[Any]] = np.float64
) -> Iterator[npt.NDArray[np.floating[Any]]]:
    """Yield chunks (resamples × posts) of bootstrap weights, following the module's protocol.

    Example:
        >>> w = np.concatenate(list(resample_weights(3, 5, seed=1)))
        >>> w.shape, w.sum(axis=1).tolist()
        ((5, 3), [3.0, 3.0, 3.0, 3.0, 3.0])
    """
    rng = np.random.default_rng(seed)
    chunk = max(1, min(_MAX_CHUNK, _CHUNK_ELEMENTS // max(n_posts, 1)))
    done = 0
    while done < n_boot:
        weights = np.empty((min(chunk, n_boot - done), n_posts), dtype=dtype)
        for row in weights:  # one draw per resample: cache-friendly bincount
            row[:] = np.bincount(rng.integers(0, n_posts, size=n_posts), minlength=n_posts)
        yield weights
        done += weights.shape[0]


def bootstrap_samples(
    counts: sp.csr_matrix,
    n_boot: int,
    seed: int,
    entity_slices: npt.NDArray[np.int64],
    zero_division: float,
) -> BootstrapSamples:
    """Rates of every slice, and macro F1 over ``entity_slices``, in each resample.

    In a resample, macro F1 is the mean F1 over the entities that have at least
    one pair in it; an entity whose F1 is undefined counts as ``zero_division``
    (left out when that is NaN), as in the point estimate.
    """
    n_posts, n_cols = counts.shape
    n_slices = n_cols // N_COLS
    # Weighted counts are sums of integers; float32 holds them exactly while every
    # sum stays below 2**24 (a resample's weights sum to n_posts).
    biggest = float(counts.max()) if counts.nnz else 0.0
    dtype = np.float32 if n_posts * biggest < 2**24 else np.float64
    matrix = counts.astype(dtype)
    dense = matrix.toarray() if n_posts * n_cols <= _DENSE_ELEMENTS else None
    out = np.full((4, n_boot, n_slices), np.nan, dtype=np.float64)
    macro = np.full(n_boot, np.nan, dtype=np.float64)
    start = 0
    for weights in resample_weights(n_posts, n_boot, seed, dtype):
        stop = start + weights.shape[0]
        agg = weights @ dense if dense is not None else np.asarray(weights @ matrix)
        agg = agg.astype(np.float64)
        n, tp, fp, fn = (agg[:, k::N_COLS] for k in range(N_COLS))
        rates = rates_from_counts(n, tp, fp, fn, np.nan)
        for k, values in enumerate(rates):
            out[k, start:stop] = values
        if entity_slices.size:
            ent = entity_slices
            macro[start:stop] = _macro_f1(
                n[:, ent], tp[:, ent], fp[:, ent], fn[:, ent], zero_division
            )
        start = stop
    return BootstrapSamples(Rates(out[0], out[1], out[2], out[3]), macro)


def _macro_f1(
    n: FloatArray, tp: FloatArray, fp: FloatArray, fn: FloatArray, zero_division: float
) -> FloatArray:
    den = 2.0 * tp + fp + fn
    f1 = np.full(den.shape, zero_division, dtype=np.float64)
    np.divide(2.0 * tp, den, out=f1, where=den > 0)
    f1[n <= 0] = np.nan  # entity absent from the resample
    valid = ~np.isnan(f1)
    n_valid = valid.sum(axis=1)
    total = np.where(valid, f1, 0.0).sum(axis=1)
    result = np.full(n.shape[0], np.nan, dtype=np.float64)
    np.divide(total, n_valid, out=result, where=n_valid > 0)
    return result


def percentile_interval(samples: FloatArray, confidence: float) -> tuple[FloatArray, FloatArray]:
    """Percentile interval per column of ``samples`` (resamples × slices), NaNs left out.

    The bounds are ``numpy.quantile(valid, [(1 - confidence) / 2, 1 - (1 - confidence) / 2])``
    (linear interpolation) over the column's non-NaN values; a column with none
    gets (NaN, NaN).

    Example:
        >>> lo, hi = percentile_interval(np.array([[0.0, np.nan], [1.0, np.nan]]), 0.5)
        >>> lo.tolist(), hi.tolist()
        ([0.25, nan], [0.75, nan])
    """
    alpha = (1.0 - confidence) / 2.0
    qs = np.array([alpha, 1.0 - alpha])
    if samples.ndim == 1:
        samples = samples[:, None]
    low = np.full(samples.shape[1], np.nan, dtype=np.float64)
    high = np.full(samples.shape[1], np.nan, dtype=np.float64)
    for j in range(samples.shape[1]):
        col = samples[:, j]
        valid = col[~np.isnan(col)]
        if valid.size:
            low[j], high[j] = np.quantile(valid, qs)
    return low, high
