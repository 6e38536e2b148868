"""MLflow models in listenbench: log trained models as pyfunc models, evaluate any pyfunc.

- :func:`log_model` logs a trained listenbench model (one that implements
  ``save``/``load``, see ``listenbench.baselines._saved``) as an MLflow pyfunc
  model with the listening signature of ``SIGNATURE.md``.
- :class:`MlflowModel` (family ``mlflow``, spec ``mlflow:<model URI>``) loads
  any pyfunc model that follows ``SIGNATURE.md`` and scores it like any other
  listenbench model.

Example:
    >>> from listenbench.baselines.mlflow_model import REQUIRED_COLUMNS
    >>> REQUIRED_COLUMNS[:3]
    ('post_id', 'text', 'lang')
"""

from __future__ import annotations

from listenbench.baselines.mlflow_model._errors import MlflowModelError
from listenbench.baselines.mlflow_model._frame import (
    ALIAS_SEPARATOR,
    CLASS_PREFIX,
    DECISION_COLUMN,
    INPUT_COLUMNS,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    SCORE_COLUMN,
    frame_pairs,
    pairs_frame,
    predict_frame,
)
from listenbench.baselines.mlflow_model._model import MlflowModel, make_mlflow
from listenbench.baselines.mlflow_model._pyfunc import (
    ARTIFACT_KEY,
    METADATA_KEY,
    ListenbenchPyfunc,
    load_logged_model,
    log_model,
    output_classes,
)
from listenbench.baselines.mlflow_model._signature import (
    input_schema,
    listening_signature,
    output_schema,
)

__all__ = [
    "ALIAS_SEPARATOR",
    "ARTIFACT_KEY",
    "CLASS_PREFIX",
    "DECISION_COLUMN",
    "INPUT_COLUMNS",
    "METADATA_KEY",
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "SCORE_COLUMN",
    "ListenbenchPyfunc",
    "MlflowModel",
    "MlflowModelError",
    "frame_pairs",
    "input_schema",
    "listening_signature",
    "load_logged_model",
    "log_model",
    "make_mlflow",
    "output_classes",
    "output_schema",
    "pairs_frame",
    "predict_frame",
]
