"""Features of the TF-IDF baseline: character n-gram TF-IDF of the post plus a mention flag.

The vectorizer is fitted with scikit-learn, then kept as plain data (the
n-gram vocabulary and the idf weights) and applied by :meth:`CharTfidf.transform`
both in training and in prediction, so a saved model predicts exactly what
the trained one did and loading it unpickles nothing.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from listenbench.baselines._protocol import ModelSpecError
from listenbench.baselines.keyword import AliasModel
from listenbench.corpora import Entity, Post

#: scikit-learn analyzer used for the n-grams (n-grams inside word boundaries).
ANALYZER = "char_wb"


class CharTfidf:
    """Sublinear-tf, l2-normalised character n-gram TF-IDF with a fixed vocabulary.

    Example:
        >>> tf = CharTfidf.fit(["apple pie", "apple phone"], ngram=(2, 3))
        >>> x = tf.transform(["apple", "zzz"])
        >>> x.shape[0], round(float(x[0].multiply(x[0]).sum()), 6), x[1].nnz
        (2, 1.0, 0)
    """

    def __init__(self, terms: Sequence[str], idf: NDArray[np.float64], ngram: tuple[int, int]):
        if len(terms) != idf.shape[0]:
            raise ValueError(f"{len(terms)} terms but {idf.shape[0]} idf weights")
        self.terms = tuple(terms)
        self.idf = np.asarray(idf, dtype=np.float64)
        self.ngram = ngram
        self._counter = CountVectorizer(
            analyzer=ANALYZER,
            ngram_range=ngram,
            lowercase=True,
            vocabulary={t: i for i, t in enumerate(self.terms)},
            dtype=np.float64,
        )

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        ngram: tuple[int, int],
        min_df: int = 1,
        max_features: int = 0,
    ) -> CharTfidf:
        """Learn the vocabulary and idf weights from ``texts``.

        Raises:
            ModelSpecError: when the texts yield no n-gram at all.
        """
        vectorizer = TfidfVectorizer(
            analyzer=ANALYZER,
            ngram_range=ngram,
            lowercase=True,
            sublinear_tf=True,
            min_df=min_df,
            max_features=max_features or None,
            dtype=np.float64,
        )
        try:
            vectorizer.fit(list(texts))
        except ValueError as err:
            raise ModelSpecError(
                f"tfidf: no character n-grams to learn from the train split ({err})"
            ) from None
        vocabulary: dict[str, int] = vectorizer.vocabulary_
        terms = sorted(vocabulary, key=vocabulary.__getitem__)
        return cls(terms, np.asarray(vectorizer.idf_, dtype=np.float64), ngram)

    @property
    def n_features(self) -> int:
        return len(self.terms)

    def transform(self, texts: Sequence[str]) -> Any:
        """CSR matrix (len(texts), n_features): (1 + log tf) * idf, rows l2-normalised."""
        if not texts:
            return sp.csr_matrix((0, self.n_features), dtype=np.float64)
        x = sp.csr_matrix(self._counter.transform(list(texts)), dtype=np.float64)
        np.log(x.data, out=x.data)
        x.data += 1.0
        x.data *= self.idf[x.indices]
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0.0] = 1.0
        return sp.csr_matrix(sp.diags(1.0 / norms) @ x)


def post_texts(posts: Sequence[Post], pair: bool) -> list[str]:
    """The texts the vocabulary is fitted on: each post's text (and text_pair)."""
    texts = [p.text for p in posts]
    if pair:
        texts += [p.text_pair for p in posts if p.text_pair]
    return texts


def post_features(tfidf: CharTfidf, posts: Sequence[Post], pair: bool) -> Any:
    """CSR features of each post (entity-independent part).

    Single-text tasks: the TF-IDF of ``text``. Pair tasks: ``[tfidf(text),
    tfidf(text_pair), tfidf(text) * tfidf(text_pair)]`` (the element-wise
    product marks the n-grams the two texts share).
    """
    a = tfidf.transform([p.text for p in posts])
    if not pair:
        return a
    b = tfidf.transform([p.text_pair or "" for p in posts])
    return sp.hstack([a, b, a.multiply(b)], format="csr")


def n_post_features(tfidf: CharTfidf, pair: bool) -> int:
    """Number of columns :func:`post_features` returns."""
    return tfidf.n_features * (3 if pair else 1)


def mention_matrix(posts: Sequence[Post], entities: Sequence[Entity]) -> NDArray[np.float64]:
    """1.0 where the entity's name or an alias occurs in the post (the ``alias`` rule).

    Example:
        >>> mention_matrix([Post("1", "my iPhone", "en")],
        ...                [Entity("apple", "Apple", ("iPhone",)), Entity("x", "X")]).tolist()
        [[1.0, 0.0]]
    """
    if not posts or not entities:
        return np.zeros((len(posts), len(entities)), dtype=np.float64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # entities without a usable name never match
        hits = AliasModel().predict(posts, entities).decisions
    return np.asarray(hits, dtype=np.float64)
