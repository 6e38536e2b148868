"""Corpora: the listenbench corpus format, its validator, loader and writer.

A corpus is a folder with a ``corpus.toml`` manifest and three JSON Lines
files (posts, entities, labels); ``corpora/FORMAT.md`` is the specification.
Built-in corpora live in sub-folders of this package; importers for public
datasets are in :mod:`listenbench.corpora.importers`.

Example:
    >>> from listenbench.corpora import load_corpus, validate_corpus
    >>> corpus = load_corpus("demo")  # doctest: +SKIP
    >>> [str(issue) for issue in validate_corpus(corpus.path) if issue.is_error]  # doctest: +SKIP
    []
"""

from __future__ import annotations

from listenbench.corpora._corpus import Corpus
from listenbench.corpora._digest import corpus_digest, file_sha256
from listenbench.corpora._issues import CorpusError, ValidationIssue
from listenbench.corpora._load import load_corpus
from listenbench.corpora._quality import Suspicion, find_suspicious
from listenbench.corpora._registry import builtin_corpora, resolve_corpus
from listenbench.corpora._schema import (
    CHANNELS,
    FILE_KINDS,
    FORMAT_VERSION,
    LEVELS,
    SENTIMENTS,
    SPLITS,
    Entity,
    FileEntry,
    Label,
    Manifest,
    Post,
)
from listenbench.corpora._tasks import TASK_KINDS, TASKS, Task, TaskError, TaskKind, resolve_task
from listenbench.corpora._validate import validate_corpus
from listenbench.corpora._write import rehash_manifest, write_corpus

__all__ = [
    "CHANNELS",
    "FILE_KINDS",
    "FORMAT_VERSION",
    "LEVELS",
    "SENTIMENTS",
    "SPLITS",
    "TASKS",
    "TASK_KINDS",
    "Corpus",
    "CorpusError",
    "Entity",
    "FileEntry",
    "Label",
    "Manifest",
    "Post",
    "Suspicion",
    "Task",
    "TaskError",
    "TaskKind",
    "ValidationIssue",
    "builtin_corpora",
    "corpus_digest",
    "file_sha256",
    "find_suspicious",
    "load_corpus",
    "rehash_manifest",
    "resolve_corpus",
    "resolve_task",
    "validate_corpus",
    "write_corpus",
]
