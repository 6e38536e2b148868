"""Read and write ``corpus.toml``, the flat corpus manifest.

Reading reports every problem as a :class:`ValidationIssue` (with the line of
the offending key where it can be found); writing uses a tiny TOML writer
(strings through :func:`json.dumps`, which are valid TOML basic strings).

Example:
    >>> text = dumps_manifest(Manifest(name="demo", version="1.0.0", licence="CC0-1.0",
    ...     source="me", languages=("en",), description="tiny"))
    >>> parsed = parse_manifest(text)
    >>> parsed.manifest is None, str(parsed.issues[0])
    (True, "corpus.toml: missing required key 'files'")
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from listenbench.corpora._fields import LANG_RE
from listenbench.corpora._issues import ValidationIssue
from listenbench.corpora._rows import show
from listenbench.corpora._schema import DATA_KINDS, FILE_KINDS, FORMAT_VERSION, FileEntry, Manifest
from listenbench.corpora._tasks import TASKS

#: The manifest's file name inside a corpus folder.
MANIFEST_NAME = "corpus.toml"
#: Shape of a corpus name (used on the command line and in run records).
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
#: Top-level manifest keys, in the order the writer emits them.
MANIFEST_KEYS: tuple[str, ...] = (
    "format_version",
    "name",
    "version",
    "licence",
    "source",
    "languages",
    "description",
    "task",
    "queries",
    "files",
)
REQUIRED_KEYS: tuple[str, ...] = (
    "format_version",
    "name",
    "version",
    "licence",
    "source",
    "languages",
    "description",
    "files",
)
FILE_KEYS: tuple[str, ...] = ("path", "kind", "sha256")
_BARE_KEY_RE = re.compile(r"^[A-Za-z0-9_-]+$")
_TOML_POSITION_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


@dataclass
class ParsedManifest:
    """What :func:`parse_manifest` could read.

    ``manifest`` is None when a top-level key is missing or bad; ``files``
    holds the good ``[[files]]`` entries either way (so their files can still
    be checked), ``file_lines`` the line of each one's ``[[files]]`` header.
    """

    manifest: Manifest | None
    files: list[FileEntry] = field(default_factory=list)
    file_lines: list[int | None] = field(default_factory=list)
    issues: list[ValidationIssue] = field(default_factory=list)


def parse_manifest(text: str, file: str = MANIFEST_NAME) -> ParsedManifest:
    """Parse and check the text of a ``corpus.toml``.

    Example:
        >>> print(parse_manifest("name = 'x'\\nname = 'y'\\n").issues[0])
        corpus.toml:2: invalid TOML: Cannot overwrite a value (column 11)
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION_RE.search(message)
        if found is None:
            return ParsedManifest(
                None, issues=[ValidationIssue(file, None, f"invalid TOML: {message}")]
            )
        detail = message[: found.start()]
        line, column = int(found.group(1)), int(found.group(2))
        return ParsedManifest(
            None, issues=[ValidationIssue(file, line, f"invalid TOML: {detail} (column {column})")]
        )
    return _check_manifest(data, text, file)


