"""People, organisations, places: NER for Russian, the known-names list for both languages, merged."""
from __future__ import annotations

import pytest

from digest.entities import merge_names
from tests.conftest import ROOT
from tests.helpers import make_article


def keys(article):
    return {m.key for m in article.mentions}


def test_known_names_merge_russian_and_kazakh_forms(tools):
    kk = make_article(tools, "kk", "2025-01-01", "Мемлекет басшысы Қасым-Жомарт Тоқаев Мәскеуге барды.",
                      "Омбыда және Алматыда жаңа филиалдар ашылды.")
    ru = make_article(tools, "ru", "2025-01-02",
                      "Президент России Владимир Путин встретился с Касым-Жомартом Токаевым в Москве.",
                      "Филиалы откроются в Омске и Алма-Ате.")
    assert {"kasym-zhomart-tokaev", "moskva", "omsk", "almaty"} <= keys(kk)
    assert {"kasym-zhomart-tokaev", "moskva", "omsk", "almaty", "vladimir-putin"} <= keys(ru)


def test_scope_countries_are_marked(tools):
    a = make_article(tools, "a", "2025-01-01", "Казахстан и Российская Федерация подписали соглашение.")
    assert {m.key for m in a.mentions if m.scope} == {"kazakhstan", "rossiya"}


def test_unknown_people_named_by_surname_take_the_full_name(tools):
    a = make_article(tools, "a", "2025-01-01", "Эксперт Айгуль Сапарова считает, что сотрудничество расширится.")
    b = make_article(tools, "b", "2025-01-02", "Как отмечает Сапаровой, проекты уже начаты.",
                     "По словам Сапаровой, сроки сдвинутся.")
    merged = merge_names((a, b))
    people = {(m.key, m.name) for art in merged for m in art.mentions if m.type == "person"}
    assert len({k for k, _ in people}) == 1 and {n for _, n in people} == {"Айгуль Сапарова"}


def test_case_forms_of_an_unknown_organisation_are_one_entity(tools):
    a = make_article(tools, "a", "2025-01-01", "Евразийский банк развития выделил кредит на модернизацию.")
    b = make_article(tools, "b", "2025-01-02", "Кредит выделен по линии Евразийского банка развития.")
    org = lambda art: {m.key for m in art.mentions if m.type == "organization"}
    assert org(a) & org(b)


def test_boilerplate_names_no_one(tools):
    a = make_article(tools, "a", "2025-01-01", "Фото: Владимир Путин и Касым-Жомарт Токаев © ТАСС",
                     "Стороны обсудили поставки газа.")
    assert not [m for m in a.mentions if m.anchor == "p1"]


def test_an_office_names_its_holder_as_the_list_says(tmp_path, taxonomy):
    """«премьер-министр Казахстана» is whoever entities.yml says holds the office: change the holder
    and the claim names the new one; a holder the list lacks is a clear error."""
    from pathlib import Path

    import pytest

    from digest.analyze import build_analyzers
    from digest.claims import read_claim
    from digest.entities import load_known_names
    from digest.errors import ConfigError

    listed = Path(__file__).resolve().parent.parent / "entities.yml"
    source = listed.read_text(encoding="utf-8")
    changed = tmp_path / "entities.yml"
    changed.write_text(source.replace("  - holders: [Олжас Бектенов]\n", "  - holders: [Михаил Мишустин]\n", 1),
                       encoding="utf-8")
    sentence = "Премьер-министр Казахстана в 2026 году откроет в Павлодаре новую ТЭЦ мощностью 360 МВт."
    before = read_claim(sentence, "ru", build_analyzers(taxonomy, load_known_names(listed)))
    after = read_claim(sentence, "ru", build_analyzers(taxonomy, load_known_names(changed)))
    bektenov = {e.key for e in load_known_names(listed).entities if e.name == "Олжас Бектенов"}
    assert bektenov <= before.people and "mikhail-mishustin" in after.people and not bektenov & after.people
    broken = tmp_path / "broken.yml"
    broken.write_text(source.replace("  - holders: [Олжас Бектенов]\n", "  - holders: [Олжас Бектеноф]\n", 1),
                      encoding="utf-8")
    with pytest.raises(ConfigError, match="office #3: Олжас Бектеноф is not an entity of the list"):
        load_known_names(broken)


def test_a_name_with_its_abbreviation_after_it_is_the_name(tools):
    with_abbreviation = tools.entities.find("Филиал Уральского федерального университета (УрФУ) открылся в Павлодаре.",
                                            "ru")
    plain = tools.entities.find("Уральский федеральный университет открыл филиал в Павлодаре.", "ru")
    assert {k for k, *_ in with_abbreviation} == {k for k, *_ in plain}


def test_a_sentence_with_no_capital_after_its_first_letter_is_not_given_to_the_model(tools):
    from digest.entities import EntityFinder
    finder = EntityFinder.__new__(EntityFinder)
    finder.__dict__.update(tools.entities.__dict__)
    finder._memo = type(tools.entities._memo)()
    given = []
    model = tools.entities.ner

    class Spy:
        def spans_many(self, texts):
            given.extend(texts)
            return model.spans_many(texts)

    finder._ner = Spy()
    plain = "Путин отметил, что поставки газа в этом году выросли вдвое."
    named = "Министр энергетики Алмасадам Саткалиев обсудил в Москве поставки газа."
    found = finder.find_all([(plain, "ru"), (named, "ru")])
    assert given == [named]
    assert "Путин" in {name.split()[-1] for _, name, _, _ in found[0]}, "a known name opening it is still found"
    assert {"Москва"} <= {name for _, name, _, _ in found[1]} and any("Саткалиев" in n for _, n, _, _ in found[1])


