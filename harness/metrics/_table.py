"""The scored pair table: one row per labelled (post, entity) pair of a run."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from ._errors import MetricsError

#: Fields every record given to :meth:`PairTable.from_records` must have.
REQUIRED_FIELDS: tuple[str, ...] = ("post", "entity", "lang", "y_true", "y_pred", "score")
#: Optional record fields and their defaults (``None`` is read as the default too).
OPTIONAL_FIELDS: dict[str, object] = {"channel": "", "tags": (), "level": "", "label": ""}

_STR_COLUMNS: tuple[str, ...] = ("entity", "lang", "channel", "level", "label")


@dataclass(frozen=True, eq=False)
class PairTable:
    """Labelled and predicted (post, entity) pairs of one model on one corpus.

    Columns are numpy arrays of equal length (one element per pair); the
    constructor coerces array-likes, validates them and freezes the arrays
    (read-only). ``(post, entity)`` pairs must be unique.

    Attributes:
        post: int64 index of the post (the unit of bootstrap resampling).
        entity: str id of the entity.
        lang: str language of the post.
        channel: str channel of the post, ``""`` when unknown.
        level: str listening level of the gold label, ``""`` when none.
        tags: per pair, a tuple of str tags (duplicates are dropped).
        y_true: bool gold relevance.
        y_pred: bool predicted relevance.
        score: float64 model score in [0, 1].
        label: str class of a multi-class row, ``""`` in a binary table.

    A multi-class task is stored one-vs-rest: each (post, entity) pair has one
    row per class (``label``), ``y_true`` true on the gold class's row and
    ``y_pred`` true on the predicted class's row, ``score`` the class's score.
    ``(post, entity, label)`` rows must be unique.

    Example:
        >>> table = PairTable.from_records([
        ...     {"post": 0, "entity": "apple", "lang": "en", "y_true": True,
        ...      "y_pred": True, "score": 0.9, "tags": ("ambiguous-name",)},
        ...     {"post": 1, "entity": "apple", "lang": "de", "y_true": False,
        ...      "y_pred": True, "score": 0.6},
        ... ])
        >>> len(table), table.y_pred.sum(), table.channel.tolist()
        (2, np.int64(2), ['', ''])
    """

    post: npt.NDArray[np.int64]
    entity: npt.NDArray[np.str_]
    lang: npt.NDArray[np.str_]
    channel: npt.NDArray[np.str_]
    level: npt.NDArray[np.str_]
    tags: tuple[tuple[str, ...], ...]
    y_true: npt.NDArray[np.bool_]
    y_pred: npt.NDArray[np.bool_]
    score: npt.NDArray[np.float64]
    label: npt.NDArray[np.str_] = field(default_factory=lambda: np.zeros(0, dtype=np.str_))

    def __post_init__(self) -> None:
        raw: dict[str, Any] = {name: getattr(self, name) for name in self.__dataclass_fields__}
        if len(raw["label"]) == 0 and len(raw["post"]) != 0:
            raw["label"] = np.full(len(raw["post"]), "", dtype=np.str_)
        lengths = {name: _length(name, value) for name, value in raw.items()}
        if len(set(lengths.values())) > 1:
            found = ", ".join(f"{name}={n}" for name, n in lengths.items())
            raise MetricsError(f"PairTable columns must have equal lengths, found {found}")
        post = _int_column("post", raw["post"])
        strs = {name: _str_column(name, raw[name]) for name in _STR_COLUMNS}
        tags = _tags_column(raw["tags"])
        y_true = _bool_column("y_true", raw["y_true"])
        y_pred = _bool_column("y_pred", raw["y_pred"])
        score = _score_column(raw["score"])
        empty = np.flatnonzero(strs["entity"] == "")
        if empty.size:
            raise MetricsError(
                f"PairTable column 'entity' row {int(empty[0])}: expected an entity id, found ''"
            )
        _check_unique_pairs(post, strs["entity"], strs["label"])
        for name, arr in (("post", post), *strs.items(), ("y_true", y_true), ("y_pred", y_pred)):
            arr.flags.writeable = False
            object.__setattr__(self, name, arr)
        score.flags.writeable = False
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "tags", tags)

    def __len__(self) -> int:
        return int(self.post.shape[0])

    @property
    def multiclass(self) -> bool:
        """Whether the rows are the one-vs-rest expansion of a multi-class task."""
        return bool(self.label.size) and bool((self.label != "").any())

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, object]]) -> PairTable:
        """Build a table from one mapping per pair.

        Required keys: ``post`` (int), ``entity`` (str), ``lang`` (str),
        ``y_true`` and ``y_pred`` (bool), ``score`` (float in [0, 1]);
        optional: ``channel`` (str, default ``""``), ``tags`` (sequence of
        str, default ``()``), ``level`` (str, default ``""``). Other keys are
        ignored.

        Raises:
            MetricsError: naming the record number (0-based) and the field.

        Example:
            >>> t = PairTable.from_records([{"post": 3, "entity": "e", "lang": "en",
            ...     "y_true": False, "y_pred": False, "score": 0.1, "level": "none"}])
            >>> t.post.tolist(), t.level.tolist(), t.tags
            ([3], ['none'], ((),))
        """
        cols: dict[str, list[Any]] = {name: [] for name in (*REQUIRED_FIELDS, *OPTIONAL_FIELDS)}
        for i, rec in enumerate(records):
            if not isinstance(rec, Mapping):
                raise MetricsError(f"record {i}: expected a mapping, found {type(rec).__name__}")
            for name in REQUIRED_FIELDS:
                if name not in rec:
                    raise MetricsError(f"record {i}: missing required field {name!r}")
                cols[name].append(_record_value(i, name, rec[name]))
            for name, default in OPTIONAL_FIELDS.items():
                value = rec.get(name)
                cols[name].append(default if value is None else _record_value(i, name, value))
        return cls(
            post=np.asarray(cols["post"], dtype=np.int64),
            entity=np.asarray(cols["entity"], dtype=np.str_),
            lang=np.asarray(cols["lang"], dtype=np.str_),
            channel=np.asarray(cols["channel"], dtype=np.str_),
            level=np.asarray(cols["level"], dtype=np.str_),
            tags=tuple(cols["tags"]),
            y_true=np.asarray(cols["y_true"], dtype=np.bool_),
            y_pred=np.asarray(cols["y_pred"], dtype=np.bool_),
            score=np.asarray(cols["score"], dtype=np.float64),
            label=np.asarray(cols["label"], dtype=np.str_),
        )


def _record_value(i: int, name: str, value: object) -> object:
    """Check one record field's type; return it in its column's Python type."""
    if name == "post":
        if isinstance(value, bool) or not isinstance(value, int | np.integer):
            raise MetricsError(f"record {i}: field 'post' must be an int, found {value!r}")
        return int(value)
    if name in ("y_true", "y_pred"):
        if not isinstance(value, bool | np.bool_):
            raise MetricsError(f"record {i}: field {name!r} must be a bool, found {value!r}")
        return bool(value)
    if name == "score":
        if isinstance(value, bool) or not isinstance(value, int | float | np.number):
            raise MetricsError(f"record {i}: field 'score' must be a float, found {value!r}")
        score = float(value)
        if not 0.0 <= score <= 1.0:
            raise MetricsError(f"record {i}: field 'score' must lie in [0, 1], found {score!r}")
        return score
    if name == "tags":
        if isinstance(value, str) or not isinstance(value, Sequence):
            raise MetricsError(
                f"record {i}: field 'tags' must be a sequence of str, found {value!r}"
            )
        for tag in value:
            if not isinstance(tag, str) or not tag:
                raise MetricsError(
                    f"record {i}: field 'tags' must hold non-empty str, found {tag!r}"
                )
        return tuple(dict.fromkeys(value))
    if not isinstance(value, str):
        raise MetricsError(f"record {i}: field {name!r} must be a str, found {value!r}")
    return value


def _length(name: str, value: object) -> int:
    if isinstance(value, str) or not hasattr(value, "__len__"):
        raise MetricsError(
            f"PairTable column {name!r} must be a sequence, found {type(value).__name__}"
        )
    return len(value)


def _int_column(name: str, value: Any) -> npt.NDArray[np.int64]:
    arr = np.asarray(value)
    if arr.size == 0:
        return np.zeros(0, dtype=np.int64)
    if arr.ndim != 1 or arr.dtype.kind not in "iu":
        raise MetricsError(
            f"PairTable column {name!r} must be a 1-d array of ints, found dtype {arr.dtype}"
        )
    return np.array(arr, dtype=np.int64)


def _str_column(name: str, value: Any) -> npt.NDArray[np.str_]:
    arr = np.asarray(value, dtype=object) if not isinstance(value, np.ndarray) else value
    if arr.size == 0:
        return np.zeros(0, dtype=np.str_)
    if arr.ndim != 1:
        raise MetricsError(f"PairTable column {name!r} must be 1-d, found shape {arr.shape}")
    if arr.dtype.kind != "U":
        for row, item in enumerate(arr.tolist()):
            if not isinstance(item, str):
                raise MetricsError(
                    f"PairTable column {name!r} row {row}: expected a str, found {item!r}"
                )
    return np.array(arr, dtype=np.str_)


def _bool_column(name: str, value: Any) -> npt.NDArray[np.bool_]:
    arr = np.asarray(value)
    if arr.size == 0:
        return np.zeros(0, dtype=np.bool_)
    if arr.ndim != 1 or arr.dtype.kind != "b":
        raise MetricsError(
            f"PairTable column {name!r} must be a 1-d array of bools, found dtype {arr.dtype}"
        )
    return np.array(arr, dtype=np.bool_)


def _score_column(value: Any) -> npt.NDArray[np.float64]:
    arr = np.asarray(value)
    if arr.size == 0:
        return np.zeros(0, dtype=np.float64)
    if arr.ndim != 1 or arr.dtype.kind not in "iuf":
        raise MetricsError(
            f"PairTable column 'score' must be a 1-d array of floats, found dtype {arr.dtype}"
        )
    out = np.array(arr, dtype=np.float64)
    bad = np.flatnonzero(~((out >= 0.0) & (out <= 1.0)))
    if bad.size:
        row = int(bad[0])
        raise MetricsError(
            f"PairTable column 'score' row {row}: expected a float in [0, 1], found {out[row]!r}"
        )
    return out


def _tags_column(value: Any) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for row, tags in enumerate(value):
        if isinstance(tags, str) or not isinstance(tags, Sequence | np.ndarray):
            raise MetricsError(
                f"PairTable column 'tags' row {row}: expected a tuple of str, found {tags!r}"
            )
        for tag in tags:
            if not isinstance(tag, str) or not tag:
                raise MetricsError(
                    f"PairTable column 'tags' row {row}: expected non-empty str tags, found {tag!r}"
                )
        out.append(tuple(dict.fromkeys(tags)))
    return tuple(out)


def _check_unique_pairs(
    post: npt.NDArray[np.int64], entity: npt.NDArray[np.str_], label: npt.NDArray[np.str_]
) -> None:
    if post.size < 2:
        return
    _, ent_code = np.unique(entity, return_inverse=True)
    _, label_code = np.unique(label, return_inverse=True)
    order = np.lexsort((label_code, ent_code, post))
    same = (
        (np.diff(post[order]) == 0)
        & (np.diff(ent_code[order]) == 0)
        & (np.diff(label_code[order]) == 0)
    )
    if same.any():
        row = int(order[int(np.flatnonzero(same)[0]) + 1])
        cls = f", label={str(label[row])!r}" if str(label[row]) else ""
        raise MetricsError(
            f"PairTable row {row}: duplicate pair (post={int(post[row])}, "
            f"entity={str(entity[row])!r}{cls}); each (post, entity) pair must appear once"
        )
