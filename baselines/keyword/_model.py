"""The keyword baseline: one boolean query per entity, matched by Numba kernels."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from listenbench.baselines._protocol import ModelContext, ModelInfo, ModelSpecError, Predictions
from listenbench.baselines._version import listenbench_version
from listenbench.baselines.keyword._compiler import compile_queries
from listenbench.baselines.keyword._queryfile import QuerySet, load_queries, parse_queries
from listenbench.corpora import Entity, Post
from listenbench.kernels import match


class KeywordModel:
    """Classify a post as relevant to an entity when the entity's query matches.

    Scores are 1.0 (match) or 0.0; an entity with no query never matches
    (a warning names it).

    Example:
        >>> from listenbench.corpora import Entity, Post
        >>> model = KeywordModel.from_text("apple: apple NOT (pie OR juice)")
        >>> posts = [Post("1", "New Apple phone!", "en"), Post("2", "apple pie", "en")]
        >>> model.predict(posts, [Entity("apple", "Apple")]).decisions[:, 0].tolist()
        [True, False]
    """

    def __init__(self, queries: QuerySet) -> None:
        self.queries = queries
        self._entity_ids = [entry.entity_id for entry in queries.entries]
        self._program = compile_queries([entry.node for entry in queries.entries])

    @classmethod
    def from_text(cls, text: str, source: str = "<string>") -> KeywordModel:
        """Build the model from query-file text (``ENTITY: query`` lines)."""
        return cls(parse_queries(text, source=source))

    @classmethod
    def from_spec(cls, arg: str, context: ModelContext) -> KeywordModel:
        """Build from a CLI spec argument: a query file, or empty for the corpus's own."""
        if arg:
            path = Path(arg)
        elif context.queries_path:
            path = Path(context.queries_path)
        else:
            raise ModelSpecError(
                "model 'keyword' needs a query file: write --model keyword:PATH "
                "(this corpus ships no queries.txt)"
            )
        if not path.is_file():
            raise ModelSpecError(f"keyword query file not found: {path}")
        return cls(load_queries(path))

    @property
    def info(self) -> ModelInfo:
        path = self.queries.path
        return ModelInfo(
            name="keyword" if path is None else f"keyword:{path.name}",
            family="keyword",
            version=listenbench_version(),
            config={
                "queries": str(path) if path is not None else "<string>",
                "query_set_hash": self.queries.digest,
                "n_queries": str(len(self.queries.entries)),
            },
        )

    def predict(self, posts: Sequence[Post], entities: Sequence[Entity]) -> Predictions:
        """Match every query against every post; columns follow ``entities``."""
        column = {entity.id: j for j, entity in enumerate(entities)}
        missing = [e.id for e in entities if e.id not in set(self._entity_ids)]
        if missing:
            warnings.warn(
                f"no keyword query for entities {', '.join(missing)}: they never match",
                stacklevel=2,
            )
        hits = match(
            self._program,
            [p.text for p in posts],
            [p.lang for p in posts],
            [p.channel for p in posts],
        )
        decisions = np.zeros((len(posts), len(entities)), dtype=bool)
        for q, entity_id in enumerate(self._entity_ids):
            j = column.get(entity_id)
            if j is not None:
                decisions[:, j] = hits[:, q]
        return Predictions(scores=decisions.astype(np.float64), decisions=decisions)
