"""The xlmt_sentiment importer: language folders, line pairing, errors, the real data."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from listenbench.corpora import load_corpus, validate_corpus
from listenbench.corpora.importers import IMPORTERS, ImporterError, import_corpus
from support import shared_data_dir

SENTIMENTS = {"0": "negative", "1": "neutral", "2": "positive"}


@pytest.fixture(scope="module")
def xlmt_dir() -> Path:
    """The real xlmt_sentiment folder, or skip."""
    data = shared_data_dir()
    path = None if data is None else data / "xlmt_sentiment"
    if path is None or not (path / "english" / "train_text.txt").is_file():
        pytest.skip(
            "XLM-T sentiment data not found: expected ../shared/data/xlmt_sentiment/ beside "
            "the checkout, or set LISTENBENCH_SHARED_DATA"
        )
    return path


def write_language(
    root: Path, name: str, splits: dict[str, tuple[list[str], list[str]]], end: str = ""
) -> Path:
    """A language folder; each split's text and label lines joined by newlines (+ ``end``)."""
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    for split, (texts, labels) in splits.items():
        (folder / f"{split}_text.txt").write_text("\n".join(texts) + end, encoding="utf-8")
        (folder / f"{split}_labels.txt").write_text("\n".join(labels) + end, encoding="utf-8")
    return folder


def two_languages(root: Path) -> Path:
    write_language(
        root,
        "german",
        {
            "train": (
                ["Tolles Spiel!", "Der Zug ist wieder zu spät", "Es regnet"],
                ["2", "0", "1"],
            ),
            "val": (["Naja"], ["1"]),
            "test": (["Super", "Mist"], ["2", "0"]),
        },
    )
    write_language(
        root,
        "english",
        {
            "train": (["I love it", "meh"], ["2", "1"]),
            "val": (["so bad", "fine I guess"], ["0", "1"]),
            "test": (["c\\u2019mon, really?"], ["0"]),
        },
        end="\n",  # the real files have no final line end; both must work
    )
    return root


def test_all_languages_map_every_field(tmp_path: Path) -> None:
    src = two_languages(tmp_path / "xlmt")
    out = import_corpus("xlmt_sentiment", src, tmp_path / "out")
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    # English comes before German: the corpus lists languages in a fixed order
    assert [post.id for post in corpus.posts] == [
        "xlmt-en-train-00001",
        "xlmt-en-train-00002",
        "xlmt-en-val-00001",
        "xlmt-en-val-00002",
        "xlmt-en-test-00001",
        "xlmt-de-train-00001",
        "xlmt-de-train-00002",
        "xlmt-de-train-00003",
        "xlmt-de-val-00001",
        "xlmt-de-test-00001",
        "xlmt-de-test-00002",
    ]
    posts = {post.id: post for post in corpus.posts}
    late = posts["xlmt-de-train-00002"]
    assert (late.text, late.lang, late.split, late.channel) == (
        "Der Zug ist wieder zu spät",
        "de",
        "train",
        "twitter",
    )
    assert posts["xlmt-en-test-00001"].text == "c\\u2019mon, really?"  # kept as in the source
    assert posts["xlmt-en-val-00002"].split == "dev"
    labels = {label.post_id: label for label in corpus.labels}
    assert [labels[post.id].sentiment for post in corpus.posts] == [
        "positive",
        "neutral",
        "negative",
        "neutral",
        "negative",
        "positive",
        "negative",
        "neutral",
        "neutral",
        "positive",
        "negative",
    ]
    assert {(label.entity_id, label.relevant, label.level) for label in corpus.labels} == {
        ("overall", True, None)
    }
    [entity] = corpus.entities
    assert (entity.id, entity.name) == ("overall", "Overall sentiment")
    assert "no particular brand" in entity.description
    assert corpus.manifest.task == "sentiment"
    assert corpus.manifest.languages == ("en", "de")
    assert IMPORTERS["xlmt_sentiment"].default_source == "../shared/data/xlmt_sentiment"


def test_one_language_folder_and_limit(tmp_path: Path) -> None:
    src = two_languages(tmp_path / "xlmt")
    corpus = load_corpus(import_corpus("xlmt_sentiment", src / "german", tmp_path / "de"))
    assert corpus.manifest.languages == ("de",)
    assert Counter(post.split for post in corpus.posts) == {"train": 3, "dev": 1, "test": 2}
    limited = load_corpus(import_corpus("xlmt_sentiment", src, tmp_path / "lim", limit=1))
    assert [post.id for post in limited.posts] == [
        f"xlmt-{lang}-{split}-00001" for lang in ("en", "de") for split in ("train", "val", "test")
    ]
    assert "first 1 tweets per file only" in limited.manifest.description


