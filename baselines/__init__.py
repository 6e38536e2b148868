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
from listenbench.baselines._saved import SavableModel, load_saved_model, register_saved_model
from listenbench.baselines._training import LabelledPairs, labelled_pairs, training_setup

__all__ = [
    "LabelledPairs",
    "Model",
    "ModelContext",
    "ModelInfo",
    "ModelSpecError",
    "Predictions",
    "SavableModel",
    "labelled_pairs",
    "load_saved_model",
    "register_saved_model",
    "training_setup",
]
