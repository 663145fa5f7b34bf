"""An editor sees why an article got its topics (--explain) and corrects them (topics:, exclude:)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from digest.config import load_taxonomy
from tests.conftest import ROOT, copy_project
from tests.test_site import ENV, MKDOCS, pages
from tests.helpers import site_data

THEATRE = """---
date: 2025-03-14
source: Тестовое издание
topics: [transport, -energy]
exclude: [p3]
---
Омский театр драмы покажет в Астане три спектакля

Омский театр драмы привезёт в Астану три спектакля: гастроли пройдут на сцене театра имени Горького.

Билеты на гастрольные спектакли раскуплены на 90 процентов, сообщил директор театра Ильин.

Генеральным спонсором гастролей выступил Газпром, который поставляет газ в регион по новому газопроводу. Газопровод длиной 300 километров компания ввела в строй прошлой осенью.

Декорации театра доставят в Астану по мосту через Иртыш.
"""
GRAIN = """ date 2025-03-20 Казахстан увеличил экспорт зерна в Россию

Экспорт пшеницы из Костанайской области вырос на 15 процентов, сообщили в акимате.
"""
METADATA = """grain.txt:
  topics: [enrgy]
  exclude: [p40]
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "theatre.md").write_text(THEATRE, encoding="utf-8")
    (corpus / "grain.txt").write_text(GRAIN, encoding="utf-8")
    (corpus / "_metadata.yml").write_text(METADATA, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    project = copy_project(tmp_path_factory.mktemp("editor") / "project", corpus)
    # not --strict: the corpus has warnings on purpose
    result = subprocess.run([*MKDOCS, "build", "-d", "site"], cwd=project, env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert {p.name: p.read_bytes() for p in (project / "corpus").iterdir()} == before
    data = site_data(project / "site")
    return project, result.stderr, data, pages(project / "site")


def _article(data: dict, article_id: str) -> dict:
    return next(a for a in data["articles"] if a["id"] == article_id)


def test_front_matter_adds_and_removes_topics_and_says_so_in_the_json(site):
    _, _, data, _ = site
    theatre = _article(data, "theatre")
    # the classifier alone files it under culture and energy (the sponsor's gas pipeline)
    assert "culture" in theatre["topics"] and "transport" in theatre["topics"]
    assert "energy" not in theatre["topics"]
    assert theatre["editor"] == {"topics_added": ["transport"], "topics_removed": ["energy"], "excluded": ["p3"]}
    by_slug = {t["slug"]: t for t in data["topics"]}
    assert "theatre" in by_slug["transport"]["articles"] and "theatre" not in by_slug["energy"]["articles"]
    # the added topic goes to the paragraph with evidence for it, however little
    assert [p["anchor"] for p in theatre["paragraphs"] if "transport" in p["topics"]] == ["p5"]
    assert not any("energy" in p["topics"] for p in theatre["paragraphs"])
    assert _article(data, "grain")["editor"] == {"topics_added": [], "topics_removed": [], "excluded": []}


def test_an_excluded_paragraph_reaches_no_topic_summary_and_no_timeline(site):
    _, _, data, _ = site
    theatre = _article(data, "theatre")
    p3 = next(p for p in theatre["paragraphs"] if p["anchor"] == "p3")
    assert p3["topics"] == [] and all(s["topics"] == [] for s in p3["sentences"])
    cited = {(s["article"], s["anchor"]) for t in data["topics"] for item in t["summary"]
             for st in [item, *item["alternatives"]] for s in st["sources"]}
    assert ("theatre", "p3") not in cited and ("theatre", "p2") in cited
    assert not [e for e in data["timeline"] if e["article"] == "theatre" and e["anchor"] == "p3"]


def test_the_article_page_shows_what_the_editor_set(site):
    project, _, _, html = site
    names = {t.slug: t.name["ru"] for t in load_taxonomy(project / "taxonomy.yml").topics}
    page = html[project / "site" / "articles" / "theatre" / "index.html"]
    note = page.select_one(".digest-editor")
    assert note is not None
    text = note.get_text(" ", strip=True)
    assert names["transport"] in text and names["energy"] in note.select_one(".digest-removed").get_text()
    assert note.find("a", href="#p3") is not None
    assert "digest-excluded" in page.find(id="p3")["class"]
    assert "digest-excluded" not in page.find(id="p2").get("class", [])
    badges = [a.get_text(strip=True) for a in page.select(".digest-topics a")]
    assert names["transport"] in badges and names["energy"] not in badges
    assert page.select_one(".digest-editor") and not html[project / "site" / "articles" / "grain" / "index.html"] \
        .select_one(".digest-editor")


def test_an_unknown_topic_or_paragraph_is_a_warning_naming_the_file(site):
    _, log, data, _ = site
    assert "grain.txt: warning: the editor's topic 'enrgy' is not a topic of the taxonomy" in log
    assert "grain.txt: warning: 'exclude' names p40, but the article has 2 paragraphs" in log
    assert "theatre.md" not in log  # its choices are all valid
    assert _article(data, "grain")["topics"] == []


@pytest.mark.parametrize("front, topics, excluded, warning", [
    ("topics: energy", ("energy",), (), None),
    ("topics: 'energy, -culture'", ("energy", "-culture"), (), None),
    ("topics: [+Energy]", ("energy",), (), None),
    ("topics: [энергетика]", (), (), "'topics': 'энергетика' is not a topic slug"),
    ("topics: {energy: 1}", (), (), "'topics' must be a list"),
    ("exclude: [p2, 3, p2]", (), ("p2", "p3"), None),
    ("exclude: [первый]", (), (), "'exclude': 'первый' is not a paragraph like p3"),
])
def test_the_editors_front_matter_is_read_or_refused_with_its_line(tmp_path, front, topics, excluded, warning):
    from digest.load import read_article
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2025-01-01\n{front}\n---\nТекст статьи.\n", encoding="utf-8")
    doc, problems = read_article(path, tmp_path)
    assert (doc.topics_set, doc.exclude) == (topics, excluded)
    found = [str(p) for p in problems]
    if warning:
        assert len(found) == 1 and found[0].startswith("a.md:3: warning: ") and warning in found[0], found
    else:
        assert found == []


def _explain(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build_digest.py"), *args], cwd=cwd,
                          capture_output=True, text=True)


def test_explain_prints_each_paragraphs_words_rules_and_the_editors_choices(site):
    project, _, _, _ = site
    result = _explain("--explain", "corpus/theatre.md", cwd=project)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("theatre.md — Russian, 5 paragraphs; filed under: transport, culture")
    assert "editor: adds transport; removes energy; keeps p3 out of every topic" in out
    blocks = {b.split(" ", 1)[0]: b for b in out.split("\n\n")}
    assert blocks["p2"].startswith("p2 (line 9, body, ru) → culture")
    assert "гастроли → culture strong" in blocks["p2"]
    # the weak word for transport scores, is not enough alone, and the editor adds the topic
    assert "мосту → transport weak 'мост' +0.5" in blocks["p5"]
    assert "transport not kept: below the threshold" in blocks["p5"]
    assert "editor: +transport" in blocks["p5"]
    assert "kept out of every topic by the editor" in blocks["p3"] and "kept out" not in blocks["p2"]
    assert "Газпром → energy strong" in blocks["p4"] and "editor: -energy" in blocks["p4"]


def test_explain_of_a_missing_file_is_a_clear_error(tmp_path):
    result = _explain("--explain", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert result.returncode == 1 and "nope.txt is not a file" in result.stderr and "Traceback" not in result.stderr


def test_lint_taxonomy_command_passes_on_the_project_and_fails_on_a_duplicate(tmp_path):
    result = _explain("--lint-taxonomy", cwd=ROOT)
    assert result.returncode == 0 and "0 problem(s)" in result.stdout
    bad = tmp_path / "taxonomy.yml"
    bad.write_text((ROOT / "taxonomy.yml").read_text(encoding="utf-8").replace(
        "strong: [университет,", "strong: [университеты, университет,", 1), encoding="utf-8")
    result = _explain("--lint-taxonomy", "--taxonomy", str(bad), cwd=ROOT)
    assert result.returncode == 1 and "'университет'" in result.stdout and "same vocabulary" in result.stdout
