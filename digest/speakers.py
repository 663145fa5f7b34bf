"""Who said it: the speaker of a quoted sentence that reports speech («…, — заявил Токаев», «По словам
министра, …», «…, — деді Мемлекет басшысы», «Тоқаевтың айтуынша, …»), named as the name resolver names
them, an organisation when the statement is an organisation's, or None.

Precision first: a name is returned only when one reading is left. The speaker is looked for in the
slot the speech phrase opens (after a postposed verb or «по словам», before a preposed verb); a pronoun
(«он», «она», «по его словам», «ол», «оның айтуынша») or a role noun («министр», «глава ведомства»)
there is resolved to a person named earlier in the context only when exactly one person fits (Russian
pronouns agree in gender; a role noun must have stood next to that person's name). «по данным …»,
«как сообщает …» give an organisation or outlet only when it is named; a passive («было отмечено»,
«сообщается», «айтылды») or a sentence without a speech phrase has no speaker."""
from __future__ import annotations

import re
from dataclasses import dataclass


MAX_CONTEXT = 6
WORD = re.compile(r"\w+(?:[-‐‑]\w+)*|[^\w\s]")
QUOTE_MARKS = set("«»\"“”„")
BOUNDARY = set(",.;:!?«»\"“”„()…") | {"—", "–", "-"}

# Russian speech verbs (lemmas) and their short adjectives / passive short participles of conviction
RU_SPEECH = {
    "заявить", "заявлять", "сообщить", "сообщать", "отметить", "отмечать", "подчеркнуть", "подчёркивать",
    "подчеркивать", "рассказать", "рассказывать", "сказать", "говорить", "пояснить", "пояснять",
    "уточнить", "уточнять", "добавить", "добавлять", "считать", "полагать", "признать", "признавать",
    "напомнить", "напоминать", "заверить", "заверять", "констатировать", "указать", "указывать",
    "объяснить", "объяснять", "прокомментировать", "комментировать", "ответить", "высказаться",
    "предупредить", "призвать", "резюмировать", "заметить", "утверждать", "подтвердить", "подтверждать",
    "убеждать", "акцентировать", "обратить", "выразить", "поделиться",
}
RU_CONVINCED = {"уверенный", "убедить", "уверить"}  # «уверен», «убеждена»: an opinion stated
RU_SOURCE = {"словам": "say", "мнению": "say", "оценке": "say", "оценкам": "say", "данным": "data",
             "информации": "data", "сообщению": "data", "подсчетам": "data", "подсчётам": "data"}
PRONOUNS_RU = {"он": "masc", "его": "masc", "него": "masc", "она": "femn", "её": "femn", "ее": "femn",
               "нее": "femn", "неё": "femn", "они": "plur", "их": "plur", "мы": "plur", "я": "first"}
# Kazakh: finite speech verbs (the last word of the speech phrase) and the «X-тың айтуынша» forms
KK_SPEECH = {"деді", "айтты", "хабарлады", "мәлімдеді", "түсіндірді", "жеткізді", "санайды", "есептейді",
             "сенеді", "қосты", "көрсетті", "өтті", "атап", "мәлімдейді", "айтады", "хабарлайды"}
KK_SPEECH_PAIRS = {("атап", "өтті"), ("атап", "көрсетті"), ("деп", "қосты"), ("деп", "санайды"),
                   ("деп", "есептейді"), ("деп", "сенеді")}
KK_SOURCE = re.compile(r"^(айтуынша|сөзінше|пікірінше|мәлімдеуінше|хабарлауынша|хабарлағандай|"
                       r"мәлімдегендей|айтқандай|атап өткендей|мәліметінше|дерегінше)$")
KK_DATA = {"мәліметінше", "дерегінше", "хабарлауынша", "хабарлағандай"}
PRONOUNS_KK = {"ол": "any", "оның": "any", "олар": "plur", "олардың": "plur", "біз": "first"}
KK_POSSESSIVE_OBLIQUE = re.compile(r"(?:сы|сі|ы|і)(?:на|не|нда|нде|нан|нен|н|ның|нің|мен)$")
KK_TITLE_OBLIQUE = re.compile(r"(?:сы|сі|ы|і)(?:ның|нің|на|не|нда|нде|нан|нен|мен|н)$")
KK_SURNAME = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ова|ева|ина|ов|ев|ин|ұлы|қызы|енко|ко)$")
KK_NAME_SUFFIX = re.compile(r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|"
                            r"дан|ден|тан|тен|нан|нен|мен|бен|пен)$")
