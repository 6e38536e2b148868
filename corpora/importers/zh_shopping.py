"""Import the Chinese online-shopping reviews as a brand-relevance task for 蒙牛 (Mengniu).

Source: ``online_shopping_10_cats.csv`` of SophonPlus/ChineseNlpCorpus (no
licence stated): a CSV with the header ``cat,label,review``; ``cat`` is one
of ten product categories, ``label`` is 1 (positive) or 0 (negative).

One category, 蒙牛, is a brand (the dairy company China Mengniu); the other
nine are books, tablets, phones, fruit, shampoo, water heaters, clothes,
computers and hotels. The corpus has one entity, ``mengniu``; each review
becomes a post (``zhs-000001``, ...) and a label that is relevant if and only
if the review's category is 蒙牛. How fields are mapped is described in
``corpora/FORMAT.md`` (section "Chinese shopping reviews").

Example:
    >>> row = Row(line=2, number=1, category="蒙牛", positive=True, text="特仑苏很好喝")
    >>> posts, labels = convert([row])
    >>> posts[0].id, posts[0].lang, labels[0].relevant, labels[0].sentiment, labels[0].tags
    ('zhs-000001', 'zh-Hans', True, 'positive', ('category:蒙牛',))
"""

from __future__ import annotations

import csv
import io
import random
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from listenbench.corpora._schema import Entity, Label, Post
from listenbench.corpora._write import write_corpus
from listenbench.corpora.importers._base import ImporterError, ImportOptions
from listenbench.corpora.importers._common import assign_split

NAME = "zh_shopping"
DEFAULT_SOURCE = "../shared/data/zh_shopping/online_shopping_10_cats.csv"
ENTITY_ID = "mengniu"
ID_PREFIX = "zhs-"
#: The category whose reviews are relevant to :data:`ENTITY_ID`.
BRAND_CATEGORY = "蒙牛"
HEADER: tuple[str, ...] = ("cat", "label", "review")
#: The source's ten categories, with English glosses (others are accepted and tagged too).
CATEGORIES: dict[str, str] = {
    "书籍": "books",
    "平板": "tablets",
    "手机": "phones",
    "水果": "fruit",
    "洗发水": "shampoo",
    "热水器": "water heaters",
    "蒙牛": "Mengniu (dairy brand)",
    "衣服": "clothes",
    "计算机": "computers",
    "酒店": "hotels",
}
_BOM = "\ufeff"

ENTITY = Entity(
    id=ENTITY_ID,
    name="蒙牛",
    aliases=(
        "Mengniu",
        "Mengniu Dairy",
        "蒙牛乳业",
        "蒙牛牛奶",
        "特仑苏",
        "纯甄",
        "酸酸乳",
        "真果粒",
        "冠益乳",
        "优益C",
        "未来星",
    ),
    description=(
        "China Mengniu Dairy (蒙牛乳业), a dairy company from Inner Mongolia: liquid milk "
        "(特仑苏 Milk Deluxe, 纯甄, 未来星 for children), milk drinks (酸酸乳, 真果粒), yogurt "
        "(冠益乳), the probiotic drink 优益C, and ice cream."
    ),
    category="dairy",
)

QUERIES = """\
# Keyword query for 蒙牛 / Mengniu (listenbench query language, see
# baselines/QUERY-LANGUAGE.md). A plausible starting point, not a tuned one.
# Chinese is matched by substring: 蒙牛 also occurs inside 内蒙牛肉 ("Inner
# Mongolian beef") and the like, hence the exclusions.
mengniu: (蒙牛 OR mengniu OR 特仑苏 OR 纯甄 OR 酸酸乳 OR 真果粒 OR 冠益乳 OR 优益C
        OR 未来星)
    AND NOT (内蒙牛肉 OR 内蒙牛排 OR 内蒙牛羊)
"""


@dataclass(frozen=True, slots=True)
class Row:
    """One data row of the CSV.

    ``line`` is the file line it starts on (for messages); ``number`` is its
    position among the data rows (header and blank lines not counted), which
    gives the post id.
    """

    line: int
    number: int
    category: str
    positive: bool
    text: str


