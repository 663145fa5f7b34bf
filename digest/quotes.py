"""Clean quotes: the claim of a sentence as the article states it, without the page furniture that
scraping glues to it (agency datelines, timestamps, view counters, bylines, photo credits, "read also"
links, a headline glued before the sentence's real start), and no quote at all for a sentence that
only announces what follows ("Подробнее — в нашем материале.", "Сұхбатты назарларыңызға ұсынамыз.").

A quote is always a contiguous substring of the sentence, exactly as written: furniture is only cut
from its start and its end. Every rule asks for positive evidence of furniture (a dash after an agency,
a time after a date, a name run followed by a sentence start), so a sentence that merely begins with a
date, a figure, a city, a name, an abbreviation, «a quote» or a speech dash comes back whole.
"""
from __future__ import annotations

import re

UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
LO = "a-zа-яёәғқңөұүһі"
DASH = "[-‐‑‒–—―]"
CAPW = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"  # a capitalised word: Наталия, Премьер-Министр, Қасым-Жомарт

RU_MONTH = (r"(?:январ[ьяе]|феврал[ьяе]|марта?|апрел[ьяе]|ма[йя]|июн[ьяе]|июл[ьяе]|августа?|сентябр[ьяе]|"
            r"октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\.?")
KK_MONTH = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
# a date as datelines and page headers write it; the month must end there (қарашада is a sentence's date)
DATE_TEXT = (rf"\d{{1,2}}\s+(?i:{RU_MONTH}|{KK_MONTH})(?![{LO}])"
             r"(?:\s*,?\s*\d{4}(?:\s*(?:г\.|года|ж\.|жыл[ы]?)(?![\w]))?)?")
DATE_NUM = r"(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}-\d\d-\d\d)(?![\d.])"
TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])"
DAYWORD = r"(?:Сегодня|Вчера|Бүгін|Кеше)"
SEP = r"\s*(?:[,|•·/]|" + DASH + r")?\s*"
STAMP_LABEL = (r"(?:(?:Опубликовано|Обновлено|Дата публикации|Жарияланды|Жарияланған|Жаңартылды|"
               r"Өзгертілді)\s*:?\s*)")
COUNT = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,7})"
COUNTER = (rf"(?:\s*[|•·]?\s*(?:👁\s*)?{COUNT}(?:\s*(?:просмотр[{LO}]*|рет қаралды))?)(?=\s|[{UP}«\"“]|$)")

CITIES = (
    "Астана|Алматы|Нур-Султан|Шымкент|Караганда|Актобе|Атырау|Актау|Павлодар|Уральск|Костанай|"
    "Петропавловск|Усть-Каменогорск|Семей|Кызылорда|Тараз|Туркестан|Кокшетау|Жезказган|Талдыкорган|"
    "Экибастуз|Темиртау|Байконур|Москва|Санкт-Петербург|Оренбург|Омск|Новосибирск|Екатеринбург|"
    "Челябинск|Самара|Казань|Астрахань|Барнаул|Курган|Тюмень|Саратов|Волгоград|Уфа|Пермь|Бишкек|"
    "Ташкент|Минск|Баку|Ереван|Душанбе|Нұр-Сұлтан|Қарағанды|Ақтөбе|Ақтау|Орал|Қостанай|Петропавл|"
    "Өскемен|Қызылорда|Түркістан|Көкшетау|Жезқазған|Талдықорған|Екібастұз|Теміртау|Байқоңыр|Мәскеу|"
    "Санкт-Петербор|Орынбор|Омбы|Новосібір|Қазан|Астрахан|Барнауыл|Бішкек")
CITY_KNOWN = rf"(?i:{CITIES})(?![{LO}{UP}])"
CITY_CAPS = rf"[{UP}]{{3,}}(?:-[{UP}]{{2,}})?(?![{LO}])"
CITY = rf"(?:{CITY_KNOWN}|{CITY_CAPS})"

