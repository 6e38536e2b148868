"""Import WiC (Word-in-Context, English) as a ``pair`` corpus.

Source: the WiC dataset (Pilehvar and Camacho-Collados, NAACL 2019; CC BY-NC
4.0) as unpacked from pilehvar.github.io/wic: ``train/train.data.txt`` +
``train/train.gold.txt`` and ``dev/dev.data.txt`` + ``dev/dev.gold.txt``
(the test gold is not public). A data line is tab-separated: lemma, part of
speech (``N`` or ``V``), the target's token indexes in the two sentences
(``i-j``), sentence 1, sentence 2 (tokenised, space-separated); the gold
file has ``T`` or ``F`` on the same line.

The corpus's task is ``pair`` with one entity, ``same-sense``. Line N of
``<file>.data.txt`` becomes the post ``wic-<file>-N`` (``text`` = sentence 1,
``text_pair`` = sentence 2, ``target`` = the lemma) and a label, relevant iff
the gold is ``T``, tagged ``pos:N`` or ``pos:V``. The train file is split
``train``; the dev file is cut into ``dev`` and ``test`` by a seeded hash of
the lemma (:func:`dev_or_test`), so a lemma never crosses dev and test.

Example:
    >>> item = parse_data_line("bank\\tN\\t3-1\\tWe sat on the bank .\\tThe bank lends .",
    ...                        Path("dev.data.txt"), 1)
    >>> item.lemma, item.pos, item.index1, item.index2
    ('bank', 'N', 3, 1)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from listenbench.corpora._schema import Entity, Label, Post
from listenbench.corpora._write import write_corpus
from listenbench.corpora.importers._base import ImporterError, ImportOptions
from listenbench.corpora.importers._common import dev_or_test, pair_item, text_lines

NAME = "wic"
DEFAULT_SOURCE = "../shared/data/wic"
ENTITY_ID = "same-sense"
ID_PREFIX = "wic-"
#: The source files read (``<name>/<name>.data.txt`` and ``.gold.txt``).
FILES: tuple[str, ...] = ("train", "dev")
POS_TAGS: tuple[str, ...] = ("N", "V")
_INDEXES_RE = re.compile(r"^(\d+)-(\d+)$")

#: The entity of word-in-context pair corpora (``wic``, ``mclwic``).
SAME_SENSE = Entity(
    id=ENTITY_ID,
    name="Same sense",
    description="Does the target word have the same meaning in text and text_pair?",
)


@dataclass(frozen=True, slots=True)
class Item:
    """One WiC instance: where it is from, its data fields and its gold answer."""

    file: str  # "train" or "dev"
    line: int
    lemma: str
    pos: str
    index1: int
    index2: int
    sentence1: str
    sentence2: str
    same: bool = False

    @property
    def post_id(self) -> str:
        return f"{ID_PREFIX}{self.file}-{self.line:05d}"


def parse_data_line(line: str, src: Path, number: int, file: str = "dev") -> Item:
    """One ``*.data.txt`` line as an :class:`Item` (gold not yet known: ``same=False``).

    Raises :class:`ImporterError` naming file and line for a malformed line,
    including a token index outside its sentence.

    Example:
        >>> try:
        ...     parse_data_line("go\\tV\\t9-0\\tGo .\\tGo home .", Path("d.txt"), 4)
        ... except ImporterError as exc:
        ...     print(exc)
        d.txt:4: field 3 (indexes): token 9 is not in sentence 1, which has 2 tokens
    """
    fields = line.split("\t")
    if len(fields) != 5:
        raise ImporterError(
            "expected 5 tab-separated fields (lemma, pos, indexes, sentence1, sentence2), "
            f"got {len(fields)}",
            file=src,
            line=number,
        )
    lemma, pos, indexes, sentence1, sentence2 = fields
    if not lemma.strip():
        raise ImporterError("field 1 (lemma) is empty", file=src, line=number)
    if pos not in POS_TAGS:
        raise ImporterError(
            f"field 2 (pos): expected 'N' or 'V', got {pos!r}", file=src, line=number
        )
    found = _INDEXES_RE.match(indexes)
    if found is None:
        raise ImporterError(
            f"field 3 (indexes): expected two token indexes 'i-j', got {indexes!r}",
            file=src,
            line=number,
        )
    for field, sentence in ((4, sentence1), (5, sentence2)):
        if not sentence.strip():
            raise ImporterError(
                f"field {field} (sentence{field - 3}) is empty", file=src, line=number
            )
    index1, index2 = int(found.group(1)), int(found.group(2))
    for which, index, sentence in ((1, index1, sentence1), (2, index2, sentence2)):
        tokens = len(sentence.split(" "))
        if index >= tokens:
            raise ImporterError(
                f"field 3 (indexes): token {index} is not in sentence {which}, which has "
                f"{tokens} tokens",
                file=src,
                line=number,
            )
    return Item(file, number, lemma.strip(), pos, index1, index2, sentence1, sentence2)


def read_file(root: Path, file: str, limit: int | None = None) -> list[Item]:
    """The items of ``root/<file>/<file>.data.txt`` with their gold; the first ``limit`` only.

    The data and gold files must have the same number of lines (an error
    names both); every gold line must be ``T`` or ``F``. All lines are
    checked, also with a ``limit``.

    Example:
        >>> read_file(Path("/no/wic"), "dev")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/wic/dev/dev.data.txt: ...
    """
    data_path = root / file / f"{file}.data.txt"
    gold_path = root / file / f"{file}.gold.txt"
    data = text_lines(data_path)
    gold = text_lines(gold_path)
    if len(data) != len(gold):
        raise ImporterError(
            f"{len(data)} data line(s), but {gold_path} has {len(gold)} gold line(s); "
            "expected one gold answer per line",
            file=data_path,
        )
    items: list[Item] = []
    for number, (line, answer) in enumerate(zip(data, gold, strict=True), start=1):
        item = parse_data_line(line, data_path, number, file)
        if answer.strip() not in ("T", "F"):
            raise ImporterError(
                f"expected a gold answer 'T' or 'F', got {answer!r}", file=gold_path, line=number
            )
        if limit is None or len(items) < limit:
            items.append(replace(item, same=answer.strip() == "T"))
    return items


def split_of(item: Item, seed: int = 0) -> str:
    """``train`` for the train file; ``dev`` or ``test`` by the lemma's hash for the dev file.

    Example:
        >>> a = Item("dev", 1, "bank", "N", 0, 0, "a", "b")
        >>> b = Item("dev", 9, "bank", "N", 0, 0, "c", "d")
        >>> split_of(a) == split_of(b) == dev_or_test("bank")
        True
    """
    return "train" if item.file == "train" else dev_or_test(item.lemma, seed)


def convert(items: Sequence[Item], seed: int = 0) -> tuple[list[Post], list[Label]]:
    """Posts (sentence pairs about the lemma) and ``same-sense`` labels from items.

    Example:
        >>> item = Item("train", 2, "go", "V", 0, 1, "Go .", "Let go .", True)
        >>> posts, labels = convert([item])
        >>> posts[0].id, posts[0].split, posts[0].target, labels[0].relevant, labels[0].tags
        ('wic-train-00002', 'train', 'go', True, ('pos:V',))
    """
    posts: list[Post] = []
    labels: list[Label] = []
    for item in items:
        post, label = pair_item(
            post_id=item.post_id,
            text=item.sentence1,
            text_pair=item.sentence2,
            target=item.lemma,
            lang="en",
            split=split_of(item, seed),
            same=item.same,
            pos=item.pos,
            entity_id=ENTITY_ID,
        )
        posts.append(post)
        labels.append(label)
    return posts, labels


def run(src: Path, out: Path, options: ImportOptions) -> Path:
    """Import ``src`` (the WiC folder with ``train/`` and ``dev/``) into ``out``.

    ``options.limit`` keeps the first N items of each file; ``options.seed``
    changes the dev/test cut.

    Example:
        >>> run(Path("/no/wic"), Path("out"), ImportOptions())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/wic: source folder not found ...
    """
    if not src.is_dir():
        raise ImporterError(
            "source folder not found (expected the WiC folder holding train/ and dev/)", file=src
        )
    items: list[Item] = []
    for file in FILES:
        items.extend(read_file(src, file, options.limit))
    if not items:
        raise ImporterError("no items in train/train.data.txt or dev/dev.data.txt", file=src)
    posts, labels = convert(items, options.seed)
    portion = "" if options.limit is None else f" (first {options.limit} items per file only)"
    description = (
        "WiC, the English Word-in-Context dataset: does the target word (a noun or verb, "
        "given as the lemma) have the same meaning in both sentences? Task 'pair': text = "
        "sentence 1, text_pair = sentence 2, target = the lemma; entity 'same-sense', relevant "
        f"= same meaning (gold T). Imported from train/ and dev/{portion}: train is the "
        "train file; the dev file is cut into dev and test by a seeded hash of the lemma "
        f"(about half each, no lemma in both; seed {options.seed}). The WiC test gold is not "
        "public."
    )
    return write_corpus(
        out,
        name=NAME,
        version="1.0.0",
        licence="CC BY-NC 4.0",
        source=(
            "Pilehvar and Camacho-Collados, 'WiC: the Word-in-Context Dataset for Evaluating "
            "Context-Sensitive Meaning Representations', NAACL 2019: "
            "https://pilehvar.github.io/wic/"
        ),
        description=description,
        languages=["en"],
        posts=posts,
        entities=[SAME_SENSE],
        labels=labels,
        task="pair",
    )
