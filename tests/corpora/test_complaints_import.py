"""The complaints importer: CSV parsing, levels, the keyword query, errors, the real file."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from listenbench.baselines.keyword import load_queries, reference_match
from listenbench.corpora import load_corpus, validate_corpus
from listenbench.corpora.importers import IMPORTERS, ImporterError, import_corpus
from listenbench.corpora.importers.complaints import Row, level_for, sample_rows
from support import shared_data_dir


@pytest.fixture(scope="module")
def complaints_csv() -> Path:
    """The real complaints-data.csv, or skip."""
    data = shared_data_dir()
    path = None if data is None else data / "complaints" / "complaints-data.csv"
    if path is None or not path.is_file():
        pytest.skip(
            "complaints data not found: expected ../shared/data/complaints/complaints-data.csv "
            "beside the checkout, or set LISTENBENCH_SHARED_DATA"
        )
    return path


def write_csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "complaints.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_small_file_maps_every_field(tmp_path: Path) -> None:
    src = write_csv(
        tmp_path,
        "616551942341300224,@AcmeHelp my parcel never arrived,1,retail\n"
        '616551942341300225,"@AcmeHelp hi, can you say ""when"" you open?",0,retail\n'
        "\n"
        "12345,just had a lovely lunch,0,random_tweet\n"
        "926163243889983488,@friend my laptop is broken again,1,random_reply\n",
    )
    out = import_corpus("complaints", src, tmp_path / "out")
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert [post.id for post in corpus.posts] == [
        "cmp-616551942341300224",
        "cmp-616551942341300225",
        "cmp-12345",
        "cmp-926163243889983488",
    ]
    first, quoted, old, reply = corpus.posts
    # (616551942341300224 >> 22) + 1288834974657 = 1435832412692 ms = 2015-07-02 10:20:12.692 UTC
    assert (first.lang, first.channel, first.created_at, first.author) == (
        "en",
        "twitter",
        "2015-07-02T10:20:12Z",
        None,
    )
    assert quoted.text == '@AcmeHelp hi, can you say "when" you open?'
    assert old.created_at is None  # a pre-2010 id carries no time
    assert reply.created_at == "2017-11-02T19:04:59Z"  # (id >> 22) + epoch = 1509649499281 ms
    by_post = {label.post_id: label for label in corpus.labels}
    got = [
        (by_post[post.id].relevant, by_post[post.id].level, by_post[post.id].tags)
        for post in corpus.posts
    ]
    assert got == [
        (True, "direct", ("domain:retail",)),
        (False, "direct", ("domain:retail",)),
        (False, "none", ("domain:random_tweet",)),
        (True, "about", ("domain:random_reply",)),  # relevant never has level "none"
    ]
    assert {label.sentiment for label in corpus.labels} == {None}
    [entity] = corpus.entities
    assert (entity.id, entity.name) == ("complaint", "Customer complaint")
    assert "customer-service account" in entity.description
    assert corpus.manifest.task == "relevance"
    assert corpus.manifest.languages == ("en",)
    assert "no licence stated" in corpus.manifest.licence
    assert {post.split for post in corpus.posts} <= {"train", "dev", "test"}
    assert IMPORTERS["complaints"].default_source == (
        "../shared/data/complaints/complaints-data.csv"
    )


def test_level_rule() -> None:
    assert [level_for(c, d) for c, d in [(True, "food"), (False, "food")]] == ["direct"] * 2
    assert level_for(False, "random_reply") == level_for(False, "random_tweet") == "none"
    assert level_for(True, "random_tweet") == "about"


def test_split_is_seeded_and_keeps_with_the_tweet(tmp_path: Path) -> None:
    rows = "".join(f"{1000 + i},@acme text {i},{i % 2},food\n" for i in range(60))
    src = write_csv(tmp_path, rows)
    one = load_corpus(import_corpus("complaints", src, tmp_path / "one"))
    again = load_corpus(import_corpus("complaints", src, tmp_path / "again"))
    other = load_corpus(import_corpus("complaints", src, tmp_path / "other", seed=1))
    splits = [post.split for post in one.posts]
    assert splits == [post.split for post in again.posts]
    assert splits != [post.split for post in other.posts]
    assert set(splits) == {"train", "dev", "test"}
    # a sampled post keeps the split it has in the full import
    sample = load_corpus(import_corpus("complaints", src, tmp_path / "sample", limit=10))
    full = {post.id: post.split for post in one.posts}
    assert len(sample.posts) == 10
    assert all(full[post.id] == post.split for post in sample.posts)


def test_sample_is_seeded_and_in_file_order() -> None:
    rows = [Row(i, str(i), "t", False, "food") for i in range(1, 51)]
    sample = sample_rows(rows, 7, seed=3)
    assert len(sample) == 7 and len({row.line for row in sample}) == 7
    assert [row.line for row in sample] == sorted(row.line for row in sample)
    assert sample == sample_rows(rows, 7, seed=3)
    assert sample != sample_rows(rows, 7, seed=4)
    assert sample_rows(rows, None) == rows and sample_rows(rows, 50) == rows


def test_query_file_parses_and_reads_as_a_complaint_lexicon(tmp_path: Path) -> None:
    src = write_csv(tmp_path, "1,@acme hi,0,food\n")
    corpus = load_corpus(import_corpus("complaints", src, tmp_path / "out"))
    assert corpus.queries_path is not None
    query = load_queries(corpus.queries_path).by_entity()["complaint"].node
    expected = {
        "@AcmeHelp my order is still waiting to be dispatched": True,
        "@AcmeHelp I want a refund for this": True,
        "@AcmeHelp the app is not working AGAIN": True,
        "@AcmeHelp worst customer service ever": True,
        "@AcmeHelp thanks for nothing, my screen is broken": True,  # sarcastic thanks
        "@AcmeHelp thank you, the refund arrived": False,  # thanks: not a complaint
        "@AcmeHelp what time do you open on Sunday?": False,
        "Lovely weather for a walk": False,
    }
    got = {text: reference_match(query, text, "en", "twitter") for text in expected}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "1,hi,0\n",
            "expected 4 comma-separated fields (tweet id, text, complaint, domain), got 3",
        ),
        ("1,a,b,0,food\n", "expected 4 comma-separated fields (tweet id, text, complaint, "),
        ("id,text,complaint,domain\n", "field 1 (tweet id): expected digits, got 'id'"),
        ("1, ,0,food\n", "field 2 (text) is empty"),
        ("1,hi,yes,food\n", "field 3 (complaint): expected '0' or '1', got 'yes'"),
        ("1,hi,1,\n", "field 4 (domain): expected a word such as 'retail', got ''"),
        ('1,"hi"x,1,food\n', "malformed CSV: ',' expected after '\"'"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    src = write_csv(tmp_path, "7,@acme fine,0,food\n\n" + text)
    with pytest.raises(ImporterError) as caught:
        import_corpus("complaints", src, tmp_path / "out")
    assert str(caught.value).startswith(f"{src}:3: {message}")


def test_other_source_errors(tmp_path: Path) -> None:
    src = write_csv(tmp_path, "7,@acme a,0,food\n8,@acme b,1,food\n7,@acme c,1,food\n")
    with pytest.raises(ImporterError) as caught:
        import_corpus("complaints", src, tmp_path / "out")
    assert str(caught.value) == f"{src}:3: tweet id 7 is also on line 1"
    empty = write_csv(tmp_path, "\n\n")
    with pytest.raises(ImporterError, match=r"complaints\.csv: no rows \(expected CSV rows"):
        import_corpus("complaints", empty, tmp_path / "out")
    with pytest.raises(ImporterError, match=r"is a folder, not a file \(the complaints importer"):
        import_corpus("complaints", tmp_path, tmp_path / "out")
    (tmp_path / "bad.csv").write_bytes(b"7,ok,0,food\n8,\xff,0,food\n")
    with pytest.raises(ImporterError, match=r"bad\.csv:2: not valid UTF-8$"):
        import_corpus("complaints", tmp_path / "bad.csv", tmp_path / "out")


@pytest.mark.slow
def test_real_file_sample(complaints_csv: Path, tmp_path: Path) -> None:
    raw = list(csv.reader(io.StringIO(complaints_csv.read_text(encoding="utf-8"), newline="")))
    by_id = {row[0]: row for row in raw}
    assert len(raw) == len(by_id) == 3449
    # the rule "a relevant label is never level none" has nothing to fix in this file
    assert not [row for row in raw if row[3].startswith("random_") and row[2] == "1"]

    out = import_corpus("complaints", complaints_csv, tmp_path / "cmp", limit=300)
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert len(corpus.posts) == 300
    rows = [by_id[post.id.removeprefix("cmp-")] for post in corpus.posts]
    assert [post.text for post in corpus.posts] == [row[1] for row in rows]
    assert Counter(label.relevant for label in corpus.labels) == Counter(
        row[2] == "1" for row in rows
    )
    assert Counter(label.tags[0] for label in corpus.labels) == Counter(
        f"domain:{row[3]}" for row in rows
    )
    assert {lab.level for lab in corpus.labels if lab.relevant} == {"direct"}
    levels = Counter(label.level for label in corpus.labels)
    assert levels["none"] == sum(row[3].startswith("random_") for row in rows) > 0
    assert {post.split for post in corpus.posts} == {"train", "dev", "test"}
    assert "random sample of 300 of 3449 rows" in corpus.manifest.description
    same = load_corpus(import_corpus("complaints", complaints_csv, tmp_path / "again", limit=300))
    assert same.digest == corpus.digest
