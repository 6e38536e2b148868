"""The bench's query generator and literal-term extraction."""

from __future__ import annotations

import re

import pytest

from listenbench.baselines.keyword import (
    KIND_ANY,
    KIND_HASHTAG,
    KIND_MENTION,
    Near,
    Not,
    parse_query,
)
from listenbench.corpora.synth import BRANDS, brand_query
from listenbench.harness.bench import BenchTerm, generate_queries, literal_terms

N = 2_000


@pytest.fixture(scope="module")
def queries() -> list[str]:
    return generate_queries(N, seed=7)


def test_same_seed_same_queries_and_a_prefix_of_a_bigger_set(queries: list[str]) -> None:
    assert generate_queries(N, seed=7) == queries
    assert generate_queries(100, seed=7) == queries[:100]
    other = generate_queries(N, seed=8)
    assert other != queries
    # The planted brand queries do not depend on the seed; the invented ones do.
    assert other[0::2][:20] == queries[0::2][:20]
    assert other[1::2] != queries[1::2]


def test_planted_brand_queries_sit_at_the_even_positions(queries: list[str]) -> None:
    planted = [brand_query(b) for b in BRANDS]
    assert queries[0:40:2] == planted
    assert generate_queries(3, seed=0, planted=["a OR b"])[0] == "a OR b"
    assert "a OR b" not in generate_queries(3, seed=0, planted=())


def test_every_generated_query_parses(queries: list[str]) -> None:
    for q in queries:
        parse_query(q)  # raises QuerySyntaxError with the column on failure


def test_the_operator_mix_is_realistic(queries: list[str]) -> None:
    invented = queries[40:]
    n = len(invented)

    def share(pattern: str) -> float:
        return sum(1 for q in invented if re.search(pattern, q)) / n

    assert 0.9 < share(r" OR |^[^ ]+$") <= 1.0  # brand definitions: alternatives
    assert 0.06 < share(r"AND NOT") < 0.2
    assert 0.04 < share(r"NEAR/\d+") < 0.14
    assert 0.005 < share(r"NEAR/\d+f") < 0.05
    assert 0.03 < share(r"\w\* ?") < 0.1
    assert 0.03 < share(r"\{[^}]+\}") < 0.1
    assert 0.03 < share(r"lang:\w+") < 0.1
    assert 0.02 < share(r"[\u3040-\u30ff\u4e00-\u9fff]") < 0.08
    assert share(r"(^| )#\w") > 0.1
    assert share(r"(^| )@\w") > 0.1
    # One invented brand per query: names do not repeat across queries.
    firsts = [re.sub(r"[^\w]", "", q.split(" OR ")[0].split(" ")[0]).lower() for q in invented]
    assert len(set(firsts)) > 0.95 * n


def test_near_and_not_nodes_come_out_of_the_parser(queries: list[str]) -> None:
    nodes = [parse_query(q) for q in queries[40:400]]
    text = repr(nodes)
    assert "Near(" in text and "Not(" in text and "Field(name='lang'" in text
    assert any(isinstance(n, Near) for n in nodes)
    assert not any(isinstance(n, Not) for n in nodes)  # exclusions are AND NOT


def test_literal_terms_are_distinct_case_insensitive_and_skip_wildcards_and_fields() -> None:
    terms = literal_terms(
        [
            '{Zorvex} OR zorvex OR "Zorvex Fold" OR #zorvexfold OR @zorvex_support',
            "zorv* AND lang:de",
            "colo?r OR ＮＩＫＥ",
            "#ZorvexFold OR zorvexfold OR 佐维克斯",
        ]
    )
    assert terms == [
        BenchTerm("Zorvex", KIND_ANY),
        BenchTerm("Zorvex Fold", KIND_ANY),
        BenchTerm("zorvexfold", KIND_HASHTAG),
        BenchTerm("zorvex_support", KIND_MENTION),
        BenchTerm("NIKE", KIND_ANY),  # NFKC of the full-width form
        BenchTerm("zorvexfold", KIND_ANY),
        BenchTerm("佐维克斯", KIND_ANY),
    ]
    assert [t.literal for t in terms[2:4]] == ["#zorvexfold", "@zorvex_support"]


def test_term_counts_grow_with_the_query_set(queries: list[str]) -> None:
    small, big = literal_terms(queries[:100]), literal_terms(queries)
    assert 100 < len(small) < len(big)
    assert big[: len(small)] == small
    assert 2.0 < len(big) / N < 4.0
