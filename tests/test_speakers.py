"""Who said it: the speaker of a quoted sentence, per rule in Russian and Kazakh, and the gold cases'
precision and recall on both halves (tests/claims/speakers.yml)."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from digest.speakers import find_speaker, score_speakers

CASES = Path(__file__).resolve().parent / "claims" / "speakers.yml"
T, P, B = "Касым-Жомарт Токаев", "Владимир Путин", "Олжас Бектенов"


def speaker(tools, lang, *sentences):
    return find_speaker(tuple((s, lang) for s in sentences), lang, tools)


@pytest.mark.parametrize("sentences, expected", [
    # the name after a postposed verb, before a preposed one, after «по словам», «как заявил»
    (["«Нет», — ответил Токаев на вопрос журналиста."], T),
    (["Это заявил Токаев."], T),
    (["Об этом журналистам сообщил Токаев."], T),
    (["Песков сообщил журналистам, что Путин примет участие в саммите."], "Песков"),
    (["Путин заявил Токаеву, что поставки газа будут продолжены."], P),
    (["Говоря о Токаеве, Путин отметил, что переговоры были полезными."], P),
    (["Токаев, выступая на форуме в Астане, заявил, что тарифы не вырастут."], T),
    (["По словам Путина, Токаев предложил провести встречу в Астане."], P),
    (["Цены на бензин, по словам Бектенова, не вырастут до конца года."], B),
    (["Как заявил Сергей Лавров, Россия поддерживает инициативу."], "Сергей Лавров"),
    (["Вице-министр Айгуль Сапарова сообщила о новых квотах.", "«Квоты вырастут», — заявила Сапарова."],
     "Айгуль Сапарова"),
])
def test_ru_a_person_named_at_the_speech_phrase(tools, sentences, expected):
    assert speaker(tools, "ru", *sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    # a title that names one person, whoever reports it
    (["Глава государства подчеркнул, что реформа продолжится."], T),
    (["«Казахстан — наш союзник», — заявил президент России."], P),
    (["Как отметил глава государства, сотрудничество развивается."], T),
    # a role noun: only the one person named next to that role earlier
    (["Глава Минэнерго Ерлан Жумабеков посетил Павлодар.", "По словам главы Минэнерго, ремонт завершен."],
     "Ерлан Жумабеков"),
    (["Токаев подписал указ.", "По словам главы Минэнерго, ремонт завершен."], None),
    (["Бектенов провел встречу с губернатором.", "По словам губернатора, урожай собран."], None),
    (["Пресс-секретарь президента отметил, что дата визита не определена."], None),
])
def test_ru_titles_and_role_nouns(tools, sentences, expected):
    assert speaker(tools, "ru", *sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    # a pronoun stands for the one person of its gender named before it
    (["Премьер-министр Олжас Бектенов провел совещание.", "Он заявил, что сроки не сорвут."], B),
    (["Айгуль Сапарова и Ерлан Жумабеков выступили на форуме.", "Она подчеркнула, что квоты вырастут."],
     "Айгуль Сапарова"),
    (["Глава государства прибыл в Омск.", "По его словам, сотрудничество расширяется."], T),
    (["Токаев и Путин провели переговоры.", "Он заявил, что стороны договорились."], None),
    (["Асель Нурланова провела прием граждан.", "Он отметил, что перерасчет будет сделан."], None),
    (["Строительство школ начнется в сентябре.", "Он сообщил, что проект обойдется в 40 млрд тенге."], None),
    (["Бектенов и Мишустин подписали соглашение.", "Они заявили, что документ вступит в силу в январе."], None),
])
def test_ru_pronouns(tools, sentences, expected):
    assert speaker(tools, "ru", *sentences) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an organisation speaks only when it is named; media and documents only as the named outlet
    ("Как сообщили в Минэнерго РК, ремонт завершится в октябре.", "Минэнерго"),
    ("Казатомпром сообщил, что добыча выросла.", "Казатомпром"),
    ("Как отметили в пресс-службе Акорды, визит пройдет в мае.", "Акорда"),
    ("Как сообщает ТАСС, переговоры продлились три часа.", "ТАСС"),
    ("Как сообщает пресс-служба ведомства, документы принимаются до августа.", None),
    ("Как сообщает издание, переговоры продолжатся.", None),
    ("По данным Бюро национальной статистики, рост составил 5 процентов.", "Бюро национальной статистики"),
    ("По данным исследования, спрос на уголь вырос.", None),
    ("Министерство сообщило, что правила вступят в силу в сентябре.", None),
    ("По словам представителя КТЖ, новые вагоны поступят осенью.", None),
])
def test_ru_organisations_and_sources(tools, sentence, expected):
    assert speaker(tools, "ru", sentence) == expected


@pytest.mark.parametrize("sentences", [
    # no speech reported, or nobody named who reported it
    ["Было отмечено, что число студентов выросло."],
    ["Сообщается, что переговоры продолжатся."],
    ["«Мы готовы», — говорится в заявлении."],
    ["Токаев поблагодарил Путина за приглашение."],
    ["Заявление Токаева опубликовано на сайте Акорды."],
    ["Токаев подписал указ.", "По словам эксперта, цены стабилизируются."],
    ["Эксперты считают, что курс тенге останется стабильным."],
    ["Мы считаем, что проект окупится."],
    ["Путин подписал закон, сообщил пресс-секретарь Кремля."],
    ["Об этом сообщил источник в правительстве."],
])
def test_ru_no_speaker(tools, sentences):
    assert speaker(tools, "ru", *sentences) is None


@pytest.mark.parametrize("sentences, expected", [
    # the subject before the verb, the name after «деді», the genitive before «айтуынша»
    (["Тоқаев Путинге ынтымақтастық маңызды екенін айтты."], T),
    (["Путинмен кездесуде Тоқаев көлік дәліздері маңызды екенін атап өтті."], T),
    (["Бұл туралы Тоқаев хабарлады."], T),
    (["«Біз дайынбыз», — деді Тоқаев Путинге."], T),
    (["Путиннің сөзінше, құрылыс жоспар бойынша жүріп жатыр."], P),
    (["Мемлекет басшысы жаңа мектептер ашылатынын атап өтті."], T),
    (["Ресей Президентінің айтуынша, келіссөздер сәтті өтті."], P),
    (["«Бұл тарихи шешім», — деді Мемлекет басшысы."], T),
    (["Білім вице-министрі Айгүл Сапарова ережелерді таныстырды.", "Оның айтуынша, квоталар артады."],
     "Айгүл Сапарова"),
    (["Премьер-министр Олжас Бектенов Павлодарға барды.", "Ол жылу маусымына дайындықты тексергенін айтты."], B),
    (["Kazinform хабарлауынша, жаңа пойыз қатынайды."], "Kazinform"),
    (["«Экспорт өсті», — деп хабарлады ҚазМұнайГаз."], "КазМунайГаз"),
])
def test_kk_a_person_or_organisation_named(tools, sentences, expected):
    assert speaker(tools, "kk", *sentences) == expected


@pytest.mark.parametrize("sentences", [
    ["Тоқаев пен Путин кездесті.", "«Біз дайынбыз», — деді ол."],
    ["Оның айтуынша, жоба келесі жылы аяқталады."],
    ["Тоқаев жиналысты ашты.", "«Жұмыс жалғасады», — деді."],
    ["Бұл туралы министрлік хабарлады."],
    ["Сарапшылар бағалар тұрақтайды деп санайды."],
    ["Отырыста тарифтер туралы айтылды."],
    ["Баспасөз қызметінің хабарлауынша, құжаттар тамызға дейін қабылданады."],
    ["Тоқаевтың жарлығы бойынша жаңа министрлік құрылды."],
    ["Сапар барысында бірнеше келісімге қол қойылды."],
])
def test_kk_no_speaker(tools, sentences):
    assert speaker(tools, "kk", *sentences) is None


def test_nothing_to_read_has_no_speaker(tools):
    assert find_speaker((), "ru", tools) is None
    assert find_speaker((("", "ru"),), "ru", tools) is None
    assert find_speaker((("— заявил", "ru"),), "ru", tools) is None
    assert find_speaker((("«", "kk"),), "kk", tools) is None


def _halves():
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]
    tuning = [c for c in cases if int(c["id"].split("-")[1]) % 2 == 1]
    held = [c for c in cases if int(c["id"].split("-")[1]) % 2 == 0]
    return cases, tuning, held


def test_the_gold_cases_have_the_shape_the_measurement_needs():
    cases, tuning, held = _halves()
    assert len(cases) >= 90 and len({c["id"] for c in cases}) == len(cases)
    assert sum(c["lang"] == "kk" for c in cases) >= len(cases) // 4
    assert all(1 <= len(c["context"]) <= 5 and "speaker" in c for c in cases)
    assert sum(c["speaker"] is None for c in cases) >= 20


# Measured on both halves: both reach precision 1.0 and recall 1.0 (30/30, 34/34 named right). The held
# half was blind at first (precision and recall 0.94: «Росатом басшысы Алексей Лихачев» gave Росатом,
# «Экономист Марина Коваленконың» a name with the role in it); those two generic faults were fixed after
# it was seen, so it is no longer a clean held-out measure. The bars sit one miss below the measure.
@pytest.mark.parametrize("half, recall_bar", [("tuning", 0.95), ("held", 0.95)])
def test_precision_and_recall_on_the_gold_cases(tools, half, recall_bar):
    _, tuning, held = _halves()
    counts, lines = score_speakers(tuning if half == "tuning" else held, tools)
    assert counts["precision"] >= 0.95, "\n".join(lines)
    assert counts["recall"] >= recall_bar, "\n".join(lines)


def test_a_call_is_cheap(tools):
    context = (("Премьер-министр Олжас Бектенов провел совещание по отопительному сезону.", "ru"),
               ("На совещании присутствовали руководители областей.", "ru"),
               ("По его словам, отставание от графика допущено в трех регионах.", "ru"))
    find_speaker(context, "ru", tools)
    start = time.perf_counter()
    for _ in range(20):
        find_speaker(context, "ru", tools)
    assert (time.perf_counter() - start) / 20 < 0.25


@pytest.mark.parametrize("lang, sentence", [
    # «по словам» before a word that is no name at all: nobody is named (never a placeholder)
    ("ru", "По словам Ңц-mлohжқфвьй, экспорт нефти через КТК вырос на 9 процентов."),
    ("ru", "По словам , экспорт вырос."),
    ("kk", "Айтуынша, келісім жасалды."),
])
def test_a_speaker_is_a_name_or_none(tools, lang, sentence):
    assert find_speaker(((sentence, lang),), lang, tools) is None


@pytest.mark.parametrize("sentence, expected", [
    # an organisation the sentence inflects cannot be shown as it stands: no name rather than a wrong form
    ("Суда загружаются не более чем на 70 процентов, сообщили в Актауском морском торговом порту.", None),
    ("Спектакли посмотрели 4,8 тыс. зрителей, сообщили агентству в пресс-службе Малого театра.", None),
    # its head in the nominative is its name
    ("Поставки газа вырастут на 10 процентов, сообщили в Министерстве энергетики.", None),
    ("По данным Бюро национальной статистики, экспорт в Россию вырос на 5 процентов.", "Бюро национальной статистики"),
])
def test_an_organisation_is_named_only_in_a_form_that_can_stand_alone(tools, sentence, expected):
    assert find_speaker(((sentence, "ru"),), "ru", tools) == expected
