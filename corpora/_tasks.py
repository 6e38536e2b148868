"""Task types: what a corpus's labels ask a model to predict, and how it is scored.

A task names the label field that is the target and the classes it takes:

- ``relevance`` — binary: is the post relevant to the entity (``Label.relevant``)?
- ``pair`` — binary over two texts (``Post.text`` and ``Post.text_pair``, about
  ``Post.target``): e.g. does the word mean the same in both (``Label.relevant``)?
- ``level`` — multi-class over the listening level (``Label.level``).
- ``sentiment`` — multi-class over the sentiment (``Label.sentiment``).

Binary tasks are scored as precision/recall/F1 of the positive class;
multi-class tasks as accuracy and macro-F1 over the classes (see
``harness/metrics``). A pair without a value for the task's target field is not
scored for that task (e.g. pairs without a sentiment on a sentiment run).

Example:
    >>> from listenbench.corpora import Label
    >>> task = resolve_task("level", [Label("p1", "e", True, level="about"),
    ...                              Label("p2", "e", False, level="none")])
    >>> task.classes, task.binary
    (('about', 'none'), False)
    >>> task.gold(Label("p3", "e", True, level="direct")) is None
    True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from listenbench.corpora._schema import LEVELS, SENTIMENTS, Label

#: The classes of a binary task: the negative class first.
BINARY_CLASSES: tuple[str, str] = ("no", "yes")


@dataclass(frozen=True, slots=True)
class TaskKind:
    """A task type: its target label field and the classes that field can take."""

    name: str
    target: str  # "relevant" | "level" | "sentiment"
    all_classes: tuple[str, ...]
    binary: bool
    pair: bool
    description: str


#: The task types listenbench scores, by name (the manifest's ``task`` value).
TASK_KINDS: dict[str, TaskKind] = {
    "relevance": TaskKind(
        "relevance",
        "relevant",
        BINARY_CLASSES,
        True,
        False,
        "binary: is the post relevant to the entity?",
    ),
    "pair": TaskKind(
        "pair",
        "relevant",
        BINARY_CLASSES,
        True,
        True,
        "binary over text + text_pair: e.g. same meaning of the target word?",
    ),
    "level": TaskKind(
        "level",
        "level",
        LEVELS,
        False,
        False,
        "multi-class: the listening level (direct, about, competitor, category, none)",
    ),
    "sentiment": TaskKind(
        "sentiment",
        "sentiment",
        SENTIMENTS,
        False,
        False,
        "multi-class: the sentiment towards the entity",
    ),
}
#: Task names, in documentation order.
TASKS: tuple[str, ...] = tuple(TASK_KINDS)


class TaskError(ValueError):
    """A task name this listenbench does not know, or a task a corpus cannot serve."""


@dataclass(frozen=True, slots=True)
class Task:
    """A task as it applies to one corpus: the classes that occur in its labels.

    For binary tasks ``classes`` is ``("no", "yes")`` and the positive class is
    ``"yes"``; for multi-class tasks it is the classes present in the gold
    labels, in the canonical order of :data:`LEVELS` / :data:`SENTIMENTS`.

    Example:
        >>> t = resolve_task("relevance", [])
        >>> t.gold(Label("p", "e", True)), t.binary, t.pair
        ('yes', True, False)
    """

    kind: TaskKind
    classes: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.kind.name

    @property
    def binary(self) -> bool:
        return self.kind.binary

    @property
    def pair(self) -> bool:
        return self.kind.pair

    @property
    def target(self) -> str:
        return self.kind.target

    def gold(self, label: Label) -> str | None:
        """The gold class of a label, or None when the label has no value for the target."""
        if self.kind.target == "relevant":
            return BINARY_CLASSES[1] if label.relevant else BINARY_CLASSES[0]
        value = getattr(label, self.kind.target)
        return value if value in self.classes else None

    def class_index(self, name: str) -> int:
        """Position of a class name in :attr:`classes`.

        Raises:
            TaskError: for a class the task does not have.
        """
        try:
            return self.classes.index(name)
        except ValueError:
            raise TaskError(
                f"task {self.name!r} has no class {name!r} (classes: {', '.join(self.classes)})"
            ) from None


def resolve_task(name: str, labels: Iterable[Label]) -> Task:
    """The :class:`Task` called ``name`` with the classes that occur in ``labels``.

    Raises:
        TaskError: for an unknown task name, or a multi-class task whose target
            field no label sets (nothing to score).

    Example:
        >>> resolve_task("sentiment", [Label("p", "e", True, sentiment="positive"),
        ...                            Label("q", "e", True, sentiment="negative")]).classes
        ('negative', 'positive')
    """
    kind = TASK_KINDS.get(name)
    if kind is None:
        raise TaskError(f"unknown task {name!r} (known: {', '.join(TASKS)})")
    if kind.binary:
        return Task(kind, BINARY_CLASSES)
    present = {getattr(label, kind.target) for label in labels}
    classes = tuple(c for c in kind.all_classes if c in present)
    if not classes:
        raise TaskError(
            f"task {name!r} needs labels with a {kind.target!r} field, and none has one"
        )
    return Task(kind, classes)
