"""One predicted (post, entity) pair as vendors send it, checked field by field.

The HTTP endpoint's response items and the lines of a predictions file share
this shape: ``{"post_id", "entity_id", "score", "decision"?, "class_scores"?}``.
:func:`parse_prediction` checks one such object and says, for every bad field,
what was expected and what was found; :func:`predictions_from_grid` turns the
checked pairs of a predict call into :class:`Predictions`.

Example:
    >>> rec, problems = parse_prediction(
    ...     {"post_id": "p1", "entity_id": "e", "score": 0.8}, ("no", "yes"), binary=True)
    >>> rec.score, rec.decision, problems
    (0.8, None, [])
    >>> parse_prediction({"post_id": "p1", "entity_id": "e", "score": 2}, ("no", "yes"),
    ...                  binary=True)[1]
    ["field 'score': expected a number in [0, 1], found 2"]
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from listenbench.baselines._protocol import Predictions
from listenbench.corpora import Task

#: A binary pair is predicted relevant when it carries no ``decision`` and its
#: score is at least this.
DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class PairPrediction:
    """A checked prediction; ``class_scores`` follow the classes it was parsed with."""

    post_id: str
    entity_id: str
    score: float | None
    decision: bool | None = None
    class_scores: tuple[float, ...] | None = None


def describe(value: object, limit: int = 40) -> str:
    """A short JSON rendering of a found value for error messages.

    Example:
        >>> describe("x" * 50)
        '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…'
    """
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unit_number(value: object) -> float | None:
    """``value`` as a float when it is a finite JSON number in [0, 1], else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        return None
    return number


def parse_prediction(
    obj: object, classes: Sequence[str], *, binary: bool
) -> tuple[PairPrediction | None, list[str]]:
    """Check one prediction object; return it (or None) and its problems.

    ``score`` is required for binary tasks and optional otherwise;
    ``class_scores`` (an object with a score for every one of ``classes``) is
    required for multi-class tasks and optional for binary ones. Other keys
    are ignored, so vendors may add their own (an explanation, a latency).

    Example:
        >>> rec, problems = parse_prediction(
        ...     {"post_id": "p", "entity_id": "e", "class_scores": {"about": 0.7, "none": 0.3}},
        ...     ("about", "none"), binary=False)
        >>> rec.class_scores, rec.score
        ((0.7, 0.3), None)
        >>> parse_prediction({"post_id": "p", "entity_id": "e", "class_scores": {"about": 1}},
        ...                  ("about", "none"), binary=False)[1]
        ["field 'class_scores': missing class 'none' (expected a score for each of: about, none)"]
    """
    if not isinstance(obj, Mapping):
        return None, [
            'expected a JSON object {"post_id", "entity_id", "score", ...}, '
            f"found {describe(obj)}"
        ]
    problems: list[str] = []
    ids: list[str] = []
    for key in ("post_id", "entity_id"):
        value = obj.get(key)
        if key not in obj:
            problems.append(f"missing field {key!r} (expected a string id)")
        elif not isinstance(value, str) or not value:
            problems.append(f"field {key!r}: expected a non-empty string, found {describe(value)}")
        else:
            ids.append(value)

    score: float | None = None
    if "score" in obj:
        score = _unit_number(obj["score"])
        if score is None:
            problems.append(
                f"field 'score': expected a number in [0, 1], found {describe(obj['score'])}"
            )
    elif binary:
        problems.append("missing field 'score' (expected a number in [0, 1])")

    decision: bool | None = None
    if "decision" in obj and obj["decision"] is not None:
        if isinstance(obj["decision"], bool):
            decision = obj["decision"]
        else:
            problems.append(
                f"field 'decision': expected true or false, found {describe(obj['decision'])}"
            )

    class_scores: tuple[float, ...] | None = None
    if "class_scores" in obj and obj["class_scores"] is not None:
        class_scores, more = _class_scores(obj["class_scores"], classes)
        problems.extend(more)
    elif not binary:
        problems.append(
            "missing field 'class_scores' (expected an object with a score for each of: "
            f"{', '.join(classes)})"
        )

    if problems or len(ids) != 2:
        return None, problems
    return PairPrediction(ids[0], ids[1], score, decision, class_scores), []


def _class_scores(
    value: object, classes: Sequence[str]
) -> tuple[tuple[float, ...] | None, list[str]]:
    expected = f"expected a score for each of: {', '.join(classes)}"
    if not isinstance(value, Mapping):
        return None, [f"field 'class_scores': {expected} as an object, found {describe(value)}"]
    problems: list[str] = []
    for name in classes:
        if name not in value:
            problems.append(f"field 'class_scores': missing class {name!r} ({expected})")
    for name in value:
        if name not in classes:
            problems.append(f"field 'class_scores': unknown class {describe(name)} ({expected})")
    scores: list[float] = []
    for name in classes:
        if name not in value:
            continue
        number = _unit_number(value[name])
        if number is None:
            problems.append(
                f"field 'class_scores.{name}': expected a number in [0, 1], "
                f"found {describe(value[name])}"
            )
        else:
            scores.append(number)
    return (None, problems) if problems else (tuple(scores), [])


def predictions_from_grid(
    grid: Sequence[Sequence[PairPrediction]],
    n_entities: int,
    *,
    record_classes: Sequence[str],
    task: Task | None,
) -> Predictions:
    """Predictions of shape (len(grid), n_entities) from checked pairs.

    For a binary task (``task`` None or binary) ``scores`` are the pairs'
    scores and ``decisions`` their ``decision``, else ``score >=``
    :data:`DEFAULT_THRESHOLD`. For a multi-class task the class scores are
    taken for ``task.classes`` (a subset of ``record_classes``, the classes the
    pairs were parsed with), so the arg-max runs over the task's classes.

    Example:
        >>> row = [PairPrediction("p", "e", 0.6), PairPrediction("p", "f", 0.2, True)]
        >>> p = predictions_from_grid([row], 2, record_classes=("no", "yes"), task=None)
        >>> p.scores.tolist(), p.decisions.tolist()
        ([[0.6, 0.2]], [[True, True]])
    """
    n = len(grid)
    if task is None or task.binary:
        scores = np.zeros((n, n_entities), dtype=np.float64)
        decisions = np.zeros((n, n_entities), dtype=np.bool_)
        for i, row in enumerate(grid):
            for j, rec in enumerate(row):
                score = 0.0 if rec.score is None else rec.score
                scores[i, j] = score
                decisions[i, j] = (
                    rec.decision if rec.decision is not None else score >= DEFAULT_THRESHOLD
                )
        return Predictions(scores, decisions)
    columns = [list(record_classes).index(name) for name in task.classes]
    class_scores = np.zeros((n, n_entities, len(columns)), dtype=np.float64)
    for i, row in enumerate(grid):
        for j, rec in enumerate(row):
            if rec.class_scores is not None:
                class_scores[i, j, :] = [rec.class_scores[c] for c in columns]
    return Predictions.from_class_scores(class_scores, task.classes)