COORDINATION = {"и", "пен", "мен", "бен", "және", "с", "со"}
RELATIVE = {"который", "которая", "которые", "которое", "которого", "которой", "кто"}
# who a role noun stands for; the second set are people never named by the role alone
ROLES = {"министр", "вице-министр", "замминистр", "глава", "руководитель", "председатель", "премьер",
         "премьер-министр", "посол", "аким", "губернатор", "мэр", "директор", "эксперт", "политолог",
         "экономист", "аналитик", "пресс-секретарь", "спикер", "депутат", "ректор", "представитель",
         "источник", "собеседник", "сотрудник", "заместитель", "президент", "вице-премьер", "советник"}
KK_ROLES = {"вице-министр": "вице-министр", "премьер-министр": "премьер-министр", "министр": "министр",
            "басшы": "глава", "елші": "посол", "әкім": "аким", "сарапшы": "эксперт", "өкіл": "представитель",
            "төраға": "председатель", "директор": "директор", "саясаттанушы": "политолог", "экономист": "экономист"}
PERSON_HEADS = ROLES | {"журналист", "специалист", "участник", "житель", "чиновник"}
PRESS = {"пресс-служба", "пресс-службе", "пресс-службы", "сайт", "сайте", "пресс-центр", "баспасөз",
         "представители", "өкілдері", "өкілдерінің"}
IN = {"в", "во", "из"}
FEMALE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ская|цкая|кызы|қызы)$")
MALE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|улы|ұлы)$")


@dataclass(frozen=True)
class Mention:
    """A name found in one sentence: where it is, whether it stands in its dictionary form."""

    sentence: int
    start: int   # token indices, end exclusive
    end: int
    name: str
    type: str
    bare: bool   # the surface of its last word is the name's own form (Russian nominative, Kazakh no suffix)


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def _stem(word: str) -> str:
    """A word's stem for finding its inflected forms: Сапарова → сапаров, Айгуль → айгул."""
    w = _fold(word)
    if len(w) <= 4:
        return w
    s = re.sub(r"(?:ого|ому|ыми|ими|ым|им|ой|ую|ом|ая|ий|ый|ей|ь|а|у|е|ы|и|я|ю|й)$", "", w)
    return s if len(s) >= 3 else w


def _is_acronym(word: str) -> bool:
    return len(word) <= 6 and word.isupper()


