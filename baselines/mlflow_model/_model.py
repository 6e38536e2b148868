"""Any MLflow pyfunc model as a listenbench model (family ``mlflow``).

``mlflow:<model URI>`` loads the model with ``mlflow.pyfunc.load_model`` (the
tracking and registry URIs come from the environment or ``mlflow.set_tracking_uri``,
which the harness sets) and calls it with the DataFrame of SIGNATURE.md.

Trust: loading an MLflow pyfunc model unpickles its Python object and may run
its code: only load models you trust (as with ``mlflow.pyfunc.load_model``
itself).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from listenbench.baselines._protocol import ModelContext, ModelInfo, Predictions
from listenbench.baselines.mlflow_model._errors import MlflowModelError
from listenbench.baselines.mlflow_model._frame import (
    CLASS_PREFIX,
    DECISION_COLUMN,
    INPUT_COLUMNS,
    OPTIONAL_COLUMNS,
    SCORE_COLUMN,
    pairs_frame,
)
from listenbench.baselines.mlflow_model._pyfunc import METADATA_KEY
from listenbench.corpora import Entity, Post, Task


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0] if text else ''}".rstrip(": ")


class MlflowModel:
    """A pyfunc model following SIGNATURE.md, scored like any listenbench model.

    ``score`` is required (in [0, 1], one per input row); ``decision`` is
    ``score >= 0.5`` unless the model returns a ``decision`` column; for a
    multi-class task the model must return ``class_<name>`` for every class.

    Example:
        >>> model = MlflowModel.from_uri("models:/brand-filter/3")  # doctest: +SKIP
        >>> model.info.version  # doctest: +SKIP
        '3'
    """

    def __init__(self, uri: str, pyfunc: Any, task: Task | None = None) -> None:
        self.uri = uri
        self.pyfunc = pyfunc
        self.task = task
        self._columns, self._aliases_as_text, self._required = self._input_layout()
        self._info = self._make_info()

    @classmethod
    def from_uri(cls, uri: str, task: Task | None = None) -> MlflowModel:
        """Load the pyfunc model at ``uri``.

        Raises:
            MlflowModelError: when MLflow cannot load it (the message names the URI).
        """
        import mlflow.pyfunc

        if not uri.strip():
            raise MlflowModelError(
                "model 'mlflow' needs a model URI: --model mlflow:models:/NAME/VERSION, "
                "mlflow:models:/NAME@ALIAS or mlflow:runs:/RUN_ID/model"
            )
        try:
            loaded = mlflow.pyfunc.load_model(uri)
        except Exception as err:
            raise MlflowModelError(f"cannot load MLflow model {uri!r}: {_first_line(err)}") from err
        return cls(uri, loaded, task)

    # -- description ------------------------------------------------------------

    def _metadata(self) -> Any:
        return getattr(self.pyfunc, "metadata", None)

    def _input_layout(self) -> tuple[tuple[str, ...], bool, frozenset[str]]:
        """Columns to send, whether aliases go as a ``|``-joined string, required columns."""
        meta = self._metadata()
        schema = meta.get_input_schema() if meta is not None else None
        if schema is None or not schema.has_input_names():
            return INPUT_COLUMNS, False, frozenset()
        from mlflow.types import DataType

        specs = {spec.name: spec for spec in schema.inputs}
        columns = tuple(c for c in INPUT_COLUMNS if c in specs)
        alias_spec = specs.get("entity_aliases")
        as_text = alias_spec is not None and getattr(alias_spec, "type", None) == DataType.string
        required = frozenset(n for n, s in specs.items() if getattr(s, "required", True))
        return columns, as_text, required

    def _make_info(self) -> ModelInfo:
        meta = self._metadata()
        config: dict[str, str] = {"model_uri": self.uri}
        for attr in ("run_id", "model_id", "model_uuid"):
            value = getattr(meta, attr, None)
            if value and str(value) not in config.values():
                config[attr] = str(value)
        version = _registered_version(self.uri)
        if version is not None:
            config["registered_model"], config["registered_version"] = version
        extra = getattr(meta, "metadata", None) or {}
        logged = extra.get(METADATA_KEY) if isinstance(extra, dict) else None
        if isinstance(logged, dict) and isinstance(logged.get("info"), dict):
            info = logged["info"]
            for key in ("name", "family", "version"):
                config[f"logged_{key}"] = str(info.get(key, ""))
            config["logged_class"] = str(logged.get("class", ""))
            for key, value in dict(info.get("config") or {}).items():
                config[f"logged.{key}"] = str(value)
        if version is not None:
            model_version = version[1]
        else:
            model_version = str(
                getattr(meta, "run_id", None)
                or getattr(meta, "model_id", None)
                or getattr(meta, "model_uuid", None)
                or "unknown"
            )
        return ModelInfo(
            name=f"mlflow:{self.uri}", family="mlflow", version=model_version, config=config
        )

    @property
    def info(self) -> ModelInfo:
        return self._info

    # -- prediction -------------------------------------------------------------

    def input_frame(self, posts: Sequence[Post], entities: Sequence[Entity]) -> pd.DataFrame:
        """The DataFrame sent to the pyfunc for the (post, entity) grid, row-major."""
        frame = pairs_frame(
            posts, entities, aliases_as_text=self._aliases_as_text, columns=self._columns
        )
        # Optional columns nobody filled in are left out rather than sent as nulls.
        for column in OPTIONAL_COLUMNS:
            if (
                column in frame.columns
                and column not in self._required
                and frame[column].isna().all()
            ):
                frame = frame.drop(columns=column)
        return frame

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Call the pyfunc on every (post, entity) pair and check its answer."""
        n, m = len(posts), len(entities)
        multi = self.task is not None and not self.task.binary
        if n == 0 or m == 0:
            if multi:
                assert self.task is not None
                empty = np.zeros((n, m, len(self.task.classes)), dtype=np.float64)
                return Predictions.from_class_scores(empty, self.task.classes)
            return Predictions(np.zeros((n, m)), np.zeros((n, m), dtype=np.bool_))
        frame = self.input_frame(posts, entities)
        try:
            output = self.pyfunc.predict(frame)
        except Exception as err:
            raise MlflowModelError(
                f"MLflow model {self.uri!r} failed on predict: {_first_line(err)}"
            ) from err
        return self._read_output(output, n, m)

    def _bad(self, what: str) -> MlflowModelError:
        return MlflowModelError(f"MLflow model {self.uri!r} {what} (see SIGNATURE.md)")

    def _column(self, output: pd.DataFrame, name: str) -> NDArray[np.float64]:
        values = np.asarray(
            pd.to_numeric(output[name], errors="coerce").to_numpy(dtype=np.float64),
            dtype=np.float64,
        )
        bad = np.flatnonzero(~np.isfinite(values) | (values < 0.0) | (values > 1.0))
        if bad.size:
            row = int(bad[0])
            value = output[name].iloc[row]
            if isinstance(value, np.generic):
                value = value.item()
            raise self._bad(
                f"returned {name}={value!r} at row {row} "
                f"({bad.size} bad row(s)); expected a number in [0, 1]"
            )
        return values

    def _read_output(self, output: Any, n: int, m: int) -> Predictions:
        if isinstance(output, dict):
            output = pd.DataFrame(output)
        if not isinstance(output, pd.DataFrame):
            raise self._bad(
                f"returned a {type(output).__name__}, expected a pandas DataFrame "
                f"with a {SCORE_COLUMN!r} column"
            )
        if len(output) != n * m:
            raise self._bad(f"returned {len(output)} rows for {n * m} input rows")
        if SCORE_COLUMN not in output.columns:
            found = ", ".join(map(str, output.columns)) or "none"
            raise self._bad(f"returned no {SCORE_COLUMN!r} column (columns: {found})")
        scores = self._column(output, SCORE_COLUMN).reshape(n, m)
        if self.task is not None and not self.task.binary:
            names = [CLASS_PREFIX + c for c in self.task.classes]
            missing = [c for c in names if c not in output.columns]
            if missing:
                raise self._bad(
                    f"returned no {', '.join(missing)} column(s), needed for the "
                    f"{self.task.name!r} task (classes {', '.join(self.task.classes)})"
                )
            stacked = np.stack([self._column(output, c) for c in names], axis=1)
            return Predictions.from_class_scores(
                stacked.reshape(n, m, len(names)), self.task.classes
            )
        if DECISION_COLUMN in output.columns:
            decisions = self._decisions(output[DECISION_COLUMN]).reshape(n, m)
        else:
            decisions = scores >= 0.5
        return Predictions(scores=scores, decisions=decisions)

    def _decisions(self, column: pd.Series) -> NDArray[np.bool_]:
        values = column.tolist()
        for row, value in enumerate(values):
            if not isinstance(value, bool | np.bool_) and value not in (0, 1):
                raise self._bad(
                    f"returned decision={value!r} at row {row}; expected true/false (or 1/0)"
                )
        return np.array([bool(v) for v in values], dtype=np.bool_)


def _registered_version(uri: str) -> tuple[str, str] | None:
    """(registered model name, version) for a ``models:/NAME/...`` URI, else None."""
    if not uri.startswith("models:/"):
        return None
    try:
        import mlflow
        from mlflow.store.artifact.utils.models import get_model_name_and_version

        name, version = get_model_name_and_version(  # type: ignore[no-untyped-call]
            mlflow.MlflowClient(), uri
        )
    except Exception:  # a logged-model id (models:/m-...) or an unreachable registry
        return None
    return str(name), str(version)


def make_mlflow(arg: str, context: ModelContext) -> MlflowModel:
    """Registry factory for ``mlflow:<model URI>``.

    Example:
        >>> try:
        ...     make_mlflow("", ModelContext())
        ... except MlflowModelError as err:
        ...     print(str(err).split(":")[0])
        model 'mlflow' needs a model URI
    """
    return MlflowModel.from_uri(arg.strip(), context.task)
