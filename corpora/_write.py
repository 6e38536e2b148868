"""Write corpus folders (for importers) and refresh manifest checksums (for authors).

Example:
    >>> import tempfile
    >>> from listenbench.corpora._schema import Entity, Label, Post
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     folder = write_corpus(tmp, name="tiny", version="1.0.0", licence="CC0-1.0",
    ...         source="doctest", description="one post",
    ...         posts=[Post("p1", "I love my iPhone", "en")], entities=[Entity("apple", "Apple")],
    ...         labels=[Label("p1", "apple", True)])
    ...     sorted(p.name for p in folder.iterdir())
    ['corpus.toml', 'entities.jsonl', 'labels.jsonl', 'posts.jsonl']
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from listenbench.corpora._digest import sha256_bytes
from listenbench.corpora._fields import record_to_json
from listenbench.corpora._issues import CorpusError, ValidationIssue
from listenbench.corpora._manifest import (
    MANIFEST_NAME,
    dumps_manifest,
    parse_manifest,
    toml_string,
)
from listenbench.corpora._schema import Entity, FileEntry, Label, Manifest, Post
from listenbench.corpora._validate import check_corpus

#: File names :func:`write_corpus` uses inside the corpus folder.
POSTS_FILE = "posts.jsonl"
ENTITIES_FILE = "entities.jsonl"
LABELS_FILE = "labels.jsonl"
QUERIES_FILE = "queries.txt"


def jsonl_bytes(records: Iterable[Post | Entity | Label]) -> bytes:
    """Records as JSON Lines: UTF-8, one object per line, absent optionals left out.

    Example:
        >>> jsonl_bytes([Label("p1", "e1", False, level="none")])
        b'{"post_id": "p1", "entity_id": "e1", "relevant": false, "level": "none"}\\n'
    """
    lines = [json.dumps(record_to_json(record), ensure_ascii=False) + "\n" for record in records]
    return "".join(lines).encode("utf-8")


def write_corpus(
    out_dir: str | Path,
    *,
    name: str,
    version: str,
    licence: str,
    source: str,
    description: str,
    posts: Iterable[Post],
    entities: Iterable[Entity],
    labels: Iterable[Label],
    languages: Sequence[str] | None = None,
    task: str = "relevance",
    queries_text: str | None = None,
    extra: Mapping[str, str] | None = None,
) -> Path:
    """Write a corpus folder (JSONL files, optional ``queries.txt``, ``corpus.toml``).

    ``languages`` defaults to the posts' languages in order of first use.
    The folder is created if needed; files of the same names are replaced.
    The result is validated, and :class:`CorpusError` raised if it has errors.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = write_corpus(tmp, name="t", version="1", licence="CC0-1.0", source="s",
        ...         description="", posts=[Post("p", "Hallo", "de")],
        ...         entities=[Entity("db", "Deutsche Bahn")], labels=[])
        ...     "languages = [\\"de\\"]" in (out / "corpus.toml").read_text()
        True
    """
    folder = Path(out_dir)
    post_list = list(posts)
    if languages is None:
        languages = list(dict.fromkeys(post.lang for post in post_list))
    payloads: list[tuple[str, str, bytes]] = [
        (POSTS_FILE, "posts", jsonl_bytes(post_list)),
        (ENTITIES_FILE, "entities", jsonl_bytes(entities)),
        (LABELS_FILE, "labels", jsonl_bytes(labels)),
    ]
    if queries_text is not None:
        text = queries_text if queries_text.endswith("\n") else queries_text + "\n"
        payloads.append((QUERIES_FILE, "queries", text.encode("utf-8")))
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for file_name, kind, data in payloads:
        (folder / file_name).write_bytes(data)
        files.append(FileEntry(path=file_name, sha256=sha256_bytes(data), kind=kind))
    manifest = Manifest(
        name=name,
        version=version,
        licence=licence,
        source=source,
        languages=tuple(languages),
        description=description,
        files=tuple(files),
        task=task,
        extra=dict(extra or {}),
        queries=QUERIES_FILE if queries_text is not None else None,
    )
    (folder / MANIFEST_NAME).write_text(dumps_manifest(manifest), encoding="utf-8")
    issues, checked = check_corpus(folder)
    if checked is None:
        raise CorpusError(issues, path=folder)
    return folder


_SHA_LINE_RE = re.compile(r"^(\s*sha256\s*=\s*)(\"[^\"]*\"|'[^']*')")
_TABLE_RE = re.compile(r"^\s*\[")
_FILES_HEADER_RE = re.compile(r"^\s*\[\[\s*files\s*\]\]")


def rehash_manifest(path: str | Path) -> Manifest:
    """Recompute the SHA-256 of every file listed in ``corpus.toml`` and rewrite it.

    Only the ``sha256`` values change when the files are written as
    ``[[files]]`` tables (comments and layout are kept); otherwise the manifest
    is rewritten in canonical form. Raises :class:`CorpusError` when the
    manifest cannot be read, a listed file is missing, or the result is not a
    valid manifest (nothing is written then).

    Example:
        >>> import tempfile
        >>> from listenbench.corpora import file_sha256
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     out = write_corpus(tmp, name="t", version="1", licence="CC0-1.0", source="s",
        ...         description="", posts=[Post("p", "hi", "en")], entities=[Entity("e", "E")],
        ...         labels=[])
        ...     _ = (out / "posts.jsonl").write_text('{"id": "p", "text": "hey", "lang": "en"}\\n')
        ...     rehash_manifest(out).files[0].sha256 == file_sha256(out / "posts.jsonl")
        True
    """
    folder = Path(path)
    if folder.is_file() and folder.name == MANIFEST_NAME:
        folder = folder.parent
    manifest_path = folder / MANIFEST_NAME

    def fail(file: str, line: int | None, message: str) -> CorpusError:
        return CorpusError([ValidationIssue(file, line, message)], path=folder)

    try:
        text = manifest_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(MANIFEST_NAME, None, f"cannot read {manifest_path}: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise CorpusError(parse_manifest(text).issues, path=folder) from None
    entries = data.get("files")
    if not isinstance(entries, list) or not all(
        isinstance(item, dict) and isinstance(item.get("path"), str) for item in entries
    ):
        raise fail(MANIFEST_NAME, None, "'files': expected [[files]] tables, each with a path")
    new_shas: list[str] = []
    for entry in entries:
        target = folder / entry["path"]
        if not target.is_file():
            raise fail(MANIFEST_NAME, None, f"listed file {entry['path']!r} does not exist")
        new_shas.append(sha256_bytes(target.read_bytes()))

    new_text = _replace_shas(text, new_shas)
    if new_text is None:
        for entry, sha in zip(entries, new_shas, strict=True):
            entry["sha256"] = sha
        try:
            new_text = _dumps_plain(data)
        except TypeError as exc:
            raise fail(MANIFEST_NAME, None, f"cannot rewrite: {exc}") from None
    parsed = parse_manifest(new_text)
    if parsed.manifest is None:
        raise CorpusError(parsed.issues, path=folder)
    manifest_path.write_text(new_text, encoding="utf-8")
    return parsed.manifest


def _replace_shas(text: str, shas: list[str]) -> str | None:
    """The text with each [[files]] table's sha256 set; None if its layout is unusual."""
    lines = text.splitlines(keepends=True)
    headers = [index for index, line in enumerate(lines) if _FILES_HEADER_RE.match(line)]
    if len(headers) != len(shas):
        return None
    inserts: list[tuple[int, str]] = []
    for header, sha in zip(headers, shas, strict=True):
        end = next(
            (i for i in range(header + 1, len(lines)) if _TABLE_RE.match(lines[i])), len(lines)
        )
        for index in range(header + 1, end):
            found = _SHA_LINE_RE.match(lines[index])
            if found:
                rest = lines[index][found.end() :]
                lines[index] = f"{found.group(1)}{toml_string(sha)}{rest}"
                break
        else:
            inserts.append((header + 1, f"sha256 = {toml_string(sha)}\n"))
    for index, line in reversed(inserts):
        lines.insert(index, line)
    new_text = "".join(lines)
    try:
        data = tomllib.loads(new_text)
    except tomllib.TOMLDecodeError:
        return None
    got = [entry.get("sha256") for entry in data.get("files", [])]
    return new_text if got == shas else None


def _plain_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_plain_value(item) for item in value) + "]"
    raise TypeError(f"a value of type {type(value).__name__} (only strings, numbers and lists)")


def _dumps_plain(data: dict[str, Any]) -> str:
    """TOML for a flat manifest dict: top-level values, then [[files]] tables."""

    def key(name: str) -> str:
        return name if re.match(r"^[A-Za-z0-9_-]+$", name) else toml_string(name)

    lines = [
        f"{key(name)} = {_plain_value(value)}" for name, value in data.items() if name != "files"
    ]
    for entry in data.get("files", []):
        lines += ["", "[[files]]"]
        lines += [f"{key(name)} = {_plain_value(value)}" for name, value in entry.items()]
    return "\n".join(lines) + "\n"
