"""Fixtures for the corpora tests: a builder of small corpus folders written by hand.

The builder writes files and ``corpus.toml`` itself (with :mod:`hashlib`), not
through listenbench's writer, so tests can plant any defect.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

POSTS: list[dict[str, Any]] = [
    {"id": "p1", "text": "Loving the new iPhone camera", "lang": "en", "split": "train"},
    {"id": "p2", "text": "Apple pie recipe from my grandmother", "lang": "en", "split": "test"},
    {
        "id": "p3",
        "text": "Le nouveau Galaxy est sorti",
        "lang": "fr",
        "split": "test",
        "channel": "forum",
        "created_at": "2024-03-01T09:30:00Z",
        "author": "@marie",
    },
]
ENTITIES: list[dict[str, Any]] = [
    {"id": "apple", "name": "Apple", "aliases": ["iPhone"], "competitors": ["samsung"]},
    {"id": "samsung", "name": "Samsung", "category": "consumer electronics"},
]
LABELS: list[dict[str, Any]] = [
    {
        "post_id": "p1",
        "entity_id": "apple",
        "relevant": True,
        "level": "direct",
        "sentiment": "positive",
    },
    {"post_id": "p2", "entity_id": "apple", "relevant": False, "level": "none"},
    {"post_id": "p3", "entity_id": "samsung", "relevant": True, "tags": ["product:galaxy"]},
]
MANIFEST_TOP: dict[str, str] = {
    "format_version": "1",
    "name": '"tiny"',
    "version": '"1.0.0"',
    "licence": '"CC0-1.0"',
    "source": '"tests"',
    "languages": '["en", "fr"]',
    "description": '"A tiny corpus for tests"',
}


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class CorpusBuilder:
    """Writes corpus folders under ``root``; edit the public fields, then :meth:`build`."""

    root: Path
    posts: list[dict[str, Any]] = field(default_factory=lambda: copy.deepcopy(POSTS))
    entities: list[dict[str, Any]] = field(default_factory=lambda: copy.deepcopy(ENTITIES))
    labels: list[dict[str, Any]] = field(default_factory=lambda: copy.deepcopy(LABELS))
    top: dict[str, str] = field(default_factory=lambda: dict(MANIFEST_TOP))

    def build(
        self,
        name: str = "tiny",
        *,
        raw: dict[str, bytes] | None = None,
        extra_files: dict[str, tuple[str, bytes]] | None = None,
        sha_override: dict[str, str] | None = None,
        manifest_text: str | None = None,
        manifest_tail: str = "",
    ) -> Path:
        """Write a corpus folder; ``raw`` replaces a record file's bytes by name.

        ``extra_files`` maps a path to (kind, bytes) for more [[files]] entries;
        ``sha_override`` puts another sha256 in the manifest for a path;
        ``manifest_text`` replaces corpus.toml entirely.
        """
        folder = self.root / name
        folder.mkdir(parents=True, exist_ok=True)
        files: dict[str, tuple[str, bytes]] = {
            "posts.jsonl": ("posts", jsonl(self.posts)),
            "entities.jsonl": ("entities", jsonl(self.entities)),
            "labels.jsonl": ("labels", jsonl(self.labels)),
        }
        for path, data in (raw or {}).items():
            files[path] = (files[path][0], data)
        files.update(extra_files or {})
        lines = [f"{key} = {value}" for key, value in self.top.items()]
        for path, (kind, data) in files.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(data)
            digest = (sha_override or {}).get(path, sha(data))
            lines += [
                "",
                "[[files]]",
                f'path = "{path}"',
                f'kind = "{kind}"',
                f'sha256 = "{digest}"',
            ]
        text = "\n".join(lines) + "\n" + manifest_tail
        (folder / "corpus.toml").write_text(
            text if manifest_text is None else manifest_text, encoding="utf-8"
        )
        return folder


@pytest.fixture
def builder(tmp_path: Path) -> CorpusBuilder:
    """A :class:`CorpusBuilder` holding the valid tiny corpus (3 posts, 2 entities, 3 labels)."""
    return CorpusBuilder(tmp_path)


def _shared_data() -> Path | None:
    env = os.environ.get("LISTENBENCH_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2].parent / "shared" / "data")
    return next((path for path in candidates if path.is_dir()), None)


@pytest.fixture
def germeval_tsv() -> Path:
    """The real GermEval 2017 dev.tsv, or skip."""
    data = _shared_data()
    if data is None or not (data / "germeval2017" / "dev.tsv").is_file():
        pytest.skip(
            "GermEval 2017 data not found: expected ../shared/data/germeval2017/dev.tsv beside "
            "the checkout, or set LISTENBENCH_SHARED_DATA"
        )
    return data / "germeval2017" / "dev.tsv"
