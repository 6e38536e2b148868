"""The MLflow model signature of a listening model (documented in SIGNATURE.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from listenbench.baselines.mlflow_model._frame import (
    CLASS_PREFIX,
    DECISION_COLUMN,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    SCORE_COLUMN,
)


def input_schema() -> Any:
    """The input :class:`mlflow.types.Schema`: strings, ``entity_aliases`` a list of strings.

    Example:
        >>> [c.name for c in input_schema().inputs][:3]
        ['post_id', 'text', 'lang']
    """
    from mlflow.types import ColSpec, DataType, Schema
    from mlflow.types.schema import Array

    cols: list[Any] = [
        ColSpec(Array(DataType.string), name)
        if name == "entity_aliases"
        else ColSpec(DataType.string, name)
        for name in REQUIRED_COLUMNS
    ]
    cols += [ColSpec(DataType.string, name, required=False) for name in OPTIONAL_COLUMNS]
    return Schema(cols)


def output_schema(classes: Sequence[str] = ()) -> Any:
    """The output schema: ``score`` and ``decision``, or ``score`` and ``class_<name>``.

    Example:
        >>> [c.name for c in output_schema(("none", "about")).inputs]
        ['score', 'class_none', 'class_about']
    """
    from mlflow.types import ColSpec, DataType, Schema

    cols: list[Any] = [ColSpec(DataType.double, SCORE_COLUMN)]
    if classes:
        cols += [ColSpec(DataType.double, CLASS_PREFIX + c) for c in classes]
    else:
        cols.append(ColSpec(DataType.boolean, DECISION_COLUMN))
    return Schema(cols)


def listening_signature(classes: Sequence[str] = ()) -> Any:
    """The :class:`mlflow.models.ModelSignature` for a model with these classes
    (empty: a binary model).

    Example:
        >>> sig = listening_signature()
        >>> sig.outputs.input_names()
        ['score', 'decision']
    """
    from mlflow.models import ModelSignature

    return ModelSignature(inputs=input_schema(), outputs=output_schema(classes))
