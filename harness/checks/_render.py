"""Rich tables of a behavioural-test report, for the terminal.

Example:
    >>> from rich.console import Console
    >>> Console().print(render_report(report))  # doctest: +SKIP
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from listenbench.harness.checks._report import ALL, CheckCell, CheckReport
from listenbench.harness.checks._tests import TEST_TYPES

#: Characters of a case's text shown in the failure examples.
_TEXT_CHARS = 90


def _rate(cell: CheckCell) -> Text:
    if not cell.n_cases:
        return Text("–", style="dim")
    rate = cell.failure_rate
    style = "green" if rate == 0 else "yellow" if rate < 0.2 else "red"
    return Text(f"{rate:.0%} ", style=style) + Text(f"{cell.n_failed}/{cell.n_cases}", style="dim")


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _TEXT_CHARS else flat[: _TEXT_CHARS - 1] + "…"


def render_report(
    report: CheckReport, *, examples: int = 2, entities: bool = True
) -> RenderableType:
    """The report as rich renderables: one table per test type (tests x languages),
    failure rates per entity, a few failed cases per test, and what was skipped.

    Cells read ``12% 3/25``: failure rate, failed cases / cases.

    Example:
        >>> from rich.console import Console
        >>> Console(width=160).print(render_report(report, examples=1))  # doctest: +SKIP
    """
    parts: list[RenderableType] = []
    total = report.cell()
    c = report.corpus
    head = Text.assemble(
        ("Behavioural tests ", "bold"),
        f"{report.model.name} on {c.name} {c.version} (split {c.split}): ",
        (f"{total.n_cases} cases, {total.n_failed} failed", "bold"),
        f" · seed {report.seed} · at most {report.max_per_test or 'all'} cases per test and "
        f"language · DIR tolerance {report.tolerance:g} · {report.seconds:.1f} s",
    )
    parts.append(head)
    for test_type in TEST_TYPES:
        type_results = [r for r in report.results if r.test_type == test_type]
        if not type_results:
            continue
        langs = [lang for lang in report.languages if any(r.lang == lang for r in type_results)]
        table = Table(title=f"{test_type}: failure rate (failed/cases)", title_justify="left")
        table.add_column("test")
        for lang in langs:
            table.add_column(lang, justify="right")
        table.add_column("all", justify="right", style="bold")
        names = list(dict.fromkeys(r.test for r in type_results))
        for name in names:
            row = [_rate(report.cell(test_type, name, lang)) for lang in langs]
            table.add_row(name, *row, _rate(report.cell(test_type, name)))
        table.add_section()
        table.add_row(
            Text("all", style="bold"),
            *[_rate(report.cell(test_type, lang=lang)) for lang in langs],
            _rate(report.cell(test_type)),
        )
        parts.append(table)
    if entities and report.results:
        table = Table(title="Failure rate per entity", title_justify="left")
        table.add_column("entity")
        types = [t for t in TEST_TYPES if report.cell(t).n_cases]
        for t in types:
            table.add_column(t, justify="right")
        table.add_column("all", justify="right", style="bold")
        for entity in dict.fromkeys(r.entity_id for r in report.results):
            table.add_row(
                entity,
                *[_rate(report.cell(t, entity_id=entity)) for t in types],
                _rate(report.cell(entity_id=entity)),
            )
        parts.append(table)
    if examples > 0 and report.failures():
        table = Table(title="Examples of failed cases", title_justify="left")
        for col in ("test", "lang", "entity", "post", "text", "expected", "observed"):
            table.add_column(col, overflow="fold")
        shown: dict[str, int] = {}
        for r in report.failures():
            key = f"{r.test_type}/{r.test}"
            if shown.get(key, 0) >= examples:
                continue
            shown[key] = shown.get(key, 0) + 1
            table.add_row(
                f"{key}.{r.variant}",
                r.lang,
                r.entity_id,
                r.post_id or "(template)",
                _short(r.text),
                r.expected,
                r.observed,
            )
        parts.append(table)
    if report.skipped:
        lines = Text("Skipped:\n", style="bold")
        grouped: dict[tuple[str, str, str], list[str]] = {}
        for s in report.skipped:
            grouped.setdefault((s.test_type, s.test, s.reason), []).append(s.lang)
        for (t, name, reason), langs in grouped.items():
            where = "" if langs == [ALL] else f" [{', '.join(langs)}]"
            lines.append(f"  {t}/{name}{where}: {reason}\n", style="dim")
        parts.append(lines)
    return Group(*parts)
