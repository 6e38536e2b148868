"""The error raised for MLflow models that cannot be loaded or answer wrongly."""

from __future__ import annotations

from listenbench.baselines._protocol import ModelSpecError


class MlflowModelError(ModelSpecError):
    """An MLflow model that cannot be loaded, or whose input or output breaks SIGNATURE.md."""
