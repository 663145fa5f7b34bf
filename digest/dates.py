"""Date expressions in Russian and Kazakh text, resolved against the article's publication date.

`find_dates(text, lang, published, direction)` returns every date expression of a sentence with
its resolution: a start date, an optional end date (ranges) and a precision (day, month, year).
Phrases that name no date ("недавно", "в ближайшее время", "жақын уақытта", "за последние годы")
are never matched, and numbers that are not dates ("60 университетов", "28 млрд") are not either.

A day or month without a year takes the year that fits the clause's tense (a past event: the
latest such date on or before publication; a future one: the earliest on or after), and when the
tense is unclear, the one closest to the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date
from typing import Callable

DASH = r"\s*[-‐‑‒–—−]\s*"
RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
             "декабр")
RU_MONTH = (r"(?P<{name}>январ[ьяеию]|феврал[ьяеию]|март[аеу]?|апрел[ьяеию]|ма[йяею]|июн[ьяеию]|июл[ьяеию]|"
            r"август[аеу]?|сентябр[ьяеию]|октябр[ьяеию]|ноябр[ьяеию]|декабр[ьяеию])(?!\w)")
KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан")
# маусым is also 'season' and қазан 'cauldron' / the city of Kazan: they count as months only next to
# a day, a year or the word 'ай' (month)
KK_MONTH = r"(?P<{name}>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*"
KK_AMBIGUOUS = {"маусым", "қазан"}
YEAR = r"(?P<{name}>(?:19|20)\d\d)"
RU_YEAR_WORD = r"(?:\s*(?:года|году|годом|год|г\.|гг\.?)(?!\w))"
KK_YEAR_WORD = r"(?:\s*(?:жылғы|жылдың|жылы|жылы|жылда|жыл|ж\.)(?!\w))"

NUMBERS = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "пятнадцать": 15, "двадцать": 20, "полтора": 1,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
}
COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
RU_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
KK_WEEKDAYS = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")


def at_precision(d: date, precision: str) -> str:
    """A date as ISO text at its precision: 2025-11-12, 2025-11 or 2025."""
    iso = d.isoformat()  # strftime writes year 1 as "1", not "0001"
    return {"day": iso, "month": iso[:7], "year": iso[:4]}[precision]


@dataclass(frozen=True)
class DateMention:
    """A date expression: the phrase as written, where it is, and what it resolves to."""

    phrase: str
    offset: int
    start: date
    end: date | None
    precision: str  # day | month | year

    def label(self) -> str:
        """ISO form at its precision: 2025-11-12, 2025-12, 2025; a range as START/END."""
        start = at_precision(self.start, self.precision)
        return start + (f"/{at_precision(self.end, self.precision)}" if self.end else "")


Direction = str | None  # "past", "future" or None (unknown)


def _month_ru(text: str) -> int:
    text = text.lower()
    if text.startswith("ма") and not text.startswith("март"):
        return 5
    return next(n for n, stem in enumerate(RU_MONTHS, 1) if text.startswith(stem) and stem != "ма")


def _month_kk(text: str) -> int:
    return KK_MONTHS.index(text.lower()) + 1


def _number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text.lower()]


# Shifts of the publication date return None beyond the calendar (years 1 to 9999): a publication
# date at its edge ("завтра" on 9999-12-31) names no date that exists.
def _add_days(d: date, days: int) -> date | None:
    ordinal = d.toordinal() + days
    return date.fromordinal(ordinal) if 1 <= ordinal <= date.max.toordinal() else None


def _add_years(d: date, years: int) -> date | None:
    return date(d.year + years, 1, 1) if MINYEAR <= d.year + years <= MAXYEAR else None


def _add_months(d: date, months: int) -> date | None:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1) if MINYEAR <= index // 12 <= MAXYEAR else None


def _dated(start: date | None, end: date | None, precision: str) -> tuple[date, date | None, str] | None:
    """A resolver's result; None when the start does not exist."""
    return (start, end, precision) if start else None


