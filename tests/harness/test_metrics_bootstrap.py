"""Bootstrap over posts: reproducibility, a naive reference loop, the resampling unit."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np
import pytest

from listenbench.harness.metrics import (
    Estimate,
    MetricReport,
    MetricsError,
    PairTable,
    evaluate,
    paired_bootstrap_delta,
    percentile_interval,
    resample_weights,
)

Row = tuple[int, str, str, tuple[str, ...], bool, bool]  # post, entity, lang, tags, y_true, y_pred


def make_table(rows: list[Row]) -> PairTable:
    return PairTable.from_records(
        {
            "post": p,
            "entity": e,
            "lang": lang,
            "tags": tags,
            "y_true": yt,
            "y_pred": yp,
            "score": 0.5,
            "level": "direct" if yt else "none",
        }
        for p, e, lang, tags, yt, yp in rows
    )


def random_rows(n_posts: int, entities: list[str], seed: int, accuracy: float = 0.8) -> list[Row]:
    rng = np.random.default_rng(seed)
    rows: list[Row] = []
    for p in range(n_posts):
        lang = ["en", "de", "zh"][int(rng.integers(3))]
        for e in entities:
            yt = bool(rng.random() < 0.4)
            yp = yt if rng.random() < accuracy else not yt
            tags = ("hard",) if rng.random() < 0.3 else ()
            rows.append((p * 3 + 1, e, lang, tags, yt, yp))  # sparse, unordered-friendly ids
    return rows


def flat(report: MetricReport) -> dict[str, float]:
    return report.flat_metrics(include_counts=True)


def test_same_seed_same_report_different_seed_different_intervals() -> None:
    table = make_table(random_rows(60, ["a", "b"], seed=1))
    a = evaluate(table, n_boot=200, seed=5)
    b = evaluate(table, n_boot=200, seed=5)
    c = evaluate(table, n_boot=200, seed=6)
    np.testing.assert_equal(flat(a), flat(b))  # NaN-aware (level slices have NaN intervals)
    assert a.get("entity", "a") == b.get("entity", "a")
    assert a.overall.f1.value == c.overall.f1.value
    assert (a.overall.f1.low, a.overall.f1.high) != (c.overall.f1.low, c.overall.f1.high)
    assert (a.seed, a.n_boot, a.confidence) == (5, 200, 0.95)


def test_row_order_does_not_matter() -> None:
    rows = random_rows(50, ["a", "b", "c"], seed=2)
    shuffled = [rows[i] for i in np.random.default_rng(0).permutation(len(rows))]
    a = flat(evaluate(make_table(rows), n_boot=150, seed=3))
    b = flat(evaluate(make_table(shuffled), n_boot=150, seed=3))
    np.testing.assert_equal(a, b)


def test_interval_contains_point_estimate_on_a_reasonable_table() -> None:
    report = evaluate(make_table(random_rows(300, ["a", "b", "c"], seed=4)), n_boot=500, seed=0)
    checked = 0
    for s in (report.overall, *report.slices):
        if s.n_pairs < 100 or s.slice_kind == "level":  # level slices: y_true is constant
            continue
        for name, est in s.estimates().items():
            assert est.low <= est.value <= est.high, (s.key, name, est)
            assert 0.0 < est.high - est.low < 0.25, (s.key, name, est)
            checked += 1
    assert checked >= 30


def test_all_correct_gives_degenerate_interval() -> None:
    rows = [(p, e, "en", (), yt, yt) for p, e, _, _, yt, _ in random_rows(40, ["a", "b"], seed=5)]
    report = evaluate(make_table(rows), n_boot=300, seed=1)
    for s in (report.overall, *report.slices):
        for name in ("accuracy", *(("precision", "recall", "f1") if s.tp else ())):
            est = getattr(s, name)
            assert (est.value, est.low, est.high) == (1.0, 1.0, 1.0), (s.key, name)
    assert report.overall.macro_f1 == Estimate(1.0, 1.0, 1.0)


def test_undefined_metric_has_nan_interval_and_sparse_slices_drop_resamples() -> None:
    # entity "n" is never predicted positive: its precision is 0.0 (zero_division) but no
    # resample defines it, so the interval is (nan, nan)
    rows: list[Row] = [(p, "n", "en", (), p % 2 == 0, False) for p in range(20)]
    rows += [(p, "y", "en", (), p % 2 == 0, p % 4 == 0) for p in range(20)]
    report = evaluate(make_table(rows), n_boot=200, seed=0)
    prec = report.get("entity", "n").precision
    assert prec.value == 0.0 and math.isnan(prec.low) and math.isnan(prec.high)
    assert not prec.defined
    # recall of "n" is defined (0/10) in every resample that draws a positive post
    assert report.get("entity", "n").recall == Estimate(0.0, 0.0, 0.0)


# --- naive reference --------------------------------------------------------------------


def naive_bootstrap(
    rows: list[Row], n_boot: int, seed: int, confidence: float
) -> dict[tuple[str, str, str], tuple[float, float]]:
    """One resample at a time, one pair at a time: the documented protocol, written plainly."""
    posts = sorted({r[0] for r in rows})
    position = {p: i for i, p in enumerate(posts)}

    def members(kind: str, value: str) -> Callable[[Row], bool]:
        if kind == "all":
            return lambda r: True
        if kind == "entity":
            return lambda r: r[1] == value
        if kind == "lang":
            return lambda r: r[2] == value
        if kind == "tag":
            return lambda r: value in r[3]
        return lambda r: ("direct" if r[4] else "none") == value  # level

    slices = [("all", "*")]
    slices += [("entity", v) for v in sorted({r[1] for r in rows})]
    slices += [("lang", v) for v in sorted({r[2] for r in rows})]
    slices += [("tag", v) for v in sorted({t for r in rows for t in r[3]})]
    slices += [("level", v) for v in sorted({"direct" if r[4] else "none" for r in rows})]

    def rates(w: np.ndarray, pick: Callable[[Row], bool]) -> dict[str, float]:
        n = tp = fp = fn = tn = 0
        for r in rows:
            if not pick(r):
                continue
            k = int(w[position[r[0]]])
            n += k
            tp += k * (r[4] and r[5])
            fp += k * (not r[4] and r[5])
            fn += k * (r[4] and not r[5])
            tn += k * (not r[4] and not r[5])
        nan = math.nan
        return {
            "precision": tp / (tp + fp) if tp + fp else nan,
            "recall": tp / (tp + fn) if tp + fn else nan,
            "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else nan,
            "accuracy": (tp + tn) / n if n else nan,
            "n": n,
        }

    samples: dict[tuple[str, str, str], list[float]] = {}
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        w = np.bincount(rng.integers(0, len(posts), size=len(posts)), minlength=len(posts))
        entity_f1 = []
        for kind, value in slices:
            got = rates(w, members(kind, value))
            for name in ("precision", "recall", "f1", "accuracy"):
                samples.setdefault((kind, value, name), []).append(got[name])
            if kind == "entity" and got["n"] > 0:
                entity_f1.append(0.0 if math.isnan(got["f1"]) else got["f1"])
        macro = sum(entity_f1) / len(entity_f1) if entity_f1 else math.nan
        samples.setdefault(("all", "*", "macro_f1"), []).append(macro)
    alpha = (1 - confidence) / 2
    out = {}
    for key, values in samples.items():
        valid = [v for v in values if not math.isnan(v)]
        if valid:
            low, high = np.quantile(valid, [alpha, 1 - alpha])
            out[key] = (float(low), float(high))
        else:
            out[key] = (math.nan, math.nan)
    return out


def test_matches_naive_loop_exactly() -> None:
    rows: list[Row] = [
        (10, "a", "en", ("x",), True, True),
        (10, "b", "en", (), False, True),
        (11, "a", "en", ("x", "y"), True, False),
        (12, "a", "de", (), False, False),
        (12, "b", "de", ("y",), True, True),
        (12, "c", "de", (), True, False),
        (13, "c", "en", (), False, False),
        (15, "b", "zh", ("x",), True, True),
        (16, "a", "zh", (), False, True),
        (16, "c", "zh", ("y",), True, True),
        (20, "b", "en", (), False, False),
    ]
    expected = naive_bootstrap(rows, n_boot=120, seed=11, confidence=0.9)
    report = evaluate(
        make_table(rows[::-1]),
        n_boot=120,
        seed=11,
        confidence=0.9,
        slice_kinds=("entity", "lang", "tag", "level"),
    )
    assert len(expected) == 4 * (1 + len(report.slices)) + 1
    for s in (report.overall, *report.slices):
        for name, est in s.estimates().items():
            low, high = expected[(s.slice_kind, s.slice_value, name)]
            np.testing.assert_equal((est.low, est.high), (low, high), err_msg=f"{s.key} {name}")


def test_resampling_unit_is_the_post() -> None:
    base = random_rows(30, ["a"], seed=8)
    # more pairs on the same posts: other entities, and many extra pairs on one post
    more = base + [(p, "b", lang, (), not yt, yp) for p, _, lang, _, yt, yp in base]
    more += [(base[3][0], f"extra{i}", "en", (), True, False) for i in range(25)]
    a = evaluate(make_table(base), n_boot=200, seed=2)
    b = evaluate(make_table(more), n_boot=200, seed=2)
    # same 30 posts -> same resamples -> entity "a" gets exactly the same intervals
    assert a.get("entity", "a") == b.get("entity", "a")
    assert b.overall.n_posts == a.overall.n_posts == 30
    weights = np.concatenate(list(resample_weights(30, 200, seed=2)))
    assert weights.shape == (200, 30)
    np.testing.assert_array_equal(weights.sum(axis=1), 30)


def test_resample_weights_follow_the_documented_protocol() -> None:
    got = np.concatenate(list(resample_weights(7, 9, seed=4)))
    rng = np.random.default_rng(4)
    want = [np.bincount(rng.integers(0, 7, size=7), minlength=7) for _ in range(9)]
    np.testing.assert_array_equal(got, want)


def test_percentile_interval() -> None:
    samples = np.array([[1.0, np.nan, 0.0], [2.0, np.nan, np.nan], [3.0, np.nan, np.nan]])
    low, high = percentile_interval(samples, 0.5)
    # column 0: quantiles 0.25 and 0.75 of [1, 2, 3] -> 1.5 and 2.5; column 1: none defined
    np.testing.assert_array_equal(low, [1.5, np.nan, 0.0])
    np.testing.assert_array_equal(high, [2.5, np.nan, 0.0])


def test_paired_delta() -> None:
    rows = random_rows(80, ["a", "b"], seed=9, accuracy=0.7)
    a = make_table(rows)
    perfect = make_table([(p, e, lang, tags, yt, yt) for p, e, lang, tags, yt, _ in rows])
    # identical runs: every resample's difference is exactly 0 (an unpaired test would not)
    assert paired_bootstrap_delta(a, a, "f1", n_boot=100) == Estimate(0.0, 0.0, 0.0)
    d = paired_bootstrap_delta(a, perfect, "f1", n_boot=300, seed=1)
    ra = evaluate(a, n_boot=300, seed=1)
    assert d.value == pytest.approx(1.0 - ra.overall.f1.value)
    # paired: B is always perfect, so delta = 1 - F1_A per resample -> mirrored interval
    assert (d.low, d.high) == pytest.approx((1 - ra.overall.f1.high, 1 - ra.overall.f1.low))
    de = paired_bootstrap_delta(a, perfect, "recall", slice_kind="lang", slice_value="de")
    assert de.value == pytest.approx(1.0 - ra.get("lang", "de").recall.value)
    assert 0.0 <= de.low < de.value < de.high <= 1.0
    m = paired_bootstrap_delta(a, perfect, "macro_f1", n_boot=100)
    assert ra.overall.macro_f1 is not None
    assert m.value == pytest.approx(1.0 - ra.overall.macro_f1.value)


def test_paired_delta_rejects_mismatched_input() -> None:
    rows = random_rows(10, ["a"], seed=1)
    a, b = make_table(rows), make_table(rows[:-1])
    with pytest.raises(MetricsError, match="same posts; table_a has 10, table_b 9, 9 in common"):
        paired_bootstrap_delta(a, b)
    with pytest.raises(MetricsError, match="unknown metric 'auc'"):
        paired_bootstrap_delta(a, a, "auc")
    with pytest.raises(MetricsError, match="table_a has no slice lang='xx'"):
        paired_bootstrap_delta(a, a, slice_kind="lang", slice_value="xx")
    with pytest.raises(MetricsError, match="overall slice"):
        paired_bootstrap_delta(a, a, "macro_f1", slice_kind="lang", slice_value="en")


def test_performance_sanity(capsys: pytest.CaptureFixture[str]) -> None:
    """100k pairs (5k posts x 20 entities), ~50 slices, 1000 resamples; prints the time."""
    rng = np.random.default_rng(0)
    n_posts, n_ent = 5_000, 20
    post = np.repeat(np.arange(n_posts), n_ent)
    y_true = rng.random(post.size) < 0.2
    y_pred = np.where(rng.random(post.size) < 0.85, y_true, ~y_true)
    langs = np.array(["en", "de", "fr", "es", "zh", "ar", "pt", "it"])
    tag_pool = [(f"t{i}",) for i in range(15)] + [()] * 15
    table = PairTable(
        post=post,
        entity=np.tile(np.array([f"e{i}" for i in range(n_ent)]), n_posts),
        lang=langs[rng.integers(0, 8, n_posts)][post],
        channel=np.full(post.size, "twitter"),
        level=np.full(post.size, ""),
        tags=tuple(tag_pool[i] for i in rng.integers(0, 30, post.size)),
        y_true=y_true,
        y_pred=y_pred,
        score=rng.random(post.size),
    )
    start = time.perf_counter()
    report = evaluate(table, n_boot=1000, seed=0)
    seconds = time.perf_counter() - start
    with capsys.disabled():
        print(
            f"\n[perf] evaluate: {len(table):,} pairs, {len(report.slices) + 1} slices, "
            f"1000 resamples: {seconds:.2f}s"
        )
    assert report.overall.n_pairs == 100_000 and len(report.slices) == 20 + 8 + 15 + 1
