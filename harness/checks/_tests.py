"""The behavioural tests: which cases each MFT, INV and DIR test makes.

A test turns *sources* (a labelled (post, entity) pair, or a template and an
entity) into *cases*: a post to predict and what the prediction must be.

- **MFT** (minimum functionality): the decision must equal a known answer —
  a complaint addressed to the brand's @handle is relevant; the corpus's
  ``minimal-pair`` and ``direct`` pairs must be right; an everyday post with
  no name of the entity, and a labelled off-topic post that never names it,
  are not relevant.
- **INV** (invariance): a label-preserving perturbation (one test per
  family: casing, diacritics, typo, hashtag, mention, emoji, url,
  elongation, width, script) must not change the decision.
- **DIR** (directional): the score must not move the wrong way (by more
  than a tolerance): replacing the brand by a generic noun must not raise
  relevance; adding the brand's @handle to a relevant post must not lower
  it; negation, or a disappointed clause, must lower positive sentiment
  (these need a model with a ``sentiment`` output and are skipped
  otherwise).

Example:
    >>> [t.key for t in TESTS if t.test_type == "DIR"]
    ['DIR/brand-to-generic', 'DIR/add-handle', 'DIR/negation', 'DIR/negative-clause']
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from listenbench.corpora import Corpus, Entity, Label, Post
from listenbench.harness._config import ConfigError
from listenbench.harness.checks._perturbation import PERTURBATIONS, Perturbation
from listenbench.harness.checks._templates import (
    COMPLAINTS,
    NEGATION_PAIRS,
    NEGATIVE_CLAUSES,
    UNRELATED,
    category_key,
    generic_noun,
    template_lang,
)
from listenbench.harness.checks._text import (
    CJK,
    Span,
    entity_names,
    find_mentions,
    find_mentions_by_key,
    fold,
    lang_script,
    overlaps,
    replace_spans,
    url_spans,
)

#: The test types, in report order.
TEST_TYPES: tuple[str, ...] = ("MFT", "INV", "DIR")
#: The output every model has; others (``sentiment``) are optional.
RELEVANCE = "relevance"
SENTIMENT = "sentiment"


@dataclass(frozen=True, slots=True)
class CaseSpec:
    """One generated case, before prediction.

    ``post`` is what the model sees; ``base`` the unperturbed post whose
    prediction is the reference (INV, DIR); ``expect_relevant`` the required
    decision (MFT); ``direction`` +1 (must not fall) or -1 (must not rise),
    ``strict`` meaning it must actually move that way (DIR).
    """

    test_type: str
    test: str
    variant: str
    lang: str
    entity_id: str
    post: Post
    post_id: str | None = None
    original_text: str | None = None
    base: Post | None = None
    expect_relevant: bool | None = None
    direction: int = 0
    strict: bool = False
    output: str = RELEVANCE


@dataclass(frozen=True, slots=True)
class Source:
    """What a test makes cases from: a labelled pair or a template for an entity."""

    entity_id: str
    lang: str
    key: str
    post: Post | None = None
    label: Label | None = None
    index: int = 0


class CheckContext:
    """The corpus, indexed for the tests, with cached entity mentions per post."""

    def __init__(self, corpus: Corpus, seed: int) -> None:
        self.corpus = corpus
        self.seed = seed
        self.entities: dict[str, Entity] = {e.id: e for e in corpus.entities}
        self.names: dict[str, tuple[str, ...]] = {e.id: entity_names(e) for e in corpus.entities}
        self.posts: dict[str, Post] = {p.id: p for p in corpus.posts}
        self.labels_by_lang: dict[str, list[Label]] = {}
        for label in corpus.labels:
            post = self.posts[label.post_id]
            self.labels_by_lang.setdefault(post.lang, []).append(label)
        texts: dict[str, list[str]] = {}
        for post in corpus.posts:
            texts.setdefault(post.lang, []).append(post.text)
        self.langs: tuple[str, ...] = tuple(
            sorted(texts, key=lambda lang: (-len(texts[lang]), lang))
        )
        self._lang_keys = {lang: template_lang(lang, "".join(t[:200])) for lang, t in texts.items()}
        self._own: dict[str, dict[str, list[Span]]] = {}
        self._all: dict[str, list[Span]] = {}
        self._scripts: dict[str, str] = {}

    def lang_key(self, lang: str) -> str | None:
        """The template language for a corpus language (None: no templates)."""
        if lang not in self._lang_keys:
            self._lang_keys[lang] = template_lang(lang)
        return self._lang_keys[lang]

    def script(self, post: Post) -> str:
        """The post's script (``Latn``, ``Hans``, ``Jpan``, ...)."""
        if post.id not in self._scripts:
            self._scripts[post.id] = lang_script(post.lang, post.text)
        return self._scripts[post.id]

    def _find(self, post: Post) -> dict[str, list[Span]]:
        if post.id not in self._own:
            self._own[post.id] = find_mentions_by_key(post.text, self.names)
        return self._own[post.id]

    def own_mentions(self, post: Post, entity_id: str) -> list[Span]:
        """Where the post names this entity."""
        return self._find(post)[entity_id]

    def mentions(self, post: Post) -> list[Span]:
        """Where the post names any entity of the corpus (what perturbations protect)."""
        if post.id not in self._all:
            self._all[post.id] = sorted(s for spans in self._find(post).values() for s in spans)
        return self._all[post.id]

    def rng(self, *parts: str) -> random.Random:
        """A generator seeded by the run's seed and ``parts`` (reproducible per case)."""
        return random.Random(":".join([str(self.seed), *parts]))