class _Context:
    """The context's sentences tokenised, with every name located in them."""

    def __init__(self, context, tools) -> None:
        self.sentences = list(context)
        self.tools = tools
        self.tokens = [[m for m in WORD.finditer(text)] for text, _ in self.sentences]
        self.words = [[m.group(0) for m in toks] for toks in self.tokens]
        self.low = [[_fold(w) for w in ws] for ws in self.words]
        found = tools.entities.find_all(self.sentences)
        known = tools.entities.known.by_key()
        self.known_stems = _known_stems(tools.entities.known)
        self.mentions: list[Mention] = []
        self.titles = self._titles()
        names: dict[str, str] = {}  # surname stem -> fullest person name in the context
        raw = []
        for i, entities in enumerate(found):
            for key, name, kind, scope in entities:
                if scope or kind not in ("person", "organization"):
                    continue
                entity = known.get(key)
                forms = set(entity.forms.get("ru", ()) + entity.forms.get("kk", ())) if entity else {name}
                if kind == "person" and entity is None:
                    name = self.known_stems.get(_stem(name.split()[-1])) or _nominative(_untitled(name, tools), tools)
                for m in self._locate(i, forms, kind):
                    raw.append((m, name, kind))
                if kind == "person":
                    stem = _stem(name.split()[-1])
                    if len(name.split()) > len(names.get(stem, "").split()):
                        names[stem] = name
        for i, (text, lang) in enumerate(self.sentences):  # Kazakh names the gazetteer does not know
            if lang == "kk":
                for start, end, name, bare in self._kazakh_names(i):
                    if not any(m.sentence == i and m.start < end and start < m.end for m, _, _ in raw):
                        raw.append((Mention(i, start, end, name, "person", bare), name, "person"))
                        stem = _stem(name.split()[-1])
                        if len(name.split()) > len(names.get(stem, "").split()):
                            names[stem] = name
        seen = set()
        for m, name, kind in sorted(raw, key=lambda r: (r[0].sentence, r[0].start, -r[0].end)):
            if any(s == m.sentence and a <= m.start < b for s, a, b in seen):
                continue
            seen.add((m.sentence, m.start, m.end))
            if kind == "person":
                name = names.get(_stem(name.split()[-1]), name)
            self.mentions.append(Mention(m.sentence, m.start, m.end, name, kind, m.bare))

    def _locate(self, i: int, forms, kind: str):
        """Where the forms of a name occur in sentence i (longest first, no overlaps)."""
        words, low = self.words[i], self.low[i]
        patterns = {tuple(f.split()) for f in forms}
        if kind == "person":
            patterns |= {(f.split()[-1],) for f in forms}
        taken = []
        for pat in sorted(patterns, key=len, reverse=True):
            for s in range(len(words) - len(pat) + 1):
                if any(a <= s < b or a < s + len(pat) <= b for a, b in taken):
                    continue
                if all(self._matches(words[s + k], low[s + k], p) for k, p in enumerate(pat)):
                    last, form = low[s + len(pat) - 1], _fold(pat[-1])
                    bare = last == form or (_is_acronym(pat[-1]) and words[s + len(pat) - 1] == pat[-1])
                    taken.append((s, s + len(pat)))
                    yield Mention(i, s, s + len(pat), "", kind, bare)

    @staticmethod
    def _matches(word: str, low: str, form_word: str) -> bool:
        if _is_acronym(form_word):
            return word == form_word or word.startswith(form_word + "-")
        return low.startswith(_stem(form_word)) and word[:1].isupper() == form_word[:1].isupper()

    def _kazakh_names(self, i: int):
        """«Айгүл Сапарова», «Марина Коваленконың»: a capitalised first name and a surname."""
        words = self.words[i]
        for k in range(len(words) - 1):
            first, second = words[k], words[k + 1]
            if not (first[:1].isupper() and first.isalpha() and not first.isupper()):
                continue
            if self.lemma(_fold(first), i) in ROLES or _fold(first) in ROLES:
                continue  # «Экономист Марина Коваленко»: a role, not a first name
            bare_surname = KK_NAME_SUFFIX.sub("", second)
            if KK_SURNAME.match(second) or (bare_surname != second and KK_SURNAME.match(bare_surname)):
                surname = second if KK_SURNAME.match(second) else bare_surname
                yield k, k + 2, f"{first} {surname}", surname == second

    def person_mentions(self, before: tuple[int, int]):
        """Persons named before (sentence, token)."""
        return [m for m in self.mentions if m.type == "person" and (m.sentence, m.start) < before]

    def titled(self, before: tuple[int, int], nominative: bool = False) -> list[tuple[int, int, str]]:
        """(sentence, token, name) of every title that names one person («Глава государства»,
        «Мемлекет басшысының») before (sentence, token); only those in the nominative if asked."""
        return [(i, s, name) for i, s, name, nom in self.titles if (i, s) < before and (nom or not nominative)]

    def _titles(self) -> list[tuple[int, int, str, bool]]:
        out = []
        for i, (text, lang) in enumerate(self.sentences):
            starts = [m.start() for m in self.tokens[i]]
            for regex, name in ((o.pattern, o.holders[0]) for o in self.tools.entities.known.offices
                                if o.speaks and len(o.holders) == 1):
                for found in regex.finditer(text):
                    first = next((k for k, st in enumerate(starts) if st >= found.start()), None)
                    last = max((k for k, st in enumerate(starts) if st < found.end()), default=None)
                    if first is None or last is None or last < first:
                        continue
                    if lang == "kk":
                        nom = not KK_TITLE_OBLIQUE.search(self.low[i][last])  # «басшысы», not «басшысының»
                    else:
                        word = self.low[i][first].split("-")[-1]
                        nom = any(p.tag.case == "nomn" for p in self.tools.lexicon.morph.analyses(word)[:3])
                    out.append((i, first, name, nom))
        return out

    def roles_before(self, m: Mention) -> set[str]:
        """Role nouns standing just before a mention («министр энергетики Ерлан Жумабеков»)."""
        low = self.low[m.sentence]
        start = max([0, m.start - 6] + [o.end for o in self.mentions if o.sentence == m.sentence and o.type == "person" and o.end <= m.start])
        return {self.lemma(w, m.sentence) for w in low[start:m.start]} & ROLES

    def lemma(self, word: str, i: int) -> str:
        if self.sentences[i][1] == "kk":
            for role in KK_ROLES:
                rest = word[len(role):]
                if word.startswith(role) and len(rest) <= 5 and not rest.startswith(("лі", "лы")):
                    return KK_ROLES[role]
            return word
        return _fold(self.tools.lexicon.morph.lemma(word)) if "-" not in word else word