def _key_line(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("["):
            return None  # top-level keys come before the first table
        if pattern.match(line):
            return number
    return None


def _files_header_lines(text: str) -> list[int]:
    header = re.compile(r"^\s*\[\[\s*files\s*\]\]")
    return [n for n, line in enumerate(text.splitlines(), start=1) if header.match(line)]


def _check_manifest(data: dict[str, Any], text: str, file: str) -> ParsedManifest:
    issues: list[ValidationIssue] = []

    def problem(key: str, message: str, severity: str = "error") -> None:
        issues.append(ValidationIssue(file, _key_line(text, key), message, severity))

    for key in REQUIRED_KEYS:
        if key not in data:
            hint = ""
            if key == "licence" and "license" in data:
                hint = " (spelled 'licence' in corpus.toml; found 'license')"
            issues.append(ValidationIssue(file, None, f"missing required key {key!r}{hint}"))

    values: dict[str, Any] = {}
    version = data.get("format_version")
    if version is not None:
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            problem("format_version", f"'format_version': expected 1, got {show(version)}")
        elif version > FORMAT_VERSION:
            problem(
                "format_version",
                f"format_version {version} is newer than this listenbench reads "
                f"({FORMAT_VERSION}); upgrade listenbench",
            )
        else:
            values["format_version"] = version

    for key in ("name", "version", "licence", "source", "description"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or (key != "description" and not value.strip()):
            problem(key, f"{key!r}: expected a non-empty string, got {show(value)}")
        elif key == "name" and not NAME_RE.match(value):
            problem(
                key,
                f"'name': expected letters, digits, '_', '.' or '-' (starting with a letter "
                f"or digit), got {show(value)}",
            )
        else:
            values[key] = value

    languages = data.get("languages")
    if languages is not None:
        if not isinstance(languages, list) or not languages:
            problem(
                "languages",
                f"'languages': expected a non-empty list of BCP-47 tags, got {show(languages)}",
            )
        else:
            bad = [
                item for item in languages if not isinstance(item, str) or not LANG_RE.match(item)
            ]
            if bad:
                problem(
                    "languages",
                    "'languages': expected BCP-47 tags such as 'en' or 'zh-Hans', "
                    f"got {show(bad[0])}",
                )
            else:
                values["languages"] = tuple(languages)

    task = data.get("task", "relevance")
    if not isinstance(task, str) or not task.strip():
        problem("task", f"'task': expected a string such as 'relevance', got {show(task)}")
    else:
        values["task"] = task
        if task not in TASKS:
            problem(
                "task",
                f"'task': {task!r} is not a task this listenbench scores "
                f"(known: {', '.join(TASKS)})",
                "warning",
            )

    queries = data.get("queries")
    if queries is not None:
        reason = _bad_relative_path(queries)
        if reason:
            problem("queries", f"'queries': {reason}")
        else:
            values["queries"] = queries

    extra: dict[str, str] = {}
    for key, value in data.items():
        if key in MANIFEST_KEYS:
            continue
        if isinstance(value, str):
            extra[key] = value  # free-form metadata such as homepage = "..."
        else:
            problem(
                key,
                f"unknown key {key!r} with {show(value)} (ignored; extra metadata keys "
                "must have string values)",
                "warning",
            )
    values["extra"] = extra

    files, file_lines = _check_files(data.get("files"), text, file, issues)
    if queries is not None and "queries" in values:
        kinds = {entry.path: entry.kind for entry in files}
        if queries not in kinds:
            problem(
                "queries",
                f"'queries': {queries!r} is not listed in [[files]] (add it with "
                'kind = "queries" so its sha256 is checked)',
                "warning",
            )
        elif kinds[queries] != "queries":
            problem(
                "queries",
                f"'queries': {queries!r} is listed in [[files]] with kind "
                f"{kinds[queries]!r}, expected 'queries'",
            )

    manifest: Manifest | None = None
    if not any(issue.is_error for issue in issues):
        manifest = Manifest(files=tuple(files), **values)
    return ParsedManifest(manifest, files, file_lines, issues)


def _bad_relative_path(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"expected a relative file path, got {show(value)}"
    if "\\" in value:
        return f"expected a path with '/' separators, got {show(value)}"
    path = PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts:
        return f"expected a path inside the corpus folder (relative, no '..'), got {show(value)}"
    return None


def _check_files(
    raw: Any, text: str, file: str, issues: list[ValidationIssue]
) -> tuple[list[FileEntry], list[int | None]]:
    if raw is None:
        return [], []
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        issues.append(
            ValidationIssue(
                file,
                _key_line(text, "files"),
                "'files': expected [[files]] tables with path, kind and sha256",
            )
        )
        return [], []
    headers = _files_header_lines(text)
    if len(headers) != len(raw):
        headers = []
    entries: list[FileEntry] = []
    lines: list[int | None] = []
    seen: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for index, item in enumerate(raw):
        line = headers[index] if headers else None
        where = f"[[files]] entry {index + 1}"
        ok = True
        for key in FILE_KEYS:
            if key not in item:
                issues.append(ValidationIssue(file, line, f"{where}: missing key {key!r}"))
                ok = False
        path, kind, digest = item.get("path"), item.get("kind"), item.get("sha256")
        if path is not None:
            reason = _bad_relative_path(path)
            if reason:
                issues.append(ValidationIssue(file, line, f"{where}: 'path': {reason}"))
                ok = False
            elif path in seen:
                issues.append(
                    ValidationIssue(
                        file, line, f"{where}: {path!r} is already listed (entry {seen[path]})"
                    )
                )
                ok = False
            else:
                seen[path] = index + 1
        if kind is not None and kind not in FILE_KINDS:
            allowed = ", ".join(repr(k) for k in FILE_KINDS)
            issues.append(
                ValidationIssue(
                    file, line, f"{where}: 'kind': expected one of {allowed}, got {show(kind)}"
                )
            )
            ok = False
        if digest is not None and not (isinstance(digest, str) and SHA256_RE.match(digest)):
            issues.append(
                ValidationIssue(
                    file,
                    line,
                    f"{where}: 'sha256': expected 64 lowercase hex digits, got {show(digest)} "
                    "(run `listenbench corpus rehash PATH` to fill it in)",
                )
            )
            ok = False
        for key in item:
            if key not in FILE_KEYS:
                issues.append(
                    ValidationIssue(
                        file,
                        line,
                        f"{where}: unknown key {key!r} (ignored; known: path, kind, sha256)",
                        "warning",
                    )
                )
        if kind in ("posts", "entities", "labels", "queries"):
            if kind in kinds:
                most = "at most one" if kind == "queries" else "exactly one"
                issues.append(
                    ValidationIssue(
                        file,
                        line,
                        f"{where}: a second file of kind {kind!r} (entry {kinds[kind]} is "
                        f"one already; a corpus has {most})",
                    )
                )
                ok = False
            else:
                kinds[kind] = index + 1
        if ok:
            entries.append(FileEntry(path=path, sha256=digest, kind=kind))
            lines.append(line)
    for kind in DATA_KINDS:
        if kind not in kinds:
            issues.append(
                ValidationIssue(
                    file, None, f"[[files]]: no file of kind {kind!r} (a corpus needs one)"
                )
            )
    return entries, lines


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes, plus ``\\u007f`` (which JSON leaves raw).

    Example:
        >>> toml_string('Café "x"')
        '"Café \\\\"x\\\\""'
    """
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: str | int | tuple[str, ...] | list[str]) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    return "[" + ", ".join(toml_string(item) for item in value) + "]"


def _toml_key(key: str) -> str:
    return key if _BARE_KEY_RE.match(key) else toml_string(key)


def dumps_manifest(manifest: Manifest) -> str:
    """The ``corpus.toml`` text of a manifest (keys in a fixed order, files last).

    Example:
        >>> print(dumps_manifest(Manifest(name="x", version="1", licence="CC0-1.0",
        ...     source="s", languages=("en",), description="d")).splitlines()[1])
        name = "x"
    """
    lines = [
        f"format_version = {manifest.format_version}",
        f"name = {toml_string(manifest.name)}",
        f"version = {toml_string(manifest.version)}",
        f"licence = {toml_string(manifest.licence)}",
        f"source = {toml_string(manifest.source)}",
        f"languages = {_toml_value(manifest.languages)}",
        f"description = {toml_string(manifest.description)}",
        f"task = {toml_string(manifest.task)}",
    ]
    if manifest.queries is not None:
        lines.append(f"queries = {toml_string(manifest.queries)}")
    for key, value in manifest.extra.items():
        if key not in MANIFEST_KEYS:
            lines.append(f"{_toml_key(key)} = {toml_string(value)}")
    for entry in manifest.files:
        lines += [
            "",
            "[[files]]",
            f"path = {toml_string(entry.path)}",
            f"kind = {toml_string(entry.kind)}",
            f"sha256 = {toml_string(entry.sha256)}",
        ]
    return "\n".join(lines) + "\n"