@dataclass(frozen=True, slots=True)
class SourceRows:
    """The parsed file: rows with a review, and the lines of rows skipped as empty."""

    rows: tuple[Row, ...]
    empty_lines: tuple[int, ...]


def read_rows(src: Path) -> SourceRows:
    """Parse the CSV: a ``cat,label,review`` header, then one review per row.

    Blank lines are ignored; a row whose review is empty (after removing a
    leading byte-order mark, which the source has at the start of each
    category's block) is skipped and its line recorded in ``empty_lines``.
    Raises :class:`ImporterError` naming file and line for anything else
    unexpected.

    Example:
        >>> read_rows(Path("/no/such.csv"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such.csv: cannot read: ...
    """
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise ImporterError(f"cannot read: {exc.strerror or exc}", file=src) from None
    try:
        text = data.decode("utf-8").removeprefix(_BOM)
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
        raise ImporterError("not valid UTF-8", file=src, line=bad_line) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[Row] = []
    empty: list[int] = []
    header_seen = False
    number = 0
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImporterError(f"malformed CSV: {exc}", file=src, line=start) from None
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        if not header_seen:
            _check_header(fields, src, start)
            header_seen = True
            continue
        number += 1
        row = _parse_row(fields, src, start, number)
        if row is None:
            empty.append(start)
        else:
            rows.append(row)
    if not header_seen:
        raise ImporterError("empty file: expected the header row 'cat,label,review'", file=src)
    return SourceRows(rows=tuple(rows), empty_lines=tuple(empty))


def _check_header(fields: list[str], src: Path, line: int) -> None:
    if tuple(field.strip().lower() for field in fields) != HEADER:
        found = ",".join(fields)
        if len(found) > 60:
            found = found[:57] + "..."
        raise ImporterError(
            f"expected the header row 'cat,label,review', got {found!r}", file=src, line=line
        )


def _parse_row(fields: list[str], src: Path, line: int, number: int) -> Row | None:
    if len(fields) != len(HEADER):
        raise ImporterError(
            f"expected 3 comma-separated fields (cat, label, review), got {len(fields)}",
            file=src,
            line=line,
        )
    category, label, review = fields[0].strip(), fields[1].strip(), fields[2]
    if not category:
        raise ImporterError("field 1 (cat) is empty", file=src, line=line)
    if label not in ("0", "1"):
        raise ImporterError(
            f"field 2 (label): expected '0' or '1', got {fields[1]!r}", file=src, line=line
        )
    text = review.removeprefix(_BOM)
    if not text.strip():
        return None
    return Row(line=line, number=number, category=category, positive=label == "1", text=text)


def sample_rows(rows: Sequence[Row], limit: int | None, seed: int = 0) -> list[Row]:
    """A seeded random sample of ``limit`` rows, stratified by relevance, in file order.

    The 蒙牛 rows are one contiguous block of the file, so the first N rows
    would hold one class only. Instead each class (蒙牛 / other) gets its share
    of ``limit`` (rounded), but at least one row when ``limit`` is 2 or more
    and the class exists; rows are drawn with ``random.Random(seed)``. All
    rows are kept when ``limit`` is None or not smaller than their number.

    Example:
        >>> rows = [Row(i + 2, i + 1, "蒙牛" if i < 3 else "水果", True, "x") for i in range(100)]
        >>> sample = sample_rows(rows, 10, seed=0)
        >>> len(sample), sum(row.category == "蒙牛" for row in sample)
        (10, 1)
        >>> sample == sample_rows(rows, 10, seed=0)
        True
    """
    if limit is None or limit >= len(rows):
        return list(rows)
    relevant = [i for i, row in enumerate(rows) if row.category == BRAND_CATEGORY]
    other = [i for i, row in enumerate(rows) if row.category != BRAND_CATEGORY]
    n_relevant = round(limit * len(relevant) / len(rows))
    if limit >= 2 and relevant and other:
        n_relevant = min(max(n_relevant, 1), limit - 1)
    n_relevant = max(min(n_relevant, len(relevant)), limit - len(other))
    rng = random.Random(seed)
    chosen = rng.sample(relevant, n_relevant) + rng.sample(other, limit - n_relevant)
    return [rows[i] for i in sorted(chosen)]


