"""The synthetic firehose: a reproducible multilingual post stream with planted needles.

For throughput benchmarks at any size (10^4 to 10^8 posts): Zipfian word
salad in nine languages (en, fr, de, es, pt, it, pl, ja, zh-Hans) with emoji,
hashtags, @mentions, links, full-width text and code-switching; post lengths
log-normal between 40 and 280 characters (half that in Chinese and Japanese);
20 invented brands, planted as needles (labelled relevant) and decoys
(labelled not relevant) at known rates. :func:`synthesize` writes a corpus
folder in bounded memory; :func:`iter_batches` yields the same posts in memory.

Example:
    >>> from listenbench.corpora.synth import iter_batches
    >>> batch = next(iter_batches(1000, seed=0, needle_rate=0.05))
    >>> len(batch), int((batch.needle_entity >= 0).sum()) == len(
    ...     [m for m in batch.marks if m.relevant])
    (1000, True)
"""

from __future__ import annotations

from listenbench.corpora.synth._brands import (
    BRANDS,
    NeedleForm,
    SynthBrand,
    brand_entities,
    brand_query,
    needle_forms,
    queries_text,
)
from listenbench.corpora.synth._generate import (
    CHANNELS,
    LANGS,
    SynthBatch,
    SynthMark,
    encode_utf8,
    iter_batches,
    iter_spec,
    post_id,
)
from listenbench.corpora.synth._spec import (
    CHANNEL_WEIGHTS,
    CHUNK_SIZE,
    CJK_LENGTH_FACTOR,
    CODE_SWITCH_RATE,
    EXTRA_RATE,
    GENERATOR_VERSION,
    LANGUAGE_WEIGHTS,
    LENGTH_MAX,
    LENGTH_MEDIAN,
    LENGTH_MIN,
    LENGTH_SIGMA,
    ZIPF_EXPONENT,
    SynthError,
    SynthSpec,
)
from listenbench.corpora.synth._synthesize import LICENCE, posts_jsonl, synthesize

__all__ = [
    "BRANDS",
    "CHANNELS",
    "CHANNEL_WEIGHTS",
    "CHUNK_SIZE",
    "CJK_LENGTH_FACTOR",
    "CODE_SWITCH_RATE",
    "EXTRA_RATE",
    "GENERATOR_VERSION",
    "LANGS",
    "LANGUAGE_WEIGHTS",
    "LENGTH_MAX",
    "LENGTH_MEDIAN",
    "LENGTH_MIN",
    "LENGTH_SIGMA",
    "LICENCE",
    "ZIPF_EXPONENT",
    "NeedleForm",
    "SynthBatch",
    "SynthBrand",
    "SynthError",
    "SynthMark",
    "SynthSpec",
    "brand_entities",
    "brand_query",
    "encode_utf8",
    "iter_batches",
    "iter_spec",
    "needle_forms",
    "post_id",
    "posts_jsonl",
    "queries_text",
    "synthesize",
]
