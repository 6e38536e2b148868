"""The GermEval 2017 importer: parsing rules, errors, and the real file (skipped if absent)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from listenbench.corpora import load_corpus, validate_corpus
from listenbench.corpora.importers import IMPORTERS, ImporterError, import_corpus
from listenbench.corpora.importers.germeval2017 import (
    assign_split,
    channel_from_url,
    tweet_author_and_time,
    unquote_text,
)


def raw_rows(tsv: Path, n: int | None = None) -> list[list[str]]:
    """The first n non-blank rows, split on tabs (independently of the importer)."""
    lines = [line for line in tsv.read_text(encoding="utf-8").split("\n") if line.strip()]
    return [line.split("\t") for line in lines[:n]]


@pytest.mark.parametrize(
    "field",
    [
        "plain text with no quotes",
        '"Er sagte ""Bahn"", dann ging er"',
        '"""heute Wagen 6, 16 -5"" #mathe bei der #bahn"',
    ],
)
def test_unquote_agrees_with_csv_on_single_fields(field: str) -> None:
    [[expected]] = list(csv.reader(io.StringIO(field), delimiter="\t"))
    assert unquote_text(field) == expected


def test_unquote_handles_title_plus_quoted_body() -> None:
    field = '"Titel: ""Es war hart"" | Ulm" "Text mit ""Zitat"" hier "'
    assert unquote_text(field) == 'Titel: "Es war hart" | Ulm Text mit "Zitat" hier '
    assert unquote_text('Re: DB Bahn "Hallo ""Team"""') == 'Re: DB Bahn Hallo "Team"'
    assert unquote_text('ein "offenes Zitat') == 'ein "offenes Zitat'


@pytest.mark.parametrize(
    ("url", "channel"),
    [
        ("http://twitter.com/DB_Bahn/statuses/1", "twitter"),
        ("http://www.facebook.com/176772398231/posts/1", "facebook"),
        ("https://plus.google.com/1/posts/x", "other"),
        ("http://www.ice-treff.de/index.php?id=1", "forum"),
        ("http://forum.runnersworld.de/forum/x.html", "forum"),
        ("http://tommyberlin.wordpress.com/2015/x", "blog"),
        ("http://www.spiegel.de/reise/a-1.html", "news"),
    ],
)
def test_channel_from_url(url: str, channel: str) -> None:
    assert channel_from_url(url) == channel


def test_tweet_author_and_time() -> None:
    # (616551942341300224 >> 22) + 1288834974657 = 1435832412692 ms = 2015-07-02 10:20:12.692 UTC
    url = "http://twitter.com/DJCosmo7/statuses/616551942341300224"
    assert tweet_author_and_time(url) == ("@DJCosmo7", "2015-07-02T10:20:12Z")
    assert tweet_author_and_time("http://twitter.com/old/statuses/12345") == ("@old", None)
    escaped = r"http://twitter.com/DB\_Bahn/statuses/601406977223303168"  # as in the source
    assert tweet_author_and_time(escaped)[0] == "@DB_Bahn"
    assert tweet_author_and_time("http://www.facebook.com/x/posts/1") == (None, None)


def test_split_is_deterministic_roughly_60_20_20_and_seeded() -> None:
    ids = [f"ge17-dev-{i:05d}" for i in range(1, 2001)]
    splits = Counter(assign_split(post_id) for post_id in ids)
    assert set(splits) == {"train", "dev", "test"}
    assert 1100 < splits["train"] < 1300 and 320 < splits["dev"] < 480
    assert [assign_split(i) for i in ids[:50]] == [assign_split(i) for i in ids[:50]]
    assert [assign_split(i, 1) for i in ids[:50]] != [assign_split(i) for i in ids[:50]]


