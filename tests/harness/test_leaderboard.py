"""The leaderboard's rendering of estimates and of undefined ratios."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from listenbench.harness import format_estimate, leaderboard, run
from listenbench.harness.metrics import Estimate


def test_format_estimate() -> None:
    assert format_estimate(Estimate(0.8125, 0.74, 0.871)) == "0.81 [0.74, 0.87]"
    assert format_estimate(Estimate(0.5, float("nan"), float("nan"))) == "0.50"
    assert format_estimate(Estimate(float("nan"), 0.1, 0.2)) == "—"


def test_slices_without_positives_read_n_a(tiny_corpus: Path) -> None:
    # On the test split, language fr holds one relevant pair (p5); entity slices for
    # microsoft hold one positive; the `level=none` slice has no relevant pair at all.
    result = run(str(tiny_corpus), models=["keyword"], log_mlflow=False, n_boot=0)
    console = Console(width=200, record=True)
    console.print(leaderboard(result, slice_kinds=("level",)))
    text = console.export_text()
    none_row = next(line for line in text.splitlines() if "level=none" in line)
    assert "n/a" in none_row
    about_row = next(line for line in text.splitlines() if "level=about" in line)
    assert "n/a" not in about_row