def convert(rows: Sequence[Row], seed: int = 0) -> tuple[list[Post], list[Label]]:
    """Posts and labels (one per post, for ``mengniu``) from parsed rows.

    The post id comes from the row's ``number``, so a row keeps its id (and,
    through it, its split) in a sample.

    Example:
        >>> row = Row(line=7, number=6, category="水果", positive=False, text="苹果不新鲜")
        >>> posts, labels = convert([row])
        >>> posts[0].id, posts[0].channel, labels[0].level, labels[0].sentiment, labels[0].tags
        ('zhs-000006', 'review', 'none', None, ('category:水果',))
    """
    posts: list[Post] = []
    labels: list[Label] = []
    for row in rows:
        post_id = f"{ID_PREFIX}{row.number:06d}"
        relevant = row.category == BRAND_CATEGORY
        posts.append(
            Post(
                id=post_id,
                text=row.text,
                lang="zh-Hans",
                channel="review",
                split=assign_split(post_id, seed),
            )
        )
        labels.append(
            Label(
                post_id=post_id,
                entity_id=ENTITY_ID,
                relevant=relevant,
                level="about" if relevant else "none",
                # The review's polarity is about its own product: towards 蒙牛 only in 蒙牛 rows.
                sentiment=("positive" if row.positive else "negative") if relevant else None,
                tags=(f"category:{row.category}",),
            )
        )
    return posts, labels


def run(src: Path, out: Path, options: ImportOptions) -> Path:
    """Import ``src`` (the 10-category shopping-review CSV) into a corpus folder at ``out``.

    Rows with an empty review are skipped with a :class:`UserWarning` giving
    their count and first lines; ``options.limit`` takes a seeded stratified
    sample (:func:`sample_rows`).

    Example:
        >>> run(Path("/no/such.csv"), Path("out"), ImportOptions())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such.csv: cannot read: ...
    """
    source = read_rows(src)
    if not source.rows:
        raise ImporterError("no rows with a review", file=src)
    skipped = ""
    if source.empty_lines:
        count = len(source.empty_lines)
        shown = ", ".join(str(line) for line in source.empty_lines[:5])
        more = ", ..." if count > 5 else ""
        warnings.warn(
            f"{src}: skipped {count} row(s) with an empty review (line {shown}{more})",
            UserWarning,
            stacklevel=2,
        )
        skipped = f", skipping {count} row(s) with an empty review"
    rows = sample_rows(source.rows, options.limit, options.seed)
    posts, labels = convert(rows, options.seed)
    portion = ""
    if len(rows) < len(source.rows):
        portion = (
            f" (a random sample of {len(rows)} of {len(source.rows)} rows, stratified by "
            f"relevance, seed {options.seed})"
        )
    others = "、".join(name for name in CATEGORIES if name != BRAND_CATEGORY)
    description = (
        "Chinese online-shopping reviews in ten categories, as a brand-relevance task: a "
        "review is relevant to 蒙牛 (Mengniu, dairy) if and only if its category is 蒙牛; the "
        f"other categories are {others} (books, tablets, phones, fruit, shampoo, water "
        "heaters, clothes, computers, hotels). Sentiment (the review's label) is given for "
        f"relevant reviews only. Imported from online_shopping_10_cats.csv{portion}{skipped}; "
        "train/dev/test split assigned by listenbench (seeded hash of the post "
        f"id, 60/20/20, seed {options.seed})."
    )
    return write_corpus(
        out,
        name=NAME,
        version="1.0.0",
        licence="no licence stated (SophonPlus/ChineseNlpCorpus)",
        source=(
            "online_shopping_10_cats.csv from the SophonPlus/ChineseNlpCorpus repository "
            "(https://github.com/SophonPlus/ChineseNlpCorpus), datasets/online_shopping_10_cats"
        ),
        description=description,
        languages=["zh-Hans"],
        posts=posts,
        entities=[ENTITY],
        labels=labels,
        queries_text=QUERIES,
    )
