"""PairTable: construction from records and arrays, validation with clear errors."""

from __future__ import annotations

import numpy as np
import pytest

from listenbench.harness.metrics import MetricsError, PairTable


def _rec(post: int, entity: str = "apple", **kw: object) -> dict[str, object]:
    rec: dict[str, object] = {
        "post": post,
        "entity": entity,
        "lang": "en",
        "y_true": True,
        "y_pred": False,
        "score": 0.25,
    }
    rec.update(kw)
    return rec


def test_from_records_columns_and_defaults() -> None:
    t = PairTable.from_records(
        [
            _rec(7, channel="twitter", tags=["b", "a", "b"], level="direct"),
            _rec(2, "蒙牛", lang="zh", y_true=False, y_pred=True, score=1),
            _rec(2, "apple", channel=None, level=None, tags=None, extra="ignored"),
        ]
    )
    assert len(t) == 3
    assert t.post.dtype == np.int64 and t.post.tolist() == [7, 2, 2]
    assert t.entity.tolist() == ["apple", "蒙牛", "apple"]
    assert t.lang.tolist() == ["en", "zh", "en"]
    assert t.channel.tolist() == ["twitter", "", ""]
    assert t.level.tolist() == ["direct", "", ""]
    assert t.tags == (("b", "a"), (), ())  # duplicate tag dropped, order kept
    assert t.y_true.dtype == np.bool_ and t.y_true.tolist() == [True, False, True]
    assert t.y_pred.tolist() == [False, True, False]
    assert t.score.dtype == np.float64 and t.score.tolist() == [0.25, 1.0, 0.25]


def test_columns_are_read_only() -> None:
    t = PairTable.from_records([_rec(0)])
    with pytest.raises(ValueError):
        t.y_pred[0] = True
    with pytest.raises(AttributeError):
        t.post = np.array([1])  # type: ignore[misc]


def test_constructor_coerces_lists_and_checks_lengths() -> None:
    t = PairTable(
        post=[1, 0],  # type: ignore[arg-type]
        entity=["a", "b"],  # type: ignore[arg-type]
        lang=["en", "de"],  # type: ignore[arg-type]
        channel=["", ""],  # type: ignore[arg-type]
        level=["", ""],  # type: ignore[arg-type]
        tags=((), ("x",)),
        y_true=[True, False],  # type: ignore[arg-type]
        y_pred=[True, True],  # type: ignore[arg-type]
        score=[0.5, 0.0],  # type: ignore[arg-type]
    )
    assert t.post.dtype == np.int64 and t.entity.dtype.kind == "U" and len(t) == 2
    with pytest.raises(MetricsError, match=r"equal lengths, found post=2, entity=1"):
        PairTable(
            post=np.array([0, 1]),
            entity=np.array(["a"]),
            lang=np.array(["en", "en"]),
            channel=np.array(["", ""]),
            level=np.array(["", ""]),
            tags=((), ()),
            y_true=np.array([True, False]),
            y_pred=np.array([True, False]),
            score=np.array([0.1, 0.2]),
        )


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([_rec(0), {"post": 1}], r"^record 1: missing required field 'entity'$"),
        ([_rec(0, y_true="yes")], r"^record 0: field 'y_true' must be a bool, found 'yes'$"),
        ([_rec(0, y_pred=1)], r"^record 0: field 'y_pred' must be a bool, found 1$"),
        ([_rec(True)], r"^record 0: field 'post' must be an int, found True$"),
        ([_rec(0, score=1.5)], r"^record 0: field 'score' must lie in \[0, 1\], found 1.5$"),
        ([_rec(0, score=float("nan"))], r"field 'score' must lie in \[0, 1\], found nan"),
        ([_rec(0), _rec(1, "")], r"^PairTable column 'entity' row 1: expected an entity id"),
        ([_rec(0, lang=None)], r"^record 0: field 'lang' must be a str, found None$"),
        ([_rec(0, tags="ab")], r"^record 0: field 'tags' must be a sequence of str"),
        ([_rec(0, tags=["ok", ""])], r"^record 0: field 'tags' must hold non-empty str"),
        ([_rec(0), ["not", "a", "mapping"]], r"^record 1: expected a mapping, found list$"),
    ],
)
def test_from_records_rejects_bad_input(records: list[object], message: str) -> None:
    with pytest.raises(MetricsError, match=message):
        PairTable.from_records(records)  # type: ignore[arg-type]


def test_duplicate_pairs_are_rejected_with_the_row() -> None:
    with pytest.raises(MetricsError, match=r"row 2: duplicate pair \(post=0, entity='apple'\)"):
        PairTable.from_records([_rec(0), _rec(0, "b"), _rec(0)])


def test_bad_array_dtypes_are_rejected() -> None:
    good = PairTable.from_records([_rec(0), _rec(1)])
    cols = {name: getattr(good, name) for name in good.__dataclass_fields__}
    with pytest.raises(MetricsError, match=r"column 'post' must be a 1-d array of ints"):
        PairTable(**{**cols, "post": np.array([0.0, 1.0])})
    with pytest.raises(MetricsError, match=r"column 'y_true' must be a 1-d array of bools"):
        PairTable(**{**cols, "y_true": np.array([1, 0])})
    with pytest.raises(MetricsError, match=r"column 'score' row 1: expected a float in \[0, 1\]"):
        PairTable(**{**cols, "score": np.array([0.5, -0.1])})
    with pytest.raises(MetricsError, match=r"column 'lang' row 1: expected a str, found 3"):
        PairTable(**{**cols, "lang": np.array(["en", 3], dtype=object)})
    with pytest.raises(MetricsError, match=r"column 'tags' row 0: expected a tuple of str"):
        PairTable(**{**cols, "tags": ("x", ())})


def test_empty_table_is_allowed_but_has_length_zero() -> None:
    assert len(PairTable.from_records([])) == 0
