"""Hyperparameters of the TF-IDF baseline and the ``tfidf:KEY=VAL,...`` spec syntax."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from typing import Any

from listenbench.baselines._protocol import ModelSpecError

#: ``threshold=dev``: choose the binary threshold that maximizes F1 on the dev split.
THRESHOLD_DEV = "dev"


@dataclass(frozen=True, slots=True)
class TfidfParams:
    """What the ``tfidf`` spec can set (see :func:`parse_params`).

    ``C`` is the inverse L2 strength of the logistic regression; ``ngram`` the
    character n-gram range (``char_wb`` analyzer); ``min_df`` / ``max_features``
    prune the vocabulary (``max_features=0``: no limit); ``mention`` adds the
    "entity name or alias occurs in the post" feature; ``threshold`` is the
    binary decision threshold, a number in (0, 1) or ``"dev"`` (tuned on the dev
    split to maximize F1).

    Example:
        >>> TfidfParams().spec()
        ''
        >>> TfidfParams(C=1.0, ngram=(1, 3)).spec()
        'C=1,ngram=1-3'
    """

    C: float = 4.0
    ngram: tuple[int, int] = (2, 5)
    min_df: int = 1
    max_features: int = 0
    mention: bool = True
    threshold: str = "0.5"

    def spec(self) -> str:
        """The canonical ``KEY=VAL,...`` text of the non-default values."""
        default = TfidfParams()
        parts = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value != getattr(default, f.name):
                parts.append(f"{f.name}={_format(value)}")
        return ",".join(parts)

    def as_config(self) -> dict[str, str]:
        """Every value as a string, for :class:`ModelInfo` config."""
        return {f.name: _format(getattr(self, f.name)) for f in fields(self)}

    def to_json(self) -> dict[str, Any]:
        """JSON-ready values (for the saved model)."""
        return {
            "C": self.C,
            "ngram": list(self.ngram),
            "min_df": self.min_df,
            "max_features": self.max_features,
            "mention": self.mention,
            "threshold": self.threshold,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TfidfParams:
        """The inverse of :meth:`to_json` (values re-checked by :func:`parse_params`)."""
        text = ",".join(
            f"{key}={_format(tuple(value) if key == 'ngram' else value)}"
            for key, value in data.items()
        )
        return parse_params(text)


def _format(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.15g}"
    if isinstance(value, tuple):
        return "-".join(str(v) for v in value)
    return str(value)


def _bad(item: str, expected: str) -> ModelSpecError:
    return ModelSpecError(f"tfidf option {item!r}: expected {expected}")


def parse_params(arg: str) -> TfidfParams:
    """Parse the argument of a ``tfidf:KEY=VAL,...`` spec (empty: the defaults).

    Raises:
        ModelSpecError: naming the bad option and what was expected.

    Example:
        >>> parse_params("C=4,ngram=2-5,threshold=dev").threshold
        'dev'
        >>> parse_params("ngram=3").ngram
        (3, 3)
    """
    params = TfidfParams()
    known = [f.name for f in fields(TfidfParams)]
    for raw in arg.split(","):
        item = raw.strip()
        if not item:
            continue
        key, eq, value = (part.strip() for part in item.partition("="))
        if not eq or not value:
            raise _bad(item, "KEY=VALUE, e.g. C=4 or ngram=2-5")
        if key not in known:
            raise ModelSpecError(
                f"unknown tfidf option {key!r} in {item!r} (known: {', '.join(known)})"
            )
        params = replace(params, **{key: _parse_value(key, value, item)})
    return params


def _parse_value(key: str, value: str, item: str) -> Any:
    if key == "C":
        try:
            c = float(value)
        except ValueError:
            raise _bad(item, "a positive number") from None
        if not math.isfinite(c) or c <= 0:
            raise _bad(item, "a positive number")
        return c
    if key == "ngram":
        lo, dash, hi = value.partition("-")
        try:
            bounds = (int(lo), int(hi if dash else lo))
        except ValueError:
            raise _bad(item, "MIN-MAX character n-gram lengths, e.g. 2-5") from None
        if not 1 <= bounds[0] <= bounds[1] <= 10:
            raise _bad(item, "1 <= MIN <= MAX <= 10")
        return bounds
    if key in ("min_df", "max_features"):
        try:
            number = int(value)
        except ValueError:
            raise _bad(item, "a whole number") from None
        if number < (1 if key == "min_df" else 0):
            raise _bad(item, ">= 1" if key == "min_df" else ">= 0 (0: no limit)")
        return number
    if key == "mention":
        if value.lower() in ("yes", "true", "1", "on"):
            return True
        if value.lower() in ("no", "false", "0", "off"):
            return False
        raise _bad(item, "yes or no")
    # threshold
    if value == THRESHOLD_DEV:
        return value
    try:
        t = float(value)
    except ValueError:
        raise _bad(item, "a number in (0, 1) or 'dev'") from None
    if not 0.0 < t < 1.0:
        raise _bad(item, "a number in (0, 1) or 'dev'")
    return f"{t:.15g}"
