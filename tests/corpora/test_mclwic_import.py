"""The mclwic importer: JSON data joined with gold by id, languages, errors, the real data."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from listenbench.corpora import load_corpus, validate_corpus
from listenbench.corpora.importers import IMPORTERS, ImporterError, import_corpus
from support import shared_data_dir


@pytest.fixture(scope="module")
def mclwic_dir() -> Path:
    """The real MCL-WiC folder, or skip."""
    data = shared_data_dir()
    path = None if data is None else data / "mclwic"
    if path is None or not (path / "training" / "training.en-en.data").is_file():
        pytest.skip(
            "MCL-WiC data not found: expected ../shared/data/mclwic/ beside the checkout, or "
            "set LISTENBENCH_SHARED_DATA"
        )
    return path


def item(ident: str, lemma: str, s1: str, s2: str, pos: str = "NOUN") -> dict[str, Any]:
    """A data item whose target is the first occurrence of ``lemma`` in each sentence."""
    start1, start2 = s1.index(lemma), s2.index(lemma)
    return {
        "id": ident,
        "lemma": lemma,
        "pos": pos,
        "sentence1": s1,
        "sentence2": s2,
        "start1": str(start1),
        "end1": str(start1 + len(lemma)),
        "start2": str(start2),
        "end2": str(start2 + len(lemma)),
    }


def write_pair(folder: Path, stem: str, data: Any, gold: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.data").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (folder / f"{stem}.gold").write_text(json.dumps(gold), encoding="utf-8")
    return folder / f"{stem}.data"


def write_mclwic(root: Path) -> Path:
    write_pair(
        root / "training",
        "training.en-en",
        [
            item("training.en-en.0", "play", "A key play in talks.", "A musical play on stage."),
            item("training.en-en.1", "run", "They run a shop.", "I run a company.", "VERB"),
        ],
        # gold in another order: the join is by id, not by position
        [{"id": "training.en-en.1", "tag": "T"}, {"id": "training.en-en.0", "tag": "F"}],
    )
    dev = root / "dev" / "multilingual"
    write_pair(
        dev,
        "dev.fr-fr",
        [
            item("dev.fr-fr.0", "avocat", "Mon avocat plaide.", "L'avocat est mûr."),
            item("dev.fr-fr.1", "avocat", "Un avocat connu.", "Son avocat gagne."),
        ],
        [{"id": "dev.fr-fr.0", "tag": "F"}, {"id": "dev.fr-fr.1", "tag": "T"}],
    )
    write_pair(
        dev,
        "dev.zh-zh",
        [item("dev.zh-zh.0", "程序", "这个国家的电脑程序。", "他们说审判程序很长。")],
        [{"id": "dev.zh-zh.0", "tag": "F"}],
    )
    return root


def test_small_folder_maps_every_field(tmp_path: Path) -> None:
    src = write_mclwic(tmp_path / "mclwic")
    out = import_corpus("mclwic", src, tmp_path / "out")
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert [post.id for post in corpus.posts] == [
        "mclwic-training.en-en.0",
        "mclwic-training.en-en.1",
        "mclwic-dev.fr-fr.0",
        "mclwic-dev.fr-fr.1",
        "mclwic-dev.zh-zh.0",
    ]
    play = corpus.posts[0]
    assert (play.text, play.text_pair, play.target, play.lang, play.split) == (
        "A key play in talks.",
        "A musical play on stage.",
        "play",
        "en",
        "train",
    )
    assert [post.lang for post in corpus.posts] == ["en", "en", "fr", "fr", "zh-Hans"]
    french = corpus.posts[2:4]
    assert french[0].split == french[1].split and french[0].split in ("dev", "test")
    labels = {label.post_id: label for label in corpus.labels}
    assert [(labels[p.id].relevant, labels[p.id].tags) for p in corpus.posts] == [
        (False, ("pos:NOUN",)),
        (True, ("pos:VERB",)),
        (False, ("pos:NOUN",)),
        (True, ("pos:NOUN",)),
        (False, ("pos:NOUN",)),
    ]
    [entity] = corpus.entities
    assert entity.id == "same-sense"
    assert corpus.manifest.task == "pair"
    assert corpus.manifest.languages == ("en", "fr", "zh-Hans")
    assert IMPORTERS["mclwic"].default_source == "../shared/data/mclwic"


def test_traditional_chinese_is_tagged_zh_hant_and_limit(tmp_path: Path) -> None:
    src = write_mclwic(tmp_path / "mclwic")
    write_pair(
        src / "dev" / "multilingual",
        "dev.zh-zh",
        [item("dev.zh-zh.0", "程序", "這個國家的電腦程序。", "他們說審判程序很長。")],
        [{"id": "dev.zh-zh.0", "tag": "F"}],
    )
    corpus = load_corpus(import_corpus("mclwic", src, tmp_path / "out", limit=1))
    assert [(post.id, post.lang) for post in corpus.posts] == [
        ("mclwic-training.en-en.0", "en"),
        ("mclwic-dev.fr-fr.0", "fr"),
        ("mclwic-dev.zh-zh.0", "zh-Hant"),
    ]


def test_dev_files_are_cut_by_lemma(tmp_path: Path) -> None:
    src = write_mclwic(tmp_path / "mclwic")
    words = [f"mot{n}" for n in range(50)]
    data = [item(f"dev.fr-fr.{i}", w, f"Le {w} ici.", f"Un {w} là.") for i, w in enumerate(words)]
    data += [
        item(f"dev.fr-fr.{50 + i}", w, f"Ce {w} a.", f"Ce {w} b.") for i, w in enumerate(words)
    ]
    gold = [{"id": d["id"], "tag": "T"} for d in data]
    write_pair(src / "dev" / "multilingual", "dev.fr-fr", data, gold)
    corpus = load_corpus(import_corpus("mclwic", src, tmp_path / "out"))
    sides: dict[str | None, set[str | None]] = defaultdict(set)
    for post in corpus.posts:
        if post.lang == "fr":
            sides[post.target].add(post.split)
    assert len(sides) == 50 and all(len(s) == 1 for s in sides.values())
    counts = Counter(next(iter(s)) for s in sides.values())
    assert set(counts) == {"dev", "test"} and 15 <= counts["dev"] <= 35


@pytest.mark.parametrize(
    ("data", "gold", "message"),
    [
        (
            [item("dev.fr-fr.0", "a", "a b", "b a"), item("dev.fr-fr.1", "b", "a b", "b a")],
            [{"id": "dev.fr-fr.0", "tag": "T"}],
            "dev.fr-fr.data: item 2 (id 'dev.fr-fr.1'): no gold tag for this id in {gold}",
        ),
        (
            [item("dev.fr-fr.0", "a", "a b", "b a")],
            [{"id": "dev.fr-fr.0", "tag": "T"}, {"id": "dev.fr-fr.9", "tag": "F"}],
            "dev.fr-fr.gold: gold id 'dev.fr-fr.9' has no item in {data}",
        ),
        (
            [item("dev.fr-fr.0", "a", "a b", "b a")],
            [{"id": "dev.fr-fr.0", "tag": "Yes"}],
            "dev.fr-fr.gold: item 1 (id 'dev.fr-fr.0'): 'tag': expected 'T' or 'F', got 'Yes'",
        ),
        (
            [{k: v for k, v in item("dev.fr-fr.0", "a", "a b", "b a").items() if k != "lemma"}],
            [{"id": "dev.fr-fr.0", "tag": "T"}],
            "dev.fr-fr.data: item 1 (id 'dev.fr-fr.0'): missing key(s) lemma",
        ),
        (
            [{**item("dev.fr-fr.0", "a", "a b", "b a"), "end2": "9"}],
            [{"id": "dev.fr-fr.0", "tag": "T"}],
            "dev.fr-fr.data: item 1 (id 'dev.fr-fr.0'): offsets start2=2, end2=9 are not a "
            "span of sentence2 (3 characters)",
        ),
        (
            [{**item("dev.fr-fr.0", "a", "a b", "b a"), "start1": "x"}],
            [{"id": "dev.fr-fr.0", "tag": "T"}],
            "dev.fr-fr.data: item 1 (id 'dev.fr-fr.0'): 'start1': expected a character offset",
        ),
        (
            [{**item("dev.fr-fr.0", "a", "a b", "b a"), "sentence1": ""}],
            [{"id": "dev.fr-fr.0", "tag": "T"}],
            "dev.fr-fr.data: item 1 (id 'dev.fr-fr.0'): 'sentence1': expected a non-empty",
        ),
        (
            {"id": "dev.fr-fr.0"},
            [],
            "dev.fr-fr.data: expected a JSON list of objects, got a JSON dict",
        ),
        (
            [item("dev.fr-fr.0", "a", "a b", "b a"), item("dev.fr-fr.0", "b", "a b", "b a")],
            [{"id": "dev.fr-fr.0", "tag": "T"}],
            "dev.fr-fr.data: item 2 (id 'dev.fr-fr.0'): id appears twice",
        ),
    ],
)
def test_bad_files_name_the_file(tmp_path: Path, data: Any, gold: Any, message: str) -> None:
    src = write_mclwic(tmp_path / "mclwic")
    folder = src / "dev" / "multilingual"
    data_path = write_pair(folder, "dev.fr-fr", data, gold)
    expected = message.format(gold=folder / "dev.fr-fr.gold", data=data_path)
    with pytest.raises(ImporterError) as caught:
        import_corpus("mclwic", src, tmp_path / "out")
    assert str(caught.value).startswith(f"{folder}/{expected}")


def test_malformed_json_names_file_and_line(tmp_path: Path) -> None:
    src = write_mclwic(tmp_path / "mclwic")
    bad = src / "dev" / "multilingual" / "dev.fr-fr.gold"
    bad.write_text('[\n  {"id": "dev.fr-fr.0", "tag": "T"},\n  {"id": oops}\n]\n', encoding="utf-8")
    with pytest.raises(ImporterError) as caught:
        import_corpus("mclwic", src, tmp_path / "out")
    assert str(caught.value) == f"{bad}:3: malformed JSON: Expecting value (column 10)"


def test_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(ImporterError, match=r"nowhere: source folder not found \(the mclwic"):
        import_corpus("mclwic", tmp_path / "nowhere", tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImporterError, match=r"empty: no \.data files in training/ or dev/"):
        import_corpus("mclwic", tmp_path / "empty", tmp_path / "out")
    src = write_mclwic(tmp_path / "mclwic")
    cross = write_pair(src / "dev" / "multilingual", "dev.en-fr", [], [])
    with pytest.raises(ImporterError) as caught:
        import_corpus("mclwic", src, tmp_path / "out")
    assert str(caught.value) == (
        f"{cross}: cross-lingual pairs (en-fr) are not supported: a post has one language"
    )
    cross.unlink()
    (src / "dev" / "multilingual" / "dev.zh-zh.gold").unlink()
    with pytest.raises(ImporterError, match=r"dev\.zh-zh\.gold: cannot read"):
        import_corpus("mclwic", src, tmp_path / "out")


@pytest.mark.slow
def test_real_data_first_items(mclwic_dir: Path, tmp_path: Path) -> None:
    out = import_corpus("mclwic", mclwic_dir, tmp_path / "mclwic", limit=60)
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert len(corpus.posts) == 60 * 6  # the training file and five dev files
    assert corpus.manifest.languages == ("en", "ar", "fr", "ru", "zh-Hans")
    labels = {label.post_id: label for label in corpus.labels}
    posts = {post.id: post for post in corpus.posts}
    files = [mclwic_dir / "training" / "training.en-en.data"] + [
        mclwic_dir / "dev" / "multilingual" / f"dev.{lang}-{lang}.data"
        for lang in ("ar", "en", "fr", "ru", "zh")
    ]
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))[:60]
        gold = {g["id"]: g["tag"] for g in json.loads(path.with_suffix(".gold").read_text("utf-8"))}
        for record in data:
            post = posts[f"mclwic-{record['id']}"]
            assert (post.text, post.text_pair, post.target) == (
                record["sentence1"],
                record["sentence2"],
                record["lemma"],
            )
            label = labels[post.id]
            assert (label.relevant, label.tags) == (
                gold[record["id"]] == "T",
                (f"pos:{record['pos']}",),
            )
    by_split = Counter(post.split for post in corpus.posts)
    assert by_split["train"] == 60 and by_split["dev"] + by_split["test"] == 300
    sides: dict[tuple[str, str | None], set[str | None]] = defaultdict(set)
    for post in corpus.posts:
        if post.split != "train":
            sides[(post.lang, post.target)].add(post.split)
    assert all(len(s) == 1 for s in sides.values())
