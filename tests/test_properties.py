"""Property-based tests: arbitrary bytes and text never raise anything but the project's own error; generated
article texts go through every stage (and a real `mkdocs build --strict`) without an error or a warning."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import warnings
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from digest.analyze import analyze_article
from digest.build import DEFAULT_ENTITIES, ROOT, build_timeline
from digest.config import load_texts
from digest.entities import load_known_names, merge_names, scope_keys
from digest.errors import ArticleError, DigestError
from digest.export import export_json
from digest.feeds import NOT_XML
from digest.excerpts import SENTENCE_MAX, fold_name
from digest.group import group_site, sentence_segments
from digest.load import body_lines, load_corpus, parse_date, read_article
from digest.model import SourceDoc
from digest.related import related_articles
from digest.render import render_site
from digest.structure import SHORT_TITLE
from digest.summarize import summarize_topics
from digest.urls import page_url
from tests.conftest import copy_project
from tests.helpers import site_data

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
        assert all(p.severity in ("warning", "note") for p in problems)  # a long line is split, with a note
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


# -- the whole pipeline on generated article texts ---------------------------------------------------------
# Articles are made of domain-like sentences (ru, kk) whose parts are drawn from what broke or could break
# later stages: odd figures and units, impossible and far-off dates, mixed scripts and invisible characters,
# names, quotes, and text that looks like Markdown, HTML or Jinja. Every stage must take them as text.

CLOSE_FIGURES = ["0", "5", "6", "7", "8", "10", "12", "64", "70", "1,5", "2"]  # rivals: within a factor of two
FIGURES = ["0", "0,0", "0.0", "00", "-5", "−5", "– 5", "1e308", "1e-308", "100000000000000000000", "9" * 40,
           "1" + "0" * 400, "1 000 000", "1 000", "1,5", "0,5", "2,0", "10–0", "5-7", "0–0", "7–5", "3,5–4",
           "½", "٣", "１２", "1.000.000", "1,000,000", "0,000001", "64", "70", "5", "10", "1200"]
RU_UNITS = ["тысяч тонн", "тыс. тонн", "млн кубометров", "млрд долларов", "трлн тенге", "%", "процентов",
            "процента", "миллионов рублей", "миллиардов", "студентов", "", "тысяч", "млн", "мест"]
MAIN_UNITS = {"ru": ["тысяч тонн", "тыс. тонн", "млн кубометров", "%"], "kk": ["мың тонна", "пайыз", "%"]}
KK_UNITS = ["мың тонна", "пайыз", "%", "млн текше метр", "млрд доллар", "миллиард теңге", "мың", "студент", ""]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
RU_DATES = ["1 января 0001 года", "31 декабря 9999 года", "31 февраля 2025 года", "30 февраля", "29 февраля",
            "29 февраля 2100 года", "12–11 ноября", "11–12 ноября", "12–12 ноября", "30–31 февраля",
            "31 декабря – 1 января", "с 2025 по 2019 год", "с 2019 по 2025 год", "2099–1900 годах",
            "в 0001 году", "в 9999 году", "в 2099 году", "в 1900 году", "через 9999 лет", "10000 лет назад",
            "через 99 лет", "99 лет назад", "через 99 месяцев", "99 месяцев назад", "через 99 недель",
            "99 недель назад", "через 99 дней", "99 дней назад", "через год", "год назад", "в декабре 2099 года",
            "в январе 1900 года", "в декабре", "в январе", "31.12.9999", "31.12.2099", "01.01.1900", "00.00.2000",
            "2099-12-31", "1900-01-01", "2025-02-30", "завтра", "послезавтра", "вчера", "позавчера", "сегодня",
            "на следующей неделе", "на прошлой неделе", "в следующем месяце", "в прошлом месяце",
            "в следующем году", "в позапрошлом году", "в воскресенье", "в прошлый понедельник",
            "в следующую пятницу", "в конце декабря", "в начале января", "в 2025-м", "в 99 году"]
KK_DATES = ["9999 жылы", "0001 жылы", "2099 жылы", "1900 жылы", "31 ақпанда", "30 ақпан", "2099 жылы 31 желтоқсанда",
            "1900 жылы 1 қаңтарда", "30–31 ақпан", "2025 жылғы 12–11 қараша", "99 жыл бұрын", "99 жыл кейін",
            "99 ай бұрын", "99 ай кейін", "99 күн кейін", "99 апта бұрын", "он жыл кейін", "келесі жылы",
            "былтыр", "ертең", "кеше", "бүгін", "келесі аптада", "өткен айда", "келесі айда", "жексенбі күні",
            "келесі дүйсенбі күні", "2099–1900 жылдары", "желтоқсан айында", "қазан айының соңында"]
NAMES = ["Касым-Жомарт Токаев", "Тоқаев", "Токаева", "Токаевым", "Путин", "Владимир Путин", "Путиным",
         "Қасым-Жомарт Тоқаев", "Мишустин", "Олжас Бектенов", "Нурсултан Назарбаев", "Алмасадам Саткалиев",
         "Газпром", "ЕАЭС", "КТК", "ШОС", "Евразийский банк развития", "Index", "Archive", "Timeline", "Астана",
         "Москва", "Омбы", "Костанай", "Ресей", "Казахстан", "Россия", "Жан-Поль Сартр", "O'Brien", "Д'Артаньян"]
NOISE = ["Gazprom", "KazMunayGas", "Қазақстан", "әғқңөұүһі", "ӘҒҚҢӨҰҮҺІ", "السلام عليكم", "كازاخستان",
         "中国", "哈萨克斯坦", "🇰🇿🇷🇺", "🔥", "👨\u200d👩\u200d👧", "е\u0301", "a\u0308\u0308\u0308", "\u200f", "\u200e",
         "\u202e", "\u2066x\u2069", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00a0", "\u202f", "\u00ad",
         "\u2028", "Ⅻ", "１２３", "٣٤", "²", "№", "§", "…", "—", "–", "‐", "«", "»", "„", "“", "”", "\"", "'", "`",
         "ё", "Ё", "ǅ", "ß", "İ", "ﬁ", "Σ", "\\", "/", "&", "&amp;", "&#60;", "%", "$", "@", "~", "^", "*", "_",
         "\x96", "\x85", "\x9f", "\ufffe", "\uffff", "\U0010ffff", "\ue000",  # C1 controls, non-characters
         "\U00017000", "Газ\U00018aff", "Index\U00017001"]  # letters unicodedata cannot name (Tangut)
MARKUP = ["# x", "## Заголовок", "---", "***", "!!! note", "!!! warning \"Внимание\"", "??? tip", "{{ x }}",
          "{{ config.site_name }}", "{% raw %}", "{% endraw %}", "{% include 'base.html' %}", "{#", "#}",
          "<script>alert(1)</script>", "<script>", "</p>", "<img src=x onerror=alert(1)>", "<!--", "-->",
          "<iframe src=x>", "<b>жирный</b>", "</textarea>", "]]>", "<![CDATA[", "[link](javascript:x)",
          "[ссылка](javascript:alert(1))", "![img](x.png)", "<https://evil.example>", "|a|b|", "| --- |", "```",
          "~~~", "    код", "> цитата", "* пункт", "1. пункт", "--8<-- \"/etc/passwd\"", "[^1]", "*курсив*",
          "**жирный**", "__x__", "{: #evil onclick=\"x\" }", "{#evil}", ":material-alert:", "&lt;script&gt;",
          "$$x$$", "\\(x\\)", "[[x]]", "<details>", "</div>", "<", ">", "{", "}", "}}", "{{", "%}"]
# markup the templates never write themselves: in a page it could only come from an article, unescaped
LIVE_MARKUP = ["<script", "<img", "<iframe", "<!--", "<![cdata[", "</textarea", "<b>жирный", "<https://evil"]
QUOTES = [("«", "»"), ("\"", "\""), ("„", "“"), ("“", "”"), ("«", ""), ("", "»"), ("„", ""), ("\"", ""),
          ("«„", "“»"), ("'", "'")]
RU_TEMPLATES = [
    "{name} заявил, что {date} поставки газа в Казахстан составили {fig} {unit}",
    "Поставки газа {date} составили {fig} {unit}",
    "Товарооборот между Казахстаном и Россией {date} достиг {fig} {unit}, сообщил {name}",
    "По словам {name}, экспорт нефти через КТК вырос на {fig} {unit} {date}",
    "{date} в Астане прошло заседание межправкомиссии, где {name} и {name2} подписали соглашение о строительстве "
    "ТЭЦ стоимостью {fig} {unit}",
    "Число казахстанских студентов в российских вузах {date} превысило {fig} {unit}",
    "Перевозки зерна по железной дороге {date} составили {fig} {unit} — {quote}",
    "{quote} — сказал {name} {date}",
    "Министр энергетики {name} отметил: {date} планируется запуск газопровода мощностью {fig} {unit}",
    "Фестиваль казахской культуры в Москве пройдет {date}, в нем примут участие {fig} {unit} артистов",
    "Тарифы на электроэнергию выросли на {fig} {unit} {date}, сообщает {name}",
    "{name} и {name2} договорились {date} открыть в Костанае филиал университета на {fig} {unit}",
    "В {name} отметили, что инвестиции России в экономику Казахстана {date} составили {fig} {unit}",
    "Президент {name} посетит {name2} {date}",
    "Компания {name} {date} подписала с {name2} соглашение о поставках {fig} {unit} газа",
]
KK_TEMPLATES = [
    "{name} {date} Ресейге {fig} {unit} астық экспортталғанын хабарлады",
    "Қазақстан мен Ресей арасындағы тауар айналымы {date} {fig} {unit} құрады",
    "{date} Астанада үкіметаралық комиссияның отырысы өтті, {name} газ құбыры туралы келісімге қол қойды",
    "Мұнай экспорты {date} {fig} {unit} өсті, деді {name}",
    "Ресей университеттерінде {date} {fig} {unit} қазақстандық студент оқиды",
    "Электр энергиясы тарифтері {date} {fig} {unit} артты, деп хабарлайды {name}",
    "{quote} — деді {name} {date}",
    "{name} мен {name2} {date} Қостанайда университет филиалын ашуға келісті",
]
# one measure in other words: different figures for it are rivals, shown side by side in a summary
RIVAL_TEMPLATES = {
    "ru": ["Поставки газа {date} составили {fig} {unit}",
           "По данным {name}, Россия экспортировала в Казахстан {fig} {unit} газа через газопровод {date}",
           "Объём транзита российского газа по трубопроводу {date} вырос до {fig} {unit}",
           "{name} сообщил, что газопровод Бухара — Урал {date} перекачал {fig} {unit} топлива"],
    "kk": ["Ресейден Қазақстанға {date} {fig} {unit} газ жеткізілді",
           "{name} газ құбыры арқылы {date} {fig} {unit} отын тасымалданғанын хабарлады"],
}
ENDINGS = [".", ".", ".", "!", "?", "…", "", ".»", "?!", "...", ";"]
EXTRA_LINES = ["Фото: Акорда", "Читайте также: газ и нефть", "Редакция сайта ТАСС", "Новости", "Мақала", "©",
               "АСТАНА. KAZINFORM — Газ", "МОСКВА, 12 ноября. /ТАСС/.", "Сурет: Ақорда", "Экономика", "-",
               "–", "x", "1", "«", "Ok", ".", "...", "# #", "## ##", "АСТАНА. KAZINFORM — .", ", передает ТАСС.",
               "中国哈萨克斯坦" * 300, "https://example.kz/" + "a" * 2000]
PUBLISHED_EDGES = [date(1, 1, 1), date(1, 1, 2), date(1, 12, 31), date(999, 12, 31), date(1991, 1, 1),
                   date(2000, 2, 29), date(9999, 12, 31), date(9999, 12, 30), date(9999, 1, 1), date(9998, 12, 31)]
LATEST_ORDINARY = date(2026, 11, 1)  # not in the future on any day these tests run (the loader warns about that)


@st.composite
def figures(draw):
    return draw(st.one_of(st.sampled_from(CLOSE_FIGURES), st.sampled_from(FIGURES),
                          st.integers(-10**6, 10**24).map(str),
                          st.decimals(0, 10**6, places=2, allow_nan=False).map(lambda d: str(d).replace(".", ","))))


def units(lang):
    return st.one_of(st.sampled_from(MAIN_UNITS[lang]), st.sampled_from(KK_UNITS if lang == "kk" else RU_UNITS))


@st.composite
def date_phrases(draw, lang):
    if lang == "kk":
        return draw(st.one_of(
            st.sampled_from(KK_DATES),
            st.builds("{} жылы {} {}да".format, st.integers(0, 10**4).map(lambda y: f"{y:04d}"),
                      st.integers(0, 40), st.sampled_from(KK_MONTHS)),
            st.builds("{} {}".format, st.integers(0, 99), st.sampled_from(KK_MONTHS))))
    return draw(st.one_of(
        st.sampled_from(RU_DATES),
        st.builds("{} {} {} года".format, st.integers(0, 40), st.sampled_from(RU_MONTHS),
                  st.integers(0, 10**4).map(lambda y: f"{y:04d}")),
        st.builds("{}–{} {}".format, st.integers(0, 40), st.integers(0, 40), st.sampled_from(RU_MONTHS)),
        st.builds("через {} {}".format, st.integers(0, 99), st.sampled_from(["лет", "года", "месяцев", "дней",
                                                                            "недели"])),
        st.builds("{} {} назад".format, st.integers(0, 99), st.sampled_from(["лет", "месяцев", "дней", "недель"]))))


invented_names = st.builds(
    lambda first, rest: first + rest, st.sampled_from("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯӘҒҚҢӨҰҮҺІABCDEFGHKLMNOPRSTZ"),
    st.text("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіabcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12))
names = st.one_of(st.sampled_from(NAMES), invented_names,
                  st.builds("{} {}".format, invented_names, st.sampled_from(["Токаев", "Путин", "Иванов", "Ұлы"])))


@st.composite
def quotes(draw, lang):
    opening, closing = draw(st.sampled_from(QUOTES))
    inner = draw(st.sampled_from(["Мы договорились о газе", "Это важный шаг", "Газ будет", "Біз келістік",
                                  "Бұл маңызды қадам", ""]))
    return opening + inner + closing


@st.composite
def decorate(draw, text):
    """Mixed scripts, invisible characters and markup dropped between the words of a sentence."""
    words = text.split(" ")
    for _ in range(draw(st.integers(0, 3))):
        piece = draw(st.one_of(st.sampled_from(NOISE), st.sampled_from(MARKUP)))
        at = draw(st.integers(0, len(words)))
        glue = draw(st.sampled_from(["", " "]))
        if glue or not words:
            words.insert(at, piece)
        else:
            at = min(at, len(words) - 1)
            words[at] = words[at] + piece if draw(st.booleans()) else piece + words[at]
    return " ".join(words)


@st.composite
def sentences(draw, lang, frame=None):
    """One sentence from a template, or from a frame shared with other articles: the same sentence as
    another outlet wrote it, the same with other figures, or other words with a close figure of the
    same unit (a rival figure for the same measure)."""
    template, fills = frame if frame is not None else (draw(st.sampled_from(KK_TEMPLATES if lang == "kk"
                                                                              else RU_TEMPLATES)), {})
    lang = "kk" if template in KK_TEMPLATES + RIVAL_TEMPLATES["kk"] else "ru"
    parts = {"name": draw(names), "name2": draw(names), "date": draw(date_phrases(lang)),
             "fig": draw(figures()), "unit": draw(units(lang)),
             "quote": draw(quotes(lang))}
    use = draw(st.sampled_from(["same", "refigured", "rival"])) if fills else None
    if use == "same":
        parts.update(fills)
    elif use == "refigured":
        parts.update({k: v for k, v in fills.items() if k not in ("fig", "unit")})
    elif use == "rival":
        template = draw(st.sampled_from(RIVAL_TEMPLATES[lang]))
        unit = fills["unit"] if fills["unit"] in MAIN_UNITS[lang] else draw(st.sampled_from(MAIN_UNITS[lang]))
        parts.update(unit=unit, fig=draw(st.sampled_from(CLOSE_FIGURES)))
    text = template.format(**parts)
    if draw(st.integers(0, 3)) == 0:
        text = draw(decorate(text))
    return text + draw(st.sampled_from(ENDINGS))


@st.composite
def frames(draw):
    lang = draw(st.sampled_from(["ru", "ru", "kk"]))
    template = draw(st.sampled_from((KK_TEMPLATES if lang == "kk" else RU_TEMPLATES) + RIVAL_TEMPLATES[lang]))
    fills = {"name": draw(names), "name2": draw(names), "date": draw(date_phrases(lang)), "fig": draw(figures()),
             "unit": draw(units(lang)), "quote": draw(quotes(lang))}
    return template, fills


@st.composite
def long_sentences(draw, lang, max_chars):
    """Thousands of characters without a full stop."""
    clauses = []
    while sum(len(c) + 2 for c in clauses) < max_chars - 400:
        clauses.append(draw(sentences(lang)).rstrip(".!?…;»"))
        if len(clauses) >= 3 and draw(st.integers(0, 4)) == 0:
            break
    clauses += [draw(st.sampled_from(NOISE)) * draw(st.integers(1, 40))]
    return ", ".join(clauses)[:max_chars]


@st.composite
def paragraphs(draw, lang, shared, max_chars):
    kind = draw(st.sampled_from(["text"] * 6 + ["long", "long", "markup", "extra"]))
    if kind == "long":
        text = draw(long_sentences(lang, max_chars))
        # scraped text may have no-break spaces (or none at all) between its words
        return text.replace(" ", draw(st.sampled_from([" ", " ", "\u00a0", "\u202f", ""])))
    if kind == "markup":
        return draw(st.sampled_from(MARKUP)) + draw(st.sampled_from(["", " ", " x", " " + draw(sentences(lang))]))
    if kind == "extra":
        return draw(st.sampled_from(EXTRA_LINES))
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if shared and draw(st.booleans()):
            parts.append(draw(sentences(lang, draw(st.sampled_from(shared)))))
        else:
            parts.append(draw(sentences(lang)))
    return " ".join(parts)[:max_chars]


def as_line(text: str) -> str:
    """The paragraph as the loader reads it: one line, no control characters, stripped."""
    return re.sub(r"[\x00-\x1f\x7f]", "", text).strip()


METADATA_TEXTS = ["<script>alert(1)</script>", "</title><b onmouseover=alert(5)>Outlet</b>", "{{ config.site_name }}",
                  "# x", "---", "[link](javascript:x)", "&amp; &lt;", "Заголовок\x01\x1f", "Kazinform\x96",
                  "ТАСС\ufffe", "«Хабар»", "\u202eТАСС\u202c", "ҚазАқпарат", "title: x", "\"quoted\"", "'", "|a|b|"]
URLS = ["https://tass.ru/politika/25607377", "https://x.kz/a?b=1&c=2", "http://пример.рф/путь", "https://x.kz/{{x}}",
        "https://x.kz/#p1", "https://x.kz/%3Cscript%3E", "https://x.kz/`x`"]


@st.composite
def metadata(draw):
    """What corpus/_metadata.yml (or front matter) may say about an article: a title, an outlet, an address."""
    meta = {}
    if draw(st.integers(0, 2)) == 0:
        meta["title"] = draw(st.one_of(st.sampled_from(METADATA_TEXTS), sentences("ru")))
    if draw(st.integers(0, 2)) == 0:
        meta["source"] = draw(st.one_of(st.sampled_from(METADATA_TEXTS), names))
    if draw(st.integers(0, 3)) == 0:
        meta["url"] = draw(st.sampled_from(URLS))
    return meta


@st.composite
def corpora(draw, ordinary_dates=False, min_articles=2, max_articles=5, max_chars=6000):
    """Several articles (id, published, lines, markdown, metadata) sharing some sentences, so that the cross-article
    stages (near-duplicates, conflicting figures, events, related stories, names) have work to do."""
    shared = draw(st.lists(frames(), min_size=0, max_size=4))
    dates = st.dates(date(1991, 1, 1), LATEST_ORDINARY)
    if not ordinary_dates:
        dates = st.one_of(dates, dates, st.sampled_from(PUBLISHED_EDGES), st.dates())
    articles = []
    for n in range(draw(st.integers(min_articles, max_articles))):
        lang = draw(st.sampled_from(["ru", "ru", "kk", "mixed"]))
        lines = []
        if draw(st.booleans()):
            title = draw(decorate(draw(sentences(lang if lang != "mixed" else "ru")))).rstrip(".!?…;")
            lines.append(as_line(title))
        for _ in range(draw(st.integers(1, 5))):
            p_lang = draw(st.sampled_from(["ru", "kk"])) if lang == "mixed" else lang
            lines.append(as_line(draw(paragraphs(p_lang, shared, max_chars))))
        lines = [line for line in lines if line] or ["Газ."]
        articles.append((f"a{n}", draw(dates), lines, draw(st.booleans()), draw(metadata())))
    return articles


def source_doc(article_id: str, published: date, lines: list[str], markdown: bool, meta: dict | None = None
               ) -> SourceDoc:
    """The article as the loader makes it from a file with these lines (long ones split at sentence ends)
    and this metadata (one line of text each)."""
    file = f"{article_id}.{'md' if markdown else 'txt'}"
    paragraphs, _ = body_lines("\n".join(lines), 1, file)
    fields = {k: " ".join(str(v).split())[:500] for k, v in (meta or {}).items()}
    return SourceDoc(id=article_id, file=file, date=published, lines=paragraphs, markdown=markdown,
                     title=fields.get("title") or None, url=fields.get("url"), outlet=fields.get("source") or None)


def run_pipeline(tools, corpus):
    """Every stage after loading, chained as build.py chains them (without its guard: errors raise)."""
    docs = [source_doc(*article) for article in corpus]
    analysed = [analyze_article(doc, tools) for doc in docs]
    known_names = load_known_names(DEFAULT_ENTITIES)
    articles = merge_names(tuple(sorted(analysed, key=lambda a: (a.date, a.id))),
                           frozenset(e.key for e in known_names.entities))
    taxonomy = tools.classifier.taxonomy
    summaries = summarize_topics(articles, [t.slug for t in taxonomy.topics], taxonomy.rules)
    timeline = build_timeline(articles)
    related = related_articles(articles, {a.id: a.terms for a in articles})
    texts = load_texts(ROOT / "templates" / "texts.yml")
    site = group_site(taxonomy, articles, summaries, timeline, texts, related, scope_keys(known_names, fold_name))
    pages = render_site(site, ROOT / "templates")
    data = export_json(taxonomy, articles, summaries, timeline)
    return docs, articles, summaries, timeline, related, site, pages, data


def site_paths(site) -> list[str]:
    """Every page path the group stage made (the fixed pages, then one per view)."""
    return (["index.md", "timeline.md", "archive.md", "topics/index.md", "entities/index.md"]
            + [p.page for p in site.topic_pages] + [p.page for p in site.article_pages]
            + [e.page for e in site.entity_pages] + [p.page for p in site.list_pages])


def front_matter(page: str) -> dict:
    assert page.startswith("---\n"), page[:80]
    block = page[4:page.index("\n---\n", 4)]
    meta = yaml.safe_load(block)
    assert isinstance(meta, dict) and isinstance(meta.get("title"), str) and "\n" not in meta["title"]
    return meta


def check_pipeline(docs, articles, summaries, timeline, related, site, pages, data):
    """What every stage promises, whatever the text: every citation, anchor and event points into an article,
    page paths are unique, article text stays text (escaped, in raw HTML blocks), feeds and JSON parse."""
    by_id = {a.id: a for a in articles}
    assert sorted(by_id) == sorted(d.id for d in docs)
    for a in articles:
        source = next(d.lines for d in docs if d.id == a.id)
        assert [p.line for p in a.paragraphs] == [line.line for line in source]
        assert all(p.text in line.text for p, line in zip(a.paragraphs, source))
        assert a.title.strip() and "\n" not in a.title
        if not any(p.role == "title" for p in a.paragraphs) and next(d for d in docs if d.id == a.id).title is None:
            assert len(a.title) <= SHORT_TITLE + 1, a.title  # made from the lead: a short title
        anchors = {p.anchor for p in a.paragraphs}
        assert len(anchors) == len(a.paragraphs)
        assert all(m.anchor in anchors for m in a.mentions)
        for e in a.events:
            assert e.anchor in anchors and e.phrase and e.phrase in e.sentence
            assert e.end is None or e.end > e.start
    for slug, items in summaries.items():
        for item in items:
            for statement in (item.statement, *item.alternatives):
                assert statement.sources and len(set(statement.sources)) == len(statement.sources)
                for c in statement.sources:
                    paragraph = by_id[c.article].paragraph(c.anchor)
                    assert paragraph.role == "body"
                first = by_id[statement.sources[0].article].paragraph(statement.sources[0].anchor)
                assert statement.text in first.text  # quoted as written
    for entry in timeline:
        by_id[entry.article].paragraph(entry.anchor)
        assert entry.kind in ("published", "event")
    assert sum(e.kind == "published" for e in timeline) == len(articles)
    assert list(timeline) == sorted(timeline, key=lambda e: (e.date, e.kind != "published", e.article,
                                                             int(e.anchor[1:])))
    for article_id, found in related.items():
        assert article_id in by_id and article_id not in {r.article for r in found}
        assert all(r.article in by_id for r in found) and len({r.article for r in found}) == len(found)
    paths = site_paths(site)
    assert len(paths) == len(set(paths)), sorted(p for p in paths if paths.count(p) > 1)
    assert set(paths) <= set(pages)
    for view in site.article_pages:
        for event in view.events:
            assert len(event.sentence) <= SENTENCE_MAX + 2, event.sentence  # shortened around the date
            for s in event.sources:
                by_id[s.article.id].paragraph(s.anchor)
                assert len(s.sentence) <= SENTENCE_MAX + 2, s.sentence
    for entity in site.entity_pages:
        assert all(len(m.text) <= SENTENCE_MAX + 2 for m in entity.mentions), entity.key
    markup = [m for m in LIVE_MARKUP if any(m in line.text.lower() for d in docs for line in d.lines)]
    for view in site.article_pages:
        page = pages[view.page]
        body = page[page.index("\n---\n", 4) + 5:]  # after the front matter
        for p in view.article.paragraphs:
            # on its page, as escaped text in a raw HTML block (where Markdown does not apply); a body
            # paragraph's sentences each under its anchor, the text between them as it is
            shown = str(escape(p.text)) if p.role != "body" else "".join(
                f'<span id="{anchor}">{escape(text)}</span>' if anchor else str(escape(text))
                for anchor, text in sentence_segments(p))
            assert shown in page, (view.page, p.anchor)
            assert re.sub(r"<[^>]*>", "", shown) == str(escape(p.text))  # nothing of the text is lost or added
            if len(p.text) >= 12:  # (a shorter one may be any line of the template too)
                assert all(line.startswith("<") for line in body.splitlines() if shown in line), (view.page, p.anchor)
    for path, text in pages.items():
        if path.endswith(".md"):
            front_matter(text)
            lowered = text.lower()
            for literal in markup:
                assert literal not in lowered, (path, literal)
            assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', lowered)), path
        elif path.endswith(".xml"):
            feed = ET.fromstring(text.encode("utf-8"))
            ns = "{http://www.w3.org/2005/Atom}"
            for entry in feed.iter(f"{ns}entry"):
                article_id = entry.find(f"{ns}id").text.rsplit(":", 1)[1]
                assert entry.find(f"{ns}title").text == NOT_XML.sub("", by_id[article_id].title)
    exported = json.loads(data)
    assert [a["id"] for a in exported["articles"]] == [a.id for a in articles]
    for a, out in zip(articles, exported["articles"]):
        assert [p["text"] for p in out["paragraphs"]] == [p.text for p in a.paragraphs]
    for entry in exported["timeline"]:
        assert all(re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d) for d in (entry["date"], entry["end"] or "0000")), entry


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora())
@example([("a0", date(2025, 3, 1), ["Поставки газа составили 0 тысяч кубометров."], False),
          ("a1", date(2025, 3, 2), ["Экспорт российской нефти в Казахстан по нефтепроводу в прошлом году вырос до "
                                    "5 тысяч тонн, сообщил министр энергетики."], False)])
@example([("a0", date(9999, 12, 31), ["Переговоры пройдут завтра, через год и на следующей неделе.",
                                      "Газ 1 000 000 тонн в 9999 году и 31 декабря 9999 года."], False),
          ("a1", date(1, 1, 1), ["Вчера и 10 лет назад был газ на 1e308 млрд долларов.", "# x", "---"], True)])
@example([("a0", date(2025, 5, 1), ["Компания Index подписала соглашение о поставках газа в Костанай."], False),
          ("a1", date(2025, 5, 2), ["Директор компании Index приехал в Астану на переговоры о газе."], False)])
def test_every_stage_takes_any_article_text(tools, corpus):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = run_pipeline(tools, corpus)
    assert not caught, [f"{w.category.__name__}: {w.message}" for w in caught]
    check_pipeline(*results)


def write_corpus(folder: Path, corpus) -> Path:
    """The articles as files in the seed format: ' date YYYY-MM-DD ' and the text, one paragraph a line."""
    folder.mkdir(parents=True)
    metadata = {}
    for article_id, published, lines, markdown, *meta in corpus:
        name = f"{article_id}.{'md' if markdown else 'txt'}"
        (folder / name).write_text(f" date {published.isoformat()} " + "\n".join(lines) + "\n", encoding="utf-8")
        if meta and meta[0]:
            metadata[name] = meta[0]
    if metadata:
        (folder / "_metadata.yml").write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
    return folder


def check_built_site(site: Path) -> None:
    """The HTML MkDocs made: every paragraph of every article shown as its text, nothing live from it."""
    html = {p.relative_to(site).as_posix(): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            for p in site.rglob("*.html")}
    for name, soup in html.items():
        for tag in soup.find_all(True):
            for attr, value in tag.attrs.items():
                assert not attr.lower().startswith("on"), (name, tag.name, attr)
                values = value if isinstance(value, list) else [value]
                assert not any(str(v).strip().lower().startswith("javascript:") for v in values), (name, attr)
        content = soup.select_one(".md-content")
        if content is not None and not name.startswith("about/"):  # (the one hand-written page)
            # elements the templates never write: one could only come from article text
            for element in content.find_all(["script", "iframe", "img", "style", "object", "embed", "form", "input",
                                             "textarea", "em", "b", "i", "code", "pre", "hr"]):
                raise AssertionError(f"{name}: <{element.name}> from article text: {str(element)[:120]}")
    data = site_data(site)
    for article in data["articles"]:
        page = html[page_url(f"articles/{article['id']}.md") + "index.html"]  # (articles/index.md is articles/)
        for p in article["paragraphs"]:
            element = page.find(id=p["anchor"])
            assert element is not None, (article["id"], p["anchor"])
            assert " ".join(p["text"].split()) in " ".join(element.get_text().split()), (article["id"], p["anchor"])


HOSTILE_CORPUS = [
    ("ru", date(2025, 11, 12), [
        "Токаев и Путин обсудили <script>alert(1)</script> поставки газа",
        "Касым-Жомарт Токаев заявил, что 12–11 ноября поставки газа составили 0 тысяч тонн, а "
        "[ссылка](javascript:alert(1)) и <img src=x onerror=alert(2)> остаются текстом.",
        "# x", "---", "!!! note", "{{ config.site_name }} {% raw %} |a|b| ``` <!-- --> <iframe src=x>",
        "По словам Путина, 31 декабря 9999 года и 31 февраля 2025 года товарооборот достиг 1e308 млрд долларов, "
        "а через 9999 лет — 100000000000000000000 %" + ", и ещё \u200b\u202e\u200f\x96\ufffe🇰🇿 中国 السلام" * 60,
        "Компания Index подписала соглашение о поставках газа в Костанай."],
     False, {"title": "</title><script>alert(4)</script> \x96\ufffe", "source": "<b onmouseover=alert(5)>Outlet</b>",
             "url": "https://x.kz/a?b=1&c=2"}),
    ("kk", date(2025, 11, 13), [
        "Тоқаев 9999 жылы 31 ақпанда Ресейге 1 000 000 мың тонна астық экспортталғанын хабарлады.",
        "«Біз келістік — деді Тоқаев. **жирный** <b>жирный</b> *курсив* [link](javascript:x)"], False, {}),
    ("index", date(2025, 11, 14), ["Поставки газа составили 5 тысяч тонн, сообщил директор компании Index.",
                                   "Поставки газа составили 0,0 тысяч тонн, сообщил Index \x9f."], True,
     {"source": "Kazinform\x96"}),
]


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpora(ordinary_dates=True, min_articles=3, max_articles=5, max_chars=4000))
@example(HOSTILE_CORPUS)
def test_mkdocs_builds_generated_corpora_strictly(tmp_path_factory, corpus):
    texts = [tuple(" ".join(line.split()) for line in article[2]) for article in corpus]
    corpus = [article for n, article in enumerate(corpus) if texts[n] not in texts[:n]]  # no duplicate files
    tmp = tmp_path_factory.mktemp("generated")
    project = copy_project(tmp / "p", corpus=write_corpus(tmp / "corpus", corpus))
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"], cwd=project,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-4000:]
    assert "internal error" not in log and "Traceback" not in log, log[-4000:]
    assert not re.search(r"\w+Warning: ", log), log[-4000:]  # no Python warning either
    check_built_site(project / "site")