AGENCY_NAME = (
    r"(?:КАЗИНФОРМ|Казинформ|KAZINFORM|Kazinform|ҚазАқпарат|Қазақпарат|QazAqparat|ТАСС|TASS|"
    r"РИА\s+Новости|RIA\s+Novosti|Интерфакс(?:-Казахстан)?|Interfax(?:-Kazakhstan)?|"
    r"INTERFAX(?:\.RU|\.KZ)?|Sputnik(?:\s+(?:Казахстан|Қазақстан))?|Спутник|КазТАГ|KazTAG|Регнум|"
    r"REGNUM|Новости-Казахстан|Хабар\s+24|Khabar\s+24|ElOrda|Tengrinews)")
DOMAIN = r"[A-Za-zА-Яа-яЁё0-9][\w-]*\.(?i:kz|ru|com|org|net|info|media|su|kg|uz)(?![\w.])"
BARE_AGENCY = rf"(?:{AGENCY_NAME}|{DOMAIN}|[A-Z]{{4,}}|[{UP}]{{5,}}(?:-[{UP}]{{3,}})?)(?![\w])"
WRAPPED_AGENCY = rf"(?:/\s*[^/\s][^/\n]{{0,38}}/|\(\s*(?:{AGENCY_NAME}|{DOMAIN})\s*\))"
COUNTRY_TAG = r"(?:\s*/[^/\n]{2,20}/)?"  # "ПЕТРОПАВЛОВСК /Казахстан/, 7 мая. /ТАСС/."
DL_HEAD = rf"(?:{CITY}{COUNTRY_TAG}\s*[.,]\s*)?(?:{DATE_TEXT}(?:\s*,?\s*{TIME})?\s*[.,]?\s*)?"

# "АСТАНА, 12 ноября. /КАЗИНФОРМ/ – ", "/ТАСС/. ", "(Kazinform) – "
DATELINE_WRAPPED = re.compile(rf"{DL_HEAD}(?:{DASH}\s*)?{WRAPPED_AGENCY}\s*[.,]?\s*(?:{DASH}\s*)?")
# "KAZINFORM – ", "ҚазАқпарат – ", "АЛМАТЫ, 18 сен — Sputnik." — a bare name needs its dash or full stop,
# so "ТАСС сообщает" or "Sputnik Казахстан выяснил" is a sentence
DATELINE_BARE = re.compile(rf"{DL_HEAD}(?:{DASH}\s*)?{BARE_AGENCY}\s*(?:{DASH}\s*|\.(?:\s+|$)|$)")
# "ПАВЛОДАР, 7 мая – ", "Қарағанды, 9 сәуір – ", "АСТАНА – " (no agency: a date, or a known city written in
# capitals - the lookahead - since "ЕАЭС – это …" and "Москва – Астана" are sentences)
DATELINE_PLAIN = re.compile(
    rf"(?:{CITY}\s*[.,]\s*{DATE_TEXT}(?:\s*,?\s*{TIME})?\s*[.,]?\s*|(?=[{UP}-]+(?![{LO}])){CITY_KNOWN}\s*[.,]?\s*)"
    rf"{DASH}\s+")

# a timestamp run of a page header: date + time, time + date, a numeric date, a time opening the line
STAMP = (rf"{STAMP_LABEL}?(?:(?:{DAYWORD}|{DATE_TEXT}|{DATE_NUM}){SEP}{TIME}|{TIME}{SEP}(?:{DATE_TEXT}|{DATE_NUM})"
         rf"|{DATE_NUM})")
RUN_AT_START = re.compile(rf"(?:{STAMP}|{STAMP_LABEL}?{TIME})(?:\s*{STAMP})*\s*")
# in the middle of a line (after a headline or breadcrumbs) only a run nothing but a page header makes
RUN_MIDDLE = re.compile(rf"(?<=\s)(?:{STAMP_LABEL}?(?:(?:{DAYWORD}|{DATE_TEXT}|{DATE_NUM}){SEP}{TIME}"
                        rf"|{TIME}{SEP}(?:{DATE_TEXT}|{DATE_NUM}))|{DATE_NUM}(?={COUNTER}))")
