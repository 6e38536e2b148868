"""Record types of the listenbench corpus format (see ``corpora/FORMAT.md``).

A corpus is a folder holding a flat ``corpus.toml`` manifest and three JSONL
files: posts, entities and labels (one label per (post, entity) pair).

Example:
    >>> post = Post(id="p1", text="I love my new iPhone", lang="en")
    >>> post.split is None
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Allowed values of ``Label.level`` (listening maturity levels).
LEVELS: tuple[str, ...] = ("direct", "about", "competitor", "category", "none")
#: Allowed values of ``Post.split``.
SPLITS: tuple[str, ...] = ("train", "dev", "test")
#: Allowed values of ``Label.sentiment``.
SENTIMENTS: tuple[str, ...] = ("negative", "neutral", "positive", "mixed")
#: Conventional values of ``Post.channel`` (others are accepted).
CHANNELS: tuple[str, ...] = (
    "twitter",
    "forum",
    "review",
    "news",
    "chat",
    "facebook",
    "blog",
    "other",
)
#: Allowed values of ``FileEntry.kind``.
FILE_KINDS: tuple[str, ...] = ("posts", "entities", "labels", "queries", "other")
#: The record files every corpus has, in corpus-digest order.
DATA_KINDS: tuple[str, ...] = ("posts", "entities", "labels")
#: The newest ``format_version`` this code reads.
FORMAT_VERSION: int = 1


@dataclass(frozen=True, slots=True)
class Post:
    """One social-media post (the haystack item)."""

    id: str
    text: str
    lang: str
    channel: str | None = None
    created_at: str | None = None
    author: str | None = None
    split: str | None = None
    #: Second text of a pair-classification item (task ``pair``), e.g. the other
    #: sentence of a word-in-context pair.
    text_pair: str | None = None
    #: The word or phrase a pair item asks about (e.g. the WiC lemma), if any.
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A brand (or other target) being listened for."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    competitors: tuple[str, ...] = ()
    category: str | None = None


@dataclass(frozen=True, slots=True)
class Label:
    """Gold label of one (post, entity) pair."""

    post_id: str
    entity_id: str
    relevant: bool
    level: str | None = None
    sentiment: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One data file listed in the manifest, with its SHA-256."""

    path: str
    sha256: str
    kind: str  # "posts" | "entities" | "labels" | "queries" | "other"


@dataclass(frozen=True, slots=True)
class Manifest:
    """The flat manifest (``corpus.toml``) describing a corpus folder."""

    name: str
    version: str
    licence: str
    source: str
    languages: tuple[str, ...]
    description: str
    files: tuple[FileEntry, ...] = ()
    task: str = "relevance"
    format_version: int = 1
    extra: dict[str, str] = field(default_factory=dict)
    #: The keyword query file beside the corpus (relative path), if any.
    queries: str | None = None
