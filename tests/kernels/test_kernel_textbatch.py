"""TextBatch: NFKC code points in one buffer with offsets."""

from __future__ import annotations

import numpy as np
import pytest

from listenbench.kernels import TextBatch


def test_texts_are_nfkc_code_points_with_offsets() -> None:
    batch = TextBatch.from_texts(["ｎｉｋｅ", "ﬁ", "ｶﾀ", ""], ["en"] * 4, [None, "x", None, None])
    assert batch.offsets.tolist() == [0, 4, 6, 8, 8]
    assert batch.codepoints.tolist() == [
        *map(ord, "nike"),
        *map(ord, "fi"),
        ord("カ"),
        ord("タ"),
    ]
    assert [batch.text(i) for i in range(len(batch))] == ["nike", "fi", "カタ", ""]
    assert batch.langs == ("en",) * 4
    assert batch.channels == (None, "x", None, None)


def test_buffer_dtypes_are_what_the_kernel_expects() -> None:
    batch = TextBatch.from_texts(["abc"], ["en"], [None])
    assert batch.codepoints.dtype == np.int32 and batch.codepoints.flags.writeable
    assert batch.offsets.dtype == np.int64
    assert batch.codepoints.flags.c_contiguous and batch.offsets.flags.c_contiguous


def test_astral_characters_and_lone_surrogates_are_one_code_point_each() -> None:
    batch = TextBatch.from_texts(["a😀\U00020000", "x\ud800"], ["en", "en"], [None, None])
    assert batch.codepoints.tolist() == [97, 0x1F600, 0x20000, 120, 0xD800]
    assert batch.offsets.tolist() == [0, 3, 5]
    assert batch.text(1) == "x\ud800"


def test_empty_batch() -> None:
    batch = TextBatch.from_texts([], [], [])
    assert len(batch) == 0
    assert batch.codepoints.size == 0 and batch.offsets.tolist() == [0]


def test_mismatched_lengths_are_rejected() -> None:
    with pytest.raises(ValueError, match="got 2 texts, 1 langs and 2 channels"):
        TextBatch.from_texts(["a", "b"], ["en"], [None, None])
