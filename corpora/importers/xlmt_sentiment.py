"""Import the XLM-T multilingual tweet sentiment data (UMSAB) as a sentiment corpus.

Source: ``data/sentiment/`` of cardiffnlp/xlm-t (repository Apache-2.0; the
tweets come from several earlier datasets, whose terms apply): one folder per
language (``arabic``, ``english``, ``french``, ``german``, ``hindi``,
``italian``, ``portuguese``, ``spanish``), each holding
``{train,val,test}_text.txt`` (one tweet per line) and
``{train,val,test}_labels.txt`` (one label per line: ``0`` negative,
``1`` neutral, ``2`` positive). The source may be the folder of all languages
or one language's folder.

The corpus's task is ``sentiment``; it has one entity, ``overall`` (the
sentiment of the post as a whole, not towards a brand). Line N of
``<language>/<split>_text.txt`` becomes the post ``xlmt-<lang>-<split>-N``
(``xlmt-en-train-00001``; the split in the id is the file's: ``val``) and a
label that is relevant with the line's sentiment. The splits are the
files': ``train``, ``val`` → ``dev``, ``test``. Texts are kept as they are,
including the English files' literal ``\\u2019``-style escapes and
CSV-style quotes.

Example:
    >>> LANGUAGES["portuguese"], SENTIMENT_CODES["2"]
    ('pt', 'positive')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from listenbench.corpora._schema import Entity, Label, Post
from listenbench.corpora._write import write_corpus
from listenbench.corpora.importers._base import ImporterError, ImportOptions
from listenbench.corpora.importers._common import text_lines

NAME = "xlmt_sentiment"
DEFAULT_SOURCE = "../shared/data/xlmt_sentiment"
ENTITY_ID = "overall"
ID_PREFIX = "xlmt-"
#: Language folder name → BCP-47 tag, in the order the corpus lists them.
LANGUAGES: dict[str, str] = {
    "arabic": "ar",
    "english": "en",
    "french": "fr",
    "german": "de",
    "hindi": "hi",
    "italian": "it",
    "portuguese": "pt",
    "spanish": "es",
}
#: Source file split (``<split>_text.txt``) → corpus split.
SPLIT_FILES: dict[str, str] = {"train": "train", "val": "dev", "test": "test"}
#: Label codes of the ``*_labels.txt`` files.
SENTIMENT_CODES: dict[str, str] = {"0": "negative", "1": "neutral", "2": "positive"}

ENTITY = Entity(
    id=ENTITY_ID,
    name="Overall sentiment",
    description="the sentiment the author expresses in the post as a whole; no particular brand",
)


@dataclass(frozen=True, slots=True)
class Item:
    """One tweet: its language folder, source split file, line, text and sentiment."""

    folder: str
    file_split: str
    line: int
    text: str
    sentiment: str

    @property
    def lang(self) -> str:
        return LANGUAGES[self.folder]

    @property
    def post_id(self) -> str:
        return f"{ID_PREFIX}{self.lang}-{self.file_split}-{self.line:05d}"


def language_folders(src: Path) -> list[tuple[str, Path]]:
    """The (language folder name, path) pairs to import from ``src``.

    ``src`` is either one language's folder (it holds ``train_text.txt``;
    its name must be a known language) or a folder of language folders
    (every subfolder that holds a ``*_text.txt`` file must have a known
    language's name).

    Example:
        >>> language_folders(Path("/no/such"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such: source folder not found...
    """
    known = ", ".join(LANGUAGES)
    if not src.is_dir():
        raise ImporterError(
            f"source folder not found (expected {DEFAULT_SOURCE} or one of its language folders)",
            file=src,
        )
    if any((src / f"{split}_text.txt").exists() for split in SPLIT_FILES):
        name = src.resolve().name
        if name not in LANGUAGES:
            raise ImporterError(
                f"a language folder must be named after its language (one of {known}), "
                f"got {name!r}",
                file=src,
            )
        return [(name, src)]
    found: list[tuple[str, Path]] = []
    for child in sorted(src.iterdir()):
        if not child.is_dir() or not any(child.glob("*_text.txt")):
            continue
        if child.name not in LANGUAGES:
            raise ImporterError(
                f"unknown language folder {child.name!r} (known: {known})", file=child
            )
        found.append((child.name, child))
    if not found:
        raise ImporterError(
            f"no language folders with {{train,val,test}}_text.txt (expected some of {known})",
            file=src,
        )
    order = list(LANGUAGES)
    return sorted(found, key=lambda pair: order.index(pair[0]))


def read_split(
    folder: Path, language: str, file_split: str, limit: int | None = None
) -> list[Item]:
    """The tweets of ``<folder>/<file_split>_{text,labels}.txt``; the first ``limit`` only.

    Both files must have the same number of lines (an error names both),
    every label must be 0, 1 or 2 and every tweet non-blank (errors name
    file and line). All lines are checked, also with a ``limit``.

    Example:
        >>> read_split(Path("/no/english"), "english", "train")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/english/train_text.txt: cannot...
    """
    text_path = folder / f"{file_split}_text.txt"
    labels_path = folder / f"{file_split}_labels.txt"
    texts = text_lines(text_path)
    codes = text_lines(labels_path)
    if len(texts) != len(codes):
        raise ImporterError(
            f"{len(texts)} tweet line(s), but {labels_path} has {len(codes)} label line(s); "
            "expected one label per tweet",
            file=text_path,
        )
    items: list[Item] = []
    for number, (text, code) in enumerate(zip(texts, codes, strict=True), start=1):
        sentiment = SENTIMENT_CODES.get(code.strip())
        if sentiment is None:
            raise ImporterError(
                f"expected a label 0 (negative), 1 (neutral) or 2 (positive), got {code!r}",
                file=labels_path,
                line=number,
            )
        if not text.strip():
            raise ImporterError("empty tweet (a post needs some text)", file=text_path, line=number)
        if limit is None or len(items) < limit:
            items.append(Item(language, file_split, number, text, sentiment))
    return items


def read_items(src: Path, limit: int | None = None) -> list[Item]:
    """Every tweet of every language folder and split under ``src`` (see :func:`read_split`).

    Example:
        >>> read_items(Path("/no/such"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such: source folder not found...
    """
    items: list[Item] = []
    for language, folder in language_folders(src):
        for file_split in SPLIT_FILES:
            items.extend(read_split(folder, language, file_split, limit))
    return items


def convert(items: Sequence[Item]) -> tuple[list[Post], list[Label]]:
    """Posts and labels (one per post, for ``overall``, relevant with a sentiment).

    Example:
        >>> posts, labels = convert([Item("german", "val", 7, "Super Spiel!", "positive")])
        >>> posts[0].id, posts[0].lang, posts[0].split, labels[0].relevant, labels[0].sentiment
        ('xlmt-de-val-00007', 'de', 'dev', True, 'positive')
    """
    posts: list[Post] = []
    labels: list[Label] = []
    for item in items:
        posts.append(
            Post(
                id=item.post_id,
                text=item.text,
                lang=item.lang,
                channel="twitter",
                split=SPLIT_FILES[item.file_split],
            )
        )
        labels.append(
            Label(
                post_id=item.post_id, entity_id=ENTITY_ID, relevant=True, sentiment=item.sentiment
            )
        )
    return posts, labels


def run(src: Path, out: Path, options: ImportOptions) -> Path:
    """Import ``src`` (the XLM-T sentiment folder, or one language's) into ``out``.

    ``options.limit`` keeps the first N tweets of each language's each split
    (the source's labels cycle 0, 1, 2, so every class stays present);
    ``options.seed`` is not used (the splits are the source's).

    Example:
        >>> run(Path("/no/such"), Path("out"), ImportOptions())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such: source folder not found...
    """
    items = read_items(src, options.limit)
    if not items:
        raise ImporterError("no tweets", file=src)
    posts, labels = convert(items)
    languages = list(dict.fromkeys(item.lang for item in items))
    portion = "" if options.limit is None else f" (first {options.limit} tweets per file only)"
    description = (
        "Multilingual tweet sentiment (UMSAB, the XLM-T sentiment benchmark): tweets in "
        f"{', '.join(languages)}, each labelled negative, neutral or positive for the "
        "sentiment of the post as a whole (entity 'overall'). Splits are the source's "
        f"(train, val as dev, test){portion}."
    )
    return write_corpus(
        out,
        name=NAME,
        version="1.0.0",
        licence="Apache-2.0 (cardiffnlp/xlm-t repository); the source datasets' terms apply",
        source=(
            "Barbieri, Espinosa Anke and Camacho-Collados, 'XLM-T: Multilingual Language "
            "Models in Twitter for Sentiment Analysis and Beyond', LREC 2022: data/sentiment "
            "of https://github.com/cardiffnlp/xlm-t"
        ),
        description=description,
        languages=languages,
        posts=posts,
        entities=[ENTITY],
        labels=labels,
        task="sentiment",
    )
