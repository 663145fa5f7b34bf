"""Date expressions in Russian and Kazakh text, resolved against the article's publication date.

`find_dates(text, lang, published, direction)` returns every date expression of a sentence with
its resolution: a start date, an optional end date (ranges), a precision (day, month, year, half,
quarter, season, decade) and, for an open-ended span, its direction: «до 2028 года» (until), «с 2015
года», «2015 жылдан бері» (since), «к 2027-му», «2030 жылға қарай» (by).
Phrases that name no date ("недавно", "в ближайшее время", "жақын уақытта", "за последние годы")
are never matched, and numbers that are not dates ("60 университетов", "28 млрд") are not either.

A day or month without a year takes the year that fits the clause's tense (a past event: the
latest such date on or before publication; a future one: the earliest on or after), and when the
tense is unclear, the one closest to the publication date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from re import _casefix, _constants, _parser  # (the regular expressions' own parser: `requirement` reads their syntax)
from datetime import MAXYEAR, MINYEAR, date
from typing import Callable

DASH = r"\s*[-‐‑‒–—−]\s*"
RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
             "декабр")
RU_MONTH = (r"(?P<{name}>январ(?:[ьяеию]|[её]м)|феврал(?:[ьяеию]|[её]м)|март(?:[аеу]|ом)?|апрел(?:[ьяеию]|ем)|"
            r"ма(?:[йяею]|ем)|июн(?:[ьяеию]|ем)|июл(?:[ьяеию]|ем)|август(?:[аеу]|ом)?|сентябр(?:[ьяеию]|[её]м)|"
            r"октябр(?:[ьяеию]|[её]м)|ноябр(?:[ьяеию]|[её]м)|декабр(?:[ьяеию]|[её]м))(?!\w)")
KK_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан")
# маусым is also 'season' and қазан 'cauldron' / the city of Kazan: they count as months only next to
# a day, a year or the word 'ай' (month)
KK_MONTH = r"(?P<{name}>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан|қараша|желтоқсан)\w*"
# abbreviated Russian months after a day: «9 сен», «12 окт.», «3 дек»
RU_MONTH_SHORT = (r"(?P<{name}>янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\.?(?!\w)")
RU_SHORT = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
            "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}
KK_AMBIGUOUS = {"маусым", "қазан"}
YEAR = r"(?P<{name}>(?:19|20)\d\d)"
RU_YEAR_WORD = r"(?:\s*(?:года|году|годом|год|годах|годов|годы|г\.|гг\.?)(?!\w))"
KK_YEAR_WORD = r"(?:\s*(?:жылғы|жылдың|жылы|жылда|жылдан|жылға|жылынан|жылына|жылдағы|жылмен|жылғымен|жыл|ж\.)(?!\w))"

# a year named relative to publication, after a Russian period («осенью прошлого года») or before a Kazakh one
# («өткен жылдың желтоқсанында», «биылғы жазда», «келесі жылдың күзінде»)
RU_REL_YEAR = r"\s+(?P<ry>прошлого|минувшего|этого|текущего|нынешнего|следующего|будущего)\s+года(?!\w)"
KK_REL_YEAR = (r"(?P<ry>(?<![\d\w]\s)жылдың(?=\s+(?:бірінші|екінші|алғашқы|үшінші|төртінші))|биылғы(?:\s+жылдың)?|биыл|келесі\s+жылы|өткен\s+жылы|ағымдағы\s+жылдың|осы\s+жылдың|өткен\s+жылдың|былтырғы(?:\s+жылдың)?|"
               r"былтыр|келесі\s+жылдың|келер\s+жылдың|алдағы\s+жылдың)\s+")


def rel_year(word: str | None, published: date) -> int | None:
    """The year a relative word names: прошлого/өткен/былтыр -1, следующего/келесі/келер/алдағы +1, else 0."""
    if not word:
        return None
    w = word.lower()
    return published.year + (-1 if w.startswith(("прошл", "минувш", "өткен", "былтыр")) else
                             1 if w.startswith(("следующ", "будущ", "келесі", "келер", "алдағы")) else 0)


NUMBERS = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "пятнадцать": 15, "двадцать": 20, "полтора": 1,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
}
COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
RU_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
KK_WEEKDAYS = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")


PERIOD_MONTHS = {"half": 6, "quarter": 3, "season": 3}  # a period of a year: how many months from its start
SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}  # by the month a season starts


def at_precision(d: date, precision: str) -> str:
    """A date as ISO text at its precision: 2025-11-12, 2025-11 or 2025; a half, quarter or season as
    the month it starts (2024-07), a decade as its first year (2020)."""
    iso = d.isoformat()  # strftime writes year 1 as "1", not "0001"
    return {"day": iso, "month": iso[:7], "year": iso[:4], "half": iso[:7], "quarter": iso[:7], "season": iso[:7],
            "decade": iso[:4]}[precision]


def period_label(d: date, precision: str) -> str:
    """A short, unambiguous name of a date at its precision: 2025-11-12, 2025-11, 2025, 2024-H1, 2024-Q3,
    2026-summer (a winter by the year of its January), 2020s."""
    if precision == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if precision == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if precision == "season":
        return f"{d.year + (d.month == 12):04d}-{SEASONS[d.month]}"
    if precision == "decade":
        return f"{d.year:04d}s"
    return at_precision(d, precision)


def period_end(d: date, precision: str, end: date | None = None) -> date:
    """The last day of the period a date names at its precision (of its end, for a range)."""
    d = end or d
    if precision == "day":
        return d
    if precision == "year":  # a year, or an academic year (it starts in September) ending in August
        return date(d.year, 8, 31) if d.month == 9 else date(d.year, 12, 31)
    if precision == "decade":
        return date(min(d.year + 9, MAXYEAR), 12, 31)
    months = {"month": 1}.get(precision) or PERIOD_MONTHS[precision]
    last = _add_months(d, months)
    return date(MAXYEAR, 12, 31) if last is None else date.fromordinal(last.toordinal() - 1)


@dataclass(frozen=True)
class DateMention:
    """A date expression: the phrase as written, where it is, and what it resolves to."""

    phrase: str
    offset: int
    start: date
    end: date | None
    precision: str  # day | month | year | half | quarter | season | decade
    direction: str | None = None  # an open-ended span: until | since | by

    def label(self) -> str:
        """Its date at its precision (2025-11-12, 2025-12, 2025, 2024-H1, 2024-Q3, 2026-summer, 2020s);
        a range as START/END."""
        start = period_label(self.start, self.precision)
        return start + (f"/{period_label(self.end, self.precision)}" if self.end else "")


Direction = str | None  # "past", "future" or None (unknown)


def _month_ru(text: str) -> int:
    text = text.lower()
    if text.startswith("ма") and not text.startswith("март"):
        return 5
    return next(n for n, stem in enumerate(RU_MONTHS, 1) if text.startswith(stem) and stem != "ма")


def _month_kk(text: str) -> int:
    text = text.lower()
    return 9 if text.startswith("қыркүйе") else KK_MONTHS.index(text) + 1


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
    if "ry" in m.groupdict() and m["ry"]:
        return _dated(_safe_date(rel_year(m["ry"], published), month, 1), None, "month")
    d = _pick_year(published, lambda y: _safe_date(y, month, 1), direction)
    return (d, None, "month") if d else None


@pattern("ru", r"(?:(?<!\w)(?:в|во|с|до|к|на)\s+(?:(?:самом\s+)?(?:начале|середине|конце|первой\s+половине|второй\s+"
         r"половине|первых\s+числах|последних\s+числах)\s+)?)" + RU_MONTH.format(name="m")
         + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?|" + RU_REL_YEAR + ")?")
def _ru_month(m, published, direction):
    return _month(m, published, direction, _month_ru)


@pattern("ru", r"(?<!\w)" + RU_MONTH.format(name="m") + r"\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?")
def _ru_month_year(m, published, direction):
    return _month(m, published, direction, _month_ru)


@pattern("kk", r"(?:" + YEAR.format(name="y") + KK_YEAR_WORD + r"\s+|(?<!\w)" + KK_REL_YEAR + r")?(?<!\w)"
         + KK_MONTH.format(name="m") + r"(?:\s+(?P<ai>ай\w*))?(?:\s+(?P<pos>басында|ортасында|соңында|аяғында))?")
def _kk_month(m, published, direction):
    genitive = re.search(r"(?:дың|дің|тың|тің|ның|нің)$", m.group(0).split()[-2] if m["pos"] else "")
    if m["m"].lower() in KK_AMBIGUOUS and not (m["y"] or m["ai"] or genitive or m["ry"]):
        return None  # «маусымның соңында» is the end of June
    return _month(m, published, direction, _month_kk)


# month ranges and the first months of a year: «за январь–сентябрь 2025 года», «с января по август 2025 года»,
# «2025 жылғы қаңтар–маусымда», «за девять месяцев 2025 года», «2025 жылдың тоғыз айында»
def _month_range(m, published, direction, month_of):
    first, last = month_of(m["m1"]), month_of(m["m2"])
    year = int(m["y"]) if m["y"] else rel_year(m["ry"], published) if m["ry"] else None
    if year is None:
        start = _pick_period(published, lambda y: _safe_date(y - (first > last), first, 1),
                             (last - first) % 12 + 1, direction)
    else:
        start = _safe_date(year - (first > last), first, 1)
    end = start and _safe_date(year if year is not None else start.year + (first > last), last, 1)
    return (start, end, "month") if start and end and end > start else None


@pattern("ru", r"(?<!\w)(?:(?:за|в|во)\s+)?" + RU_MONTH.format(name="m1").replace("(?!\\w)", "") + r"\w*" + DASH
         + RU_MONTH.format(name="m2").replace("(?!\\w)", "") + r"\w*(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?|"
         + RU_REL_YEAR + ")?")
def _ru_month_range(m, published, direction):
    return _month_range(m, published, direction, _month_ru)


@pattern("ru", r"(?<!\w)с\s+" + RU_MONTH.format(name="m1") + r"\s+по\s+" + RU_MONTH.format(name="m2")
         + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?|" + RU_REL_YEAR + ")?")
def _ru_month_span(m, published, direction):
    return _month_range(m, published, direction, _month_ru)


@pattern("kk", r"(?:" + YEAR.format(name="y") + KK_YEAR_WORD + r"\s+|(?<!\w)" + KK_REL_YEAR + r")?(?<!\w)"
         + KK_MONTH.format(name="m1").replace(r"\w*", "") + DASH + KK_MONTH.format(name="m2") + r"(?:\s+ай\w*)?")
def _kk_month_range(m, published, direction):
    return _month_range(m, published, direction, _month_kk)


ORDINAL_DAYS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
                "девят": 9, "десят": 10}  # «первого», «второго» … «десятого»


@pattern("ru", r"(?<!\w)(?P<d>" + "|".join(ORDINAL_DAYS) + r")\w*\s+" + RU_MONTH.format(name="m")
         + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?)?")
def _ru_ordinal_day(m, published, direction):
    month, day = _month_ru(m["m"]), ORDINAL_DAYS[m["d"].lower()]
    d = _safe_date(int(m["y"]), month, day) if m["y"] else _pick_year(published, lambda y: _safe_date(y, month, day),
                                                                         direction)
    return (d, None, "day") if d else None


def _first_months(m, published, direction):
    n = _number(m["n"])
    year = int(m["y"]) if m["y"] else rel_year(m["ry"], published) if m["ry"] else None
    if not 2 <= n <= 11 or year is None:
        return None
    return _dated(_safe_date(year, 1, 1), _safe_date(year, n, 1), "month")


@pattern("ru", r"(?<!\w)(?:за|в)\s+(?:перв\w+\s+)?" + COUNT + r"\s+месяц\w*(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD
         + r"?|" + RU_REL_YEAR + ")")
def _ru_first_months(m, published, direction):
    return _first_months(m, published, direction)


@pattern("kk", r"(?:" + YEAR.format(name="y") + r"\s*(?:жылдың|жылғы)\s+|(?<!\w)" + KK_REL_YEAR + r")(?:алғашқы\s+)?"
         + COUNT + r"\s+ай(?:ында|да|ы|дың|ындағы)(?!\w)")
def _kk_first_months(m, published, direction):
    return _first_months(m, published, direction)


# day ranges with «с … по …» and «… и …»: «с 3 по 9 марта 2026 года», «с 30 сентября по 2 октября», «12 и 13 ноября»
@pattern("ru", r"(?<!\w)с\s+(?P<d1>\d{1,2})(?:\s+" + RU_MONTH.format(name="m1") + r")?\s+по\s+(?P<d2>\d{1,2})\s+"
         + RU_MONTH.format(name="m2") + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?)?")
def _ru_day_span(m, published, direction):
    return _day_range(m, published, direction, _month_ru)


@pattern("ru", r"(?<!\w)с\s+(?P<d1>\d{1,2})(?:\s+" + RU_MONTH_SHORT.format(name="m1") + r")?\s+по\s+(?P<d2>\d{1,2})\s+"
         + RU_MONTH_SHORT.format(name="m2") + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?)?")
def _ru_day_span_short(m, published, direction):
    return _day_range(m, published, direction, lambda t: RU_SHORT[t.lower().rstrip(".")])


@pattern("ru kk", r"(?<!\w)(?:с\s+)?(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.(?P<y1>(?:19|20)\d\d)(?:\s*(?:г\.|ж\.))?"
         r"(?:\s+по\s+|" + DASH + r")(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d\d)(?![\d.]\d)")
def _dotted_span(m, published, direction):
    start = _safe_date(int(m["y1"]), int(m["m1"]), int(m["d1"]))
    end = _safe_date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
    return (start, end, "day") if start and end and end > start else None


@pattern("ru kk", r"(?<![\d.,])(?P<d>\d{1,2})(?=\s+(?:и|және|мен)\s+(?P<d2>\d{1,2})\s+(?:" + RU_MONTH.format(name="m")
         + "|" + KK_MONTH.format(name="km") + r")(?:\s+" + YEAR.format(name="y") + r")?)")
def _first_of_two_days(m, published, direction):
    """«17 и 24 ноября», «5 және 19 желтоқсанда»: the first of two days (the second is a day of its own)."""
    if int(m["d2"]) == int(m["d"]) + 1:
        return None  # «11 и 12 ноября»: a span
    month = _month_ru(m["m"]) if m["m"] else _month_kk(m["km"])
    day = int(m["d"])
    d = _safe_date(int(m["y"]), month, day) if m["y"] else _pick_year(published, lambda y: _safe_date(y, month, day),
                                                                         direction)
    return (d, None, "day") if d else None


@pattern("ru", r"(?<![\d.,])(?P<d1>\d{1,2})\s+и\s+(?P<d2>\d{1,2})\s+" + RU_MONTH.format(name="m2")
         + r"(?:\s+" + YEAR.format(name="y") + RU_YEAR_WORD + r"?)?(?P<m1>)")
def _ru_two_days(m, published, direction):
    if int(m["d2"]) != int(m["d1"]) + 1:
        return None  # «3 и 10 декабря»: two days, not a span
    return _day_range(m, published, direction, _month_ru)


@pattern("kk", r"(?<![\w.,])(?:(?P<full>(?:19|20)\d0)|(?P<short>[1-9]0))-?(?:шы|ші)?(?:-|\s+)жылдардың\s+(?P<part>бірінші|екінші)\s+"
         r"жартысында(?P<cent>)")
def _kk_decade_half(m, published, direction):
    first = _decade_start(m, published)
    lo = first + (0 if m["part"].lower() == "бірінші" else 5)
    return date(lo, 1, 1), date(lo + 4, 1, 1), "year"


# ---------------------------------------------------------------------------------------------------
# parts of a year, seasons, decades, lists, and the forms the seeds never used (issue 12)

def _pick_period(published: date, build: Callable[[int], date | None], months: int, direction: Direction
                 ) -> date | None:
    """The year of a period given without one (a quarter, a half, a season): by tense, else the closest.
    The period under way at publication counts as past and as future."""
    options = [d for d in (build(published.year - 1), build(published.year), build(published.year + 1)) if d]
    if not options:
        return None

    def last_day(d: date) -> date:
        nxt = _add_months(d, months)
        return date.fromordinal(nxt.toordinal() - 1) if nxt else date(MAXYEAR, 12, 31)

    if direction == "past":
        past = [d for d in options if d <= published]
        if past:
            return max(past)
    if direction == "future":
        future = [d for d in options if last_day(d) >= published]
        if future:
            return min(future)
    under_way = [d for d in options if d <= published <= last_day(d)]
    if under_way:
        return under_way[0]
    return min(options, key=lambda d: (min(abs((d - published).days), abs((last_day(d) - published).days)), d))


def _day_short(m, published, direction):
    return _day(m, published, direction, lambda t: RU_SHORT[t.lower().rstrip(".")])


@pattern("ru", r"(?<![\d.,])(?P<d>\d{1,2})\s+" + RU_MONTH_SHORT.format(name="m") + r"(?:\s+" + YEAR.format(name="y")
         + RU_YEAR_WORD + r"?)?")
def _ru_day_short(m, published, direction):
    return _day_short(m, published, direction)


KK_GENITIVE_MONTH = (r"(?P<{name}>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан|қараша|"
                     r"желтоқсан)\w*?(?:дың|дің|тың|тің|ның|нің)")


@pattern("kk", r"(?:" + YEAR.format(name="y") + KK_YEAR_WORD + r"\s+|(?<!\w)" + KK_REL_YEAR + r")?(?<!\w)"
         + KK_GENITIVE_MONTH.format(name="m")
         + r"\s+(?P<d1>\d{1,2})-\w+(?:\s*(?:мен|және|[-–—])\s*(?P<d2>\d{1,2})-\w+(?:\s+аралығында)?"
         r"|\s+(?P<d3>\d{1,2})-\w+\s+дейін)?")
def _kk_genitive_day(m, published, direction):
    """«қазанның 20-сында», «қарашаның 11-і мен 12-сі аралығында», «наурыздың 3-інен 9-ына дейін»."""
    month, d1, last = _month_kk(m["m"]), int(m["d1"]), m["d2"] or m["d3"]
    year = int(m["y"]) if m["y"] else rel_year(m["ry"], published)
    start = _safe_date(year, month, d1) if year else _pick_year(published, lambda y: _safe_date(y, month, d1), direction)
    if not start:
        return None
    if not last:
        return start, None, "day"
    end = _safe_date(start.year, month, int(last))
    return (start, end, "day") if end and end > start else None


@pattern("ru", r"(?<!\w)(?:(?:в|во|за|с|до|к|по)\s+)?(?P<h>перв|втор|II(?=\s+полугоди)|I(?=\s+полугоди))\w*\s+(?:полугоди\w*|половин\w*(?=\s+(?:(?:19|20)\d\d|"
         r"(?:этого\s+|текущего\s+|прошлого\s+|следующего\s+|будущего\s+)?года)))(?:\s+" + YEAR.format(name="y") + r"\s*(?:года|г\.)?"
         r"|\s+(?P<rel>этого|текущего|прошлого|следующего)\s+года|\s+года)?(?!\w)")
def _ru_half(m, published, direction):
    return _half(m, published, direction, m["h"].lower() in ("i",) or m["h"].lower().startswith("перв"))


@pattern("kk", r"(?:" + YEAR.format(name="y") + r"\s*(?:жылдың|жылғы)\s+|(?<!\w)" + KK_REL_YEAR.replace("?P<ry>", "?P<rel>")
         + r")?(?<!\w)(?P<h>бірінші|алғашқы|екінші)\s+(?:жартыжылды\w*|жарты\s+жыл\w*|(?P<bare>жартыс\w*))")
def _kk_half(m, published, direction):
    if m["bare"] and not (m["y"] or m["rel"]):
        return None  # «бірінші жартысында» of something else
    return _half(m, published, direction, not m["h"].lower().startswith("екінші"))


def _half(m, published, direction, first: bool):
    return _part_of_year(m, published, direction, 1 if first else 7, 6, "half")


def _part_of_year(m, published, direction, month: int, months: int, precision: str):
    """A half or a quarter starting in `month`: of the year named, of the year a relative word names
    («прошлого года», «ағымдағы жылдың»), else of the year its tense points to."""
    rel = (m["rel"] or "").lower()
    if m["y"]:
        return date(int(m["y"]), month, 1), None, precision
    if rel:
        return _dated(_safe_date(rel_year(rel, published), month, 1), None, precision)
    return _dated(_pick_period(published, lambda y: _safe_date(y, month, 1), months, direction), None, precision)


QUARTER_WORDS = {"iv": 4, "iii": 3, "ii": 2, "i": 1, "1": 1, "2": 2, "3": 3, "4": 4, "перв": 1, "втор": 2, "трет": 3,
                 "четв": 4, "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}


@pattern("ru", r"(?<!\w)(?:(?:в|во|за|с|до|к)\s+)?(?P<q>IV|I{1,3}|[1-4]|перв|втор|трет|четв[её]рт)\w*(?:-?(?:м|й|го|ом))?"
         r"\s+квартал\w*(?:\s+" + YEAR.format(name="y") + r"\s*(?:года|г\.)?|\s+(?P<rel>этого|текущего|прошлого|"
         r"следующего|будущего|минувшего)\s+года)?(?!\w)")
def _ru_quarter(m, published, direction):
    return _quarter(m, published, direction)


@pattern("kk", r"(?:" + YEAR.format(name="y") + r"\s*(?:жылдың|жылғы)\s+|(?<!\w)" + KK_REL_YEAR.replace("?P<ry>", "?P<rel>")
         + r")?(?<!\w)(?P<q>IV|I{1,3}|бірінші|екінші|үшінші|төртінші)\s+тоқсан\w*")
def _kk_quarter(m, published, direction):
    return _quarter(m, published, direction)


def _quarter(m, published, direction):
    word = m["q"].lower()
    q = next(v for k, v in QUARTER_WORDS.items() if word.startswith(k))
    return _part_of_year(m, published, direction, 3 * q - 2, 3, "quarter")


@pattern("ru", r"(?<!\w)(?:(?:в|во)\s+)?(?P<q>перв|втор|трет|четв[её]рт|IV|I{1,3})\w*(?=\s+и\s+(?:перв|втор|трет|четв[её]рт|IV|"
         r"I{1,3})\w*\s+квартал\w*(?:\s+" + YEAR.format(name="y") + r")?)(?P<rel>)")
def _ru_first_of_two_quarters(m, published, direction):
    return _quarter(m, published, direction)  # «в первом и третьем кварталах 2024 года»: the first of them


@pattern("ru kk", r"(?<!\d)" + YEAR.format(name="y1") + r"(?:" + DASH + r"(?P<y2>(?:19|20)?\d\d)\s+(?:учебн\w*\s+год\w*|"
         r"оқу\s+жыл\w*)|\s*/\s*(?P<y3>(?:19|20)?\d\d)(?!\d)(?:\s+(?:учебн\w*\s+год\w*|оқу\s+жыл\w*))?)")
def _academic_year(m, published, direction):
    y1, tail = int(m["y1"]), m["y2"] or m["y3"]
    y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
    # «2025–2026 учебный год»: the years, from 1 September to 31 August (see period_end)
    return (date(y1, 9, 1), date(y2, 9, 1), "year") if y2 == y1 + 1 else None


@pattern("ru", r"(?<!\w)(?:в|на)\s+(?P<rel>этом|текущем|прошлом|минувшем|следующем)\s+квартале(?!\w)")
def _ru_relative_quarter(m, published, direction):
    shift = {"прошлом": -1, "минувшем": -1, "следующем": 1}.get(m["rel"].lower(), 0)
    start = _add_months(date(published.year, (published.month - 1) // 3 * 3 + 1, 1), 3 * shift)
    return _dated(start, None, "quarter")


KK_SHORT = {"қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "мау": 6, "шіл": 7, "там": 8, "қыр": 9, "қаз": 10,
            "қар": 11, "жел": 12}


@pattern("kk", r"(?<![\d.,])(?P<d>\d{1,2})\s+(?P<m>қаң|ақп|нау|сәу|мам|мау|шіл|там|қыр|қаз|қар|жел)\.(?P<y>)")
def _kk_day_short(m, published, direction):
    return _day(m, published, direction, lambda t: KK_SHORT[t.lower()])


SEASON_START = {"весн": 3, "лет": 6, "осен": 9, "зим": 12, "көктем": 3, "жаз": 6, "күз": 9, "қыс": 12}


@pattern("ru", r"(?<!\w)(?:(?P<rel>прошл\w*|минувш\w*|эт\w*|нынешн\w*|следующ\w*|будущ\w*|предстоящ\w*)\s+)?"
         r"(?P<na>на\s+)?(?P<s>весн(?:ой|ы|у|а)|лет(?:ом|а|о)|осень(?:ю)?|осени|зим(?:ой|ы|у|а))(?!\w)"
         r"(?:\s+" + YEAR.format(name="y") + r"(?:" + DASH + YEAR.format(name="y2") + r")?\s*(?:года|годов|г\.|гг\.?)?|"
         + RU_REL_YEAR + ")?")
def _ru_season(m, published, direction):
    word = m["s"].lower()
    if not (m["y"] or m["rel"] or m["ry"]) and word not in ("весной", "летом", "осенью", "зимой") and not (
            m["na"] and word in ("весну", "лето", "осень", "зиму")):  # «запланирована на весну»
        return None  # «лето», «зима» as a noun name no time
    if word.startswith("лет") and not (m["y"] or m["rel"] or m["ry"] or word == "летом" or (m["na"] and word == "лето")):
        return None
    return _season(m, published, direction, next(v for k, v in SEASON_START.items() if word.startswith(k)))


@pattern("kk", r"(?:" + YEAR.format(name="y") + r"(?:" + DASH + YEAR.format(name="y2") + r")?\s*(?:жылдың|жылғы|"
         r"жылдардың|жылдардағы)\s+|(?<!\w)" + KK_REL_YEAR + r"|(?P<rel>өткен|келесі|алдағы)\s+)?(?<!\w)(?P<s>көктем|жаз|күз|қыс)"
         r"(?P<case>інде|ында|іне|ына|інен|ынан|де|да|те|та|ге|ға|ке|қа|гі|ғы|қы|кі|бен|пен|мен|імен|ымен|ден|тен|нен|і|ы)(?!\w)")
def _kk_season(m, published, direction):
    if not (m["y"] or m["rel"] or m["ry"]) and m["case"].lower() in ("і", "ы", "гі", "ғы", "қы", "кі", "бен", "пен",
                                                                       "мен", "ден", "тен", "нен"):
        return None  # «жазы», «күзгі» alone: a noun or an adjective of no year
    return _season(m, published, direction, SEASON_START[m["s"].lower()])


def _season(m, published, direction, month: int):
    def start(year: int) -> date | None:  # a winter is named by the year of its January
        return _safe_date(year - 1, 12, 1) if month == 12 else _safe_date(year, month, 1)

    rel = (m["rel"] or "").lower()
    if m["y"]:
        year = int(m["y2"] or m["y"]) if month == 12 else int(m["y"])
        return _dated(start(year), None, "season")
    if m["ry"]:  # «осенью прошлого года», «келесі жылдың көктемінде», «биылғы жазда»
        return _dated(start(rel_year(m["ry"], published)), None, "season")
    if rel.startswith(("прошл", "минувш", "өткен")):
        # the last one over before publication
        options = [d for d in (start(published.year - 1), start(published.year), start(published.year + 1)) if d]
        over = [d for d in options if _add_months(d, 3) and _add_months(d, 3) <= published]
        return _dated(max(over) if over else None, None, "season")
    if rel.startswith(("следующ", "будущ", "предстоящ", "келесі", "алдағы")):
        options = [d for d in (start(published.year), start(published.year + 1), start(published.year + 2)) if d]
        return _dated(min((d for d in options if d > published), default=None), None, "season")
    if rel:  # «этим летом», «биылғы жазда»: this year's; this winter is the one under way or next
        return _dated(_pick_period(published, start, 3, "future" if month == 12 else None), None, "season")
    return _dated(_pick_period(published, start, 3, direction), None, "season")


def _decade_start(m, published) -> int | None:
    if m["full"]:
        return int(m["full"])
    short = int(m["short"])
    century = published.year // 100 * 100
    if (m["cent"] or "") or short > published.year % 100 + 10:
        century -= 100  # «90-е годы» in 2025: the 1990s; «20-е» the 2020s
    return century + short


@pattern("ru", r"(?<!\w)(?:(?:в|во|с|до|к|на)\s+)?(?:(?P<part>перв\w*|втор\w*)\s+половин\w*\s+)?(?:(?P<full>(?:19|20)\d0)|"
         r"(?<![\d.,])(?P<short>[1-9]0))-?(?:е|х|ые|ых)(?!\w)(?!\s+числ)(?:\s+(?:годы|годов|годах|годам|гг\.?)(?!\w))?"
         r"(?:\s+(?P<cent>прошлого\s+века|прошлого\s+столетия|XX\s+века))?")
def _ru_decade(m, published, direction):
    first = _decade_start(m, published)
    if first is None or not MINYEAR <= first <= MAXYEAR - 9:
        return None
    if m["part"]:  # «во второй половине 20-х годов»: five years
        lo = first + (0 if m["part"].lower().startswith("перв") else 5)
        return date(lo, 1, 1), date(lo + 4, 1, 1), "year"
    return date(first, 1, 1), None, "decade"


@pattern("kk", r"(?<![\w.,])(?:(?P<full>(?:19|20)\d0)|(?P<short>[1-9]0))(?:-?(?:шы|ші|жж\.?))?(?:-|\s+)жылдар(?:ы|да|дағы|дың|ында|ындағы)"
         r"(?!\w)(?P<cent>)")
def _kk_decade(m, published, direction):
    first = _decade_start(m, published)
    return (date(first, 1, 1), None, "decade") if first is not None and MINYEAR <= first <= MAXYEAR - 9 else None


# a year in a list: «в 2003 и в 2019 годах», «в 2021, 2023 и 2025 годах», «2003 және 2019 жылдары»: each year
# but the last, which the year patterns read with its word
@pattern("ru", r"(?:(?<!\w)(?:в|во)\s+)?(?<![\d.])" + YEAR.format(name="y") + r"(?=(?:\s*,\s*|\s+и\s+(?:в\s+)?)"
         r"(?:19|20)\d\d(?:(?:\s*,\s*|\s+и\s+(?:в\s+)?)(?:19|20)\d\d)*\s*(?:годах|годы|годов|гг\.?)(?!\w))")
def _ru_listed_year(m, published, direction):
    return date(int(m["y"]), 1, 1), None, "year"


@pattern("kk", r"(?<![\d.])" + YEAR.format(name="y") + r"(?=(?:\s*,\s*|\s+(?:және|мен|пен|бен)\s+)(?:19|20)\d\d"
         r"(?:(?:\s*,\s*|\s+(?:және|мен|пен|бен)\s+)(?:19|20)\d\d)*\s*жыл(?:дары|дарда|ы|да)(?!\w))")
def _kk_listed_year(m, published, direction):
    return date(int(m["y"]), 1, 1), None, "year"


@pattern("kk", r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?=\s+жылдар(?:ы|да)(?!\w))(?<!0)\s+жылдар(?:ы|да)")
def _kk_year_plural(m, published, direction):
    return date(int(m["y"]), 1, 1), None, "year"  # «2019 жылдары» ends a list; «2010 жылдары» is a decade


@pattern("ru", r"(?<!\d)(?:с\s+)?" + YEAR.format(name="y1") + r"(?:" + DASH + r"|\s+по\s+)" + YEAR.format(name="y2")
         + r"\s*(?:годах|годы|года|годов|годам|годами|год|гг\.?)(?!\w)")
def _ru_year_range(m, published, direction):
    y1, y2 = int(m["y1"]), int(m["y2"])
    return (date(y1, 1, 1), date(y2, 1, 1), "year") if y1 < y2 else None


@pattern("kk", r"(?<!\d)" + YEAR.format(name="y1") + r"\s+жылдан\s+" + YEAR.format(name="y2") + r"\s+жылға\s+дейін\w*")
def _kk_year_span(m, published, direction):
    y1, y2 = int(m["y1"]), int(m["y2"])
    return (date(y1, 1, 1), date(y2, 1, 1), "year") if y1 < y2 else None


@pattern("kk", r"(?:" + YEAR.format(name="y") + KK_YEAR_WORD + r"\s+)?(?<![\d.,])(?P<d1>\d{1,2})\s+(?:және|мен)\s+(?P<d2>\d{1,2})"
         r"\s+" + KK_MONTH.format(name="m2") + r"(?P<m1>)")
def _kk_two_days(m, published, direction):
    if int(m["d2"]) != int(m["d1"]) + 1:
        return None
    return _day_range(m, published, direction, _month_kk)


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
           (r"(?:в|на)\s+(?:начале|середине|конце|первой\s+половине|второй\s+половине)\s+(?:этого\s+|текущего\s+)?года", 0),
           (r"(?:до|к)\s+(?:конц[ау]|исходу)\s+(?:этого\s+|текущего\s+)?года|(?:с|со)\s+начала\s+(?:этого\s+|текущего\s+)?года", 0)],
    "kk": [(r"биыл\w*|осы\s+жыл\w*|ағымдағы\s+жыл\w*", 0),
           (r"былтыр\w*|өткен\s+жыл\w*", -1),
           (r"келесі\s+жыл\w*|алдағы\s+жыл\w*|келер\s+жыл\w*", 1),
           (r"жыл\s+(?:басында|соңында|аяғында|ортасында)|жыл\s+(?:соңына|аяғына)\s+(?:дейін|қарай)|жыл\s+басынан\s+(?:бері|бастап)", 0)],
}
RELATIVE_DAYS = {
    "ru": [("позавчера", -2), ("вчера", -1), ("сегодня", 0), ("завтра", 1), ("послезавтра", 2)],
    "kk": [("кеше", -1), ("бүгін", 0), ("ертең", 1), (r"алдыңғы\s+күні", -2), ("бүрсігүні", 2)],
}
RELATIVE_WEEKS = {
    "ru": [(r"на\s+прошлой\s+неделе", -1), (r"на\s+(?:этой|текущей)\s+неделе", 0), (r"на\s+следующей\s+неделе", 1)],
    "kk": [(r"өткен\s+аптада", -1), (r"осы\s+аптада", 0), (r"келесі\s+аптада", 1)],
}
RELATIVE_MONTHS = {
    "ru": [(r"в\s+прошлом\s+месяце", -1), (r"в\s+(?:этом|текущем)\s+месяце", 0), (r"в\s+следующем\s+месяце", 1)],
    "kk": [(r"өткен\s+ай(?:да|дан|ға)", -1), (r"осы\s+ай(?:да|дан|ға)", 0), (r"келесі\s+ай(?:да|дан|ға)", 1)],
}


def _register_relative() -> None:
    for lang, items in RELATIVE_YEARS.items():
        for regex, shift in items:
            pattern(lang, r"(?<!\w)(?:" + regex + r")(?!\w)")(
                lambda m, p, d, shift=shift: _dated(_add_years(p, shift), None, "year"))
    for lang, items in RELATIVE_DAYS.items():
        for word, shift in items:
            # "сегодня" in a present-tense clause means "nowadays": only an event's clause dates it («бүгін»: only
            # a past one, the Kazakh present and future being one tense)
            pattern(lang, r"(?<!\w)" + word + r"(?:гі|ғы)?(?!\w)(?!\s+таңда)")(
                lambda m, p, d, shift=shift, lang=lang: None if (shift == 0 and (d is None if lang == "ru" else d != "past"))
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
    if not count and unit == "день" and not m["way"]:
        return None  # «курсировать через день»: every other day
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


@pattern("ru", r"(?<!\w)(?:в|во|на)\s+(?:(?:прошлый|прошлую|прошлое|минувший|минувшую|минувшее|этот|эту|это|"
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
         r"(?:\s+күні|(?<=і)де|(?<=а)да)(?!\w)")
def _kk_weekday(m, published, direction):
    weekday = KK_WEEKDAYS.index(m["w"].lower())
    text = m.group(0).lower()
    direction = "past" if text.startswith("өткен") else "future" if text.startswith("келесі") else direction
    return _dated(_weekday(published, weekday, direction, text.startswith(("өткен", "келесі"))), None, "day")


CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”„]|\s[–—-]\s|[.!?]\s")
KK_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—-]\s|[.!?](?:\s|$)")
RU_FUTURE_WORDS = re.compile(r"(?<!\w)(?:будет|будут|буду|предстоящ\w*|предстоит|планиру\w*|запланирован\w*|назначен\w*|перенесен\w*|перенес[её]н\w*|отложен\w*|"
                             r"намечен\w*|намечается|ожидается|ожидаются|состоится|состоятся|собира\w*|"
                             r"намерен\w*|открытие|строительство)(?!\w)", re.IGNORECASE)
KK_FUTURE_END = ("ады", "еді", "йды", "йді", "яды", "мақ", "мек", "бақ", "бек", "пақ", "пек", "атын", "етін", "йтын",
                 "йтін", "ды деп")
KK_PAST_END = ("ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен")
WORD = re.compile(r"\w+")


def clause_direction(text: str, start: int, end: int, lang: str,
                     tense_of: Callable[[str], str | None] | None) -> Direction:
    """'past', 'future' or None: the tense of the clause around text[start:end]."""
    breaks = CLAUSE_BREAK if lang == "ru" else KK_CLAUSE_BREAK  # a Kazakh sentence's verb comes last, past «» and commas
    if lang == "kk":  # a name in quotes is no clause: «Ресей – Қазақстан»
        text = re.sub(r"«[^«»]*»", lambda q: "«" + re.sub(r"[^\w«»]", " ", q.group(0)[1:-1]) + "»", text)
    lo = max((m.end() for m in breaks.finditer(text, 0, start)), default=0)
    hi = next((m.start() for m in breaks.finditer(text, end)), len(text))
    clause = text[lo:start] + " " + text[end:hi]
    if lang == "kk":
        # a converb («өтіп», «басталып») takes the tense of the clause after it
        for _ in range(3):
            tail = WORD.findall(text[end:hi])
            if not (tail and tail[-1].lower().endswith(("ып", "іп")) and hi < len(text)):
                break
            hi = next((m.start() for m in breaks.finditer(text, hi + 1)), len(text))
        clause = text[lo:start] + " " + text[end:hi]
        words = [w.lower() for w in WORD.findall(clause)]
        if not words:
            return None
        after = [w.lower() for w in WORD.findall(text[end:hi])]
        # «сәуірде көтеріле бастайтынын ескертті»: a reported future (or past) told by its participle
        reported = next((w for w in after if w.endswith(("атынын", "етінін", "йтынын", "йтінін", "атынды", "етінді",
                                                         "ғанын", "генін", "қанын", "кенін"))), None)
        if reported:
            return "past" if reported.endswith(("ғанын", "генін", "қанын", "кенін")) else "future"
        # «… 25 маусымда жабылады деп жоспарланған»: what is reported is told by the verb before «деп»
        last = after[after.index("деп") - 1] if "деп" in after[1:] else words[-1]
        if last in ("болатын", "еді", "екен") and len(words) > 1 and words[-2].endswith(("ған", "ген", "қан", "кен")):
            return "past"  # «қол қойған болатын», «өткен еді»
        if last.endswith(("йды", "йді")) and len(last) <= 5:
            return "past"  # «қойды», «жойды»: a one-syllable stem in -й and the past, not «ойнайды»
        if last.endswith(KK_FUTURE_END) or "мақ" in last or "мек" in last:
            return "future"
        return "past" if last.endswith(KK_PAST_END) and len(last) > 3 else None
    if RU_FUTURE_WORDS.search(clause):
        return "future"
    tenses = {tense_of(w) for w in WORD.findall(clause)} if tense_of else set()
    if "futr" in tenses and "past" not in tenses:
        return "future"
    if "past" in tenses and "futr" not in tenses:
        return "past"
    return None


# open-ended spans: the words around a date that make it a limit or a start
RU_BY = re.compile(r"(?<!\w)(?:(?:до|к)\s+(?:самого\s+)?(?:конц[ауе]|окончани[юя]|исход[уа])|к|не\s+позднее|не\s+позже)\s+$",
                   re.IGNORECASE)
RU_UNTIL = re.compile(r"(?<!\w)(?:до|вплоть\s+до)\s+$", re.IGNORECASE)
RU_SINCE = re.compile(r"(?<!\w)(?:начиная\s+|начина\w+\s+)?(?:с|со)\s+$", re.IGNORECASE)
RU_NOT_SINCE = re.compile(r"(?<!\w)(?:(?:сравнению|сравнении|связи|наряду|вместе|одновременно)\s+с|(?:перенес|перевед|"
                          r"сдвину|изменен|смещ)\w*\s+(?:\w+\s+){0,3}с)\s+$", re.IGNORECASE)  # «по сравнению с», «перенесено с»
RU_LEAD = re.compile(r"^(?P<w>до|к|с|со)\s+", re.IGNORECASE)
KK_AFTER = [(re.compile(r"^\s*(?:соңына|аяғына|соңы\w*\s+дейін)\s+(?:дейін|қарай)(?!\w)", re.I), "by"),
            (re.compile(r"^\s*(?:кешіктірмей|кешікпей)(?!\w)", re.I), "by"),
            (re.compile(r"^\s*(?:ж\.\s*|жыл\w*\s+|-?[а-яәғқңөұүһі]{2,3}\s+)?(?:бері|бастап|бері\s+қарай)(?!\w)", re.I), "since"),
            (re.compile(r"^\s*(?:ж\.\s*|жыл\w*\s+|-?[а-яәғқңөұүһі]{2,3}\s+)?дейін(?!\w)", re.I), "until"),
            (re.compile(r"^\s*қарай(?!\w)", re.I), "by")]
KK_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.IGNORECASE)


def open_direction(text: str, start: int, end: int, lang: str) -> str | None:
    """until, since or by when a date is one end of an open span («до 2028 года», «с 2015 года», «к 2027-му»,
    «2027 жылға дейін», «2015 жылдан бері», «2030 жылға қарай»); None for a date as such."""
    phrase = text[start:end]
    low = phrase.lower()
    if re.search(r"(?:соңына|аяғына)\s+(?:дейін|қарай)$|^(?:до|к)\s+(?:конц|исход)", low):
        return "by"  # «жыл соңына дейін», «до конца года»
    if re.search(r"басынан\s+(?:бері|бастап)$|^(?:с|со)\s+начала", low):
        return "since"
    if lang == "ru":
        lead = RU_LEAD.match(phrase)
        before = text[max(0, start - 30):start] + (lead.group(0) if lead else "")
        if RU_BY.search(before):
            return "by"
        if RU_UNTIL.search(before):
            return "until"
        if RU_SINCE.search(before) and not RU_NOT_SINCE.search(before):
            return "since"
        return None
    after = text[end:end + 30]
    for regex, way in KK_AFTER:
        if regex.match(after):
            return way
    word = phrase.split()[-1] if phrase.split() else ""
    if KK_ABLATIVE.search(word) and word.lower().startswith("жыл"):
        return "since"  # «1990 жылдан Ресейге жеткізеді»: from 1990 on
    return None


DIGITS = frozenset("0123456789")
# a text where a case-insensitive pattern can match what `str.lower()` does not give — a letter the regular
# expressions fold apart from lower case (ı, ſ, the narrow Cyrillic forms ᲂ, ᲃ …: re._casefix), one whose lower case
# is two letters (İ), a digit other than 0–9 (\d matches any) — is given to every pattern, as before
_UNUSUAL = re.compile("[" + "".join(sorted({re.escape(chr(c)) for k, v in _casefix._EXTRA_CASES.items() for c in (k, *v)}
                                           - set("isвдостъѣ") | {"İ"})) + "]|(?![0-9])\\d")
_REQUIRED: dict[re.Pattern, frozenset[str] | None] = {}


def requirement(regex: re.Pattern) -> frozenset[str] | None:
    """Strings (lowercase) one of which every match of the regular expression contains, read from its syntax;
    None when none is known. A pattern is run only on a text that has one of them: most sentences have no
    month, no year and no relative date, and scanning them with every pattern was most of the dates' time."""
    if regex not in _REQUIRED:
        _REQUIRED[regex] = _required(_parser.parse(regex.pattern, regex.flags))
    return _REQUIRED[regex]


