"""Load a corpus folder (or built-in corpus) into a :class:`Corpus`.

Example:
    >>> from listenbench.corpora import load_corpus
    >>> load_corpus("demo").name  # doctest: +SKIP
    'demo'
"""

from __future__ import annotations

from pathlib import Path

from listenbench.corpora._corpus import Corpus
from listenbench.corpora._issues import CorpusError
from listenbench.corpora._registry import resolve_corpus
from listenbench.corpora._validate import check_corpus


def load_corpus(path_or_name: str | Path, *, verify: bool = True) -> Corpus:
    """Load and validate a corpus given by folder path or built-in name.

    Raises :class:`CorpusError` (carrying every issue) if the corpus has any
    error; warnings are allowed. ``verify=False`` skips comparing the files'
    SHA-256 sums with the manifest (handy while editing a corpus); the
    content is checked either way.

    Example:
        >>> corpus = load_corpus("demo")  # doctest: +SKIP
        >>> len(corpus.posts) > 0, corpus.digest.startswith("sha256:")  # doctest: +SKIP
        (True, True)
    """
    folder = resolve_corpus(path_or_name)
    issues, checked = check_corpus(folder, verify=verify)
    if checked is None:
        raise CorpusError(issues, path=folder)
    return Corpus(
        path=folder.resolve(),
        manifest=checked.manifest,
        posts=checked.posts,
        entities=checked.entities,
        labels=checked.labels,
        digest=checked.digest,
        queries_path=checked.queries_path,
    )