def _pick_year(published: date, build: Callable[[int], date | None], direction: Direction) -> date | None:
    """The year for a day or month given without one: by tense, else the closest to publication."""
    options = [d for d in (build(published.year - 1), build(published.year), build(published.year + 1)) if d]
    if not options:
        return None
    if direction == "past":
        past = [d for d in options if d <= published]
        if past:
            return max(past)
    if direction == "future":
        future = [d for d in options if d >= published or (d.year, d.month) == (published.year, published.month)]
        if future:
            return min(future)
    return min(options, key=lambda d: (abs((d - published).days), d))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _week(published: date, shift: int) -> tuple[date, date] | tuple[None, None]:
    monday = _add_days(published, 7 * shift - published.weekday())
    sunday = monday and _add_days(monday, 6)
    return (monday, sunday) if sunday else (None, None)


def _weekday(published: date, weekday: int, direction: Direction, other_week: bool = False) -> date | None:
    """The weekday nearest the publication date in the direction; with `other_week` ("в прошлую
    среду", "келесі сәрсенбі") never the publication day itself, but a week away."""
    back = (published.weekday() - weekday) % 7 or (7 if other_week else 0)
    if direction == "future":
        ahead = (weekday - published.weekday()) % 7 or (7 if other_week else 0)
        return _add_days(published, ahead)
    return _add_days(published, -back)


# -- patterns: (regex, resolver) ; the resolver gets the match, the publication date and the tense ----

Resolver = Callable[[re.Match, date, Direction], tuple[date, date | None, str] | None]
PATTERNS: list[tuple[str, re.Pattern, Resolver]] = []


def pattern(langs: str, regex: str):
    """Register a resolver for a regular expression (case-insensitive) in the given languages."""
    def register(resolver: Resolver) -> Resolver:
        PATTERNS.append((langs, re.compile(regex, re.IGNORECASE), resolver))
        return resolver
    return register


@pattern("ru kk", r"(?<![\d.])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])")
def _iso(m, published, direction):
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d, None, "day") if d else None


@pattern("ru kk", r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)")
def _dotted(m, published, direction):
    d = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d, None, "day") if d else None


def _day_range(m, published, direction, month_of, m1="m1", m2="m2"):
    first, second = month_of(m[m1]) if m[m1] else month_of(m[m2]), month_of(m[m2])
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m["y"]:
        # a range across the new year names its year once: Russian at the end (the end's year),
        # Kazakh at the start (the start's year)
        year, crosses = int(m["y"]), int(second < first)
        years = (year, year + crosses) if m.start("y") < m.start("d1") else (year - crosses, year)
        start, end = _safe_date(years[0], first, d1), _safe_date(years[1], second, d2)
    else:
        start = _pick_year(published, lambda y: _safe_date(y, first, d1), direction)
        end = start and _safe_date(start.year + (second < first), second, d2)
    if not start or not end or end <= start:
        return None
    return start, end, "day"


@pattern("ru", r"(?<!\d)(?P<d1>\d{1,2})(?:\s+" + RU_MONTH.format(name="m1") + r")?" + DASH + r"(?P<d2>\d{1,2})\s+"
         + RU_MONTH.format(name="m2") + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?)?")
def _ru_day_range(m, published, direction):
    return _day_range(m, published, direction, _month_ru)


@pattern("kk", r"(?:" + YEAR.format(name="y") + KK_YEAR_WORD + r"\s+)?(?<!\d)(?P<d1>\d{1,2})(?:\s+"
         + KK_MONTH.format(name="m1") + r")?" + DASH + r"(?P<d2>\d{1,2})\s+" + KK_MONTH.format(name="m2"))
def _kk_day_range(m, published, direction):
    return _day_range(m, published, direction, _month_kk)


def _day(m, published, direction, month_of):
    month, day = month_of(m["m"]), int(m["d"])
    if m["y"]:
        d = _safe_date(int(m["y"]), month, day)
    else:
        d = _pick_year(published, lambda y: _safe_date(y, month, day), direction)
    return (d, None, "day") if d else None


@pattern("ru", r"(?<![\d.,])(?P<d>\d{1,2})\s+" + RU_MONTH.format(name="m") + r"(?:\s+" + YEAR.format(name="y")
         + RU_YEAR_WORD + r"?)?")
def _ru_day(m, published, direction):
    return _day(m, published, direction, _month_ru)


@pattern("kk", r"(?:" + YEAR.format(name="y") + KK_YEAR_WORD + r"\s+)?(?<![\d.,])(?P<d>\d{1,2})\s+"
         + KK_MONTH.format(name="m"))
