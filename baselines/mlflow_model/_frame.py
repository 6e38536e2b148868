"""The pandas DataFrames an MLflow listening model receives and returns (see SIGNATURE.md).

Input: one row per (post, entity) pair with the columns of
:data:`REQUIRED_COLUMNS` (and optionally :data:`OPTIONAL_COLUMNS`). Output: one
row per input row, in the same order, with ``score`` (and ``decision``, and a
``class_<name>`` column per class for multi-class models).

Example:
    >>> from listenbench.corpora import Entity, Post
    >>> df = pairs_frame([Post("p1", "my iPhone", "en")], [Entity("apple", "Apple", ("iPhone",))])
    >>> df.loc[0, ["post_id", "entity_id"]].tolist(), df.loc[0, "entity_aliases"]
    (['p1', 'apple'], ['iPhone'])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from listenbench.baselines._protocol import Model
from listenbench.baselines._training import pair_index
from listenbench.baselines.mlflow_model._errors import MlflowModelError
from listenbench.corpora import Entity, Post

#: Columns every input row has.
REQUIRED_COLUMNS: tuple[str, ...] = (
    "post_id",
    "text",
    "lang",
    "entity_id",
    "entity_name",
    "entity_aliases",
    "entity_description",
)
#: Columns sent when known (None when the post has no value).
OPTIONAL_COLUMNS: tuple[str, ...] = ("text_pair", "target", "channel")
#: Every input column, in order.
INPUT_COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
#: Output column: score of the positive class (binary) or of the top class, in [0, 1].
SCORE_COLUMN = "score"
#: Optional output column: the yes/no call (default: ``score >= 0.5``).
DECISION_COLUMN = "decision"
#: Output columns ``class_<name>``: the score of each class of a multi-class task.
CLASS_PREFIX = "class_"
#: Separator of ``entity_aliases`` for models whose signature declares it a string.
ALIAS_SEPARATOR = "|"


def pairs_frame(
    posts: Sequence[Post],
    entities: Sequence[Entity],
    *,
    aliases_as_text: bool = False,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The input frame for every (post, entity) pair, row-major (post 0 with each entity, ...).

    ``aliases_as_text`` joins the aliases with ``|`` instead of sending a list;
    ``columns`` restricts (and orders) the columns sent.
    """
    i, j = pair_index(posts, entities)
    p = [posts[k] for k in i.tolist()]
    e = [entities[k] for k in j.tolist()]
    data: dict[str, list[Any]] = {
        "post_id": [x.id for x in p],
        "text": [x.text for x in p],
        "lang": [x.lang for x in p],
        "entity_id": [x.id for x in e],
        "entity_name": [x.name for x in e],
        "entity_aliases": [
            ALIAS_SEPARATOR.join(x.aliases) if aliases_as_text else list(x.aliases) for x in e
        ],
        "entity_description": [x.description for x in e],
        "text_pair": [x.text_pair for x in p],
        "target": [x.target for x in p],
        "channel": [x.channel for x in p],
    }
    wanted = INPUT_COLUMNS if columns is None else tuple(columns)
    return pd.DataFrame({c: data[c] for c in wanted if c in data}, columns=list(wanted))


def _missing(value: Any) -> bool:
    """None, NaN, pd.NA or NaT (pandas may turn a None in a text column into NaN)."""
    if value is None:
        return True
    if isinstance(value, str | list | tuple | np.ndarray):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _text(value: Any, column: str, row: int, *, optional: bool) -> str | None:
    if _missing(value):
        if optional:
            return None
        raise MlflowModelError(f"model input row {row}: column {column!r} is empty")
    if not isinstance(value, str):
        raise MlflowModelError(
            f"model input row {row}: column {column!r} holds {type(value).__name__}, "
            "expected a string"
        )
    return value


def _aliases(value: Any, row: int) -> tuple[str, ...]:
    if _missing(value):
        return ()
    if isinstance(value, str):
        return tuple(a for a in value.split(ALIAS_SEPARATOR) if a)
    if isinstance(value, list | tuple | np.ndarray):
        out = tuple(value)
        if all(isinstance(a, str) for a in out):
            return out
    raise MlflowModelError(
        f"model input row {row}: column 'entity_aliases' holds {value!r}, "
        "expected a list of strings or a '|'-joined string"
    )