def test_crlf_lines_and_final_line_end(tmp_path: Path) -> None:
    folder = write_language(
        tmp_path, "french", {s: (["Génial", "Bof"], ["2", "1"]) for s in ("train", "val", "test")}
    )
    (folder / "train_text.txt").write_bytes("Génial\r\nBof\r\n".encode())
    corpus = load_corpus(import_corpus("xlmt_sentiment", folder, tmp_path / "out"))
    assert [post.text for post in corpus.posts][:2] == ["Génial", "Bof"]
    assert len(corpus.posts) == 6


def test_line_count_mismatch_names_both_files(tmp_path: Path) -> None:
    src = two_languages(tmp_path / "xlmt")
    (src / "german" / "val_labels.txt").write_text("1\n2", encoding="utf-8")
    with pytest.raises(ImporterError) as caught:
        import_corpus("xlmt_sentiment", src, tmp_path / "out")
    assert str(caught.value) == (
        f"{src}/german/val_text.txt: 1 tweet line(s), but {src}/german/val_labels.txt has 2 "
        "label line(s); expected one label per tweet"
    )


@pytest.mark.parametrize(
    ("texts", "labels", "message"),
    [
        (
            ["a", "b", "c"],
            ["2", "positive", "1"],
            "german/train_labels.txt:2: expected a label 0 (negative), 1 (neutral) or 2 "
            "(positive), got 'positive'",
        ),
        (["a", "b", "c"], ["2", "0", "3"], "german/train_labels.txt:3: expected a label 0"),
        (["a", "  ", "c"], ["2", "0", "1"], "german/train_text.txt:2: empty tweet"),
    ],
)
def test_bad_lines_name_file_and_line(
    tmp_path: Path, texts: list[str], labels: list[str], message: str
) -> None:
    src = two_languages(tmp_path / "xlmt")
    write_language(src, "german", {"train": (texts, labels)})
    with pytest.raises(ImporterError) as caught:
        import_corpus("xlmt_sentiment", src, tmp_path / "out")
    assert str(caught.value).startswith(f"{src}/{message}")


def test_folder_errors(tmp_path: Path) -> None:
    src = two_languages(tmp_path / "xlmt")
    write_language(src, "klingon", {"train": (["Qapla'"], ["2"])})
    with pytest.raises(ImporterError, match=r"xlmt/klingon: unknown language folder 'klingon'"):
        import_corpus("xlmt_sentiment", src, tmp_path / "out")
    with pytest.raises(ImporterError, match=r"a language folder must be named after its language"):
        import_corpus("xlmt_sentiment", src / "klingon", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImporterError, match=r"empty: no language folders with"):
        import_corpus("xlmt_sentiment", tmp_path / "empty", tmp_path / "out")
    (src / "german" / "test_labels.txt").unlink()
    with pytest.raises(ImporterError, match=r"german/test_labels\.txt: cannot read"):
        import_corpus("xlmt_sentiment", src / "german", tmp_path / "out")
    with pytest.raises(ImporterError, match=r"is a file, not a folder \(the xlmt_sentiment"):
        import_corpus("xlmt_sentiment", src / "german" / "train_text.txt", tmp_path / "out")
    with pytest.raises(ImporterError, match=r"nowhere: source folder not found"):
        import_corpus("xlmt_sentiment", tmp_path / "nowhere", tmp_path / "out")


@pytest.mark.slow
def test_real_data_first_lines(xlmt_dir: Path, tmp_path: Path) -> None:
    out = import_corpus("xlmt_sentiment", xlmt_dir, tmp_path / "xlmt", limit=30)
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert corpus.manifest.languages == ("ar", "en", "fr", "de", "hi", "it", "pt", "es")
    assert len(corpus.posts) == 8 * 3 * 30
    assert Counter(post.split for post in corpus.posts) == {"train": 240, "dev": 240, "test": 240}
    labels = {label.post_id: label.sentiment for label in corpus.labels}
    posts = {post.id: post for post in corpus.posts}
    folders = {"en": "english", "hi": "hindi", "pt": "portuguese"}
    for lang, folder in folders.items():
        for split in ("train", "val", "test"):
            texts = (xlmt_dir / folder / f"{split}_text.txt").read_text("utf-8").split("\n")
            codes = (xlmt_dir / folder / f"{split}_labels.txt").read_text("utf-8").split("\n")
            ids = [f"xlmt-{lang}-{split}-{n:05d}" for n in range(1, 31)]
            assert [labels[i] for i in ids] == [SENTIMENTS[c] for c in codes[:30]]
            assert [posts[i].text for i in ids] == texts[:30]
    # the source's labels cycle 0, 1, 2: every class is present in every split
    assert Counter(labels.values()) == {"negative": 240, "neutral": 240, "positive": 240}
    english = load_corpus(
        import_corpus("xlmt_sentiment", xlmt_dir / "english", tmp_path / "en", limit=5)
    )
    assert {post.lang for post in english.posts} == {"en"} and len(english.posts) == 15
