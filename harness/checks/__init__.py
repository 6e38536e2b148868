"""Behavioural tests (CheckList-style) of listening models, per language and entity.

- **MFT** minimum functionality: slices that must be right (a complaint to
  the brand's @handle is relevant; the corpus's minimal pairs and ``direct``
  posts are classified correctly; an everyday post naming no entity is not
  relevant);
- **INV** invariance: casing, diacritics, typos, hashtags, @mentions, emoji,
  URLs, elongation, full-/half-width characters and traditional ↔
  simplified Chinese must not change the decision; each perturbation is
  implemented per script and language and runs only where it applies;
- **DIR** directional expectations: replacing the brand by a generic noun
  must not raise relevance, adding its @handle must not lower it, negation
  must lower positive sentiment (for models with a ``sentiment`` output).

Every case records its test, language, entity, source post, text, expected
and observed answer; the report aggregates failure rates per test type x
test x language x entity and logs them to MLflow.

Example:
    >>> from listenbench.harness.checks import run_checks
    >>> report = run_checks("demo", "alias", tests=["INV/width"], languages=["ja"])
    >>> report.cell("INV", "width", "ja").failure_rate
    0.0
    >>> "check/INV/width/lang/ja/failure_rate" in report.flat_metrics()
    True
"""

from __future__ import annotations

from listenbench.harness.checks._mlflow import log_checks_to_mlflow
from listenbench.harness.checks._perturbation import PERTURBATIONS, Perturbation, PerturbFn
from listenbench.harness.checks._render import render_report
from listenbench.harness.checks._report import (
    CaseResult,
    CheckCell,
    CheckReport,
    SkippedTest,
)
from listenbench.harness.checks._run import (
    DEFAULT_MAX_PER_TEST,
    DEFAULT_TOLERANCE,
    OUTPUTS,
    Output,
    register_output,
    run_checks,
)
from listenbench.harness.checks._tests import TEST_TYPES, TESTS, CheckTest, select_tests
from listenbench.harness.checks._text import find_mentions, lang_script
from listenbench.harness.checks._zh_table import to_simplified, to_traditional

__all__ = [
    "DEFAULT_MAX_PER_TEST",
    "DEFAULT_TOLERANCE",
    "OUTPUTS",
    "PERTURBATIONS",
    "TESTS",
    "TEST_TYPES",
    "CaseResult",
    "CheckCell",
    "CheckReport",
    "CheckTest",
    "Output",
    "PerturbFn",
    "Perturbation",
    "SkippedTest",
    "find_mentions",
    "lang_script",
    "log_checks_to_mlflow",
    "register_output",
    "render_report",
    "run_checks",
    "select_tests",
    "to_simplified",
    "to_traditional",
]
