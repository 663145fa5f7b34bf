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


def effective_lang(element, page_lang: str | None = None) -> str:
    """The language a browser gives the element: its own or its nearest ancestor's, else the page's (`<html
    lang>`, which a page's Markdown does not hold: its front matter's `lang`)."""
    return next((e["lang"] for e in (element, *element.parents) if e.get("lang")), page_lang)


def build_mixed(tmp_path) -> tuple:
    """The docs folder built from ARTICLES, and the analysis as the JSON export gives it."""
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_digest(corpus, docs, json_path=tmp_path / "digest.json", log=lambda line: None)
    return docs, json.loads((tmp_path / "digest.json").read_text(encoding="utf-8"))


def test_paragraphs_and_date_excerpts_of_mixed_articles_are_in_their_own_language(tmp_path):
    docs, data = build_mixed(tmp_path)
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
            assert effective_lang(link, article["lang"]) == langs[link["href"][1:]], (article["id"], link)
    assert mixed >= 2, "both articles hold a paragraph in the other language"
    langs_of_excerpts = {effective_lang(a, article["lang"]) for article in data["articles"]
                         for a in BeautifulSoup((docs / "articles" / f"{article['id']}.md").read_text(encoding="utf-8"),
                                                "html.parser").select("ul.digest-dates a")}
    assert langs_of_excerpts == {"ru", "kk"}


def test_an_entity_page_shows_its_other_spellings(tmp_path):
    docs, _ = build_mixed(tmp_path)
    page = BeautifulSoup((docs / "entities" / "moskva.md").read_text(encoding="utf-8"), "html.parser")
    assert page.find("h1").get_text() == "Москва"
    aliases = page.select("p.digest-stats span[lang]")
    assert aliases and all(a["lang"] == "kk" for a in aliases if "ә" in a.get_text().lower())
    assert any(a.get_text().startswith("Мәскеу") for a in aliases), [a.get_text() for a in aliases]


TRADE = "Товарооборот между странами по итогам года вырос на 12% и достиг 28 млрд долларов, сообщили в министерстве торговли."
ENERGY = "Стороны договорились о поставках газа и строительстве атомной электростанции в Казахстане."
TRADE_AGAIN = "Экспорт казахстанской пшеницы и муки в Россию также увеличился."


def test_a_topic_page_quotes_only_the_sentences_on_its_topic(tmp_path):
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    corpus.mkdir()
    (corpus / "mixed.txt").write_text(
        f" date 2025-03-04 Казахстан и Россия обсудили торговлю и энергетику\n\n{TRADE} {ENERGY} {TRADE_AGAIN}\n\n"
        "Министр энергетики сообщил, что новая угольная электростанция в Экибастузе даст 600 МВт мощности, "
        "а газопровод в северные регионы построят к 2027 году.\n", encoding="utf-8")
    build_digest(corpus, docs, log=lambda line: None)
    page = BeautifulSoup((docs / "topics" / "energy" / "2025-03.md").read_text(encoding="utf-8"), "html.parser")
    passages = [q.get_text(" ", strip=True) for q in page.select("blockquote.digest-passage")]
    mixed = next(p for p in passages if ENERGY in p)
    assert TRADE not in mixed and TRADE_AGAIN not in mixed
    assert mixed.startswith("…") and "… к абзацу" in mixed, mixed  # the sentences left out are marked
    whole = next(p for p in passages if "Экибастуз" in p)
    assert whole.startswith("Министр энергетики") and "…" not in whole, whole  # all on the topic: as written


def test_the_data_gives_each_sentence_as_its_span_of_the_paragraph(tmp_path):
    docs, data = build_mixed(tmp_path)
    assert data["format"] == 2
    checked = 0
    for article in data["articles"]:
        page = BeautifulSoup((docs / "articles" / f"{article['id']}.md").read_text(encoding="utf-8"), "html.parser")
        for p in article["paragraphs"]:
            ends = [0]
            for s in p["sentences"]:
                assert "text" not in s and ends[-1] <= s["start"] < s["end"] <= len(p["text"]), (p, s)
                ends.append(s["end"])
                if p["role"] == "body":  # the sentence the article page marks under the same anchor
                    assert page.find(id=s["anchor"]).get_text() == p["text"][s["start"]:s["end"]]
                    checked += 1
            assert not p["text"][ends[-1]:].strip(" .!?…»\""), p  # the sentences reach the paragraph's end
    assert checked >= 5


def test_an_entity_page_quotes_the_words_around_the_name_in_any_case(tmp_path):
    """An entity is listed in the nominative («Москва», «Совет по развитию…»); its page quotes each article's
    words around the name as the article declines it («в Москву», «в Москве»), not the paragraph's start."""
    opening = ("Стороны обсудили поставки газа и электроэнергии в приграничные регионы, модернизацию сетей и "
               "строительство новых мощностей, а также подготовку кадров для отрасли, после чего делегация ")
    corpus, docs = tmp_path / "corpus", tmp_path / "docs"
    corpus.mkdir()
    for n, place in enumerate(("прибыла в Москву", "провела встречу в Москве"), 1):
        (corpus / f"a{n}.txt").write_text(f" date 2025-03-0{n} Делегация министерства энергетики посетила регион\n\n"
                                          f"{opening}{place}, где обсудила поставки угля.\n", encoding="utf-8")
    build_digest(corpus, docs, log=lambda line: None)
    page = BeautifulSoup((docs / "entities" / "moskva.md").read_text(encoding="utf-8"), "html.parser")
    windows = [a.get_text() for a in page.select("ul.digest-mentions li > a[href*='#p']")]
    assert len(windows) == 2 and all("в Москв" in w and w.startswith("…") for w in windows), windows
