"""Click options shared by several commands (one definition, one help text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def _stack(options: list[Callable[[F], F]], f: F) -> F:
    for option in reversed(options):
        f = option(f)
    return f


def tracking_options(f: F) -> F:
    """``--results``, ``--tracking-uri``, ``--experiment`` and ``--no-mlflow``."""
    return _stack(
        [
            click.option(
                "--results",
                "results_dir",
                type=click.Path(file_okay=False, path_type=Path),
                default=Path("listenbench-results"),
                show_default=True,
                help="Folder for the default SQLite tracking store and artifacts.",
            ),
            click.option(
                "--tracking-uri",
                default=None,
                envvar="MLFLOW_TRACKING_URI",
                help="MLflow tracking URI (a server such as http://host:5000, or "
                "sqlite:///path). Default: sqlite:///RESULTS/mlflow.db.",
            ),
            click.option(
                "--experiment",
                default="listenbench",
                show_default=True,
                help="MLflow experiment.",
            ),
            click.option("--no-mlflow", is_flag=True, help="Do not log to MLflow."),
        ],
        f,
    )


def bootstrap_options(f: F) -> F:
    """``--n-boot`` and ``--seed`` (the bootstrap's)."""
    return _stack(
        [
            click.option(
                "--n-boot",
                type=click.IntRange(min=0),
                default=1000,
                show_default=True,
                help="Bootstrap resamples (over posts) for the confidence intervals; 0 disables.",
            ),
            click.option("--seed", type=int, default=0, show_default=True, help="Bootstrap seed."),
        ],
        f,
    )


def json_option(what: str) -> Callable[[F], F]:
    """``--json FILE``: also write a JSON summary of ``what``."""
    return click.option(
        "--json",
        "json_out",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Also write a JSON summary of {what} to this file.",
    )


def parse_slice_kinds(text: str) -> tuple[str, ...]:
    """The ``--slices`` value as slice kinds, or a usage error naming the known ones.

    Example:
        >>> parse_slice_kinds("lang, entity")
        ('lang', 'entity')
    """
    from listenbench.harness.metrics import SLICE_KINDS

    kinds = tuple(s.strip() for s in text.split(",") if s.strip())
    bad = [k for k in kinds if k not in SLICE_KINDS]
    if bad:
        raise click.BadParameter(
            f"unknown slice kind {bad[0]!r} (use {', '.join(sorted(SLICE_KINDS))})",
            param_hint="--slices",
        )
    return kinds
