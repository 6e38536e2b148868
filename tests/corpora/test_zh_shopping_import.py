"""The zh_shopping (蒙牛 / Mengniu) importer: parsing, sampling, errors, and the real file."""

from __future__ import annotations

import csv
import io
import os
import warnings
from collections import Counter
from pathlib import Path

import pytest

from listenbench.baselines.keyword import load_queries, reference_match
from listenbench.corpora import load_corpus, validate_corpus
from listenbench.corpora.importers import IMPORTERS, ImporterError, import_corpus
from listenbench.corpora.importers.zh_shopping import Row, sample_rows

HEADER = "cat,label,review\n"


def _shared_data() -> Path | None:
    """The shared data folder (as in tests/corpora/conftest.py), or None."""
    env = os.environ.get("LISTENBENCH_SHARED_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2].parent / "shared" / "data")
    return next((path for path in candidates if path.is_dir()), None)


@pytest.fixture(scope="module")
def shopping_csv() -> Path:
    """The real online_shopping_10_cats.csv, or skip."""
    data = _shared_data()
    path = None if data is None else data / "zh_shopping" / "online_shopping_10_cats.csv"
    if path is None or not path.is_file():
        pytest.skip(
            "zh_shopping data not found: expected ../shared/data/zh_shopping/"
            "online_shopping_10_cats.csv beside the checkout, or set LISTENBENCH_SHARED_DATA"
        )
    return path


def write_csv(tmp_path: Path, text: str, name: str = "shop.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def quiet_import(src: Path, out: Path, **kwargs: int) -> Path:
    """import_corpus with the empty-review warning silenced (it is tested on its own)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return import_corpus("zh_shopping", src, out, **kwargs)


def test_small_file_maps_every_field(tmp_path: Path) -> None:
    src = write_csv(
        tmp_path,
        "\ufeffcat,label,review\n"
        "水果,1,\ufeff苹果很甜，早上配牛奶吃\n"
        '蒙牛,0,"特仑苏没以前好喝了, 有点""水"""\n'
        "蒙牛,1,酸酸乳好喝\n",
    )
    corpus = load_corpus(import_corpus("zh_shopping", src, tmp_path / "out"))
    fruit, bad, good = corpus.posts
    assert [post.id for post in corpus.posts] == ["zhs-000001", "zhs-000002", "zhs-000003"]
    assert (fruit.text, fruit.lang, fruit.channel, fruit.author) == (
        "苹果很甜，早上配牛奶吃",  # the byte-order mark at the start of the review is dropped
        "zh-Hans",
        "review",
        None,
    )
    assert (bad.text, good.text) == ('特仑苏没以前好喝了, 有点"水"', "酸酸乳好喝")
    by_post = {label.post_id: label for label in corpus.labels}
    fruit_label = by_post["zhs-000001"]
    assert (fruit_label.relevant, fruit_label.level, fruit_label.sentiment) == (False, "none", None)
    assert fruit_label.tags == ("category:水果",)
    bad_label, good_label = by_post["zhs-000002"], by_post["zhs-000003"]
    assert (bad_label.relevant, bad_label.level, bad_label.sentiment) == (True, "about", "negative")
    assert (good_label.sentiment, good_label.tags) == ("positive", ("category:蒙牛",))
    [entity] = corpus.entities
    assert (entity.id, entity.name, entity.category) == ("mengniu", "蒙牛", "dairy")
    assert {"Mengniu", "特仑苏", "纯甄", "酸酸乳", "真果粒"} <= set(entity.aliases)
    assert corpus.manifest.licence == "no licence stated (SophonPlus/ChineseNlpCorpus)"
    assert "SophonPlus/ChineseNlpCorpus" in corpus.manifest.source
    assert corpus.manifest.languages == ("zh-Hans",)
    assert IMPORTERS["zh_shopping"].default_source == (
        "../shared/data/zh_shopping/online_shopping_10_cats.csv"
    )


def test_query_file_parses_matches_products_and_excludes_beef(tmp_path: Path) -> None:
    src = write_csv(tmp_path, HEADER + "蒙牛,1,好喝\n")
    corpus = load_corpus(import_corpus("zh_shopping", src, tmp_path / "out"))
    assert corpus.queries_path is not None
    query = load_queries(corpus.queries_path).by_entity()["mengniu"].node
    expected = {
        "蒙牛纯牛奶不错": True,
        "不是所有牛奶都叫特仑苏": True,
        "MENGNIU milk": True,
        "优益c每天一瓶": True,
        "内蒙牛肉干很香": False,  # 蒙牛 inside 内蒙牛肉: a substring, not the brand
        "伊利的牛奶也不错": False,
    }
    assert {text: reference_match(query, text, "zh-Hans", "review") for text in expected} == (
        expected
    )


def test_empty_reviews_are_skipped_with_a_counted_warning(tmp_path: Path) -> None:
    src = write_csv(tmp_path, HEADER + "蒙牛,1,好喝\n热水器,1,\n酒店,0,\ufeff  \n衣服,0,太小\n")
    with pytest.warns(
        UserWarning, match=r"shop\.csv: skipped 2 row\(s\) with an empty review \(line 3, 4\)"
    ):
        out = import_corpus("zh_shopping", src, tmp_path / "out")
    corpus = load_corpus(out)
    # ids count data rows, skipped ones included, so they match the file's row numbers
    assert [post.id for post in corpus.posts] == ["zhs-000001", "zhs-000004"]
    assert "skipping 2 row(s) with an empty review" in corpus.manifest.description


def test_blank_lines_and_multiline_reviews_keep_line_numbers(tmp_path: Path) -> None:
    src = write_csv(tmp_path, HEADER + '\n蒙牛,1,"第一行\n第二行"\n\n水果,x,y\n')
    with pytest.raises(ImporterError) as caught:
        import_corpus("zh_shopping", src, tmp_path / "out")
    assert str(caught.value) == f"{src}:6: field 2 (label): expected '0' or '1', got 'x'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            HEADER + "蒙牛,1,好喝\n水果,1\n",
            "shop.csv:3: expected 3 comma-separated fields (cat, label, review), got 2",
        ),
        (
            HEADER + "蒙牛,1,好喝,但是,贵\n",
            "shop.csv:2: expected 3 comma-separated fields (cat, label, review), got 5",
        ),
        (
            HEADER + "蒙牛,positive,好喝\n",
            "shop.csv:2: field 2 (label): expected '0' or '1', got 'positive'",
        ),
        (HEADER + " ,1,好喝\n", "shop.csv:2: field 1 (cat) is empty"),
        (
            HEADER + '蒙牛,1,"好喝"啊\n',
            "shop.csv:2: malformed CSV: ',' expected after '\"'",
        ),
        (HEADER + '水果,1,ok\n蒙牛,1,"好喝\n', "shop.csv:3: malformed CSV: unexpected end of data"),
        (
            "category,sentiment,text\n蒙牛,1,好喝\n",
            "shop.csv:1: expected the header row 'cat,label,review', got 'category,sentiment,text'",
        ),
        (
            "蒙牛,1,好喝\n",
            "shop.csv:1: expected the header row 'cat,label,review', got '蒙牛,1,好喝'",
        ),
        ("\n\n", "shop.csv: empty file: expected the header row 'cat,label,review'"),
        (HEADER + "热水器,1,\n", "shop.csv: no rows with a review"),
    ],
)
def test_malformed_rows_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    src = write_csv(tmp_path, text)
    with pytest.raises(ImporterError) as caught:
        quiet_import(src, tmp_path / "out")
    assert str(caught.value) == f"{tmp_path}/{message}"


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    src = tmp_path / "shop.csv"
    src.write_bytes(HEADER.encode() + "蒙牛,1,好喝\n".encode() + b"\xe8\x92,1,x\n")
    with pytest.raises(ImporterError, match=r"shop\.csv:3: not valid UTF-8$"):
        import_corpus("zh_shopping", src, tmp_path / "out")