def write_tsv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "dev.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_small_file_maps_every_field(tmp_path: Path) -> None:
    src = write_tsv(
        tmp_path,
        "http://twitter.com/a_b/statuses/616551942341300224\t@DB_Bahn Zug fällt aus\ttrue\t"
        "negative\tZugfahrt#Haupt:negative Allgemein#Haupt:negative Zugfahrt#Haupt:negative\n"
        "\n"
        'http://www.welt.de/x.html\t"Die ""Bahn"" im Rennsport"\tfalse\tneutral\n',
    )
    corpus = load_corpus(import_corpus("germeval2017", src, tmp_path / "out"))
    first, second = corpus.posts
    assert (first.id, first.lang, first.channel, first.author) == (
        "ge17-dev-00001",
        "de",
        "twitter",
        "@a_b",
    )
    assert first.created_at == "2015-07-02T10:20:12Z"
    assert (second.id, second.text, second.channel) == (
        "ge17-dev-00002",
        'Die "Bahn" im Rennsport',
        "news",
    )
    relevant, irrelevant = corpus.labels
    assert (relevant.relevant, relevant.level, relevant.sentiment) == (True, "about", "negative")
    assert relevant.tags == ("aspect:Zugfahrt", "aspect:Allgemein")
    assert (irrelevant.relevant, irrelevant.level, irrelevant.sentiment, irrelevant.tags) == (
        False,
        "none",
        None,
        (),
    )
    assert [entity.id for entity in corpus.entities] == ["deutsche_bahn"]
    assert corpus.manifest.licence == "CC BY-NC 4.0"
    assert corpus.queries_path is not None
    assert corpus.queries_path.read_text(encoding="utf-8").count("\ndeutsche_bahn: ") == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "u\tt\ttrue\tnegative\n\nu\tonly three\ttrue\n",
            "dev.tsv:3: expected 4 or 5 tab-separated fields (url, text, relevance, sentiment, "
            "aspects), got 3",
        ),
        (
            "u\tt\tyes\tneutral\n",
            "dev.tsv:1: field 3 (relevance): expected 'true' or 'false', got 'yes'",
        ),
        (
            "u\tt\ttrue\tangry\n",
            "dev.tsv:1: field 4 (sentiment): expected one of negative, "
            "neutral, positive, got 'angry'",
        ),
        (
            "u\tt\ttrue\tneutral\tAllgemein\n",
            "dev.tsv:1: field 5 (aspects): expected Category#Aspect:polarity, got 'Allgemein'",
        ),
        ('u\t""\ttrue\tneutral\n', "dev.tsv:1: field 2 (text) is empty"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    src = write_tsv(tmp_path, text)
    with pytest.raises(ImporterError) as caught:
        import_corpus("germeval2017", src, tmp_path / "out")
    assert str(caught.value) == f"{tmp_path}/{message}"


def test_import_corpus_argument_errors(tmp_path: Path) -> None:
    with pytest.raises(
        ImporterError, match=r"^unknown importer 'germeval' \(known: germeval2017(, .*)?\)$"
    ):
        import_corpus("germeval", tmp_path / "x.tsv", tmp_path / "out")
    with pytest.raises(ImporterError, match=r"source file not found"):
        import_corpus("germeval2017", tmp_path / "x.tsv", tmp_path / "out")
    src = write_tsv(tmp_path, "u\tt\ttrue\tneutral\n")
    with pytest.raises(ImporterError, match=r"limit must be a positive number of rows, got 0"):
        import_corpus("germeval2017", src, tmp_path / "out", limit=0)
    (tmp_path / "taken").write_text("")
    with pytest.raises(ImporterError, match=r"taken: output must be a folder"):
        import_corpus("germeval2017", src, tmp_path / "taken")
    assert IMPORTERS["germeval2017"].default_source == "../shared/data/germeval2017/dev.tsv"


@pytest.mark.slow
def test_real_file_first_200_rows(germeval_tsv: Path, tmp_path: Path) -> None:
    out = import_corpus("germeval2017", germeval_tsv, tmp_path / "ge17", limit=200)
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    rows = raw_rows(germeval_tsv, 200)
    assert len(corpus.posts) == 200
    assert Counter(label.relevant for label in corpus.labels) == Counter(
        row[2] == "true" for row in rows
    )
    relevant_sentiments = Counter(row[3] for row in rows if row[2] == "true")
    assert Counter(lab.sentiment for lab in corpus.labels if lab.relevant) == relevant_sentiments
    tweets = sum("twitter.com/" in row[0] for row in rows)
    assert sum(post.channel == "twitter" for post in corpus.posts) == tweets
    assert sum(post.author is not None for post in corpus.posts) == tweets
    assert corpus.posts[199].id == "ge17-dev-00200"
    assert "first 200 rows only" in corpus.manifest.description


@pytest.mark.slow
def test_real_file_all_rows(germeval_tsv: Path, tmp_path: Path) -> None:
    corpus = load_corpus(import_corpus("germeval2017", germeval_tsv, tmp_path / "ge17"))
    assert len(corpus.posts) == 2584
    assert Counter(label.relevant for label in corpus.labels) == {True: 2049, False: 535}
    assert {post.split for post in corpus.posts} == {"train", "dev", "test"}
    again = load_corpus(import_corpus("germeval2017", germeval_tsv, tmp_path / "again"))
    assert again.digest == corpus.digest  # deterministic
