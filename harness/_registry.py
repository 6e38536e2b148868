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


#: Families that ship with listenbench, with a one-line description for --help.
BUILTIN_MODELS: dict[str, tuple[ModelFactory, str]] = {
    "keyword": (
        _keyword,
        "boolean keyword queries, one per entity (default: the corpus's queries.txt)",
    ),
    "alias": (_alias, "trivial floor: relevant iff the entity's name or an alias occurs"),
    "majority": (_majority, "floor for any task: the train split's most frequent class"),
}


def parse_spec(spec: str) -> tuple[str, str]:
    """Split ``FAMILY[:ARG]`` into its family name and argument."""
    family, _, arg = spec.strip().partition(":")
    if not family:
        raise ModelSpecError(f"empty model spec {spec!r}: expected FAMILY[:ARG], e.g. keyword")
    return family, arg


def available_models() -> dict[str, str]:
    """Names of every model family (built-in and plugin) with a description."""
    names = {name: desc for name, (_, desc) in BUILTIN_MODELS.items()}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        names.setdefault(ep.name, f"plugin {ep.value}")
    return names


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
    if family in BUILTIN_MODELS:
        return BUILTIN_MODELS[family][0](arg, ctx)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == family:
            factory: ModelFactory = ep.load()
            return factory(arg, ctx)
    known = ", ".join(sorted(available_models()))
    raise ModelSpecError(f"unknown model family {family!r} in {spec!r} (known: {known})")