DATELINE_MIDDLE = re.compile(
    rf"(?<=\s)(?={CITY_CAPS}\s*[.,]\s*(?:{DATE_TEXT}\s*[.,]?\s*)?(?:{WRAPPED_AGENCY}|{DASH}))")
STAMP_HINT = re.compile(r"\d[:.]\d")  # a time or a numeric date: no run without one
COUNTER_AT = re.compile(COUNTER + r"\s*")
LABELLED_COUNTER = re.compile(
    rf"(?:Просмотров|Просмотры|Комментарии|Қаралым|Қаралды|Көрілім саны|Пікірлер)\s*:?\s*{COUNT}(?![\d])\s*")
READ_TIME = re.compile(rf"(?:(?:Время чтения|Оқу уақыты)\s*:?\s*\d+\s*мин\.?|\d+\s*мин\.?\s*(?:чтения|оқу))\s*")

NAME = rf"{CAPW}\s+{CAPW}"
NAMES = rf"{NAME}(?:\s*,\s*{NAME}|\s+(?:и|мен|және)\s+{NAME}){{0,2}}"
BYLINE_LABEL = re.compile(
    rf"(?:Автор|Авторы|Текст|Подготовил[аи]?|Корреспондент|Тілші|Автордың|Авторлар)\s*:\s*{NAMES}\s*")
NAMES_AT = re.compile(rf"{NAMES}\s*")
SEVERAL_NAMES_AT = re.compile(rf"{NAME}(?:\s*,\s*{NAME}|\s+(?:и|мен|және)\s+{NAME}){{1,2}}\s*")
BYLINE_ONLY = re.compile(rf"(?:{NAMES})\s*[.,]?")
CREDIT_LABEL = re.compile(
    r"(?:Фото|Фотография|Фото и видео|Видео|Сурет|Суреттер|Бейне|Источник|Дереккөз|Иллюстрация|"
    r"Инфографика|Коллаж)\s*:\s*|©\s*|Фото\s+(?:предоставлен[оы]?|взято|взяты)\s+|"
    r"Фото\s+(?:из|с)\s+(?:открытых\s+источников|архива|сайта\s+\S+|соцсетей)\s*|"
    r"Сурет\s+(?:ашық\s+дереккөздерден|мұрағаттан)\s*")
READ_ALSO = re.compile(
    r"(?:Читайте также|Смотрите также|Также читайте|Читайте по теме|Ещё по теме|Еще по теме|"
    r"Новости по теме|Оқи отырыңыз|Сондай-ақ оқыңыз|Тақырыпқа орай)\s*:?\s*")
SERVICE = re.compile(r"(?:Подписывайтесь|Поделиться|Нашли ошибку|Реклама|Жазылыңыз|Бөлісу)(?![\w])")
# "subscribe" is never a claim, wherever the outlet's name puts it: "Kazinform-ның Telegram-арнасына жазылыңыз"
SUBSCRIBE = re.compile(r"(?<![\w])(?:подписывайтесь|подпишитесь|жазылыңыз)(?![\w])", re.IGNORECASE)

# furniture that ends a line: a label and what follows it, a dateline or a timestamp run after the text
TAIL_MARKER = re.compile(
    rf"\s+(?:(?:Фото|Сурет|Видео|Бейне|Источник|Дереккөз|Автор|Авторы|Тілші)\s*:\s|©|Читайте также|"
    r"Смотрите также|Также читайте|Новости по теме|Оқи отырыңыз|Сондай-ақ оқыңыз|Поделиться|"
    r"Подписывайтесь|Бөлісу|Нашли ошибку)")
TAIL_DATELINE = re.compile(rf"\s+{CITY_CAPS}\s*[.,]\s*{DATE_TEXT}\s*\.?\s*$")
TAIL_RUN = re.compile(rf"\s+(?:(?:{DAYWORD}|{DATE_TEXT}|{DATE_NUM}){SEP}{TIME}|{TIME}{SEP}(?:{DATE_TEXT}|{DATE_NUM}))"
                      rf"(?:{COUNTER})?\s*$")

