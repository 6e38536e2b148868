"""Field rules of the three record files, and row → record conversion.

Each record file (posts, entities, labels) has a table of fields; a row is
checked against it field by field, so one row can report several problems.

Example:
    >>> from listenbench.corpora._rows import Row
    >>> post, issues = parse_post(Row(1, {"id": "p1", "text": "hi", "lang": 42}), "posts.jsonl")
    >>> post is None, str(issues[0])
    (True, "posts.jsonl:1: field 'lang': expected a BCP-47 tag such as 'en' or 'zh-Hans', got 42")
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from listenbench.corpora._issues import ValidationIssue
from listenbench.corpora._rows import Row, kind_of, show
from listenbench.corpora._schema import LEVELS, SENTIMENTS, SPLITS, Entity, Label, Post

#: Shape of a language tag (BCP 47, checked loosely: ``en``, ``de-CH``, ``zh-Hans``).
LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
#: Entity ids start query-file lines (``ENTITY_ID: query``), so no spaces, ``:`` or ``#``.
ENTITY_ID_RE = re.compile(r"^[^\s:#]+$")


@dataclass(frozen=True, slots=True)
class FieldRule:
    """How one field is checked: its name, whether it is required, and its checker.

    The checker returns ``(value, None)`` for a good value (converted, e.g. a
    list to a tuple) or ``(None, "expected ...")``.
    """

    name: str
    required: bool
    check: Callable[[Any], tuple[Any, str | None]]
    type_name: str
    meaning: str


def _string(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str):
        return value, None
    return None, f"expected a string, got {show(value)}"


def _nonempty(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str) and value.strip():
        return value, None
    if isinstance(value, str):
        return None, "expected a non-empty string, got an empty one"
    return None, f"expected a non-empty string, got {show(value)}"


def _text(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, str):
        return None, f"expected a string, got {show(value)}"
    if not value.strip():
        return None, "empty text (a post needs some text)"
    return value, None


def _entity_id(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str) and ENTITY_ID_RE.match(value):
        return value, None
    return None, (
        "expected an entity id without spaces, ':' or '#' (it starts lines of query files), "
        f"got {show(value)}"
    )


def _lang(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str) and LANG_RE.match(value):
        return value, None
    return None, f"expected a BCP-47 tag such as 'en' or 'zh-Hans', got {show(value)}"


def _timestamp(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value, None
    return None, (
        f"expected an ISO-8601 date or time such as '2024-05-01T12:30:00Z', got {show(value)}"
    )


def _boolean(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return value, None
    return None, f"expected true or false, got {show(value)}"


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], tuple[Any, str | None]]:
    allowed = ", ".join(repr(choice) for choice in choices)

    def check(value: Any) -> tuple[Any, str | None]:
        if isinstance(value, str) and value in choices:
            return value, None
        return None, f"expected one of {allowed}, got {show(value)}"

    return check


def _strings(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                return None, (
                    f"expected a list of non-empty strings, item {index + 1} is {show(item)}"
                )
        return tuple(value), None
    return None, f"expected a list of strings, got {kind_of(value)}"


POST_FIELDS: tuple[FieldRule, ...] = (
    FieldRule("id", True, _nonempty, "string", "Unique post id."),
    FieldRule("text", True, _text, "string", "The post's text; not blank."),
    FieldRule("lang", True, _lang, "string", "BCP-47 language tag: `en`, `de`, `zh-Hans`."),
    FieldRule("channel", False, _nonempty, "string", "Where it was posted: `twitter`, `forum`…"),
    FieldRule("created_at", False, _timestamp, "string", "ISO-8601 date or date-time."),
    FieldRule("author", False, _nonempty, "string", "Author handle or name."),
    FieldRule("split", False, _one_of(SPLITS), "string", "`train`, `dev` or `test`."),
    FieldRule("text_pair", False, _text, "string", "Second text of a pair item (task `pair`)."),
    FieldRule("target", False, _nonempty, "string", "Word or phrase a pair item asks about."),
)
ENTITY_FIELDS: tuple[FieldRule, ...] = (
    FieldRule("id", True, _entity_id, "string", "Unique entity id (no spaces, `:` or `#`)."),
    FieldRule("name", True, _nonempty, "string", "Display name."),
    FieldRule("aliases", False, _strings, "list of strings", "Other names and handles."),
    FieldRule("description", False, _string, "string", "What the entity is."),
    FieldRule("competitors", False, _strings, "list of strings", "Ids of competing entities."),
    FieldRule("category", False, _nonempty, "string", "Its product category."),
)
LABEL_FIELDS: tuple[FieldRule, ...] = (
    FieldRule("post_id", True, _nonempty, "string", "Id of a post in the posts file."),
    FieldRule("entity_id", True, _nonempty, "string", "Id of an entity in the entities file."),
    FieldRule("relevant", True, _boolean, "boolean", "Is the post relevant to the entity?"),
    FieldRule("level", False, _one_of(LEVELS), "string", "How it relates (see levels)."),
    FieldRule("sentiment", False, _one_of(SENTIMENTS), "string", "Towards the entity."),
    FieldRule("tags", False, _strings, "list of strings", "Free-form tags (`aspect:Price`)."),
)

#: The field rules of each record kind.
FIELDS: dict[str, tuple[FieldRule, ...]] = {
    "posts": POST_FIELDS,
    "entities": ENTITY_FIELDS,
    "labels": LABEL_FIELDS,
}


def check_row(
    row: Row, rules: tuple[FieldRule, ...], file: str
) -> tuple[dict[str, Any] | None, list[ValidationIssue]]:
    """Check one row against ``rules``; the converted fields, or None if any is bad.

    A field whose value is ``null`` counts as absent. Unknown fields are
    warnings (and are dropped).

    Example:
        >>> values, issues = check_row(Row(4, {"id": "x", "name": "X", "size": 3}),
        ...                            ENTITY_FIELDS, "entities.jsonl")
        >>> values
        {'id': 'x', 'name': 'X'}
        >>> print(issues[0])  # doctest: +NORMALIZE_WHITESPACE
        entities.jsonl:4: unknown field 'size' (ignored; known fields: id, name,
        aliases, description, competitors, category)
    """
    issues: list[ValidationIssue] = []
    values: dict[str, Any] = {}
    ok = True
    for rule in rules:
        raw = row.data.get(rule.name)
        if raw is None:
            if rule.required:
                ok = False
                got = " (got null)" if rule.name in row.data else ""
                issues.append(
                    ValidationIssue(file, row.line, f"missing required field {rule.name!r}{got}")
                )
            continue
        value, problem = rule.check(raw)
        if problem is not None:
            ok = False
            issues.append(ValidationIssue(file, row.line, f"field {rule.name!r}: {problem}"))
        else:
            values[rule.name] = value
    known = {rule.name for rule in rules}
    for name in row.data:
        if name not in known:
            listing = ", ".join(rule.name for rule in rules)
            issues.append(
                ValidationIssue(
                    file,
                    row.line,
                    f"unknown field {name!r} (ignored; known fields: {listing})",
                    "warning",
                )
            )
    return (values if ok else None), issues


def parse_post(row: Row, file: str) -> tuple[Post | None, list[ValidationIssue]]:
    """A :class:`Post` from a row of the posts file, or None and what is wrong."""
    values, issues = check_row(row, POST_FIELDS, file)
    return (None if values is None else Post(**values)), issues


def parse_entity(row: Row, file: str) -> tuple[Entity | None, list[ValidationIssue]]:
    """An :class:`Entity` from a row of the entities file, or None and what is wrong."""
    values, issues = check_row(row, ENTITY_FIELDS, file)
    return (None if values is None else Entity(**values)), issues


def parse_label(row: Row, file: str) -> tuple[Label | None, list[ValidationIssue]]:
    """A :class:`Label` from a row of the labels file, or None and what is wrong."""
    values, issues = check_row(row, LABEL_FIELDS, file)
    return (None if values is None else Label(**values)), issues


def record_to_json(record: Post | Entity | Label) -> dict[str, Any]:
    """The JSON object of a record: fields in order, absent (None/empty) optionals left out.

    Example:
        >>> record_to_json(Post(id="p1", text="hi", lang="en", split="dev"))
        {'id': 'p1', 'text': 'hi', 'lang': 'en', 'split': 'dev'}
    """
    rules = FIELDS[
        "posts"
        if isinstance(record, Post)
        else "entities"
        if isinstance(record, Entity)
        else "labels"
    ]
    out: dict[str, Any] = {}
    for rule in rules:
        value = getattr(record, rule.name)
        if not rule.required and (value is None or value == "" or value == ()):
            continue
        out[rule.name] = list(value) if isinstance(value, tuple) else value
    return out
