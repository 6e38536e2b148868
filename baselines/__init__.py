"""Baseline listening models behind one protocol.

Example:
    >>> from listenbench.baselines import Model, ModelInfo, Predictions
    >>> ModelInfo(name="keyword", family="keyword", version="0.1.0").family
    'keyword'
"""

from __future__ import annotations

from listenbench.baselines._protocol import (
    Model,
    ModelContext,
    ModelInfo,
    ModelSpecError,
    Predictions,
)

__all__ = ["Model", "ModelContext", "ModelInfo", "ModelSpecError", "Predictions"]
