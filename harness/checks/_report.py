"""The behavioural-test report: every case, failure rates per cell, MLflow-safe metrics.

Example:
    >>> r = CaseResult("INV", "casing", "upper", "en", "apple", "p1", "hi", "HI",
    ...                "not relevant (as unperturbed)", "relevant (1.00)", False,
    ...                1.0, 0.0, True, False)
    >>> cell = aggregate([r, r])
    >>> cell.n_cases, cell.n_failed, cell.failure_rate
    (2, 2, 1.0)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from listenbench.baselines import ModelInfo
from listenbench.harness._results import CorpusInfo
from listenbench.harness.checks._tests import TEST_TYPES
from listenbench.harness.metrics._keys import check_prefix, key_segments


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One case with the model's answer.

    ``expected``/``observed`` are for people (``relevant``, ``score 0.80 not
    above 0.40 + 0.02``); ``passed`` is the verdict. ``score``/``decision``
    are the model's outputs on ``text``; ``base_score``/``base_decision`` on
    the unperturbed post (INV, DIR; None for MFT). ``post_id`` is the corpus
    post the case was made from (None for template cases).
    """

    test_type: str
    test: str
    variant: str
    lang: str
    entity_id: str
    post_id: str | None
    original_text: str | None
    text: str
    expected: str
    observed: str
    passed: bool
    score: float
    base_score: float | None
    decision: bool | None
    base_decision: bool | None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SkippedTest:
    """A test that made no case for a language (``*``: for any language), and why."""

    test_type: str
    test: str
    lang: str
    reason: str


@dataclass(frozen=True, slots=True)
class CheckCell:
    """Counts for a group of cases (any of the fields may be ``*``: all)."""

    test_type: str
    test: str
    lang: str
    entity_id: str
    n_cases: int
    n_failed: int

    @property
    def failure_rate(self) -> float:
        """Failed / cases (NaN for an empty cell)."""
        return self.n_failed / self.n_cases if self.n_cases else math.nan


ALL = "*"


def aggregate(
    results: Iterable[CaseResult],
    test_type: str = ALL,
    test: str = ALL,
    lang: str = ALL,
    entity_id: str = ALL,
) -> CheckCell:
    """The counts of the results that match the given fields (``*`` matches anything)."""
    n = failed = 0
    for r in results:
        if (
            (test_type in (ALL, r.test_type))
            and (test in (ALL, r.test))
            and (lang in (ALL, r.lang))
            and (entity_id in (ALL, r.entity_id))
        ):
            n += 1
            failed += not r.passed
    return CheckCell(test_type, test, lang, entity_id, n, failed)


def _group(
    results: Sequence[CaseResult], fields: Sequence[str]
) -> dict[tuple[str, ...], list[int]]:
    groups: dict[tuple[str, ...], list[int]] = {}
    for r in results:
        key = tuple(getattr(r, f) for f in fields)
        counts = groups.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += not r.passed
    return groups


