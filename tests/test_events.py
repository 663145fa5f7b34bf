"""Events on the site: merged across articles, split into upcoming and past, labelled readably."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from digest.build import DEFAULT_ENTITIES, build_timeline
from digest.config import load_texts
from digest.entities import load_known_names, scope_keys
from digest.excerpts import fold_name, name_keys, shorten
from digest.group import merge_events, ref, split_events
from digest.render import event_label
from tests.helpers import make_article

TEXTS = {"months_genitive": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                             "октября", "ноября", "декабря"],
         "months": ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
                    "Ноябрь", "Декабрь"], "year_word": "год", "years_word": "годы"}
SCOPE = scope_keys(load_known_names(DEFAULT_ENTITIES), fold_name)


def views(articles):
    refs = {a.id: ref(a) for a in articles}
    langs = {(a.id, p.anchor): p.lang for a in articles for p in a.paragraphs}
    return merge_events([e for e in build_timeline(tuple(articles)) if e.kind == "event"], refs, langs, SCOPE)


def test_one_event_reported_in_two_languages_is_one_entry_with_both_sources(tools):
    kk = make_article(tools, "kk", "2025-03-01", "Мемлекет басшысы Қасым-Жомарт Тоқаев 14-15 наурызда Омбыға барады.")
    ru = make_article(tools, "ru", "2025-03-02", "Касым-Жомарт Токаев посетит Омск 14–15 марта.")
    other = make_article(tools, "other", "2025-03-02", "Форум ректоров в Караганде пройдет 14–15 марта.")
    events = views([kk, ru, other])
    assert len(events) == 2
    visit = next(e for e in events if len(e.sources) == 2)
    assert {s.article.id for s in visit.sources} == {"kk", "ru"}
    assert visit.lang == "ru" and visit.sentence.startswith("Касым-Жомарт Токаев посетит Омск")
    assert (visit.start, visit.end) == (date(2025, 3, 14), date(2025, 3, 15))


def test_two_events_of_one_article_on_the_same_day_stay_apart(tools):
    a = make_article(tools, "a", "2025-03-01", "Президент Токаев прибудет в Москву 5 апреля.",
                     "В тот же день 5 апреля в Уральске откроется форум ректоров.")
    assert len(views([a])) == 2


def layout(years) -> list[tuple[int, list[int]]]:
    """(year, its months) of a part of the timeline (month 0: events dated only by the year)."""
    return [(y.year, [m.month for m in y.months]) for y in years]


def test_upcoming_and_past_relative_to_the_newest_article(tools):
    a = make_article(tools, "a", "2025-05-10", "Саммит СНГ пройдет в Душанбе в октябре.",
                     "В 2023 году товарооборот вырос на 10%.", "Вчера в Омске открыли филиал университета.")
    events = split_events(views([a]), date(2025, 5, 10))
    assert layout(events.upcoming) == [(2025, [10])]
    assert layout(events.past) == [(2025, [5]), (2023, [0])]


@pytest.mark.parametrize("start, end, precision, label", [
    (date(2025, 11, 12), None, "day", "12 ноября 2025"),
    (date(2025, 11, 11), date(2025, 11, 12), "day", "11–12 ноября 2025"),
    (date(2025, 11, 30), date(2025, 12, 2), "day", "30 ноября — 2 декабря 2025"),
    (date(2025, 12, 30), date(2026, 1, 2), "day", "30 декабря 2025 — 2 января 2026"),
    (date(2025, 12, 1), None, "month", "декабрь 2025"),
    (date(2025, 1, 1), None, "year", "2025 год"),
    (date(2019, 1, 1), date(2021, 1, 1), "year", "2019–2021 годы"),
])
def test_event_label(start, end, precision, label):
    assert event_label(start, end, precision, TEXTS) == label


def test_long_sentences_are_shortened_around_the_date():
    sentence = ("Вступление " * 30) + "в конце декабря пройдет саммит " + ("и ещё слова " * 30)
    short = shorten(sentence, "в конце декабря", limit=120)
    assert "в конце декабря" in short and short.startswith("…") and short.endswith("…") and len(short) <= 122
    assert shorten("– Короткое предложение.", "x") == "Короткое предложение."


def test_names_are_folded_across_kazakh_and_russian_spelling():
    assert {"касым", "токае", "омбыг"} <= name_keys("Мемлекет басшысы Қасым-Жомарт Тоқаев Омбыға барады.")
    assert "токае" in name_keys("Вчера Касым-Жомарт Токаев прибыл.")
    # the digest's scope (the countries entities.yml marks `scope: true`, in every form) is no evidence
    assert not name_keys("Казахстан и Россия подписали соглашение.", SCOPE)
    assert not name_keys("Республика Казахстан и Российская Федерация подписали соглашение.", SCOPE)
    assert not name_keys("Қазақстан Республикасы мен Ресей Федерациясы келісімге қол қойды.", SCOPE)
    assert name_keys("Казахстан и Китай подписали соглашение.", SCOPE) == {"китай"}


def test_scope_names_come_from_the_known_names_list():
    from digest.entities import KnownEntity, KnownNames
    known = KnownNames((KnownEntity("uzbekistan", "Узбекистан", "place", True, {"ru": ("Узбекистан",), "kk": ("Өзбекстан",)}),
                        KnownEntity("putin", "Путин", "person", False, {"ru": ("Путин",), "kk": ("Путин",)})))
    scope = scope_keys(known, fold_name)
    assert scope == {"узбек", "озбек"}  # only the entity marked scope, in both languages
    assert name_keys("Узбекистан и Путин", scope) == {"путин"}


def test_long_text_without_a_space_is_shortened_around_the_date_too():
    # with no space to cut at, the "window" was the whole paragraph, thousands of characters long
    text = "中国哈萨克斯坦" * 300 + " 12\u00a0ноября" + "\u00a0газ" * 500
    short = shorten(text, "12\u00a0ноября")
    assert len(short) <= 222 and "12\u00a0ноября" in short and short.startswith("…") and short.endswith("…")


# -- parts of a year and open-ended spans (issue 12), labelled with the site's own texts
SITE_TEXTS = load_texts(Path(__file__).resolve().parent.parent / "templates" / "texts.yml")


@pytest.mark.parametrize("start, precision, direction, label", [
    (date(2024, 1, 1), "half", None, "I полугодие 2024"),
    (date(2024, 7, 1), "half", None, "II полугодие 2024"),
    (date(2025, 7, 1), "quarter", None, "III квартал 2025"),
    (date(2026, 6, 1), "season", None, "лето 2026"),
    (date(2025, 12, 1), "season", None, "зима 2025–2026"),
    (date(2020, 1, 1), "decade", None, "2020-е годы"),
    (date(2028, 1, 1), "year", "until", "до 2028 года"),
    (date(2015, 1, 1), "year", "since", "с 2015 года"),
    (date(2027, 1, 1), "year", "by", "к 2027 году"),
    (date(2026, 3, 15), "day", "until", "до 15 марта 2026"),
    (date(2026, 1, 1), "day", "since", "с 1 января 2026"),
    (date(2026, 3, 1), "month", "by", "не позднее марта 2026"),
    (date(2024, 1, 1), "half", "since", "с I полугодия 2024"),
    (date(1990, 1, 1), "decade", "since", "с 1990-х годов"),
])
def test_periods_and_open_spans_are_said_in_words(start, precision, direction, label):
    assert event_label(start, None, precision, SITE_TEXTS, direction) == label


def test_a_target_by_a_year_is_upcoming_under_that_year_and_a_start_since_a_year_is_past_under_it(tools):
    a = make_article(tools, "a", "2025-05-10", "К 2028 году мощность станции удвоится.",
                     "С 2015 года объем инвестиций вырос вдвое.", "В третьем квартале 2024 года экспорт вырос.")
    events = split_events(views([a]), date(2025, 5, 10))
    assert layout(events.upcoming) == [(2028, [0])]
    assert layout(events.past) == [(2024, [0]), (2015, [0])]
    by = events.upcoming[0].months[0].events[0]
    assert (by.precision, by.direction) == ("year", "by")


@pytest.mark.parametrize("line", [
    "АСТАНА, 12 ноября. /Казинформ/ – Министры энергетики обсудили поставки газа.",
    "12.11.2025 14:05 Министры энергетики обсудили поставки газа.",
    "АСТАНА. 12 ноября 2025 года. KAZINFORM – Министры энергетики обсудили поставки газа.",
])
def test_a_dateline_that_is_the_publication_day_is_no_event(tools, line):
    a = make_article(tools, "a", "2025-11-12", "Газ для севера", line, "Соглашение подписано 11 ноября в Москве.")
    assert [e.start for e in a.events] == [date(2025, 11, 11)]


def test_the_publication_day_named_in_the_text_is_an_event(tools):
    a = make_article(tools, "a", "2025-11-12", "Газ для севера",
                     "Министры энергетики 12 ноября подписали соглашение о поставках газа.")
    assert [e.start for e in a.events] == [date(2025, 11, 12)]


def test_the_data_export_gives_each_event_its_period_direction_and_label(tools):
    import json

    from digest.build import build_timeline as timeline_of
    from digest.export import export_json
    from digest.model import Rules, Taxonomy
    a = make_article(tools, "a", "2025-05-10", "К 2028 году мощность станции удвоится.",
                     "В первом полугодии 2024 года экспорт вырос на 5%.")
    data = json.loads(export_json(Taxonomy(topics=(), rules=Rules(weights=())), (a,), {}, timeline_of((a,)), SITE_TEXTS))
    events = {e["phrase"]: e for e in data["timeline"] if e["kind"] == "event"}
    by = next(e for p, e in events.items() if "2028" in p)
    half = next(e for p, e in events.items() if "полугоди" in p)
    assert (by["date"], by["precision"], by["direction"], by["label"]) == ("2028", "year", "by", "к 2028 году")
    assert (half["date"], half["period"], half["precision"], half["direction"], half["label"]) == (
        "2024-01", "2024-H1", "half", None, "I полугодие 2024")


def test_events_as_the_analysis_read_them_merge_and_show_as_when_read_at_merging(tools):
    """The analysis finds each event's name keys and where the timeline cuts its sentence, once (merging the
    events of a corpus read every sentence again at every build): the merged events and their sentences are
    those of reading them at merging."""
    from dataclasses import replace
    from digest.build import analyze_corpus
    analysis = analyze_corpus(Path(__file__).resolve().parent / "devset" / "held", tools=tools)
    entries = [e for e in analysis.timeline if e.kind == "event"]
    assert all(e.names is not None for e in entries) and sum(e.window is not None for e in entries) >= 5
    refs = {a.id: ref(a) for a in analysis.articles}
    langs = {(a.id, p.anchor): p.lang for a in analysis.articles for p in a.paragraphs}
    read = merge_events(entries, refs, langs, analysis.scope)
    again = merge_events([replace(e, window=None, names=None) for e in entries], refs, langs, analysis.scope)
    assert read == again
    assert any(len(v.sources) > 1 for v in read) and any(v.sentence.startswith("…") for v in read)


def _merged_by_definition(entries, refs, scope):
    """The merge rule said plainly, comparing each event with every group of its date: in order (date, article
    date, article, paragraph), an event joins the first group of its date (and end, precision, direction) whose
    first event shares two names with it and comes from another article; else it opens a group."""
    groups = []
    for e in sorted(entries, key=lambda e: (e.date, refs[e.article].date, e.article, int(e.anchor[1:]))):
        names = name_keys(e.sentence, scope)
        home = next((g for g in groups if (g[0].date, g[0].end, g[0].precision, g[0].direction) ==
                     (e.date, e.end, e.precision, e.direction) and g[0].article != e.article
                     and len(names & name_keys(g[0].sentence, scope)) >= 2), None)
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    return [[(e.article, e.anchor, e.phrase) for e in g] for g in groups]


_NAMES = ["Москва", "Астана", "Токаев", "Путин", "Росатом", "Газпром", "Алматы", "Омск"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 3), st.sets(st.sampled_from(_NAMES), max_size=5),
                          st.sampled_from(["year", "day"])), max_size=40))
def test_events_merge_as_the_rule_says(raw):
    """Events of a few articles, dates and names in every combination: the merged events are those the rule,
    applied to every pair of event and group, makes."""
    from digest.group import ArticleRef
    from digest.model import TimelineEntry
    entries = [TimelineEntry(date(2024, 1, day) if precision == "day" else date(2024, 1, 1), "event", f"a{article}",
                             f"p{n + 1}", "x", precision, sentence="В рамках встречи " + " и ".join(sorted(names)) + ".")
               for n, (article, day, names, precision) in enumerate(raw)]
    refs = {f"a{i}": ArticleRef(f"a{i}", "", date(2024, 2, 6 - i), None, "ru", (), "") for i in range(6)}
    views = merge_events(entries, refs, {}, frozenset(), files={})
    got = [[(s.article.id, s.anchor, s.phrase) for s in v.sources] for v in views]
    # (a view lists the Russian source first, and none is Russian here: its sources are in the group's order)
    assert sorted(got) == sorted(_merged_by_definition(entries, refs, frozenset()))
