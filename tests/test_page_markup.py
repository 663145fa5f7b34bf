"""The article page's markup, made small: what it leaves out must still hold for the reader. A paragraph
carries a lang only when it differs from its article's, so the language a browser gives every paragraph
and every date excerpt is checked on articles that mix Russian and Kazakh; an entity's other spellings
are on its page (its mentions are not in the search index)."""
from __future__ import annotations

import json

from bs4 import BeautifulSoup

from digest.build import build_digest

ARTICLES = {
    "ru_with_kk.txt": (" date 2025-03-04 Министр энергетики России провёл переговоры в Москве о поставках газа "
                       "в Казахстан 12 марта 2025 года.\n\n"
                       "Қазақстан мен Ресей 2025 жылғы 14 наурызда Мәскеуде энергетика саласындағы ынтымақтастық "
                       "туралы келісімге қол қойды.\n\n"
                       "Стороны договорились продолжить переговоры о газе в апреле 2025 года в Москве.\n"),
    "kk_with_ru.txt": (" date 2025-03-05 Астанада Қазақстан мен Ресейдің энергетика министрлері 2025 жылғы 20 "
                       "наурызда кездесті, келесі кездесу Мәскеуде өтеді.\n\n"
                       "Как сообщили в министерстве, переговоры в Москве о поставках газа продолжатся 25 марта "
                       "2025 года.\n\n"
                       "Тараптар газ жеткізу мәселесін және электр энергиясының бағасын талқылады.\n"),
}


def effective_lang(element) -> str:
    return next(e["lang"] for e in (element, *element.parents) if e.get("lang"))


def test_paragraphs_and_date_excerpts_of_mixed_articles_are_in_their_own_language(tmp_path):
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_digest(corpus, docs, json_path=tmp_path / "digest.json", log=lambda line: None)
    data = json.loads((tmp_path / "digest.json").read_text(encoding="utf-8"))
    mixed = 0
    for article in data["articles"]:
        page = BeautifulSoup((docs / "articles" / f"{article['id']}.md").read_text(encoding="utf-8"), "html.parser")
        langs = {p["anchor"]: p["lang"] for p in article["paragraphs"]}
        for anchor, lang in langs.items():
            assert effective_lang(page.find(id=anchor)) == lang, (article["id"], anchor)
            mixed += lang != article["lang"]
        excerpts = page.select("ul.digest-dates li > a[href^='#']")
        assert excerpts, article["id"]
        for link in excerpts:
            assert link["lang"] == langs[link["href"][1:]], (article["id"], link)
    assert mixed >= 2, "both articles hold a paragraph in the other language"
    langs_of_excerpts = {a["lang"] for p in docs.glob("articles/*.md")
                         for a in BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").select("ul.digest-dates a")}
    assert langs_of_excerpts == {"ru", "kk"}


def test_an_entity_page_shows_its_other_spellings(tmp_path):
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_digest(corpus, docs, log=lambda line: None)
    page = BeautifulSoup((docs / "entities" / "moskva.md").read_text(encoding="utf-8"), "html.parser")
    assert page.find("h1").get_text() == "Москва"
    aliases = page.select("p.digest-stats span[lang]")
    assert aliases and all(a["lang"] == "kk" for a in aliases if "ә" in a.get_text().lower())
    assert any(a.get_text().startswith("Мәскеу") for a in aliases), [a.get_text() for a in aliases]