def _rows(categories: str) -> list[Row]:
    """One row per character: 'M' is a 蒙牛 row, anything else a 水果 row."""
    return [
        Row(
            line=i + 2, number=i + 1, category="蒙牛" if c == "M" else "水果", positive=True, text=c
        )
        for i, c in enumerate(categories)
    ]


def test_sample_is_stratified_seeded_and_in_file_order() -> None:
    rows = _rows("M" * 3 + "f" * 97)  # the brand rows are one block, as in the real file
    sample = sample_rows(rows, 10, seed=0)
    # round(10 * 3 / 100) = 0, raised to 1 so both classes are present
    assert Counter(row.category for row in sample) == {"蒙牛": 1, "水果": 9}
    assert [row.number for row in sample] == sorted(row.number for row in sample)
    assert sample == sample_rows(rows, 10, seed=0)
    assert sample != sample_rows(rows, 10, seed=1)
    half = sample_rows(_rows("M" * 50 + "f" * 50), 10, seed=3)
    assert Counter(row.category for row in half) == {"蒙牛": 5, "水果": 5}
    # the minority gets at most limit - 1 ...
    assert Counter(row.category for row in sample_rows(_rows("MMMMMMMMf"), 2)) == {
        "蒙牛": 1,
        "水果": 1,
    }
    # ... and a class too small for its share gives the rest to the other
    assert Counter(row.category for row in sample_rows(_rows("Mfffff"), 5)) == {
        "蒙牛": 1,
        "水果": 4,
    }
    assert sample_rows(rows, 100) == rows and sample_rows(rows, None) == rows
    assert len(sample_rows(rows, 1)) == 1