def handle_of(entity: Entity) -> tuple[str, str]:
    """The entity's @handle and whether it was ``declared`` (an alias) or ``derived`` from its name.

    Example:
        >>> handle_of(Entity("db", "Deutsche Bahn", aliases=("DB",)))
        ('@DeutscheBahn', 'derived')
        >>> handle_of(Entity("h", "St Mary's", aliases=("@StMarysNHS",)))
        ('@StMarysNHS', 'declared')
    """
    for alias in entity.aliases:
        if re.fullmatch(r"@\w+", alias.strip()):
            return alias.strip(), "declared"
    return "@" + re.sub(r"\W", "", display_name(entity)), "derived"


def display_name(entity: Entity) -> str:
    """The entity's name without a parenthetical part (``St Mary's Hospital``)."""
    return re.sub(r"\s*\([^)]*\)", "", entity.name).strip() or entity.name


class CheckTest:
    """A behavioural test; subclasses say where its cases come from."""

    test_type: str = ""

    def __init__(self, name: str, description: str, output: str = RELEVANCE) -> None:
        self.name = name
        self.description = description
        self.output = output

    @property
    def key(self) -> str:
        """``TYPE/name``, e.g. ``INV/casing``."""
        return f"{self.test_type}/{self.name}"

    def sources(self, ctx: CheckContext, lang: str) -> dict[str, list[Source]]:
        """Sources per entity id for one corpus language."""
        raise NotImplementedError

    def expand(self, ctx: CheckContext, source: Source) -> list[CaseSpec]:
        """The cases one source makes (possibly none)."""
        raise NotImplementedError

    def empty_reason(self, ctx: CheckContext, lang: str) -> str:
        """Why the test made no case for a language."""
        return "no applicable cases"

    def _labelled(
        self, ctx: CheckContext, lang: str, select: Callable[[Label, Post], bool]
    ) -> dict[str, list[Source]]:
        out: dict[str, list[Source]] = {}
        for label in ctx.labels_by_lang.get(lang, ()):
            post = ctx.posts[label.post_id]
            if select(label, post):
                out.setdefault(label.entity_id, []).append(
                    Source(label.entity_id, lang, post.id, post=post, label=label)
                )
        return out

    def _templated(self, ctx: CheckContext, lang: str, n: int) -> dict[str, list[Source]]:
        return {
            entity_id: [Source(entity_id, lang, f"t{i}", index=i) for i in range(n)]
            for entity_id in ctx.entities
        }


def _template_post(test: str, lang: str, entity_id: str, index: int, text: str) -> Post:
    return Post(id=f"~{test}/{lang}/{entity_id}/{index}", text=text, lang=lang, channel="twitter")


class LabelledMFT(CheckTest):
    """MFT over a slice of the corpus's labelled pairs: the gold decision is required."""

    test_type = "MFT"

    def __init__(
        self,
        name: str,
        description: str,
        select: Callable[[CheckContext, Label, Post], bool],
        empty: str,
    ) -> None:
        super().__init__(name, description)
        self._select = select
        self._empty = empty

    def sources(self, ctx: CheckContext, lang: str) -> dict[str, list[Source]]:
        return self._labelled(ctx, lang, lambda label, post: self._select(ctx, label, post))

    def expand(self, ctx: CheckContext, source: Source) -> list[CaseSpec]:
        assert source.post is not None and source.label is not None
        relevant = source.label.relevant
        return [
            CaseSpec(
                "MFT",
                self.name,
                "relevant" if relevant else "not-relevant",
                source.lang,
                source.entity_id,
                post=source.post,
                post_id=source.post.id,
                expect_relevant=relevant,
            )
        ]

    def empty_reason(self, ctx: CheckContext, lang: str) -> str:
        return self._empty


