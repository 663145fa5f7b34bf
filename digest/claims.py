"""What a sentence claims, and whether another sentence states the same claim.

A claim is read as its anchors — figures (normalised: «60 тыс.» = «60 000» = «60 мың», «2,4 ГВт» =
«2400 МВт»), named actors and places (through the entity resolver, so «Токаев» = «Тоқаев»), dates —
its polarity (planned or refused), and, within one language, its content words. Another sentence
states the same claim when it carries every anchor of the quote, nothing contradicts it (another
figure of the same unit, another date, another place, the opposite polarity) and, in the same
language, it shares enough of the quote's words; it states part of it when it carries some anchors
and contradicts none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import find_dates
from .summarize import content_keys

SAME, PARTLY, DIFFERENT = "same", "partly", "different"
MIN_WORDS_SHARED = 0.34  # same language: share of the quote's content words the source must have
MIN_ANCHORS_ACROSS = 2   # across languages, words cannot be compared: this many anchors must agree

NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?![\w])")
SCALES = {"тыс": 1e3, "тысяч": 1e3, "мың": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9,
          "трлн": 1e12, "триллион": 1e12}
WORD_NUMBERS = {"тысяча": 1e3, "тысячу": 1e3, "мың": 1e3, "миллион": 1e6, "миллиард": 1e9}
# units in both languages, to one name and one scale (ГВт = 1000 МВт)
UNITS = {
    "%": ("%", 1), "процент": ("%", 1), "пайыз": ("%", 1),
    "т": ("t", 1), "тонна": ("t", 1), "тонн": ("t", 1), "тонны": ("t", 1),
    "мвт": ("MW", 1), "мегаватт": ("MW", 1), "гвт": ("MW", 1000), "гигаватт": ("MW", 1000), "квт": ("MW", 0.001),
    "км": ("km", 1), "километр": ("km", 1), "шақырым": ("km", 1), "м": ("m", 1), "метр": ("m", 1),
    "руб": ("RUB", 1), "рубль": ("RUB", 1), "рублей": ("RUB", 1),
    "тенге": ("KZT", 1), "теңге": ("KZT", 1), "доллар": ("USD", 1), "долл": ("USD", 1), "$": ("USD", 1),
    "евро": ("EUR", 1), "кубометр": ("m3", 1), "текше": ("m3", 1),
    "место": ("seat", 1), "орын": ("seat", 1), "грант": ("seat", 1),
    "вагон": ("wagon", 1), "контейнер": ("container", 1), "дфэ": ("TEU", 1),
    "человек": ("person", 1), "адам": ("person", 1), "студент": ("student", 1), "школьник": ("pupil", 1),
    "оқушы": ("pupil", 1), "учитель": ("teacher", 1), "педагог": ("teacher", 1), "мұғалім": ("teacher", 1),
    "рейс": ("flight", 1), "поезд": ("train", 1), "пойыз": ("train", 1),
    "год": ("year", 1), "жыл": ("year", 1), "день": ("day", 1), "күн": ("day", 1),
}
NEGATION = {
    "ru": re.compile(r"\b(?:не|нет|откаж\w*|отказ\w*|отлож\w*|перенес\w*|перенос\w*|отмен\w*|приостанов\w*|"
                     r"заморож\w*|без участия)\b", re.IGNORECASE),
    "kk": re.compile(r"(?:\bемес\b|\bжоқ\b|бас тарт\w*|кейінге қалдыр\w*|тоқтатыл\w*|\w+(?:май|мей|бай|бей|пай|пей)"
                     r"(?:ды|ді|тын|тін|ған|ген|қан|кен|мыз|міз)\w*|\bсыз\b|қатысуынсыз)", re.IGNORECASE),
}
# titles that name one person whoever reports it (Kazakhstan's and Russia's heads of state)
TITLES = {
    "глава государства": "Касым-Жомарт Токаев", "мемлекет басшысы": "Касым-Жомарт Токаев",
    "президент казахстана": "Касым-Жомарт Токаев", "казахстанский лидер": "Касым-Жомарт Токаев",
    "қр президенті": "Касым-Жомарт Токаев", "президент россии": "Владимир Путин",
    "российский президент": "Владимир Путин", "ресей президенті": "Владимир Путин",
}
# who reports the claim, at the end of the sentence: «…, сообщил министр X», «…, – деді X»; the speaker
# is not part of the claim (another outlet may quote the same fact from someone else or no one)
SPEECH = re.compile(r"[,–—]\s*(?:[–—]\s*)?(?:\w+\s+){0,6}?(?:сообщил\w*|заявил\w*|отметил\w*|сказал\w*|"
                    r"рассказал\w*|подчеркнул\w*|пояснил\w*|уточнил\w*|добавил\w*|деді|айтты|хабарлады|"
                    r"атап өтті|мәлімдеді|түсіндірді)\b.*$|\bпо (?:словам|данным|сообщению)\b[^,]*,?",
                    re.IGNORECASE)
REFERENCE = date(2025, 6, 1)
ACADEMIC_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*[/–-]\s*(?:(?:19|20)?\d\d)\b")  # 2025/26, 2025–2026 учебный год  # resolves relative dates when a sentence comes without its article's date


@dataclass(frozen=True)
class Claim:
    """The anchors of a sentence's claim."""

    lang: str
    figures: frozenset[tuple[float, str]]  # (value in the unit's base, unit name or "")
    people: frozenset[str]                  # entity keys of people named in the claim (not its speaker)
    actors: frozenset[str]                  # entity keys of organisations
    places: frozenset[str]                  # entity keys of places (not the two countries)
    dates: tuple[tuple[date, date, str], ...]  # (start, end, precision)
    negative: bool
    words: frozenset[str]


