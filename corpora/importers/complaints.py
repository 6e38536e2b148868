"""Import the customer-complaint tweets (Preoţiuc-Pietro et al., 2019) as a relevance corpus.

Source: ``complaints-data.csv`` of danielpreotiuc/complaints-social-media (no
licence stated): a CSV without header whose fields are the tweet id, the
text, ``1`` if the tweet is a complaint (else ``0``) and a domain. Most
tweets are addressed to a brand's customer-service account (domains
``apparel``, ``cars``, ``electronics``, ``food``, ``other``, ``retail``,
``services``, ``software``, ``transport``); the domains ``random_reply`` and
``random_tweet`` are random replies to people and random tweets, added as
non-complaints. The file is in tweet-id (time) order.

The corpus has one entity, ``complaint`` (a customer complaint, not a brand);
each row becomes a post ``cmp-<tweet id>`` and a label: relevant if and only
if the tweet is a complaint, level ``direct`` when the tweet was addressed to
a brand (its domain is not ``random_*``), otherwise ``none`` (``about`` for a
``random_*`` complaint, of which the source has none), tag ``domain:<domain>``.

Example:
    >>> row = Row(line=1, tweet_id="616551942341300224", text="@Help my order never came",
    ...           complaint=True, domain="retail")
    >>> posts, labels = convert([row])
    >>> posts[0].id, posts[0].created_at, labels[0].level, labels[0].tags
    ('cmp-616551942341300224', '2015-07-02T10:20:12Z', 'direct', ('domain:retail',))
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from listenbench.corpora._schema import Entity, Label, Post
from listenbench.corpora._write import write_corpus
from listenbench.corpora.importers._base import ImporterError, ImportOptions
from listenbench.corpora.importers._common import assign_split, read_text, tweet_time

NAME = "complaints"
DEFAULT_SOURCE = "../shared/data/complaints/complaints-data.csv"
ENTITY_ID = "complaint"
ID_PREFIX = "cmp-"
#: Domains of tweets that were not addressed to a brand.
NON_BRAND_DOMAINS: tuple[str, ...] = ("random_reply", "random_tweet")

ENTITY = Entity(
    id=ENTITY_ID,
    name="Customer complaint",
    description=(
        "A post addressed to a brand's customer-service account that complains: it reports "
        "a problem, a breach of expectations or a grievance with the brand's product or "
        "service (a faulty item, a late delivery, no refund, bad service), rather than "
        "asking a question, praising or chatting."
    ),
    category="customer service",
)

QUERIES = """\
# Keyword query for customer complaints (listenbench query language, see
# baselines/QUERY-LANGUAGE.md). A hand-made complaint lexicon written as a
# baseline, not tuned on the data: failures, waiting, money, strong negative
# judgements; a post that thanks is taken as not complaining, unless the
# thanks is sarcastic.
complaint: (broken OR faulty OR defective OR damaged OR "not working" OR "isn't working"
        OR "stopped working" OR "doesn't work" OR "does not work" OR "won't work"
        OR "keeps crashing" OR outage OR "still waiting" OR "still not" OR "still no"
        OR "still haven't" OR "still hasn't" OR "never received" OR "never arrived"
        OR "hasn't arrived" OR "not received" OR "no response" OR "no reply"
        OR "on hold" OR delayed OR cancelled OR canceled OR refund* OR overcharg*
        OR "charged twice" OR "money back" OR compensation OR complain* OR worst
        OR terrible OR awful OR horrible OR appalling OR pathetic OR disgusting
        OR disgraceful OR shocking OR ridiculous OR unacceptable OR useless
        OR rubbish OR disappointed OR disappointing OR frustrat* OR "fed up"
        OR "sort it out" OR "sort this out" OR "fix this" OR "fix it")
    AND NOT ((thanks OR "thank you" OR thx OR cheers) AND NOT ("for nothing" OR "no thanks"))
