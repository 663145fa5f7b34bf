"""Topic summaries: extractive, ranked, sources credited only for the claim they state (at sentence
precision), one item for one claim in two languages, conflicting figures side by side, variety."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from digest.model import Candidate, Citation
from digest.summarize import (CORROBORATION, RECENCY, RECENCY_DAYS, _quantities, conflicting_figures, display_text,
                              informativeness, near_duplicates, summarize_topic, summarize_topics)
from tests.helpers import make_article


def test_near_duplicates_from_two_outlets_are_one_item_with_both_sources(tools):
    a = make_article(tools, "a", "2024-05-01",
                     "В Костанае откроется филиал Уральского федерального университета для студентов-инженеров.")
    b = make_article(tools, "b", "2024-05-02",
                     "Филиал Уральского федерального университета для студентов-инженеров откроется в Костанае осенью.")
    items = summarize_topic((a, b), "education")
    assert len(items) == 1
    assert {c.article for c in items[0].statement.sources} == {"a", "b"}


def test_different_figures_for_one_measure_are_shown_together(tools):
    # a headline on the topic files each one-sentence article under it
    a = make_article(tools, "a", "2024-05-01", "Казахстанские студенты в российских вузах",
                     "В российских вузах сейчас учатся около 70 тысяч студентов из Казахстана.")
    b = make_article(tools, "b", "2024-06-01", "Сколько казахстанских студентов учится в России",
                     "По данным министерства, в университетах России обучаются 64 тысячи казахстанских студентов.")
    items = summarize_topic((a, b), "education")
    assert len(items) == 1 and len(items[0].alternatives) == 1
    shown = {items[0].statement.sources[0].article, items[0].alternatives[0].sources[0].article}
    assert shown == {"a", "b"}


def test_unrelated_statements_stay_separate_and_concrete_ones_rank_first(tools):
    article = make_article(
        tools, "a", "2024-05-01",
        "Образование важно.",
        "В 2026 году в Шымкенте откроется школа на 1200 мест, построенная по проекту российской компании.",
        "Министры также договорились о программе обмена учителями между школами Омска и Павлодара.")
    items = summarize_topic((article,), "education")
    texts = [i.statement.text for i in items]
    assert texts[0].startswith("В 2026 году в Шымкенте")
    assert len(texts) == 2  # a two-word platitude says too little to be a summary item
    assert all(i.statement.sources[0].anchor.startswith("p") for i in items)


def test_items_quote_sentences_as_written(tools):
    article = make_article(tools, "a", "2024-05-01",
                           "– В Караганде построят новую ТЭЦ мощностью 600 МВт, – сообщил министр энергетики.")
    items = summarize_topic((article,), "energy")
    assert items[0].statement.text == "В Караганде построят новую ТЭЦ мощностью 600 МВт, – сообщил министр энергетики."
    assert display_text("— Текст") == "Текст"


def test_summary_is_limited_and_stable(tools):
    lines = [f"В городе номер {n} открыта новая школа на {100 + n} мест для детей из {n} сёл района." for n in range(15)]
    article = make_article(tools, "a", "2024-05-01", *lines)
    first = summarize_topic((article,), "education", limit=10)
    again = summarize_topic((article,), "education", limit=10)
    assert len(first) <= 10 and first == again


# -- figures: which statements give rival figures for one measure ----------------------------------

def candidate(article: str, *quantities, lang: str = "ru", keys=(), score: float = 2.0) -> Candidate:
    """A summary candidate with the given figures: (value, unit, topics near it)."""
    return Candidate("education", f"Предложение из {article}.", lang, Citation(article, "p1"), frozenset(keys),
                     tuple((value, unit, frozenset(topics)) for value, unit, topics in quantities), score)


EDU = {"education"}


@pytest.mark.parametrize("a, b, rivals", [
    # 70 thousand and 64 thousand students: one measure, two figures
    ((70, "тыс", EDU), (64, "тыс", EDU), True),
    ((64, "тыс", EDU), (70, "тыс", EDU), True),
    # up to twice the other figure is still a rival; more than that is another measure
    ((10, "млн", EDU), (20, "млн", EDU), True),
    ((20, "млн", EDU), (10, "млн", EDU), True),
    ((10, "млн", EDU), (20.5, "млн", EDU), False),
    ((20.5, "млн", EDU), (10, "млн", EDU), False),
    # figures below one count like any other
    ((0.8, "млр", EDU), (1.1, "млр", EDU), True),
    ((1.1, "млр", EDU), (0.8, "млр", EDU), True),
    # the same figure twice agrees
    ((70, "тыс", EDU), (70, "тыс", EDU), False),
    # thousands are not millions, a share is not an amount
    ((70, "тыс", EDU), (64, "млн", EDU), False),
    ((12, "%", EDU), (14, "тыс", EDU), False),
    # the figure must be about the topic in both statements
    ((70, "тыс", EDU), (64, "тыс", {"energy"}), False),
    ((70, "тыс", {"energy"}), (64, "тыс", EDU), False),
    # a figure of 0 is no rival to any other (and must not divide by zero)
    ((0, "%", EDU), (5, "%", EDU), False),
    ((5, "%", EDU), (0, "%", EDU), False),
])
def test_conflicting_figures(a, b, rivals):
    assert conflicting_figures(candidate("a", a), candidate("b", b), "education") is rivals


def test_figures_of_one_article_never_conflict():
    assert not conflicting_figures(candidate("a", (70, "тыс", EDU)), candidate("a", (64, "тыс", EDU)), "education")


def test_any_pair_of_figures_can_conflict():
    a = candidate("a", (12, "%", EDU), (70, "тыс", EDU))
    b = candidate("b", (3, "млн", EDU), (64, "тыс", EDU))
    assert conflicting_figures(a, b, "education") and conflicting_figures(b, a, "education")
    assert not conflicting_figures(a, candidate("b"), "education")


def test_figures_and_their_units_are_read_as_written():
    found = _quantities("Товарооборот достиг 28,5 млрд долларов, в вузах учатся 64 тыс. студентов, "
                        "а через год — 70 тысяч; доля угля — 12 %.", "ru", lambda window, lang: set())
    values = [v for v, _, _ in found]
    units = [u for _, u, _ in found]
    assert values == [28.5, 64, 70, 12]
    assert units[1] == units[2]  # "тыс." and "тысяч" are one unit
    assert len(set(units)) == 3  # billions, thousands and a share are three
    assert _quantities("Выпуск – 3 МЛН тонн.", "ru", lambda w, lang: set())[0][1] == \
        _quantities("Выпуск – 4 млн тонн.", "ru", lambda w, lang: set())[0][1]
    assert not _quantities("В 2024 году открыли 12 школ.", "ru", lambda w, lang: set())  # a count, no unit


def energy_near(window: str, lang: str) -> set[str]:
    return {"energy"} if "электроэнерг" in window.lower() else set()


def test_a_figure_is_tied_to_the_topics_named_near_it():
    # about 80 characters either side of a figure: the topic named before it, after it, or far away
    text = ("В вузах России учатся 70 тысяч студентов из Казахстана, " + "а также " * 12
            + "на 15 % вырос экспорт электроэнергии.")
    assert [(v, t) for v, _, t in _quantities(text, "ru", energy_near)] == [(70, frozenset()),
                                                                            (15, frozenset({"energy"}))]
    text = "Электроэнергии в Россию продано на 15 % больше."
    assert [(v, t) for v, _, t in _quantities(text, "ru", energy_near)] == [(15, frozenset({"energy"}))]


# -- near-duplicates: most words of the shorter sentence shared, in one language --------------------

def keyed(article: str, keys: str, lang: str = "ru") -> Candidate:
    return candidate(article, lang=lang, keys=keys.split())


@pytest.mark.parametrize("a, b, same", [
    # four shared words out of the eight of the shorter sentence: half, enough
    (keyed("a", "филиал университет открыться костанай осень студент инженер урал"),
     keyed("b", "филиал университет открыться костанай павлодар омск химик физик врач"), True),
    # four shared out of ten: too few of the shorter one
    (keyed("a", "филиал университет открыться костанай осень студент инженер урал омск химик"),
     keyed("b", "филиал университет открыться костанай павлодар семей физик врач биолог юрист"), False),
    # three shared words are too few, however short the sentences
    (keyed("a", "филиал университет открыться"), keyed("b", "филиал университет открыться"), False),
    # the same words in two languages are not the same sentence
    (keyed("a", "филиал университет открыться костанай"), keyed("b", "филиал университет открыться костанай",
                                                                  lang="kk"), False),
])
def test_near_duplicates(a, b, same):
    assert near_duplicates(a, b) is same and near_duplicates(b, a) is same


# -- informativeness: figures, names and decisions count, up to a point; short, long and questions lose

FILLER = "слово"


def sentence(*words: str, length: int = 10) -> str:
    return " ".join(["Вчера", *words, *[FILLER] * (length - 1 - len(words))])


@pytest.mark.parametrize("text, keys, score", [
    # topic evidence only (capped at 3): 2.0
    (sentence(), (), 2.0),
    # + 0.5 a figure, up to three figures
    (sentence("12", "тысяч", "и", "15", "процентов"), (), 3.0),
    (sentence("1", "2", "3"), (), 3.5),
    (sentence("1", "2", "3", "4"), (), 3.5),
    # + 0.3 a name or a quoted title (not the first word, which is capitalised anyway), up to five
    (sentence("Астана", "«Росатом»", '"Казатомпром"'), (), 2.9),
    (sentence("Омск", "Орск", "Уфа", "Курск", "Тверь", "Томск"), (), 3.5),
    # + 0.5 a decision word, up to two
    (sentence(), ("подписать",), 2.5),
    (sentence(), ("подписать", "открыть", "построить"), 3.0),
    # 8 words are enough, 7 too few (- 1.5); 55 are fine, 56 too many (- 1.0)
    (sentence(length=8), (), 2.0),
    (sentence(length=7), (), 0.5),
    (sentence(length=55), (), 2.0),
    (sentence(length=56), (), 1.0),
    (sentence("12", length=56), (), 1.5),
    # a question tells less (- 1.0), trailing spaces or not
    (sentence() + "?", (), 1.0),
    (sentence("12") + "?  ", (), 1.5),
])
def test_informativeness(text, keys, score):
    assert informativeness(text, "ru", 2.0, frozenset(keys)) == pytest.approx(score)


def test_informativeness_caps_topic_evidence_and_rounds_to_three_decimals():
    assert informativeness(sentence(), "ru", 7.5, frozenset()) == 3.0
    assert informativeness(sentence(), "ru", 1.23456, frozenset()) == 1.235
    assert informativeness(sentence(), "kk", 2.0, frozenset({"подписать", "ашыл"})) == 2.5  # its language's words


# -- summary items: the best-scored sentence is quoted; repeats and rival figures add to its rank ----

def test_the_best_scored_of_two_near_duplicates_is_quoted_and_both_count(tools):
    plain = make_article(tools, "a", "2024-05-01",
                         "В Костанае откроется филиал Уральского федерального университета для студентов-инженеров.")
    rich = make_article(tools, "b", "2024-05-02",
                        "В Костанае 1 сентября откроется филиал Уральского федерального университета на 500 "
                        "студентов-инженеров.")
    items = summarize_topic((plain, rich), "education")
    scores = {c.citation.article: c.score for a in (plain, rich) for c in a.candidates if c.topic == "education"}
    assert scores["b"] > scores["a"]
    item = items[0]
    assert item.statement.text == rich.candidates[0].text and item.statement.sources[0].article == "b"
    # the plain report lacks the date and the figure: it states part of the claim, and is shown as such
    assert [c.article for c in item.statement.sources] == ["b"] and item.outlets == 1
    assert [s.sources[0].article for s in item.partial] == ["a"] and len(items) == 1


def test_a_rival_figure_adds_to_the_rank_of_its_item(tools):
    # a headline on the topic files each one-sentence article under it
    a = make_article(tools, "a", "2024-05-01", "Казахстанские студенты в российских вузах",
                     "В российских вузах сейчас учатся около 70 тысяч студентов из Казахстана.")
    b = make_article(tools, "b", "2024-06-01", "Сколько казахстанских студентов учится в России",
                     "По данным министерства, в университетах России обучаются 64 тысячи казахстанских студентов.")
    (item,) = summarize_topic((a, b), "education")
    lead = next(c for x in (a, b) for c in x.candidates if c.text == item.statement.text)
    age = (b.date - date.fromisoformat("2024-05-01" if lead.citation.article == "a" else "2024-06-01")).days
    assert item.score == pytest.approx(lead.score + 0.5 + RECENCY * (1 - age / RECENCY_DAYS), abs=1e-3)
    (other,) = {a.candidates[0].text, b.candidates[0].text} - {item.statement.text}
    assert (item.alternatives[0].text, item.alternatives[0].lang) == (other, "ru") and item.statement.lang == "ru"


def test_kazakh_near_duplicates_are_one_item_and_function_words_do_not_count(tools):
    a = make_article(tools, "a", "2024-05-01",
                     "Қостанайда Орал федералдық университетінің филиалы инженер студенттер үшін ашылады.")
    b = make_article(tools, "b", "2024-05-02",
                     "Орал федералдық университетінің филиалы күзде Қостанайда инженер студенттер үшін ашылады.")
    (item,) = summarize_topic((a, b), "education")
    assert {c.article for c in item.statement.sources} == {"a", "b"} and item.statement.lang == "kk"
    keys = a.candidates[0].keys
    assert "үшін" not in keys and "студент" in keys and all(len(k) >= 3 for k in keys)
    assert "күз" in b.candidates[0].keys  # 'autumn': three letters are a word


def test_russian_content_words_leave_out_prepositions_and_conjunctions(tools):
    a = make_article(tools, "a", "2024-05-01",
                     "На юге, в Шымкенте и в Туркестане, откроются филиалы Уральского федерального университета "
                     "для инженеров.")
    keys = a.candidates[0].keys
    assert not keys & {"на", "в", "и", "для"} and {"юг", "шымкент", "филиал", "университет"} <= keys


def test_candidates_and_content_words_come_from_the_body_only(tools):
    article = make_article(
        tools, "a", "2024-05-01",
        "Вузы России откроют филиалы в Казахстане",  # the title
        "Погода в Костанае стоит тёплая. В Костанае откроется филиал Уральского федерального университета для "
        "студентов-инженеров.",
        "Қостанайда Орал федералдық университетінің филиалы инженер студенттер үшін ашылады.")
    assert [c.citation.anchor for c in article.candidates] == ["p2", "p3"]  # not the title, not the weather
    assert article.candidates[0].text.startswith("В Костанае откроется филиал")
    assert {"погода", "университет", "федералдық"} <= article.terms  # both paragraphs, both languages
    assert not article.terms & {"вуз", "россия", "казахстан", "в", "для", "үшін"}


# -- crediting: only a sentence that states the quote's claim is a source, and the link opens it ----

def test_a_source_is_credited_at_its_sentence(tools):
    a = make_article(tools, "a", "2024-05-01",
                     "Погода в Костанае стоит тёплая. В 2026 году в Костанае откроется филиал Уральского "
                     "федерального университета на 500 студентов-инженеров.")
    b = make_article(tools, "b", "2024-05-02",
                     "Филиал Уральского федерального университета на 500 студентов-инженеров откроется в Костанае "
                     "в 2026 году, сообщили в акимате.")
    (item,) = summarize_topic((a, b), "education")
    assert [(c.article, c.fragment) for c in item.statement.sources] == [("a", "p1-s2"), ("b", "p1-s1")]
    assert item.outlets == 2  # two articles with no outlet named count as two


def test_two_articles_of_one_outlet_are_one_outlet(tools):
    text = "В 2026 году в Костанае откроется филиал Уральского федерального университета на 500 студентов."
    a = make_article(tools, "a", "2024-05-01", text, outlet="Казинформ")
    b = make_article(tools, "b", "2024-05-02", text, outlet="Казинформ")
    c = make_article(tools, "c", "2024-05-03", text, outlet="ТАСС")
    (item,) = summarize_topic((a, b, c), "education")
    assert len(item.statement.sources) == 3 and item.outlets == 2


def test_a_source_stating_part_of_the_quote_is_not_credited_for_it(tools):
    both = make_article(tools, "a", "2024-05-01",
                        "В 2026 году в Алматы откроется филиал МИФИ на 500 студентов, а в Астане — филиал МГУ "
                        "на 300 студентов.")
    one = make_article(tools, "b", "2024-05-02",
                       "В 2026 году в Алматы откроется филиал МИФИ на 500 студентов, сообщили в министерстве.")
    items = summarize_topic((both, one), "education")
    lead = next(i for i in items if i.statement.sources[0].article == "a")
    assert [c.article for c in lead.statement.sources] == ["a"]
    assert all(c.article != "b" for i in items for c in i.statement.sources[1:])


def test_a_report_of_another_year_or_figure_is_not_a_source(tools):
    quote = make_article(tools, "a", "2024-05-01",
                         "Дни культуры Казахстана пройдут в Москве в 2026 году, в программе 40 концертов и выставок.")
    other_year = make_article(tools, "b", "2024-05-02",
                              "Дни культуры Казахстана прошли в Москве в 2024 году, в программе 40 концертов и выставок.")
    other_figure = make_article(tools, "c", "2024-05-03",
                                "Дни культуры Казахстана пройдут в Москве в 2026 году, в программе 25 концертов и "
                                "выставок.")
    items = summarize_topic((quote, other_year, other_figure), "culture")
    for item in items:
        assert len({c.article for c in item.statement.sources}) == 1, item


def test_one_claim_in_russian_and_kazakh_is_one_item_quoted_in_russian(tools):
    kk = make_article(tools, "kk", "2024-05-01", "Ресей Қазақстанға газ жеткізуді арттырады",
                      "2025 жылы Ресей Қазақстанның солтүстік өңірлеріне 1,5 млрд текше метр газ жеткізеді, "
                      "деп хабарлады Энергетика министрлігі.")
    ru = make_article(tools, "ru", "2024-05-02", "Россия увеличит поставки газа в Казахстан",
                      "В 2025 году Россия поставит в северные регионы Казахстана 1,5 млрд кубометров газа, сообщили "
                      "в министерстве энергетики.")
    (item,) = summarize_topic((kk, ru), "energy")
    assert item.statement.lang == "ru" and [c.article for c in item.statement.sources] == ["ru"]
    (other,) = item.translations
    assert other.lang == "kk" and [c.article for c in other.sources] == ["kk"] and item.outlets == 2


# -- variety and order ------------------------------------------------------------------------------

CITIES = ["Омске", "Томске", "Курске", "Самаре", "Казани", "Перми", "Уфе", "Твери", "Рязани"]


def test_at_most_two_items_quote_one_paragraph_and_four_one_article(tools, taxonomy):
    paragraphs = [" ".join(f"В {CITIES[(3 * n + k) % 9]} в {2020 + n + k} году откроется школа на {100 * (n + 1) + 7 * k} "
                           f"мест с углублённым изучением физики." for k in range(3)) for n in range(3)]
    article = make_article(tools, "a", "2024-05-01", *paragraphs)
    assert len([c for c in article.candidates if c.topic == "education"]) == 9
    items = summarize_topics((article,), ["education"], taxonomy.rules)["education"]
    per_paragraph = [sum(1 for i in items if i.statement.sources[0].anchor == f"p{n}") for n in (1, 2, 3)]
    assert len(items) == taxonomy.rules.summary_per_article == 4 and max(per_paragraph) == 2


def test_a_sentence_leads_one_topic_only(tools, taxonomy):
    article = make_article(
        tools, "a", "2024-05-01",
        "В Павлодаре по соглашению с Росатомом построят атомный учебный центр, где 300 студентов энергетического "
        "колледжа будут учиться эксплуатации атомной электростанции.")
    (cand_topics) = {c.topic for c in article.candidates}
    assert {"education", "energy"} <= cand_topics
    summaries = summarize_topics((article,), ["education", "energy"], taxonomy.rules)
    leads = [i.statement.sources[0] for items in summaries.values() for i in items]
    assert len(leads) == len(set(leads)) == 1


def test_corroborated_and_recent_claims_rank_first(tools):
    lone = make_article(tools, "a", "2023-05-01",
                        "В Омске в 2026 году откроется школа на 600 мест с углублённым изучением физики.")
    twice = [make_article(tools, x, "2023-05-01",
                          "В Томске в 2026 году откроется школа на 700 мест с углублённым изучением физики.",
                          outlet=x) for x in ("b", "c")]
    recent = make_article(tools, "d", "2025-05-01",
                          "В Курске в 2026 году откроется школа на 800 мест с углублённым изучением физики.")
    items = summarize_topic((lone, *twice, recent), "education")
    order = [i.statement.sources[0].article for i in items]
    assert order.index("d") < order.index("a") and order.index("b") < order.index("a")
    by_lead = {i.statement.sources[0].article: i for i in items}
    assert by_lead["b"].score - by_lead["a"].score == pytest.approx(CORROBORATION, abs=0.05)


# -- clean quotes on scraped-looking articles of the development set ---------------------------------

SCRAPED = ["culture-ru-51.txt", "energy-ru-52.txt", "trade-ru-53.txt", "interview-ru-54.txt",
           "education-kk-55.txt", "transport-kk-56.txt", "forum-kk-57.txt", "interview-kk-58.txt"]
FURNITURE = re.compile(r"\b\d{1,2}:\d{2}\b|Фото|Сурет|Читайте|[Оо]қы(?:ңыз|ңдар)|Поделиться|Бөлісу|Просмотр|"
                       r"КАЗИНФОРМ|ҚазАқпарат|Kazinform|\b\d{1,2}\.\d{2}\.\d{4}\b|Главная|Басты бет|Подробнее|Толығырақ")


def test_no_quote_of_a_scraped_article_carries_page_furniture(tools, tmp_path):
    from digest.analyze import analyze_article
    from digest.build import analyze_corpus
    from digest.load import load_corpus
    folder = Path(__file__).resolve().parent / "devset" / "tune"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in SCRAPED:
        (corpus / name).write_bytes((folder / name).read_bytes())
    analysis = analyze_corpus(corpus, tools=tools)  # (its articles no longer hold their candidates)
    articles = [analyze_article(doc, tools) for doc in load_corpus(corpus)[0]]
    candidates = [c for a in articles for c in a.candidates]
    raw = [s.text for a in articles for p in a.paragraphs if p.role == "body" for s in p.sentences]
    assert sum(1 for s in raw if FURNITURE.search(s)) >= 8, "the articles are scraped-looking"
    assert len({c.citation.article for c in candidates}) >= 4
    quotes = [c.text for c in candidates] + [st.text for items in analysis.summaries.values() for i in items
                                             for st in (i.statement, *i.translations, *i.partial)]
    assert not [q for q in quotes if FURNITURE.search(q)]


def test_a_partial_source_that_says_more_is_also_an_item_of_its_own(tools):
    both = make_article(tools, "a", "2024-05-01",
                        "В 2026 году в Алматы откроется филиал МИФИ на 500 студентов, а в Астане — филиал МГУ "
                        "на 300 студентов.")
    more = make_article(tools, "b", "2024-05-02",
                        "В 2026 году в Алматы откроется филиал МИФИ на 500 студентов, его строительство обойдётся "
                        "в 12 млрд тенге.")
    items = summarize_topic((both, more), "education")
    leads = {i.statement.sources[0].article for i in items}
    partial_of_a = [s.sources[0].article for i in items if i.statement.sources[0].article == "a" for s in i.partial]
    assert leads == {"a", "b"} and partial_of_a == ["b"]


def test_a_topic_pool_kept_as_articles_arrive_is_the_best_of_all_their_candidates(tools):
    """The build keeps each topic's best candidates while it reads the articles and drops the rest: in
    whatever order the articles come, what is kept is the head of all their candidates in rank order."""
    import random
    from digest.analyze import analyze_article
    from digest.load import load_corpus
    from digest.summarize import TopicPools, pool_order
    docs = load_corpus(Path(__file__).resolve().parent / "devset" / "tune")[0][:24]
    articles = [analyze_article(doc, tools) for doc in docs]
    published = {a.id: a.date for a in articles}
    every = {}
    for a in articles:
        for c in a.candidates:
            every.setdefault(c.topic, []).append(c)
    assert sum(len(found) >= 12 for found in every.values()) >= 2, "the articles give topics enough candidates"
    for seed in range(3):
        random.Random(seed).shuffle(articles)
        pools = TopicPools(size=5)
        for a in articles:
            pools.offer(a)
        for topic, found in every.items():
            ranked = sorted(found, key=lambda c: pool_order(c, published[c.citation.article]))
            assert pools.best(topic) == ranked[:5]
            assert [c.score for c in ranked[:5]] == sorted((c.score for c in found), reverse=True)[:5]


def test_pools_that_lose_articles_say_when_their_best_are_still_exact(tools):
    """A long-lived process keeps the pools between builds and removes an edited or deleted article's
    candidates: whenever the pools say they are exact, each topic's best are those of the articles left; and
    they say so after removals that did not reach below what they dropped, and not after ones that did."""
    import random
    from digest.analyze import analyze_article
    from digest.load import load_corpus
    from digest.summarize import TopicPools, pool_order
    docs = load_corpus(Path(__file__).resolve().parent / "devset" / "tune")[0][:24]
    articles = [analyze_article(doc, tools) for doc in docs]
    published = {a.id: a.date for a in articles}
    outcomes = set()
    for seed in range(8):
        rng = random.Random(seed)
        rng.shuffle(articles)
        pools = TopicPools(size=3)
        for a in articles:
            pools.offer(a)
        gone = {a.id for a in rng.sample(articles, rng.choice([1, 2, 4, 8]))}
        pools.remove(gone)
        back = [a for a in articles if a.id in gone][:1]  # an edited article comes back
        for a in back:
            pools.offer(a)
        left = [a for a in articles if a.id not in gone or a in back]
        exact = pools.exact()
        outcomes.add(exact)
        if exact:
            for topic in {c.topic for a in left for c in a.candidates}:
                ranked = sorted((c for a in left for c in a.candidates if c.topic == topic),
                                key=lambda c: pool_order(c, published[c.citation.article]))
                assert pools.best(topic) == ranked[:3], (seed, topic)
    assert True in outcomes
    # the articles of a topic's four best candidates go: of the six it kept, fewer than three are left that are
    # better than the best it dropped
    pools = TopicPools(size=3)
    for a in articles:
        pools.offer(a)
    topic = max({c.topic for a in articles for c in a.candidates},
                key=lambda t: sum(c.topic == t for a in articles for c in a.candidates))
    best = pools.best(topic)
    assert len(best) == 3 and sum(c.topic == topic for a in articles for c in a.candidates) > 6
    assert pools.exact()
    ranked = sorted((c for a in articles for c in a.candidates if c.topic == topic),
                    key=lambda c: pool_order(c, published[c.citation.article]))
    pools.remove({c.citation.article for c in ranked[:4]})
    assert not pools.exact()


def test_summaries_of_a_build_that_reads_each_article_once_are_those_of_every_article_held(tools, tmp_path):
    """The build keeps only each topic's best candidates as it reads the analyses, fresh or from the
    cache; its summaries are those made from every analysed article held whole."""
    from digest.analyze import analyze_article
    from digest.build import analyze_corpus
    from digest.load import load_corpus
    corpus = Path(__file__).resolve().parent / "devset" / "held"
    taxonomy = tools.classifier.taxonomy
    articles = tuple(sorted((analyze_article(doc, tools) for doc in load_corpus(corpus)[0]),
                            key=lambda a: (a.date, a.id)))
    whole = summarize_topics(articles, [t.slug for t in taxonomy.topics], taxonomy.rules)
    assert sum(len(items) for items in whole.values()) >= 20
    cache = tmp_path / "analysis.sqlite"
    fresh = analyze_corpus(corpus, tools=tools, cache_path=cache)
    (tmp_path / "ranked.pickle").unlink()  # (ranked again: from the claims the cache kept)
    cached = analyze_corpus(corpus, tools=tools, cache_path=cache)
    assert fresh.summaries == whole and cached.summaries == whole
    assert not [c for a in fresh.articles + cached.articles for c in a.candidates]


def _counting_reads(monkeypatch):
    """Count the sentences whose claim and speaker the build reads (in this process)."""
    import digest.build as build
    read = []
    real = build.read_statements

    def counting(sentences, published, tools):
        read.extend(c for c, *_ in sentences)
        return real(sentences, published, tools)
    monkeypatch.setattr(build, "read_statements", counting)
    return read


def test_the_build_reads_claims_only_for_the_candidates_a_summary_can_reach(tools, tmp_path, monkeypatch):
    """Reading a sentence's claim and speaker is a third of an article's analysis; the build reads them only
    for each topic's best candidates (its pool), once: a rebuild reads them from the cache, an edit reads only
    what entered a pool. The summaries are those of every article analysed whole with that pool size."""
    import digest.build as build
    from digest.analyze import analyze_article
    from digest.build import analyze_corpus
    from digest.load import load_corpus
    from digest.summarize import TopicPools, rank_topic, select_items
    size = 8
    monkeypatch.setattr(build, "TopicPools", lambda: TopicPools(size=size))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((Path(__file__).resolve().parent / "devset" / "held").glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    read = _counting_reads(monkeypatch)
    cache = tmp_path / "analysis.sqlite"
    fresh = analyze_corpus(corpus, tools=tools, cache_path=cache)
    taxonomy = tools.classifier.taxonomy
    whole = tuple(analyze_article(doc, tools) for doc in load_corpus(corpus)[0])
    candidates = [c for a in whole for c in a.candidates]
    topics = {c.topic for c in candidates}
    assert len(topics) >= 3 and len(candidates) >= 8 * size * len(topics), "many more candidates than pooled"
    assert 0 < len(read) == len(set(read)) <= size * len(topics)
    pools = TopicPools(size=size)
    for a in whole:
        pools.offer(a)
    by_id = {a.id: a for a in whole}
    expected = select_items({t.slug: rank_topic(pools.best(t.slug), by_id, t.slug) for t in taxonomy.topics},
                            taxonomy.rules)
    assert fresh.summaries == expected
    assert any(c.speaker for t in topics for c in pools.best(t)), "the pooled sentences compared have speakers"
    read.clear()
    (tmp_path / "ranked.pickle").unlink()  # (ranked again: from the claims the cache kept)
    again = analyze_corpus(corpus, tools=tools, cache_path=cache)
    assert read == [] and again.summaries == expected
    quoted = next(iter(expected["education"])).statement.sources[0]
    edited = corpus / Path(next(a.file for a in fresh.articles if a.id == quoted.article)).name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nВ Омске открылась новая школа на 600 мест.\n",
                      encoding="utf-8")
    after = analyze_corpus(corpus, tools=tools, cache_path=cache)
    assert read and {c.article for c in read} == {quoted.article}
    assert after.summaries == analyze_corpus(corpus, tools=tools).summaries


def test_a_sentence_whose_claim_cannot_be_read_is_reported_and_the_summaries_still_built(tools, tmp_path,
                                                                                         monkeypatch):
    import digest.build as build
    from digest.build import analyze_corpus
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((Path(__file__).resolve().parent / "devset" / "held").glob("*.txt"))[:12]:
        (corpus / path.name).write_bytes(path.read_bytes())
    real = build.read_statements
    read = []

    def failing(sentences, published, tools):
        read.append(sentences[0][0].article)
        if len(read) == 1:
            raise ValueError("a model failed")
        return real(sentences, published, tools)
    monkeypatch.setattr(build, "read_statements", failing)
    analysis = analyze_corpus(corpus, tools=tools)
    assert len(read) >= 5 and sum(len(items) for items in analysis.summaries.values()) >= 5
    problems = [p for p in analysis.problems if "claims" in p.message]
    broken = next(a.file for a in analysis.articles if a.id == read[0])
    assert [(p.path, p.severity) for p in problems] == [(broken, "warning")]
    assert "ValueError: a model failed" in problems[0].message


def test_worker_processes_read_the_same_claims_as_this_process(tools, tmp_path):
    """The build reads the pooled candidates' claims in its worker processes when it started them for the
    analysis: the summaries are those of one process with the models loaded."""
    from digest.build import MIN_PARALLEL, analyze_corpus
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((Path(__file__).resolve().parent / "devset" / "held").glob("*.txt"))[:MIN_PARALLEL + 4]:
        (corpus / path.name).write_bytes(path.read_bytes())
    alone = analyze_corpus(corpus, tools=tools)
    parallel = analyze_corpus(corpus, workers=2)
    assert sum(len(items) for items in alone.summaries.values()) >= 20
    assert parallel.summaries == alone.summaries


def test_a_build_whose_pools_did_not_change_does_not_rank_them_again(tools, tmp_path, monkeypatch):
    """Ranking a topic compares the claims of its best candidates; a build after an edit that left the pools as
    they were takes the last ranking (kept beside the cache); an edit that changes a pool ranks it again. Either
    way the summaries are those of a build without a cache."""
    import digest.summarize as summarize
    from digest.analyze import analyze_article
    from digest.build import analyze_corpus
    from digest.load import load_corpus
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((Path(__file__).resolve().parent / "devset" / "held").glob("*.txt"))[:24]:
        (corpus / path.name).write_bytes(path.read_bytes())
    ranked = []
    real = summarize.rank_topic

    def counting(pool, by_id, topic, guard=summarize.RAISE):
        ranked.append(topic)
        return real(pool, by_id, topic, guard)
    monkeypatch.setattr(summarize, "rank_topic", counting)
    cache = tmp_path / "cache" / "analysis.sqlite"
    first = analyze_corpus(corpus, tools=tools, cache_path=cache)
    topics = len(ranked)
    assert topics >= 3 and sum(len(items) for items in first.summaries.values()) >= 10
    ranked.clear()
    assert analyze_corpus(corpus, tools=tools, cache_path=cache).summaries == first.summaries and ranked == []
    quoted = next(iter(first.summaries["education"])).statement
    article = next(a for a in first.articles if a.id == quoted.sources[0].article)
    path = corpus / Path(article.file).name
    text = path.read_text(encoding="utf-8")
    before = {d.file: analyze_article(d, tools) for d in load_corpus(corpus)[0]}[article.file]
    assert quoted.text[:40] in text
    first_word, rest = quoted.text[:40].split(" ", 1)  # (the same sentence, in other words: its citation stays)
    path.write_text(text.replace(quoted.text[:40], f"{first_word} также {rest}", 1), encoding="utf-8")
    edited = analyze_corpus(corpus, tools=tools, cache_path=cache)
    # (the topics ranked again: those where the edited article has a candidate, before or after the edit)
    after = {d.file: analyze_article(d, tools) for d in load_corpus(corpus)[0]}[article.file]
    assert sorted(ranked) == sorted({c.topic for c in before.candidates + after.candidates}) and "education" in ranked
    assert len(ranked) < topics
    assert edited.summaries == analyze_corpus(corpus, tools=tools).summaries != first.summaries