def _required(items) -> frozenset[str] | None:
    """What one of the parsed items' consecutive parts requires, the most telling one (its shortest string the
    longest): a run of literal characters; a digit (\\d, [0-9]); a class of a few characters; a group or a repeat
    of at least once what it contains; alternatives, if each requires something (one of their strings)."""
    c = _constants
    found, run = [], ""
    for op, av in items:
        if op is c.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is c.IN:
            found.append(_class(av))
        elif op is c.SUBPATTERN:
            found.append(_required(av[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.append(_required(av[2]))
        elif op is c.ATOMIC_GROUP:
            found.append(_required(av))
        elif op is c.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            found.append(frozenset().union(*branches) if all(branches) else None)
        # (anything else — a lookaround, an anchor, \\w, \\s, a negated class — requires nothing known)
    if run:
        found.append(frozenset([run]))
    found = [f for f in found if f]
    return max(found, key=lambda f: (min(map(len, f)), -len(f))) if found else None


def _class(members) -> frozenset[str] | None:
    """The characters a class [...] matches, if it names digits or a few characters only."""
    c = _constants
    chars: set[str] = set()
    for kind, value in members:
        if kind is c.LITERAL:
            chars.add(chr(value).lower())
        elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
            chars |= DIGITS
        elif kind is c.RANGE and "0" <= chr(value[0]) <= chr(value[1]) <= "9":
            chars |= {chr(n) for n in range(value[0], value[1] + 1)}
        else:
            return None
    return frozenset(chars) if chars else None


class _Plans:
    """The patterns of each language with what each requires, made once from PATTERNS (again if it is replaced or
    grows: the tests register the patterns again into a fresh list)."""

    source: list | None = None
    size = 0
    by_lang: dict[str, tuple] = {}


def _plan(lang: str) -> tuple:
    """(regex, resolver, requirement) of every pattern of a language."""
    if _Plans.source is not PATTERNS or _Plans.size != len(PATTERNS):
        _Plans.source, _Plans.size, _Plans.by_lang = PATTERNS, len(PATTERNS), {}
    if lang not in _Plans.by_lang:
        _Plans.by_lang[lang] = tuple((regex, resolver, requirement(regex)) for langs, regex, resolver in PATTERNS
                                     if lang in langs.split())
    return _Plans.by_lang[lang]


def find_dates(text: str, lang: str, published: date, tense_of: Callable[[str], str | None] | None = None
               ) -> tuple[DateMention, ...]:
    """Every date expression in the text, resolved; earlier and longer matches win overlaps.

    `tense_of(word)` gives a Russian word's tense (past, pres, futr) to read the clause around a
    phrase; without it the tense is unknown and the closest year is taken."""
    found: list[tuple[int, int, DateMention]] = []
    low, present, usual = text.lower(), {}, _UNUSUAL.search(text) is None
    for regex, resolver, needed in _plan(lang):
        if needed is not None and usual:  # (a pattern that cannot match this text is not run on it)
            if needed not in present:
                present[needed] = any(part in low for part in needed)
            if not present[needed]:
                continue
        for m in regex.finditer(text):
            tense = clause_direction(text, m.start(), m.end(), lang, tense_of)
            resolved = resolver(m, published, tense)
            if resolved is None:
                continue
            start, end, precision = resolved
            phrase = m.group(0).strip()
            way = None if end else open_direction(text, m.start(), m.end(), lang)
            found.append((m.start(), m.end(), DateMention(phrase, m.start(), start, end, precision, way)))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    taken: list[tuple[int, int, DateMention]] = []
    for start, end, mention in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, mention))
    return tuple(m for _, _, m in sorted(taken, key=lambda t: t[0]))