"""

_HEADER_HINT = "tweet id, text, complaint, domain"


@dataclass(frozen=True, slots=True)
class Row:
    """One data row of the CSV; ``line`` is the file line it starts on."""

    line: int
    tweet_id: str
    text: str
    complaint: bool
    domain: str


def read_rows(src: Path) -> list[Row]:
    """Parse the CSV: one tweet per row, no header; blank lines are ignored.

    Raises :class:`ImporterError` naming file and line for a malformed row or
    a tweet id seen before.

    Example:
        >>> read_rows(Path("/no/such.csv"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such.csv: cannot read: ...
    """
    text = read_text(src)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[Row] = []
    seen: dict[str, int] = {}
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
        row = _parse_row(fields, src, start)
        if row.tweet_id in seen:
            raise ImporterError(
                f"tweet id {row.tweet_id} is also on line {seen[row.tweet_id]}",
                file=src,
                line=start,
            )
        seen[row.tweet_id] = start
        rows.append(row)
    return rows


def _parse_row(fields: list[str], src: Path, line: int) -> Row:
    if len(fields) != 4:
        raise ImporterError(
            f"expected 4 comma-separated fields ({_HEADER_HINT}), got {len(fields)}",
            file=src,
            line=line,
        )
    tweet_id, text, complaint, domain = fields[0].strip(), fields[1], fields[2].strip(), fields[3]
    if not tweet_id.isascii() or not tweet_id.isdigit():
        raise ImporterError(
            f"field 1 (tweet id): expected digits, got {fields[0]!r}", file=src, line=line
        )
    if not text.strip():
        raise ImporterError("field 2 (text) is empty", file=src, line=line)
    if complaint not in ("0", "1"):
        raise ImporterError(
            f"field 3 (complaint): expected '0' or '1', got {fields[2]!r}", file=src, line=line
        )
    domain = domain.strip()
    if not domain or any(char.isspace() for char in domain):
        raise ImporterError(
            f"field 4 (domain): expected a word such as 'retail', got {fields[3]!r}",
            file=src,
            line=line,
        )
    return Row(line=line, tweet_id=tweet_id, text=text, complaint=complaint == "1", domain=domain)


def sample_rows(rows: Sequence[Row], limit: int | None, seed: int = 0) -> list[Row]:
    """A seeded random sample of ``limit`` rows, in file order; all rows if ``limit`` is None.

    The file is in time order and the ``random_*`` domains start only a
    quarter of the way in, so the first N rows would not be representative.

    Example:
        >>> rows = [Row(i, str(i), "t", i % 3 == 0, "retail") for i in range(1, 101)]
        >>> sample = sample_rows(rows, 10, seed=0)
        >>> len(sample), sample == sorted(sample, key=lambda row: row.line)
        (10, True)
        >>> sample == sample_rows(rows, 10, seed=0), sample == sample_rows(rows, 10, seed=1)
        (True, False)
    """
    if limit is None or limit >= len(rows):
        return list(rows)
    chosen = random.Random(seed).sample(range(len(rows)), limit)
    return [rows[i] for i in sorted(chosen)]


def level_for(complaint: bool, domain: str) -> str:
    """The label's level: ``direct`` if addressed to a brand, else ``about`` or ``none``.

    A relevant label never has level ``none``: a complaint in a ``random_*``
    domain (not addressed to a brand's account) is ``about``.

    Example:
        >>> level_for(False, "retail"), level_for(False, "random_tweet"), level_for(
        ...     True, "random_reply")
        ('direct', 'none', 'about')
    """
    if domain not in NON_BRAND_DOMAINS:
        return "direct"
    return "about" if complaint else "none"


def convert(rows: Sequence[Row], seed: int = 0) -> tuple[list[Post], list[Label]]:
    """Posts and labels (one per post, for ``complaint``) from parsed rows.

    Example:
        >>> posts, labels = convert([Row(3, "1234", "lol", False, "random_tweet")])
        >>> posts[0].id, posts[0].created_at, labels[0].relevant, labels[0].level
        ('cmp-1234', None, False, 'none')
    """
    posts: list[Post] = []
    labels: list[Label] = []
    for row in rows:
        post_id = f"{ID_PREFIX}{row.tweet_id}"
        posts.append(
            Post(
                id=post_id,
                text=row.text,
                lang="en",
                channel="twitter",
                created_at=tweet_time(int(row.tweet_id)),
                split=assign_split(post_id, seed),
            )
        )
        labels.append(
            Label(
                post_id=post_id,
                entity_id=ENTITY_ID,
                relevant=row.complaint,
                level=level_for(row.complaint, row.domain),
                tags=(f"domain:{row.domain}",),
            )
        )
    return posts, labels


def run(src: Path, out: Path, options: ImportOptions) -> Path:
    """Import ``src`` (``complaints-data.csv``) into a corpus folder at ``out``.

    ``options.limit`` takes a seeded random sample (:func:`sample_rows`).

    Example:
        >>> run(Path("/no/such.csv"), Path("out"), ImportOptions())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such.csv: cannot read: ...
    """
    all_rows = read_rows(src)
    if not all_rows:
        raise ImporterError(f"no rows (expected CSV rows: {_HEADER_HINT})", file=src)
    rows = sample_rows(all_rows, options.limit, options.seed)
    posts, labels = convert(rows, options.seed)
    portion = ""
    if len(rows) < len(all_rows):
        portion = f" (a random sample of {len(rows)} of {len(all_rows)} rows, seed {options.seed})"
    description = (
        "English tweets, most addressed to a brand's customer-service account, labelled as "
        "complaints or not, plus random replies and tweets (domains random_reply, "
        "random_tweet) as non-complaints. One entity, 'complaint': relevant = the tweet is "
        "a complaint; level 'direct' when addressed to a brand, else 'none'; tag "
        f"domain:<domain>. Imported from complaints-data.csv{portion}; train/dev/test split "
        "assigned by listenbench (seeded hash of the post id, 60/20/20, "
        f"seed {options.seed})."
    )
    return write_corpus(
        out,
        name=NAME,
        version="1.0.0",
        licence="no licence stated (danielpreotiuc/complaints-social-media)",
        source=(
            "Preotiuc-Pietro, Gaman and Aletras, 'Automatically Identifying Complaints in "
            "Social Media', ACL 2019: complaints-data.csv from "
            "https://github.com/danielpreotiuc/complaints-social-media"
        ),
        description=description,
        languages=["en"],
        posts=posts,
        entities=[ENTITY],
        labels=labels,
        queries_text=QUERIES,
    )