UNIT_PREFIXES = sorted((k for k in UNITS if len(k) >= 3), key=len, reverse=True)


def _unit(words: list[str]) -> tuple[str, float]:
    for word in words[:2]:
        w = word.lower().strip(".,;:«»()")
        if w.startswith(("киловатт-", "квт·ч", "квт.ч", "квт-ч")):
            return "kWh", 1.0
        if w in UNITS:
            return UNITS[w]
        key = next((k for k in UNIT_PREFIXES if w.startswith(k)), None)
        if key:
            return UNITS[key]
        if w in SCALES or w[:3] in SCALES or w[:4] in SCALES:
            continue
        return w[:5], 1.0  # an unknown unit: its first letters
    return "", 1.0


def figures(text: str, masked: list[tuple[int, int]]) -> frozenset[tuple[float, str]]:
    """Numbers with their scale and unit, outside the spans of dates."""
    found = set()
    for m in NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in masked):
            continue
        value = float(re.sub(r"\D", "", m.group(1)) + ("." + m.group(2) if m.group(2) else ""))
        rest = text[m.end():].split()
        if rest and rest[0].startswith(("-", "–")):
            rest = rest[1:]
        if rest:
            head = rest[0].lower().rstrip(".,")
            scale = next((v for k, v in SCALES.items() if head.startswith(k)), None)
            if scale:
                value *= scale
                rest = rest[1:]
        if 1900 <= value <= 2100 and rest and rest[0].lower().startswith(("год", "жыл", "г.")):
            continue  # a year
        unit, factor = _unit(rest)
        if value <= 31 and not _known_unit(unit) and not m.group(2):
            continue  # a day of a month or an ordinal («с 14 по 18 октября», «қазанның 20-сында»)
        found.add((round(value * factor, 6), unit))
    low = text.lower()
    for word, value in WORD_NUMBERS.items():  # «тысячу мест» with no digits before it
        for m in re.finditer(rf"\b{word}\b", low):
            if not re.search(r"\d[\s\u00a0]*$", low[:m.start()]):
                unit, factor = _unit(low[m.end():].split())
                found.add((value * factor, unit))
    return frozenset(found)


