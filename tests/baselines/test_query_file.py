"""Query files: format, entries, digests, and every error with file, line and column."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import pytest

from listenbench.baselines.keyword._ast import KIND_MENTION, And, Not, Or, Phrase, Term
from listenbench.baselines.keyword._errors import QueryFileError, QuerySyntaxError
from listenbench.baselines.keyword._parser import strip_positions
from listenbench.baselines.keyword._queryfile import (
    QueryEntry,
    QuerySet,
    load_queries,
    parse_queries,
)

SPEC_EXAMPLE = """\
# Lines starting with '#' in the first column are comments.
microsoft: ({Windows} OR {Office} OR microsoft OR xbox)
    AND NOT ("clean the windows" OR "office chair")
apple: apple OR iphone OR 苹果手机 OR @Apple
"""


def problems_of(text: str, source: str = "q.txt") -> list[QuerySyntaxError]:
    with pytest.raises(QueryFileError) as info:
        parse_queries(text, source=source)
    return list(info.value.problems)


def test_spec_example() -> None:
    qs = parse_queries(SPEC_EXAMPLE)
    assert isinstance(qs, QuerySet)
    assert qs.path is None
    assert [(e.entity_id, e.line) for e in qs.entries] == [("microsoft", 2), ("apple", 4)]
    ms = qs.by_entity()["microsoft"]
    assert ms.text == (
        '({Windows} OR {Office} OR microsoft OR xbox)\n    AND NOT ("clean the windows" OR '
        '"office chair")'
    )
    assert strip_positions(ms.node) == And(
        (
            Or(
                (
                    Term("Windows", case_sensitive=True),
                    Term("Office", case_sensitive=True),
                    Term("microsoft"),
                    Term("xbox"),
                )
            ),
            Not(Or((Phrase("clean the windows"), Phrase("office chair")))),
        )
    )
    apple = qs.by_entity()["apple"]
    assert strip_positions(apple.node) == Or(
        (Term("apple"), Term("iphone"), Term("苹果手机"), Term("Apple", KIND_MENTION))
    )
    # node positions index the entry's text
    assert isinstance(apple.node, Or)
    last = apple.node.operands[3]
    assert isinstance(last, Term)
    assert apple.text[last.pos :] == "@Apple"
    assert qs.digest == "sha256:" + hashlib.sha256(SPEC_EXAMPLE.encode()).hexdigest()
    assert len(qs) == 2


def test_continuations_blank_lines_and_comments() -> None:
    text = "a:\n  x\n\n# a comment, not a hashtag\n  OR y\r\nb: z  \n\n"
    qs = parse_queries(text)
    a, b = qs.entries
    assert a == QueryEntry("a", "x\n\n\n  OR y", a.node, 1)
    assert strip_positions(a.node) == Or((Term("x"), Term("y")))
    assert b.text == "z" and b.line == 6


def test_empty_and_comment_only_files_have_no_entries() -> None:
    assert parse_queries("").entries == ()
    assert parse_queries("# nothing yet\n\n").entries == ()


def test_load_queries_from_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "queries.txt"
    data = "\ufeffdb: #bahn OR {DB}\n".encode()
    path.write_bytes(data)
    qs = load_queries(path)
    assert qs.path == path
    assert qs.digest == "sha256:" + hashlib.sha256(data).hexdigest()
    assert list(qs.by_entity()) == ["db"]


def test_syntax_error_on_first_line_reports_file_column() -> None:
    (err,) = problems_of("ok: fine\nbrand: deutsche bahn\n", source="queries.txt")
    assert (err.line, err.col) == (2, 17)
    assert str(err) == (
        "queries.txt:2:17: expected an operator (AND, OR, NOT, NEAR/n) between 'deutsche' "
        "and 'bahn'; for the phrase write \"deutsche bahn\""
    )
    assert err.caret() == "deutsche bahn\n         ^"


def test_syntax_error_inside_a_continuation_line() -> None:
    text = (
        "ok: apple\n"
        "ms: ({Windows} OR {Office}\n"
        "# comment inside\n"
        '\tAND NOT ("clean the windows" OR chair table)\n'
    )
    (err,) = problems_of(text)
    line = text.splitlines()[3]
    assert (err.line, err.col) == (4, line.index("table") + 1)
    assert "between 'chair' and 'table'" in err.message
    assert err.caret().splitlines()[0] == line


def test_unterminated_phrase_on_a_continuation_line() -> None:
    (err,) = problems_of('x: a\n   OR "b c\n   OR d\n')
    assert (err.line, err.col) == (2, 7)
    assert "unterminated phrase" in err.message


def test_error_at_end_of_query_points_after_it() -> None:
    (err,) = problems_of("x: apple AND\n")
    assert (err.line, err.col) == (1, 13)
    assert "AND is missing its right operand" in err.message


def test_structure_errors_are_all_collected() -> None:
    text = (
        "  orphan continuation\n"  # 1
        "apple OR pear\n"  # 2: no ID
        "    OR plum\n"  # 3: continues the bad line, not reported again
        "my brand: x\n"  # 4: space in id
        ": x\n"  # 5: empty id
        "a: x\n"  # 6
        "a: y\n"  # 7: duplicate
        "e:\n"  # 8: empty query
        "f: x y\n"  # 9: syntax error
    )
    problems = problems_of(text)
    got = [(p.line, p.col) for p in problems]
    assert got == [(1, 3), (2, 1), (4, 3), (5, 1), (7, 1), (8, 3), (9, 6)]
    messages = [p.message for p in problems]
    assert "continues no query" in messages[0]
    assert "expected 'ENTITY_ID: query' in column 1, found 'apple OR pear'" in messages[1]
    assert "indent the line" in messages[1]
    assert "invalid entity id 'my brand'" in messages[2]
    assert "letters" in messages[2]
    assert "empty entity id" in messages[3]
    assert messages[4] == "duplicate entity id 'a' (first defined on line 6)"
    assert "empty query for 'e'" in messages[5]
    assert "between 'x' and 'y'" in messages[6]


def test_query_file_error_summary() -> None:
    with pytest.raises(QueryFileError) as info:
        parse_queries("a: (\nb: )\nc: ok\n", source="q.txt")
    err = info.value
    assert isinstance(err, ValueError)
    assert err.path is None
    assert len(err.problems) == 2
    assert str(err) == "q.txt:1:4: unbalanced brackets: this '(' has no matching ')' (and 1 more)"
    assert str(err.problems[1]) == "q.txt:2:4: unbalanced brackets: this ')' has no matching '('"


def test_duplicate_with_bad_query_reports_both() -> None:
    problems = problems_of("a: x\na: y AND\n")
    assert [(p.line, p.col) for p in problems] == [(2, 1), (2, 9)]


def test_valid_ids() -> None:
    qs = parse_queries("Deutsche_Bahn.de-1: bahn\n")
    assert qs.entries[0].entity_id == "Deutsche_Bahn.de-1"
    (err,) = problems_of("bahn☃: bahn\n")
    assert (err.line, err.col) == (1, 5)


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "queries.txt"
    path.write_bytes(b"a: x\nb: \xc3\xa9t\xe9\n")
    with pytest.raises(QueryFileError) as info:
        load_queries(path)
    (err,) = info.value.problems
    assert (err.line, err.col) == (2, 6)
    assert "not valid UTF-8" in err.message and "0xe9" in err.message
    assert str(err).startswith(f"{path}:2:6: ")
    assert info.value.path == path


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(QueryFileError) as info:
        load_queries(path)
    assert str(info.value) == f"{path}: query file not found"


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(QueryFileError) as info:
        load_queries(tmp_path)
    assert str(info.value).startswith(f"{tmp_path}: cannot read query file")


def test_errors_survive_pickling() -> None:
    with pytest.raises(QueryFileError) as info:
        parse_queries("a: x\nb: y AND\n", source="q.txt")
    copy = pickle.loads(pickle.dumps(info.value))
    assert (
        str(copy)
        == str(info.value)
        == "q.txt:2:9: AND is missing its right operand: "
        + ("expected a word, phrase or '(' after it, found the end of the query")
    )
    (problem,) = copy.problems
    assert (problem.query, problem.pos, problem.line, problem.col) == ("y AND", 5, 2, 9)
