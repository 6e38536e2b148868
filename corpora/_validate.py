"""Check a corpus folder and report every problem found.

:func:`check_corpus` does the work for both the validator and the loader: it
returns the issues, and the parsed records when there are no errors.

Example:
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     print(validate_corpus(tmp)[0])
    corpus.toml: no corpus.toml in this folder (a corpus folder needs one; see corpora/FORMAT.md)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from listenbench.corpora._digest import corpus_digest, sha256_bytes
from listenbench.corpora._fields import parse_entity, parse_label, parse_post
from listenbench.corpora._issues import ValidationIssue
from listenbench.corpora._manifest import MANIFEST_NAME, parse_manifest
from listenbench.corpora._rows import Row, read_rows, record_format
from listenbench.corpora._schema import DATA_KINDS, Entity, FileEntry, Label, Manifest, Post
from listenbench.corpora._tasks import TASK_KINDS

_R = TypeVar("_R", Post, Entity)


@dataclass(frozen=True, slots=True)
class Checked:
    """A corpus folder that passed the checks: its manifest, records and digest."""

    manifest: Manifest
    posts: tuple[Post, ...]
    entities: tuple[Entity, ...]
    labels: tuple[Label, ...]
    digest: str
    queries_path: Path | None


def validate_corpus(path: str | Path) -> list[ValidationIssue]:
    """Every problem in the corpus folder at ``path`` (errors and warnings); never raises.

    Example:
        >>> for issue in validate_corpus("no/such/folder"):
        ...     print(issue)
        no/such/folder: no such corpus folder
    """
    issues, _ = check_corpus(Path(path))
    return issues


def check_corpus(
    folder: Path, *, verify: bool = True
) -> tuple[list[ValidationIssue], Checked | None]:
    """The issues of a corpus folder, and its parsed content if it has no errors.

    With ``verify=False`` the files' SHA-256 sums are not compared with the
    manifest (the digest is computed from the bytes either way).
    """
    issues: list[ValidationIssue] = []
    if not folder.exists():
        issues.append(ValidationIssue(str(folder), None, "no such corpus folder"))
        return issues, None
    if not folder.is_dir():
        issues.append(ValidationIssue(str(folder), None, "not a folder (a corpus is a folder)"))
        return issues, None
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.is_file():
        issues.append(
            ValidationIssue(
                MANIFEST_NAME,
                None,
                "no corpus.toml in this folder (a corpus folder needs one; see corpora/FORMAT.md)",
            )
        )
        return issues, None
    try:
        text = manifest_path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        issues.append(
            ValidationIssue(MANIFEST_NAME, None, f"not valid UTF-8 (byte {exc.start + 1})")
        )
        return issues, None
    except OSError as exc:
        issues.append(ValidationIssue(MANIFEST_NAME, None, f"cannot read: {exc.strerror}"))
        return issues, None
    parsed = parse_manifest(text)
    issues += parsed.issues

    contents: dict[str, bytes] = {}
    shas: dict[str, str] = {}
    # Checksum mismatches go last: editing a file causes one, and the content
    # problem (if any) is the one to show first.
    mismatches: list[ValidationIssue] = []
    for entry, line in zip(parsed.files, parsed.file_lines, strict=True):
        data = _read_listed(folder, entry, line, verify, issues, mismatches)
        if data is not None:
            contents[entry.kind] = data
            shas[entry.kind] = sha256_bytes(data)
            if entry.kind in DATA_KINDS and record_format(entry.path) is None:
                issues.append(
                    ValidationIssue(
                        MANIFEST_NAME,
                        line,
                        f"{entry.path!r}: {entry.kind} files must be JSON Lines (.jsonl) "
                        "or Parquet (.parquet)",
                    )
                )
                del contents[entry.kind]

    paths = {entry.kind: entry.path for entry in parsed.files}
    posts, post_ids = _posts(contents, paths, issues)
    if posts is not None and parsed.manifest is not None:
        _check_languages(posts, paths["posts"], parsed.manifest, issues)
    entities, entity_ids = _entities(contents, paths, issues)
    labels = _labels(contents, paths, issues, post_ids, entity_ids)
    if parsed.manifest is not None:
        _check_task(parsed.manifest.task, posts, labels, paths, issues)

    queries_path: Path | None = None
    manifest = parsed.manifest
    if manifest is not None and manifest.queries is not None:
        queries_path = folder / manifest.queries
        if not queries_path.is_file() and manifest.queries not in paths.values():
            issues.append(
                ValidationIssue(
                    MANIFEST_NAME, None, f"'queries': file {manifest.queries!r} does not exist"
                )
            )

    issues += mismatches
    if any(issue.is_error for issue in issues):
        return issues, None
    assert manifest is not None and posts is not None
    assert entities is not None and labels is not None
    checked = Checked(
        manifest=manifest,
        posts=tuple(post for _, post in posts),
        entities=tuple(entity for _, entity in entities),
        labels=tuple(label for _, label in labels),
        digest=corpus_digest(shas),
        queries_path=queries_path,
    )
    return issues, checked


def _read_listed(
    folder: Path,
    entry: FileEntry,
    line: int | None,
    verify: bool,
    issues: list[ValidationIssue],
    mismatches: list[ValidationIssue],
) -> bytes | None:
    target = folder / entry.path
    if not target.is_file():
        issues.append(
            ValidationIssue(
                MANIFEST_NAME, line, f"listed file {entry.path!r} does not exist in the folder"
            )
        )
        return None
    try:
        data = target.read_bytes()
    except OSError as exc:
        issues.append(ValidationIssue(entry.path, None, f"cannot read: {exc.strerror}"))
        return None
    actual = sha256_bytes(data)
    if verify and actual != entry.sha256:
        mismatches.append(
            ValidationIssue(
                MANIFEST_NAME,
                line,
                f"sha256 of {entry.path!r} does not match: manifest has {entry.sha256}, "
                f"file has {actual} (if you changed it on purpose, run "
                "`listenbench corpus rehash PATH`)",
            )
        )
    return data


def _ids(rows: list[Row]) -> set[str]:
    """The ids present in rows, valid or not (so one bad record does not cascade)."""
    return {row.data["id"] for row in rows if isinstance(row.data.get("id"), str)}


def _unique_records(
    kind: str,
    what: str,
    parse: Callable[[Row, str], tuple[_R | None, list[ValidationIssue]]],
    contents: dict[str, bytes],
    paths: dict[str, str],
    issues: list[ValidationIssue],
) -> tuple[list[tuple[int, _R]] | None, set[str] | None, str]:
    """Parse the ``kind`` file's rows into records with unique ids.

    Returns the records with their line numbers, the ids present (None when an
    unreadable line may hold any id) and the file name.
    """
    if kind not in contents:
        return None, None, ""
    file = paths[kind]
    rows, read_issues = read_rows(contents[kind], file)
    issues += read_issues
    unreadable = any(issue.is_error for issue in read_issues)
    ids = None if unreadable else _ids(rows)
    records: list[tuple[int, _R]] = []
    first_line: dict[str, int] = {}
    for row in rows:
        record, row_issues = parse(row, file)
        issues += row_issues
        if record is None:
            continue
        if record.id in first_line:
            issues.append(
                ValidationIssue(
                    file,
                    row.line,
                    f"duplicate {what} id {record.id!r} (first on line {first_line[record.id]})",
                )
            )
            continue
        first_line[record.id] = row.line
        records.append((row.line, record))
    if not rows and not read_issues:
        issues.append(ValidationIssue(file, None, f"no {kind} (a corpus needs at least one)"))
    return records, ids, file


def _posts(
    contents: dict[str, bytes], paths: dict[str, str], issues: list[ValidationIssue]
) -> tuple[list[tuple[int, Post]] | None, set[str] | None]:
    posts, ids, _ = _unique_records("posts", "post", parse_post, contents, paths, issues)
    return posts, ids


def _entities(
    contents: dict[str, bytes], paths: dict[str, str], issues: list[ValidationIssue]
) -> tuple[list[tuple[int, Entity]] | None, set[str] | None]:
    entities, ids, file = _unique_records(
        "entities", "entity", parse_entity, contents, paths, issues
    )
    if entities is None:
        return None, None
    for line, entity in entities:
        for competitor in entity.competitors:
            if competitor == entity.id:
                issues.append(
                    ValidationIssue(
                        file, line, f"entity {entity.id!r} lists itself as a competitor", "warning"
                    )
                )
            elif ids is not None and competitor not in ids:
                issues.append(
                    ValidationIssue(
                        file,
                        line,
                        f"competitor {competitor!r} of entity {entity.id!r} is not an entity "
                        "in this file",
                        "warning",
                    )
                )
    return entities, ids


def _labels(
    contents: dict[str, bytes],
    paths: dict[str, str],
    issues: list[ValidationIssue],
    post_ids: set[str] | None,
    entity_ids: set[str] | None,
) -> list[tuple[int, Label]] | None:
    if "labels" not in contents:
        return None
    file = paths["labels"]
    rows, read_issues = read_rows(contents["labels"], file)
    issues += read_issues
    labels: list[tuple[int, Label]] = []
    first_line: dict[tuple[str, str], int] = {}
    for row in rows:
        label, row_issues = parse_label(row, file)
        issues += row_issues
        if label is None:
            continue
        ok = True
        if post_ids is not None and label.post_id not in post_ids:
            issues.append(
                ValidationIssue(
                    file, row.line, f"post_id {label.post_id!r} is not a post in {paths['posts']}"
                )
            )
            ok = False
        if entity_ids is not None and label.entity_id not in entity_ids:
            issues.append(
                ValidationIssue(
                    file,
                    row.line,
                    f"entity_id {label.entity_id!r} is not an entity in {paths['entities']}",
                )
            )
            ok = False
        pair = (label.post_id, label.entity_id)
        if pair in first_line:
            issues.append(
                ValidationIssue(
                    file,
                    row.line,
                    f"a second label for post {label.post_id!r} and entity {label.entity_id!r} "
                    f"(first on line {first_line[pair]}; one label per pair)",
                )
            )
            ok = False
        if label.relevant and label.level == "none":
            issues.append(
                ValidationIssue(file, row.line, "relevant is true but level is 'none'", "warning")
            )
        if ok:
            first_line[pair] = row.line
            labels.append((row.line, label))
    if not rows and not read_issues:
        issues.append(
            ValidationIssue(
                file, None, "no labels (nothing in this corpus can be scored)", "warning"
            )
        )
    return labels


def _check_task(
    task: str,
    posts: list[tuple[int, Post]] | None,
    labels: list[tuple[int, Label]] | None,
    paths: dict[str, str],
    issues: list[ValidationIssue],
) -> None:
    """Errors for records the manifest's task cannot score (unknown tasks only warn)."""
    kind = TASK_KINDS.get(task)
    if kind is None:
        return
    if kind.pair and posts is not None:
        missing = [line for line, post in posts if post.text_pair is None]
        if missing:
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            issues.append(
                ValidationIssue(
                    paths["posts"],
                    missing[0],
                    f"task 'pair' needs a 'text_pair' on every post; this post has none{more}",
                )
            )
    if (
        not kind.binary
        and labels
        and not any(getattr(label, kind.target) is not None for _, label in labels)
    ):
        issues.append(
            ValidationIssue(
                paths["labels"],
                None,
                f"task {task!r} scores the labels' {kind.target!r} field, and no label has one",
            )
        )


def _check_languages(
    posts: list[tuple[int, Post]], file: str, manifest: Manifest, issues: list[ValidationIssue]
) -> None:
    listed = [lang.casefold() for lang in manifest.languages]

    def covered(lang: str) -> bool:
        folded = lang.casefold()
        return any(folded == item or folded.startswith(item + "-") for item in listed)

    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for line, post in posts:
        if not covered(post.lang):
            counts[post.lang] += 1
            first.setdefault(post.lang, line)
    for lang, count in counts.items():
        noun = "post" if count == 1 else "posts"
        issues.append(
            ValidationIssue(
                file,
                first[lang],
                f"language {lang!r} ({count} {noun}) is not listed in corpus.toml 'languages'",
                "warning",
            )
        )
