"""The UTF-8 entry points: PostBuffer, find_matches, iter_matches, match_utf8, Matches."""

from __future__ import annotations

import numpy as np
import pytest

from listenbench.baselines.keyword import compile_queries, parse_query
from listenbench.kernels import (
    Matches,
    PostBuffer,
    _match,
    find_matches,
    iter_matches,
    match,
    match_utf8,
)


def _program(*queries: str):  # type: ignore[no-untyped-def]
    return compile_queries([parse_query(q) for q in queries])


def test_post_buffer_packs_utf8_with_metadata_ids() -> None:
    posts = PostBuffer.from_texts(["Straße", "", "苹果"], ["de", "en", "de"], [None, "x", "x"])
    assert posts.offsets.tolist() == [0, 7, 7, 13]
    assert posts.data.tobytes() == "Straße苹果".encode()
    assert posts.lang_ids.tolist() == [0, 1, 0] and posts.lang_values == ("de", "en")
    assert posts.channel_ids.tolist() == [-1, 0, 0] and posts.channel_values == ("x",)
    assert [posts.text(i) for i in range(3)] == ["Straße", "", "苹果"]
    tail = posts.slice(1, 3)
    assert len(tail) == 2 and tail.text(1) == "苹果" and tail.lang_ids.tolist() == [1, 0]


def test_post_buffer_checks_lengths() -> None:
    with pytest.raises(ValueError, match="got 2 texts, 1 langs and 2 channels"):
        PostBuffer.from_texts(["a", "b"], ["en"], [None, None])
    with pytest.raises(ValueError, match=r"2 posts .* but 1 lang ids"):
        PostBuffer(
            np.zeros(2, np.uint8),
            np.array([0, 1, 2]),
            np.zeros(1, np.int32),
            np.zeros(2, np.int32),
        )


