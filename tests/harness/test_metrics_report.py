"""MetricReport output: flat MLflow keys (sanitised, unique), rows, Estimate formatting."""

from __future__ import annotations

import json
import math
import re

import pytest

from listenbench.harness.metrics import (
    Estimate,
    MetricReport,
    MetricsError,
    PairTable,
    evaluate,
    key_segment,
)

MLFLOW_SAFE = re.compile(r"^[A-Za-z0-9_\-. /]+$")


def _table(pairs: list[tuple[int, str, str, tuple[str, ...], bool, bool]]) -> PairTable:
    return PairTable.from_records(
        dict(post=p, entity=e, lang=lang, tags=tags, y_true=yt, y_pred=yp, score=0.5)
        for p, e, lang, tags, yt, yp in pairs
    )


@pytest.fixture(scope="module")
def report() -> MetricReport:
    # entity values chosen to need escaping and to collide once escaped
    return evaluate(
        _table(
            [
                (0, "apple", "en", ("minimal-pair",), True, True),
                (0, "蒙牛", "zh-Hans", ("ambiguous-name",), True, False),
                (1, "a:b", "en", (), False, True),
                (1, "a/b", "en", ("x y",), True, True),
                (2, "a_b", "zh-Hans", (".",), False, False),
                (2, "apple", "zh-Hans", ("..",), True, True),
                (3, "a_b-6783a31e", "en", (), True, False),  # = key_segment("a:b")
            ]
        ),
        n_boot=50,
        seed=0,
    )


def test_flat_metric_keys(report: MetricReport) -> None:
    m = report.flat_metrics()
    for key in ("f1", "f1_low", "f1_high", "precision", "recall_high", "accuracy_low"):
        assert key in m
    assert m["macro_f1"] == report.overall.macro_f1.value  # type: ignore[union-attr]
    assert m["lang/en/f1"] == report.get("lang", "en").f1.value
    assert m["lang/zh-Hans/recall"] == report.get("lang", "zh-Hans").recall.value
    assert m["entity/apple/f1_low"] == report.get("entity", "apple").f1.low
    assert m["tag/minimal-pair/recall"] == report.get("tag", "minimal-pair").recall.value
    # no predicted positives: precision 0.0 (zero_division) with a NaN interval
    assert m["tag/ambiguous-name/precision"] == 0.0
    assert math.isnan(m["tag/ambiguous-name/precision_high"])
    assert m["tag/x y/f1"] == report.get("tag", "x y").f1.value
    assert "n_pairs" not in m and "entity/apple/macro_f1" not in m
    # 4 metrics x 3 numbers per slice, plus macro_f1 x 3 overall
    assert len(m) == 12 * (1 + len(report.slices)) + 3


def test_flat_keys_are_safe_and_unique(report: MetricReport) -> None:
    from mlflow.utils.validation import _validate_metric_name

    m = report.flat_metrics(prefix="test/", include_counts=True)
    n_slices = 1 + len(report.slices)
    assert len(m) == (12 + 8) * n_slices + 3  # dict keys are unique by construction ...
    segments = {k.rsplit("/", 1)[0] for k in m if k.count("/") == 3}
    assert len(segments) == len(report.slices)  # ... and so is each slice's key segment
    for key in m:
        assert key.startswith("test/")
        assert MLFLOW_SAFE.match(key), key
        _validate_metric_name(key)  # MLflow's own check (also rejects "..", "//", ...)
    entity_keys = {k.split("/")[2] for k in m if k.startswith("test/entity/")}
    assert entity_keys == {
        "apple",
        "a_b",
        key_segment("蒙牛"),
        key_segment("a:b"),
        key_segment("a/b"),
        # the plain value that collides with "a:b"'s escaped form gets escaped as well
        next(s for s in entity_keys if s.startswith("a_b-6783a31e-")),
    }
    assert len(entity_keys) == 6
    assert m["test/entity/apple/n_pairs"] == 2.0
    assert m["test/tp"] == float(report.overall.tp)


def test_key_segment() -> None:
    assert key_segment("zh-Hans") == "zh-Hans"
    assert key_segment("ambiguous-name") == "ambiguous-name"
    assert key_segment("v1.2 beta") == "v1.2 beta"
    for raw in ("蒙牛", "a:b", "a/b", ".", "..", " pad", "x" * 65):
        seg = key_segment(raw)
        assert seg != raw and re.fullmatch(r"[A-Za-z0-9_\-. ]+-[0-9a-f]{8}", seg), seg
        assert len(seg) <= 64
    assert key_segment("a:b").startswith("a_b-") and key_segment("蒙牛").startswith("__-")
    assert key_segment("a:b") != key_segment("a;b")  # the hash keeps them apart
    assert key_segment("a:b") == key_segment("a:b")  # and is stable


def test_bad_prefix(report: MetricReport) -> None:
    with pytest.raises(MetricsError, match="prefix 'run:1/' may hold only"):
        report.flat_metrics(prefix="run:1/")
    with pytest.raises(MetricsError, match="must not start with '/'"):
        report.flat_metrics(prefix="/abs")


def test_to_rows(report: MetricReport) -> None:
    rows = report.to_rows()
    assert len(rows) == 1 + len(report.slices)
    first, second = rows[0], rows[1]
    assert (first["slice_kind"], first["slice_value"]) == ("all", "*")
    assert list(first)[:10] == [
        "slice_kind", "slice_value", "n_pairs", "n_posts", "n_positive", "n_predicted",
        "tp", "fp", "fn", "tn",
    ]  # fmt: skip
    assert first.keys() == second.keys()
    assert first["n_pairs"] == 7 and first["tp"] == report.overall.tp
    assert first["f1"] == report.overall.f1.value
    assert first["f1_low"] == report.overall.f1.low
    assert first["macro_f1"] == report.overall.macro_f1.value  # type: ignore[union-attr]
    assert second["macro_f1"] is None and second["macro_f1_high"] is None
    # undefined intervals are None, not NaN (strict JSON; rows compare equal)
    amb = next(r for r in rows if r["slice_value"] == "ambiguous-name")
    assert (amb["precision"], amb["precision_low"], amb["precision_high"]) == (0.0, None, None)
    json.dumps(rows, allow_nan=False)
    assert rows == report.to_rows()
    assert (second["slice_kind"], second["slice_value"]) == report.slices[0].key


def test_estimate_format_and_defined() -> None:
    assert Estimate(0.8125, 0.74, 0.871).format(2) == "0.81 [0.74, 0.87]"
    assert Estimate(0.5, math.nan, math.nan).format() == "0.500 [nan, nan]"
    assert Estimate(0.5, 0.4, 0.6).defined and not Estimate(0.5, math.nan, 0.6).defined