@dataclass(frozen=True)
class CheckReport:
    """Everything ``run_checks`` found: the cases, what was skipped, and on what.

    Example:
        >>> report = run_checks("demo", "keyword")  # doctest: +SKIP
        >>> report.cell("INV", "casing", lang="fr").failure_rate  # doctest: +SKIP
        0.12
    """

    model: ModelInfo
    corpus: CorpusInfo
    seed: int
    max_per_test: int | None
    tolerance: float
    languages: tuple[str, ...]
    tests: tuple[str, ...]
    results: tuple[CaseResult, ...]
    skipped: tuple[SkippedTest, ...]
    seconds: float

    def cell(
        self, test_type: str = ALL, test: str = ALL, lang: str = ALL, entity_id: str = ALL
    ) -> CheckCell:
        """Counts over the cases matching the given fields (``*``: any)."""
        return aggregate(self.results, test_type, test, lang, entity_id)

    def failures(self) -> tuple[CaseResult, ...]:
        """The failed cases, in generation order."""
        return tuple(r for r in self.results if not r.passed)

    def cells(self) -> list[CheckCell]:
        """One cell per test type x test x language x entity that has cases."""
        fields = ("test_type", "test", "lang", "entity_id")
        return [
            CheckCell(key[0], key[1], key[2], key[3], n_cases=n, n_failed=f)
            for key, (n, f) in _group(self.results, fields).items()
        ]

    def to_rows(self) -> list[dict[str, Any]]:
        """The finest cells as table rows (test_type, test, lang, entity, n_cases, n_failed,
        failure_rate), sorted by test type, test, language and entity.

        Example:
            >>> report.to_rows()[0]  # doctest: +SKIP
            {'test_type': 'MFT', 'test': 'handle-complaint', 'lang': 'de', 'entity': 'amazon',
             'n_cases': 3, 'n_failed': 0, 'failure_rate': 0.0}
        """
        order = {t: i for i, t in enumerate(TEST_TYPES)}
        rows: list[dict[str, Any]] = [
            {
                "test_type": c.test_type,
                "test": c.test,
                "lang": c.lang,
                "entity": c.entity_id,
                "n_cases": c.n_cases,
                "n_failed": c.n_failed,
                "failure_rate": c.failure_rate,
            }
            for c in self.cells()
        ]
        rows.sort(key=lambda r: (order.get(r["test_type"], 9), r["test"], r["lang"], r["entity"]))
        return rows

    def case_rows(self) -> list[dict[str, Any]]:
        """Every case as a JSON-ready dict (see :class:`CaseResult`)."""
        return [r.to_dict() for r in self.results]

    def flat_metrics(self, prefix: str = "check/") -> dict[str, float]:
        """Failure rates and case counts as MLflow-safe metric keys.

        Keys (``T`` a test type, ``name`` a test): ``check/failure_rate``,
        ``check/T/failure_rate``, ``check/T/lang/<lang>/failure_rate``,
        ``check/T/entity/<entity>/failure_rate``, ``check/T/name/failure_rate``,
        ``check/T/name/lang/<lang>/failure_rate``,
        ``check/T/name/entity/<entity>/failure_rate``, each with a matching
        ``n_cases``. Language and entity values that MLflow would reject are
        escaped as in the run metrics (``key_segment``).

        Example:
            >>> report.flat_metrics()["check/INV/casing/lang/fr/failure_rate"]  # doctest: +SKIP
            0.0
        """
        check_prefix(prefix)
        langs = key_segments(r.lang for r in self.results)
        ents = key_segments(r.entity_id for r in self.results)
        out: dict[str, float] = {}

        def put(base: str, n: int, failed: int) -> None:
            out[f"{base}failure_rate"] = failed / n if n else math.nan
            out[f"{base}n_cases"] = float(n)

        total = self.cell()
        put(prefix, total.n_cases, total.n_failed)
        for (t,), (n, f) in _group(self.results, ("test_type",)).items():
            put(f"{prefix}{t}/", n, f)
        for (t, lang), (n, f) in _group(self.results, ("test_type", "lang")).items():
            put(f"{prefix}{t}/lang/{langs[lang]}/", n, f)
        for (t, e), (n, f) in _group(self.results, ("test_type", "entity_id")).items():
            put(f"{prefix}{t}/entity/{ents[e]}/", n, f)
        for (t, name), (n, f) in _group(self.results, ("test_type", "test")).items():
            put(f"{prefix}{t}/{name}/", n, f)
        fields = ("test_type", "test", "lang")
        for (t, name, lang), (n, f) in _group(self.results, fields).items():
            put(f"{prefix}{t}/{name}/lang/{langs[lang]}/", n, f)
        fields = ("test_type", "test", "entity_id")
        for (t, name, e), (n, f) in _group(self.results, fields).items():
            put(f"{prefix}{t}/{name}/entity/{ents[e]}/", n, f)
        return out

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary: model, corpus, settings, per-type and per-test rates, rows."""
        per_test = [
            {
                "test_type": t,
                "test": name,
                "n_cases": n,
                "n_failed": f,
                "failure_rate": f / n if n else None,
            }
            for (t, name), (n, f) in _group(self.results, ("test_type", "test")).items()
        ]
        per_type = {
            t: {"n_cases": n, "n_failed": f, "failure_rate": f / n if n else None}
            for (t,), (n, f) in _group(self.results, ("test_type",)).items()
        }
        rows = [
            {
                **row,
                "failure_rate": None if math.isnan(row["failure_rate"]) else row["failure_rate"],
            }
            for row in self.to_rows()
        ]
        return {
            "model": {
                "name": self.model.name,
                "family": self.model.family,
                "version": self.model.version,
                "config": dict(self.model.config),
            },
            "corpus": asdict(self.corpus),
            "seed": self.seed,
            "max_per_test": self.max_per_test,
            "tolerance": self.tolerance,
            "languages": list(self.languages),
            "tests": list(self.tests),
            "n_cases": len(self.results),
            "n_failed": len(self.failures()),
            "per_type": per_type,
            "per_test": per_test,
            "rows": rows,
            "skipped": [asdict(s) for s in self.skipped],
            "seconds": self.seconds,
        }
