"""Property-based tests: arbitrary bytes and text never raise anything but the project's own error."""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digest.errors import ArticleError, DigestError
from digest.load import load_corpus, parse_date, read_article
from digest.model import SourceDoc

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TODAY = date(2026, 1, 1)


def read_bytes_as_article(data: bytes, name: str = "a.txt"):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            doc, problems = read_article(path, Path(tmp), today=TODAY)
        except ArticleError as exc:
            assert exc.problem.path == name and exc.problem.message and exc.problem.hint
            return None
        assert isinstance(doc, SourceDoc) and doc.lines and all(line.text for line in doc.lines)
        assert all(p.severity == "warning" for p in problems)
        return doc


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes(data):
    read_bytes_as_article(data)


@SETTINGS
@given(st.text(max_size=40), st.text(max_size=500))
def test_any_seed_header(stamp, body):
    read_bytes_as_article(f" date {stamp} {body}".encode("utf-8"))


@SETTINGS
@given(st.text(max_size=400), st.text(max_size=200))
@example("date: 2025-02-30", "Текст.")
@example("date: 2025-01-01\na: &a [1]\nb: *a", "Текст.")
@example("date: !!python/object:os.system ls", "Текст.")
@example("date: 9999999999-01-01", "Текст.")
def test_any_front_matter(block, body):
    read_bytes_as_article(f"---\n{block}\n---\n{body}".encode("utf-8"), "a.md")


@SETTINGS
@given(st.dictionaries(st.sampled_from(["date", "title", "url", "source", "lang", "x"]),
                       st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none(),
                                 st.lists(st.integers(), max_size=3), st.dates())))
def test_any_front_matter_values(meta):
    import yaml
    read_bytes_as_article(("---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\nТекст о газе.\n").encode(), "a.md")


@SETTINGS
@given(st.one_of(st.text(max_size=30), st.integers(), st.dates(), st.none()))
def test_any_date_value(value):
    try:
        assert isinstance(parse_date(value, "a.txt", 1), date)
    except ArticleError as exc:
        assert "date" in exc.problem.message


@SETTINGS
@given(st.from_regex(r"\A\d{4}-\d{2}-\d{2}\Z"))
def test_dates_of_the_right_shape_are_valid_or_named_impossible(text):
    try:
        parse_date(text, "a.txt", 1)
    except ArticleError as exc:
        assert "does not exist" in exc.problem.message


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.text(st.characters(codec="utf-8", exclude_characters="/\\\x00"), min_size=1,
                                  max_size=20), st.binary(max_size=200)), max_size=6))
def test_any_corpus_loads_without_crashing(files):
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files:
            try:
                (Path(tmp) / (name + ".txt")).write_bytes(data)
            except OSError:
                continue
        try:
            docs, problems = load_corpus(Path(tmp), today=TODAY)
        except DigestError:
            return
        assert len({d.id for d in docs}) == len(docs)