def _untitled(name: str, tools) -> str:
    """A person's name without a role the model took into it («Вице-министр Айгуль Сапарова»)."""
    words = name.split()
    while len(words) > 2 and (_fold(words[0]) in ROLES or _fold(words[0]).startswith("вице-")
                              or _fold(tools.lexicon.morph.lemma(words[0])) in ROLES):
        words = words[1:]
    return " ".join(words)


def _nominative(name: str, tools) -> str:
    """A man's name the resolver left in an oblique case: «Данияра Касенова» → «Данияр Касенов»."""
    words = name.split()
    if len(words) != 2:
        return name
    readings = [q for q in tools.lexicon.morph.analyses(words[0].lower()) if "Name" in q.tag]
    if not readings or any(q.tag.case == "nomn" for q in readings[:2]):
        return name
    top = readings[0]
    if top.tag.gender != "masc" or top.tag.case not in ("gent", "accs", "datv", "ablt", "loct"):
        return name
    surname = re.sub(r"(?:а|у|ым|е)$", "", words[1])
    if not MALE_SURNAME.search(_fold(surname)):
        return name
    first = top.normal_form
    return f"{first[:1].upper()}{first[1:]} {surname}"


def gender(name: str, tools) -> str | None:
    """masc / femn from a person's surname, else first name; None when unknown."""
    words = name.split()
    last = _fold(words[-1])
    if FEMALE_SURNAME.search(last):
        return "femn"
    if MALE_SURNAME.search(last):
        return "masc"
    genders = {q.tag.gender for q in tools.lexicon.morph.analyses(words[0].split("-")[0].lower())[:3]
               if "Name" in q.tag}
    return genders.pop() if len(genders) == 1 and len(words) > 1 else None


_STEMS: dict[int, tuple] = {}  # id of a known-names list -> (the list, its people by surname stem)


def _known_stems(known) -> dict[str, str]:
    """Known people by the stem of their surname (in any form), once per known-names list."""
    if id(known) not in _STEMS:
        stems: dict[str, str] = {}
        for e in known.entities:
            if e.type == "person":
                for forms in e.forms.values():
                    for f in forms:
                        stems.setdefault(_stem(f.split()[-1]), e.name)
        _STEMS[id(known)] = (known, stems)  # the list is kept, so its id is never reused
    return _STEMS[id(known)][1]


def find_speaker(context, lang: str, tools) -> str | None:
    """The speaker of the last sentence of `context` ((text, lang) pairs of an article, in order), or None."""
    context = tuple((t, l) for t, l in context if t and t.strip())[-MAX_CONTEXT:]
    if not context:
        return None
    qlang = context[-1][1] or lang
    if not _may_report_speech(context[-1][0], qlang, tools):
        return None  # most sentences report no speech: no names need finding
    ctx = _Context(context, tools)
    q = len(context) - 1
    found = _kazakh(ctx, q) if qlang == "kk" else _russian(ctx, q)
    return found if isinstance(found, str) else None  # an empty slot (_NOTHING) names no one


SPEECH_PREFIXES = {_fold(lemma)[:3] for lemma in RU_SPEECH | RU_CONVINCED}


