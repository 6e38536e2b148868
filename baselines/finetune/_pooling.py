"""How the classifier head sees a pair: the checkpoint's own pooler, or the mean of its tokens.

Sentence-transformers checkpoints such as all-MiniLM-L6-v2 were trained to
represent text by the mean of their token states; their BERT ``pooler`` (a
dense layer over ``[CLS]``) is a leftover that training never tuned for that.
``pooling="mean"`` replaces the pooler of a BERT-style network by masked mean
pooling, so the fresh linear head starts from the checkpoint's sentence
embedding; ``pooling="cls"`` keeps the network as the checkpoint built it.

Example:
    >>> POOLINGS
    ('mean', 'cls')
"""

from __future__ import annotations

from typing import Any

from listenbench.baselines._protocol import ModelSpecError

#: Accepted ``TrainConfig.pooling`` values (the first is the default).
POOLINGS = ("mean", "cls")


def apply_pooling(torch: Any, network: Any, pooling: str) -> None:
    """Make ``network`` pool as ``pooling`` says (in place; ``"cls"`` changes nothing).

    Raises:
        ModelSpecError: for ``"mean"`` on a network without a BERT-style ``pooler``.
    """
    if pooling == "cls":
        return
    base = getattr(network, "base_model", None)
    if base is None or getattr(base, "pooler", None) is None:
        kind = type(network).__name__
        raise ModelSpecError(
            f"finetuned: pooling=mean needs a BERT-style checkpoint with a pooler, "
            f"and {kind} has none (use pooling=cls)"
        )
    pooler = _mean_pooler(torch)
    base.pooler = pooler

    def capture_mask(_module: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        pooler.mask = kwargs.get("attention_mask")

    base.register_forward_pre_hook(capture_mask, with_kwargs=True)


def _mean_pooler(torch: Any) -> Any:
    class MeanPooler(torch.nn.Module):  # type: ignore[misc]
        """Masked mean of the token states (what sentence-transformers embeds)."""

        def __init__(self) -> None:
            super().__init__()
            self.mask: Any = None

        def forward(self, hidden: Any) -> Any:
            if self.mask is None:
                return hidden.mean(dim=1)
            weights = self.mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1.0)

    return MeanPooler()
