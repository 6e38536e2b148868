"""Saved trained models: a directory any trained listenbench model writes and reads back.

Every trained model (TF-IDF, fine-tuned cross-encoders, ...) implements the
small :class:`SavableModel` contract so that it can be stored, logged to MLflow
(``listenbench.baselines.mlflow_model.log_model``) and reloaded without
retraining:

- ``model.save(path)`` writes a directory: the model's own files plus
  ``listenbench-model.json`` (written with :func:`write_saved_meta`), which
  records the model family, the dotted class path, the :class:`ModelInfo` and
  the class's on-disk format version;
- ``Class.load(path)`` (a classmethod) reads that directory back;
- :func:`load_saved_model` reads ``listenbench-model.json``, finds the class and
  calls its ``load``.

Trust: :func:`load_saved_model` imports only classes inside ``listenbench.``
or classes registered with :func:`register_saved_model`, so a saved directory
cannot make it import arbitrary code. It unpickles nothing itself; what a
class's ``load`` reads is that class's business, and a class whose format can
execute code on load (pickle, joblib) must say so in its docstring. Built-in
formats (TF-IDF: JSON + ``.npz`` read with ``allow_pickle=False``) are plain data.

Example:
    >>> import tempfile
    >>> from listenbench.baselines._protocol import ModelInfo
    >>> class Constant:
    ...     info = ModelInfo("const", "const", "1")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = write_saved_meta(Path(tmp), Constant(), format_version=1)
    ...     meta = read_saved_meta(tmp)
    >>> meta.family, meta.class_path.endswith("Constant"), meta.format_version
    ('const', True, 1)
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, Self, TypeVar, runtime_checkable

from listenbench.baselines._protocol import Model, ModelInfo, ModelSpecError
from listenbench.baselines._version import listenbench_version

#: The metadata file every saved model directory holds.
SAVED_MODEL_FILE = "listenbench-model.json"
#: Version of the ``listenbench-model.json`` layout itself.
SAVED_META_VERSION = 1
#: Classes outside ``listenbench.`` must be registered before they can be loaded.
TRUSTED_PREFIX = "listenbench."

_REGISTERED: dict[str, type[Any]] = {}

_T = TypeVar("_T", bound=type[Any])


class SavedModelError(ModelSpecError):
    """A saved model directory that cannot be read back (missing, corrupt, untrusted)."""


@runtime_checkable
class SavableModel(Model, Protocol):
    """A trained :class:`Model` that can be written to a directory and read back.

    ``save(path)`` creates ``path`` (and its parents) if needed, writes the
    model's files and ``listenbench-model.json`` (via :func:`write_saved_meta`);
    ``load(path)`` returns a model whose ``predict`` gives identical outputs
    and whose ``info`` equals the saved one.
    """

    def save(self, path: Path) -> None: ...

    @classmethod
    def load(cls, path: Path) -> Self: ...


@dataclass(frozen=True, slots=True)
class SavedModelMeta:
    """The contents of ``listenbench-model.json``."""

    family: str
    class_path: str
    info: ModelInfo
    format_version: int
    listenbench_version: str

    def to_json(self) -> dict[str, Any]:
        """The JSON object written to ``listenbench-model.json``."""
        return {
            "listenbench_saved_model": SAVED_META_VERSION,
            "family": self.family,
            "class": self.class_path,
            "format_version": self.format_version,
            "listenbench_version": self.listenbench_version,
            "info": info_to_json(self.info),
        }


def info_to_json(info: ModelInfo) -> dict[str, Any]:
    """A :class:`ModelInfo` as a JSON-ready dict.

    Example:
        >>> info_to_json(ModelInfo("m", "f", "1", {"C": "4"}))
        {'name': 'm', 'family': 'f', 'version': '1', 'config': {'C': '4'}}
    """
    return {
        "name": info.name,
        "family": info.family,
        "version": info.version,
        "config": dict(info.config),
    }


def info_from_json(data: Mapping[str, Any], source: str = "<json>") -> ModelInfo:
    """The inverse of :func:`info_to_json`; a clear error for anything malformed.

    Example:
        >>> info_from_json({"name": "m", "family": "f", "version": "1", "config": {}}).name
        'm'
    """
    try:
        config = data.get("config", {})
        fields = (data["name"], data["family"], data["version"])
        if not all(isinstance(x, str) for x in fields) or not isinstance(config, Mapping):
            raise TypeError
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in config.items()):
            raise TypeError
    except (KeyError, TypeError, AttributeError):
        raise SavedModelError(
            f"{source}: 'info' must be an object with string name, family, version "
            "and a string-to-string config"
        ) from None
    return ModelInfo(name=fields[0], family=fields[1], version=fields[2], config=dict(config))


def class_path(cls: type[Any]) -> str:
    """The dotted path recorded for a class (``module.QualName``).

    Example:
        >>> class_path(ModelInfo)
        'listenbench.baselines._protocol.ModelInfo'
    """
    return f"{cls.__module__}.{cls.__qualname__}"


def register_saved_model(cls: _T) -> _T:
    """Allow :func:`load_saved_model` to load a class from outside ``listenbench.``.

    Use as a class decorator in your own package; the class must implement
    :class:`SavableModel` (``save`` and the classmethod ``load``).

    Example:
        >>> @register_saved_model
        ... class MyModel:
        ...     @classmethod
        ...     def load(cls, path): return cls()
        >>> class_path(MyModel) in registered_saved_models()
        True
    """
    if not callable(getattr(cls, "load", None)):
        raise TypeError(f"{class_path(cls)} has no classmethod load(path)")
    _REGISTERED[class_path(cls)] = cls
    return cls


def registered_saved_models() -> tuple[str, ...]:
    """Class paths registered with :func:`register_saved_model`."""
    return tuple(_REGISTERED)


def write_saved_meta(path: Path, model: Model, *, format_version: int) -> SavedModelMeta:
    """Write ``listenbench-model.json`` for ``model`` into the directory ``path``.

    ``format_version`` is the model class's own on-disk format version (its
    ``load`` checks it). Called by every ``save`` implementation.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    info = model.info
    meta = SavedModelMeta(
        family=info.family,
        class_path=class_path(type(model)),
        info=info,
        format_version=format_version,
        listenbench_version=listenbench_version(),
    )
    text = json.dumps(meta.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
    (path / SAVED_MODEL_FILE).write_text(text + "\n", encoding="utf-8")
    return meta


def read_saved_meta(path: Path | str) -> SavedModelMeta:
    """Read and check ``listenbench-model.json`` from a saved model directory.

    Raises:
        SavedModelError: when the file is missing or malformed.
    """
    file = Path(path) / SAVED_MODEL_FILE
    if not file.is_file():
        raise SavedModelError(
            f"{path}: not a saved listenbench model (no {SAVED_MODEL_FILE} in it)"
        )
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SavedModelError(f"{file}: not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise SavedModelError(f"{file}: expected a JSON object, found {type(data).__name__}")
    layout = data.get("listenbench_saved_model")
    if layout != SAVED_META_VERSION:
        raise SavedModelError(
            f"{file}: listenbench_saved_model is {layout!r}, this listenbench reads "
            f"{SAVED_META_VERSION} (saved by listenbench {data.get('listenbench_version')!r})"
        )
    family, cls, version = data.get("family"), data.get("class"), data.get("format_version")
    if not isinstance(family, str) or not isinstance(cls, str) or type(version) is not int:
        raise SavedModelError(
            f"{file}: expected string 'family' and 'class' and an integer 'format_version'"
        )
    info = data.get("info")
    if not isinstance(info, dict):
        raise SavedModelError(f"{file}: expected an 'info' object")
    return SavedModelMeta(
        family=family,
        class_path=cls,
        info=info_from_json(info, str(file)),
        format_version=version,
        listenbench_version=str(data.get("listenbench_version", "")),
    )


def check_format_version(path: Path, meta: SavedModelMeta, supported: int) -> None:
    """Raise :class:`SavedModelError` unless ``meta.format_version == supported``.

    For ``load`` implementations.
    """
    if meta.format_version != supported:
        raise SavedModelError(
            f"{Path(path) / SAVED_MODEL_FILE}: {meta.class_path} format_version is "
            f"{meta.format_version}, this listenbench reads {supported}"
        )


def _resolve_class(path: Path, dotted: str) -> type[Any]:
    if dotted in _REGISTERED:
        return _REGISTERED[dotted]
    if not dotted.startswith(TRUSTED_PREFIX):
        raise SavedModelError(
            f"{Path(path) / SAVED_MODEL_FILE}: class {dotted!r} is not part of listenbench; "
            "import the package that defines it and decorate the class with "
            "register_saved_model (listenbench.baselines._saved) to trust it"
        )
    obj: Any = None
    # Nested classes: walk back until a module imports.
    parts = dotted.split(".")
    for split in range(len(parts) - 1, 0, -1):
        module_name, qualname = ".".join(parts[:split]), ".".join(parts[split:])
        try:
            obj = importlib.import_module(module_name)
        except ImportError:
            continue
        for attr in qualname.split("."):
            obj = getattr(obj, attr, None)
        break
    if not isinstance(obj, type) or not callable(getattr(obj, "load", None)):
        raise SavedModelError(
            f"{Path(path) / SAVED_MODEL_FILE}: class {dotted!r} not found in this "
            "listenbench (or it has no load method)"
        )
    return obj


def load_saved_model(path: Path | str) -> Model:
    """Load a model saved with ``model.save(path)``.

    Dispatches on the class path in ``listenbench-model.json``: only classes
    inside ``listenbench.`` or registered with :func:`register_saved_model` are
    imported (see the module docstring for the trust assumptions).

    Raises:
        SavedModelError: for a missing or malformed directory, or an untrusted class.

    Example:
        >>> try:
        ...     load_saved_model("/nonexistent")
        ... except SavedModelError as err:
        ...     print(err)
        /nonexistent: not a saved listenbench model (no listenbench-model.json in it)
    """
    path = Path(path)
    meta = read_saved_meta(path)
    cls = _resolve_class(path, meta.class_path)
    model = cls.load(path)
    if not isinstance(model, Model):
        raise SavedModelError(f"{path}: {meta.class_path}.load did not return a model")
    return model
