"""Score the trivial baselines on the `ambiguity` corpus, per slice, as Markdown tables.

Runs the ``alias`` model (relevant iff the entity's name or an alias occurs)
and the ``keyword`` model (the corpus's ``queries.txt``) through
``listenbench.harness.run`` and prints precision, recall, F1 and accuracy per
language, tag, level and entity: the tables of ``DATASHEET.md``.

Run (from the repository root)::

    python corpora/ambiguity/build/baselines.py                  # all pairs
    python corpora/ambiguity/build/baselines.py --split test

Example:
    >>> print(slice_tables(run_baselines("corpora/ambiguity"))[:40])  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path

from listenbench.harness import RunResult, run
from listenbench.harness.metrics import SliceMetrics

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent
MODELS: tuple[str, ...] = ("alias", "keyword")


def run_baselines(corpus: str | Path = DEFAULT_CORPUS, split: str = "all") -> RunResult:
    """Run the alias and keyword baselines on ``corpus`` (no MLflow, no bootstrap)."""
    return run(str(corpus), models=list(MODELS), log_mlflow=False, n_boot=0, split=split)


def _replace_block(path: Path, marker: str, content: str) -> None:
    begin, end = f"<!-- {marker}:begin -->", f"<!-- {marker}:end -->"
    text = path.read_text(encoding="utf-8")
    start, stop = text.find(begin), text.find(end)
    if start < 0 or stop < start:
        raise SystemExit(f"error: {path}: expected the markers {begin} and {end}, in that order")
    head, tail = text[: start + len(begin)], text[stop:]
    path.write_text(f"{head}\n{content.strip()}\n{tail}", encoding="utf-8")


def _num(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.2f}"


def _cells(s: SliceMetrics) -> list[str]:
    return [_num(s.precision.value), _num(s.recall.value), _num(s.f1.value), _num(s.accuracy.value)]


def slice_tables(result: RunResult, kinds: Sequence[str] = ("lang", "tag", "level")) -> str:
    """One Markdown table per slice kind: pairs, positives, then P/R/F1/accuracy per model.

    Precision is 0 where a model predicts no positive, F1 is 0 on slices without
    relevant pairs (levels competitor, category, none): read accuracy there.
    """
    names = [r.info.name.split(":")[0] for r in result.results]
    header = ["slice", "pairs", "relevant"]
    for name in names:
        header += [f"{name} P", f"{name} R", f"{name} F1", f"{name} acc"]
    tables = []
    for kind in ("all", *kinds):
        first = result.results[0].report
        rows = []
        for s in first.by_kind(kind):
            row = [
                f"`{s.slice_value}`" if kind != "all" else "**all**",
                str(s.n_pairs),
                str(s.n_positive),
            ]
            for r in result.results:
                row += _cells(r.report.get(s.slice_kind, s.slice_value))
            rows.append(row)
        head = "| " + " | ".join([kind if kind != "all" else "", *header[1:]]) + " |"
        rule = "|---|" + "---:|" * (len(header) - 1)
        tables.append("\n".join([head, rule, *("| " + " | ".join(r) + " |" for r in rows)]))
    return "\n\n".join(tables) + "\n"


def split_table(corpus: str | Path = DEFAULT_CORPUS) -> str:
    """Overall precision/recall/F1/accuracy of both baselines on every split."""
    header = "| split | pairs | relevant | " + " | ".join(
        f"{m} P | {m} R | {m} F1 | {m} acc" for m in MODELS
    )
    rows = [header + " |", "|---|" + "---:|" * (2 + 4 * len(MODELS))]
    for split in ("all", "train", "dev", "test"):
        result = run_baselines(corpus, split)
        o = result.results[0].report.overall
        cells = [f"`{split}`", str(o.n_pairs), str(o.n_positive)]
        for r in result.results:
            cells += _cells(r.report.overall)
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def datasheet_block(corpus: str | Path = DEFAULT_CORPUS) -> str:
    """The baselines section of DATASHEET.md: per split, then per language, tag and level."""
    slices = slice_tables(run_baselines(corpus, "all"), ("lang", "tag", "level"))
    tables = slices.split("\n\n", 1)[1]  # the overall table is in the split table
    return split_table(corpus) + "\nPer slice, all splits together:\n\n" + tables


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the slice tables of both baselines."""
    parser = argparse.ArgumentParser(description="Per-slice scores of the trivial baselines.")
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--split", default="all", choices=["all", "train", "dev", "test"])
    parser.add_argument("--entities", action="store_true", help="add a per-entity table")
    parser.add_argument(
        "--update-datasheet",
        action="store_true",
        help="write the tables into CORPUS/DATASHEET.md (between the baselines markers)",
    )
    args = parser.parse_args(argv)
    if args.update_datasheet:
        block = datasheet_block(args.corpus)
        _replace_block(Path(args.corpus) / "DATASHEET.md", "baselines", block)
        print(block)
        return 0
    result = run_baselines(args.corpus, args.split)
    kinds = ("lang", "tag", "level", "entity") if args.entities else ("lang", "tag", "level")
    print(
        f"corpus {result.corpus.name} {result.corpus.version}, split {result.corpus.split}, "
        f"{result.corpus.n_pairs} pairs\n"
    )
    print(slice_tables(result, kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