def _may_report_speech(text: str, lang: str, tools) -> bool:
    """A cheap first look (no names found yet): does the sentence have a word that reports speech
    (a speech verb, «по словам/данным», «согласно», «айтуынша», «деді» …)?"""
    low = [_fold(m.group(0)) for m in WORD.finditer(text)]
    if lang == "kk":
        return any(KK_SOURCE.match(w) or w in KK_SPEECH or w == "өткендей" for w in low)
    if "согласно" in low or any(a == "по" and (b in RU_SOURCE or b in PRONOUNS_RU) for a, b in zip(low, low[1:])):
        return True
    for word in low:
        if word.isalpha() and word[:3] in SPEECH_PREFIXES:  # a verb's forms begin as its lemma does
            for p in tools.lexicon.morph.analyses(word)[:2]:
                lemma = _fold(p.normal_form)
                if p.tag.POS == "VERB" and lemma in RU_SPEECH or p.tag.POS in ("ADJS", "PRTS") and lemma in RU_CONVINCED:
                    return True
    return False


# --- Russian ---------------------------------------------------------------------------------

def _verb(ctx: _Context, q: int, k: int):
    """(gender or 'plur' or None) when token k of sentence q is a third-person speech verb, else False."""
    word = ctx.low[q][k]
    if not word.isalpha():
        return False
    for p in ctx.tools.lexicon.morph.analyses(word)[:2]:
        lemma = _fold(p.normal_form)
        if p.tag.POS == "VERB" and lemma in RU_SPEECH or p.tag.POS in ("ADJS", "PRTS") and lemma in RU_CONVINCED:
            if p.tag.person in ("1per", "2per") or p.tag.mood == "impr":
                return False
            if p.tag.number == "plur":
                return "plur"
            sex = str(p.tag.gender) if p.tag.gender else None
            return sex if p.tag.tense == "past" or p.tag.POS != "VERB" else None
    return False


def _russian(ctx: _Context, q: int) -> str | None:
    low = ctx.low[q]
    # «по словам X», «по его словам», «по данным X»
    for k in range(len(low) - 1):
        if low[k] == "по":
            nxt = k + 1
            pron = None
            if low[nxt] in PRONOUNS_RU and nxt + 1 < len(low) and low[nxt + 1] in RU_SOURCE:
                pron, nxt = low[nxt], nxt + 1
            if low[nxt] in RU_SOURCE:
                kind = RU_SOURCE[low[nxt]]
                if pron:
                    return _pronoun(ctx, q, k, PRONOUNS_RU[pron]) if kind == "say" else None
                return _slot(ctx, q, range(nxt + 1, _clause_end(ctx, q, nxt + 1)), None, orgs_only=kind == "data",
                             oblique=True)
        if low[k] == "согласно" and low[k + 1] in ("данным", "информации", "сообщению"):
            return _slot(ctx, q, range(k + 2, _clause_end(ctx, q, k + 2)), None, orgs_only=True, oblique=True)
    verbs = [(k, g) for k in range(len(low)) if (g := _verb(ctx, q, k)) is not False]
    if not verbs:
        return None
    # the attribution: a verb after a comma or dash («…, — заявил X»), or after «как» («Как сообщили в …»)
    for k, g in verbs:
        prev = k - 1 if k > 0 else None
        if prev is not None and (ctx.words[q][prev] in (",", "—", "–", "-") or low[prev] == "как"):
            found = _slot(ctx, q, range(k + 1, _clause_end(ctx, q, k + 1)), g)
            if found is not _NOTHING:
                return found
            start = _clause_start(ctx, q, k)
            if low[prev] == "как" or (start < k and low[start] == "как"):
                return _slot(ctx, q, range(start, k), g, before=True) or None
            if k + 1 < len(low) and ctx.words[q][k + 1] not in (",", "что"):
                return None  # «…, — заявил журналистам.»: nobody named
            break  # «Токаев, выступая на форуме, заявил, что …»: the subject stands before
    else:
        k, g = verbs[0]
    start = _clause_start(ctx, q, k, across_commas=True)
    found = _slot(ctx, q, range(start, k), g, before=True)
    if found is not _NOTHING:
        return found
    found = _slot(ctx, q, range(k + 1, _clause_end(ctx, q, k + 1)), g)  # «Об этом сообщила вице-министр X»
    return None if found is _NOTHING else found


_NOTHING = object()  # the slot holds no nominal at all (the caller may look elsewhere)


