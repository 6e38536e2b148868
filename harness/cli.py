"""The ``listenbench`` command line: a thin layer over the library API.

Every command calls a function that Python code can call too
(``listenbench.harness.run``, ``listenbench.corpora.validate_corpus``, ...).
Bad input (missing file, broken JSONL line, bad query) ends in a one-line
error and exit status 2, never a traceback; ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from listenbench.baselines._version import listenbench_version
from listenbench.corpora._tasks import TASK_KINDS, TASKS
from listenbench.harness._cli_options import (
    bootstrap_options,
    json_option,
    parse_slice_kinds,
    tracking_options,
)

#: Exit status for bad input (usage errors use click's 2 as well).
EXIT_USER_ERROR = 2
#: Exit status for an unexpected internal error.
EXIT_INTERNAL_ERROR = 3


def _console() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


class _Group(click.Group):
    """A click group that turns input errors into one-line messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as err:
            from listenbench.harness._errors import user_error_types

            debug = bool(ctx.meta.get("listenbench.debug")) or bool(
                os.environ.get("LISTENBENCH_DEBUG")
            )
            if debug:
                raise
            if isinstance(err, user_error_types()):
                click.echo(f"Error: {err}", err=True)
                caret = getattr(err, "caret", None)
                if callable(caret):
                    click.echo(caret(), err=True)
                ctx.exit(EXIT_USER_ERROR)
            click.echo(
                f"Internal error: {type(err).__name__}: {err} "
                "(this is a bug in listenbench; rerun with --debug for the traceback)",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL_ERROR)


