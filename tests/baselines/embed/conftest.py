"""Fakes for the embedding-family tests: counting and geometric encoders, in-memory corpora."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from listenbench.baselines.embed import HashEncoder
from listenbench.corpora import Corpus, Entity, Label, Manifest, Post


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes embeddings under its own tmp folder, never ~/.cache."""
    cache = tmp_path / "lb-cache"
    monkeypatch.setenv("LISTENBENCH_CACHE_DIR", str(cache))
    return cache


class CountingEncoder:
    """A hash encoder that records every batch it is asked to encode."""

    def __init__(self, dim: int = 32, id: str = "counting:v1") -> None:
        self._inner = HashEncoder(dim)
        self._id = id
        self.calls: list[list[str]] = []

    @property
    def id(self) -> str:
        return self._id

    @property
    def dim(self) -> int:
        return self._inner.dim

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        self.calls.append(list(texts))
        return self._inner.encode(texts)


_SIM = re.compile(r"sim=(-?[0-9.]+)")


class AngleEncoder:
    """Texts holding ``sim=S`` map to (S, sqrt(1 - S²), 0); any other text to (1, 0, 0).

    So the cosine of a post ``"... sim=S ..."`` with any entity view is exactly S,
    and two posts with sims S and T have cosine S*T + sqrt((1-S²)(1-T²)).
    """

    id = "angle:v1"
    dim = 3

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        out = np.zeros((len(texts), 3), dtype=np.float32)
        for row, text in enumerate(texts):
            match = _SIM.search(text)
            if match is None:
                out[row] = (1.0, 0.0, 0.0)
            else:
                s = float(match.group(1))
                out[row] = (s, np.sqrt(1.0 - s * s), 0.0)
        return out


@pytest.fixture
def counting_encoder() -> Callable[..., CountingEncoder]:
    return CountingEncoder


@pytest.fixture
def angle_encoder() -> AngleEncoder:
    return AngleEncoder()


def _corpus(
    posts: Sequence[Post], entities: Sequence[Entity], labels: Sequence[Label], name: str = "t"
) -> Corpus:
    manifest = Manifest(
        name=name,
        version="1",
        licence="CC0-1.0",
        source="tests",
        languages=("en",),
        description="",
    )
    return Corpus(
        path=Path(name),
        manifest=manifest,
        posts=tuple(posts),
        entities=tuple(entities),
        labels=tuple(labels),
        digest=f"sha256:{name}",
        queries_path=None,
    )


@pytest.fixture
def build_corpus() -> Callable[..., Corpus]:
    """An in-memory Corpus from records (no files, no validation: fast)."""
    return _corpus
