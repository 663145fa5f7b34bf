"""People, organisations and places: found in Russian by the NER model and in both languages by the
known-names list (entities.yml), merged into one entity each whatever the spelling or case."""
from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Callable

import yaml

from .errors import RAISE, ConfigError, Guard
from .lexicon import Lexicon
from .load import slugify
from .model import Article, Mention
from .ner import RussianNER

TYPES = ("person", "organization", "place")
MEMO_SIZE = 16384  # texts whose names are remembered: the sentences of the eight articles analysed together
# (build.CHUNK; a long one-line article has hundreds), asked for again as each is finished and its summary read
ABBREVIATION_AFTER = re.compile(r"\s*\(\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]{1,11}\s*\)\s*$")
TITLES = re.compile(r"^(?:президент|премьер-министр|министр|глава|председатель|посол|губернатор|аким|"
                    r"эксперт|политолог|мемлекет басшысы)\s+", re.IGNORECASE)
QUOTES = "«»\"'“”„"
# a preposition the model took into a place's name at a sentence's start: «Из Актобе», «На Байконуре»
LEADING_PREPOSITION = re.compile(r"^(?:Из|Изо|В|Во|На|По|С|Со|К|Ко|От|До|Для|При|За|Под|Над|Об|О|Через|Между)\s+"
                                 r"(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
# a name has a word that starts with a capital («аль-Фараби» too); «кВт·ч» is a unit
CAPITAL_WORD = re.compile(r"(?:^|[\s-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]")


@dataclass(frozen=True)
class KnownEntity:
    """An entry of the known-names list."""

    key: str
    name: str
    type: str
    scope: bool
    forms: dict  # lang -> tuple of forms


@dataclass(frozen=True)
class Office:
    """A title that names its holders whoever reports it («Глава государства» = Токаев)."""

    pattern: re.Pattern
    holders: tuple[str, ...]  # entity names
    speaks: bool = False      # the title may stand for one person who speaks (digest/speakers.py)


@dataclass(frozen=True)
class KnownNames:
    """The known-names list, indexed for matching."""

    entities: tuple[KnownEntity, ...]
    offices: tuple[Office, ...] = ()

    def by_key(self) -> dict[str, KnownEntity]:
        """Entities by key."""
        return self._by_key

    # indexes built once per list (the analysis asks for them for every sentence)
    @cached_property
    def _by_key(self) -> dict[str, KnownEntity]:
        return {e.key: e for e in self.entities}

    @cached_property
    def by_name(self) -> dict[str, KnownEntity]:
        """Entities by name."""
        return {e.name: e for e in self.entities}

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every entity's key."""
        return frozenset(e.key for e in self.entities)

    @cached_property
    def scope_keys(self) -> frozenset[str]:
        """The keys of the two countries every article names."""
        return frozenset(e.key for e in self.entities if e.scope)

    @cached_property
    def place_forms(self) -> dict[str, dict[str, str]]:
        """lang -> a place's form, lowercased -> its key."""
        return {lang: {f.lower(): e.key for e in self.entities if e.type == "place" for f in e.forms.get(lang, ())}
                for lang in ("ru", "kk")}


def load_known_names(path: Path) -> KnownNames:
    """The known-names list from YAML, checked."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return KnownNames(())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"{path}:{mark.line + 1 if mark else 1}: invalid YAML — fix the syntax near this line") from None
    entries = (data or {}).get("entities") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: needs an 'entities:' list — see the comment at the top")
    known, seen = [], set()
    for n, raw in enumerate(entries, 1):
        if not isinstance(raw, dict) or not raw.get("name") or raw.get("type") not in TYPES:
            raise ConfigError(f"{path}: entity #{n} needs a name and a type ({', '.join(TYPES)})")
        forms = raw.get("forms") or {}
        if not isinstance(forms, dict):
            raise ConfigError(f"{path}: entity #{n} ({raw['name']}): forms must map ru/kk to lists")
        key = slugify(str(raw["name"]))
        if key in seen:
            raise ConfigError(f"{path}: entity #{n} ({raw['name']}) is listed twice")
        seen.add(key)
        known.append(KnownEntity(key, str(raw["name"]), raw["type"], bool(raw.get("scope")),
                                 {lang: tuple(str(f) for f in forms.get(lang) or ()) + (str(raw["name"]),)
                                  for lang in ("ru", "kk")}))
    return KnownNames(tuple(known), _offices(path, data.get("offices") or [], {e.name for e in known}))


def _offices(path: Path, entries, names: set[str]) -> tuple[Office, ...]:
    """The `offices:` of the known-names list, checked: holders listed above, titles that compile."""
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: 'offices' must be a list — see the comment above it")
    offices = []
    for n, raw in enumerate(entries, 1):
        holders = raw.get("holders") if isinstance(raw, dict) else None
        titles = raw.get("titles") if isinstance(raw, dict) else None
        if not isinstance(holders, list) or not holders or not isinstance(titles, list) or not titles:
            raise ConfigError(f"{path}: office #{n} needs 'holders' and 'titles' lists")
        unknown = [h for h in holders if h not in names]
        if unknown:
            raise ConfigError(f"{path}: office #{n}: {', '.join(map(str, unknown))} is not an entity of the list — "
                              "add it under 'entities' or fix the spelling")
        try:
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{t})" for t in titles) + ")", re.IGNORECASE)
        except re.error as exc:
            raise ConfigError(f"{path}: office #{n}: a title is not a valid regular expression ({exc})") from None
        offices.append(Office(pattern, tuple(str(h) for h in holders), bool(raw.get("speaks"))))
    return tuple(offices)


class EntityFinder:
    """Finds entity mentions in paragraphs; build once with the NER model and the known names."""

    def __init__(self, known: KnownNames, ner: Callable[[], RussianNER], lexicon: Lexicon) -> None:
        self.known = known
        self._make_ner = ner
        self._ner: RussianNER | None = None
        self._memo: OrderedDict[tuple[str, str], tuple] = OrderedDict()  # (text, lang) -> its names
        self.lexicon = lexicon
        self.aliases: dict[str, KnownEntity] = {}   # normalised Russian form -> entity
        self.gazetteer: dict[str, dict[tuple[str, ...], KnownEntity]] = {"ru": {}, "kk": {}}
        for entity in known.entities:
            for lang, forms in entity.forms.items():
                for form in forms:
                    keys = lexicon.phrase_keys(form, lang)
                    if keys:
                        self.gazetteer[lang][keys] = entity
                    if lang == "ru":
                        self.aliases[_fold(form)] = entity
        self.longest = max((len(k) for g in self.gazetteer.values() for k in g), default=1)

    @property
    def ner(self) -> RussianNER:
        """The NER model, loaded on first use (a rebuild that analyses nothing never loads it)."""
        if self._ner is None:
            self._ner = self._make_ner()
        return self._ner

    def find_all(self, texts: list[tuple[str, str]]) -> list[list[tuple[str, str, str, bool]]]:
        """For each (text, lang), the (key, name, type, scope) of every name in it, in order.
        The NER model tags the Russian texts together (in batches), each on its own, so a text's
        names depend on it alone: a text asked for again (a sentence read for its speaker, then
        for its claim) is answered from memory. A text with no capital after its first letter is not
        given to the model (a third of a news article's sentences, a third of its NER time): the
        gazetteer still finds a known name that opens it, and what the model found there on real-length
        articles was mostly capitalised common words («Рабочая группа», «Грузооборот»)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
        russian = [t for t in todo if t[1] == "ru" and capital_after_first(t[0])]
        spans = dict(zip(russian, self.ner.spans_many([text for text, _ in russian]) if russian else ()))
        for text, lang in todo:
            found = [(span.start, span.end, self._resolve(span.text, span.type, _quoted(text, span.start, span.end),
                                                          opens_sentence(text, span.start)))
                     for span in spans.get((text, lang), ())]
            taken = [(s, e) for s, e, _ in found]
            for start, end, entity in self._gazetteer(text, lang):
                if all(end <= s or start >= e for s, e in taken):
                    found.append((start, end, (entity.key, entity.name, entity.type, entity.scope)))
            self._memo[(text, lang)] = tuple(f[2] for f in sorted(found, key=lambda f: f[0]) if f[2][1])
        results = [list(self._memo[t]) for t in texts]
        for t in texts:
            self._memo.move_to_end(t)
        while len(self._memo) > MEMO_SIZE:
            self._memo.popitem(last=False)
        return results

    def find(self, text: str, lang: str) -> list[tuple[str, str, str, bool]]:
        """(key, name, type, scope) of every name in one text, in order of appearance."""
        return self.find_all([(text, lang)])[0]

    def _resolve(self, text: str, kind: str, quoted: bool = False, opens: bool = False) -> tuple[str, str, str, bool]:
        """The known entity a span names, else a new entity keyed by its dictionary form; ("", "", kind,
        False) for a span that names nothing: a unit («кВт·ч»), an abbreviation of a common noun («ТЭЦ», «СМИ»),
        or one common word — a person's or place's anywhere, an organisation's only where it `opens` a sentence
        and its capital says nothing («Грузооборот вырос…», «Университет открыл…»; «…одобрил Мажилис» is kept) —
        unless it stood in quotes («Курсив»). A preposition the model took in at a sentence's start is not part
        of a place's or organisation's name («Из Актобе»; a person's «О Се Хун» keeps it)."""
        surface = TITLES.sub("", text.strip(QUOTES + " ")).strip(QUOTES + " ").rstrip(QUOTES + " .,;:")
        if opens and kind != "person":
            surface = LEADING_PREPOSITION.sub("", surface)
        if not CAPITAL_WORD.search(surface):
            return "", "", kind, False
        # a name with its abbreviation after it is the name: «Уральский федеральный университет (УрФУ)»
        surface = ABBREVIATION_AFTER.sub("", surface).strip(QUOTES + " ") or surface
        normal = self.lexicon.morph.name_nominative(surface) if kind != "organization" else surface
        keys = self.lexicon.phrase_keys(surface, "ru")
        # people and places by their nominative (the lemma of a surname is unreliable: Токаев → токай);
        # organisation names are compared word by word through their lemmas
        entity = self.aliases.get(_fold(normal)) or self.gazetteer["ru"].get(keys)
        if entity is None and kind == "person" and normal.split():
            entity = self.aliases.get(_fold(normal.split()[-1]))
        if entity is not None:
            return entity.key, entity.name, entity.type, entity.scope
        morph = self.lexicon.morph
        if (len(surface.split()) == 1 and not quoted and (morph.is_common_abbreviation(surface) or (
                morph.is_common_word(surface) and (kind != "organization" or opens)))):
            return "", "", kind, False  # a common word the model took for a name; dropped by the caller
        if kind == "organization":  # word-by-word lemmas break the agreement of a name: keep it as written
            return slugify(" ".join(keys)) if keys else slugify(surface), surface, kind, False
        return slugify(normal), normal, kind, False

    def _gazetteer(self, text: str, lang: str):
        tokens = self.lexicon.tokens(text, lang)
        offsets, pos = [], 0
        for token in tokens:
            pos = text.find(token.text, pos)
            offsets.append((pos, pos + len(token.text)))
            pos += len(token.text)
        words = [(i, t) for i, t in enumerate(tokens) if t.word]
        gazetteer = self.gazetteer[lang]
        i = 0
        while i < len(words):
            # a name is written with a capital (or is an acronym): "орал" the verb is not Орал
            if not words[i][1].text[:1].isupper():
                i += 1
                continue
            for size in range(min(self.longest, len(words) - i), 0, -1):
                entity = gazetteer.get(tuple(t.key for _, t in words[i:i + size]))
                if entity:
                    yield offsets[words[i][0]][0], offsets[words[i + size - 1][0]][1], entity
                    i += size
                    break
            else:
                i += 1


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the span text[start:end] is a quoted name: quote marks open and close it, around it or as its
    own first and last characters (not a word opening quoted speech: «Правительство продолжит…», — заявил)."""
    before = (start > 0 and text[start - 1] in QUOTES) or text[start:start + 1] in tuple(QUOTES)
    after = text[end:end + 1] in tuple(QUOTES) or (end > start and text[end - 1] in QUOTES)
    return before and after


_BEFORE_SENTENCE = QUOTES + " \t\n(—–-"


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` is the first of its sentence: nothing but quotes, dashes and spaces before
    it since the text's start or a sentence's end."""
    before = text[:start].rstrip(_BEFORE_SENTENCE)
    return not before or before[-1] in ".!?…"


_CAPITAL = re.compile(r"[A-ZА-ЯЁ]")


def capital_after_first(text: str) -> bool:
    """Whether a capital letter follows the text's first one (a name the model could find)."""
    first = _CAPITAL.search(text)
    return bool(first and _CAPITAL.search(text, first.end()))


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


SURNAME_CASE = re.compile(r"(?:ого|ому|ыми|ими|ым|им|ой|ую|ом|ая|ий|ый|а|у|е|ы|и)$")


def _surname_stem(name: str) -> str:
    """Сапарова, Сапаровой, Сапаровым → сапаров: the surname without its Russian case ending."""
    surname = _fold(name.split()[-1])
    return SURNAME_CASE.sub("", surname)[:8] if len(surname) > 4 else surname


def merge_names(articles: tuple[Article, ...], known: frozenset[str] = frozenset(),
                guard: Guard = RAISE) -> tuple[Article, ...]:
    """One name per entity across the corpus: people named by surname alone or in another case take
    the fullest form used elsewhere ("Тулиндиновой" → "Жанар Тулиндинова"), a known entity's name
    first; other entities take their most frequent spelling. `known` are the known-names keys.
    An article whose names cannot be merged loses its names (the guard reports it)."""
    full: dict[str, Mention] = {}
    for a in articles:
        with guard.piece("the names it mentions", a.file):
            for m in a.mentions:
                if m.type == "person" and not m.scope:
                    stem = _surname_stem(m.name)
                    best = full.get(stem)
                    rank = (m.key in known, len(m.name.split()), m.name)
                    if best is None or rank > (best.key in known, len(best.name.split()), best.name):
                        full[stem] = m
    spellings: dict[str, dict[str, int]] = {}
    for a in articles:
        for m in a.mentions:
            spellings.setdefault(m.key, {}).setdefault(m.name, 0)
            spellings[m.key][m.name] += 1
    common = {key: max(names.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0] for key, names in spellings.items()}

    def canonical(m: Mention) -> Mention:
        if m.type == "person" and not m.scope and m.key not in known and _surname_stem(m.name) in full:
            best = full[_surname_stem(m.name)]
            return replace(m, key=best.key, name=common.get(best.key, best.name))
        return replace(m, name=common[m.key]) if common[m.key] != m.name else m

    merged = []
    for a in articles:
        mentions: tuple[Mention, ...] = ()
        with guard.piece("the names it mentions", a.file):
            mentions = tuple(dict.fromkeys(canonical(m) for m in a.mentions))
        merged.append(replace(a, mentions=mentions) if mentions != a.mentions else a)
    return tuple(merged)


def scope_keys(known: KnownNames, fold: Callable[[str], str]) -> frozenset[str]:
    """The folded keys of every word of every form of the entities marked `scope: true` (the two
    countries every article names): no evidence that two sentences report the same event."""
    return frozenset(fold(word) for e in known.entities if e.scope
                     for forms in e.forms.values() for form in forms for word in re.findall(r"[\w-]+", form))