# what is left when a sentence was nothing but furniture: dates, times, counts, cities, agencies, labels
# (word by word: one alternation run at every character cost more than the rest of the module)
FURNITURE_WORD = re.compile(
    rf"\d+|(?:{RU_MONTH}|{KK_MONTH})|г|ж|года|жыл|жылы|(?:{CITIES})|сегодня|вчера|бүгін|кеше|"
    r"казахстан|қазақстан|россия|ресей|рф|рк|просмотров|просмотры|қаралым|опубликовано|обновлено|"
    r"жарияланды|жаңартылды|kazinform|казинформ|қазақпарат|qazaqparat|тасс|tass|риа|новости|ria|novosti|"
    r"интерфакс|interfax|sputnik|спутник|"
    r"казтаг|kaztag|регнум|regnum|tengrinews|[\w-]+\.(?:kz|ru|com|org|net|info|media|su|kg|uz)",
    re.IGNORECASE)
WORDS = re.compile(r"\w+(?:[-.]\w+)*")
START_CHAR = re.compile(rf"[{UP}«\"“„]|{DASH}\s")
TOKEN = re.compile(r"\S+")
TERMINAL_END = re.compile(r"[.!?…][»\"”)]*\s*$")
CAPITALISED = re.compile(rf"[{UP}][{LO}]")
LOWER_START = re.compile(rf"[{LO}\d«]")
KK_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде)$")

# Words that only begin a sentence when capitalised: in Russian and Kazakh prose (and headlines) they
# are written in lower case anywhere else, so one of them, capitalised after a credit or a headline,
# is where the sentence starts.
START_WORDS = frozenset("""
В Во С Со К Ко О Об У А И Но На По Из За До От При Для Под Над Через После Перед Между Как Что Это Этот
Эта Эти Он Она Они Мы Там Тогда Также Однако Кроме Ранее Напомним Сегодня Вчера Завтра Всего Согласно
Помимо Сейчас Теперь Еще Ещё Уже Кстати Причем Причём Впрочем Поэтому Здесь
Бұл Осы Ол Олар Біз Ал Алайда Сонымен Сондай-ақ Биыл Бүгін Кеше Ертең Бұған Бұдан Осыған Жалпы Қазір
Жуырда Айта Атап Еске Сондықтан Сол Онда Мұнда Өткен Келесі
""".split())
# titles that open a sentence ("Министр Ермек …") though the next word is a capitalised name
TITLE_WORDS = frozenset("""
Глава Министр Президент Премьер-министр Вице-министр Аким Посол Председатель Директор Ректор Губернатор
Депутат Мэр Спикер Министрлік Министр Әкім Елші Төраға Ректор Директоры Президенті Басшы
""".split())
# a Russian adjective in an oblique case ("Костанайской области") goes on a headline's phrase: a
# sentence hardly starts with one
OBLIQUE_ADJECTIVE = re.compile(r"(?:ск|цк|н|ов|ев|ин)(?:ой|ого|ому|их|им|ими|ую|ом)[,.]?$")
# a capitalised word right after one of these is inside a name or a headline, not a sentence start
LINKERS = frozenset("""
и в во с со на по из к ко о об у от до за для при под над между через а или но мен бен пен және не
""".split())