def frame_pairs(frame: Any) -> tuple[list[Post], list[Entity]]:
    """The (post, entity) pair of every row of an input frame (the inverse of :func:`pairs_frame`).

    Raises:
        MlflowModelError: for a missing column or a value of the wrong type.

    Example:
        >>> from listenbench.corpora import Entity, Post
        >>> posts, ents = frame_pairs(pairs_frame([Post("p", "t", "en")], [Entity("e", "E")]))
        >>> posts[0].id, ents[0].id, ents[0].aliases
        ('p', 'e', ())
    """
    if not isinstance(frame, pd.DataFrame):
        raise MlflowModelError(
            f"model input is a {type(frame).__name__}, expected a pandas DataFrame "
            f"with columns {', '.join(REQUIRED_COLUMNS)}"
        )
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise MlflowModelError(
            f"model input lacks column(s) {', '.join(missing)} "
            f"(expected {', '.join(REQUIRED_COLUMNS)}; see SIGNATURE.md)"
        )
    posts: list[Post] = []
    entities: list[Entity] = []
    records = frame.to_dict(orient="records")
    for row, rec in enumerate(records):
        get = rec.get
        posts.append(
            Post(
                id=str(_text(get("post_id"), "post_id", row, optional=False)),
                text=str(_text(get("text"), "text", row, optional=False)),
                lang=str(_text(get("lang"), "lang", row, optional=False)),
                channel=_text(get("channel"), "channel", row, optional=True),
                text_pair=_text(get("text_pair"), "text_pair", row, optional=True),
                target=_text(get("target"), "target", row, optional=True),
            )
        )
        entities.append(
            Entity(
                id=str(_text(get("entity_id"), "entity_id", row, optional=False)),
                name=str(_text(get("entity_name"), "entity_name", row, optional=False)),
                aliases=_aliases(get("entity_aliases"), row),
                description=_text(
                    get("entity_description"), "entity_description", row, optional=True
                )
                or "",
            )
        )
    return posts, entities


def predict_frame(model: Model, frame: Any) -> pd.DataFrame:
    """Run a listenbench model on an input frame; one output row per input row.

    Rows are grouped by entity and each group is predicted in one call, so the
    work is linear in the number of rows (not posts x entities).

    Example:
        >>> from listenbench.baselines.keyword import AliasModel
        >>> from listenbench.corpora import Entity, Post
        >>> df = pairs_frame([Post("1", "my iPhone", "en"), Post("2", "pie", "en")],
        ...                  [Entity("apple", "Apple", ("iPhone",))])
        >>> predict_frame(AliasModel(), df)[["score", "decision"]].values.tolist()
        [[1.0, True], [0.0, False]]
    """
    posts, entities = frame_pairs(frame)
    n = len(posts)
    groups: dict[Entity, list[int]] = {}
    for row, entity in enumerate(entities):
        groups.setdefault(entity, []).append(row)
    scores = np.zeros(n, dtype=np.float64)
    decisions = np.zeros(n, dtype=np.bool_)
    classes: tuple[str, ...] = ()
    class_scores: np.ndarray[Any, np.dtype[np.float64]] | None = None
    for entity, rows in groups.items():
        pred = model.predict([posts[r] for r in rows], [entity])
        scores[rows] = pred.scores[:, 0]
        decisions[rows] = pred.decisions[:, 0]
        if pred.class_scores is not None:
            if class_scores is None:
                classes = pred.classes
                class_scores = np.zeros((n, len(classes)), dtype=np.float64)
            elif pred.classes != classes:
                raise MlflowModelError(
                    f"model returned classes {pred.classes} for entity {entity.id!r} "
                    f"but {classes} for another entity"
                )
            class_scores[rows] = pred.class_scores[:, 0, :]
    out: dict[str, Any] = {SCORE_COLUMN: scores}
    if class_scores is None:
        out[DECISION_COLUMN] = decisions
    else:
        for k, name in enumerate(classes):
            out[CLASS_PREFIX + name] = class_scores[:, k]
    return pd.DataFrame(out, index=frame.index)
