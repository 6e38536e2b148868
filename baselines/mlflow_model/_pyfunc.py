"""Log a trained listenbench model to MLflow as a pyfunc model.

The pyfunc is an MLflow "model from code" (a three-line ``listenbench_pyfunc.py``
that instantiates :class:`ListenbenchPyfunc`; nothing is pickled) with the
model's saved directory (``model.save``) as its artifact ``listenbench_model``.
When loaded it reads that directory back with ``load_saved_model``; its
``predict`` takes and returns the DataFrames of SIGNATURE.md. Loading it needs
listenbench (and the model's own dependencies) installed.
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import mlflow
import pandas as pd
from mlflow.pyfunc.model import PythonModel

from listenbench.baselines._protocol import Model, ModelSpecError
from listenbench.baselines._saved import SavableModel, load_saved_model, read_saved_meta
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.mlflow_model._frame import predict_frame
from listenbench.baselines.mlflow_model._signature import listening_signature
from listenbench.corpora import Entity, Post

#: Name of the pyfunc artifact holding the saved listenbench model directory.
ARTIFACT_KEY = "listenbench_model"
#: The "model from code" file MLflow stores and runs on load (no pickled object).
_CODE = '''"""MLflow entry point of a listenbench model (see listenbench SIGNATURE.md)."""
import mlflow.models

from listenbench.baselines.mlflow_model import ListenbenchPyfunc

mlflow.models.set_model(ListenbenchPyfunc())
'''
#: Key of the listenbench block in the MLmodel ``metadata`` (the saved model's
#: ``listenbench-model.json`` contents).
METADATA_KEY = "listenbench"


class ListenbenchPyfunc(PythonModel):
    """An MLflow pyfunc wrapper around a saved listenbench model (see SIGNATURE.md)."""

    def __init__(self) -> None:
        self._model: Model | None = None

    def load_context(self, context: Any) -> None:
        """Load the saved listenbench model from the pyfunc's artifacts."""
        self._model = load_saved_model(context.artifacts[ARTIFACT_KEY])

    @property
    def listenbench_model(self) -> Model | None:
        """The wrapped listenbench model (None until the pyfunc is loaded)."""
        return self._model

    def predict(
        self, context: Any, model_input: pd.DataFrame, params: dict[str, Any] | None = None
    ) -> pd.DataFrame:
        """Score each row of ``model_input``: ``score`` (+ ``decision`` or ``class_*``)."""
        if self._model is None:
            self.load_context(context)
        assert self._model is not None
        return predict_frame(self._model, model_input)


def output_classes(model: Model) -> tuple[str, ...]:
    """The classes a model scores (empty for a binary model), from a one-pair prediction.

    Example:
        >>> from listenbench.baselines.keyword import AliasModel
        >>> output_classes(AliasModel())
        ()
    """
    pred = model.predict([Post("example", "example text", "en")], [Entity("example", "Example")])
    return pred.classes if pred.class_scores is not None else ()


def default_requirements() -> list[str]:
    """Pip requirements recorded with a logged model: this listenbench and MLflow."""
    return [f"listenbench=={listenbench_version()}", f"mlflow=={mlflow.__version__}"]


def log_model(
    model: SavableModel,
    *,
    name: str = "model",
    registered_model_name: str | None = None,
    pip_requirements: Sequence[str] | None = None,
    extra_pip_requirements: Sequence[str] = (),
    tags: Mapping[str, str] | None = None,
) -> str:
    """Log ``model`` as an MLflow pyfunc model in the active run; return its model URI.

    The model is saved (``model.save``) into a temporary directory that MLflow
    copies as the artifact ``listenbench_model``; the signature is
    :func:`listening_signature` for the model's classes, and the MLmodel
    ``metadata`` holds ``listenbench`` (the saved model's family, class, info
    and format version). ``registered_model_name`` also registers a new
    version of that registered model. ``pip_requirements`` defaults to this
    listenbench and MLflow (no slow inference); add a model's own with
    ``extra_pip_requirements``. Outside a run, MLflow 3 logs a model with no
    run (reachable by the returned ``models:/m-...`` URI only).

    Example:
        >>> import mlflow
        >>> with mlflow.start_run() as run:  # doctest: +SKIP
        ...     uri = log_model(model, registered_model_name="brand-filter")
        >>> MlflowModel.from_uri(f"runs:/{run.info.run_id}/model")  # doctest: +SKIP
    """
    classes = output_classes(model)
    requirements = (
        list(pip_requirements) if pip_requirements is not None else default_requirements()
    )
    requirements += list(extra_pip_requirements)
    with tempfile.TemporaryDirectory(prefix="listenbench-model-") as tmp:
        saved = Path(tmp) / "model"
        model.save(saved)
        meta = read_saved_meta(saved)
        code = Path(tmp) / "listenbench_pyfunc.py"
        code.write_text(_CODE, encoding="utf-8")
        with warnings.catch_warnings():
            # We pass a signature on purpose and no input example (it costs a model load).
            warnings.filterwarnings("ignore", message=".*input example was not provided")
            info = mlflow.pyfunc.log_model(
                name=name,
                python_model=str(code),
                artifacts={ARTIFACT_KEY: str(saved)},
                signature=listening_signature(classes),
                pip_requirements=requirements,
                registered_model_name=registered_model_name,
                metadata={METADATA_KEY: meta.to_json()},
                tags=dict(tags) if tags else None,
            )
    return str(info.model_uri)


def load_logged_model(uri: str) -> Model:
    """The listenbench model inside a pyfunc that :func:`log_model` logged, by model URI.

    Unlike ``mlflow:URI`` (which calls the pyfunc with a table), this gives the
    native model back, e.g. ``finetuned:runs:/<id>/model``.

    Raises:
        ModelSpecError: when the URI does not hold a model logged by listenbench.
    """
    import mlflow.pyfunc

    try:
        pyfunc = mlflow.pyfunc.load_model(uri)
    except Exception as exc:  # MLflow raises several types for bad URIs
        raise ModelSpecError(f"cannot load MLflow model {uri!r}: {exc}") from None
    inner = pyfunc.unwrap_python_model()
    model = getattr(inner, "listenbench_model", None)
    if model is None:
        raise ModelSpecError(
            f"MLflow model {uri!r} was not logged by listenbench; evaluate it with mlflow:{uri}"
        )
    return model  # type: ignore[no-any-return]