def read_claim(text: str, lang: str, tools, published: date | None = None) -> Claim:
    """The anchors of one sentence."""
    dates = find_dates(text, lang, published or REFERENCE)
    masked = [(d.offset, d.offset + len(d.phrase)) for d in dates]
    academic = [(m.span(), int(m.group(1))) for m in ACADEMIC_YEAR.finditer(text)]
    masked += [span for span, _ in academic]
    speaker = SPEECH.search(text)
    if speaker and (speaker.start() > len(text) // 3 or speaker.group(0).lower().startswith("по ")):
        text_of_claim = text[:speaker.start()] + text[speaker.end():]  # «…, сообщил X», «по словам X, …»
    else:
        text_of_claim = text
    names = tools.entities.find(text_of_claim, lang)
    low = text.lower()
    known = {e.name: e.key for e in tools.entities.known.entities}
    titled = {known.get(n, n) for t, n in TITLES.items() if t in low}
    people = frozenset({k for k, _, kind, _ in names if kind == "person"} | titled)
    actors = frozenset(k for k, _, kind, scope in names if kind == "organization" and not scope)
    places = frozenset(k for k, _, kind, scope in names if kind == "place" and not scope)
    spans = tuple(_span(d) for d in dates if not any(s <= d.offset < e for (s, e), _ in academic))
    spans += tuple((date(y, 9, 1), date(y + 1, 8, 31), "academic-year") for _, y in academic)
    return Claim(lang, figures(text, masked), people, actors, places, spans,
                 bool(NEGATION[lang].search(text)),
                 content_keys(tools.lexicon.tokens(text, lang), lang))


def _span(d) -> tuple[date, date, str]:
    """A date mention as the whole period it names (a year: 1 January to 31 December)."""
    end = d.end or d.start
    if d.precision == "year":
        end = date(end.year, 12, 31)
    elif d.precision == "month":
        end = (date(end.year + 1, 1, 1) if end.month == 12 else date(end.year, end.month + 1, 1)) - timedelta(days=1)
    return d.start, end, d.precision


def _same_figure(f: tuple[float, str], others: frozenset[tuple[float, str]], across: bool) -> bool:
    value, unit = f
    for v, u in others:
        close = abs(v - value) <= 0.02 * max(abs(value), 1e-9)
        if close and (u == unit or not _known_unit(u) or not _known_unit(unit)):
            return True
    return False


def _known_unit(unit: str) -> bool:
    return unit in KNOWN_UNITS


KNOWN_UNITS = {name for name, _ in UNITS.values()} | {"kWh"}


def _overlaps(d, others) -> bool:
    return any(d[0] <= o[1] and o[0] <= d[1] for o in others)


def compare(quote: Claim, source: Claim) -> tuple[str, str]:
    """SAME, PARTLY or DIFFERENT, and why: does the source state the quote's claim?"""
    across = quote.lang != source.lang
    # contradictions: another figure of a unit both give, another date, another place, opposite polarity
    units = {u for _, u in quote.figures} & {u for _, u in source.figures}
    for unit in {u for u in units if _known_unit(u)} - {"year", "day"}:
        mine = {f for f in quote.figures if f[1] == unit}
        if not any(_same_figure(f, source.figures, across) for f in mine):
            return DIFFERENT, f"another figure in {unit}"
    if quote.dates and source.dates and not any(_overlaps(d, source.dates) for d in quote.dates):
        return DIFFERENT, "another date"
    if quote.places and source.places and not quote.places & source.places:
        return DIFFERENT, "another place"
    if quote.negative != source.negative:
        return DIFFERENT, "one says it will be, the other that it will not"
    figures_held = [f for f in quote.figures if _same_figure(f, source.figures, across)]
    if quote.figures and not figures_held:
        return DIFFERENT, "none of the quote's figures"
    people = quote.people
    required = [(f in figures_held, f"figure {f[0]:g} {f[1]}") for f in quote.figures]
    required += [(a in source.people, f"person {a}") for a in people]
    required += [(_overlaps(d, source.dates), f"date {d[0]}") for d in quote.dates]
    required += [(p in source.places, f"place {p}") for p in quote.places]
    soft = len(quote.actors & source.actors)
    held = sum(ok for ok, _ in required) + soft
    missing = [what for ok, what in required if not ok]
    shared = len(quote.words & source.words) / max(len(quote.words), 1)
    if across:
        if not missing and held >= MIN_ANCHORS_ACROSS:
            return SAME, f"{held} anchors agree"
        if held >= 1 and (figures_held or len(required) > len(missing)):
            return PARTLY, "missing: " + ", ".join(missing or ["too few anchors"])
        return DIFFERENT, "too few anchors agree"
    if not missing and (shared >= MIN_WORDS_SHARED or (held >= 2 and shared >= MIN_WORDS_SHARED / 2)):
        return SAME, f"every anchor, {shared:.0%} of the words"
    if held and shared >= MIN_WORDS_SHARED / 2:
        return PARTLY, ("missing: " + ", ".join(missing)) if missing else f"{shared:.0%} of the words"
    return DIFFERENT, f"{shared:.0%} of the words, {held} anchors"
