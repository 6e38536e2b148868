"""Import MCL-WiC (SemEval-2021 Task 2, multilingual word-in-context) as a ``pair`` corpus.

Source: the SapienzaNLP/mcl-wic release (CC BY-NC 4.0): ``training/``
(``training.en-en.data`` + ``.gold``) and ``dev/multilingual/``
(``dev.<l>-<l>.data`` + ``.gold`` for ar, en, fr, ru, zh). A ``.data`` file is
a JSON list of objects with ``id``, ``lemma``, ``pos``, ``sentence1``,
``sentence2`` and the target's character offsets ``start1``/``end1``,
``start2``/``end2``; the ``.gold`` file beside it a JSON list of ``{"id",
"tag"}`` with ``tag`` ``T`` (same meaning) or ``F``. The test gold is not
public, so ``test/`` is not read.

The corpus's task is ``pair`` with one entity, ``same-sense`` (as for
:mod:`wic`). Each data item becomes the post ``mclwic-<id>``
(``mclwic-dev.fr-fr.12``: ``text`` = sentence 1, ``text_pair`` = sentence 2,
``target`` = the lemma, ``lang`` from the file name, Chinese as ``zh-Hans``
or ``zh-Hant`` by its script) and a label, relevant iff the gold tag is
``T``, tagged ``pos:<POS>`` (``NOUN``, ``VERB``, ``ADJ``, ``ADV``). Training
items are split ``train``; each dev file is cut into ``dev`` and ``test`` by
a seeded hash of the lemma, so a lemma never crosses dev and test.

Example:
    >>> parse_file_name(Path("dev.fr-fr.data"))
    ('dev', 'fr')
    >>> chinese_tag(["这个国家的人们说"]), chinese_tag(["這個國家的人們說"])
    ('zh-Hans', 'zh-Hant')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from listenbench.corpora._schema import Label, Post
from listenbench.corpora._write import write_corpus
from listenbench.corpora.importers._base import ImporterError, ImportOptions
from listenbench.corpora.importers._common import dev_or_test, pair_item, read_text
from listenbench.corpora.importers.wic import ENTITY_ID, SAME_SENSE

NAME = "mclwic"
DEFAULT_SOURCE = "../shared/data/mclwic"
ID_PREFIX = "mclwic-"
#: Keys every ``.data`` item has.
DATA_KEYS: tuple[str, ...] = (
    "id",
    "lemma",
    "pos",
    "sentence1",
    "sentence2",
    "start1",
    "end1",
    "start2",
    "end2",
)
_NAME_RE = re.compile(r"^(training|dev)\.([a-z]{2,3})-([a-z]{2,3})\.data$")
#: Characters written differently in simplified and traditional Chinese (and
#: not shared by the other script), as (simplified, traditional) strings.
_SIMPLIFIED = "们这个国说时会为来与经过对没实现东车门问关长开书业专还从动点学让见"
_TRADITIONAL = "們這個國說時會為來與經過對沒實現東車門問關長開書業專還從動點學讓見"


@dataclass(frozen=True, slots=True)
class Item:
    """One MCL-WiC instance with its gold answer; ``kind`` is ``training`` or ``dev``."""

    kind: str
    lang: str
    id: str
    lemma: str
    pos: str
    sentence1: str
    sentence2: str
    same: bool

    @property
    def post_id(self) -> str:
        return f"{ID_PREFIX}{self.id}"


def parse_file_name(path: Path) -> tuple[str, str]:
    """(``training`` or ``dev``, language code) of a ``.data`` file's name.

    Raises :class:`ImporterError` for a name not shaped ``<kind>.<l>-<l>.data``
    and for a cross-lingual file (two languages: a post has one).

    Example:
        >>> parse_file_name(Path("training.en-en.data"))
        ('training', 'en')
        >>> parse_file_name(Path("dev.en-fr.data"))
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: dev.en-fr.data: cross-lingual pairs ...
    """
    found = _NAME_RE.match(path.name)
    if found is None:
        raise ImporterError(
            "expected a file name like 'dev.en-en.data' or 'training.en-en.data'", file=path
        )
    kind, first, second = found.groups()
    if first != second:
        raise ImporterError(
            f"cross-lingual pairs ({first}-{second}) are not supported: a post has one language",
            file=path,
        )
    return kind, first


def chinese_tag(texts: Iterable[str]) -> str:
    """``zh-Hans`` or ``zh-Hant`` by which script's characters are more frequent; else ``zh``.

    Counts characters that differ between the scripts (这/這, 们/們, 国/國, ...).

    Example:
        >>> chinese_tag(["我们"]), chinese_tag(["我們"]), chinese_tag(["中文"])
        ('zh-Hans', 'zh-Hant', 'zh')
    """
    simplified = traditional = 0
    for text in texts:
        for char in text:
            if char in _SIMPLIFIED:
                simplified += 1
            elif char in _TRADITIONAL:
                traditional += 1
    if simplified > traditional:
        return "zh-Hans"
    if traditional > simplified:
        return "zh-Hant"
    return "zh"


def source_files(root: Path) -> list[Path]:
    """The ``.data`` files to read: ``training/**/*.data``, then ``dev/multilingual/*.data``.

    Example:
        >>> source_files(Path("/no/such"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such: source folder not found ...
    """
    if not root.is_dir():
        raise ImporterError(
            "source folder not found (expected the MCL-WiC folder holding training/ and dev/)",
            file=root,
        )
    files = sorted(root.glob("training/**/*.data")) + sorted(root.glob("dev/multilingual/*.data"))
    if not files:
        raise ImporterError(
            "no .data files in training/ or dev/multilingual/ (expected e.g. "
            "training/training.en-en.data)",
            file=root,
        )
    return files


def _json_list(path: Path) -> list[Any]:
    try:
        value = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise ImporterError(
            f"malformed JSON: {exc.msg} (column {exc.colno})", file=path, line=exc.lineno
        ) from None
    if not isinstance(value, list):
        raise ImporterError(
            f"expected a JSON list of objects, got a JSON {type(value).__name__}", file=path
        )
    return value


def _where(index: int, record: Any) -> str:
    ident = record.get("id") if isinstance(record, dict) else None
    return f"item {index + 1}" + (f" (id {ident!r})" if isinstance(ident, str) else "")


def _offset(record: dict[str, Any], key: str, path: Path, where: str) -> int:
    value = record[key]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    raise ImporterError(
        f"{where}: {key!r}: expected a character offset (a whole number), got {value!r}",
        file=path,
    )


def _check_data_item(record: Any, index: int, path: Path) -> dict[str, Any]:
    where = _where(index, record)
    if not isinstance(record, dict):
        raise ImporterError(f"{where}: expected a JSON object, got {record!r:.40}", file=path)
    missing = [key for key in DATA_KEYS if key not in record]
    if missing:
        raise ImporterError(f"{where}: missing key(s) {', '.join(missing)}", file=path)
    for key in ("id", "lemma", "pos", "sentence1", "sentence2"):
        value = record[key]
        if not isinstance(value, str) or not value.strip():
            raise ImporterError(
                f"{where}: {key!r}: expected a non-empty string, got {value!r}", file=path
            )
    for which in ("1", "2"):
        start = _offset(record, "start" + which, path, where)
        end = _offset(record, "end" + which, path, where)
        length = len(record["sentence" + which])
        if not start < end <= length:
            raise ImporterError(
                f"{where}: offsets start{which}={start}, end{which}={end} are not a span of "
                f"sentence{which} ({length} characters)",
                file=path,
            )
    return record


def _gold_tags(path: Path) -> dict[str, bool]:
    tags: dict[str, bool] = {}
    for index, record in enumerate(_json_list(path)):
        where = _where(index, record)
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise ImporterError(f"{where}: expected an object with an 'id' string", file=path)
        tag = record.get("tag")
        if tag not in ("T", "F"):
            raise ImporterError(f"{where}: 'tag': expected 'T' or 'F', got {tag!r}", file=path)
        if record["id"] in tags:
            raise ImporterError(f"{where}: id {record['id']!r} appears twice", file=path)
        tags[record["id"]] = tag == "T"
    return tags


def read_file(data_path: Path, limit: int | None = None) -> list[Item]:
    """The items of a ``.data`` file joined by id with the ``.gold`` file beside it.

    Every data item must be well-formed (keys, non-empty strings, offsets
    inside their sentence) and have exactly one gold tag, and every gold id a
    data item; errors name the file and the item. All items are checked, also
    with a ``limit`` (which keeps the first N).

    Example:
        >>> read_file(Path("/no/dev.en-en.data"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/dev.en-en.data: cannot read: ...
    """
    kind, code = parse_file_name(data_path)
    gold_path = data_path.with_suffix(".gold")
    records = [
        _check_data_item(record, index, data_path)
        for index, record in enumerate(_json_list(data_path))
    ]
    gold = _gold_tags(gold_path)
    seen: set[str] = set()
    for index, record in enumerate(records):
        ident = record["id"]
        if ident in seen:
            raise ImporterError(f"{_where(index, record)}: id appears twice", file=data_path)
        seen.add(ident)
        if ident not in gold:
            raise ImporterError(
                f"{_where(index, record)}: no gold tag for this id in {gold_path}", file=data_path
            )
    extra = [ident for ident in gold if ident not in seen]
    if extra:
        more = f" (and {len(extra) - 1} more)" if len(extra) > 1 else ""
        raise ImporterError(
            f"gold id {extra[0]!r}{more} has no item in {data_path}", file=gold_path
        )
    kept = records if limit is None else records[:limit]
    lang = code
    if code == "zh":
        lang = chinese_tag(r["sentence1"] + r["sentence2"] for r in records)
    return [
        Item(
            kind=kind,
            lang=lang,
            id=r["id"],
            lemma=r["lemma"].strip(),
            pos=r["pos"].strip(),
            sentence1=r["sentence1"],
            sentence2=r["sentence2"],
            same=gold[r["id"]],
        )
        for r in kept
    ]


def split_of(item: Item, seed: int = 0) -> str:
    """``train`` for training items; ``dev`` or ``test`` by the lemma's hash for dev items.

    Example:
        >>> item = Item("dev", "fr", "dev.fr-fr.3", "relever", "VERB", "a", "b", True)
        >>> split_of(item) == dev_or_test("relever")
        True
    """
    return "train" if item.kind == "training" else dev_or_test(item.lemma, seed)


def convert(items: Sequence[Item], seed: int = 0) -> tuple[list[Post], list[Label]]:
    """Posts (sentence pairs about the lemma) and ``same-sense`` labels from items.

    Example:
        >>> item = Item("training", "en", "training.en-en.0", "play", "NOUN", "A key play.",
        ...             "A musical play.", False)
        >>> posts, labels = convert([item])
        >>> posts[0].id, posts[0].split, posts[0].target, labels[0].relevant, labels[0].tags
        ('mclwic-training.en-en.0', 'train', 'play', False, ('pos:NOUN',))
    """
    posts: list[Post] = []
    labels: list[Label] = []
    for item in items:
        post, label = pair_item(
            post_id=item.post_id,
            text=item.sentence1,
            text_pair=item.sentence2,
            target=item.lemma,
            lang=item.lang,
            split=split_of(item, seed),
            same=item.same,
            pos=item.pos,
            entity_id=ENTITY_ID,
        )
        posts.append(post)
        labels.append(label)
    return posts, labels


def run(src: Path, out: Path, options: ImportOptions) -> Path:
    """Import ``src`` (the MCL-WiC folder with ``training/`` and ``dev/``) into ``out``.

    ``options.limit`` keeps the first N items of each file; ``options.seed``
    changes the dev/test cut.

    Example:
        >>> run(Path("/no/such"), Path("out"), ImportOptions())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such: source folder not found ...
    """
    items: list[Item] = []
    for data_path in source_files(src):
        items.extend(read_file(data_path, options.limit))
    ids: set[str] = set()
    for item in items:
        if item.id in ids:
            raise ImporterError(f"id {item.id!r} occurs in two .data files", file=src)
        ids.add(item.id)
    if not items:
        raise ImporterError("no items in the .data files", file=src)
    posts, labels = convert(items, options.seed)
    languages = list(dict.fromkeys(item.lang for item in items))
    portion = "" if options.limit is None else f" (first {options.limit} items per file only)"
    description = (
        "MCL-WiC (SemEval-2021 Task 2), multilingual word-in-context: does the target word "
        "(given as the lemma) have the same meaning in both sentences? Task 'pair': text = "
        "sentence 1, text_pair = sentence 2, target = the lemma; entity 'same-sense', relevant "
        f"= same meaning (gold T); languages {', '.join(languages)}. Imported from training/ "
        f"and dev/multilingual/{portion}: train is the English training file; each dev file "
        "is cut into dev and test by a seeded hash of the lemma (about half each, no lemma in "
        f"both; seed {options.seed}). The MCL-WiC test gold is not public."
    )
    return write_corpus(
        out,
        name=NAME,
        version="1.0.0",
        licence="CC BY-NC 4.0",
        source=(
            "Martelli, Kalach, Tola and Navigli, 'SemEval-2021 Task 2: Multilingual and "
            "Cross-lingual Word-in-Context Disambiguation (MCL-WiC)', SemEval 2021: "
            "https://github.com/SapienzaNLP/mcl-wic"
        ),
        description=description,
        languages=languages,
        posts=posts,
        entities=[SAME_SENSE],
        labels=labels,
        task="pair",
    )
