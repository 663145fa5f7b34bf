"""Load stage: read article files from the corpus into SourceDoc records (the only corpus reader)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import yaml

from .errors import ArticleError, Problem
from .model import SourceDoc, SourceLine

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
METADATA_FILE = "_metadata.yml"
KNOWN_KEYS = ("date", "title", "url", "source", "lang")
LANGS = ("ru", "kk")

SEED_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]*")
ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")
TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "a", "g", "q", "n",
     "o", "u", "u", "h", "i"],
))


def slugify(name: str) -> str:
    """A lowercase ASCII slug for a file stem: Cyrillic transliterated, other characters to '-'."""
    out = "".join(TRANSLIT.get(ch, ch) for ch in name.lower())
    out = re.sub(r"[^a-z0-9_]+", "-", out).strip("-_")
    return out or "article"


def parse_date(value: object, path: str, line: int | None) -> date:
    """A publication date from 'YYYY-MM-DD' text (or a YAML date); ArticleError when invalid."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    m = ISO_DATE.match(text)
    if not m:
        raise ArticleError(Problem(path, f"date {text!r} is not in the form YYYY-MM-DD",
                                   "write the publication date as e.g. 2025-11-12", line))
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ArticleError(Problem(path, f"date {text!r} does not exist",
                                   "check the month and the day", line)) from None


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of a file (a BOM and CRLF line ends are accepted)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(Problem(path, "the file is not UTF-8 text",
                                   "save it as UTF-8 and build again", line)) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, path: str) -> tuple[dict, str, int]:
    """(metadata, body, line number of the body's first line) of a front-matter document."""
    lines = text.split("\n")
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        raise ArticleError(Problem(path, "front matter opened with '---' is never closed", 
                                   "add a line '---' after the metadata", 1))
    try:
        meta = yaml.safe_load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise ArticleError(Problem(path, "front matter is not valid YAML",
                                   "fix the metadata block between the '---' lines", line)) from None
    if not isinstance(meta, dict):
        raise ArticleError(Problem(path, "front matter must be a mapping of keys to values",
                                   "write it as 'date: 2025-11-12' lines", 2))
    return meta, "\n".join(lines[end + 1:]), end + 2


def body_lines(body: str, first_line: int) -> tuple[SourceLine, ...]:
    """The non-empty lines of an article body, with their line numbers in the file."""
    return tuple(SourceLine(first_line + i, line.strip())
                 for i, line in enumerate(body.split("\n")) if line.strip())


def read_article(path: Path, corpus_dir: Path, extra: dict | None = None) -> SourceDoc:
    """Read one article file; `extra` is its entry in the corpus metadata file."""
    rel = path.relative_to(corpus_dir).as_posix()
    text = decode(path.read_bytes(), rel)
    meta: dict = {}
    if text.lstrip("\ufeff").startswith("---"):
        meta, body, first = split_front_matter(text, rel)
        if "date" not in meta:
            raise ArticleError(Problem(rel, "front matter has no 'date'",
                                       "add 'date: YYYY-MM-DD' to the metadata", 2))
        published = parse_date(meta["date"], rel, 2)
    else:
        m = SEED_HEADER.match(text)
        if not m:
            raise ArticleError(Problem(rel, "no publication date",
                                       "start the file with ' date YYYY-MM-DD ' or YAML front matter", 1))
        published = parse_date(m[1], rel, 1)
        body, first = text[m.end():], 1
    meta = {**(extra or {}), **meta}
    lines = body_lines(body, first)
    if not lines:
        raise ArticleError(Problem(rel, "the article has a date but no text",
                                   "paste the article text after the date", first))
    lang = meta.get("lang")
    if lang is not None and lang not in LANGS:
        raise ArticleError(Problem(rel, f"lang {lang!r} is not one of {', '.join(LANGS)}",
                                   "write 'lang: ru' or 'lang: kk', or leave it out", 2))
    others = tuple(sorted((str(k), str(v)) for k, v in meta.items() if k not in KNOWN_KEYS))
    return SourceDoc(
        id=slugify(path.stem), file=rel, date=published, lines=lines,
        title=_text_or_none(meta.get("title")), url=_text_or_none(meta.get("url")),
        outlet=_text_or_none(meta.get("source")), lang=lang, metadata=others,
        markdown=path.suffix.lower() in (".md", ".markdown"),
    )


def _text_or_none(value: object) -> str | None:
    return None if value is None or str(value).strip() == "" else str(value).strip()


def is_article_file(path: Path) -> bool:
    """True for article files; hidden files, editor backups and the metadata file are not."""
    name = path.name
    if name.startswith((".", "_", "~")) or name.endswith(("~", ".swp", ".bak", ".tmp")):
        return False
    return path.suffix.lower() in ARTICLE_SUFFIXES


def load_metadata(corpus_dir: Path) -> tuple[dict, list[Problem]]:
    """Per-file metadata from corpus/_metadata.yml (for files whose text must stay untouched)."""
    path = corpus_dir / METADATA_FILE
    if not path.exists():
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError):
        return {}, [Problem(METADATA_FILE, "is not valid UTF-8 YAML", "fix or remove the file")]
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return {}, [Problem(METADATA_FILE, "must map file names to mappings of metadata",
                            "write 'file.txt: {url: ..., source: ...}'")]
    return data, []


def load_corpus(corpus_dir: Path) -> tuple[tuple[SourceDoc, ...], tuple[Problem, ...]]:
    """Every readable article of the corpus (sorted by file), and the problems of the others."""
    metadata, problems = load_metadata(corpus_dir)
    docs: list[SourceDoc] = []
    seen: dict[str, str] = {}
    for path in sorted(corpus_dir.rglob("*")):
        if not path.is_file() or not is_article_file(path):
            continue
        try:
            doc = read_article(path, corpus_dir, metadata.get(path.name))
        except ArticleError as exc:
            problems.append(exc.problem)
            continue
        doc = _unique_id(doc, seen)
        seen[doc.id] = doc.file
        docs.append(doc)
    for name in sorted(set(metadata) - {d.file for d in docs} - {p.path for p in problems}):
        problems.append(Problem(METADATA_FILE, f"describes {name!r}, which is not an article file",
                                "remove the entry or add the file", severity="warning"))
    return tuple(docs), tuple(problems)


def _unique_id(doc: SourceDoc, seen: dict[str, str]) -> SourceDoc:
    if doc.id not in seen:
        return doc
    n = 2
    while f"{doc.id}-{n}" in seen:
        n += 1
    return replace(doc, id=f"{doc.id}-{n}")