class TemplateMFT(CheckTest):
    """MFT over per-language template posts for every entity, with a fixed required decision."""

    test_type = "MFT"

    def __init__(
        self,
        name: str,
        description: str,
        texts: dict[str, tuple[str, ...]],
        expect_relevant: bool,
        fill: Callable[[CheckContext, Entity, str], tuple[str, str] | None],
    ) -> None:
        super().__init__(name, description)
        self._texts = texts
        self._expect = expect_relevant
        self._fill = fill

    def sources(self, ctx: CheckContext, lang: str) -> dict[str, list[Source]]:
        key = ctx.lang_key(lang)
        if key is None or key not in self._texts:
            return {}
        return self._templated(ctx, lang, len(self._texts[key]))

    def expand(self, ctx: CheckContext, source: Source) -> list[CaseSpec]:
        key = ctx.lang_key(source.lang)
        assert key is not None
        filled = self._fill(ctx, ctx.entities[source.entity_id], self._texts[key][source.index])
        if filled is None:
            return []
        text, variant = filled
        post = _template_post(self.name, source.lang, source.entity_id, source.index, text)
        return [
            CaseSpec(
                "MFT",
                self.name,
                variant,
                source.lang,
                source.entity_id,
                post=post,
                expect_relevant=self._expect,
            )
        ]

    def empty_reason(self, ctx: CheckContext, lang: str) -> str:
        return f"no templates for language {lang!r}"


class InvTest(CheckTest):
    """INV: each applicable perturbation of a labelled post must keep the decision."""

    test_type = "INV"

    def __init__(self, name: str, description: str, perturbations: Sequence[Perturbation]) -> None:
        super().__init__(name, description)
        self.perturbations = tuple(perturbations)

    def sources(self, ctx: CheckContext, lang: str) -> dict[str, list[Source]]:
        return self._labelled(
            ctx,
            lang,
            lambda label, post: any(
                p.applies_to(post.lang, ctx.script(post)) for p in self.perturbations
            ),
        )

    def expand(self, ctx: CheckContext, source: Source) -> list[CaseSpec]:
        post = source.post
        assert post is not None
        script = ctx.script(post)
        cases: list[CaseSpec] = []
        for p in self.perturbations:
            if not p.applies_to(post.lang, script):
                continue
            out = p.apply(post.text, post.lang, ctx.rng(p.key, post.id), ctx.mentions(post))
            if out is None:
                continue
            cases.append(
                CaseSpec(
                    "INV",
                    self.name,
                    p.variant,
                    source.lang,
                    source.entity_id,
                    post=replace(post, id=f"{post.id}~{p.key}", text=out),
                    post_id=post.id,
                    original_text=post.text,
                    base=post,
                )
            )
        return cases

    def empty_reason(self, ctx: CheckContext, lang: str) -> str:
        variants = ", ".join(p.variant for p in self.perturbations)
        return f"no post of this language that {self.name} ({variants}) applies to or changes"


class DirLabelTest(CheckTest):
    """DIR over labelled pairs: a transformation must move the output in a direction."""

    test_type = "DIR"

    def __init__(
        self,
        name: str,
        description: str,
        select: Callable[[CheckContext, Label, Post], bool],
        transform: Callable[[CheckContext, Label, Post, random.Random], tuple[str, str] | None],
        direction: int,
        strict: bool = False,
        output: str = RELEVANCE,
        empty: str = "no applicable cases",
    ) -> None:
        super().__init__(name, description, output)
        self._select = select
        self._transform = transform
        self.direction = direction
        self.strict = strict
        self._empty = empty

    def sources(self, ctx: CheckContext, lang: str) -> dict[str, list[Source]]:
        return self._labelled(ctx, lang, lambda label, post: self._select(ctx, label, post))

    def expand(self, ctx: CheckContext, source: Source) -> list[CaseSpec]:
        post, label = source.post, source.label
        assert post is not None and label is not None
        rng = ctx.rng(self.key, post.id, label.entity_id)
        out = self._transform(ctx, label, post, rng)
        if out is None or out[0] == post.text:
            return []
        text, variant = out
        return [
            CaseSpec(
                "DIR",
                self.name,
                variant,
                source.lang,
                source.entity_id,
                post=replace(post, id=f"{post.id}~{self.name}~{label.entity_id}", text=text),
                post_id=post.id,
                original_text=post.text,
                base=post,
                direction=self.direction,
                strict=self.strict,
                output=self.output,
            )
        ]

    def empty_reason(self, ctx: CheckContext, lang: str) -> str:
        return self._empty