def _kk_day(m, published, direction):
    return _day(m, published, direction, _month_kk)


def _month(m, published, direction, month_of):
    month = month_of(m["m"])
    if m["y"]:
        return date(int(m["y"]), month, 1), None, "month"
    d = _pick_year(published, lambda y: _safe_date(y, month, 1), direction)
    return (d, None, "month") if d else None


@pattern("ru", r"(?:(?<!\w)(?:в|во|с|до|к|на)\s+(?:(?:самом\s+)?(?:начале|середине|конце|первой\s+половине|второй\s+"
         r"половине|первых\s+числах|последних\s+числах)\s+)?)" + RU_MONTH.format(name="m")
         + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?)?")
def _ru_month(m, published, direction):
    return _month(m, published, direction, _month_ru)


@pattern("ru", r"(?<!\w)" + RU_MONTH.format(name="m") + r"\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?")
def _ru_month_year(m, published, direction):
    return _month(m, published, direction, _month_ru)


@pattern("kk", r"(?:" + YEAR.format(name="y") + KK_YEAR_WORD + r"\s+)?(?<!\w)" + KK_MONTH.format(name="m")
         + r"(?:\s+(?P<ai>ай\w*))?(?:\s+(?:басында|ортасында|соңында|аяғында))?")
def _kk_month(m, published, direction):
    if m["m"].lower() in KK_AMBIGUOUS and not (m["y"] or m["ai"]):
        return None
    return _month(m, published, direction, _month_kk)


@pattern("ru", r"(?<!\d)(?:с\s+)?" + YEAR.format(name="y1") + r"(?:" + DASH + r"|\s+по\s+)" + YEAR.format(name="y2")
         + r"\s*(?:годах|годы|года|год|гг\.?)(?!\w)")
def _ru_year_range(m, published, direction):
    y1, y2 = int(m["y1"]), int(m["y2"])
    return (date(y1, 1, 1), date(y2, 1, 1), "year") if y1 < y2 else None


@pattern("kk", r"(?<!\d)" + YEAR.format(name="y1") + DASH + YEAR.format(name="y2") + r"\s*(?:жылдары|жылдар\w*|жж\.?)")
def _kk_year_range(m, published, direction):
    y1, y2 = int(m["y1"]), int(m["y2"])
    return (date(y1, 1, 1), date(y2, 1, 1), "year") if y1 < y2 else None


@pattern("ru", r"(?:(?<!\w)(?:в|во|к|с|до|на)\s+)?(?<![\d.])" + YEAR.format(name="y")
         + r"(?:" + RU_YEAR_WORD + r"|-?(?:й|го|м|му|ом|ый)(?!\w))")
def _ru_year(m, published, direction):
    return date(int(m["y"]), 1, 1), None, "year"


@pattern("kk", r"(?<![\d.])" + YEAR.format(name="y") + r"(?:" + KK_YEAR_WORD + r"|-?(?:ші|шы|жыл\w*)(?!\w))")
def _kk_year(m, published, direction):
    return date(int(m["y"]), 1, 1), None, "year"


RELATIVE_YEARS = {
    "ru": [(r"(?:в|на)\s+(?:этом|текущем|нынешнем|уходящем)\s+году|(?:этого|текущего|нынешнего)\s+года", 0),
           (r"(?:в|на)\s+(?:прошлом|минувшем|прошедшем)\s+году|(?:прошлого|минувшего)\s+года", -1),
           (r"в\s+позапрошлом\s+году", -2),
           (r"(?:в|на)\s+(?:следующем|будущем|наступающем|предстоящем)\s+году|(?:следующего|будущего)\s+года", 1),
           (r"(?:в|на)\s+(?:начале|середине|конце|первой\s+половине|второй\s+половине)\s+(?:этого\s+|текущего\s+)?года", 0)],
    "kk": [(r"биыл\w*|осы\s+жыл\w*|ағымдағы\s+жыл\w*", 0),
           (r"былтыр\w*|өткен\s+жыл\w*", -1),
           (r"келесі\s+жыл\w*|алдағы\s+жыл\w*|келер\s+жыл\w*", 1),
           (r"жыл\s+(?:басында|соңында|аяғында|ортасында)", 0)],
}
RELATIVE_DAYS = {
    "ru": [("позавчера", -2), ("вчера", -1), ("сегодня", 0), ("завтра", 1), ("послезавтра", 2)],
    "kk": [("кеше", -1), ("бүгін", 0), ("ертең", 1)],
}
RELATIVE_WEEKS = {
    "ru": [(r"на\s+прошлой\s+неделе", -1), (r"на\s+(?:этой|текущей)\s+неделе", 0), (r"на\s+следующей\s+неделе", 1)],
    "kk": [(r"өткен\s+аптада", -1), (r"осы\s+аптада", 0), (r"келесі\s+аптада", 1)],
}
RELATIVE_MONTHS = {
    "ru": [(r"в\s+прошлом\s+месяце", -1), (r"в\s+(?:этом|текущем)\s+месяце", 0), (r"в\s+следующем\s+месяце", 1)],
    "kk": [(r"өткен\s+айда", -1), (r"осы\s+айда", 0), (r"келесі\s+айда", 1)],
}


