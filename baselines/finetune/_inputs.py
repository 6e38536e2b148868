"""The two text segments a cross-encoder reads for one (post, entity) pair.

For entity tasks the first segment is a view of the entity (name, aliases,
description) and the second the post's text; for pair tasks the first is the
target word and ``Post.text``, the second ``Post.text_pair``.

Example:
    >>> from listenbench.corpora import Entity, Post
    >>> e = Entity("ms", "Microsoft", aliases=("Windows", "Office"), description="US software")
    >>> segments(Post("p", "new Windows update", "en"), e, pair=False)
    ('Microsoft (also: Windows, Office): US software', 'new Windows update')
    >>> segments(Post("p", "river bank", "en", text_pair="bank loan", target="bank"), e, pair=True)
    ('bank: river bank', 'bank loan')
"""

from __future__ import annotations

from collections.abc import Sequence

from listenbench.corpora import Entity, Post


def entity_view(entity: Entity) -> str:
    """The entity as text: ``Name (also: alias, ...): description``.

    Example:
        >>> entity_view(Entity("apple", "Apple", aliases=("Apple", "iPhone")))
        'Apple (also: iPhone)'
    """
    text = entity.name
    aliases = [alias for alias in entity.aliases if alias != entity.name]
    if aliases:
        text += f" (also: {', '.join(aliases)})"
    if entity.description:
        text += f": {entity.description}"
    return text


def segments(post: Post, entity: Entity, *, pair: bool) -> tuple[str, str]:
    """The (first, second) segment for one pair (see the module docstring)."""
    if pair:
        first = f"{post.target}: {post.text}" if post.target else post.text
        return first, post.text_pair or ""
    return entity_view(entity), post.text


def segment_lists(
    posts: Sequence[Post], entities: Sequence[Entity], *, pair: bool
) -> tuple[list[str], list[str]]:
    """First and second segments of parallel ``posts`` and ``entities``.

    Example:
        >>> from listenbench.corpora import Entity, Post
        >>> segment_lists([Post("p", "hi", "en")], [Entity("e", "E")], pair=False)
        (['E'], ['hi'])
    """
    views: dict[str, str] = {}
    firsts: list[str] = []
    seconds: list[str] = []
    for post, entity in zip(posts, entities, strict=True):
        if pair:
            first, second = segments(post, entity, pair=True)
        else:
            first = views.get(entity.id) or views.setdefault(entity.id, entity_view(entity))
            second = post.text
        firsts.append(first)
        seconds.append(second)
    return firsts, seconds