# (cheap guard: words one of which the sentence must contain, pattern[, window]): the guard spares most
# sentences the search, and an end-anchored pattern searches only the last `window` characters
ANNOUNCEMENTS = tuple((entry[0], re.compile(entry[1], re.IGNORECASE), entry[2] if len(entry) > 2 else 0)
                      for entry in (
    # ru
    ((), r"^(?:Подробнее|Подробности|Детали|Все подробности)\s*(?:" + DASH + r"|:|читайте|смотрите|"
     r"в\s+(?:нашем\s+)?(?:материале|видео|сюжете|статье|интервью)|\.?\s*$)"),
    ((), r"^(?:Предлагаем|Представляем)\s+(?:вашему\s+)?вниманию\b"),
    ((), r"^(?:Публикуем|Приводим)\s+(?:\w+\s+)?(?:текст|верси|интервью|выступлени|обращени|видео|запис|"
     r"фрагмент|стенограмм)"),
    ((), r"^(?:Полный текст|Полная версия|Полную версию)\b.{0,80}?\b(?:читайте|смотрите|слушайте|доступ|"
     r"опубликован|публикуем|приводим|размещ)"),
    ((), r"^(?:Ниже|Далее)\s*" + DASH + r"\s*(?:полн|текст|интервью|видео|список|выдержк|главное)"),
    ((), r"^(?:Рассказываем|Разбираемся|Объясняем|Отвечаем на)(?!\w)"),
    # "О том, как … , в интервью … рассказал посол": what the interview will tell, not a claim
    # ("О том, что …" states one)
    (("рассказ", "поделил"), r"^О том,\s+(?:как|какие|какой|каким|каких|какую|почему|зачем|сколько|где|когда|"
     r"чего|чем|кто)(?!\w).*(?:рассказал|рассказала|рассказали|рассказывает|рассказывают|расскажет|поделил\w*)(?!\w)"),
    ((), r"^Собрали\s+(?:главное|подробности|все|всё|ответы|самое|основное)"),
    ((), r"^(?:Смотрите|Читайте|Слушайте)\s+(?:в\s|наш|полн|видео|материал|интервью|подробн|на\s+сайте|также)"),
    # "Об этом и многом другом — в интервью …", "О том, как … , — в материале …": the dash stands for
    # "read it in"
    (("материал", "интервью", "стать", "репортаж", "сюжет", "видео", "обзор", "подкаст", "спецпроект", "текст",
      "карточк", "галере", "инфографик", "колонк", "публикаци", "расследован"),
     r"(?:^|\s)" + DASH + r"\s*(?:читайте\s+|смотрите\s+)?в\s+(?:\w+\s+){0,2}?(?:фото|видео)?(?:материале|"
     r"интервью|статье|репортаже|сюжете|видео|обзоре|подкасте|спецпроекте|тексте|карточках|галерее|"
     r"фотогалерее|инфографике|колонке|публикации|расследовании)(?!\w)(?:\s+\S+){0,10}[.!…]?\s*$", 250),
    (("рассказ", "объясня", "разбира", "показ", "отвечаем"),
     r",\s*(?:рассказываем|расскажем|объясняем|разбираемся|показываем|покажем|отвечаем)(?!\w)[^,.!?]{0,50}[.!]?\s*$", 90),
    (("читайте", "смотрите", "слушайте"), r"(?<!\w)(?:читайте|смотрите|слушайте)\s+(?:в|на)\s+[^.!?]{0,60}[.!]?\s*$", 90),
    # kk
    ((), r"^Толығырақ\s*(?:" + DASH + r"|:|біздің|\S*(?:материал|сұхбат|бейне|видео|сюжет|мақала|репортаж)|"
     r"оқыңыз|қараңыз|көріңіз|тыңдаңыз|\.?\s*$)"),
    ((), r"^(?:Назарларыңызға|Оқырман(?:дар)?\s+назарына)"),
    (("ұсынамыз",), r"(?:назар|мәтін|сұхбат|нұсқа|материал|бейне|видео|мақала|репортаж)\S*\s+(?:\S+\s+){0,3}?"
     r"ұсынамыз\W*$", 150),
    (("сұхбат", "материал", "мақала", "бейнесюжет", "репортаж", "видео", "шолу", "подкаст", "инфографика"),
     r"(?:^|\s)" + DASH + r"\s*(?:\S+\s+){0,4}?(?:сұхбатта|сұхбатында|материалда|материалында|"
     r"мақалада|мақаласында|бейнесюжетте|бейнесюжетінде|репортажда|репортажында|видеода|шолуда|"
     r"шолуында|подкаста|инфографикада)\W*$", 150),
    (("түсіндіреміз", "айтып береміз", "баяндаймыз", "көрсетеміз"),
     r"(?:қалай|қандай|неге|неліктен|қашан|қанша|қайда|кім)\S*\s.*"
     r"(?:түсіндіреміз|айтып береміз|баяндаймыз|көрсетеміз)\W*$"),
    (("ңыз", "ңіз"), r"(?:^|\s)(?:оқыңыз|қараңыз|көріңіз|тыңдаңыз|тамашалаңыз)\W*$", 30),
))


