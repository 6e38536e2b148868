"""Import GermEval 2017 (Deutsche Bahn posts, relevance and sentiment) as a corpus.

Source: the ``dev.tsv`` of LSX-UniWue/SuperGLEBer ``data/Germeval/2017/``
(GermEval 2017 shared task, CC BY-NC 4.0): a TSV without header whose fields
are url, text, relevance (``true``/``false``), sentiment and, optionally,
space-separated aspects ``Category#Aspect:polarity``.

The corpus has one entity, ``deutsche_bahn``; each row becomes a post
(``ge17-dev-00001``, ...) and a label. How fields are mapped is described in
``corpora/FORMAT.md`` (section "GermEval 2017").

Example:
    >>> channel_from_url("http://twitter.com/DB_Bahn/statuses/616551942341300224")
    'twitter'
    >>> unquote_text('Re: Titel "Sie sagte ""ja""."')
    'Re: Titel Sie sagte "ja".'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from listenbench.corpora._schema import Entity, Label, Post
from listenbench.corpora._write import write_corpus
from listenbench.corpora.importers._base import ImporterError, ImportOptions
from listenbench.corpora.importers._common import SPLIT_PERCENT as SPLIT_PERCENT
from listenbench.corpora.importers._common import assign_split as assign_split

NAME = "germeval2017"
DEFAULT_SOURCE = "../shared/data/germeval2017/dev.tsv"
ENTITY_ID = "deutsche_bahn"
ID_PREFIX = "ge17-dev-"

ENTITY = Entity(
    id=ENTITY_ID,
    name="Deutsche Bahn",
    aliases=("DB", "Bahn", "Deutsche Bahn AG", "S-Bahn", "ICE", "@DB_Bahn", "@DB_Info"),
    description=(
        "Deutsche Bahn AG, the German national railway company: long-distance (ICE, IC), "
        "regional and S-Bahn trains, stations, tickets and service."
    ),
    category="rail transport",
)

QUERIES = """\
# Keyword query for Deutsche Bahn (listenbench query language, see
# baselines/QUERY-LANGUAGE.md). A plausible starting point, not a tuned one:
# "Bahn" alone also means a race track, a lane or an orbit in German.
deutsche_bahn: ("deutsche bahn" OR {DB} OR @DB_Bahn OR @DB_Info OR #db OR #bahn
        OR bahn* OR s-bahn OR {ICE} OR {IC} OR zug OR züge OR zugausfall
        OR lokführer* OR zugbegleiter* OR bahnstreik OR gdl OR fahrkarte*)
    AND NOT (rennbahn OR umlaufbahn OR "bahnen ziehen" OR radrennbahn)
"""

_SEGMENT_RE = re.compile(r'"((?:[^"]|"")*)"|[^"]+|"')
_ASPECT_RE = re.compile(r"^([^#\s]+)#([^:\s]+):(negative|neutral|positive)$")
_TWEET_RE = re.compile(r"^/(?P<author>[A-Za-z0-9_]{1,50})/status(?:es)?/(?P<id>\d+)")
_FORUM_HINTS = ("forum", "board", "community", "treff", "gutefrage", "mydealz", "motor-talk")
_BLOG_HINTS = ("blog", "wordpress")
_OTHER_SOCIAL = ("plus.google.com", "youtube.com", "instagram.com", "groups.google.com")
_TWITTER_EPOCH_MS = 1288834974657  # Twitter's snowflake ids count ms from here
_SENTIMENTS = ("negative", "neutral", "positive")


@dataclass(frozen=True, slots=True)
class Row:
    """One parsed line of the GermEval TSV."""

    line: int
    url: str
    text: str
    relevant: bool
    sentiment: str
    categories: tuple[str, ...]


def unquote_text(field: str) -> str:
    """The text field with each CSV-quoted segment unquoted.

    The source quotes a field CSV-style when it contains a quote; news and
    forum rows join a title and a separately quoted body with a space, so a
    field can hold several quoted segments. Each ``"..."`` segment loses its
    outer quotes and has ``""`` turned into ``"``; other characters are kept.

    Example:
        >>> unquote_text('\"\"\"heute Wagen 6\"\" #bahn\"')
        '"heute Wagen 6" #bahn'
    """
    parts: list[str] = []
    for found in _SEGMENT_RE.finditer(field):
        quoted = found.group(1)
        parts.append(found.group(0) if quoted is None else quoted.replace('""', '"'))
    return "".join(parts)


def channel_from_url(url: str) -> str:
    """The post's channel guessed from its URL (see FORMAT.md for the rules).

    Example:
        >>> channel_from_url("https://www.gutefrage.net/frage/bahn"), channel_from_url(
        ...     "http://www.welt.de/wirtschaft/article1.html")
        ('forum', 'news')
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    address = host + parts.path.lower()
    if host == "twitter.com" or host.endswith(".twitter.com"):
        return "twitter"
    if host == "facebook.com" or host.endswith(".facebook.com"):
        return "facebook"
    if any(host == name or host.endswith("." + name) for name in _OTHER_SOCIAL):
        return "other"
    if any(hint in address for hint in _FORUM_HINTS):
        return "forum"
    if any(hint in address for hint in _BLOG_HINTS):
        return "blog"
    if not host:
        return "other"
    return "news"


