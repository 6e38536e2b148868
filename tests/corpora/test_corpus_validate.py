"""validate_corpus: every kind of defect is reported with its file, line and message."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from listenbench.corpora import (
    CorpusError,
    ValidationIssue,
    load_corpus,
    validate_corpus,
)


def strs(issues: list[ValidationIssue]) -> list[str]:
    return [str(issue) for issue in issues]


def errors(issues: list[ValidationIssue]) -> list[str]:
    return [str(issue) for issue in issues if issue.severity == "error"]


def warnings(issues: list[ValidationIssue]) -> list[str]:
    return [str(issue) for issue in issues if issue.severity == "warning"]


def test_valid_corpus_has_no_issues(builder) -> None:
    assert validate_corpus(builder.build()) == []


def test_missing_folder_and_manifest(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    assert strs(validate_corpus(missing)) == [f"{missing}: no such corpus folder"]
    assert strs(validate_corpus(tmp_path)) == [
        "corpus.toml: no corpus.toml in this folder (a corpus folder needs one; "
        "see corpora/FORMAT.md)"
    ]


def test_invalid_toml_reports_line_and_column(builder) -> None:
    folder = builder.build(manifest_text='name = "x"\nversion = \n')
    [issue] = validate_corpus(folder)
    assert (issue.file, issue.line) == ("corpus.toml", 2)
    assert issue.message.startswith("invalid TOML: Invalid value (column ")


def test_missing_keys_with_licence_spelling_hint(builder) -> None:
    del builder.top["licence"]
    del builder.top["description"]
    builder.top["license"] = '"MIT"'
    assert errors(validate_corpus(builder.build())) == [
        "corpus.toml: missing required key 'licence' (spelled 'licence' in corpus.toml; "
        "found 'license')",
        "corpus.toml: missing required key 'description'",
    ]


def test_bad_manifest_values_name_their_line(builder) -> None:
    builder.top["format_version"] = "2"
    builder.top["languages"] = '["english"]'
    builder.top["name"] = '"my corpus"'
    issues = validate_corpus(builder.build())
    assert errors(issues) == [
        "corpus.toml:1: format_version 2 is newer than this listenbench reads (1); "
        "upgrade listenbench",
        "corpus.toml:2: 'name': expected letters, digits, '_', '.' or '-' (starting with a "
        "letter or digit), got 'my corpus'",
        "corpus.toml:6: 'languages': expected BCP-47 tags such as 'en' or 'zh-Hans', got 'english'",
    ]


def test_files_table_problems(builder) -> None:
    folder = builder.build(
        extra_files={"../outside.txt": ("other", b"x"), "notes.txt": ("readme", b"y")},
        sha_override={"labels.jsonl": "ABC"},
    )
    issues = errors(validate_corpus(folder))
    assert issues == [
        "corpus.toml:19: [[files]] entry 3: 'sha256': expected 64 lowercase hex digits, got "
        "'ABC' (run `listenbench corpus rehash PATH` to fill it in)",
        "corpus.toml:24: [[files]] entry 4: 'path': expected a path inside the corpus folder "
        "(relative, no '..'), got '../outside.txt'",
        "corpus.toml:29: [[files]] entry 5: 'kind': expected one of 'posts', 'entities', "
        "'labels', 'queries', 'other', got 'readme'",
    ]


def test_second_posts_file_is_an_error(builder) -> None:
    folder = builder.build(extra_files={"more.jsonl": ("posts", b"")})
    assert errors(validate_corpus(folder)) == [
        "corpus.toml:24: [[files]] entry 4: a second file of kind 'posts' (entry 1 is one "
        "already; a corpus has exactly one)"
    ]


def test_missing_listed_file(builder) -> None:
    folder = builder.build()
    (folder / "entities.jsonl").unlink()
    issues = errors(validate_corpus(folder))
    # the labels cannot be checked against entities, so the only error is the file itself
    assert issues == ["corpus.toml:14: listed file 'entities.jsonl' does not exist in the folder"]


def test_sha256_mismatch_shows_both_and_hints_rehash(builder) -> None:
    folder = builder.build()
    listed = hashlib.sha256((folder / "posts.jsonl").read_bytes()).hexdigest()
    changed = (folder / "posts.jsonl").read_bytes().replace(b"iPhone", b"iPad")
    (folder / "posts.jsonl").write_bytes(changed)
    actual = hashlib.sha256(changed).hexdigest()
    assert errors(validate_corpus(folder)) == [
        f"corpus.toml:9: sha256 of 'posts.jsonl' does not match: manifest has {listed}, "
        f"file has {actual} (if you changed it on purpose, run `listenbench corpus rehash PATH`)"
    ]
    # verify=False skips the comparison
    assert load_corpus(folder, verify=False).posts[0].text == "Loving the new iPad camera"


def test_invalid_json_lines_name_line_and_column(builder) -> None:
    raw = (
        b'{"id": "p1", "text": "ok", "lang": "en"}\n'
        b'{"id": "p2", "text": "broken" "lang": "en"}\n'
        b"[1, 2]\n"
        b'{"id": "p4", "id": "p5", "text": "t", "lang": "en"}\n'
        b"\n"
        b'{"id": "p6", "text": "caf\xe9", "lang": "en"}\n'
    )
    issues = validate_corpus(builder.build(raw={"posts.jsonl": raw}))
    posts_issues = [str(i) for i in issues if i.file == "posts.jsonl"]
    assert posts_issues == [
        "posts.jsonl:2: invalid JSON: Expecting ',' delimiter (column 31)",
        "posts.jsonl:3: expected a JSON object ({...}) on each line, got a list",
        "posts.jsonl:4: duplicate key 'id' in one object",
        "posts.jsonl:5: blank line (ignored)",
        "posts.jsonl:6: not valid UTF-8 (byte 26 of the line); record files must be UTF-8",
    ]


def test_missing_and_mistyped_fields(builder) -> None:
    builder.posts[0] = {"id": "p1", "lang": 42}
    builder.posts[1]["created_at"] = "yesterday"
    builder.entities[1]["aliases"] = "Samsung"
    builder.labels[0]["relevant"] = 1
    builder.labels[1]["tags"] = ["ok", 3]
    issues = validate_corpus(builder.build())
    assert errors(issues) == [
        "posts.jsonl:1: missing required field 'text'",
        "posts.jsonl:1: field 'lang': expected a BCP-47 tag such as 'en' or 'zh-Hans', got 42",
        "posts.jsonl:2: field 'created_at': expected an ISO-8601 date or time such as "
        "'2024-05-01T12:30:00Z', got 'yesterday'",
        "entities.jsonl:2: field 'aliases': expected a list of strings, got a string",
        "labels.jsonl:1: field 'relevant': expected true or false, got 1",
        "labels.jsonl:2: field 'tags': expected a list of non-empty strings, item 2 is 3",
    ]


def test_null_counts_as_absent(builder) -> None:
    builder.posts[0]["channel"] = None
    builder.posts[1]["text"] = None
    assert errors(validate_corpus(builder.build())) == [
        "posts.jsonl:2: missing required field 'text' (got null)"
    ]


def test_unknown_fields_are_warnings(builder) -> None:
    builder.posts[2]["likes"] = 12
    folder = builder.build()
    assert strs(validate_corpus(folder)) == [
        "posts.jsonl:3: unknown field 'likes' (ignored; known fields: id, text, lang, "
        "channel, created_at, author, split, text_pair, target)"
    ]
    assert len(load_corpus(folder).posts) == 3


def test_duplicate_ids(builder) -> None:
    builder.posts.append({"id": "p1", "text": "again", "lang": "en"})
    builder.entities.append({"id": "apple", "name": "Apple again"})
    assert errors(validate_corpus(builder.build())) == [
        "posts.jsonl:4: duplicate post id 'p1' (first on line 1)",
        "entities.jsonl:3: duplicate entity id 'apple' (first on line 1)",
    ]


def test_labels_refer_to_unknown_posts_and_entities(builder) -> None:
    builder.labels.append({"post_id": "p9", "entity_id": "nokia", "relevant": False})
    assert errors(validate_corpus(builder.build())) == [
        "labels.jsonl:4: post_id 'p9' is not a post in posts.jsonl",
        "labels.jsonl:4: entity_id 'nokia' is not an entity in entities.jsonl",
    ]


def test_duplicate_label_pair(builder) -> None:
    builder.labels.append({"post_id": "p2", "entity_id": "apple", "relevant": True})
    assert errors(validate_corpus(builder.build())) == [
        "labels.jsonl:4: a second label for post 'p2' and entity 'apple' "
        "(first on line 2; one label per pair)"
    ]


def test_bad_enum_values_list_the_allowed_ones(builder) -> None:
    builder.posts[0]["split"] = "val"
    builder.labels[0]["level"] = "high"
    builder.labels[2]["sentiment"] = "angry"
    assert errors(validate_corpus(builder.build())) == [
        "posts.jsonl:1: field 'split': expected one of 'train', 'dev', 'test', got 'val'",
        "labels.jsonl:1: field 'level': expected one of 'direct', 'about', 'competitor', "
        "'category', 'none', got 'high'",
        "labels.jsonl:3: field 'sentiment': expected one of 'negative', 'neutral', "
        "'positive', 'mixed', got 'angry'",
    ]


def test_empty_text_and_empty_optional_strings(builder) -> None:
    builder.posts[1]["text"] = "   "
    builder.posts[2]["channel"] = ""
    assert errors(validate_corpus(builder.build())) == [
        "posts.jsonl:2: field 'text': empty text (a post needs some text)",
        "posts.jsonl:3: field 'channel': expected a non-empty string, got an empty one",
    ]


def test_entity_id_must_suit_query_files(builder) -> None:
    builder.entities.append({"id": "deutsche bahn", "name": "DB"})
    assert errors(validate_corpus(builder.build())) == [
        "entities.jsonl:3: field 'id': expected an entity id without spaces, ':' or '#' "
        "(it starts lines of query files), got 'deutsche bahn'"
    ]


def test_competitor_and_language_warnings(builder) -> None:
    builder.entities[1]["competitors"] = ["nokia", "samsung"]
    builder.posts.append({"id": "p4", "text": "Buongiorno", "lang": "it"})
    builder.posts.append({"id": "p5", "text": "Ciao", "lang": "it"})
    builder.posts.append({"id": "p6", "text": "Cheers", "lang": "en-GB"})
    folder = builder.build()
    issues = validate_corpus(folder)
    assert errors(issues) == []
    assert warnings(issues) == [
        "posts.jsonl:4: language 'it' (2 posts) is not listed in corpus.toml 'languages'",
        "entities.jsonl:2: competitor 'nokia' of entity 'samsung' is not an entity in this file",
        "entities.jsonl:2: entity 'samsung' lists itself as a competitor",
    ]


def test_relevant_with_level_none_is_a_warning(builder) -> None:
    builder.labels[1]["relevant"] = True
    assert strs(validate_corpus(builder.build())) == [
        "labels.jsonl:2: relevant is true but level is 'none'"
    ]


def test_every_problem_is_reported_at_once(builder) -> None:
    builder.posts[0]["lang"] = "english"
    builder.entities[0]["name"] = ""
    builder.labels[2]["relevant"] = "yes"
    builder.top["version"] = '""'
    assert [
        (i.file, i.line) for i in validate_corpus(builder.build()) if i.severity == "error"
    ] == [
        ("corpus.toml", 3),
        ("posts.jsonl", 1),
        ("entities.jsonl", 1),
        ("labels.jsonl", 3),
    ]  # and no knock-on errors: labels of the bad post and entity are not "unknown"


def test_queries_file_checks(builder) -> None:
    folder = builder.build(manifest_tail="")
    text = (folder / "corpus.toml").read_text()
    top, files = text.split("\n[[files]]", 1)
    (folder / "corpus.toml").write_text(top + 'queries = "queries.txt"\n\n[[files]]' + files)
    assert strs(validate_corpus(folder)) == [
        "corpus.toml:8: 'queries': 'queries.txt' is not listed in [[files]] (add it "
        'with kind = "queries" so its sha256 is checked)',
        "corpus.toml: 'queries': file 'queries.txt' does not exist",
    ]
    (folder / "queries.txt").write_text("apple: apple\n")
    corpus = load_corpus(folder)
    assert corpus.queries_path == folder.resolve() / "queries.txt"


def test_parquet_record_files(builder) -> None:
    table = pa.table(
        {
            "id": ["p1", "p2", "p3"],
            "text": ["Loving the new iPhone camera", "Apple pie", "Galaxy"],
            "lang": ["en", "en", None],
            "split": ["train", None, "test"],
        }
    )
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    data = sink.getvalue().to_pybytes()
    folder = builder.build(raw={"posts.jsonl": b""})
    (folder / "posts.jsonl").unlink()
    (folder / "posts.parquet").write_bytes(data)
    manifest = (folder / "corpus.toml").read_text()
    empty_sha = hashlib.sha256(b"").hexdigest()
    manifest = manifest.replace('path = "posts.jsonl"', 'path = "posts.parquet"').replace(
        empty_sha, hashlib.sha256(data).hexdigest()
    )
    (folder / "corpus.toml").write_text(manifest)
    assert errors(validate_corpus(folder)) == ["posts.parquet:3: missing required field 'lang'"]


def test_corpus_error_is_one_line_and_carries_every_issue(builder) -> None:
    builder.posts[0]["lang"] = 42
    builder.posts[1]["text"] = ""
    builder.posts[2]["likes"] = 1
    folder = builder.build()
    with pytest.raises(CorpusError) as caught:
        load_corpus(folder)
    message = str(caught.value)
    assert "\n" not in message
    assert message == (
        "posts.jsonl:1: field 'lang': expected a BCP-47 tag such as 'en' or 'zh-Hans', got 42 "
        f"(and 1 more error; run `listenbench corpus validate {folder}`)"
    )
    assert [i.severity for i in caught.value.issues] == ["error", "error", "warning"]


def test_validation_issue_str() -> None:
    assert str(ValidationIssue("posts.jsonl", 12, "empty text")) == "posts.jsonl:12: empty text"
    warning = ValidationIssue("corpus.toml", None, "x", "warning")
    assert (str(warning), warning.is_error) == ("corpus.toml: x", False)
    single = CorpusError([ValidationIssue("labels.jsonl", 2, "bad")])
    assert str(single) == "labels.jsonl:2: bad"


def test_content_errors_come_before_checksum_mismatches(builder) -> None:
    folder = builder.build()
    lines = (folder / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    lines[2] = '{"id": "p3", "text": "broken'
    (folder / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(folder)
    assert str(caught.value).startswith("posts.jsonl:3: invalid JSON: Unterminated string")
    assert "sha256 of 'posts.jsonl' does not match" in str(caught.value.issues[-1])
