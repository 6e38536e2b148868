"""Tokenise segment pairs once, pad them per batch, and run the network without gradients.

Example:
    >>> softmax(np.array([[0.0, 0.0], [0.0, np.log(3.0)]])).round(2).tolist()
    [[0.5, 0.5], [0.25, 0.75]]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

#: One tokenised pair: ``input_ids``, ``attention_mask`` (and ``token_type_ids``).
Features = dict[str, list[int]]
_KEYS = ("input_ids", "token_type_ids", "attention_mask")


def encode(
    tokenizer: Any, firsts: Sequence[str], seconds: Sequence[str], max_length: int
) -> list[Features]:
    """Tokenise (first, second) segment pairs, truncated to ``max_length`` tokens, unpadded."""
    if not firsts:
        return []
    encoded = tokenizer(list(firsts), list(seconds), truncation=True, max_length=max_length)
    keys = [key for key in _KEYS if key in encoded]
    return [{key: list(encoded[key][i]) for key in keys} for i in range(len(firsts))]


def collate(torch: Any, features: Sequence[Features], pad_id: int, device: str) -> dict[str, Any]:
    """Right-pad a batch to its longest item: a dict of ``(batch, width)`` long tensors."""
    width = max(len(f["input_ids"]) for f in features)
    batch: dict[str, Any] = {}
    for key in features[0]:
        pad = pad_id if key == "input_ids" else 0
        rows = [f[key] + [pad] * (width - len(f[key])) for f in features]
        batch[key] = torch.tensor(rows, dtype=torch.long, device=device)
    return batch


def logits_of(
    torch: Any,
    network: Any,
    features: Sequence[Features],
    *,
    pad_id: int,
    batch_size: int,
    device: str,
) -> NDArray[np.float64]:
    """The network's logits ``(n, num_labels)`` in eval mode under ``torch.no_grad``.

    Items are batched in order of length (less padding); rows come back in input order.
    """
    out = np.zeros((len(features), int(network.config.num_labels)), dtype=np.float64)
    order = sorted(range(len(features)), key=lambda i: len(features[i]["input_ids"]))
    network.eval()
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            batch = collate(torch, [features[i] for i in rows], pad_id, device)
            out[rows] = network(**batch).logits.float().cpu().numpy()
    return out


def softmax(logits: NDArray[np.float64]) -> NDArray[np.float64]:
    """Row-wise softmax, computed stably in float64."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return np.asarray(exp / exp.sum(axis=-1, keepdims=True), dtype=np.float64)


def mean_nll(logits: NDArray[np.float64], targets: NDArray[np.int64]) -> float:
    """Mean cross-entropy of ``targets`` under ``logits`` (what training minimises).

    Example:
        >>> round(mean_nll(np.array([[0.0, 0.0]]), np.array([1])), 4)
        0.6931
    """
    if len(targets) == 0:
        return float("nan")
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_z = np.log(np.exp(shifted).sum(axis=1))
    picked = shifted[np.arange(len(targets)), targets]
    return float(np.mean(log_z - picked))
