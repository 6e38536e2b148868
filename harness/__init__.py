"""The listenbench harness: run models on corpora, score them, log the results.

Example:
    >>> from listenbench.harness import RunConfig, run
    >>> result = run(RunConfig(corpus="demo", log_mlflow=False))  # doctest: +SKIP
    >>> print(result.results[0].report.overall.f1)  # doctest: +SKIP
"""

from __future__ import annotations

from listenbench.harness._config import ConfigError, RunConfig
from listenbench.harness._leaderboard import format_estimate, leaderboard
from listenbench.harness._registry import available_models, load_model, parse_spec
from listenbench.harness._results import CorpusInfo, ModelResult, RunResult
from listenbench.harness._runner import pair_table, run, select_split

__all__ = [
    "ConfigError",
    "CorpusInfo",
    "ModelResult",
    "RunConfig",
    "RunResult",
    "available_models",
    "format_estimate",
    "leaderboard",
    "load_model",
    "pair_table",
    "parse_spec",
    "run",
    "select_split",
]
