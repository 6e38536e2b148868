"""Text views: the string an encoder sees for a post, a pair item and an entity.

- A post is embedded as its ``text``, unchanged (hashtags, mentions and emoji
  carry meaning for the multilingual encoders).
- A ``pair`` item (task ``pair``) is two texts, ``text`` and ``text_pair``,
  embedded separately and compared with each other; ``target`` (the word the
  pair asks about) is not embedded — sentence encoders do not single out one
  word, which is what the fine-tuned family is for.
- An entity is embedded as one short description: its name, its aliases in
  brackets, its description and its category. The description's exclusion
  clause (``"Not: the fruit, ..."``, the corpus convention for what an entity
  is *not*) is left out: an embedding cannot negate, so naming the fruit would
  pull fruit posts *towards* Apple.

Example:
    >>> from listenbench.corpora import Entity
    >>> entity_view(Entity("apple", "Apple", aliases=("iPhone", "苹果"),
    ...     description="US consumer-electronics company. Not: the fruit.",
    ...     category="technology"))
    'Apple (iPhone, 苹果): US consumer-electronics company. Category: technology.'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from listenbench.baselines._protocol import ModelSpecError
from listenbench.corpora import Entity, Post

#: Names the entity view's recipe in model configs (bump when it changes).
ENTITY_VIEW_VERSION = "name+aliases+description-without-Not+category/v1"

_EXCLUSION = re.compile(r"(?:^|(?<=[\s.;:!?。]))Not:.*\Z", re.DOTALL)


def post_view(post: Post) -> str:
    """What is embedded for a post: its text.

    Example:
        >>> post_view(Post("p1", "New iPhone day!", "en"))
        'New iPhone day!'
    """
    return post.text


def pair_view(post: Post) -> tuple[str, str]:
    """The two texts of a ``pair`` item, compared with each other.

    Raises:
        ModelSpecError: when the post has no ``text_pair``.

    Example:
        >>> pair_view(Post("w1", "the bank of the river", "en", text_pair="a bank loan"))
        ('the bank of the river', 'a bank loan')
    """
    if post.text_pair is None:
        raise ModelSpecError(
            f"post {post.id!r} has no text_pair: the pair task compares text with text_pair"
        )
    return post.text, post.text_pair


def strip_exclusions(description: str) -> str:
    """A description without its trailing ``Not: ...`` clause.

    Example:
        >>> strip_exclusions("Mexican lager. Not: the coronavirus, crowns.")
        'Mexican lager.'
        >>> strip_exclusions("Nothing to strip: Notion is fine.")
        'Nothing to strip: Notion is fine.'
    """
    return _EXCLUSION.sub("", description).strip()


def entity_view(entity: Entity) -> str:
    """What is embedded for an entity: name (aliases): description. Category: category.

    Aliases equal to the name (ignoring case) are left out; empty parts are
    skipped, so a bare entity is embedded as its name.

    Example:
        >>> entity_view(Entity("orange", "Orange", aliases=("orange", "Orange SA")))
        'Orange (Orange SA)'
    """
    seen = {entity.name.casefold()}
    aliases: list[str] = []
    for alias in entity.aliases:
        if alias.strip() and alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias.strip())
    head = entity.name + (f" ({', '.join(aliases)})" if aliases else "")
    parts = [head]
    description = strip_exclusions(entity.description)
    if description:
        parts[0] = f"{head}: {description}"
    if entity.category:
        parts.append(f"Category: {entity.category}.")
    return " ".join(parts)


def post_views(posts: Sequence[Post]) -> list[str]:
    """:func:`post_view` of every post."""
    return [post_view(p) for p in posts]


def entity_views(entities: Sequence[Entity]) -> list[str]:
    """:func:`entity_view` of every entity."""
    return [entity_view(e) for e in entities]