class DirTemplateTest(CheckTest):
    """DIR over per-language (base, changed) template pairs filled with each entity's name."""

    test_type = "DIR"

    def __init__(
        self,
        name: str,
        description: str,
        pairs: dict[str, tuple[tuple[str, str], ...]],
        direction: int,
        strict: bool = False,
        output: str = RELEVANCE,
    ) -> None:
        super().__init__(name, description, output)
        self._pairs = pairs
        self.direction = direction
        self.strict = strict

    def sources(self, ctx: CheckContext, lang: str) -> dict[str, list[Source]]:
        key = ctx.lang_key(lang)
        if key is None or key not in self._pairs:
            return {}
        return self._templated(ctx, lang, len(self._pairs[key]))

    def expand(self, ctx: CheckContext, source: Source) -> list[CaseSpec]:
        key = ctx.lang_key(source.lang)
        assert key is not None
        name = display_name(ctx.entities[source.entity_id])
        base_text, text = (t.format(name=name) for t in self._pairs[key][source.index])
        e, i = source.entity_id, source.index
        return [
            CaseSpec(
                "DIR",
                self.name,
                "template",
                source.lang,
                e,
                post=_template_post(self.name, source.lang, e, i, text),
                original_text=base_text,
                base=_template_post(self.name + "-base", source.lang, e, i, base_text),
                direction=self.direction,
                strict=self.strict,
                output=self.output,
            )
        ]

    def empty_reason(self, ctx: CheckContext, lang: str) -> str:
        return f"no templates for language {lang!r}"


# ----------------------------------------------------------------- the tests --


def _fill_handle(ctx: CheckContext, entity: Entity, template: str) -> tuple[str, str]:
    handle, kind = handle_of(entity)
    return template.format(who=handle), kind


def _fill_unrelated(ctx: CheckContext, entity: Entity, text: str) -> tuple[str, str] | None:
    if find_mentions(text, ctx.names[entity.id]):
        return None  # the everyday text happens to name this entity
    return text, "template"


def _is_minimal_pair(ctx: CheckContext, label: Label, post: Post) -> bool:
    return "minimal-pair" in label.tags


def _is_direct(ctx: CheckContext, label: Label, post: Post) -> bool:
    return label.level == "direct"


def _unmentioned_negative(ctx: CheckContext, label: Label, post: Post) -> bool:
    return (
        not label.relevant
        and label.level in (None, "none")
        and not ctx.own_mentions(post, label.entity_id)
    )


def _has_own_mention(ctx: CheckContext, label: Label, post: Post) -> bool:
    return ctx.lang_key(post.lang) is not None and bool(ctx.own_mentions(post, label.entity_id))


def _to_generic(
    ctx: CheckContext, label: Label, post: Post, rng: random.Random
) -> tuple[str, str] | None:
    key = ctx.lang_key(post.lang)
    if key is None:
        return None
    entity = ctx.entities[label.entity_id]
    urls = url_spans(post.text)
    spans = [s for s in ctx.own_mentions(post, entity.id) if not overlaps(s, urls)]
    if not spans:
        return None
    noun = generic_noun(key, entity.category)
    return replace_spans(post.text, [(s, noun) for s in spans]), category_key(entity.category)


def _is_relevant(ctx: CheckContext, label: Label, post: Post) -> bool:
    return label.relevant


def _add_handle(
    ctx: CheckContext, label: Label, post: Post, rng: random.Random
) -> tuple[str, str] | None:
    handle, kind = handle_of(ctx.entities[label.entity_id])
    if fold(handle) in fold(post.text):
        return None
    return f"{handle} {post.text}", kind


def _is_positive(ctx: CheckContext, label: Label, post: Post) -> bool:
    key = ctx.lang_key(post.lang)
    return label.sentiment == "positive" and key is not None and key in NEGATIVE_CLAUSES