# each sentence is one where natasha's model tags the span named in `not_named` (checked): the rule, not the
# model, must drop it
@pytest.mark.parametrize("sentence, expected, not_named", [
    # a preposition opening a sentence is not part of the place's name
    ("Из Актобе запустят новый авиарейс в Новосибирск с 12 июля.", "Актобе", "Из Актобе"),
    # a common word opening a sentence, an abbreviation of a common noun and a unit name nothing
    ("Грузооборот на железной дороге за январь–август 2021 года составил 16,2 млн тонн, сообщает ТАСС.", "ТАСС",
     "Грузооборот"),
    ("Университет Алматы открыл центр подготовки инженеров совместно с МГУ.", "МГУ", "Университет"),
    ("Как сообщают СМИ Казахстана, Токаев прибыл в Москву.", "Москва", "СМИ"),
    ("Казахстан импортировал из России 5,4 млрд кВт·ч электроэнергии.", "Россия", "кВт·ч"),
])
def test_what_opens_a_sentence_or_is_a_common_noun_is_not_a_name(tools, sentence, expected, not_named):
    spans = {span.text for span in tools.entities.ner.spans_many([sentence])[0]}
    assert not_named in spans, "the model tags it: the case tests the rule"
    names = {name for _, name, _, _ in tools.entities.find(sentence, "ru")}
    assert expected in names and not_named not in names, names


@pytest.mark.parametrize("sentence, name", [
    ("Законопроект одобрил Мажилис, а затем Сенат Казахстана.", "Мажилис"),  # a common word's capital mid-sentence
    ("Законопроект одобрил Мажилис, а затем Сенат Казахстана.", "Сенат Казахстана"),
    ("Мажилис одобрил законопроект о ратификации соглашения.", "Мажилис"),  # known: opening a sentence too
    ("Регулятор сообщил о снижении ставки, пишет Курсив.", "Курсив"),
    ("Об этом пишет издание «Курсив» со ссылкой на министерство.", "Курсив"),  # in quotes
    ("Мэр Сеула О Се Хун посетил Алматы.", "О Се Хун"),  # a person's «О» is not a preposition
])
def test_a_name_that_looks_like_a_common_word_is_kept(tools, sentence, name):
    names = {name for _, name, _, _ in tools.entities.find(sentence, "ru")}
    assert name in names, names


def test_names_tagged_in_batches_are_those_natasha_tags_in_each_text_alone(tools):
    """The adapter tags many texts at once, shortest first, with its own tokens: each text's names must be what
    natasha's own tagger finds in that text given alone (its API, its tokenizer, a batch of one)."""
    import razdel
    from digest.ner import BATCH, TYPES
    texts = [s.text for path in sorted((ROOT / "corpus").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() for s in razdel.sentenize(line) if s.text]
    texts += ["", "   ", texts[0]]  # blank texts name nothing; a text given twice, twice the same
    assert len({len(t) for t in texts}) > BATCH, "texts of many lengths, over several batches"
    together = tools.entities.ner.spans_many(texts)
    natasha = tools.entities.ner._ner
    named = 0
    for text, spans in zip(texts, together):
        alone = natasha(text).spans if text.strip() else []
        assert [(s.start, s.end, s.type, s.text) for s in spans] == \
            [(s.start, s.stop, TYPES.get(s.type, "organization"), text[s.start:s.stop]) for s in alone], text
        named += bool(spans)
    assert named > 20, "the texts name people, organisations and places"


def test_articles_analysed_together_are_the_articles_analysed_alone(tools):
    """The build analyses eight articles at a time, their names looked for together: each must come out as it
    does alone (with nothing remembered from another), and one that fails must fail alone."""
    from dataclasses import replace
    from digest.analyze import analyze_article, analyze_articles
    from digest.load import load_corpus
    docs = list(load_corpus(ROOT / "corpus")[0])
    broken = replace(docs[1], lines=())  # no paragraph at all: its analysis raises
    tools.entities._memo.clear()
    together = analyze_articles([*docs, broken], tools, statements=False)
    assert isinstance(together[-1], Exception) and not any(isinstance(a, Exception) for a in together[:-1])
    for doc, article in zip(docs, together):
        tools.entities._memo.clear()
        alone = analyze_article(doc, tools, statements=False)
        assert article == alone and alone.mentions, doc.file


from hypothesis import example, given, settings, strategies as st  # noqa: E402

# what razdel's rules look at: letters of both scripts and the Kazakh ones it does not know, digits, its
# punctuation (dashes, decimal points, fraction bars, sentence ends, smileys), spaces, and «yahoo!»
_PIECES = st.sampled_from(["кто", "то", "Ә", "ғ", "Qazaq", "Gaz", "yahoo", "12", "5", "-", "–", "—", "_", ".", ",",
                           "/", "\\", "?", "!", "…", ":", ";", "=", ")", "(", "*", "«", "»", '"', "№", "%", " ",
                           "  ", "\n", "Δ", "σ"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("Рост 12,5 и 3.7 %, доля 1/2, кто-то из Ә-ғ;-) — yahoo! ...?! --")
def test_the_ner_tokens_are_razdels(text):
    import razdel
    from digest.ner import tokenize
    assert [(t.start, t.stop, t.text) for t in tokenize(text)] == \
        [(t.start, t.stop, t.text) for t in razdel.tokenize(text)]
