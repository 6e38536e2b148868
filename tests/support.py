"""Test support: a tiny corpus written by hand, and where ../shared/data is."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path | None:
    """../shared/data beside the checkout (or $LISTENBENCH_SHARED_DATA), if present."""
    env = os.environ.get("LISTENBENCH_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(REPO.parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def _jsonl(rows: Iterable[Mapping[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def make_corpus(
    root: Path,
    posts: list[dict[str, Any]],
    entities: list[dict[str, Any]],
    labels: list[dict[str, Any]],
    queries: str | None = None,
    name: str = "tiny",
    task: str | None = None,
) -> Path:
    """Write a corpus folder by hand (independently of listenbench's writer)."""
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "posts.jsonl": ("posts", _jsonl(posts)),
        "entities.jsonl": ("entities", _jsonl(entities)),
        "labels.jsonl": ("labels", _jsonl(labels)),
    }
    if queries is not None:
        files["queries.txt"] = ("queries", queries.encode("utf-8"))
    langs = sorted({p["lang"] for p in posts})
    lines = [
        "format_version = 1",
        f'name = "{name}"',
        'version = "0.0.1"',
        'licence = "CC0-1.0"',
        'source = "written in the test suite"',
        "languages = [" + ", ".join(json.dumps(x) for x in langs) + "]",
        'description = "a tiny corpus for tests"',
    ]
    if queries is not None:
        lines.append('queries = "queries.txt"')
    if task is not None:
        lines.append(f'task = "{task}"')
    for path, (kind, data) in files.items():
        (root / path).write_bytes(data)
        lines += [
            "",
            "[[files]]",
            f'path = "{path}"',
            f'kind = "{kind}"',
            f'sha256 = "{hashlib.sha256(data).hexdigest()}"',
        ]
    (root / "corpus.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


TINY_POSTS = [
    {
        "id": "p1",
        "text": "I must get Office off Windows today",
        "lang": "en",
        "split": "test",
        "channel": "twitter",
    },
    {
        "id": "p2",
        "text": "I need to clean the windows of my office",
        "lang": "en",
        "split": "test",
        "channel": "forum",
    },
    {"id": "p3", "text": "我买了苹果手机", "lang": "zh-Hans", "split": "test", "channel": "chat"},
    {"id": "p4", "text": "苹果很好吃", "lang": "zh-Hans", "split": "test", "channel": "chat"},
    {"id": "p5", "text": "Mon forfait Orange ne marche plus", "lang": "fr", "split": "test"},
    {"id": "p6", "text": "Le ciel est orange ce soir", "lang": "fr", "split": "train"},
]
TINY_ENTITIES = [
    {"id": "microsoft", "name": "Microsoft", "aliases": ["Windows", "Office"]},
    {"id": "apple", "name": "Apple", "aliases": ["苹果", "iPhone"]},
    {"id": "orange", "name": "Orange", "aliases": ["Orange"]},
]
TINY_LABELS = [
    {
        "post_id": "p1",
        "entity_id": "microsoft",
        "relevant": True,
        "level": "about",
        "tags": ["minimal-pair"],
    },
    {
        "post_id": "p2",
        "entity_id": "microsoft",
        "relevant": False,
        "level": "none",
        "tags": ["minimal-pair"],
    },
    {"post_id": "p3", "entity_id": "apple", "relevant": True, "level": "about", "tags": ["cjk"]},
    {"post_id": "p4", "entity_id": "apple", "relevant": False, "level": "none", "tags": ["cjk"]},
    {"post_id": "p5", "entity_id": "orange", "relevant": True, "level": "about"},
    {"post_id": "p6", "entity_id": "orange", "relevant": False, "level": "none"},
]
# Deliberately imperfect: the orange query also fires on the colour (p6, train only),
# and the apple query misses nothing but also matches the fruit (p4).
TINY_QUERIES = """\
microsoft: {Office} NEAR/3 {Windows}
apple: 苹果 OR iphone
orange: orange AND lang:fr
"""
