"""Label-quality checks: list the items of a corpus that look wrong.

:func:`find_suspicious` runs four checks on a loaded corpus and returns one
:class:`Suspicion` per problem found:

- ``conflicting-labels``: the same text (NFKC, casefolded, whitespace
  collapsed) in several posts whose labels for one entity differ (relevance,
  level or sentiment);
- ``relevant-without-alias``: a relevant label whose post contains neither the
  entity's name nor any alias, in any form (casefolded substring);
- ``near-duplicate-across-splits``: posts in different splits whose texts are
  identical once digits, punctuation, symbols, spaces and case are removed;
- ``entity-coverage``: an entity with fewer than ``min_pairs`` labelled pairs,
  or with one class only (all relevant or all not).

Example:
    >>> from listenbench.corpora import load_corpus
    >>> [str(s) for s in find_suspicious(load_corpus("demo"), min_pairs=1)]  # doctest: +SKIP
    []
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from listenbench.corpora._corpus import Corpus
from listenbench.corpora._schema import Entity, Label, Post

#: The kinds of :class:`Suspicion`, in the order :func:`find_suspicious` reports them.
SUSPICION_KINDS: tuple[str, ...] = (
    "conflicting-labels",
    "relevant-without-alias",
    "near-duplicate-across-splits",
    "entity-coverage",
)


@dataclass(frozen=True, slots=True)
class Suspicion:
    """One suspicious item (or group of items) in a corpus.

    ``kind`` is one of :data:`SUSPICION_KINDS`; ``post_ids`` are the posts
    involved (empty for ``entity-coverage``); ``entity_id`` the entity, where
    one is concerned.

    Example:
        >>> str(Suspicion("entity-coverage", "entity 'x': 3 labelled pairs (< 30)", (), "x"))
        "entity-coverage: entity 'x': 3 labelled pairs (< 30)"
    """

    kind: str
    message: str
    post_ids: tuple[str, ...] = ()
    entity_id: str | None = None

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


def normalise_text(text: str) -> str:
    """The text as compared by the ``conflicting-labels`` check.

    NFKC, casefolded, runs of whitespace collapsed to one space, stripped.

    Example:
        >>> normalise_text("  Apple  PIE\\n")
        'apple pie'
    """
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def skeleton(text: str) -> str:
    """The letters (and combining marks) of a text, casefolded: the near-duplicate key.

    Digits, punctuation, symbols (emoji), spaces and case are removed, so
    texts that differ only in those have the same skeleton.

    Example:
        >>> skeleton("Bought 2 iPhones!!! 😍") == skeleton("bought 3 iphones 🙄")
        True
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LM")


def _names(entity: Entity) -> list[str]:
    names = [normalise_text(name) for name in (entity.name, *entity.aliases)]
    return [name for name in names if name]


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _label_key(label: Label) -> tuple[bool, str | None, str | None]:
    return (label.relevant, label.level, label.sentiment)


def _show_key(key: tuple[bool, str | None, str | None]) -> str:
    relevant, level, sentiment = key
    parts = ["relevant" if relevant else "not relevant"]
    if level is not None:
        parts.append(level)
    if sentiment is not None:
        parts.append(sentiment)
    return "/".join(parts)


def _conflicts(posts: dict[str, Post], labels: Iterable[Label]) -> list[Suspicion]:
    by_text: dict[tuple[str, str], list[Label]] = defaultdict(list)
    for label in labels:
        post = posts.get(label.post_id)
        if post is not None:
            by_text[(normalise_text(post.text), label.entity_id)].append(label)
    found: list[Suspicion] = []
    for (text, entity_id), group in by_text.items():
        keys = {_label_key(label) for label in group}
        if len(keys) < 2:
            continue
        shown = ", ".join(
            f"{label.post_id}: {_show_key(_label_key(label))}"
            for label in sorted(group, key=lambda lab: lab.post_id)
        )
        found.append(
            Suspicion(
                "conflicting-labels",
                f"entity {entity_id!r}: the same text {_short(text)} has different labels "
                f"({shown})",
                tuple(sorted(label.post_id for label in group)),
                entity_id,
            )
        )
    return found


