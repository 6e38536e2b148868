"""Multi-class scoring: one-vs-rest rows, accuracy and macro-F1 over classes."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, f1_score

from listenbench.harness.metrics import MetricsError, PairTable, evaluate, paired_bootstrap_delta

CLASSES = ("a", "b", "c")


def _table(gold: list[str], pred: list[str], langs: list[str] | None = None) -> PairTable:
    langs = langs or ["en"] * len(gold)
    return PairTable.from_records(
        {
            "post": i,
            "entity": "e",
            "lang": langs[i],
            "label": c,
            "y_true": g == c,
            "y_pred": p == c,
            "score": 1.0 if p == c else 0.0,
        }
        for i, (g, p) in enumerate(zip(gold, pred, strict=True))
        for c in CLASSES
    )


def test_hand_computed_accuracy_and_macro_f1() -> None:
    table = _table(["a", "a", "b", "c"], ["a", "b", "b", "a"])
    assert table.multiclass
    report = evaluate(table, n_boot=0)
    o = report.overall
    assert (o.n_pairs, o.tp, o.fp, o.fn, o.tn) == (4, 2, 2, 2, 0)
    assert o.accuracy.value == pytest.approx(0.5)
    assert o.f1.value == pytest.approx(0.5)
    assert o.macro_f1 is not None
    assert o.macro_f1.value == pytest.approx((0.5 + 2 / 3 + 0.0) / 3)
    b = report.get("class", "b")
    assert (b.tp, b.fp, b.fn, b.tn) == (1, 1, 0, 2)
    assert b.recall.value == 1.0 and b.precision.value == 0.5
    assert b.accuracy.value == pytest.approx(3 / 4)  # one-vs-rest on a class slice


def test_matches_sklearn_on_random_labels() -> None:
    rng = np.random.default_rng(3)
    gold = [CLASSES[k] for k in rng.integers(0, 3, 300)]
    pred = [CLASSES[k] for k in rng.integers(0, 3, 300)]
    langs = [("en", "de")[k] for k in rng.integers(0, 2, 300)]
    report = evaluate(_table(gold, pred, langs), n_boot=50, seed=1)
    assert report.overall.accuracy.value == pytest.approx(accuracy_score(gold, pred))
    assert report.overall.macro_f1 is not None
    assert report.overall.macro_f1.value == pytest.approx(f1_score(gold, pred, average="macro"))
    de = [i for i, lang in enumerate(langs) if lang == "de"]
    expected = accuracy_score([gold[i] for i in de], [pred[i] for i in de])
    assert report.get("lang", "de").accuracy.value == pytest.approx(expected)
    assert report.get("lang", "de").n_pairs == len(de)
    lo, hi = report.overall.macro_f1.low, report.overall.macro_f1.high
    assert lo <= report.overall.macro_f1.value <= hi


def test_binary_table_has_no_class_slices_and_macro_over_entities() -> None:
    table = PairTable.from_records(
        {"post": p, "entity": e, "lang": "en", "y_true": p % 2 == 0, "y_pred": True, "score": 0.5}
        for p in range(4)
        for e in ("x", "y")
    )
    report = evaluate(table, n_boot=0)
    assert not table.multiclass
    assert report.by_kind("class") == []
    assert report.overall.accuracy.value == pytest.approx(0.5)


def test_duplicate_class_row_is_rejected() -> None:
    row = {
        "post": 0,
        "entity": "e",
        "lang": "en",
        "label": "a",
        "y_true": True,
        "y_pred": True,
        "score": 1.0,
    }
    with pytest.raises(MetricsError, match="label='a'"):
        PairTable.from_records([row, row])


def test_paired_delta_on_macro_f1_over_classes() -> None:
    gold = ["a", "b", "c", "a"] * 10
    worse = _table(gold, ["a"] * 40)
    perfect = _table(gold, gold)
    delta = paired_bootstrap_delta(worse, perfect, "macro_f1", n_boot=100)
    assert delta.value == pytest.approx(1.0 - (2 * 20 / (20 + 40)) / 3)
    with pytest.raises(MetricsError, match="multi-class table with a binary one"):
        binary = PairTable.from_records(
            {"post": i, "entity": "e", "lang": "en", "y_true": True, "y_pred": True, "score": 1.0}
            for i in range(40)
        )
        paired_bootstrap_delta(worse, binary, "f1", n_boot=10)