def is_announcement(sentence: str, lang: str) -> bool:
    """True when the sentence only announces what follows ("Подробнее — в нашем материале.")."""
    # both languages' patterns are tried: a Kazakh article may quote a Russian line, and langid can err
    text = sentence.strip()
    low = text.lower()
    return bool(text) and any((not guard or any(g in low for g in guard))
                              and p.search(text, max(0, len(text) - window) if window else 0)
                              for guard, p, window in ANNOUNCEMENTS)


def _sentence_start(text: str, pos: int, min_index: int, window: int = 25) -> int | None:
    """Where a sentence starts inside the words from `pos` (a credit's or a headline's end), else None.

    A capitalised function word ("В", "Ранее", "Бұған") wins; otherwise the first capitalised word
    (not an abbreviation) that follows a word other than a preposition and is followed by a lower-case
    word, or a title ("Министр …"). A word after a colon belongs to a headline ("Лихачев: Росатом …").
    """
    tokens = [m for _, m in zip(range(window), TOKEN.finditer(text, pos))]
    weak = None
    for i in range(min_index, len(tokens)):
        tok, prev = tokens[i].group(), tokens[i - 1].group() if i else ""
        if prev.endswith(":") or prev.lower().strip(",") in LINKERS:
            continue
        if tok in START_WORDS:
            return tokens[i].start()
        if (weak is None and i >= 1 and CAPITALISED.match(tok) and not prev.startswith("©")
                and not OBLIQUE_ADJECTIVE.search(tok)):
            nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
            if tok.rstrip(",") in TITLE_WORDS or LOWER_START.match(nxt):
                weak = tokens[i].start()
    return weak


def _after_names(text: str, pos: int) -> int:
    """Past a byline of 1–3 names when a sentence starts right after it, else `pos` unchanged."""
    m = NAMES_AT.match(text, pos)
    if m and m.end() < len(text) and _starts_sentence(text, m.end()) and not _locative(m.group()):
        return m.end()
    return pos


def _locative(names: str) -> bool:
    """A Kazakh place in the locative ("Астанада Ресей …") is a sentence's start, not a byline."""
    return any(KK_LOCATIVE.search(w) for w in names.replace(",", " ").split())


def _starts_sentence(text: str, pos: int) -> bool:
    """A sentence can start at `pos`: a capital, an opening quote or a speech dash."""
    return bool(START_CHAR.match(text, pos))


def _lead(text: str, pos: int, sentence_ends: bool) -> int | None:
    """The position after one piece of leading furniture at `pos`; None when there is none there;
    len(text) when everything from `pos` on is furniture."""
    for pattern in (DATELINE_WRAPPED, DATELINE_BARE, DATELINE_PLAIN):
        m = pattern.match(text, pos)
        if m and m.end() > pos and (m.end() == len(text) or _starts_sentence(text, m.end())
                                    or text[m.end()].isdigit()):
            return m.end()
    m = RUN_AT_START.match(text, pos)
    if m:
        end = _after_stamp(text, m.end())
        if end is not None:
            return end
    for pattern in (LABELLED_COUNTER, READ_TIME):
        m = pattern.match(text, pos)
        if m and (m.end() == len(text) or _starts_sentence(text, m.end())):
            return m.end()
    m = BYLINE_LABEL.match(text, pos)
    if m:
        return m.end()
    m = SEVERAL_NAMES_AT.match(text, pos)
    if m and m.end() < len(text) and (_starts_sentence(text, m.end())) and not _locative(m.group()):
        return m.end()
    for pattern, min_index in ((CREDIT_LABEL, 1), (READ_ALSO, 2)):
        m = pattern.match(text, pos)
        if m:
            start = _sentence_start(text, m.end(), min_index) if sentence_ends else None
            return len(text) if start is None else start
    if SERVICE.match(text, pos):
        return len(text)
    return None


