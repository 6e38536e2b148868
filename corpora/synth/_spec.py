"""What defines a synthetic firehose: the request (:class:`SynthSpec`) and the constants.

The output of the generator is a function of the :class:`SynthSpec` (post
count, seed, rates, languages), the constants below, the word lists
(``_vocab.py``), the brands (``_brands.py``) and the NumPy random streams it
draws from. :data:`GENERATOR_VERSION` changes whenever any of the code or
data changes what is generated, so (generator version, spec) names a corpus.

Example:
    >>> spec = SynthSpec(n_posts=1000, seed=7)
    >>> spec.describe()["generator_version"] == GENERATOR_VERSION
    True
    >>> try:
    ...     SynthSpec(n_posts=10, languages=("en", "xx"))
    ... except SynthError as exc:
    ...     print(str(exc)[:48])
    unknown language 'xx' for the synthetic firehose
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from listenbench.corpora.synth._vocab import WORDS

#: Version of the generator's output definition; bump it when the output changes.
#: Byte-identical output also assumes NumPy's ``Generator`` streams (PCG64
#: ``random``, ``integers``, ``standard_normal``), which NumPy keeps stable.
GENERATOR_VERSION = "1.0.0"
#: Posts are generated in chunks of this size, each from its own random stream
#: (seeded by ``(SEED_DOMAIN, seed, chunk_index)``), so the output does not
#: depend on ``batch_size`` and the first k posts of any larger corpus are the
#: same k posts.
CHUNK_SIZE = 4096
#: First entropy word of every chunk's random stream (a fixed tag of this generator).
SEED_DOMAIN = 0x5_1A7E
#: Words are drawn with probability proportional to ``1 / rank ** ZIPF_EXPONENT``.
ZIPF_EXPONENT = 1.0
#: Post lengths (characters, before planting needles) are log-normal with this
#: median and sigma of the log, clipped to [LENGTH_MIN, LENGTH_MAX].
LENGTH_MEDIAN = 90.0
LENGTH_SIGMA = 0.55
LENGTH_MIN = 40.0
LENGTH_MAX = 280.0
#: Chinese and Japanese posts say as much in fewer characters: their target
#: lengths are scaled by this factor (20 to 140 characters).
CJK_LENGTH_FACTOR = 0.5
#: Probability that a word slot holds a social-media extra (emoji, @person,
#: hashtag, link, full-width text) instead of a word.
EXTRA_RATE = 0.04
#: Probability that a word slot of a Latin-script, non-English post holds an
#: English word instead (code-switching).
CODE_SWITCH_RATE = 0.03
#: Probability that a post is written all lower case (no capitalisation).
LOWERCASE_POST_RATE = 0.3
#: Punctuation after a word inside a post: none, ``,``, ``.``, ``!``, ``?``.
MID_PUNCTUATION = (0.86, 0.07, 0.05, 0.01, 0.01)
#: Punctuation after the last word of a post: none, ``,``, ``.``, ``!``, ``?``.
END_PUNCTUATION = (0.3, 0.0, 0.4, 0.2, 0.1)
#: Share of posts per language (renormalised over the languages asked for).
LANGUAGE_WEIGHTS: dict[str, float] = {
    "en": 0.34,
    "fr": 0.08,
    "de": 0.08,
    "es": 0.10,
    "pt": 0.08,
    "it": 0.05,
    "pl": 0.05,
    "ja": 0.11,
    "zh-Hans": 0.11,
}
#: Share of posts per channel.
CHANNEL_WEIGHTS: dict[str, float] = {
    "twitter": 0.5,
    "facebook": 0.15,
    "forum": 0.1,
    "review": 0.08,
    "chat": 0.07,
    "news": 0.05,
    "blog": 0.05,
}
#: Manifest ``name`` of a synthetic corpus (``synth-n1000-s7``).
NAME_TEMPLATE = "synth-n{n_posts}-s{seed}"

assert tuple(LANGUAGE_WEIGHTS) == tuple(WORDS), "one weight per word list, same order"


class SynthError(ValueError):
    """A bad request to the synthetic firehose generator (one-line message)."""


@dataclass(frozen=True, slots=True)
class SynthSpec:
    """Everything a caller chooses about a synthetic firehose.

    ``needle_rate`` and ``decoy_rate`` are the probabilities that a post
    mentions a brand (a needle) or holds a decoy of one; a post is at most one
    of the two. ``languages`` are codes of :data:`LANGUAGE_WEIGHTS` (by
    default all of them; kept in that table's order).

    Example:
        >>> SynthSpec(n_posts=5).languages[:3]
        ('en', 'fr', 'de')
    """

    n_posts: int
    seed: int = 0
    needle_rate: float = 0.01
    decoy_rate: float = 0.01
    languages: tuple[str, ...] = tuple(LANGUAGE_WEIGHTS)

    def __post_init__(self) -> None:
        if isinstance(self.n_posts, bool) or not isinstance(self.n_posts, int):
            raise SynthError(f"n_posts must be an integer, got {self.n_posts!r}")
        if self.n_posts < 0:
            raise SynthError(f"n_posts must be 0 or more, got {self.n_posts}")
        if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
            raise SynthError(f"seed must be a non-negative integer, got {self.seed!r}")
        for key in ("needle_rate", "decoy_rate"):
            value = getattr(self, key)
            if not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
                raise SynthError(f"{key} must be a number between 0 and 1, got {value!r}")
        if self.needle_rate + self.decoy_rate > 1.0:
            raise SynthError(
                f"needle_rate + decoy_rate must be at most 1, got "
                f"{self.needle_rate} + {self.decoy_rate}"
            )
        langs = tuple(self.languages)
        for lang in langs:
            if lang not in LANGUAGE_WEIGHTS:
                raise SynthError(
                    f"unknown language {lang!r} for the synthetic firehose: expected some of "
                    + ", ".join(LANGUAGE_WEIGHTS)
                )
        if not langs:
            raise SynthError("languages is empty: give at least one language code")
        # Canonical order and no repeats: the same set of languages is the same spec.
        object.__setattr__(self, "languages", tuple(k for k in LANGUAGE_WEIGHTS if k in langs))

    @classmethod
    def make(
        cls,
        n_posts: int,
        *,
        seed: int = 0,
        needle_rate: float = 0.01,
        decoy_rate: float = 0.01,
        languages: Sequence[str] | None = None,
    ) -> SynthSpec:
        """A spec from keyword arguments (``languages`` as any sequence).

        Example:
            >>> SynthSpec.make(10, languages=["zh-Hans", "en"]).languages
            ('en', 'zh-Hans')
        """
        langs = tuple(LANGUAGE_WEIGHTS) if languages is None else tuple(languages)
        return cls(n_posts, seed, needle_rate, decoy_rate, langs)

    @property
    def name(self) -> str:
        """The corpus name: ``synth-n{n_posts}-s{seed}``."""
        return NAME_TEMPLATE.format(n_posts=self.n_posts, seed=self.seed)

    def describe(self) -> dict[str, str]:
        """Manifest metadata recording how the corpus was made (all values strings).

        Example:
            >>> SynthSpec(n_posts=100, seed=3).describe()["seed"]
            '3'
        """
        return {
            "generator": "listenbench.corpora.synth",
            "generator_version": GENERATOR_VERSION,
            "n_posts": str(self.n_posts),
            "seed": str(self.seed),
            "needle_rate": repr(float(self.needle_rate)),
            "decoy_rate": repr(float(self.decoy_rate)),
        }
