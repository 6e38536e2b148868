"""Build the `ambiguity` corpus from the hand-written source modules beside this file.

Every ``group_*.py`` module in this folder defines ``ENTITIES`` (a list of
entity dicts), ``QUERIES`` (entity id -> keyword query) and ``items()`` (a
list of posts with their labels; see ``corpora/ambiguity/DATASHEET.md``). This
script merges them, checks every item, assigns post ids, splits (per template
family), synthetic times and authors, writes the corpus with
``listenbench.corpora.write_corpus`` and prints statistics as Markdown tables.
It is deterministic: running it twice gives byte-identical files.

Run (from the repository root)::

    python corpora/ambiguity/build/build.py            # writes corpora/ambiguity/
    python corpora/ambiguity/build/build.py --out DIR  # writes DIR instead

Example:
    >>> result = build(tmp_dir)  # doctest: +SKIP
    >>> result.n_pairs >= 2000  # doctest: +SKIP
    True
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

from listenbench.corpora import (
    LEVELS,
    SENTIMENTS,
    CorpusError,
    Entity,
    Label,
    Post,
    Suspicion,
    find_suspicious,
    load_corpus,
    write_corpus,
)

BUILD_DIR = Path(__file__).resolve().parent
#: Where ``python build.py`` writes by default: the built-in corpus folder.
DEFAULT_OUT = BUILD_DIR.parent
#: Seed of every pseudo-random choice (splits, times, authors, post order).
SEED = "listenbench-ambiguity-1"
NAME = "ambiguity"
VERSION = "1.0.0"
LICENCE = "CC-BY-4.0"
SOURCE = (
    "Written for listenbench (2026): hand-written sentences multiplied by slot-filling; "
    "see DATASHEET.md"
)
#: The tags a label may carry (the suite's closed vocabulary).
TAGS: tuple[str, ...] = (
    "ambiguous-name",
    "minimal-pair",
    "context-dependent",
    "negation",
    "code-switching",
    "hashtag",
    "mention",
    "emoji",
    "url",
    "elongation",
    "typo",
    "cjk",
    "traditional",
    "simplified",
    "multi-brand",
    "sarcasm",
    "safe-in-language",
    "ambiguous-in-language",
)
#: Languages in the order the manifest and the statistics list them (others follow, sorted).
LANGUAGE_ORDER: tuple[str, ...] = (
    "en",
    "fr",
    "de",
    "es",
    "pl",
    "pt",
    "it",
    "zh-Hans",
    "zh-Hant",
    "ja",
)
#: Target share of the labelled pairs per split (families are assigned greedily).
SPLIT_TARGETS: dict[str, float] = {"train": 0.5, "dev": 0.2, "test": 0.3}
RELEVANT_LEVELS = ("direct", "about")
ENTITY_KEYS = {"id", "name", "aliases", "description", "competitors", "category"}
ITEM_KEYS = {"family", "lang", "text", "channel", "labels"}
LABEL_KEYS = {"entity_id", "relevant", "level", "sentiment", "tags"}
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_ID_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
_HASHTAG_RE = re.compile(r"(?<![\w#])#\w")
_MENTION_RE = re.compile(r"(?<![\w@])@\w")
_URL_RE = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|co|ly|gl|de|fr|pl|es|it)/\S", re.I)
_ELONGATION_RE = re.compile(r"([^\W\d_])\1\1")
_TIME_START = datetime(2025, 1, 1, tzinfo=UTC)
_TIME_SPAN_MINUTES = 455 * 24 * 60  # 2025-01-01 .. 2026-03-31
_HANDLE_CHANNELS = {"twitter", "weibo", "instagram", "tiktok", "x"}


class BuildError(Exception):
    """A source module or item is invalid; the message names group, family and text."""


@dataclass(frozen=True)
class Item:
    """One validated post with its labels, before ids and splits are assigned."""

    group: str
    family: str
    lang: str
    text: str
    channel: str
    labels: tuple[Label, ...]  # post_id is "" until assigned


@dataclass(frozen=True)
class Group:
    """One loaded ``group_*.py`` module."""

    name: str
    entities: tuple[Entity, ...]
    queries: Mapping[str, str]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class BuildResult:
    """What :func:`build` wrote, with the provenance the corpus files do not hold."""

    out_dir: Path
    groups: tuple[str, ...]
    skipped: tuple[str, ...]
    posts: tuple[Post, ...]
    entities: tuple[Entity, ...]
    labels: tuple[Label, ...]
    family_of_post: Mapping[str, str]
    group_of_entity: Mapping[str, str]
    suspicions: tuple[Suspicion, ...] = ()

    @property
    def n_pairs(self) -> int:
        """Number of labelled (post, entity) pairs."""
        return len(self.labels)


# --------------------------------------------------------------------------- helpers


def _hash(*parts: str) -> int:
    data = "\x1f".join((SEED, *parts)).encode("utf-8")
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


def _short(text: object, limit: int = 50) -> str:
    flat = " ".join(str(text).split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF66 <= code <= 0xFF9F
        or 0x20000 <= code <= 0x3FFFF
    )


def _has_emoji(text: str) -> bool:
    for ch in text:
        code = ord(ch)
        if 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF:
            return True
        if unicodedata.category(ch) == "So" and code >= 0x2300 and not _is_cjk(ch):
            return True
    return False


def surface_tags(text: str, lang: str) -> list[str]:
    """The tags that can be read off a post mechanically (added to every label).

    Example:
        >>> surface_tags("sooo good @Apple #iphone 😍 https://t.co/x", "en")
        ['hashtag', 'mention', 'emoji', 'url', 'elongation']
        >>> surface_tags("我的小米手机", "zh-Hans")
        ['cjk', 'simplified']
    """
    tags = []
    if _HASHTAG_RE.search(text):
        tags.append("hashtag")
    if _MENTION_RE.search(text):
        tags.append("mention")
    if _has_emoji(text):
        tags.append("emoji")
    if _URL_RE.search(text):
        tags.append("url")
    if _ELONGATION_RE.search(text):
        tags.append("elongation")
    if any(_is_cjk(ch) for ch in text):
        tags.append("cjk")
    if lang == "zh-Hans":
        tags.append("simplified")
    if lang == "zh-Hant":
        tags.append("traditional")
    return tags


def _ordered_tags(tags: Iterable[str]) -> tuple[str, ...]:
    present = set(tags)
    return tuple(tag for tag in TAGS if tag in present)


# --------------------------------------------------------------------------- loading


def group_paths(build_dir: Path = BUILD_DIR) -> list[Path]:
    """The ``group_*.py`` modules of the build folder, sorted by name."""
    return sorted(build_dir.glob("group_*.py"))


def _import(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_ambiguity_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    added = str(path.parent) not in sys.path
    if added:
        sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        if added:
            sys.path.remove(str(path.parent))
    return module


def _check_str_list(value: Any, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise BuildError(f"{where}: {what}: expected a list of non-empty strings, got {value!r}")
    return tuple(value)


def _entity(raw: Any, where: str) -> Entity:
    if not isinstance(raw, dict):
        raise BuildError(f"{where}: expected an entity dict, got {type(raw).__name__}")
    unknown = sorted(set(raw) - ENTITY_KEYS)
    if unknown:
        raise BuildError(f"{where}: unknown entity keys {unknown} (known: {sorted(ENTITY_KEYS)})")
    ident, name = raw.get("id"), raw.get("name")
    if not isinstance(ident, str) or not _ID_RE.match(ident):
        raise BuildError(f"{where}: 'id' must match [A-Za-z0-9_.-]+, got {ident!r}")
    where = f"{where} ({ident!r})"
    if not isinstance(name, str) or not name.strip():
        raise BuildError(f"{where}: 'name' must be a non-empty string, got {name!r}")
    category = raw.get("category")
    if category is not None and (not isinstance(category, str) or not category.strip()):
        raise BuildError(f"{where}: 'category' must be a non-empty string, got {category!r}")
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise BuildError(f"{where}: 'description' must be a string, got {description!r}")
    return Entity(
        id=ident,
        name=name,
        aliases=_check_str_list(raw.get("aliases", []), where, "'aliases'"),
        description=description,
        competitors=_check_str_list(raw.get("competitors", []), where, "'competitors'"),
        category=category,
    )


def _label(raw: Any, where: str, entity_ids: set[str]) -> Label:
    if not isinstance(raw, dict):
        raise BuildError(f"{where}: expected a label dict, got {type(raw).__name__}")
    unknown = sorted(set(raw) - LABEL_KEYS)
    if unknown:
        raise BuildError(f"{where}: unknown label keys {unknown} (known: {sorted(LABEL_KEYS)})")
    entity_id = raw.get("entity_id")
    if entity_id not in entity_ids:
        raise BuildError(f"{where}: unknown entity_id {entity_id!r}")
    where = f"{where}: label for {entity_id!r}"
    relevant, level, sentiment = raw.get("relevant"), raw.get("level"), raw.get("sentiment")
    if not isinstance(relevant, bool):
        raise BuildError(f"{where}: 'relevant' must be true or false, got {relevant!r}")
    if level not in LEVELS:
        raise BuildError(f"{where}: 'level' must be one of {', '.join(LEVELS)}, got {level!r}")
    if relevant != (level in RELEVANT_LEVELS):
        expected = "direct or about" if relevant else "competitor, category or none"
        raise BuildError(f"{where}: relevant={relevant} needs level {expected}, got {level!r}")
    if relevant and sentiment not in SENTIMENTS:
        raise BuildError(
            f"{where}: a relevant label needs 'sentiment' in {', '.join(SENTIMENTS)}, "
            f"got {sentiment!r}"
        )
    if not relevant and sentiment is not None:
        raise BuildError(
            f"{where}: a label that is not relevant has no sentiment, got {sentiment!r}"
        )
    tags = _check_str_list(raw.get("tags", []), where, "'tags'")
    bad = [tag for tag in tags if tag not in TAGS]
    if bad:
        raise BuildError(f"{where}: unknown tags {bad}; allowed: {', '.join(TAGS)}")
    return Label("", entity_id, relevant, level, sentiment, _ordered_tags(tags))


def _item(raw: Any, where: str, group: str, entity_ids: set[str]) -> Item:
    if not isinstance(raw, dict):
        raise BuildError(f"{where}: expected an item dict, got {type(raw).__name__}")
    family, text = raw.get("family"), raw.get("text")
    if not isinstance(family, str) or not family.strip() or family != family.strip():
        raise BuildError(f"{where}: 'family' must be a non-empty string, got {family!r}")
    where = f"{where} (family {family!r}, text {_short(text)})"
    unknown = sorted(set(raw) - ITEM_KEYS)
    if unknown:
        raise BuildError(f"{where}: unknown item keys {unknown} (known: {sorted(ITEM_KEYS)})")
    if not isinstance(text, str) or not text.strip():
        raise BuildError(f"{where}: 'text' must be a non-blank string")
    if text != text.strip():
        raise BuildError(f"{where}: 'text' has leading/trailing whitespace")
    if "{" in text and re.search(r"\{[A-Za-z_]+\}", text):
        raise BuildError(f"{where}: 'text' has an unfilled slot")
    lang, channel = raw.get("lang"), raw.get("channel")
    if not isinstance(lang, str) or not _LANG_RE.match(lang):
        raise BuildError(f"{where}: 'lang' must be a BCP-47 tag such as 'en', got {lang!r}")
    if not isinstance(channel, str) or not channel.strip():
        raise BuildError(f"{where}: 'channel' must be a non-empty string, got {channel!r}")
    raw_labels = raw.get("labels")
    if not isinstance(raw_labels, list) or not raw_labels:
        raise BuildError(f"{where}: 'labels' must be a non-empty list")
    labels = [_label(lab, where, entity_ids) for lab in raw_labels]
    seen = Counter(label.entity_id for label in labels)
    twice = sorted(e for e, n in seen.items() if n > 1)
    if twice:
        raise BuildError(f"{where}: two labels for the same entity {twice}")
    # Mechanical tags, the same on every label of the post.
    mech = surface_tags(text, lang)
    if sum(label.relevant for label in labels) >= 2:
        mech.append("multi-brand")
    done = tuple(
        Label(
            "",
            lab.entity_id,
            lab.relevant,
            lab.level,
            lab.sentiment,
            _ordered_tags((*lab.tags, *mech)),
        )
        for lab in labels
    )
    return Item(group, family, lang, text, channel, done)


def load_group(path: Path, known_entities: Mapping[str, str]) -> Group:
    """Import one ``group_*.py`` module and check its entities, queries and items.

    ``known_entities`` maps the entity ids of groups loaded before to their
    group (ids must be unique across groups). Raises :class:`BuildError`.
    """
    name = path.name
    module = _import(path)
    for attr in ("ENTITIES", "QUERIES", "items"):
        if not hasattr(module, attr):
            raise AttributeError(f"{name} has no {attr}")
    raw_entities = module.ENTITIES
    if not isinstance(raw_entities, list) or not raw_entities:
        raise BuildError(f"{name}: ENTITIES must be a non-empty list of dicts")
    entities = tuple(_entity(raw, f"{name}: ENTITIES[{i}]") for i, raw in enumerate(raw_entities))
    own: dict[str, str] = {}
    for entity in entities:
        other = known_entities.get(entity.id) or own.get(entity.id)
        if other is not None:
            raise BuildError(f"{name}: entity id {entity.id!r} is already defined in {other}")
        own[entity.id] = name
    queries = module.QUERIES
    if not isinstance(queries, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in queries.items()
    ):
        raise BuildError(f"{name}: QUERIES must be a dict of entity id -> non-empty query")
    strangers = sorted(set(queries) - set(own))
    if strangers:
        raise BuildError(f"{name}: QUERIES for entities it does not define: {strangers}")
    entity_ids = set(known_entities) | set(own)
    raw_items = module.items()
    if not isinstance(raw_items, list | tuple):
        raise BuildError(f"{name}: items() must return a list, got {type(raw_items).__name__}")
    items = tuple(
        _item(raw, f"{name}: item {i + 1}", name, entity_ids) for i, raw in enumerate(raw_items)
    )
    return Group(name, entities, dict(queries), items)


# --------------------------------------------------------------------------- assembling


def _dedupe(items: Sequence[Item]) -> list[Item]:
    """Drop repeats of a text within one family with equal labels; refuse other repeats."""
    first: dict[tuple[str, str], Item] = {}
    kept: list[Item] = []
    for item in items:
        key = (item.lang, item.text)
        seen = first.get(key)
        if seen is None:
            first[key] = item
            kept.append(item)
        elif seen.family != item.family or seen.labels != item.labels:
            raise BuildError(
                f"{item.group}: family {item.family!r}: text {_short(item.text, 70)} also occurs "
                f"in {seen.group} family {seen.family!r}"
                + (" with other labels" if seen.labels != item.labels else "")
                + " (each text must occur once)"
            )
    return kept


def _stratum(family_items: Sequence[Item]) -> tuple[str, str]:
    first = family_items[0].labels[0].entity_id
    classes = {
        label.relevant for item in family_items for label in item.labels if label.entity_id == first
    }
    profile = "both" if len(classes) == 2 else ("pos" if True in classes else "neg")
    return first, profile


def assign_splits(items: Sequence[Item]) -> dict[str, str]:
    """Family -> split, ≈ 50/20/30 % of the labelled pairs, every entity's classes in test.

    Families are ordered by stratum (first entity, class profile) and a seeded
    hash; each in turn goes to the split furthest below its target share of the
    pairs assigned so far (:data:`SPLIT_TARGETS`), so every stratum is spread
    over the splits. Then, for every entity and class that has no test pair,
    the first family (in that order) holding such a label moves to test.

    Example:
        >>> lab = Label("", "e", True, "about", "neutral")
        >>> sorted(assign_splits([Item("g", "f1", "en", "t", "x", (lab,))]).items())
        [('f1', 'test')]
    """
    by_family: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_family[item.family].append(item)
    size = {
        family: sum(len(item.labels) for item in members) for family, members in by_family.items()
    }
    order = sorted(by_family, key=lambda f: (_stratum(by_family[f]), _hash("split", f), f))
    splits: dict[str, str] = {}
    assigned: Counter[str] = Counter()
    total = 0
    for family in order:
        total += size[family]
        best = max(SPLIT_TARGETS, key=lambda s: SPLIT_TARGETS[s] * total - assigned[s])
        splits[family] = best
        assigned[best] += size[family]
    holders: dict[tuple[str, bool], list[str]] = defaultdict(list)
    for family in order:
        keys = {(lab.entity_id, lab.relevant) for item in by_family[family] for lab in item.labels}
        for key in sorted(keys):
            holders[key].append(family)
    for _key, families in sorted(holders.items()):
        if not any(splits[family] == "test" for family in families):
            splits[families[0]] = "test"
    return splits


_FIRST = (
    "ana", "ben", "chen", "dani", "eli", "femi", "gosia", "hana", "ines", "jun", "kasia",
    "leo", "mia", "nico", "ola", "pablo", "quin", "rui", "sara", "tomo", "uli", "vero",
    "wen", "xavi", "yuki", "zoe", "luca", "marta", "jonas", "chloe", "akira", "lin",
)  # fmt: skip
_SECOND = (
    "runs", "cooks", "codes", "bakes", "travels", "reads", "draws", "rides", "sails",
    "lifts", "plays", "writes", "shoots", "knits", "hikes", "games", "sings", "surfs",
    "fox", "owl", "bear", "cat", "wolf", "moth", "bee", "koi",
)  # fmt: skip


def _author(text: str, channel: str) -> str | None:
    if channel == "news":
        return None
    h = _hash("author", text)
    if h % 11 == 0:
        return None
    first = _FIRST[h % len(_FIRST)]
    second = _SECOND[(h >> 8) % len(_SECOND)]
    number = (h >> 16) % 100
    sep = ("", "_", ".", "")[(h >> 24) % 4]
    handle = f"{first}{sep}{second}{number if (h >> 32) % 3 else ''}"
    return f"@{handle}" if channel in _HANDLE_CHANNELS else handle


def _created_at(text: str) -> str:
    minutes = _hash("time", text) % _TIME_SPAN_MINUTES
    return (_TIME_START + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:00Z")


def _language_order(langs: Iterable[str]) -> list[str]:
    present = set(langs)
    return [lang for lang in LANGUAGE_ORDER if lang in present] + sorted(
        present - set(LANGUAGE_ORDER)
    )


def queries_text(groups: Sequence[Group]) -> str:
    """The ``queries.txt`` of the corpus: each group's queries in its entity order."""
    lines = [
        "# Keyword queries for the listenbench `ambiguity` corpus, one per entity.",
        "#",
        "# Syntax: baselines/QUERY-LANGUAGE.md. Generated by corpora/ambiguity/build/build.py",
        "# from the QUERIES of each group_*.py; each query is what an analyst writes in",
        "# about an hour from the entity's description (not tuned on the labelled posts).",
    ]
    for group in groups:
        lines += ["", f"# --- {group.name}"]
        for entity in group.entities:
            query = group.queries.get(entity.id)
            if query is None:
                continue
            body = [line.strip() for line in query.strip().splitlines() if line.strip()]
            lines.append(f"{entity.id}: {body[0]}")
            lines += [f"    {line}" for line in body[1:]]
    return "\n".join(lines) + "\n"


