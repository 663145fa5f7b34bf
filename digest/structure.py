"""Structure of an article: title, headings, boilerplate lines and the outlet named in the text."""
from __future__ import annotations

import re

from .model import SourceLine
from .segment import split_sentences

RUBRICS = {
    "статья", "новости", "новость", "интервью", "мнение", "аналитика", "политика", "экономика",
    "общество", "комментарий", "репортаж", "колонка", "в мире", "главное", "официально", "эксклюзив",
    "мақала", "жаңалықтар", "жаңалық", "сұхбат", "саясат", "қоғам", "пікір", "талдау", "әлем",
}
CREDIT = re.compile(
    r"^(фото|фотография|фотографии|photo|сурет|суреттер|видео|иллюстрация|инфографика|коллаж)"
    r"(\s|:|$)", re.IGNORECASE)
BYLINE = re.compile(
    r"^(редакция|автор|авторы|текст|подготовил|подготовила|подготовили|корреспондент|обозреватель|"
    r"источник|материал подготовил|тілші|автордың)(\s|:|$)", re.IGNORECASE)
SERVICE = re.compile(
    r"^(читайте также|читайте нас|подписывайтесь|смотрите также|реклама|поделиться|"
    r"оқи отырыңыз|жазылыңыз|сондай-ақ оқыңыз)", re.IGNORECASE)
TERMINAL = ".,:;…"
DASH_START = re.compile(r"^[–—-]")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")

OUTLET_PATTERNS = (
    # byline: "Редакция сайта ТАСС"
    re.compile(r"^Редакция\s+(?:сайта|портала|газеты|агентства|издания)\s+(?P<o>\S.*?)\s*$", re.I),
    # dateline: "АСТАНА. KAZINFORM — ..." / "МОСКВА, 12 ноября. /ТАСС/."
    re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\- ]{3,}[.,]\s+(?P<o>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-Za-zА-ЯЁӘҒҚҢӨҰҮҺІ.\-]*"
               r"[A-ZА-ЯЁ.])\s+[—–-]\s"),
    re.compile(r"^[^/]{0,60}/(?P<o>[A-ZА-ЯЁ][\w.\- ]{1,30})/"),
    # attribution at the end of the lead: "..., передает BAQ.KZ."
    re.compile(r"(?:передает|передаёт|сообщает|пишет|информирует)\s+(?:корреспондент\s+|агентство\s+|"
               r"портал\s+|издание\s+|сайт\s+)?(?P<o>[A-ZА-ЯЁ][\w.\-]*(?:\s[A-ZА-ЯЁ][\w.\-]*)?)\s*[.»\"]*\s*$"),
    re.compile(r"(?P<o>[A-Z][\w.\-]+)\s+(?:тілшісі\s+)?хабарлайды"),
    re.compile(r"хабарлайды\s+(?P<o>[A-ZА-ЯЁ][\w.\-]+)"),
)
CREDIT_OUTLET = re.compile(r"©[^/]*/\s*(?P<o>[A-ZА-ЯЁ][\w.\-]+)\s*$")
ATTRIBUTION_TAIL = re.compile(
    r",?\s*(?:[—–-]\s*)?(?:передает|передаёт|сообщает|пишет|информирует|деп хабарлайды)\s+[^,]{2,40}$")
DATELINE = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\- ]{3,}[.,]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.\-]*\s+[—–-]\s+")
TITLE_MAX = 200
HEADING_MAX_CHARS, HEADING_MAX_WORDS = 90, 12
SHORT_TITLE = 110


def is_boilerplate(text: str, first: bool) -> bool:
    """Rubric labels, bylines, photo credits and captions, service lines."""
    words = text.split()
    if "©" in text and len(words) <= 30:
        return True
    if CREDIT.match(text) and len(words) <= 8 and (not text.endswith(".") or ":" in text[:12]):
        return True
    if BYLINE.match(text) and len(words) <= 8 and not text.endswith("."):
        return True
    if SERVICE.match(text) and len(words) <= 15:
        return True
    return len(words) <= 2 and text.strip(" .:").lower() in RUBRICS or (
        first and len(words) == 1 and text[:1].isupper() and text.isalpha())


def reads_as_headline(text: str) -> bool:
    """A line that reads as a headline: short, no final period, starts like a sentence."""
    return (len(text) <= TITLE_MAX and len(text.split()) >= 2 and text[-1] not in TERMINAL
            and not DASH_START.match(text) and not text[0].islower())


def reads_as_heading(text: str) -> bool:
    """A section heading inside an article: a short phrase with no final punctuation."""
    return (len(text) <= HEADING_MAX_CHARS and 1 <= len(text.split()) <= HEADING_MAX_WORDS
            and text[-1] not in TERMINAL + "!?»\"" and not DASH_START.match(text)
            and text[0].isupper() and len(split_sentences(text)) == 1)


def assign_roles(lines: tuple[SourceLine, ...], markdown: bool,
                 has_title: bool = False) -> tuple[tuple[str, str], ...]:
    """(role, text) of every line: title, heading, boilerplate or body. With a title from the
    metadata (`has_title`), only a Markdown '#' line can be the title paragraph."""
    roles: list[tuple[str, str]] = []
    seen_content = False
    for n, line in enumerate(lines):
        text = line.text
        md = MD_HEADING.match(text) if markdown else None
        if md and md.group(2):  # ("# #" is a heading with no text: a line like any other)
            role = "heading" if seen_content else "title"
            roles.append((role, md.group(2)))
            seen_content = True
            continue
        if is_boilerplate(text, first=not seen_content):
            roles.append(("boilerplate", text))
            continue
        rest = lines[n + 1:]
        if not seen_content:
            role = "title" if reads_as_headline(text) and rest and not has_title else "body"
        else:
            role = "heading" if reads_as_heading(text) else "body"
        roles.append((role, text))
        seen_content = True
    return tuple(roles)


def find_outlet(roles: tuple[tuple[str, str], ...]) -> str | None:
    """The outlet the text names (byline, dateline, '… передает X'), else None."""
    candidates = [t for r, t in roles if r == "boilerplate"] + [t for r, t in roles if r == "body"][:3]
    for pattern in OUTLET_PATTERNS:
        for text in candidates:
            m = pattern.search(text)
            if m:
                return m.group("o").strip().rstrip(".")
    for text in candidates:
        m = CREDIT_OUTLET.search(text)
        if m:
            return m.group("o")
    return None


def short_title(lead: str) -> str:
    """A title made from an article's lead: its first sentence without dateline and attribution (the
    lead as written when nothing else is left of it: "...", "АСТАНА. KAZINFORM — .")."""
    text = DATELINE.sub("", lead).strip()
    sentence = split_sentences(text)[0] if text else text
    sentence = sentence.rstrip(".").strip()
    sentence = ATTRIBUTION_TAIL.sub("", sentence).strip() or " ".join(lead.split())
    if len(sentence) <= SHORT_TITLE:
        return sentence
    cut = max(sentence.rfind(",", 0, SHORT_TITLE), sentence.rfind(" – ", 0, SHORT_TITLE),
              sentence.rfind(" — ", 0, SHORT_TITLE))
    if cut >= 40:
        return sentence[:cut].strip()
    space = sentence.rfind(" ", 0, SHORT_TITLE)  # (none in a long run of CJK text or a long address)
    return sentence[: space if space > 0 else SHORT_TITLE].rstrip(",;:") + "…"