@pytest.mark.parametrize(
    ("offsets", "lang_ids", "message"),
    [
        ([0, 2, 9], [0, 0], "offsets run from 0 to 9, expected them inside the buffer of 4"),
        ([0, 3, 1], [0, 0], "offsets decrease"),
        ([0, 2, 4], [0, 1], "lang ids run from 0 to 1, expected -1 .* 1 lang values"),
        ([0, 2, 4], [-2, 0], "lang ids run from -2 to 0"),
    ],
)
def test_post_buffer_refuses_what_the_kernel_cannot_read(
    offsets: list[int], lang_ids: list[int], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        PostBuffer(
            np.zeros(4, np.uint8),
            np.array(offsets),
            np.array(lang_ids, np.int32),
            np.full(2, -1, np.int32),
            ("en",),
        )


def test_matches_are_sparse_pairs_sorted_by_post_then_query() -> None:
    program = _program("nike", "nike OR adidas", "NOT nike", "lang:de")
    posts = PostBuffer.from_texts(
        ["Nike und Adidas", "nichts", "ADIDAS"], ["de", "de", "en"], [None] * 3
    )
    found = find_matches(program, posts)
    assert list(zip(found.posts.tolist(), found.queries.tolist(), strict=True)) == [
        (0, 0),
        (0, 1),
        (0, 3),
        (1, 2),
        (1, 3),
        (2, 1),
        (2, 2),
    ]
    assert (found.n_posts, found.n_queries, found.n_python, len(found)) == (3, 4, 0, 7)
    np.testing.assert_array_equal(
        found.dense(),
        match(program, [posts.text(i) for i in range(3)], ["de", "de", "en"], [None] * 3),
    )


def test_match_utf8_on_a_raw_buffer_with_and_without_metadata() -> None:
    program = _program("café AND channel:forum", "café")
    data = np.frombuffer("CAFÉ!cafe café".encode(), dtype=np.uint8)
    offsets = np.array([0, 6, 10, 16])
    result = match_utf8(program, data, offsets)
    assert result.tolist() == [[False, True], [False, False], [False, True]]
    with_channel = match_utf8(
        program, data, offsets, None, np.array([0, -1, 0]), channel_values=["Forum"]
    )
    assert with_channel.tolist() == [[True, True], [False, False], [True, True]]


def test_offsets_need_not_start_at_zero() -> None:
    program = _program("b")
    data = np.frombuffer(b"a b c", dtype=np.uint8)
    assert match_utf8(program, data, np.array([2, 3, 5]))[:, 0].tolist() == [True, False]


def test_streaming_gives_each_batch_its_own_post_numbers() -> None:
    program = _program("apple")
    posts = PostBuffer.from_texts(["apple", "pear", "APPLE pie"] * 3, ["en"] * 9, [None] * 9)
    batches = [posts.slice(i, i + 2) for i in range(0, 9, 2)]
    found = list(iter_matches(program, batches))
    assert [m.n_posts for m in found] == [2, 2, 2, 2, 1]
    assert [m.posts.tolist() for m in found] == [[0], [0, 1], [1], [0], [0]]


def test_characters_only_python_can_normalise() -> None:
    # e + combining acute composes to é; Hangul jamo compose to a syllable;
    # half-width ka + voiced mark compose to ガ: the kernel hands these to Python.
    program = _program("café", "가", "ガ", "cafe")
    texts = ["cafe\u0301", "\u1100\u1161", "ｶﾞ", "cafe \u0301", "x\u0327\u0301"]
    found = find_matches(program, PostBuffer.from_texts(texts, ["en"] * 5, [None] * 5))
    assert found.dense().tolist() == [
        [True, False, False, False],
        [False, True, False, False],
        [False, False, True, False],
        [False, False, False, True],
        [False, False, False, False],
    ]
    assert found.n_python == 5


def test_expansions_and_mappings_stay_in_the_kernel() -> None:
    program = _program("fish", "iphonetm", "#nike", "กำ", "xii")
    texts = ["ﬁsh", "iPhone™", "＃ｎｉｋｅ", "กำ", "Ⅻ", "…#nike"]
    found = find_matches(program, PostBuffer.from_texts(texts, ["en"] * 6, [None] * 6))
    assert found.dense().tolist() == [
        [True, False, False, False, False],
        [False, True, False, False, False],
        [False, False, True, False, False],
        [False, False, False, True, False],
        [False, False, False, False, True],
        [False, False, True, False, False],
    ]
    assert found.n_python == 0


def test_inert_marks_out_of_canonical_order_go_to_python() -> None:
    # Thai tone mark (ccc 107) before the vowel below (ccc 103): NFKC reorders them.
    program = _program("ก\u0e38\u0e48")
    texts = ["ก\u0e38\u0e48", "ก\u0e48\u0e38"]
    found = find_matches(program, PostBuffer.from_texts(texts, ["th"] * 2, [None] * 2))
    assert found.dense()[:, 0].tolist() == [True, True]
    assert found.n_python == 1


def test_malformed_utf8_is_read_safely() -> None:
    program = _program("ok")
    data = np.frombuffer(b"\xff ok \xe4\xb8 \x80ok ok\xf0\x9f", dtype=np.uint8)
    result = match_utf8(program, data, np.array([0, data.size]))
    assert result.tolist() == [[True]]
    cut = match_utf8(program, data, np.array([0, 3, 5, data.size]))  # a post ends mid-sequence
    assert cut[:, 0].tolist() == [False, False, True]


def test_thread_counts_give_the_same_result() -> None:
    program = _program("a", "b NEAR/1 c", "NOT a", "a AND lang:en")
    rng = np.random.default_rng(0)
    words = np.array(["a", "b", "c", "d", "苹果", "ß"])
    texts = [" ".join(rng.choice(words, 6)) for _ in range(3000)]
    posts = PostBuffer.from_texts(texts, ["en", "de"] * 1500, [None] * 3000)
    one = find_matches(program, posts, n_threads=1, batch_size=1000)
    for threads in (2, 3):
        many = find_matches(program, posts, n_threads=threads)
        np.testing.assert_array_equal(many.posts, one.posts)
        np.testing.assert_array_equal(many.queries, one.queries)
    with pytest.raises(ValueError, match="n_threads must be at least 1"):
        find_matches(program, posts, n_threads=0)


def test_more_matches_than_the_room_reserved_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_match, "MIN_OUT", 0)
    monkeypatch.setattr(_match, "CHUNK_POSTS", 4)
    program = _program(*[f"a OR w{i}" for i in range(50)])
    texts = ["a"] * 10 + ["x"] * 10
    found = find_matches(program, PostBuffer.from_texts(texts, ["en"] * 20, [None] * 20))
    assert len(found) == 500 and found.posts.max() == 9


def test_long_posts_and_empty_inputs() -> None:
    program = _program("(a NEAR/3 b*) NEAR/0 c")
    text = "a b " * 5000 + "c"
    assert match(program, [text, "a b c"], ["en"] * 2, [None] * 2)[:, 0].tolist() == [True, True]
    assert len(find_matches(program, PostBuffer.from_texts([], [], []))) == 0
    empty = Matches(np.zeros(0, np.int64), np.zeros(0, np.int32), 2, 1)
    assert empty.dense().tolist() == [[False], [False]]