def _clause_end(ctx: _Context, q: int, k: int) -> int:
    """The end of the clause from token k: quotes do not end it («глава «Казатомпрома» Юсупов»)."""
    words = ctx.words[q]
    while k < len(words) and (words[k] not in BOUNDARY or words[k] in QUOTE_MARKS) and ctx.low[q][k] not in ("что", "чтобы"):
        k += 1
    return k


def _clause_start(ctx: _Context, q: int, k: int, across_commas: bool = False) -> int:
    """The first token of the clause ending at token k; across_commas skips a participial or adverbial
    phrase set off by commas just before the verb («Токаев, выступая на форуме, заявил»)."""
    words = ctx.words[q]
    j = k - 1
    while j >= 0:
        if _hard_boundary(ctx, q, j):
            return j + 1
        if words[j] == ",":
            if not across_commas or j + 1 != k:
                return j + 1
            p = j - 1
            while p >= 0 and words[p] != "," and not _hard_boundary(ctx, q, p):
                p -= 1
            if p >= 0 and words[p] == "," and _parenthetical(ctx, q, p + 1):
                j, k = p - 1, p  # the phrase is skipped: the subject stands before it
                continue
            return j + 1
        j -= 1
    return 0


def _hard_boundary(ctx: _Context, q: int, j: int) -> bool:
    return ctx.low[q][j] in ("что", "чтобы") or ctx.words[q][j] in (
        "«", "»", '"', "“", "”", "—", "–", ":", ";", "(", ")", ".", "!", "?")


def _parenthetical(ctx: _Context, q: int, k: int) -> bool:
    """A phrase that cannot hold the subject: it starts with a gerund or participle («выступая»)."""
    word = ctx.low[q][k]
    if not word.isalpha():
        return False
    tag = ctx.tools.lexicon.morph.analyses(word)[0].tag
    return (tag.POS in ("GRND", "PRTF") or word in ("в", "на", "по")
            or ctx.lemma(word, q) in ROLES and _nominative_reading(ctx, q, k))  # «X, директор департамента,»


def _agrees(name: str, g, tools) -> bool:
    if g in (None, "neut"):
        return g is None
    if g == "plur":
        return False
    known = gender(name, tools)
    return known is None or known == g


def _slot(ctx: _Context, q: int, span: range, g, before: bool = False, orgs_only: bool = False,
          oblique: bool = False):
    """The speaker in the tokens `span` of the quoted sentence; _NOTHING when they name nothing."""
    if not span:
        return _NOTHING
    low, tools = ctx.low[q], ctx.tools
    inside = [m for m in ctx.mentions if m.sentence == q and span.start <= m.start < span.stop]
    lo, hi = span.start, span.stop
    if any(w in RELATIVE for w in low[lo:hi]):
        return None
    persons = [m for m in inside if m.type == "person" and (oblique or m.bare)]
    if before:
        persons = [m for m in persons if m.end >= hi or not any(low[j] in COORDINATION for j in range(m.end, hi))]
        persons.reverse()  # the nearest to the verb
        if any(low[m.end] in COORDINATION for m in persons if m.end < hi):
            return None  # «Токаев и Путин обсудили»: two subjects
    if not orgs_only:
        for m in persons:
            if oblique or g is None or _agrees(m.name, g, tools):
                return m.name
        # a pronoun as the subject
        for j in span:
            if low[j] in ("он", "она") and (before or j == lo):
                return _pronoun(ctx, q, j, PRONOUNS_RU[low[j]] if g in (None, "plur") else g)
            if low[j] in ("они", "мы", "я"):
                return None
        titled = [(s, name) for i, s, name in ctx.titled((q + 1, 0), nominative=not oblique) if i == q and lo <= s < hi]
        if titled:
            return titled[-1][1] if before else titled[0][1]
        heads = [j for j in span if ctx.lemma(low[j], q) in ROLES | PERSON_HEADS
                 and (oblique or _nominative_reading(ctx, q, j))]
        if heads:
            return _role(ctx, q, ctx.lemma(low[heads[0]], q))
    for m in inside:
        if m.type == "organization":
            prev = low[m.start - 1] if m.start > 0 else ""
            first = m.start == lo or (m.start == lo + 1 and low[lo] in IN)
            if first or prev in IN or prev in PRESS or low[lo] in PRESS or (orgs_only and m.start == lo):
                return m.name if _as_named(m.name, ctx) else None
    if any(w.isalpha() for w in low[lo:hi]):
        if before and g is not None and not persons and not inside:
            return _NOTHING if not _has_noun_subject(ctx, q, span) else None
        return None
    return _NOTHING


