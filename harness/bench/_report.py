"""Show a bench result: the rich comparison table, ``bench.json`` and the PNG plots.

Example:
    >>> from listenbench.harness.bench._config import BenchConfig
    >>> from listenbench.harness.bench._result import BenchResult, EngineRun
    >>> run = EngineRun("hyperscan", "peer", "terms", 10, 40, 1, "ok", posts=1000,
    ...                 bytes=120_000, seconds=0.001)
    >>> result = BenchResult(BenchConfig(posts=1000, queries=(10,)), "synth", runs=(run,))
    >>> table = render_table(result)
    >>> table.row_count, [c.header for c in table.columns][:3]
    (1, ['queries', 'engine', 'matches'])
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.table import Table
from rich.text import Text

from listenbench.harness.bench._result import STATUS_OK, BenchResult, EngineRun

#: File names written by :func:`write_outputs`.
JSON_NAME = "bench.json"
PLOT_NAMES = ("bench-engines.png", "bench-queries.png", "bench-threads.png", "bench-posts.png")


def _number(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    if value >= 1e6:
        return f"{value / 1e6:.{digits}f} M"
    if value >= 1e4:
        return f"{value / 1e3:.0f} k"
    return f"{value:,.{digits}f}"


def _mb(value: int | None) -> str:
    return "–" if value is None else f"{value / 1e6:,.0f}"


def _ordered(result: BenchResult, n_queries: int) -> list[EngineRun]:
    runs = [r for r in result.runs if r.n_queries == n_queries]

    def key(r: EngineRun) -> tuple[int, int, float, int]:
        group = 0 if r.role == "ours" and r.work == "queries" else 1 if r.role == "ours" else 2
        timed = 0 if r.ok else 1
        return (group, timed, -(r.mb_per_second or 0.0), r.threads)

    return sorted(runs, key=key)


def render_table(result: BenchResult) -> Table:
    """The side-by-side table: one row per engine, query-set size and thread count.

    MB/s and posts/s are medians over repeats; ``× peer`` is the ratio to the
    fastest peer at the same query-set size; a ``*`` after the posts count
    marks throughput measured on a sample (extrapolated). The caption holds
    the source, the kernel load time and the notes.
    """
    config = result.config
    table = Table(
        title=f"listenbench bench: {_number(float(config.posts), 0)} posts from {result.source}",
        caption_justify="left",
        show_lines=False,
    )
    for header, justify in (
        ("queries", "right"),
        ("engine", "left"),
        ("matches", "left"),
        ("threads", "right"),
        ("posts timed", "right"),
        ("MB/s", "right"),
        ("posts/s", "right"),
        ("× peer", "right"),
        ("build s", "right"),
        ("warm-up s", "right"),
        ("memory MB", "right"),
        ("agreement", "right"),
        ("note", "left"),
    ):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    sizes = list(dict.fromkeys(r.n_queries for r in result.runs))
    for index, n_queries in enumerate(sizes):
        rows = _ordered(result, n_queries)
        for k, r in enumerate(rows):
            ratio = result.ratio(r)
            agreement = r.agreement
            style = "bold" if r.role == "ours" and r.work == "queries" else None
            notes = [r.note] if r.note else []
            if r.slow_first_pass:
                first = _number(r.first_pass_mb_per_second)
                notes.append(f"first pass over new text: {first} MB/s")
            note = "; ".join(notes)
            table.add_row(
                f"{n_queries:,}" if k == 0 else "",
                Text(r.engine, style=style or ""),
                f"{r.n_patterns:,} {r.work}",
                str(r.threads),
                f"{r.posts:,}{'*' if r.extrapolated else ''}" if r.ok else "–",
                _number(r.mb_per_second),
                _number(r.posts_per_second, 0),
                "–" if ratio is None else f"{ratio:.2f}×",
                f"{r.build_seconds:.2f}" if r.status == STATUS_OK else "–",
                f"{r.warmup_seconds:.2f}" if r.status == STATUS_OK else "–",
                _mb(r.memory_bytes) if r.status == STATUS_OK else "–",
                "–" if agreement is None else f"{agreement.rate:.1%}",
                note or (r.status if r.status != STATUS_OK else ""),
            )
        if index < len(sizes) - 1:
            table.add_section()
    caption = [
        f"Kernel load (JIT or cache) {result.jit_seconds:.2f} s; query parsing "
        + ", ".join(f"{n:,} q: {s:.2f} s" for n, s in result.parse_seconds.items())
        + f"; peak RSS {_mb(result.peak_rss_bytes)} MB; wall {result.wall_seconds:.0f} s.",
        *result.notes,
    ]
    table.caption = "\n".join(caption)
    return table


def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _series(result: BenchResult) -> dict[str, list[EngineRun]]:
    """Timed 1-thread runs per engine, in query-set order."""
    series: dict[str, list[EngineRun]] = {}
    for r in sorted(result.runs, key=lambda r: r.n_queries):
        if r.ok and r.threads == 1:
            series.setdefault(r.engine, []).append(r)
    return series


def _plot_engines(result: BenchResult, path: Path) -> None:
    plt = _plt()
    sizes = list(dict.fromkeys(r.n_queries for r in result.runs)) or [0]
    fig, axes = plt.subplots(
        len(sizes), 1, figsize=(8, 1.2 + 0.45 * len(result.runs)), squeeze=False
    )
    for ax, n_queries in zip(axes[:, 0], sizes, strict=True):
        rows = [r for r in _ordered(result, n_queries) if r.ok][::-1]
        labels = [f"{r.engine} ({r.threads}t){' *' if r.extrapolated else ''}" for r in rows]
        values = [r.mb_per_second or 0.0 for r in rows]
        colors = ["tab:blue" if r.role == "ours" else "tab:gray" for r in rows]
        ax.barh(labels, values, color=colors)
        ax.set_xscale("log")
        ax.set_title(f"{n_queries:,} queries")
        ax.set_xlabel("MB/s (log scale; * = extrapolated from a sample)")
        for y, v in enumerate(values):
            ax.text(v, y, f" {v:,.1f}", va="center", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_queries(result: BenchResult, path: Path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for engine, runs in _series(result).items():
        style = "-o" if runs[0].role == "ours" else "--s"
        ax.plot([r.n_queries for r in runs], [r.mb_per_second for r in runs], style, label=engine)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("queries in the set")
    ax.set_ylabel("MB/s, 1 thread")
    ax.set_title("Throughput vs number of queries")
    ax.grid(True, which="both", alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_threads(result: BenchResult, path: Path) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6, 4))
    runs = [r for r in result.runs if r.engine == "listenbench" and r.ok]
    for n_queries in sorted({r.n_queries for r in runs}):
        points = sorted(
            (r.threads, r.mb_per_second or 0.0) for r in runs if r.n_queries == n_queries
        )
        ax.plot([p[0] for p in points], [p[1] for p in points], "-o", label=f"{n_queries:,} q")
    ax.set_xticks(sorted({r.threads for r in runs}) or [1])
    ax.set_ylim(bottom=0)
    ax.set_xlabel("threads")
    ax.set_ylabel("MB/s")
    ax.set_title("listenbench: throughput vs threads")
    ax.grid(True, alpha=0.3)
    if runs:
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _plot_posts(result: BenchResult, path: Path) -> None:
    plt = _plt()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 6.5), sharex=True)
    n_queries = max((p.n_queries for p in result.curve), default=0)
    lines: dict[tuple[str, int], list[tuple[int, float]]] = {}
    memory: list[tuple[int, float]] = []
    for p in result.curve:
        if p.n_queries != n_queries:
            continue
        if p.engine == "process":
            if p.rss_bytes is not None:
                memory.append((p.posts, p.rss_bytes / 1e6))
        elif p.seconds > 0:
            lines.setdefault((p.engine, p.threads), []).append((p.posts, p.bytes / p.seconds / 1e6))
    for (engine, threads), points in lines.items():
        top.plot(
            [x for x, _ in points],
            [y for _, y in points],
            "-o",
            markersize=3,
            label=f"{engine} ({threads}t)",
        )
    top.set_yscale("log")
    top.set_ylabel("cumulative MB/s")
    top.set_title(f"Throughput and memory along the stream ({n_queries:,} queries)")
    top.grid(True, which="both", alpha=0.3)
    if lines:
        top.legend(fontsize=7)
    bottom.plot([x for x, _ in memory], [y for _, y in memory], "-", color="tab:red")
    bottom.set_xlabel("posts streamed")
    bottom.set_ylabel("resident memory, MB")
    bottom.set_ylim(bottom=0)
    bottom.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_outputs(result: BenchResult, out_dir: str | Path) -> list[Path]:
    """Write ``bench.json`` and the four PNG plots into ``out_dir``; return their paths.

    The plots: MB/s per engine (bars, per query-set size), MB/s vs number of
    queries, listenbench's MB/s vs threads, and cumulative MB/s and resident
    memory along the stream.

    Example:
        >>> from listenbench.harness.bench._config import BenchConfig
        >>> import tempfile
        >>> result = BenchResult(BenchConfig(posts=1), "synth", runs=())
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     [p.name for p in write_outputs(result, tmp)][:2]
        ['bench.json', 'bench-engines.png']
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path = out / JSON_NAME
    json_path.write_text(result.to_json(), encoding="utf-8")
    paths = [json_path]
    plotters = (_plot_engines, _plot_queries, _plot_threads, _plot_posts)
    for name, plot in zip(PLOT_NAMES, plotters, strict=True):
        path = out / name
        plot(result, path)
        paths.append(path)
    return paths


def table_markdown(result: BenchResult, columns: Sequence[str] | None = None) -> str:
    """The table as GitHub Markdown (for the README's Performance section).

    Example:
        >>> from listenbench.harness.bench._config import BenchConfig
        >>> empty = BenchResult(BenchConfig(posts=1), "synth", runs=())
        >>> print(table_markdown(empty, columns=["engine", "MB/s"]))
        | engine | MB/s |
        |---|---|
    """
    table = render_table(result)
    headers = [str(c.header) for c in table.columns]
    keep = [i for i, h in enumerate(headers) if columns is None or h in columns]
    lines = [
        "| " + " | ".join(headers[i] for i in keep) + " |",
        "|" + "---|" * len(keep),
    ]
    cells = [list(c.cells) for c in table.columns]
    for row in range(table.row_count):
        lines.append("| " + " | ".join(str(cells[i][row]) for i in keep) + " |")
    return "\n".join(lines)
