"""Importers: turn public labelled datasets into listenbench corpus folders.

``IMPORTERS`` is the explicit registry (name → :class:`Importer`);
:func:`import_corpus` runs one by name.

Example:
    >>> sorted(IMPORTERS)
    ['complaints', 'germeval2017', 'mclwic', 'wic', 'xlmt_sentiment', 'zh_shopping']
    >>> IMPORTERS["germeval2017"].default_source, IMPORTERS["wic"].source_kind
    ('../shared/data/germeval2017/dev.tsv', 'folder')

See ``IMPORTERS.md`` beside this file for what each one makes of its source.
"""

from __future__ import annotations

from pathlib import Path

from listenbench.corpora.importers import (
    complaints,
    germeval2017,
    mclwic,
    wic,
    xlmt_sentiment,
    zh_shopping,
)
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
    complaints.NAME: Importer(
        name=complaints.NAME,
        description=(
            "English tweets to brands' customer-service accounts (and random tweets): is it a "
            "complaint? (Preotiuc-Pietro et al. 2019; no licence stated)"
        ),
        default_source=complaints.DEFAULT_SOURCE,
        run=complaints.run,
    ),
    xlmt_sentiment.NAME: Importer(
        name=xlmt_sentiment.NAME,
        description=(
            "XLM-T/UMSAB tweet sentiment in 8 languages (ar de en es fr hi it pt), negative / "
            "neutral / positive; task sentiment (Apache-2.0 repo, source datasets' terms)"
        ),
        default_source=xlmt_sentiment.DEFAULT_SOURCE,
        run=xlmt_sentiment.run,
        source_kind="folder",
    ),
    wic.NAME: Importer(
        name=wic.NAME,
        description=(
            "WiC, English word-in-context: same meaning of a word in two sentences? Task pair "
            "(CC BY-NC 4.0)"
        ),
        default_source=wic.DEFAULT_SOURCE,
        run=wic.run,
        source_kind="folder",
    ),
    mclwic.NAME: Importer(
        name=mclwic.NAME,
        description=(
            "MCL-WiC (SemEval-2021 Task 2), word-in-context in ar en fr ru zh: same meaning "
            "of a word in two sentences? Task pair (CC BY-NC 4.0)"
        ),
        default_source=mclwic.DEFAULT_SOURCE,
        run=mclwic.run,
        source_kind="folder",
    ),
}


def import_corpus(
    name: str, src: str | Path, out: str | Path, *, limit: int | None = None, seed: int = 0
) -> Path:
    """Run the importer ``name`` on the source ``src``, writing a corpus folder at ``out``.

    ``src`` is a file or a folder, as the importer's ``source_kind`` says.
    Raises :class:`ImporterError` for an unknown importer (listing the known
    ones), a missing or malformed source (naming file and line) or a bad
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
        known = ", ".join(IMPORTERS)  # in registration order
        raise ImporterError(f"unknown importer {name!r} (known: {known})")
    if limit is not None and limit < 1:
        raise ImporterError(f"limit must be a positive number of rows, got {limit}")
    source = Path(src)
    if importer.source_kind == "folder":
        problem = None if source.is_dir() else "source folder not found"
        if source.is_file():
            problem = "is a file, not a folder"
    else:
        problem = None if source.is_file() else "source file not found"
        if source.is_dir():
            problem = "is a folder, not a file"
    if problem is not None:
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
