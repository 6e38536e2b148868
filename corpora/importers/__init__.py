"""Importers: turn public labelled datasets into listenbench corpus folders.

``IMPORTERS`` is the explicit registry (name → :class:`Importer`);
:func:`import_corpus` runs one by name.

Example:
    >>> "germeval2017" in IMPORTERS and "zh_shopping" in IMPORTERS
    True
    >>> IMPORTERS["germeval2017"].default_source
    '../shared/data/germeval2017/dev.tsv'
"""

from __future__ import annotations

from pathlib import Path

from listenbench.corpora.importers import germeval2017, zh_shopping
from listenbench.corpora.importers._base import Importer, ImporterError, ImportOptions

#: Every importer, by name.
IMPORTERS: dict[str, Importer] = {
    germeval2017.NAME: Importer(
        name=germeval2017.NAME,
        description=(
            "GermEval 2017: German posts about Deutsche Bahn, relevant or not, with sentiment "
            "and aspects (CC BY-NC 4.0)"
        ),
        default_source=germeval2017.DEFAULT_SOURCE,
        run=germeval2017.run,
    ),
    zh_shopping.NAME: Importer(
        name=zh_shopping.NAME,
        description=(
            "Chinese shopping reviews in 10 categories: relevant to 蒙牛 (Mengniu, dairy) iff in "
            "its category, with sentiment (no licence stated)"
        ),
        default_source=zh_shopping.DEFAULT_SOURCE,
        run=zh_shopping.run,
    ),
}


def import_corpus(
    name: str, src: str | Path, out: str | Path, *, limit: int | None = None, seed: int = 0
) -> Path:
    """Run the importer ``name`` on the source file ``src``, writing a corpus folder at ``out``.

    Raises :class:`ImporterError` for an unknown importer (listing the known
    ones), a missing or malformed source file (naming file and line) or a bad
    ``limit``; the written corpus is validated (``CorpusError`` if invalid).

    Example:
        >>> try:
        ...     import_corpus("nope", "x.tsv", "out")
        ... except ImporterError as exc:
        ...     print(exc)  # doctest: +ELLIPSIS
        unknown importer 'nope' (known: germeval2017, ...)
    """
    importer = IMPORTERS.get(name)
    if importer is None:
        known = ", ".join(sorted(IMPORTERS))
        raise ImporterError(f"unknown importer {name!r} (known: {known})")
    if limit is not None and limit < 1:
        raise ImporterError(f"limit must be a positive number of rows, got {limit}")
    source = Path(src)
    if not source.is_file():
        problem = "is a folder, not a file" if source.is_dir() else "source file not found"
        raise ImporterError(
            f"{problem} (the {name} importer reads {importer.default_source} "
            "in a listenbench checkout)",
            file=source,
        )
    target = Path(out)
    if target.exists() and not target.is_dir():
        raise ImporterError("output must be a folder, and a file of that name exists", file=target)
    try:
        return importer.run(source, target, ImportOptions(limit=limit, seed=seed))
    except OSError as exc:
        raise ImporterError(
            f"cannot write the corpus: {exc.strerror or exc}", file=exc.filename or target
        ) from None


__all__ = ["IMPORTERS", "ImportOptions", "Importer", "ImporterError", "import_corpus"]
