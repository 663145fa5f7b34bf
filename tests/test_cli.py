"""build_digest.py: options, JSON export, --strict, messages, rewriting only what changed."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from tests.helpers import site_data

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "build_digest.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def test_build_json_and_incremental(tmp_path):
    corpus, docs, out = tmp_path / "corpus", tmp_path / "docs", tmp_path / "out" / "analysis.json"
    shutil.copytree(ROOT / "corpus", corpus)
    first = run("--corpus", corpus, "--docs", docs, "--json", out)
    assert first.returncode == 0, first.stderr
    assert "5 articles built, 0 files skipped, 0 warnings" in first.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    offered = site_data(docs)  # the same analysis, in the parts the site offers
    assert {k: v for k, v in offered.items() if k != "timeline"} == {k: v for k, v in data.items() if k != "timeline"}
    assert sorted(map(json.dumps, offered["timeline"])) == sorted(map(json.dumps, data["timeline"]))
    article = data["articles"][0]
    assert {"id", "file", "date", "lang", "title", "url", "outlet", "topics", "paragraphs"} <= set(article)
    assert {"anchor", "role", "lang", "topics", "text"} <= set(article["paragraphs"][0])
    assert {"slug", "name", "summary"} <= set(data["topics"][0])
    assert {"text", "sources"} <= set(data["topics"][0]["summary"][0])
    assert {"date", "end", "precision", "kind", "phrase", "article", "anchor"} <= set(data["timeline"][0])
    # paragraph text is exactly the source line
    source = (corpus / article["file"]).read_text(encoding="utf-8")
    assert all(p["text"] in source for p in article["paragraphs"])
    second = run("--corpus", corpus, "--docs", docs)
    assert " 0 pages written" in second.stderr


def test_bad_file_is_reported_and_strict_fails(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "broken.txt").write_text("Текст без даты.\n", encoding="utf-8")
    lenient = run("--corpus", corpus, "--docs", tmp_path / "docs")
    assert lenient.returncode == 0
    assert "broken.txt:1: error: no publication date" in lenient.stderr
    assert "5 articles built, 1 files skipped" in lenient.stderr
    strict = run("--corpus", corpus, "--docs", tmp_path / "docs2", "--strict")
    assert strict.returncode == 1 and "Traceback" not in strict.stderr


def test_missing_corpus_is_a_clean_error(tmp_path):
    result = run("--corpus", tmp_path / "nope", "--docs", tmp_path / "docs")
    assert result.returncode == 1 and "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_output_is_byte_identical_whatever_the_hash_seed(tmp_path):
    outputs = []
    for seed in ("1", "2"):
        docs = tmp_path / f"docs{seed}"
        subprocess.run([sys.executable, str(ROOT / "build_digest.py"), "--docs", str(docs)], cwd=ROOT,
                       env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, check=True)
        outputs.append({p.relative_to(docs).as_posix(): p.read_bytes() for p in docs.rglob("*") if p.is_file()})
    assert outputs[0] == outputs[1]


def test_quiet_prints_only_problems(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    (corpus / "broken.txt").write_text("нет даты\n", encoding="utf-8")
    result = run("--corpus", corpus, "--docs", tmp_path / "docs", "--quiet", "--no-cache")
    assert result.returncode == 0
    assert result.stderr.strip().splitlines() == [
        "broken.txt:1: error: no publication date — start the file with ' date YYYY-MM-DD ' or YAML front matter"]


def test_an_article_pasted_as_one_line_is_built_with_a_note_even_with_strict(tmp_path):
    from tests.test_load import one_line_article
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    text = one_line_article()
    (corpus / "pasted.txt").write_text(f" date 2025-03-14 {text}\n", encoding="utf-8")
    result = run("--corpus", corpus, "--docs", tmp_path / "docs", "--strict", "--json", tmp_path / "d.json")
    assert result.returncode == 0, result.stderr
    assert "pasted.txt:1: note: the line is" in result.stderr and ", 1 notes;" in result.stderr
    article = next(a for a in json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["articles"]
                   if a["file"] == "pasted.txt")
    paragraphs = [p for p in article["paragraphs"]]
    assert len(paragraphs) >= 6 and all(p["line"] == 1 for p in paragraphs)
    assert [p["anchor"] for p in paragraphs] == [f"p{n}" for n in range(1, len(paragraphs) + 1)]
    page = (tmp_path / "docs" / "articles" / "pasted.md").read_text(encoding="utf-8")
    assert all(f'id="{p["anchor"]}"' in page for p in paragraphs)