def _register_relative() -> None:
    for lang, items in RELATIVE_YEARS.items():
        for regex, shift in items:
            pattern(lang, r"(?<!\w)(?:" + regex + r")(?!\w)")(
                lambda m, p, d, shift=shift: _dated(_add_years(p, shift), None, "year"))
    for lang, items in RELATIVE_DAYS.items():
        for word, shift in items:
            # "сегодня" in a present-tense clause means "nowadays": only an event's clause dates it
            pattern(lang, r"(?<!\w)" + word + r"(?:гі|ғы)?(?!\w)(?!\s+таңда)")(
                lambda m, p, d, shift=shift, lang=lang: None if (lang == "ru" and shift == 0 and d is None)
                else _dated(_add_days(p, shift), None, "day"))
    for lang, items in RELATIVE_WEEKS.items():
        for regex, shift in items:
            pattern(lang, r"(?<!\w)" + regex + r"(?!\w)")(
                lambda m, p, d, shift=shift: _dated(*_week(p, shift), "day"))
    for lang, items in RELATIVE_MONTHS.items():
        for regex, shift in items:
            pattern(lang, r"(?<!\w)" + regex + r"(?!\w)")(
                lambda m, p, d, shift=shift: _dated(_add_months(p, shift), None, "month"))


_register_relative()


@pattern("ru", r"(?<!\w)(?:" + COUNT + r"\s+)?(?P<unit>год|года|лет|месяц|месяца|месяцев|день|дня|дней|недел[юиь])"
         r"\s+(?P<way>назад)(?!\w)|(?<!\w)через\s+(?:" + COUNT.replace("?P<n>", "?P<n2>") + r"\s+)?"
         r"(?P<unit2>год|года|лет|месяц|месяца|месяцев|день|дня|дней|недел[юиь])(?!\w)")
def _ru_ago(m, published, direction):
    count = m["n"] or m["n2"]
    unit = (m["unit"] or m["unit2"]).lower()
    if not count and unit not in ("год", "месяц", "день", "неделю"):
        return None  # "несколько лет назад" names no date
    n = _number(count) if count else 1
    sign = -1 if m["way"] and m["way"].lower() == "назад" else 1
    if unit.startswith(("год", "лет")):
        return _dated(_add_years(published, sign * n), None, "year")
    if unit.startswith("месяц"):
        return _dated(_add_months(published, sign * n), None, "month")
    if unit.startswith("недел"):
        return _dated(*_week(published, sign * n), "day")
    return _dated(_add_days(published, sign * n), None, "day")


@pattern("kk", r"(?<!\w)" + COUNT + r"\s+(?P<unit>жыл|ай|күн|апта)\w*\s+(?P<way>бұрын|бұрынғы|өткен\s+соң|кейін|"
         r"бұрын\w*|кейін\w*)(?!\w)")
def _kk_ago(m, published, direction):
    n = _number(m["n"])
    sign = -1 if m["way"].lower().startswith("бұрын") else 1
    unit = m["unit"].lower()
    if unit == "жыл":
        return _dated(_add_years(published, sign * n), None, "year")
    if unit == "ай":
        return _dated(_add_months(published, sign * n), None, "month")
    if unit == "апта":
        return _dated(*_week(published, sign * n), "day")
    return _dated(_add_days(published, sign * n), None, "day")


