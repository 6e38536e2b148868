"""``listenbench blind``: export a split for a vendor, score the predictions it returns.

Register with ``cli.add_command(blind)``. Problems of a predictions file are
listed (each with its line) and end in exit status 2; other bad input raises
the project's exceptions, which the main command turns into one line.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from listenbench.harness._cli_options import bootstrap_options, json_option, parse_slice_kinds

#: Exit status for bad input (the main CLI's EXIT_USER_ERROR).
EXIT_USER_ERROR = 2


@click.group("blind")
def blind() -> None:
    """Blind evaluation of vendors' systems: export posts without labels, score the answers.

    \b
    Workflow:
      listenbench blind export --corpus demo ./for-vendor      # send this folder
      # the vendor returns predictions.jsonl (format: ./for-vendor/README.txt)
      listenbench blind score --corpus demo --predictions predictions.jsonl
    """


@blind.command("export")
@click.option("--corpus", required=True, help="A corpus folder or a built-in name.")
@click.option(
    "--split",
    type=click.Choice(["test", "dev", "train", "all"]),
    default="test",
    show_default=True,
    help="Which split's posts to export (corpora without splits export all posts).",
)
@click.option("--task", default=None, help="Task to predict (default: the corpus's own).")
@click.option("--force", is_flag=True, help="Overwrite an existing export in OUT.")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
def blind_export(corpus: str, split: str, task: str | None, force: bool, out: Path) -> None:
    """Write the posts of a split and the entity definitions (no labels) to OUT.

    OUT gets posts.jsonl, entities.jsonl, blind.json (the manifest) and
    README.txt (the predictions format). The vendor predicts every
    (post, entity) pair; only the labelled pairs are scored.
    """
    from listenbench.harness.blind import export_blind, read_blind_manifest

    folder = export_blind(corpus, out, split, task=task, force=force)
    manifest = read_blind_manifest(folder)
    counts = manifest["counts"]
    click.echo(
        f"exported {counts['posts']} posts x {counts['entities']} entities "
        f"({counts['predictions']} pairs to predict) of corpus {manifest['corpus']} "
        f"{manifest['corpus_version']}, split {manifest['split']}, task {manifest['task']}, "
        f"to {folder}"
    )
    click.echo(f"send the folder to the vendor; the predictions format is in {folder}/README.txt")


@blind.command("score")
@click.option("--corpus", required=True, help="The corpus the export was made from.")
@click.option(
    "--predictions",
    "predictions",
    required=True,
    type=click.Path(path_type=Path),
    help="The predictions file the vendor returned (JSON Lines).",
)
@click.option(
    "--split",
    type=click.Choice(["test", "dev", "train", "all"]),
    default=None,
    help="Split to score (default: the one the file's header names).",
)
@bootstrap_options
@click.option(
    "--slices",
    default="lang",
    show_default=True,
    help="Comma-separated slice kinds to show (lang, entity, tag, channel, level).",
)
@click.option(
    "--max-problems",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="How many problems of a bad predictions file to list.",
)
@json_option("the scores")
def blind_score(
    corpus: str,
    predictions: Path,
    split: str | None,
    n_boot: int,
    seed: int,
    slices: str,
    max_problems: int,
    json_out: Path | None,
) -> None:
    """Check a vendor's predictions file against the corpus and score it.

    Every problem of the file is listed with its line (wrong corpus digest,
    bad JSON, scores outside [0, 1], unknown, duplicate or missing pairs);
    nothing is scored until the file is clean.
    """
    from rich.console import Console

    from listenbench.baselines.vendor import PredictionsFileError
    from listenbench.harness._leaderboard import leaderboard
    from listenbench.harness.blind import score_blind

    kinds = parse_slice_kinds(slices)
    try:
        scored = score_blind(corpus, predictions, split=split, n_boot=n_boot, seed=seed)
    except PredictionsFileError as err:
        click.echo(f"Error: {err.summary()}:", err=True)
        for line in err.lines(max_problems):
            click.echo(f"  {line}", err=True)
        click.echo("Nothing was scored: fix the file and score it again.", err=True)
        sys.exit(EXIT_USER_ERROR)
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
    info = scored.info
    console.print(
        f"vendor system {info.name} {info.version}: {len(scored.pairs)} labelled pairs scored "
        f"(file {scored.predictions_path}, sha256 {info.config.get('file_sha256', '')[:12]}…)",
        markup=False,
    )
    console.print(leaderboard(scored.run, slice_kinds=kinds))
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(
            json.dumps(scored.run.summary(), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        console.print(f"JSON summary written to {json_out}", markup=False)