def load_groups(
    build_dir: Path = BUILD_DIR, say: Callable[[str], None] = print
) -> tuple[list[Group], list[str]]:
    """Load every group module; incomplete ones (import failure, missing names) are skipped.

    Returns the loaded groups and the skip messages.
    """
    groups: list[Group] = []
    skipped: list[str] = []
    known: dict[str, str] = {}
    for path in group_paths(build_dir):
        try:
            group = load_group(path, known)
        except BuildError:
            raise
        except Exception as exc:  # an unfinished module must not stop the build
            message = f"{path.name}: skipped ({type(exc).__name__}: {exc})"
            say(f"warning: {message}")
            skipped.append(message)
            continue
        groups.append(group)
        known.update({entity.id: group.name for entity in group.entities})
    if not groups:
        raise BuildError(f"no usable group_*.py module in {build_dir}")
    return groups, skipped


def build(
    out_dir: str | Path = DEFAULT_OUT,
    *,
    build_dir: str | Path = BUILD_DIR,
    say: Callable[[str], None] = print,
    allow_incomplete: bool = False,
) -> BuildResult:
    """Build the corpus into ``out_dir`` from the group modules in ``build_dir``.

    Raises :class:`BuildError` for an invalid source item (the message names
    group, family and text) or when an entity lacks a class in the test split
    (with ``allow_incomplete``, that last problem is only reported through ``say``,
    for work in progress).

    Example:
        >>> result = build("/tmp/ambiguity", say=lambda _m: None)  # doctest: +SKIP
        >>> result.posts[0].id  # doctest: +SKIP
        'amb-000001'
    """
    groups, skipped = load_groups(Path(build_dir), say)
    entities = [entity for group in groups for entity in group.entities]
    entity_ids = {entity.id for entity in entities}
    group_of_entity = {entity.id: group.name for group in groups for entity in group.entities}
    for entity in entities:
        unknown = [c for c in entity.competitors if c not in entity_ids]
        if unknown:
            raise BuildError(
                f"{group_of_entity[entity.id]}: entity {entity.id!r} lists unknown "
                f"competitors {unknown}"
            )
    items = _dedupe([item for group in groups for item in group.items])
    family_groups: dict[str, str] = {}
    for item in items:
        if family_groups.setdefault(item.family, item.group) != item.group:
            raise BuildError(
                f"{item.group}: family {item.family!r} is also used by {family_groups[item.family]}"
            )
    splits = assign_splits(items)
    ordered = sorted(items, key=lambda it: (_hash("order", it.lang, it.text), it.text))
    posts: list[Post] = []
    labels: list[Label] = []
    family_of_post: dict[str, str] = {}
    for index, item in enumerate(ordered, start=1):
        post_id = f"amb-{index:06d}"
        posts.append(
            Post(
                id=post_id,
                text=item.text,
                lang=item.lang,
                channel=item.channel,
                created_at=_created_at(item.text),
                author=_author(item.text, item.channel),
                split=splits[item.family],
            )
        )
        family_of_post[post_id] = item.family
        for label in sorted(item.labels, key=lambda lab: lab.entity_id):
            labels.append(
                Label(
                    post_id,
                    label.entity_id,
                    label.relevant,
                    label.level,
                    label.sentiment,
                    label.tags,
                )
            )
    try:
        _check_test_classes(posts, labels, entities, group_of_entity)
    except BuildError as exc:
        if not allow_incomplete:
            raise
        say(f"warning: {exc}")
    languages = _language_order(post.lang for post in posts)
    n_rel = sum(label.relevant for label in labels)
    description = (
        f"{len(posts)} invented social-media posts in {len(languages)} languages about "
        f"{len(entities)} brands whose names are also everyday words or other names (Apple "
        f"vs the fruit, Corona vs the virus, 小米 vs millet, Play vs to play, 'sick' as praise "
        f"vs symptom), with {len(labels)} labelled (post, entity) pairs "
        f"({100 * n_rel / max(1, len(labels)):.0f}% relevant), listening levels, sentiment "
        f"and tags; hand-written sentences multiplied by slot-filling. See DATASHEET.md."
    )
    out = Path(out_dir)
    write_corpus(
        out,
        name=NAME,
        version=VERSION,
        licence=LICENCE,
        source=SOURCE,
        description=description,
        posts=posts,
        entities=entities,
        labels=labels,
        languages=languages,
        queries_text=queries_text(groups),
    )
    suspicions = tuple(find_suspicious(load_corpus(out)))
    return BuildResult(
        out_dir=out,
        groups=tuple(group.name for group in groups),
        skipped=tuple(skipped),
        posts=tuple(posts),
        entities=tuple(entities),
        labels=tuple(labels),
        family_of_post=family_of_post,
        group_of_entity=group_of_entity,
        suspicions=suspicions,
    )


