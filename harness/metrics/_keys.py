"""MLflow-safe metric keys for slice values."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from ._errors import MetricsError

#: Characters MLflow accepts in a metric key.
KEY_CHARS = re.compile(r"^[A-Za-z0-9_\-. /]*$")
#: Characters kept as they are in one key segment (a slice value): no "/".
_SEGMENT_BAD = re.compile(r"[^A-Za-z0-9_\-. ]")
_MAX_SEGMENT = 64
_HASH_LEN = 8


def _short_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:_HASH_LEN]


def _is_plain(value: str) -> bool:
    return (
        bool(value)
        and not _SEGMENT_BAD.search(value)
        and value not in (".", "..")
        and value == value.strip()
        and len(value) <= _MAX_SEGMENT
    )


def _escaped(value: str) -> str:
    body = _SEGMENT_BAD.sub("_", value.strip())[: _MAX_SEGMENT - _HASH_LEN - 1]
    return f"{body}-{_short_hash(value)}" if body.strip(".") else f"_-{_short_hash(value)}"


def key_segment(value: str) -> str:
    """One MLflow-safe key segment for a slice value.

    Values made only of ``[A-Za-z0-9_-. ]`` (not ``.``/``..``, no edge spaces,
    at most 64 characters) stay as they are; others have each other character
    replaced by ``_`` and a short hash of the value appended.

    Example:
        >>> key_segment("zh-Hans"), key_segment("ambiguous-name")
        ('zh-Hans', 'ambiguous-name')
        >>> key_segment("蒙牛")
        '__-d1aae59c'
    """
    return value if _is_plain(value) else _escaped(value)


def key_segments(values: Iterable[str]) -> dict[str, str]:
    """Key segments for distinct values, unique even if two values escape alike.

    A plain value that collides with another value's escaped form is escaped
    too (its hash tells them apart).

    Example:
        >>> key_segments(["a:b", "a/b"])
        {'a:b': 'a_b-6783a31e', 'a/b': 'a_b-c14cddc0'}
    """
    values = list(dict.fromkeys(values))
    segs = {v: key_segment(v) for v in values}
    taken: dict[str, list[str]] = {}
    for v, s in segs.items():
        taken.setdefault(s, []).append(v)
    for s, owners in taken.items():
        if len(owners) > 1:
            for v in owners:
                segs[v] = _escaped(v) if segs[v] == s and _is_plain(v) else segs[v]
    if len(set(segs.values())) != len(segs):  # pragma: no cover - hash collision
        raise MetricsError("slice values could not be given unique metric keys")
    return segs


def check_prefix(prefix: str) -> str:
    """Validate a metric-key prefix (MLflow-safe characters only)."""
    if not KEY_CHARS.match(prefix) or prefix.startswith("/"):
        raise MetricsError(
            f"metric key prefix {prefix!r} may hold only letters, digits, '_', '-', '.', "
            "' ' and '/' and must not start with '/'"
        )
    return prefix
