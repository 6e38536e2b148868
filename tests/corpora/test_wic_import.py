"""The wic importer: data/gold pairing, the lemma-grouped dev/test cut, errors, the real data."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from listenbench.corpora import load_corpus, validate_corpus
from listenbench.corpora.importers import IMPORTERS, ImporterError, import_corpus
from support import shared_data_dir


@pytest.fixture(scope="module")
def wic_dir() -> Path:
    """The real WiC folder, or skip."""
    data = shared_data_dir()
    path = None if data is None else data / "wic"
    if path is None or not (path / "dev" / "dev.data.txt").is_file():
        pytest.skip(
            "WiC data not found: expected ../shared/data/wic/ beside the checkout, or set "
            "LISTENBENCH_SHARED_DATA"
        )
    return path


def write_wic(root: Path, train: list[tuple[str, str]], dev: list[tuple[str, str]]) -> Path:
    """A WiC folder from (data line, gold) pairs per file."""
    for name, items in (("train", train), ("dev", dev)):
        (root / name).mkdir(parents=True, exist_ok=True)
        data = "".join(line + "\n" for line, _ in items)
        gold = "".join(answer + "\n" for _, answer in items)
        (root / name / f"{name}.data.txt").write_text(data, encoding="utf-8")
        (root / name / f"{name}.gold.txt").write_text(gold, encoding="utf-8")
    return root


TRAIN = [
    ("carry\tV\t2-1\tYou must carry your gear .\tSound carries well over water .", "F"),
    ("bank\tN\t3-1\tWe sat on the bank .\tThe bank lends money .", "F"),
    ("bank\tN\t1-4\tThe bank was steep .\tThey walked along the bank .", "T"),
]
DEV = [
    ("plant\tN\t1-1\tThe plant closed .\tA plant needs water .", "F"),
    ("go\tV\t0-2\tGo home !\tLet us go now .", "T"),
    ("plant\tN\t1-3\tThe plant flowered .\tWater the green plant daily .", "T"),
]


def test_small_folder_maps_every_field(tmp_path: Path) -> None:
    src = write_wic(tmp_path / "wic", TRAIN, DEV)
    out = import_corpus("wic", src, tmp_path / "out")
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert [post.id for post in corpus.posts] == [
        "wic-train-00001",
        "wic-train-00002",
        "wic-train-00003",
        "wic-dev-00001",
        "wic-dev-00002",
        "wic-dev-00003",
    ]
    carry = corpus.posts[0]
    assert (carry.text, carry.text_pair, carry.target, carry.lang, carry.split) == (
        "You must carry your gear .",
        "Sound carries well over water .",
        "carry",
        "en",
        "train",
    )
    assert [post.split for post in corpus.posts[:3]] == ["train"] * 3
    plant_one, plant_two = corpus.posts[3], corpus.posts[5]
    assert plant_one.split == plant_two.split and plant_one.split in ("dev", "test")
    labels = {label.post_id: label for label in corpus.labels}
    assert [(labels[p.id].relevant, labels[p.id].tags) for p in corpus.posts] == [
        (False, ("pos:V",)),
        (False, ("pos:N",)),
        (True, ("pos:N",)),
        (False, ("pos:N",)),
        (True, ("pos:V",)),
        (True, ("pos:N",)),
    ]
    assert {label.entity_id for label in corpus.labels} == {"same-sense"}
    [entity] = corpus.entities
    assert (entity.id, entity.name) == ("same-sense", "Same sense")
    assert entity.description == "Does the target word have the same meaning in text and text_pair?"
    assert corpus.manifest.task == "pair"
    assert corpus.manifest.licence == "CC BY-NC 4.0"
    assert IMPORTERS["wic"].default_source == "../shared/data/wic"
    assert IMPORTERS["wic"].source_kind == "folder"


def test_dev_file_is_cut_by_lemma_about_half_each(tmp_path: Path) -> None:
    dev = [
        (f"word{n}\tN\t0-0\tword{n} one .\tword{n} two .", "T" if k == 0 else "F")
        for n in range(60)
        for k in range(2)
    ]
    src = write_wic(tmp_path / "wic", TRAIN, dev)
    sides: dict[int, dict[str, set[str]]] = {}
    for seed in (0, 1):
        corpus = load_corpus(import_corpus("wic", src, tmp_path / f"s{seed}", seed=seed))
        by_lemma: dict[str, set[str]] = defaultdict(set)
        for post in corpus.posts:
            if post.id.startswith("wic-dev-"):
                assert post.target is not None
                by_lemma[post.target].add(post.split or "")
        assert all(len(splits) == 1 for splits in by_lemma.values())  # no lemma crosses
        counts = Counter(next(iter(splits)) for splits in by_lemma.values())
        assert set(counts) == {"dev", "test"} and 18 <= counts["dev"] <= 42
        sides[seed] = by_lemma
    assert sides[0] != sides[1]  # the seed changes the cut


def test_limit_keeps_the_first_items_of_each_file(tmp_path: Path) -> None:
    src = write_wic(tmp_path / "wic", TRAIN, DEV)
    corpus = load_corpus(import_corpus("wic", src, tmp_path / "out", limit=2))
    assert [post.id for post in corpus.posts] == [
        "wic-train-00001",
        "wic-train-00002",
        "wic-dev-00001",
        "wic-dev-00002",
    ]


def test_line_count_mismatch_names_both_files(tmp_path: Path) -> None:
    src = write_wic(tmp_path / "wic", TRAIN, DEV)
    (src / "dev" / "dev.gold.txt").write_text("F\nT\n", encoding="utf-8")
    with pytest.raises(ImporterError) as caught:
        import_corpus("wic", src, tmp_path / "out")
    assert str(caught.value) == (
        f"{src}/dev/dev.data.txt: 3 data line(s), but {src}/dev/dev.gold.txt has 2 gold "
        "line(s); expected one gold answer per line"
    )


@pytest.mark.parametrize(
    ("line", "gold", "message"),
    [
        ("go\tV\t0-2\tGo home !", "T", "dev.data.txt:2: expected 5 tab-separated fields"),
        ("go\tADJ\t0-2\tGo home !\tLet us go .", "T", "dev.data.txt:2: field 2 (pos): expected"),
        (
            "go\tV\t0,2\tGo home !\tLet us go .",
            "T",
            "dev.data.txt:2: field 3 (indexes): expected two token indexes 'i-j', got '0,2'",
        ),
        (
            "go\tV\t0-4\tGo home !\tLet us go .",
            "T",
            "dev.data.txt:2: field 3 (indexes): token 4 is not in sentence 2, which has 4 tokens",
        ),
        ("go\tV\t0-2\tGo home !\t ", "T", "dev.data.txt:2: field 5 (sentence2) is empty"),
        ("\tV\t0-2\tGo home !\tLet us go .", "T", "dev.data.txt:2: field 1 (lemma) is empty"),
        (
            "go\tV\t0-2\tGo home !\tLet us go .",
            "true",
            "dev.gold.txt:2: expected a gold answer 'T' or 'F', got 'true'",
        ),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, gold: str, message: str) -> None:
    src = write_wic(tmp_path / "wic", TRAIN, [DEV[0], (line, gold), DEV[2]])
    with pytest.raises(ImporterError) as caught:
        import_corpus("wic", src, tmp_path / "out")
    assert str(caught.value).startswith(f"{src}/dev/{message}")


def test_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(ImporterError, match=r"nowhere: source folder not found \(the wic"):
        import_corpus("wic", tmp_path / "nowhere", tmp_path / "out")
    src = write_wic(tmp_path / "wic", TRAIN, DEV)
    (src / "train" / "train.gold.txt").unlink()
    with pytest.raises(ImporterError, match=r"train/train\.gold\.txt: cannot read"):
        import_corpus("wic", src, tmp_path / "out")


@pytest.mark.slow
def test_real_data_first_items(wic_dir: Path, tmp_path: Path) -> None:
    out = import_corpus("wic", wic_dir, tmp_path / "wic", limit=150)
    assert [str(issue) for issue in validate_corpus(out)] == []
    corpus = load_corpus(out)
    assert len(corpus.posts) == 300
    labels = {label.post_id: label for label in corpus.labels}
    for name in ("train", "dev"):
        data = (wic_dir / name / f"{name}.data.txt").read_text("utf-8").split("\n")[:150]
        gold = (wic_dir / name / f"{name}.gold.txt").read_text("utf-8").split("\n")[:150]
        posts = [post for post in corpus.posts if post.id.startswith(f"wic-{name}-")]
        assert [(p.target, p.text, p.text_pair) for p in posts] == [
            (f[0], f[3], f[4]) for f in (line.split("\t") for line in data)
        ]
        assert [labels[p.id].relevant for p in posts] == [g == "T" for g in gold]
        assert [labels[p.id].tags for p in posts] == [(f"pos:{line.split()[1]}",) for line in data]
    dev_side: dict[str | None, set[str | None]] = defaultdict(set)
    for post in corpus.posts:
        if post.id.startswith("wic-dev-"):
            dev_side[post.target].add(post.split)
    assert all(len(sides) == 1 for sides in dev_side.values())
    assert Counter(post.split for post in corpus.posts)["train"] == 150
    assert {post.split for post in corpus.posts} == {"train", "dev", "test"}
