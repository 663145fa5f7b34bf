"""What a page shows of a long sentence or paragraph: a window around a phrase (a date, a name); and the
name keys that tell whether two sentences speak of the same people and places. Computed for each event when
its article is analysed, so that merging the events of a whole corpus reads no sentence again."""
from __future__ import annotations

import re

from .summarize import display_text

SENTENCE_MAX = 180  # characters of a sentence shown on the timeline (a window around its date when longer)
KK_TO_RU = str.maketrans("әғқңөұүһіё", "агкноуухие")
NAME = re.compile(r"(?<![\w])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)")
FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?:\s*(?:тыс\w*|млн\w*|млрд\w*|трлн\w*|мың\w*|%))?", re.I)


def shorten(sentence: str, phrase: str, limit: int = SENTENCE_MAX) -> str:
    """The sentence, or a window of it around the phrase (a date, a name) when it is long: cut between words (or
    anywhere, in text with no space there), never longer than `limit` and the two ellipses."""
    text = display_text(sentence)
    return text if len(text) <= limit else cut(text, *window(text, phrase, limit))


def window(text: str, phrase: str, limit: int = SENTENCE_MAX) -> tuple[int, int]:
    """Where `shorten` cuts a text (as displayed) longer than `limit`: (start, end)."""
    at = max(find_phrase(text, phrase), 0)
    start = max(0, min(at - limit // 3, len(text) - limit))
    if start:
        space = text.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + limit)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, end


def cut(text: str, start: int, end: int) -> str:
    """The text between start and end, with an ellipsis where it was cut."""
    return ("…" if start else "") + text[start:end].strip(" ,;:") + ("…" if end < len(text) else "")


def event_window(sentence: str, phrase: str) -> tuple[int, int] | None:
    """Where an event's sentence is cut on the timeline, computed once when the article is analysed (see
    `shown`): None when it is shown whole."""
    text = display_text(sentence)
    return None if len(text) <= SENTENCE_MAX else window(text, phrase)


def shown(sentence: str, phrase: str, cut_at: tuple[int, int] | None = None) -> str:
    """An event's sentence as the timeline shows it (`shorten`), from its window if the analysis found it."""
    return shorten(sentence, phrase) if cut_at is None else cut(display_text(sentence), *cut_at)


def find_phrase(text: str, phrase: str) -> int:
    """Where the phrase is in the text: as written, else where one of its words starts in another form (a
    name is listed in the nominative: «Москва» in «…прибыл в Москву», «Совет по развитию» in «Совета по
    развитию…»): the first of its words, by its stem, found at a word's start; -1 if none is."""
    at = text.find(phrase)
    if at >= 0 or not phrase:
        return at
    # the name's own words (capitalised; «имени» is no name), the last first: a surname, a head noun's
    # complement («Путин» of «Владимир Путин», which «Владивосток» would match by its stem)
    for word in reversed([w for w in phrase.split() if w[:1].isupper() and len(w) >= 3]):
        stem = word[:max(3, len(word) - 3)]
        at = text.find(stem)
        while at >= 0:
            end = at + len(stem)
            while end < len(text) and text[end].isalpha():
                end += 1
            # at a word's start, and an ending no longer than a case ending (not «Казахстана» for «Казань»)
            if (at == 0 or not text[at - 1].isalnum()) and end - at <= len(word) + 2:
                return at
            at = text.find(stem, at + 1)
    return -1


def fold_name(word: str) -> str:
    """A name's key for comparing sentences: lowercase, Kazakh letters folded to Russian, 5 letters."""
    return word.lower().translate(KK_TO_RU)[:5]


def name_keys(sentence: str, scope: frozenset[str] = frozenset()) -> frozenset[str]:
    """Names in a sentence (capitalised words), spelling-folded across ru and kk; without `scope`,
    the keys of the names every article of the digest shares (see scope_keys)."""
    return frozenset(fold_name(w) for w in NAME.findall(sentence) if len(w) >= 3) - scope


def figures(paragraphs) -> tuple[str, ...]:
    """The figures an article's body gives («12,5 млрд», «40%»; no years, no single digits), each once, sorted:
    evidence that two reports tell one story (see related.py), read when the article is analysed."""
    found = set()
    for p in paragraphs:
        if p.role == "body":
            for m in FIGURE.finditer(p.text):
                value = " ".join(m.group(0).split()).lower()
                if len(re.sub(r"\D", "", value)) >= 2 and not re.fullmatch(r"(19|20)\d\d", value):
                    found.add(value[:8])
    return tuple(sorted(found))