def _check_test_classes(
    posts: Sequence[Post],
    labels: Sequence[Label],
    entities: Sequence[Entity],
    group_of_entity: Mapping[str, str],
) -> None:
    split_of = {post.id: post.split for post in posts}
    classes: dict[str, set[bool]] = defaultdict(set)
    for label in labels:
        if split_of[label.post_id] == "test":
            classes[label.entity_id].add(label.relevant)
    missing = [
        f"{entity.id} ({group_of_entity[entity.id]}: "
        + (
            "no test pairs"
            if not classes[entity.id]
            else f"only {'relevant' if True in classes[entity.id] else 'irrelevant'} test pairs"
        )
        + ")"
        for entity in entities
        if len(classes[entity.id]) < 2
    ]
    if missing:
        raise BuildError(
            "entities without both classes in the test split (add families): " + "; ".join(missing)
        )


# --------------------------------------------------------------------------- statistics


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def _table(header: Sequence[str], rows: Iterable[Sequence[object]], right: int = 1) -> str:
    head = "| " + " | ".join(header) + " |"
    rule = "|" + "|".join(["---"] * right + ["---:"] * (len(header) - right)) + "|"
    body = ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def statistics_markdown(result: BuildResult) -> str:
    """Markdown tables of the built corpus: totals, and pairs per language, entity,
    level, sentiment, tag, split, channel and group."""
    posts = {post.id: post for post in result.posts}
    labels = result.labels
    n_rel = sum(lab.relevant for lab in labels)
    out: list[str] = []
    out.append(
        _table(
            ["", "count"],
            [
                ["posts", len(posts)],
                ["entities", len(result.entities)],
                ["labelled pairs", len(labels)],
                ["relevant pairs", f"{n_rel} ({_pct(n_rel, len(labels))})"],
                ["languages", len({p.lang for p in posts.values()})],
                ["template families", len(set(result.family_of_post.values()))],
                ["groups", ", ".join(result.groups)],
            ],
        )
    )

    def grouped(
        key: Callable[[Label], Iterable[str]], order: Sequence[str] | None = None, title: str = ""
    ) -> str:
        pairs: Counter[str] = Counter()
        rel: Counter[str] = Counter()
        post_sets: dict[str, set[str]] = defaultdict(set)
        for lab in labels:
            for value in key(lab):
                pairs[value] += 1
                rel[value] += int(lab.relevant)
                post_sets[value].add(lab.post_id)
        values = list(order) if order is not None else sorted(pairs)
        rows = [
            [f"`{v}`", len(post_sets[v]), pairs[v], rel[v], _pct(rel[v], pairs[v])]
            for v in values
            if pairs[v]
        ]
        rows.append(["**all**", len(posts), len(labels), n_rel, _pct(n_rel, len(labels))])
        return _table([title, "posts", "pairs", "relevant", "relevant share"], rows)

    langs = _language_order(p.lang for p in posts.values())
    out.append(grouped(lambda lab: [posts[lab.post_id].lang], langs, "language"))

    # entities: pairs, relevant, languages, test pairs per class
    ent_rows = []
    for entity in result.entities:
        mine = [lab for lab in labels if lab.entity_id == entity.id]
        rel = sum(lab.relevant for lab in mine)
        n_langs = len({posts[lab.post_id].lang for lab in mine})
        test = [lab for lab in mine if posts[lab.post_id].split == "test"]
        test_rel = sum(lab.relevant for lab in test)
        ent_rows.append(
            [
                f"`{entity.id}`",
                result.group_of_entity[entity.id].removesuffix(".py"),
                len(mine),
                rel,
                _pct(rel, len(mine)),
                n_langs,
                f"{test_rel} / {len(test) - test_rel}",
            ]
        )
    out.append(
        _table(
            [
                "entity",
                "group",
                "pairs",
                "relevant",
                "relevant share",
                "languages",
                "test rel / irr",
            ],
            ent_rows,
        )
    )
    out.append(grouped(lambda lab: [lab.level or "(none)"], list(LEVELS), "level"))
    sentiments: Counter[str] = Counter(lab.sentiment or "" for lab in labels if lab.relevant)
    out.append(
        _table(
            ["sentiment (relevant pairs)", "pairs"],
            [[f"`{s}`", sentiments[s]] for s in SENTIMENTS if sentiments[s]],
        )
    )
    out.append(grouped(lambda lab: lab.tags, [t for t in TAGS], "tag"))
    out.append(
        grouped(
            lambda lab: [posts[lab.post_id].split or "(none)"], ["train", "dev", "test"], "split"
        )
    )
    out.append(grouped(lambda lab: [posts[lab.post_id].channel or "(none)"], None, "channel"))
    out.append(
        grouped(
            lambda lab: [result.group_of_entity[lab.entity_id].removesuffix(".py")], None, "group"
        )
    )
    return "\n\n".join(out) + "\n"