def _after_stamp(text: str, end: int) -> int | None:
    """Past a timestamp run's counter and byline when a sentence starts after them (None: the run is
    the sentence's own date, as in "19.12.2023 года …")."""
    if end >= len(text):
        return end
    c = COUNTER_AT.match(text, end)
    if c and (c.end() == len(text) or _starts_sentence(text, c.end())):
        return _after_names(text, c.end())
    if _starts_sentence(text, end):
        return _after_names(text, end)
    return None


def _headline_before(text: str, pos: int) -> int:
    """Past a headline (or breadcrumbs) glued before a page header's timestamp or dateline."""
    if not _starts_sentence(text, pos):
        return pos
    for pattern in (RUN_MIDDLE, DATELINE_MIDDLE):
        if pattern is RUN_MIDDLE and not STAMP_HINT.search(text, pos):
            continue
        m = pattern.search(text, pos, pos + 300)
        if not m:
            continue
        if pattern is RUN_MIDDLE:
            # the run must be a page header before a sentence: a counter, a byline or a sentence start
            after = _after_stamp(text, RUN_AT_START.match(text, m.start()).end())
            if after is None or after >= len(text):
                continue
        elif _lead(text, m.start(), True) is None:
            continue
        return m.start()
    return pos


def _trail(text: str, start: int, end: int) -> int:
    """Where the text from `start` stops once the furniture glued after it is cut."""
    while end > start:
        tail = max(start, end - 80)  # the end-anchored patterns need only the last words
        m = (TAIL_MARKER.search(text, start, end) or TAIL_DATELINE.search(text, tail, end)
             or STAMP_HINT.search(text, tail, end) and TAIL_RUN.search(text, tail, end))
        if not m:
            return end
        end = m.start()
    return end


def clean_quote(sentence: str, lang: str) -> str | None:
    """The sentence's claim as written, its furniture cut (a substring), or None if there is none."""
    end = len(sentence)
    # a credit or "read also" link is followed by a sentence only when the line ends like one
    sentence_ends = bool(TERMINAL_END.search(sentence))
    start = _headline_before(sentence, len(sentence) - len(sentence.lstrip()))
    for _ in range(8):  # a line can stack several: "Автор: … Фото: … В Астане …"
        while start < end and sentence[start].isspace():
            start += 1
        nxt = _lead(sentence, start, sentence_ends)
        if nxt is None or nxt == start:
            break
        start = nxt
    end = _trail(sentence, start, end)
    quote = sentence[start:end].strip() if start < end else ""
    if not quote or all(w.group().isupper() or FURNITURE_WORD.fullmatch(w.group())
                        for w in WORDS.finditer(quote)):
        return None  # nothing but furniture: "АСТАНА, 3 апреля.", "5 желтоқсан.", "Просмотров: 1 204"
    low = quote.lower()
    if (BYLINE_ONLY.fullmatch(quote) or ("подпи" in low or "жазылыңыз" in low) and SUBSCRIBE.search(quote)
            or SERVICE.match(quote) or is_announcement(quote, lang)):
        return None
    return quote


def score_quotes(cases: list[dict]) -> tuple[int, int, list[str]]:
    """(right, total, one line per disagreement) of clean_quote on gold cases (tests/claims/quotes.yml)."""
    right, lines = 0, []
    for case in cases:
        got = clean_quote(case["text"], case["lang"])
        if got == case["quote"]:
            right += 1
        else:
            lines.append(f"{case['id']} ({case['lang']}): want {case['quote']!r}, got {got!r}")
    return right, len(cases), lines
