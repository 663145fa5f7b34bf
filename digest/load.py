"""Load stage: read article files from the corpus into SourceDoc records (the only corpus reader).

Every problem becomes a Problem naming the file (and line) with a fix; a file with an error is
skipped, a file with a warning is built. Nothing under the corpus is ever written.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import yaml

from .encoding import decode_bytes
from .errors import ArticleError, Problem
from .model import SourceDoc, SourceLine
from .segment import sentence_spans

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
METADATA_FILE = "_metadata.yml"
KNOWN_KEYS = ("date", "title", "url", "source", "lang", "topics", "exclude")
EDITOR_TOPIC = re.compile(r"\A[+-]?[a-z0-9][a-z0-9-]*\Z")
PARAGRAPH_ANCHOR = re.compile(r"\Ap?([1-9]\d{0,5})\Z")
TEXT_KEYS = ("title", "url", "source")
LANGS = ("ru", "kk")
MAX_BYTES = 2_000_000          # a long news article is ~100 KB
PARAGRAPH_CHARS = 3_000        # a longer line (an article pasted without line breaks) is split
PARAGRAPH_TARGET = 600         # … into paragraphs of about this length, at sentence ends
MAX_FRONT_MATTER = 20_000
EARLIEST = date(1991, 1, 1)    # the relationship this digest follows starts in 1991
FUTURE_MARGIN = timedelta(days=31)

SEED_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\S+)[ \t]*")
ISO_DATE = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})\Z")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
URL = re.compile(r"\Ahttps?://[^\s<>\"']+\Z", re.IGNORECASE)
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
    return out[:80].strip("-_") or "article"


def parse_date(value: object, path: str, line: int | None) -> date:
    """A publication date from 'YYYY-MM-DD' text (or a YAML date); ArticleError when invalid."""
    if isinstance(value, date):
        return value
    text = str(value).strip()[:40]
    m = ISO_DATE.match(text)
    if not m:
        raise ArticleError(Problem(path, f"date {text!r} is not in the form YYYY-MM-DD",
                                   "write the publication date as e.g. 2025-11-12", line))
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise ArticleError(Problem(path, f"date {text!r} does not exist",
                                   "check the month and the day", line)) from None


def date_warnings(published: date, path: str, line: int | None, today: date) -> list[Problem]:
    """Warnings for dates that exist but are unlikely: far in the future or before 1991."""
    if published > today + FUTURE_MARGIN:
        return [Problem(path, f"date {published} is in the future", "check the year; the article is built",
                        line, "warning")]
    if published < EARLIEST:
        return [Problem(path, f"date {published} is before 1991", "check the year; the article is built",
                        line, "warning")]
    return []


def decode(data: bytes, path: str) -> tuple[str, list[Problem]]:
    """Text of an article file; binary data and untrustworthy encodings are refused."""
    if not data.strip():
        raise ArticleError(Problem(path, "the file is empty", "paste the article text, or delete the file"))
    if len(data) > MAX_BYTES:
        raise ArticleError(Problem(path, f"the file is {len(data) / 1e6:.1f} MB; an article may have at most "
                                   f"{MAX_BYTES / 1e6:.0f} MB", "split it or remove what is not article text"))
    decoded = decode_bytes(data)
    if decoded is None:
        if b"\x00" in data[:4096] or sum(b < 9 for b in data[:4096]) > 8:
            raise ArticleError(Problem(path, "this is a binary file, not text",
                                       "articles must be UTF-8 text (.txt or .md)"))
        raise ArticleError(Problem(path, "the text encoding could not be recognised",
                                   "save the file as UTF-8 and build again"))
    problems = []
    if decoded.encoding:
        problems.append(Problem(path, f"decoded as {decoded.encoding}, not UTF-8",
                                "save the file as UTF-8 to be sure it reads right", None, "warning"))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ArticleError(Problem(path, "the text contains a NUL byte (a binary or damaged file)",
                                   "re-save it as plain UTF-8 text", line))
    return text, problems


def _no_anchors(block: str, path: str) -> None:
    """Refuse YAML anchors and aliases: they can expand into a huge document (a 'YAML bomb')."""
    try:
        for token in yaml.scan(block, Loader=yaml.SafeLoader):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                raise ArticleError(Problem(
                    path, "front matter uses YAML anchors or aliases (&name / *name)",
                    "write every value out in full", token.start_mark.line + 2))
    except yaml.YAMLError:
        return  # the parser reports the syntax error with its line


def split_front_matter(text: str, path: str) -> tuple[dict, str, int]:
    """(metadata, body, line number of the body's first line) of a front-matter document."""
    lines = text.split("\n")
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        raise ArticleError(Problem(path, "front matter opened with '---' is never closed",
                                   "add a line '---' after the metadata", 1))
    block = "\n".join(lines[1:end])
    if len(block) > MAX_FRONT_MATTER:
        raise ArticleError(Problem(path, "front matter is too long", "keep only the metadata between the '---' lines", 2))
    _no_anchors(block, path)
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        raise ArticleError(Problem(path, "front matter is not valid YAML",
                                   "fix the metadata block between the '---' lines", line)) from None
    except (ValueError, TypeError, OverflowError, RecursionError):  # e.g. 'date: 2025-02-30'
        raise ArticleError(Problem(path, "front matter has a value YAML cannot read (an impossible date?)",
                                   "write the date as YYYY-MM-DD and check it exists", 2)) from None
    if not isinstance(meta, dict):
        raise ArticleError(Problem(path, "front matter must be a mapping of keys to values",
                                   "write it as 'date: 2025-11-12' lines", 2))
    return meta, "\n".join(lines[end + 1:]), end + 2


def split_paragraph(text: str) -> tuple[str, ...]:
    """A too-long line as paragraphs of whole sentences (about PARAGRAPH_TARGET characters each),
    each exactly as written; a sentence longer than PARAGRAPH_CHARS is cut between words (or, with
    no space at all, every PARAGRAPH_CHARS characters). The same text always gives the same split."""
    pieces: list[tuple[int, int]] = []
    for start, stop in sentence_spans(text):
        while stop - start > PARAGRAPH_CHARS:
            cut = text.rfind(" ", start + PARAGRAPH_TARGET, start + PARAGRAPH_CHARS)
            cut = cut if cut > start else start + PARAGRAPH_CHARS
            pieces.append((start, cut))
            start = cut
        pieces.append((start, stop))
    paragraphs: list[str] = []
    first = last = 0
    open_ = False
    for start, stop in pieces:
        if open_ and stop - first > PARAGRAPH_CHARS:  # never more than a paragraph can be
            paragraphs.append(text[first:last])
            open_ = False
        if not open_:
            first, open_ = start, True
        last = stop
        if last - first >= PARAGRAPH_TARGET:
            paragraphs.append(text[first:last])
            open_ = False
    if open_:
        paragraphs.append(text[first:last])
    return tuple(p for p in (p.strip() for p in paragraphs) if p)


def body_lines(body: str, first_line: int, path: str) -> tuple[tuple[SourceLine, ...], list[Problem]]:
    """The non-empty lines of an article body as paragraphs, with their line numbers in the file; a
    line longer than a paragraph can be is split at sentence ends, with a note."""
    lines, notes = [], []
    for i, line in enumerate(body.split("\n")):
        text = CONTROL.sub("", line).strip()
        if len(text) > PARAGRAPH_CHARS:
            parts = split_paragraph(text)
            notes.append(Problem(path, f"the line is {len(text):,} characters long: split into {len(parts)} "
                                 "paragraphs at sentence ends", "put an empty line between paragraphs to choose "
                                 "where they break", first_line + i, "note"))
            lines += [SourceLine(first_line + i, part) for part in parts]
        elif text:
            lines.append(SourceLine(first_line + i, text))
    return tuple(lines), notes


def _metadata_fields(meta: dict, path: str) -> tuple[dict, list[Problem]]:
    """Known fields checked (wrong types and bad URLs are dropped with a warning), others kept."""
    problems, fields = [], {}
    for key in TEXT_KEYS:
        value = meta.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            problems.append(Problem(path, f"'{key}' must be text, not {type(value).__name__}",
                                    f"write '{key}: ...' as one line of text; it is ignored for now", 2, "warning"))
            continue
        fields[key] = " ".join(str(value).split())[:500]
    if "url" in fields and not URL.match(fields["url"]):
        problems.append(Problem(path, f"url {fields['url'][:60]!r} is not an http(s) address",
                                "write the full address starting with https://; it is ignored for now", 2,
                                "warning"))
        del fields["url"]
    lang = meta.get("lang")
    if lang is not None and lang not in LANGS:
        problems.append(Problem(path, f"lang {str(lang)[:20]!r} is not one of {', '.join(LANGS)}",
                                "write 'lang: ru' or 'lang: kk', or leave it out; the language is detected", 2,
                                "warning"))
    elif lang:
        fields["lang"] = lang
    return fields, problems


def _as_list(value: object) -> list | None:
    """A YAML list, or one value written alone or comma-separated ('energy, -culture'); None if neither."""
    if isinstance(value, list):
        return value
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return [v for v in str(value).replace(",", " ").split()]
    return None


def editor_choices(meta: dict, path: str, line_of: dict[str, int], where: str
                   ) -> tuple[tuple[str, ...], tuple[str, ...], list[Problem]]:
    """(topics the editor adds or removes: 'energy', '-culture'; paragraphs kept out: 'p3';
    problems) from an article's 'topics:' and 'exclude:' metadata. Entries that cannot be read are
    dropped with a warning; whether a topic exists is checked against the taxonomy later."""
    problems: list[Problem] = []
    topics: list[str] = []
    excluded: list[str] = []
    for key, pattern, out, example in (("topics", EDITOR_TOPIC, topics, "topics: [energy, -culture]"),
                                       ("exclude", PARAGRAPH_ANCHOR, excluded, "exclude: [p3, p7]")):
        if meta.get(key) is None:
            continue
        items = _as_list(meta[key])
        if items is None:
            problems.append(Problem(path, f"'{key}'{where} must be a list", f"write it as '{example}'; it is "
                                    "ignored for now", line_of.get(key), "warning"))
            continue
        for item in items:
            text = str(item).strip().lower() if isinstance(item, (str, int)) and not isinstance(item, bool) else ""
            m = pattern.match(text)
            if not m:
                problems.append(Problem(path, f"'{key}'{where}: {str(item)[:40]!r} is not "
                                        f"{'a topic slug' if key == 'topics' else 'a paragraph like p3'}",
                                        f"write it as '{example}'; this entry is ignored", line_of.get(key),
                                        "warning"))
                continue
            value = text.lstrip("+") if key == "topics" else f"p{m[1]}"
            if value not in out:
                out.append(value)
    return tuple(topics), tuple(excluded), problems


def _key_lines(text: str, first: int) -> dict[str, int]:
    """The file line of each top-level key of a YAML block starting at line `first`."""
    lines = {}
    for n, line in enumerate(text.split("\n")):
        m = re.match(r"([A-Za-z_]+)\s*:", line)
        if m and m[1] not in lines:
            lines[m[1]] = first + n
    return lines


def read_article(path: Path, corpus_dir: Path, extra: dict | None = None,
                 today: date | None = None) -> tuple[SourceDoc, tuple[Problem, ...]]:
    """Read one article file; `extra` is its entry in the corpus metadata file. Returns the
    article and its warnings; raises ArticleError when it cannot be built."""
    rel = path.relative_to(corpus_dir).as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(Problem(rel, f"cannot be read ({exc.strerror})", "check the file's permissions")) from None
    text, problems = decode(data, rel)
    meta: dict = {}
    key_lines: dict[str, int] = {}
    if text.lstrip("\ufeff").startswith("---"):
        meta, body, first = split_front_matter(text.lstrip("\ufeff"), rel)
        if "date" not in meta:
            raise ArticleError(Problem(rel, "front matter has no 'date'",
                                       "add 'date: YYYY-MM-DD' to the metadata", 2))
        date_line = 2
        key_lines = _key_lines(text.lstrip("\ufeff"), 1)
        published = parse_date(meta["date"], rel, date_line)
    else:
        m = SEED_HEADER.match(text.lstrip("\ufeff"))
        if not m:
            raise ArticleError(Problem(rel, "no publication date",
                                       "start the file with ' date YYYY-MM-DD ' or YAML front matter", 1))
        date_line = 1
        published = parse_date(m[1], rel, date_line)
        body, first = text.lstrip("\ufeff")[m.end():], 1
    problems += date_warnings(published, rel, date_line, today or date.today())
    lines, notes = body_lines(body, first, rel)
    problems += notes
    if not lines:
        raise ArticleError(Problem(rel, "the article has a date but no text",
                                   "paste the article text after the date", first))
    unknown = sorted(str(k) for k in meta if k not in KNOWN_KEYS)
    if unknown:
        problems.append(Problem(rel, f"unknown front matter key(s): {', '.join(unknown)[:100]}",
                                f"known keys are {', '.join(KNOWN_KEYS)}; the others are kept as metadata", 2,
                                "warning"))
    fields, field_problems = _metadata_fields({**(extra or {}), **meta}, rel)
    from_meta = any(k in meta for k in ("topics", "exclude"))
    topics, excluded, editor_problems = editor_choices(
        {k: v for k, v in {**(extra or {}), **meta}.items() if k in ("topics", "exclude")}, rel,
        key_lines if from_meta else {}, "" if from_meta or not extra else f" (in {METADATA_FILE})")
    field_problems += editor_problems
    others = tuple(sorted((str(k)[:100], " ".join(str(v).split())[:500]) for k, v in meta.items()
                          if k not in KNOWN_KEYS and isinstance(v, (str, int, float, date))))
    doc = SourceDoc(
        id=slugify(path.stem), file=rel, date=published, lines=lines, title=fields.get("title"),
        url=fields.get("url"), outlet=fields.get("source"), lang=fields.get("lang"), metadata=others,
        markdown=path.suffix.lower() in (".md", ".markdown"), topics_set=topics, exclude=excluded,
        editor_line=key_lines.get("topics") if topics else key_lines.get("exclude"),
    )
    return doc, tuple(problems + field_problems)


def is_ignored(name: str) -> bool:
    """Hidden files, editor backups and the metadata file are not articles and not reported."""
    return name.startswith((".", "~", "#")) or name.endswith(("~", ".swp", ".swo", ".bak", ".tmp", "#")) \
        or name == METADATA_FILE


def is_article_file(path: Path) -> bool:
    """True for article files (.txt, .md, .markdown) that are not ignored."""
    return not is_ignored(path.name) and not path.name.startswith("_") and path.suffix.lower() in ARTICLE_SUFFIXES


def load_metadata(corpus_dir: Path) -> tuple[dict, list[Problem]]:
    """Per-file metadata from corpus/_metadata.yml (for files whose text must stay untouched)."""
    path = corpus_dir / METADATA_FILE
    if not path.is_file():
        return {}, []
    try:
        text = path.read_text(encoding="utf-8")
        _no_anchors(text, METADATA_FILE)
        data = yaml.safe_load(text) or {}
    except ArticleError as exc:
        return {}, [exc.problem]
    except (yaml.YAMLError, UnicodeDecodeError, ValueError, TypeError, OSError):
        return {}, [Problem(METADATA_FILE, "is not valid UTF-8 YAML", "fix or remove the file")]
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return {}, [Problem(METADATA_FILE, "must map file names to mappings of metadata",
                            "write 'file.txt: {url: ..., source: ...}'")]
    return data, []


def corpus_files(corpus_dir: Path) -> tuple[list[Path], list[Problem]]:
    """Candidate files under the corpus (sorted), without following links out of it."""
    root = corpus_dir.resolve()
    files, problems = [], []
    for folder, dirs, names in os.walk(corpus_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(folder) / name
            rel = path.relative_to(corpus_dir).as_posix()
            if is_ignored(name):
                continue
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root) or not target.is_file():
                    problems.append(Problem(rel, "is a symbolic link to something outside corpus/",
                                            "copy the article into corpus/ instead of linking to it"))
                    continue
            if not path.is_file():
                problems.append(Problem(rel, "is not a regular file", "remove it from corpus/", None, "warning"))
            elif path.suffix.lower() not in ARTICLE_SUFFIXES:
                problems.append(Problem(rel, f"is not an article file ({path.suffix or 'no extension'})",
                                        "articles are .txt or .md files; move other files out of corpus/",
                                        None, "warning"))
            elif is_article_file(path):
                files.append(path)
    return sorted(files, key=lambda p: p.relative_to(corpus_dir).as_posix()), problems


def _fingerprint(doc: SourceDoc) -> str:
    return hashlib.sha256("\n".join(" ".join(line.text.split()) for line in doc.lines).encode("utf-8")).hexdigest()


def load_corpus(corpus_dir: Path, today: date | None = None) -> tuple[tuple[SourceDoc, ...], tuple[Problem, ...]]:
    """Every readable article of the corpus (sorted by file), and every problem found."""
    metadata, problems = load_metadata(corpus_dir)
    files, file_problems = corpus_files(corpus_dir)
    problems += file_problems
    docs: list[SourceDoc] = []
    ids: set[str] = set()
    texts: dict[str, str] = {}
    for path in files:
        rel = path.relative_to(corpus_dir).as_posix()
        try:
            extra = metadata.get(rel) or metadata.get(path.name)
            doc, warnings = read_article(path, corpus_dir, extra, today)
        except ArticleError as exc:
            problems.append(exc.problem)
            continue
        except Exception as exc:  # noqa: BLE001 — one file must never stop the build
            problems.append(Problem(rel, f"internal error while reading it ({type(exc).__name__}: {str(exc)[:120]})",
                                    "the file is skipped and the others are built; please report this with the file"))
            continue
        problems += warnings
        same = texts.get(_fingerprint(doc))
        if same:
            problems.append(Problem(doc.file, f"is the same article as {same}",
                                    f"only {same} is published; delete one of the two files", None, "warning",
                                    skipped=True))
            continue
        texts[_fingerprint(doc)] = doc.file
        doc = _unique_id(doc, ids)
        ids.add(doc.id)
        docs.append(doc)
    known = {p.relative_to(corpus_dir).as_posix() for p in files} | {p.name for p in files}
    for name in sorted(str(n) for n in metadata if str(n) not in known):
        problems.append(Problem(METADATA_FILE, f"describes {str(name)[:80]!r}, which is not an article file",
                                "remove the entry or add the file", severity="warning"))
    return tuple(docs), tuple(problems)


def _unique_id(doc: SourceDoc, seen: set[str]) -> SourceDoc:
    if doc.id not in seen:
        return doc
    n = 2
    while f"{doc.id}-{n}" in seen:
        n += 1
    return replace(doc, id=f"{doc.id}-{n}")