def replace_block(path: Path, marker: str, content: str) -> None:
    """Replace the text between ``<!-- MARKER:begin -->`` and ``<!-- MARKER:end -->`` in a file.

    Raises :class:`BuildError` when the file or a marker is missing.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     doc = Path(tmp) / "d.md"
        ...     _ = doc.write_text("a <!-- s:begin --> old <!-- s:end --> b")
        ...     replace_block(doc, "s", "new")
        ...     doc.read_text().split()
        ['a', '<!--', 's:begin', '-->', 'new', '<!--', 's:end', '-->', 'b']
    """
    begin, end = f"<!-- {marker}:begin -->", f"<!-- {marker}:end -->"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BuildError(f"cannot read {path}: {exc}") from None
    start, stop = text.find(begin), text.find(end)
    if start < 0 or stop < start:
        raise BuildError(f"{path}: expected the markers {begin} and {end}, in that order")
    head, tail = text[: start + len(begin)], text[stop:]
    path.write_text(f"{head}\n{content.strip()}\n{tail}", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build, print statistics and suspicions; exit 1 on errors."""
    parser = argparse.ArgumentParser(description="Build the listenbench ambiguity corpus.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--quiet", action="store_true", help="print no statistics")
    parser.add_argument(
        "--update-datasheet",
        action="store_true",
        help="also write the statistics into OUT/DATASHEET.md (between the stats markers)",
    )
    parser.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="write the corpus even if an entity lacks a class in the test split",
    )
    args = parser.parse_args(argv)
    try:
        result = build(
            args.out,
            say=lambda msg: print(msg, file=sys.stderr),
            allow_incomplete=args.allow_incomplete,
        )
    except (BuildError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    stats = statistics_markdown(result)
    if not args.quiet:
        print(stats)
    if args.update_datasheet:
        try:
            replace_block(Path(args.out) / "DATASHEET.md", "stats", stats)
        except BuildError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    for suspicion in result.suspicions:
        print(f"suspicious: {suspicion}", file=sys.stderr)
    print(
        f"wrote {result.out_dir} ({len(result.posts)} posts, {result.n_pairs} pairs; "
        f"groups: {', '.join(result.groups)}; {len(result.suspicions)} suspicious)",
        file=sys.stderr,
    )
    return 1 if result.suspicions else 0


if __name__ == "__main__":
    sys.exit(main())