def _as_named(name: str, ctx: _Context) -> bool:
    """An organisation's name can be shown as it stands: a known name, or one whose first Russian word
    reads as a nominative («Минэнерго РК», «Бюро национальной статистики», «QazaqGaz»), not as the
    sentence inflected it («Актауском морском порту», «Малого театра»: no name rather than a wrong form)."""
    if name in {e.name for e in ctx.tools.entities.known.entities}:
        return True
    words = re.findall(r"[а-яё]+", name.lower())
    return not words or any(p.tag.case == "nomn" or "Fixd" in p.tag
                            for p in ctx.tools.lexicon.morph.analyses(words[0])[:3])


def _nominative_reading(ctx: _Context, q: int, j: int) -> bool:
    word = ctx.low[q][j].split("-")[-1]
    return any(p.tag.case == "nomn" for p in ctx.tools.lexicon.morph.analyses(word)[:3])


def _has_noun_subject(ctx: _Context, q: int, span: range) -> bool:
    """A nominative noun or pronoun in the span («Эксперт считает», «Это отметил»)."""
    for j in span:
        w = ctx.low[q][j]
        if not w.isalpha():
            continue
        p = ctx.tools.lexicon.morph.analyses(w)[0]
        if p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn":
            return True
    return False


def _pronoun(ctx: _Context, q: int, k: int, g) -> str | None:
    """The one person a pronoun at token k of sentence q can stand for, or None."""
    if g in ("plur", "first"):
        return None
    names = {m.name for m in ctx.person_mentions((q, k))}
    names |= {name for _, _, name in ctx.titled((q, k))}
    fitting = {n for n in names if g in (None, "any") or _agrees(n, g, ctx.tools)}
    if g not in (None, "any") and len(fitting) == 1 and len(names) > len(fitting):
        # one of another gender beside it: the pronoun's gender must be known for the one left
        if gender(next(iter(fitting)), ctx.tools) != g:
            return None
    return fitting.pop() if len(fitting) == 1 else None


def _role(ctx: _Context, q: int, role: str) -> str | None:
    """The one person named earlier next to this role noun («Министр … Лавров» … «Министр заявил»)."""
    names = {m.name for m in ctx.person_mentions((q, 0)) if role in ctx.roles_before(m)}
    return names.pop() if len(names) == 1 else None


# --- Kazakh ----------------------------------------------------------------------------------

def _kazakh(ctx: _Context, q: int) -> str | None:
    low, words = ctx.low[q], ctx.words[q]
    n = len(low)
    # «X-тың айтуынша», «Ақорданың баспасөз қызметі хабарлағандай», «Kazinform хабарлауынша»
    for k in range(n):
        if KK_SOURCE.match(low[k]) or (low[k] == "өткендей" and k > 0 and low[k - 1] == "атап"):
            if low[k] == "өткендей":
                k -= 1
            start = k
            while start > 0 and words[start - 1] not in BOUNDARY:
                start -= 1
            return _kk_slot(ctx, q, range(start, k), data=low[k] in KK_DATA, genitive=True, nearest=True)
    finite = [k for k in range(n) if low[k] in KK_SPEECH and not (low[k] == "атап" and k + 1 < n)]
    if not finite:
        return None
    k = finite[-1]
    if low[k] in ("санайды", "есептейді", "сенеді", "қосты", "көрсетті", "өтті") and not (
            k > 0 and (low[k - 1], low[k]) in KK_SPEECH_PAIRS):
        return None  # «өтті» alone is "took place", «көрсетті» "showed"
    # after the verb: «…, — деді Тоқаев», «— деді ол», «— деп хабарлады ҚазМұнайГаз»
    end = k + 1
    while end < n and words[end] not in BOUNDARY:
        end += 1
    if end > k + 1:
        found = _kk_slot(ctx, q, range(k + 1, end))
        if found is not _NOTHING:
            return found
    # before it: the subject at the start of the sentence («Лавров … айтты», «Ол … деді»)
    if k > 0 and words[k - 1] in ("—", "–", ",") or (k > 1 and low[k - 1] == "деп" and words[k - 2] in ("—", "–", ",")):
        return None  # «…», — деді. with nobody named
    start = 0
    return None if (found := _kk_slot(ctx, q, range(start, k), subject=True)) is _NOTHING else found


