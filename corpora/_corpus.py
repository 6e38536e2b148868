"""The loaded, validated corpus.

Example:
    >>> from listenbench.corpora._schema import Manifest, Post, Entity
    >>> corpus = Corpus(path=Path("c"), manifest=Manifest(name="c", version="1", licence="x",
    ...     source="s", languages=("en",), description=""),
    ...     posts=(Post("p1", "hi", "en", split="dev"),), entities=(Entity("e", "E"),),
    ...     labels=(), digest="sha256:0", queries_path=None)
    >>> corpus.post_index(), corpus.subset("dev").split
    ({'p1': 0}, 'dev')
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from listenbench.corpora._issues import CorpusError, ValidationIssue
from listenbench.corpora._schema import SPLITS, Entity, Label, Manifest, Post


@dataclass(frozen=True)
class Corpus:
    """A corpus folder's manifest and records, checked and ready to score.

    ``digest`` names the content of the whole corpus (see ``FORMAT.md``);
    a :meth:`subset` keeps the digest and records its ``split``.

    Example:
        >>> from listenbench.corpora import load_corpus
        >>> corpus = load_corpus("demo")  # doctest: +SKIP
        >>> corpus.name, corpus.digest[:7]  # doctest: +SKIP
        ('demo', 'sha256:')
    """

    path: Path
    manifest: Manifest
    posts: tuple[Post, ...]
    entities: tuple[Entity, ...]
    labels: tuple[Label, ...]
    digest: str
    queries_path: Path | None
    split: str | None = None

    @property
    def name(self) -> str:
        """The corpus name from the manifest."""
        return self.manifest.name

    @property
    def version(self) -> str:
        """The corpus version from the manifest."""
        return self.manifest.version

    def post_index(self) -> dict[str, int]:
        """Post id → position in :attr:`posts` (a new dict each call: keep it)."""
        return {post.id: index for index, post in enumerate(self.posts)}

    def entity_index(self) -> dict[str, int]:
        """Entity id → position in :attr:`entities` (a new dict each call: keep it)."""
        return {entity.id: index for index, entity in enumerate(self.entities)}

    def subset(self, split: str) -> Corpus:
        """The posts of one split and their labels; same entities and digest.

        Raises :class:`CorpusError` for an unknown split name, or when no post
        is in that split.

        Example:
            >>> corpus = load_corpus("demo")  # doctest: +SKIP
            >>> {post.split for post in corpus.subset("test").posts}  # doctest: +SKIP
            {'test'}
        """
        if split not in SPLITS:
            allowed = ", ".join(repr(name) for name in SPLITS)
            raise CorpusError(
                [
                    ValidationIssue(
                        self.name, None, f"unknown split {split!r}: expected one of {allowed}"
                    )
                ]
            )
        posts = tuple(post for post in self.posts if post.split == split)
        if not posts:
            present = sorted({post.split or "(none)" for post in self.posts})
            raise CorpusError(
                [
                    ValidationIssue(
                        self.name,
                        None,
                        f"no posts in split {split!r} (the posts' splits: {', '.join(present)})",
                    )
                ]
            )
        kept = {post.id for post in posts}
        labels = tuple(label for label in self.labels if label.post_id in kept)
        return replace(self, posts=posts, labels=labels, split=split)
