"""evaluate(): hand-computed confusion counts, micro/macro, zero_division, slices."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, precision_recall_fscore_support

from listenbench.harness.metrics import (
    MetricReport,
    MetricsError,
    PairTable,
    SliceMetrics,
    UnknownSliceError,
    evaluate,
)

# (post, entity, lang, channel, tags, level, y_true, y_pred)        outcome
ROWS = [
    (0, "apple", "en", "twitter", ("minimal-pair",), "direct", True, True),  # tp
    (0, "mengniu", "en", "twitter", (), "none", False, False),  # tn
    (1, "apple", "en", "forum", ("ambiguous-name", "minimal-pair"), "", False, True),  # fp
    (1, "mengniu", "en", "forum", (), "none", False, False),  # tn
    (2, "apple", "zh-Hans", "", ("ambiguous-name",), "about", True, False),  # fn
    (2, "mengniu", "zh-Hans", "", (), "direct", True, True),  # tp
    (3, "mengniu", "zh-Hans", "review", ("ambiguous-name",), "direct", True, False),  # fn
    (4, "apple", "de", "twitter", (), "none", False, False),  # tn
]


def tiny_table(rows: list[tuple[object, ...]] = ROWS) -> PairTable:
    return PairTable.from_records(
        {
            "post": p,
            "entity": e,
            "lang": lang,
            "channel": ch,
            "tags": tags,
            "level": lvl,
            "y_true": yt,
            "y_pred": yp,
            "score": 0.9 if yp else 0.1,
        }
        for p, e, lang, ch, tags, lvl, yt, yp in rows
    )


@pytest.fixture(scope="module")
def report() -> MetricReport:
    return evaluate(tiny_table(), n_boot=0)


def _counts(s: SliceMetrics) -> tuple[int, ...]:
    return (s.n_pairs, s.n_posts, s.tp, s.fp, s.fn, s.tn, s.n_positive, s.n_predicted)


def _values(s: SliceMetrics) -> tuple[float, ...]:
    return (s.precision.value, s.recall.value, s.f1.value, s.accuracy.value)


def test_overall_counts_and_micro_metrics(report: MetricReport) -> None:
    o = report.overall
    assert (o.slice_kind, o.slice_value) == ("all", "*")
    # tp = rows 0, 5; fp = row 2; fn = rows 4, 6; tn = rows 1, 3, 7; posts 0..4
    assert _counts(o) == (8, 5, 2, 1, 2, 3, 4, 3)
    # P = 2/(2+1); R = 2/(2+2); F1 = 2*2/(2*2+1+2) = 4/7; accuracy = (2+3)/8
    assert _values(o) == pytest.approx((2 / 3, 1 / 2, 4 / 7, 5 / 8))


def test_micro_and_macro_f1_differ(report: MetricReport) -> None:
    # apple: tp 1 fp 1 fn 1 tn 1 -> P 1/2, R 1/2, F1 2/(2+1+1) = 1/2, acc 2/4
    apple = report.get("entity", "apple")
    assert _counts(apple) == (4, 4, 1, 1, 1, 1, 2, 2)
    assert _values(apple) == pytest.approx((0.5, 0.5, 0.5, 0.5))
    # mengniu: tp 1 fp 0 fn 1 tn 2 -> P 1, R 1/2, F1 2/(2+0+1) = 2/3, acc 3/4
    mengniu = report.get("entity", "mengniu")
    assert _counts(mengniu) == (4, 4, 1, 0, 1, 2, 2, 1)
    assert _values(mengniu) == pytest.approx((1.0, 0.5, 2 / 3, 0.75))
    # macro F1 = (1/2 + 2/3) / 2 = 7/12 ≈ 0.583, micro F1 = 4/7 ≈ 0.571
    assert report.overall.macro_f1 is not None
    assert report.overall.macro_f1.value == pytest.approx(7 / 12)
    assert report.overall.f1.value == pytest.approx(4 / 7)
    assert apple.macro_f1 is None


def test_lang_slices(report: MetricReport) -> None:
    assert [s.slice_value for s in report.by_kind("lang")] == ["de", "en", "zh-Hans"]
    # en: rows 0-3 -> tp 1 fp 1 tn 2: P 1/2, R 1/1, F1 2/(2+1) = 2/3, acc 3/4
    en = report.get("lang", "en")
    assert _counts(en) == (4, 2, 1, 1, 0, 2, 1, 2)
    assert _values(en) == pytest.approx((0.5, 1.0, 2 / 3, 0.75))
    # zh-Hans: rows 4-6 -> tp 1 fn 2: P 1/1, R 1/3, F1 2/(2+0+2) = 1/2, acc 1/3
    zh = report.get("lang", "zh-Hans")
    assert _counts(zh) == (3, 2, 1, 0, 2, 0, 3, 1)
    assert _values(zh) == pytest.approx((1.0, 1 / 3, 0.5, 1 / 3))


def test_zero_division_is_zero_by_default(report: MetricReport) -> None:
    # de: row 7 only, a true negative: P, R and F1 have zero denominators -> 0.0
    de = report.get("lang", "de")
    assert _counts(de) == (1, 1, 0, 0, 0, 1, 0, 0)
    assert _values(de) == (0.0, 0.0, 0.0, 1.0)


@pytest.mark.parametrize("zd", [0.0, 1.0, math.nan])
def test_zero_division_option(zd: float) -> None:
    de = evaluate(tiny_table(), n_boot=0, zero_division=zd).get("lang", "de")
    got = np.array(_values(de))
    np.testing.assert_array_equal(got, [zd, zd, zd, 1.0])


def test_tag_slices_count_a_pair_in_each_of_its_tags(report: MetricReport) -> None:
    assert [s.slice_value for s in report.by_kind("tag")] == ["ambiguous-name", "minimal-pair"]
    # minimal-pair: rows 0 (tp), 2 (fp) -> P 1/2, R 1/1, F1 2/3, acc 1/2
    mp = report.get("tag", "minimal-pair")
    assert _counts(mp) == (2, 2, 1, 1, 0, 0, 1, 2)
    assert _values(mp) == pytest.approx((0.5, 1.0, 2 / 3, 0.5))
    # ambiguous-name: rows 2 (fp), 4 (fn), 6 (fn) -> P 0/1, R 0/2, F1 0/(0+1+2), acc 0/3
    amb = report.get("tag", "ambiguous-name")
    assert _counts(amb) == (3, 3, 0, 1, 2, 0, 2, 1)
    assert _values(amb) == (0.0, 0.0, 0.0, 0.0)
    # row 2 is in both tag slices: tag slice sizes sum to more than the tagged pairs
    assert mp.n_pairs + amb.n_pairs == 5


def test_level_and_channel_slices_skip_unknown_values(report: MetricReport) -> None:
    levels = {s.slice_value: _counts(s) for s in report.by_kind("level")}
    # row 2 has level "" and belongs to no level slice
    assert levels == {
        "about": (1, 1, 0, 0, 1, 0, 1, 0),  # row 4
        "direct": (3, 3, 2, 0, 1, 0, 3, 2),  # rows 0, 5, 6
        "none": (3, 3, 0, 0, 0, 3, 0, 0),  # rows 1, 3, 7
    }
    # direct: P 2/2, R 2/3, F1 4/(4+0+1) = 4/5, acc 2/3
    assert _values(report.get("level", "direct")) == pytest.approx((1.0, 2 / 3, 0.8, 2 / 3))
    channels = {s.slice_value: _counts(s) for s in report.by_kind("channel")}
    # rows 4, 5 have channel "" (unknown)
    assert channels == {
        "forum": (2, 1, 0, 1, 0, 1, 0, 1),
        "review": (1, 1, 0, 0, 1, 0, 1, 0),
        "twitter": (3, 2, 1, 0, 0, 2, 1, 1),
    }


def test_slice_order_and_lookup(report: MetricReport) -> None:
    kinds = [s.slice_kind for s in report.slices]
    assert kinds == sorted(kinds, key=["entity", "lang", "tag", "channel", "level"].index)
    assert report.get("all", "*") is report.overall
    assert report.by_kind("all") == [report.overall]
    with pytest.raises(UnknownSliceError, match=r"no slice lang='fr'.*'de', 'en', 'zh-Hans'"):
        report.get("lang", "fr")
    with pytest.raises(KeyError):
        report.get("entity", "pear")
    with pytest.raises(MetricsError, match="unknown slice kind 'colour'"):
        report.by_kind("colour")


def test_slice_kinds_option() -> None:
    r = evaluate(tiny_table(), n_boot=0, slice_kinds=("lang",))
    assert {s.slice_kind for s in r.slices} == {"lang"}
    # macro F1 still averages over entities
    assert r.overall.macro_f1 is not None
    assert r.overall.macro_f1.value == pytest.approx(7 / 12)
    with pytest.raises(MetricsError, match="unknown slice kind 'langs'"):
        evaluate(tiny_table(), slice_kinds=("langs",))
    with pytest.raises(MetricsError, match="found the string 'lang'"):
        evaluate(tiny_table(), slice_kinds="lang")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_boot": -1}, "n_boot must be an int >= 0, found -1"),
        ({"n_boot": 1.5}, "n_boot must be an int >= 0"),
        ({"seed": -3}, "seed must be an int >= 0, found -3"),
        ({"confidence": 1.0}, "confidence must lie strictly between 0 and 1, found 1.0"),
        ({"zero_division": 0.5}, "zero_division must be 0.0, 1.0 or nan, found 0.5"),
    ],
)
def test_bad_options(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(MetricsError, match=message):
        evaluate(tiny_table(), **kwargs)  # type: ignore[arg-type]


def test_empty_table_is_an_error() -> None:
    with pytest.raises(MetricsError, match="table has no pairs"):
        evaluate(PairTable.from_records([]))


def test_no_bootstrap_gives_nan_intervals(report: MetricReport) -> None:
    assert report.n_boot == 0
    assert math.isnan(report.overall.f1.low) and math.isnan(report.overall.f1.high)


@pytest.mark.parametrize("zd", [0.0, 1.0, math.nan])
def test_point_estimates_equal_sklearn_on_every_slice(zd: float) -> None:
    rng = np.random.default_rng(7)
    n_posts, entities = 40, ["a", "b", "c", "d"]
    rows = []
    for p in range(n_posts):
        lang = ["en", "de", "fr"][p % 3]
        for e in entities:
            if rng.random() < 0.3:
                continue
            yt = bool(rng.random() < 0.3)
            yp = bool(rng.random() < 0.3) if e != "d" else False  # d: no predictions
            tags = tuple(t for t in ("x", "y") if rng.random() < 0.4)
            rows.append((p, e, lang, "", tags, "", yt, yp))
    table = tiny_table(rows)
    report = evaluate(table, n_boot=0, zero_division=zd)
    for s in (report.overall, *report.slices):
        if s.slice_kind == "all":
            mask = np.ones(len(table), dtype=bool)
        elif s.slice_kind == "tag":
            mask = np.array([s.slice_value in t for t in table.tags])
        else:
            mask = getattr(table, s.slice_kind) == s.slice_value
        yt, yp = table.y_true[mask], table.y_pred[mask]
        p, r, f, _ = precision_recall_fscore_support(
            yt, yp, average="binary", pos_label=True, zero_division=zd
        )
        expected = [p, r, f, accuracy_score(yt, yp)]
        np.testing.assert_allclose(_values(s), expected, rtol=1e-12, err_msg=str(s.key))
    per_entity_f1 = np.array([s.f1.value for s in report.by_kind("entity")])
    assert report.overall.macro_f1 is not None
    expected_macro = np.nanmean(per_entity_f1) if math.isnan(zd) else per_entity_f1.mean()
    assert report.overall.macro_f1.value == pytest.approx(expected_macro)