def tweet_author_and_time(url: str) -> tuple[str | None, str | None]:
    r"""The ``@handle`` and UTC creation time of a tweet URL; (None, None) otherwise.

    The time comes from the tweet id (a Twitter "snowflake": milliseconds
    since 2010-11-04 in its upper bits).

    Example:
        >>> tweet_author_and_time("http://twitter.com/DJCosmo7/statuses/616551942341300224")
        ('@DJCosmo7', '2015-07-02T10:20:12Z')
        >>> tweet_author_and_time(r"http://twitter.com/DB\_Bahn/statuses/1")
        ('@DB_Bahn', None)
    """
    parts = urlsplit(url.replace("\\_", "_"))  # the source escapes "_" as "\_"
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("mobile.")
    if host != "twitter.com":
        return None, None
    found = _TWEET_RE.match(parts.path)
    if found is None:
        return None, None
    tweet_id = int(found.group("id"))
    created = None
    if tweet_id >= 1 << 32:  # snowflake ids (from late 2010) carry a timestamp
        millis = (tweet_id >> 22) + _TWITTER_EPOCH_MS
        moment = datetime.fromtimestamp(millis / 1000, tz=UTC)
        created = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return "@" + found.group("author"), created


def read_rows(src: Path, limit: int | None = None) -> list[Row]:
    """Parse the GermEval TSV; the first ``limit`` rows only, if given. Blank lines are skipped.

    Raises :class:`ImporterError` naming file and line for anything unexpected.

    Example:
        >>> read_rows(Path("/no/such/dev.tsv"))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such/dev.tsv: cannot read: ...
    """
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise ImporterError(f"cannot read: {exc.strerror or exc}", file=src) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
        raise ImporterError("not valid UTF-8", file=src, line=bad_line) from None
    rows: list[Row] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if limit is not None and len(rows) >= limit:
            break
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        rows.append(_parse_line(line, src, number))
    return rows


def _parse_line(line: str, src: Path, number: int) -> Row:
    fields = line.split("\t")
    if len(fields) not in (4, 5):
        raise ImporterError(
            f"expected 4 or 5 tab-separated fields (url, text, relevance, sentiment, "
            f"aspects), got {len(fields)}",
            file=src,
            line=number,
        )
    url, text, relevance, sentiment = fields[:4]
    if relevance not in ("true", "false"):
        raise ImporterError(
            f"field 3 (relevance): expected 'true' or 'false', got {relevance!r}",
            file=src,
            line=number,
        )
    if sentiment not in _SENTIMENTS:
        raise ImporterError(
            f"field 4 (sentiment): expected one of {', '.join(_SENTIMENTS)}, got {sentiment!r}",
            file=src,
            line=number,
        )
    categories: list[str] = []
    for aspect in (fields[4] if len(fields) == 5 else "").split():
        found = _ASPECT_RE.match(aspect)
        if found is None:
            raise ImporterError(
                f"field 5 (aspects): expected Category#Aspect:polarity, got {aspect!r}",
                file=src,
                line=number,
            )
        categories.append(found.group(1))
    body = unquote_text(text)
    if not body.strip():
        raise ImporterError("field 2 (text) is empty", file=src, line=number)
    return Row(
        line=number,
        url=url,
        text=body,
        relevant=relevance == "true",
        sentiment=sentiment,
        categories=tuple(dict.fromkeys(categories)),
    )


def convert(rows: list[Row], seed: int = 0) -> tuple[list[Post], list[Label]]:
    """Posts and labels (one per post, for ``deutsche_bahn``) from parsed rows.

    Example:
        >>> row = Row(1, "http://twitter.com/a/statuses/1", "Zug fällt aus", True, "negative",
        ...           ("Zugfahrt",))
        >>> posts, labels = convert([row])
        >>> posts[0].id, posts[0].author, labels[0].tags
        ('ge17-dev-00001', '@a', ('aspect:Zugfahrt',))
    """
    posts: list[Post] = []
    labels: list[Label] = []
    for index, row in enumerate(rows, start=1):
        post_id = f"{ID_PREFIX}{index:05d}"
        author, created_at = tweet_author_and_time(row.url)
        posts.append(
            Post(
                id=post_id,
                text=row.text,
                lang="de",
                channel=channel_from_url(row.url),
                created_at=created_at,
                author=author,
                split=assign_split(post_id, seed),
            )
        )
        labels.append(
            Label(
                post_id=post_id,
                entity_id=ENTITY_ID,
                relevant=row.relevant,
                level="about" if row.relevant else "none",
                # GermEval gives every off-topic post "neutral": not a sentiment towards DB.
                sentiment=row.sentiment if row.relevant else None,
                tags=tuple(f"aspect:{category}" for category in row.categories),
            )
        )
    return posts, labels


def run(src: Path, out: Path, options: ImportOptions) -> Path:
    """Import ``src`` (the GermEval 2017 TSV) into a corpus folder at ``out``.

    Example:
        >>> run(Path("/no/such.tsv"), Path("out"), ImportOptions())  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        listenbench.corpora.importers._base.ImporterError: /no/such.tsv: cannot read: ...
    """
    rows = read_rows(src, options.limit)
    if not rows:
        raise ImporterError("no rows", file=src)
    posts, labels = convert(rows, options.seed)
    portion = "" if options.limit is None else f" (first {len(rows)} rows only)"
    description = (
        "GermEval 2017 Task A: German social-media posts, news and forum texts found by "
        "searching for Deutsche Bahn, each labelled relevant to Deutsche Bahn or not, with "
        "sentiment and aspect categories for relevant ones. Imported from dev.tsv"
        f"{portion}; train/dev/test split assigned by listenbench (seeded hash of the post "
        f"id, 60/20/20, seed {options.seed})."
    )
    return write_corpus(
        out,
        name=NAME,
        version="1.0.0",
        licence="CC BY-NC 4.0",
        source=(
            "GermEval 2017 shared task (Wojatzki et al., 2017), Task A/B data as redistributed "
            "in LSX-UniWue/SuperGLEBer data/Germeval/2017/dev.tsv"
        ),
        description=description,
        languages=["de"],
        posts=posts,
        entities=[ENTITY],
        labels=labels,
        queries_text=QUERIES,
    )
