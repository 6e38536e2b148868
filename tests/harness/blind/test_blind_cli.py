"""``listenbench blind export|score`` through click's CliRunner, in a test group."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from listenbench.baselines.vendor import VendorError
from listenbench.baselines.vendor.example_server import predict_export
from listenbench.harness import _errors
from listenbench.harness._cli_blind import blind
from listenbench.harness.blind import BlindError
from listenbench.harness.cli import _Group


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> click.Group:
    """A root group like the main CLI's, with the blind errors counted as user errors."""
    base = _errors.user_error_types()
    extra = tuple(t for t in (VendorError, BlindError) if t not in base)
    monkeypatch.setattr(_errors, "user_error_types", lambda: (*base, *extra))

    @click.group(cls=_Group)
    def root() -> None:
        pass

    root.add_command(blind)
    return root


def invoke(cli: click.Group, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", [["blind"], ["blind", "export"], ["blind", "score"]])
def test_help(cli: click.Group, command: list[str]) -> None:
    code, out, _ = invoke(cli, *command, "--help")
    assert code == 0 and "Usage:" in out


def test_export_then_score(cli: click.Group, tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    code, stdout, _ = invoke(cli, "blind", "export", "--corpus", str(tiny_corpus), str(out))
    assert code == 0
    assert "exported 5 posts x 3 entities (15 pairs to predict) of corpus tiny 0.0.1" in stdout
    predictions = predict_export(out, tmp_path / "v.jsonl")
    code, stdout, _ = invoke(
        cli,
        "blind",
        "score",
        "--corpus",
        str(tiny_corpus),
        "--predictions",
        str(predictions),
        "--n-boot",
        "50",
        "--json",
        str(tmp_path / "summary.json"),
    )
    assert code == 0
    assert "vendor system example-alias 1: 5 labelled pairs scored" in stdout
    assert "listenbench leaderboard" in stdout
    assert "0.60 [" in stdout and "0.75 [" in stdout  # precision 3/5, F1 0.75 (by hand)
    assert (tmp_path / "summary.json").is_file()


def test_score_lists_the_problems(cli: click.Group, tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    invoke(cli, "blind", "export", "--corpus", str(tiny_corpus), str(out))
    predictions = predict_export(out, tmp_path / "v.jsonl")
    lines = predictions.read_text().splitlines()
    bad = json.loads(lines[2])
    bad["score"] = 9
    lines[2] = json.dumps(bad)
    lines.append(lines[1])  # line 17 repeats line 2
    first = json.loads(lines[1])
    predictions.write_text("\n".join(lines) + "\n")
    code, stdout, stderr = invoke(
        cli,
        "blind",
        "score",
        "--corpus",
        str(tiny_corpus),
        "--predictions",
        str(predictions),
        "--max-problems",
        "2",
    )
    assert code == 2 and stdout == ""
    assert stderr.splitlines() == [
        f"Error: predictions file {predictions} has 3 problems "
        "(bad field: 1, duplicate pair: 1, missing pair: 1):",
        f"  {predictions}:3: field 'score': expected a number in [0, 1], found 9",
        f"  {predictions}:17: second prediction for (post {first['post_id']!r}, "
        f"entity {first['entity_id']!r}); the first is on line 2",
        "  and 1 more problem",
        "Nothing was scored: fix the file and score it again.",
    ]


def test_user_errors_are_one_line(cli: click.Group, tiny_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "export"
    out.mkdir()
    (out / "x").write_text("")
    code, _, stderr = invoke(cli, "blind", "export", "--corpus", str(tiny_corpus), str(out))
    assert code == 2
    assert (
        stderr.strip() == f"Error: {out} is not empty; choose a new folder (or pass --force "
        "to overwrite)"
    )
    code, _, stderr = invoke(
        cli, "blind", "score", "--corpus", str(tiny_corpus), "--predictions", str(tmp_path / "n")
    )
    assert code == 2
    assert stderr.strip() == f"Error: predictions file not found: {tmp_path / 'n'}"
