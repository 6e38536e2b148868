"""The trivial baseline: a post is relevant to an entity if it mentions the
entity's name or any alias (same tokens and casefolding as the query language).

It is the floor every real model must beat, and it shows how far plain name
matching gets on ambiguous brand names.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np

from listenbench.baselines._protocol import ModelContext, ModelInfo, Predictions
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.keyword._ast import Node, Or, Phrase
from listenbench.baselines.keyword._compiler import compile_queries
from listenbench.corpora import Entity, Post
from listenbench.kernels import match


def alias_query(entity: Entity) -> Node | None:
    """The query ``"name" OR "alias1" OR ...`` for an entity (None if it has no names).

    Example:
        >>> from listenbench.corpora import Entity
        >>> alias_query(Entity("db", "Deutsche Bahn", aliases=("DB",)))
        Or(operands=(Phrase(text='Deutsche Bahn', case_sensitive=False, pos=0), \
Phrase(text='DB', case_sensitive=False, pos=0)))
    """
    names = []
    for name in (entity.name, *entity.aliases):
        cleaned = name.replace("*", " ").replace("?", " ").strip()
        if any(ch.isalnum() for ch in cleaned) and cleaned not in names:
            names.append(cleaned)
    if not names:
        return None
    phrases = tuple(Phrase(text=n) for n in names)
    return phrases[0] if len(phrases) == 1 else Or(operands=phrases)


class AliasModel:
    """Relevant iff the entity's name or an alias occurs in the post.

    Example:
        >>> from listenbench.corpora import Entity, Post
        >>> m = AliasModel()
        >>> e = [Entity("apple", "Apple", aliases=("iPhone", "苹果"))]
        >>> posts = [Post("1", "我买了苹果手机", "zh-Hans"), Post("2", "pineapple", "en")]
        >>> m.predict(posts, e).decisions[:, 0].tolist()
        [True, False]
    """

    @classmethod
    def from_spec(cls, arg: str, context: ModelContext) -> AliasModel:
        """The ``alias`` model takes no argument."""
        return cls()

    @property
    def info(self) -> ModelInfo:
        return ModelInfo(
            name="alias",
            family="keyword",
            version=listenbench_version(),
            config={"rule": "name or alias present (phrase match, casefolded)"},
        )

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Match each entity's name/alias query against every post."""
        columns: list[int] = []
        nodes: list[Node] = []
        for j, entity in enumerate(entities):
            node = alias_query(entity)
            if node is None:
                warnings.warn(f"entity {entity.id!r} has no usable name or alias", stacklevel=2)
                continue
            columns.append(j)
            nodes.append(node)
        decisions = np.zeros((len(posts), len(entities)), dtype=bool)
        if nodes:
            hits = match(
                compile_queries(nodes),
                [p.text for p in posts],
                [p.lang for p in posts],
                [p.channel for p in posts],
            )
            decisions[:, columns] = hits
        return Predictions(scores=decisions.astype(np.float64), decisions=decisions)
