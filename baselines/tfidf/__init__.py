"""The TF-IDF baseline: character n-gram TF-IDF + logistic regression (family ``tfidf``).

Spec: ``tfidf`` or ``tfidf:KEY=VAL,...`` with keys ``C`` (default 4),
``ngram`` (``2-5``), ``min_df`` (1), ``max_features`` (0 = no limit),
``mention`` (``yes``), ``threshold`` (``0.5`` or ``dev``). See ``README.md``.

Example:
    >>> from listenbench.baselines.tfidf import parse_params
    >>> parse_params("C=1,ngram=3-4").ngram
    (3, 4)
"""

from __future__ import annotations

from listenbench.baselines.tfidf._features import CharTfidf, mention_matrix
from listenbench.baselines.tfidf._model import (
    FORMAT_VERSION,
    TfidfModel,
    best_f1_threshold,
    make_tfidf,
)
from listenbench.baselines.tfidf._params import THRESHOLD_DEV, TfidfParams, parse_params

__all__ = [
    "FORMAT_VERSION",
    "THRESHOLD_DEV",
    "CharTfidf",
    "TfidfModel",
    "TfidfParams",
    "best_f1_threshold",
    "make_tfidf",
    "mention_matrix",
    "parse_params",
]