def _kk_slot(ctx: _Context, q: int, span: range, data: bool = False, genitive: bool = False,
             nearest: bool = False, subject: bool = False):
    low = ctx.low[q]
    if not span:
        return _NOTHING
    lo, hi = span.start, span.stop
    roles = [j for j in span if ctx.lemma(low[j], q) in ROLES and not any(m.sentence == q and m.start <= j < m.end + 1
                                                                          for m in ctx.mentions)]
    if low[lo] in PRONOUNS_KK:
        if PRONOUNS_KK[low[lo]] != "any" or data:
            return None
        if not subject and not genitive and lo + 1 < hi:
            return None
        return _pronoun(ctx, q, lo, "any")
    inside = [m for m in ctx.mentions if m.sentence == q and lo <= m.start < hi]
    titled = [(s, name) for i, s, name in ctx.titled((q + 1, 0), nominative=not genitive) if i == q and lo <= s < hi]
    items = sorted([(m.start, m) for m in inside] + [(s, name) for s, name in titled], key=lambda x: x[0])
    if nearest:
        items.reverse()
    for pos, item in items:
        if isinstance(item, str):
            return None if data else item
        m = item
        nxt = low[m.end] if m.end < len(low) else ""
        if nxt in COORDINATION:
            return None
        if m.type == "person":
            if data:
                return None
            if genitive or m.bare:
                if subject and KK_POSSESSIVE_OBLIQUE.search(nxt):
                    continue
                return m.name
            continue
        # an organisation: right before «…-ның хабарлауынша», as the subject, after «деп хабарлады», or
        # whose press service speaks
        if ctx.lemma(nxt, q) in ROLES:
            continue  # «Росатом басшысы Алексей Лихачев»: the head of the organisation speaks
        if genitive and m.end == hi:
            return m.name
        if genitive and not nearest:
            continue
        if m.bare and not KK_POSSESSIVE_OBLIQUE.search(nxt):
            return m.name
        if nxt in PRESS or (nxt.startswith("баспасөз")):
            return m.name
    if roles and not data and (genitive or subject) and not any(m.sentence == q and lo <= m.start < hi for m in ctx.mentions):
        return _role(ctx, q, ctx.lemma(low[roles[-1 if nearest else 0]], q))
    if subject:
        return _NOTHING
    return None if any(w.isalpha() for w in low[lo:hi]) else _NOTHING




# --- measurement -----------------------------------------------------------------------------

def score_speakers(cases: list[dict], tools) -> tuple[dict, list[str]]:
    """Counts over gold cases (right, wrong, named when the gold is null, missed, cases, gold speakers)
    with precision and recall, and one line per disagreement."""
    counts = {"right": 0, "wrong": 0, "named_when_null": 0, "missed": 0, "cases": 0, "with_speaker": 0}
    lines = []
    for case in cases:
        lang = case.get("lang", "ru")
        context = tuple((s, lang) if isinstance(s, str) else (s["text"], s.get("lang", lang))
                        for s in case["context"])
        got = find_speaker(context, lang, tools)
        gold = case.get("speaker")
        counts["cases"] += 1
        counts["with_speaker"] += gold is not None
        if got is None and gold is None:
            continue
        if got == gold:
            counts["right"] += 1
            continue
        if gold is None:
            counts["named_when_null"] += 1
        elif got is None:
            counts["missed"] += 1
        else:
            counts["wrong"] += 1
        lines.append(f"{case['id']}: got {got!r}, gold {gold!r} — {context[-1][0]}")
    named = counts["right"] + counts["wrong"] + counts["named_when_null"]
    counts["precision"] = counts["right"] / named if named else 1.0
    counts["recall"] = counts["right"] / counts["with_speaker"] if counts["with_speaker"] else 1.0
    return counts, lines