def _add_negative_clause(
    ctx: CheckContext, label: Label, post: Post, rng: random.Random
) -> tuple[str, str] | None:
    key = ctx.lang_key(post.lang)
    if key is None:
        return None
    clause = NEGATIVE_CLAUSES[key]
    if ctx.script(post) in CJK:
        clause = clause.strip()
    return post.text.rstrip() + clause, "append"


def _inv_tests() -> list[CheckTest]:
    families: dict[str, list[Perturbation]] = {}
    for p in PERTURBATIONS:
        families.setdefault(p.test, []).append(p)
    descriptions = {
        "casing": "upper, lower and title case must not change the decision",
        "diacritics": "text typed without accents must not change the decision",
        "typo": "a typo in a word other than the brand must not change the decision",
        "hashtag": "an unrelated hashtag, or a word made a hashtag, must not change the decision",
        "mention": "a stranger's @handle in front must not change the decision",
        "emoji": "an inserted emoji must not change the decision",
        "url": "an added link must not change the decision",
        "elongation": "a stretched word (soooo, すごーい, 哈哈哈) must not change the decision",
        "width": "full-width or half-width characters must not change the decision",
        "script": "traditional vs simplified Chinese characters must not change the decision",
    }
    return [InvTest(name, descriptions[name], ps) for name, ps in families.items()]


#: Every behavioural test, in report order.
TESTS: tuple[CheckTest, ...] = (
    TemplateMFT(
        "handle-complaint",
        "a complaint addressed to the brand's @handle is relevant",
        COMPLAINTS,
        True,
        _fill_handle,
    ),
    LabelledMFT(
        "minimal-pair",
        "the corpus's minimal pairs (tag minimal-pair) are classified correctly",
        _is_minimal_pair,
        "no labelled pair tagged 'minimal-pair'",
    ),
    LabelledMFT(
        "direct-level",
        "posts addressed to the brand (level direct) are classified correctly",
        _is_direct,
        "no labelled pair of level 'direct'",
    ),
    TemplateMFT(
        "unrelated",
        "an everyday post that names no entity is not relevant",
        UNRELATED,
        False,
        _fill_unrelated,
    ),
    LabelledMFT(
        "no-mention-negative",
        "a labelled off-topic post that never names the entity is not relevant",
        _unmentioned_negative,
        "no off-topic labelled pair without a mention of its entity",
    ),
    *_inv_tests(),
    DirLabelTest(
        "brand-to-generic",
        "replacing the brand by a generic noun of its category must not raise relevance",
        _has_own_mention,
        _to_generic,
        direction=-1,
        empty="no labelled post that names its entity (or no generic nouns for the language)",
    ),
    DirLabelTest(
        "add-handle",
        "adding the brand's @handle to a relevant post must not lower relevance",
        _is_relevant,
        _add_handle,
        direction=+1,
        empty="no relevant labelled pair",
    ),
    DirTemplateTest(
        "negation",
        "negating a positive opinion about the brand must lower positive sentiment",
        NEGATION_PAIRS,
        direction=-1,
        strict=True,
        output=SENTIMENT,
    ),
    DirLabelTest(
        "negative-clause",
        "adding a disappointed clause to a positive post must lower positive sentiment",
        _is_positive,
        _add_negative_clause,
        direction=-1,
        strict=True,
        output=SENTIMENT,
        empty="no labelled pair with positive sentiment (or no clause for the language)",
    ),
)


def select_tests(selectors: Sequence[str] | None) -> tuple[CheckTest, ...]:
    """The tests named by selectors: a type (``INV``), ``TYPE/name`` or a bare name.

    Raises ``ConfigError`` naming the known tests for an unknown selector.

    Example:
        >>> [t.key for t in select_tests(["MFT/unrelated", "casing"])]
        ['MFT/unrelated', 'INV/casing']
    """
    if not selectors:
        return TESTS
    chosen: list[CheckTest] = []
    for raw in selectors:
        sel = raw.strip()
        hits = [
            t
            for t in TESTS
            if sel.upper() == t.test_type or sel == t.name or sel.lower() == t.key.lower()
        ]
        if not hits:
            known = ", ".join(t.key for t in TESTS)
            raise ConfigError(
                f"unknown behavioural test {sel!r}: expected MFT, INV, DIR or one of {known}"
            )
        chosen += [t for t in hits if t not in chosen]
    return tuple(t for t in TESTS if t in chosen)