@pattern("ru", r"(?<!\w)(?:в|во)\s+(?:(?:прошлый|прошлую|прошлое|минувший|минувшую|минувшее|этот|эту|это|"
         r"следующий|следующую|следующее|ближайший|ближайшую|ближайшее)\s+)?(?P<w>понедельник|вторник|среду|"
         r"четверг|пятницу|субботу|воскресенье)(?!\w)")
def _ru_weekday(m, published, direction):
    weekday = next(n for n, stem in enumerate(RU_WEEKDAYS) if m["w"].lower().startswith(stem))
    text = m.group(0).lower()
    if any(w in text for w in ("прошл", "минувш")):
        direction = "past"
    elif any(w in text for w in ("следующ", "ближайш")):
        direction = "future"
    other_week = any(w in text for w in ("прошл", "минувш", "следующ"))
    return _dated(_weekday(published, weekday, direction, other_week), None, "day")


@pattern("kk", r"(?<!\w)(?:өткен\s+|келесі\s+)?(?P<w>дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)"
         r"\s+күні(?!\w)")
def _kk_weekday(m, published, direction):
    weekday = KK_WEEKDAYS.index(m["w"].lower())
    text = m.group(0).lower()
    direction = "past" if text.startswith("өткен") else "future" if text.startswith("келесі") else direction
    return _dated(_weekday(published, weekday, direction, text.startswith(("өткен", "келесі"))), None, "day")


CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”„]|\s[–—-]\s|[.!?]\s")
RU_FUTURE_WORDS = re.compile(r"(?<!\w)(?:будет|будут|буду|предстоящ\w*|предстоит|планиру\w*|запланирован\w*|"
                             r"намечен\w*|намечается|ожидается|ожидаются|состоится|состоятся|собира\w*|"
                             r"намерен\w*|открытие|строительство)(?!\w)", re.IGNORECASE)
KK_FUTURE_END = ("ады", "еді", "йды", "йді", "мақ", "мек", "бақ", "бек", "пақ", "пек", "атын", "етін", "йтын",
                 "йтін", "ды деп")
KK_PAST_END = ("ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен")
WORD = re.compile(r"\w+")


def clause_direction(text: str, start: int, end: int, lang: str,
                     tense_of: Callable[[str], str | None] | None) -> Direction:
    """'past', 'future' or None: the tense of the clause around text[start:end]."""
    lo = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    hi = next((m.start() for m in CLAUSE_BREAK.finditer(text, end)), len(text))
    clause = text[lo:start] + " " + text[end:hi]
    if lang == "kk":
        words = [w.lower() for w in WORD.findall(clause)]
        if not words:
            return None
        last = words[-1]
        if last.endswith(KK_FUTURE_END) or "мақ" in last or "мек" in last:
            return "future"
        return "past" if last.endswith(KK_PAST_END) and len(last) > 4 else None
    if RU_FUTURE_WORDS.search(clause):
        return "future"
    tenses = {tense_of(w) for w in WORD.findall(clause)} if tense_of else set()
    if "futr" in tenses and "past" not in tenses:
        return "future"
    if "past" in tenses and "futr" not in tenses:
        return "past"
    return None


def find_dates(text: str, lang: str, published: date, tense_of: Callable[[str], str | None] | None = None
               ) -> tuple[DateMention, ...]:
    """Every date expression in the text, resolved; earlier and longer matches win overlaps.

    `tense_of(word)` gives a Russian word's tense (past, pres, futr) to read the clause around a
    phrase; without it the tense is unknown and the closest year is taken."""
    found: list[tuple[int, int, DateMention]] = []
    for langs, regex, resolver in PATTERNS:
        if lang not in langs.split():
            continue
        for m in regex.finditer(text):
            tense = clause_direction(text, m.start(), m.end(), lang, tense_of)
            resolved = resolver(m, published, tense)
            if resolved is None:
                continue
            start, end, precision = resolved
            phrase = m.group(0).strip()
            found.append((m.start(), m.end(), DateMention(phrase, m.start(), start, end, precision)))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    taken: list[tuple[int, int, DateMention]] = []
    for start, end, mention in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, mention))
    return tuple(m for _, _, m in sorted(taken, key=lambda t: t[0]))