def _missing_alias(
    posts: dict[str, Post], entities: dict[str, Entity], labels: Iterable[Label]
) -> list[Suspicion]:
    names = {entity_id: _names(entity) for entity_id, entity in entities.items()}
    found: list[Suspicion] = []
    for label in labels:
        post = posts.get(label.post_id)
        if not label.relevant or post is None or label.entity_id not in names:
            continue
        text = normalise_text(post.text)
        if not any(name in text for name in names[label.entity_id]):
            found.append(
                Suspicion(
                    "relevant-without-alias",
                    f"post {post.id!r} is labelled relevant to {label.entity_id!r} but "
                    f"contains neither its name nor an alias: {_short(post.text)}",
                    (post.id,),
                    label.entity_id,
                )
            )
    return found


def _near_duplicates(posts: Iterable[Post]) -> list[Suspicion]:
    by_key: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        if post.split is not None:
            by_key[skeleton(post.text)].append(post)
    found: list[Suspicion] = []
    for group in by_key.values():
        splits = sorted({post.split for post in group if post.split is not None})
        if len(splits) < 2:
            continue
        ids = tuple(sorted(post.id for post in group))
        shown = ", ".join(f"{post.id} ({post.split})" for post in group)
        found.append(
            Suspicion(
                "near-duplicate-across-splits",
                f"near-duplicate texts in splits {', '.join(splits)}: {shown}: "
                f"{_short(group[0].text)}",
                ids,
            )
        )
    return found


def _coverage(
    entities: Iterable[Entity], labels: Iterable[Label], min_pairs: int
) -> list[Suspicion]:
    pairs: dict[str, int] = defaultdict(int)
    relevant: dict[str, int] = defaultdict(int)
    for label in labels:
        pairs[label.entity_id] += 1
        relevant[label.entity_id] += int(label.relevant)
    found: list[Suspicion] = []
    for entity in entities:
        n, pos = pairs[entity.id], relevant[entity.id]
        problems = []
        if n < min_pairs:
            problems.append(f"{n} labelled pairs (fewer than {min_pairs})")
        if n and pos in (0, n):
            problems.append(f"one class only ({'all' if pos else 'no'} pairs relevant)")
        if problems:
            found.append(
                Suspicion(
                    "entity-coverage",
                    f"entity {entity.id!r}: {'; '.join(problems)}",
                    (),
                    entity.id,
                )
            )
    return found


def find_suspicious(corpus: Corpus, *, min_pairs: int = 30) -> list[Suspicion]:
    """List the suspicious items of a corpus (see the module docstring for the checks).

    Suspicions come grouped by kind in the order of :data:`SUSPICION_KINDS`;
    an empty list means the corpus passed every check. ``min_pairs`` is the
    fewest labelled pairs an entity may have (``0`` turns that part off).

    Example:
        >>> from pathlib import Path
        >>> from listenbench.corpora._schema import Manifest
        >>> posts = (Post("p1", "apple pie", "en", split="train"),
        ...          Post("p2", "Apple pie!", "en", split="test"))
        >>> labels = (Label("p1", "apple", False, "none"), Label("p2", "apple", True, "about"))
        >>> corpus = Corpus(Path("c"), Manifest("c", "1", "x", "s", ("en",), ""), posts,
        ...                 (Entity("apple", "Apple", ("iPhone",)),), labels, "sha256:0", None)
        >>> [s.kind for s in find_suspicious(corpus, min_pairs=0)]
        ['near-duplicate-across-splits']
        >>> [s.kind for s in find_suspicious(corpus, min_pairs=3)]
        ['near-duplicate-across-splits', 'entity-coverage']
    """
    posts = {post.id: post for post in corpus.posts}
    entities = {entity.id: entity for entity in corpus.entities}
    return [
        *_conflicts(posts, corpus.labels),
        *_missing_alias(posts, entities, corpus.labels),
        *_near_duplicates(corpus.posts),
        *_coverage(corpus.entities, corpus.labels, min_pairs),
    ]