def raw_slice(path: Path, first: int, last: int) -> str:
    """The header plus file lines first..last (1-based, inclusive): one record per line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[0] + "\n" + "\n".join(lines[first - 1 : last]) + "\n"


@pytest.mark.slow
def test_real_slice_counts_validity_and_stable_ids(shopping_csv: Path, tmp_path: Path) -> None:
    # Lines 36401-38900: water heaters (with the file's one empty review, line 36427),
    # all of 蒙牛 (lines 36751-38783), then clothes.
    text = raw_slice(shopping_csv, 36401, 38900)
    src = write_csv(tmp_path, text)
    records = list(csv.reader(io.StringIO(text, newline="")))[1:]
    kept = [r for r in records if r[2].removeprefix("\ufeff").strip()]
    assert len(records) - len(kept) == 1
    with pytest.warns(UserWarning, match=r"skipped 1 row\(s\) with an empty review \(line 28\)"):
        out = import_corpus("zh_shopping", src, tmp_path / "one")
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert len(corpus.posts) == len(kept) == 2499
    assert Counter(label.relevant for label in corpus.labels) == Counter(
        r[0] == "蒙牛" for r in kept
    )
    assert Counter(lab.sentiment for lab in corpus.labels if lab.relevant) == Counter(
        {"1": "positive", "0": "negative"}[r[1]] for r in kept if r[0] == "蒙牛"
    )
    assert Counter(label.tags[0] for label in corpus.labels) == Counter(
        f"category:{r[0]}" for r in kept
    )
    assert {lab.sentiment for lab in corpus.labels if not lab.relevant} == {None}
    assert {post.split for post in corpus.posts} == {"train", "dev", "test"}
    again = load_corpus(quiet_import(src, tmp_path / "two"))
    assert again.digest == corpus.digest
    assert [post.id for post in again.posts] == [post.id for post in corpus.posts]


@pytest.mark.slow
def test_real_file_limit_samples_both_classes(shopping_csv: Path, tmp_path: Path) -> None:
    out = quiet_import(shopping_csv, tmp_path / "small", limit=300)
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert len(corpus.posts) == 300
    # 2,033 of 62,773 reviews are 蒙牛: round(300 * 2033 / 62773) = 10
    assert Counter(label.relevant for label in corpus.labels) == {True: 10, False: 290}
    assert "random sample of 300 of 62773 rows" in corpus.manifest.description
    # a sampled post keeps its full-file id: zhs-N is data row N, file line N + 1
    lines = shopping_csv.read_text(encoding="utf-8").split("\n")
    for post in corpus.posts[:20]:
        [[_, _, review]] = csv.reader([lines[int(post.id.removeprefix("zhs-"))]])
        assert review.removeprefix("\ufeff") == post.text
    same = load_corpus(quiet_import(shopping_csv, tmp_path / "same", limit=300))
    assert same.digest == corpus.digest