def _run_options(f: Any) -> Any:
    options = [
        click.option(
            "--split",
            type=click.Choice(["test", "dev", "train", "all"]),
            default="test",
            show_default=True,
            help="Which split to score (corpora without splits are scored whole).",
        ),
        bootstrap_options,
        click.option(
            "--confidence",
            type=click.FloatRange(0.5, 0.999),
            default=0.95,
            show_default=True,
            help="Confidence level of the intervals.",
        ),
        tracking_options,
        json_option("the results"),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(listenbench_version(), prog_name="listenbench")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Benchmark listening AI: how well (and how fast) classifiers find the posts
    that matter to a brand in a multilingual social-media firehose.

    \b
    Start here:
      listenbench quickstart                     # demo corpus, every installed model family
      listenbench corpus list                    # built-in corpora and importers
      listenbench models                         # model families and their specs
      listenbench run --corpus demo --model keyword --model tfidf --model embed
      listenbench run --corpus ./my-corpus --model keyword:my-queries.txt
      listenbench train --corpus demo            # fine-tune a cross-encoder, log it
      listenbench blind export --corpus demo ./for-vendor
      listenbench corpus validate ./my-corpus    # every problem, with file and line

    Results go to MLflow (SQLite in ./listenbench-results by default); open
    them with the `mlflow ui` command that each run prints.
    """
    import logging

    os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")
    logging.getLogger("mlflow").setLevel(logging.WARNING)
    ctx.meta["listenbench.debug"] = debug


def _print_result(result: Any, console: Console, slice_kinds: Sequence[str]) -> None:
    from listenbench.harness._leaderboard import leaderboard

    console.print(leaderboard(result, slice_kinds=slice_kinds))


def _print_where(result: Any, console: Console, json_out: Path | None) -> None:
    if result.tracking_uri:
        console.print(
            f"\nResults logged to MLflow at [bold]{result.tracking_uri}[/bold] "
            f"(experiment '{result.experiment_name}', "
            f"runs {', '.join(str(r.mlflow_run_id) for r in result.results)})."
        )
        console.print("Open them with:\n")
        console.print(f"    mlflow ui --backend-store-uri {result.tracking_uri}\n", markup=False)
        console.print("then browse to http://127.0.0.1:5000 .")
    if json_out is not None:
        console.print(f"JSON summary written to {json_out}")


def _write_json(result: Any, path: Path | None) -> None:
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result.summary(), indent=2, ensure_ascii=False) + "\n")


def _execute(
    corpus: str,
    models: Sequence[str],
    *,
    split: str,
    n_boot: int,
    seed: int,
    confidence: float,
    results_dir: Path,
    tracking_uri: str | None,
    experiment: str,
    no_mlflow: bool,
    json_out: Path | None,
    slice_kinds: Sequence[str],
    task: str | None = None,
) -> None:
    from listenbench.harness._config import RunConfig
    from listenbench.harness._runner import run

    console = _console()
    config = RunConfig(
        corpus=corpus,
        models=tuple(models),
        split=split,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        results_dir=results_dir,
        tracking_uri=tracking_uri,
        experiment=experiment,
        log_mlflow=not no_mlflow,
        task=task,
    )
    from listenbench.harness._errors import user_error_types

    with console.status("starting", spinner="dots") as status:
        result = run(config, reporter=lambda msg: status.update(msg), keep_going=user_error_types())
    if result.results:
        _print_result(result, console, slice_kinds)
        _write_json(result, json_out)
        _print_where(result, console, json_out)
    if result.failures:
        for failure in result.failures:
            click.echo(f"Error: model {failure.spec}: {failure.message}", err=True)
        done = len(result.results)
        if done + len(result.failures) == 1:
            raise SystemExit(EXIT_USER_ERROR)
        click.echo(
            f"{len(result.failures)} of {done + len(result.failures)} model(s) failed"
            + (f"; the other {done} scored" if done else "")
            + (" and logged to MLflow" if done and result.tracking_uri else ""),
            err=True,
        )
        raise SystemExit(EXIT_USER_ERROR)


@main.command()
@click.option(
    "--model",
    "models",
    multiple=True,
    help="Run only these model specs (repeatable); default: every installed family "
    "(see `listenbench models`).",
)
@_run_options
def quickstart(models: tuple[str, ...], **options: Any) -> None:
    """Run the built-in demo corpus through every installed model family.

    Keyword rules, the alias floor, TF-IDF, and — when their extras are
    installed (`pip install 'listenbench[all]'`) — zero-shot and supervised
    embedding classifiers and a fine-tuned cross-encoder, all trained on the
    demo's train split and scored on its test split. Prints a leaderboard
    (precision, recall, F1 with 95% confidence intervals, overall and per
    language, and each model's throughput), logs everything to MLflow and
    tells you how to open it.
    """
    from listenbench.corpora import builtin_corpora
    from listenbench.harness._registry import installed_quickstart_models

    json_out = options.pop("json_out") or Path(options["results_dir"]) / "quickstart.json"
    _execute(
        str(builtin_corpora()["demo"]),
        list(models or installed_quickstart_models()),
        json_out=json_out,
        slice_kinds=("lang",),
        **options,
    )


@main.command("run")
@click.option(
    "--corpus",
    "corpus",
    required=True,
    help="A corpus folder or a built-in name (see `listenbench corpus list`).",
)
@click.option(
    "--model",
    "models",
    multiple=True,
    default=("keyword",),
    show_default=True,
    help="Model spec FAMILY[:ARG]; repeat to compare several in one run. "
    "keyword[:QUERIES] uses the corpus's queries.txt unless given a file. "
    "See `listenbench models`.",
)
@click.option(
    "--slices",
    default="lang",
    show_default=True,
    help="Comma-separated slice kinds to show under each model "
    "(lang, entity, tag, channel, level, class); all are logged to MLflow either way.",
)
@click.option(
    "--task",
    type=click.Choice(TASKS),
    default=None,
    help="What to score; default: the corpus's own task (corpus.toml). relevance and "
    "pair are binary (P/R/F1); level and sentiment are multi-class (accuracy, "
    "macro-F1 over classes) and need a model that predicts classes.",
)
@_run_options
def run_command(
    corpus: str, models: tuple[str, ...], slices: str, task: str | None, **options: Any
) -> None:
    """Score one or more models on a corpus and log the results.

    \b
    Examples:
      listenbench run --corpus demo --model keyword
      listenbench run --corpus ./germeval --model keyword:./germeval/queries.txt --split all
      listenbench run --corpus demo --model keyword --slices lang,entity,tag --json out.json
      listenbench run --corpus ambiguity --task level --model majority --model tfidf
    """
    kinds = parse_slice_kinds(slices)
    _execute(corpus, models, slice_kinds=kinds, task=task, **options)


@main.command("models")
def models_command() -> None:
    """List the model families --model accepts (built-in and plugins)."""
    from listenbench.harness._registry import REQUIREMENTS, available_models, family_installed

    for name, desc in sorted(available_models().items()):
        note = ""
        if not family_installed(name):
            note = f"  [not installed: pip install 'listenbench[{REQUIREMENTS[name][1]}]']"
        click.echo(f"{name:12s} {desc}{note}")


# ---------------------------------------------------------------- corpus ----


@main.group("corpus", cls=_Group)
def corpus_group() -> None:
    """List, inspect, validate and import corpora (format: corpora/FORMAT.md)."""


@corpus_group.command("list")
@click.option(
    "--dir",
    "search_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Also list the corpus folders (imported or your own) directly inside this folder.",
)
def corpus_list(search_dir: Path) -> None:
    """Built-in corpora, corpus folders found in --dir, importers and generators."""
    from listenbench.corpora import builtin_corpora, load_corpus
    from listenbench.corpora._manifest import MANIFEST_NAME, parse_manifest
    from listenbench.corpora.importers import IMPORTERS

    console = _console()
    from rich.table import Table

    table = Table(title="Built-in corpora")
    for col in ("name", "version", "languages", "posts", "entities", "pairs", "description"):
        table.add_column(col)
    for name, path in sorted(builtin_corpora().items()):
        c = load_corpus(path)
        table.add_row(
            name,
            c.version,
            ", ".join(c.manifest.languages),
            str(len(c.posts)),
            str(len(c.entities)),
            str(len(c.labels)),
            c.manifest.description,
        )
    console.print(table)
    found = Table(title=f"Corpus folders in {search_dir}")
    for col in ("path", "name", "version", "task", "languages", "licence"):
        found.add_column(col)
    for manifest_path in sorted(search_dir.glob(f"*/{MANIFEST_NAME}")):
        try:
            parsed = parse_manifest(manifest_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        m = parsed.manifest
        if m is None:
            found.add_row(str(manifest_path.parent), "(invalid corpus.toml)", "", "", "", "")
            continue
        found.add_row(
            str(manifest_path.parent), m.name, m.version, m.task, ", ".join(m.languages), m.licence
        )
    if found.row_count:
        console.print(found)
    imp = Table(title="Importers (listenbench corpus import NAME [SRC] OUT)")
    for col in ("name", "default source", "description"):
        imp.add_column(col)
    for name, importer in sorted(IMPORTERS.items()):
        imp.add_row(name, importer.default_source, importer.description)
    console.print(imp)
    gen = Table(title="Generators")
    for col in ("command", "what"):
        gen.add_column(col)
    gen.add_row(
        "listenbench corpus synth --posts N --seed S OUT",
        "reproducible multilingual synthetic firehose with planted brand needles "
        "(for throughput benchmarks, 10^4 to 10^8 posts)",
    )
    console.print(gen)


@corpus_group.command("show")
@click.argument("corpus")
def corpus_show(corpus: str) -> None:
    """Manifest, digest and label statistics of a corpus (folder or built-in name)."""
    from collections import Counter

    from rich.table import Table

    from listenbench.corpora import load_corpus

    c = load_corpus(corpus)
    console = _console()
    m = c.manifest
    console.print(f"[bold]{m.name}[/bold] {m.version} — {m.description}")
    console.print(f"path:      {c.path}", markup=False)
    console.print(f"digest:    {c.digest}", markup=False)
    console.print(f"licence:   {m.licence}", markup=False)
    console.print(f"source:    {m.source}", markup=False)
    console.print(f"task:      {m.task}", markup=False)
    console.print(f"queries:   {c.queries_path or '-'}", markup=False)
    post_lang = {p.id: p.lang for p in c.posts}
    post_split = {p.id: p.split or "-" for p in c.posts}
    table = Table(title="labelled pairs")
    for col in ("slice", "value", "pairs", "relevant"):
        table.add_column(col)
    rows: list[tuple[str, Counter[str], Counter[str]]] = []
    for kind in ("split", "lang", "entity", "level", "tag"):
        total: Counter[str] = Counter()
        pos: Counter[str] = Counter()
        for label in c.labels:
            if kind == "split":
                values = [post_split[label.post_id]]
            elif kind == "lang":
                values = [post_lang[label.post_id]]
            elif kind == "entity":
                values = [label.entity_id]
            elif kind == "level":
                values = [label.level or "-"]
            else:
                values = list(label.tags)
            for v in values:
                total[v] += 1
                pos[v] += int(label.relevant)
        rows.append((kind, total, pos))
    for kind, total, pos in rows:
        for value, n in sorted(total.items()):
            table.add_row(kind, value, str(n), str(pos[value]))
        table.add_section()
    console.print(table)


@corpus_group.command("validate")
@click.argument("path", type=click.Path(path_type=Path))
def corpus_validate(path: Path) -> None:
    """Check a corpus folder; print every problem with file and line.

    Exits 0 when there are no errors (warnings are printed but allowed), 2 otherwise.
    """
    from listenbench.corpora import resolve_corpus, validate_corpus

    issues = validate_corpus(resolve_corpus(str(path)))
    errors = [i for i in issues if i.severity == "error"]
    for issue in issues:
        click.echo(f"{issue.severity}: {issue}", err=issue.severity == "error")
    if errors:
        click.echo(
            f"{len(errors)} error(s), {len(issues) - len(errors)} warning(s) in {path}", err=True
        )
        raise SystemExit(EXIT_USER_ERROR)
    click.echo(f"OK: {path} is a valid corpus ({len(issues)} warning(s))")


@corpus_group.command("rehash")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
def corpus_rehash(path: Path) -> None:
    """Recompute the sha256 of each file in a corpus manifest (after editing data)."""
    from listenbench.corpora import rehash_manifest

    manifest = rehash_manifest(path)
    click.echo(f"updated {path / 'corpus.toml'} ({len(manifest.files)} files)")


@corpus_group.command("import")
@click.argument("name")
@click.argument("paths", nargs=-1, required=True, metavar="[SRC] OUT")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Import at most N rows (the importer says which: the first N, or a seeded sample).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for split assignment.")
def corpus_import(name: str, paths: tuple[str, ...], limit: int | None, seed: int) -> None:
    """Convert an external dataset into a listenbench corpus folder OUT.

    SRC is the dataset's file or folder; without it, the importer's usual
    place under ../shared/data is used. `listenbench corpus list` shows the
    importers; corpora/importers/IMPORTERS.md says what task each becomes.

    \b
    Examples:
      listenbench corpus import germeval2017 ../shared/data/germeval2017/dev.tsv germeval
      listenbench corpus import xlmt_sentiment ./xlmt
      listenbench corpus import wic ../shared/data/wic ./wic --limit 500
    """
    from listenbench.corpora import load_corpus, validate_corpus
    from listenbench.corpora.importers import IMPORTERS, import_corpus

    if len(paths) > 2:
        raise click.UsageError(f"expected [SRC] OUT, got {len(paths)} paths")
    if len(paths) == 2:
        src = Path(paths[0])
    else:
        importer = IMPORTERS.get(name)
        if importer is None:
            src = Path(".")  # import_corpus reports the unknown name
        else:
            import listenbench.corpora as corpora_pkg

            checkout = Path(corpora_pkg.__file__).resolve().parents[1]
            default = Path(importer.default_source)
            src = next((p for p in (default, checkout / default) if p.exists()), default)
            if not src.exists():
                raise click.UsageError(
                    f"no SRC given and the default source {src} does not exist here; "
                    f"give the dataset's path: listenbench corpus import {name} SRC OUT"
                )
    out = Path(paths[-1])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = import_corpus(name, src, out, limit=limit, seed=seed)
    for warning in caught:
        click.echo(f"warning: {warning.message}", err=True)
    errors = [i for i in validate_corpus(path) if i.severity == "error"]
    if errors:  # pragma: no cover - an importer bug
        raise click.ClickException(f"imported corpus does not validate: {errors[0]}")
    corpus = load_corpus(path)
    task = corpus.manifest.task
    floor = "keyword" if corpus.queries_path else "majority"
    click.echo(
        f"wrote corpus {path} ({len(corpus.posts)} posts, {len(corpus.labels)} labelled pairs, "
        f"task {task}); try: listenbench run --corpus {path} --model {floor} --model tfidf"
        + ("" if TASK_KINDS[task].binary else f" --task {task}")
    )


@corpus_group.command("synth")
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option("--posts", "n_posts", type=click.IntRange(min=1), required=True, help="Posts.")
@click.option("--seed", type=int, default=0, show_default=True, help="Generator seed.")
@click.option(
    "--needle-rate",
    type=click.FloatRange(0.0, 1.0),
    default=0.01,
    show_default=True,
    help="Share of posts that mention a brand (labelled relevant).",
)
@click.option(
    "--decoy-rate",
    type=click.FloatRange(0.0, 1.0),
    default=0.01,
    show_default=True,
    help="Share of posts with a look-alike word (labelled not relevant).",
)
@click.option(
    "--languages",
    default=None,
    help="Comma-separated languages (default: all the generator knows).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=20_000,
    show_default=True,
    help="Posts generated and written per batch (bounds memory).",
)
def corpus_synth(
    out: Path,
    n_posts: int,
    seed: int,
    needle_rate: float,
    decoy_rate: float,
    languages: str | None,
    batch_size: int,
) -> None:
    """Write a reproducible synthetic multilingual firehose corpus to OUT.

    Zipfian per-language vocabularies, 40-280 character posts, Latin and CJK
    mixed, invented brands planted at a known rate with their labels and a
    queries.txt that finds them. Same seed, same bytes. For throughput
    benchmarks from 10^4 to 10^8 posts (memory is bounded by --batch-size).

    \b
    Example:
      listenbench corpus synth --posts 1000000 --seed 1 ./firehose-1m
    """
    from rich.progress import Progress

    from listenbench.corpora.synth import SynthError, synthesize

    langs = None if languages is None else [x.strip() for x in languages.split(",") if x.strip()]
    try:
        with Progress(transient=True) as bar:
            task = bar.add_task("generating posts", total=n_posts)
            path = synthesize(
                out,
                n_posts=n_posts,
                seed=seed,
                needle_rate=needle_rate,
                decoy_rate=decoy_rate,
                languages=langs,
                batch_size=batch_size,
                progress=lambda done, total: bar.update(task, completed=done),
            )
    except SynthError as err:
        raise click.BadParameter(str(err)) from err
    click.echo(f"wrote synthetic corpus {path} ({n_posts} posts, seed {seed})")


@corpus_group.command("lint")
@click.argument("corpus")
@click.option(
    "--min-pairs",
    type=click.IntRange(min=1),
    default=30,
    show_default=True,
    help="Flag entities with fewer labelled pairs than this.",
)
def corpus_lint(corpus: str, min_pairs: int) -> None:
    """List suspicious labels: the same text labelled both ways, relevant posts
    that never name the entity, near-duplicates across splits, entities with
    one class or too few pairs. Exits 1 when anything is found.
    """
    from listenbench.corpora import find_suspicious, load_corpus

    found = find_suspicious(load_corpus(corpus), min_pairs=min_pairs)
    for item in found:
        click.echo(f"{item.kind}: {item.message}")
    if found:
        click.echo(f"{len(found)} suspicious item(s) in {corpus}", err=True)
        raise SystemExit(1)
    click.echo(f"OK: nothing suspicious in {corpus}")


# ----------------------------------------------------------------- bench ----


@main.command("bench")
@click.option(
    "--posts",
    type=click.IntRange(min=1),
    default=1_000_000,
    show_default=True,
    help="Posts streamed through every engine (synthetic firehose unless --corpus).",
)
@click.option(
    "--queries",
    default="1000",
    show_default=True,
    help="Query-set sizes, comma-separated (10,100,1k,10k,100k or all).",
)
@click.option(
    "--threads",
    default=None,
    help="Thread counts for listenbench's kernel, e.g. 1,2 (default: 1 and all cores).",
)
@click.option(
    "--peers",
    default="all",
    show_default=True,
    help="Peers: hyperscan,re2,pyahocorasick,flashtext,re, all or none "
    "(install them with pip install '.[bench]').",
)
@click.option("--corpus", default=None, help="Use a real corpus's posts instead of synthetic.")
@click.option("--seed", type=int, default=0, show_default=True, help="Posts and queries seed.")
@click.option("--repeats", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=65_536, show_default=True)
@click.option(
    "--agreement-posts",
    type=click.IntRange(min=0),
    default=2_000,
    show_default=True,
    help="Posts on which each peer's hits are compared with ours.",
)
@click.option(
    "--sample-posts",
    type=click.IntRange(min=1),
    default=20_000,
    show_default=True,
    help="Slow peers (re, flashtext) are timed on at most this many posts.",
)
@click.option(
    "--budget",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds an engine's first repeat may take before it is extrapolated.",
)
@click.option("--needle-rate", type=click.FloatRange(0.0, 1.0), default=0.01, show_default=True)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("listenbench-results") / "bench",
    show_default=True,
    help="Folder for bench.json and the PNG plots.",
)
@click.option("--tracking-uri", default=None, envvar="MLFLOW_TRACKING_URI", help="MLflow URI.")
@click.option(
    "--experiment", default="listenbench-bench", show_default=True, help="MLflow experiment."
)
@click.option("--no-mlflow", is_flag=True, help="Do not log to MLflow.")
@click.option("--markdown", is_flag=True, help="Also print the table as Markdown.")
def bench_command(
    posts: int,
    queries: str,
    threads: str | None,
    peers: str,
    corpus: str | None,
    seed: int,
    repeats: int,
    batch_size: int,
    agreement_posts: int,
    sample_posts: int,
    budget: float,
    needle_rate: float,
    out: Path,
    tracking_uri: str | None,
    experiment: str,
    no_mlflow: bool,
    markdown: bool,
) -> None:
    """Time listenbench's Numba kernels against peer engines, side by side.

    Every engine matches the same posts (the same bytes) in this process:
    listenbench with full boolean queries, listenbench on the query set's
    literal terms, and the peers (Hyperscan, RE2, pyahocorasick, flashtext,
    Python re) on those terms with word boundaries and casefolding. Each peer's
    hits are checked against ours on a sample (agreement), every engine is timed
    after warm-up (JIT compile and database build reported separately), and the
    result is a table of MB/s and posts/s, ratios to the fastest peer, build
    time and memory, written as JSON + PNG plots and logged to MLflow.

    \b
    Example:
      listenbench bench --posts 1000000 --queries 1k,10k
    """
    from listenbench.harness._config import RunConfig
    from listenbench.harness.bench import (
        BenchConfig,
        log_to_mlflow,
        parse_counts,
        parse_peers,
        render_table,
        run_bench,
        table_markdown,
        write_outputs,
    )

    config = BenchConfig(
        posts=posts,
        queries=parse_counts(queries),
        seed=seed,
        threads=() if threads is None else parse_counts(threads, "--threads"),
        peers=parse_peers(peers),
        corpus=corpus,
        batch_size=batch_size,
        repeats=repeats,
        agreement_posts=agreement_posts,
        sample_posts=sample_posts,
        budget_seconds=budget,
        needle_rate=needle_rate,
    )
    console = _console()
    with console.status("starting", spinner="dots") as status:
        result = run_bench(config, progress=lambda msg: status.update(msg))
    console.print(render_table(result))
    if markdown:
        console.print(table_markdown(result), markup=False)
    for path in write_outputs(result, out):
        console.print(f"wrote {path}", markup=False)
    if not no_mlflow:
        uri = RunConfig(corpus="bench", tracking_uri=tracking_uri).resolved_tracking_uri()
        run_id = log_to_mlflow(result, uri, experiment)
        console.print(f"logged to MLflow run {run_id} at {uri}", markup=False)


# ----------------------------------------------------------------- check ----


@main.command("check")
@click.option("--corpus", required=True, help="A corpus folder or a built-in name.")
@click.option(
    "--model",
    "models",
    multiple=True,
    default=("keyword",),
    show_default=True,
    help="Model spec FAMILY[:ARG]; repeat for several.",
)
@click.option(
    "--split",
    type=click.Choice(["test", "dev", "train", "all"]),
    default="test",
    show_default=True,
    help="Which split's posts to build cases from.",
)
@click.option("--tests", default=None, help="Only these tests, e.g. MFT,INV/casing,negation.")
@click.option("--lang", "languages", default=None, help="Only these languages, e.g. en,zh.")
@click.option(
    "--max-per-test",
    type=click.IntRange(min=0),
    default=300,
    show_default=True,
    help="Cap on cases per test and language (0: no cap).",
)
@click.option(
    "--tolerance",
    type=click.FloatRange(min=0.0),
    default=0.02,
    show_default=True,
    help="Slack on score changes for DIR tests.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Perturbation seed.")
@click.option(
    "--examples",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="Failed cases shown per test.",
)
@click.option("--no-entities", is_flag=True, help="Do not show the per-entity table.")
@click.option(
    "--task",
    type=click.Choice(["relevance", "sentiment"]),
    default="relevance",
    show_default=True,
    help="sentiment: train the model for the sentiment task and run the tests that read "
    "a sentiment output (DIR negation); relevance: all the others.",
)
@tracking_options
@json_option("the report (all models)")
def check_command(
    corpus: str,
    models: tuple[str, ...],
    split: str,
    tests: str | None,
    languages: str | None,
    max_per_test: int,
    tolerance: float,
    seed: int,
    examples: int,
    no_entities: bool,
    task: str,
    results_dir: Path,
    tracking_uri: str | None,
    experiment: str,
    no_mlflow: bool,
    json_out: Path | None,
) -> None:
    """Behavioural tests per language (CheckList): MFT, INV and DIR.

    \b
    MFT  minimum functionality: slices that must be right (a complaint to the
         brand's @handle, the corpus's minimal pairs, unrelated posts)
    INV  invariance: casing, diacritics, typos, hashtags, @mentions, emoji, URLs,
         elongation, full/half width, traditional<->simplified Chinese
    DIR  directional: brand -> generic noun must not raise relevance, adding
         the @handle must not lower it, negation must lower positive sentiment

    Failure rates per test type, language and entity are printed and logged
    to MLflow (one run per model).

    \b
    Example:
      listenbench check --corpus ambiguity --model keyword --model alias --lang en,fr,zh
    """
    from listenbench.corpora import load_corpus
    from listenbench.harness._config import RunConfig
    from listenbench.harness._runner import select_split
    from listenbench.harness.checks import log_checks_to_mlflow, render_report, run_checks

    console = _console()
    full = load_corpus(corpus)
    scored, _ = select_split(full, split)

    def _split_list(value: str | None) -> list[str] | None:
        return None if value is None else [v.strip() for v in value.split(",") if v.strip()]

    uri = RunConfig(
        corpus=corpus, results_dir=results_dir, tracking_uri=tracking_uri
    ).resolved_tracking_uri()
    summaries = []
    for spec in models:
        with console.status(f"checking {spec}", spinner="dots") as status:
            report = run_checks(
                scored,
                spec,
                seed=seed,
                max_per_test=max_per_test or None,
                languages=_split_list(languages),
                tests=_split_list(tests),
                tolerance=tolerance,
                progress=lambda msg: status.update(msg),
                training_corpus=full,
                task=task,
            )
        console.rule(f"{spec} on {full.name} ({split})")
        console.print(render_report(report, examples=examples, entities=not no_entities))
        summaries.append(report.summary())
        if not no_mlflow:
            run_id = log_checks_to_mlflow(report, uri, experiment)
            console.print(f"logged to MLflow run {run_id} at {uri}", markup=False)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(summaries, indent=2, ensure_ascii=False) + "\n")
    if not no_mlflow:
        console.print(f"Open them with:  mlflow ui --backend-store-uri {uri}", markup=False)


# ----------------------------------------------------------------- query ----


@main.group("query", cls=_Group)
def query_group() -> None:
    """Check and try keyword queries (language: baselines/QUERY-LANGUAGE.md)."""


@query_group.command("check")
@click.argument("path", type=click.Path(path_type=Path))
def query_check(path: Path) -> None:
    """Parse a query file; report every error with file, line and column."""
    from listenbench.baselines.keyword import load_queries

    qs = load_queries(path)
    click.echo(f"OK: {len(qs.entries)} queries in {path} ({qs.digest[:19]}…)")


@query_group.command("test")
@click.argument("query")
@click.argument("texts", nargs=-1, required=True)
@click.option("--lang", default="en", show_default=True, help="Language of the texts.")
@click.option("--channel", default=None, help="Channel of the texts.")
def query_test(query: str, texts: tuple[str, ...], lang: str, channel: str | None) -> None:
    """Show which TEXTS a QUERY matches.

    \b
    Example:
      listenbench query test '{Office} NEAR/3 {Windows}' 'get Office off Windows' \\
          'clean the windows of my office'
    """
    from listenbench.baselines.keyword import KeywordModel, QueryEntry, QuerySet, parse_query
    from listenbench.corpora import Entity, Post

    entry = QueryEntry(entity_id="q", text=query, node=parse_query(query), line=1)
    model = KeywordModel(QuerySet(path=None, entries=(entry,), digest=""))
    posts = [Post(id=str(i), text=t, lang=lang, channel=channel) for i, t in enumerate(texts)]
    hits = model.predict(posts, [Entity(id="q", name="q")]).decisions[:, 0]
    for text, hit in zip(texts, hits, strict=True):
        click.echo(f"{'MATCH' if hit else 'no   '}  {text}")


def _register_subcommands() -> None:
    from listenbench.harness._cli_blind import blind
    from listenbench.harness._cli_train import train_command

    main.add_command(blind)
    main.add_command(train_command)


_register_subcommands()


if __name__ == "__main__":  # pragma: no cover
    main()
