"""Slices of a pair table: which pairs belong to which (kind, value) subset."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
import numpy.typing as npt

from ._errors import MetricsError
from ._table import PairTable

#: Slice kinds :func:`evaluate` can report, besides the overall ``"all"`` slice.
SLICE_KINDS: tuple[str, ...] = ("entity", "lang", "tag", "channel", "level", "class")
#: The table column behind a slice kind, where the names differ.
_COLUMNS: dict[str, str] = {"class": "label"}
#: Kind and value of the slice holding every pair.
ALL_KIND = "all"
ALL_VALUE = "*"


@dataclass(frozen=True, eq=False)
class SliceIndex:
    """Slices of one table as (pair, slice) memberships.

    Slice 0 is always ``("all", "*")``. Within a kind, slices are ordered by
    value. ``pairs[i]`` belongs to slice ``slices[i]`` (memberships grouped by
    kind, in no further order).
    """

    kinds: tuple[str, ...]
    values: tuple[str, ...]
    pairs: npt.NDArray[np.int64]
    slices: npt.NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.kinds)

    def of_kind(self, kind: str) -> npt.NDArray[np.int64]:
        """Indices of the slices of one kind, in value order."""
        return np.array([i for i, k in enumerate(self.kinds) if k == kind], dtype=np.int64)

    def position(self, kind: str, value: str) -> int | None:
        """Index of slice ``(kind, value)``, or ``None`` when there is none."""
        for i, (k, v) in enumerate(zip(self.kinds, self.values, strict=True)):
            if k == kind and v == value:
                return i
        return None


def check_kinds(slice_kinds: Sequence[str]) -> tuple[str, ...]:
    """Validate the slice kinds asked for; return them as a tuple."""
    if isinstance(slice_kinds, str):
        raise MetricsError(
            f"slice_kinds must be a sequence of kinds, found the string {slice_kinds!r}"
        )
    kinds = tuple(slice_kinds)
    for kind in kinds:
        if kind not in SLICE_KINDS:
            raise MetricsError(
                f"unknown slice kind {kind!r}; expected one of {', '.join(SLICE_KINDS)}"
            )
    if len(set(kinds)) != len(kinds):
        raise MetricsError(f"slice kinds must not repeat, found {list(kinds)}")
    return kinds


def build_slices(table: PairTable, kinds: Sequence[str]) -> SliceIndex:
    """Slice memberships of ``table`` for ``("all", "*")`` and each kind in ``kinds``.

    Pairs with an empty ``lang``/``channel``/``level`` (unknown) belong to no
    slice of that kind; a pair with several tags belongs to each tag's slice.
    ``"class"`` slices (the rows of one class of a multi-class table) exist
    only in multi-class tables.
    """
    n = len(table)
    all_kinds: list[str] = [ALL_KIND]
    all_values: list[str] = [ALL_VALUE]
    pair_parts: list[npt.NDArray[np.int64]] = [np.arange(n, dtype=np.int64)]
    slice_parts: list[npt.NDArray[np.int64]] = [np.zeros(n, dtype=np.int64)]
    for kind in kinds:
        if kind == "tag":
            counts = np.fromiter((len(t) for t in table.tags), dtype=np.int64, count=n)
            pair_idx = np.repeat(np.arange(n, dtype=np.int64), counts)
            values = np.array(list(chain.from_iterable(table.tags)), dtype=np.str_)
        else:
            column: npt.NDArray[np.str_] = getattr(table, _COLUMNS.get(kind, kind))
            keep = column != ""
            pair_idx = np.flatnonzero(keep).astype(np.int64)
            values = column[keep]
        if values.size == 0:
            continue
        uniq, code = np.unique(values, return_inverse=True)
        offset = len(all_kinds)
        all_kinds.extend([kind] * len(uniq))
        all_values.extend(str(v) for v in uniq.tolist())
        pair_parts.append(pair_idx)
        slice_parts.append(code.astype(np.int64).reshape(-1) + offset)
    pairs = np.concatenate(pair_parts)
    slices = np.concatenate(slice_parts)
    return SliceIndex(tuple(all_kinds), tuple(all_values), pairs, slices)
