"""Topic classification: vocabulary through lemmas (ru) and stems (kk), and the precision rules."""
from __future__ import annotations

import pytest

CASES = [
    # Russian: one topic each, through different word forms
    ("Казахстанские студенты смогут поступать в российские университеты по единым правилам.", "ru", {"education"}),
    ("В Павлодаре открылась школа, построенная при участии российской стороны.", "ru", {"education"}),
    ("Российские преподаватели прочитают лекции для казахстанских учителей.", "ru", {"education"}),
    ("Газпром увеличит поставки газа в северные регионы Казахстана.", "ru", {"energy"}),
    ("Первый блок АЭС планируется ввести в эксплуатацию к 2035 году.", "ru", {"energy"}),
    ("Компания намерена модернизировать нефтепровод и увеличить прокачку нефти.", "ru", {"energy"}),
    ("Грузооборот на железной дороге между двумя странами вырос на 12%.", "ru", {"transport"}),
    ("Через пункт пропуска на границе ежедневно проходят тысячи грузовиков.", "ru", {"transport"}),
    ("В аэропорту Уральска открыт новый терминал для рейсов в Москву.", "ru", {"transport"}),
    ("В Алматы прошли гастроли Большого театра.", "ru", {"culture"}),
    ("В Москве открылась выставка казахских художников.", "ru", {"culture"}),
    ("Фестиваль казахского кино пройдет в Санкт-Петербурге.", "ru", {"culture"}),
    # two topics when both are substantive
    ("Росатом и казахстанские вузы подготовят специалистов для первой атомной электростанции.", "ru",
     {"energy", "education"}),
    # none: other subjects
    ("Министры обсудили таможенные пошлины и торговый баланс.", "ru", set()),
    ("Стороны договорились о совместных учениях и борьбе с терроризмом.", "ru", set()),
    ("Правительства утвердили дорожную карту сотрудничества на три года.", "ru", set()),
    ("Россия направила гуманитарную помощь пострадавшим от паводков.", "ru", set()),
    # look-alikes of the topics' words
    ("Эксперты обсуждают транзит власти и будущее политической системы.", "ru", set()),
    ("Министр призвал к творческому подходу в решении вопросов торговли.", "ru", set()),
    ("На промышленной выставке в Екатеринбурге подписаны контракты на поставку станков.", "ru", set()),
    ("Компания начала разработку месторождения золота в Восточном Казахстане.", "ru", set()),
    ("На полигоне прошли учебные стрельбы с участием военных двух стран.", "ru", set()),
    # a list of fields named in passing is about none of them
    ("Приоритетами остаются энергетика, транспорт, образование и сельское хозяйство.", "ru", set()),
    # a minor topic next to a strong one does not count
    ("Стороны договорились о транспортировке нефти и поставках угля и электроэнергии.", "ru", {"energy"}),
    # words inside an institution's name belong to the institution
    ("Делегация посетила Российский университет нефти и газа имени Губкина.", "ru", {"education"}),
    ("Студенты Московского авиационного института прошли стажировку в Астане.", "ru", {"education"}),
    # every likely reading of a word: «газе» is also a form of «газа» (gauze), «угле» of «угол»
    ("Статья о газе.", "ru", {"energy"}),
    ("Речь шла о газе и угле.", "ru", {"energy"}),
    # «образование» as forming something, the status of a language, sport: none of the topics
    ("Стороны договорились об образовании совместной рабочей группы по таможне.", "ru", set()),
    ("Конституционный статус русского языка в Казахстане пересматривать не планируют.", "ru", set()),
    ("Министерство туризма и спорта подписало меморандум о спортивных сборах.", "ru", set()),
    ("Спортсмены проведут учебно-тренировочные сборы перед Олимпийскими играми.", "ru", set()),
    # a named transit corridor across quotes and a dash
    ("Стороны обсудили развитие коридора «Север – Юг».", "ru", {"transport"}),
    # Kazakh, through case and plural endings
    ("Алматыда жаңа мектеп салынады.", "kk", {"education"}),
    ("Ресейлік университеттерде оқитын студенттердің саны артты.", "kk", {"education"}),
    ("Қазақстан Ресейден газ импорттауды арттырады.", "kk", {"energy"}),
    ("Мұнай мен көмір өндіру көлемі ұлғайды.", "kk", {"energy"}),
    ("Жаңа теміржол желісі жүк тасымалын екі есе арттырады.", "kk", {"transport"}),
    ("Мәскеуде қазақ театрының гастрольдері өтеді.", "kk", {"culture"}),
    ("Астанадағы музейлерде ресейлік суретшілердің көрмесі ашылды.", "kk", {"culture"}),
    ("Ресейлік оқытушылар қазақстандық мұғалімдерге тағылымдама өткізеді.", "kk", {"education"}),
    ("Шекара бекеттері арқылы өтетін жүк көліктерінің саны артты.", "kk", {"transport"}),
    ("Жылу электр орталығын жаңғырту жұмыстары басталды.", "kk", {"energy"}),
    ("Абайдың мерейтойына арналған концерт Мәскеуде өтті.", "kk", {"culture"}),
    ("Екі ел басшылары сауда-экономикалық байланыстарды талқылады.", "kk", set()),
    # a metaphorical bridge is not transport
    ("Бұл келісім екі халық арасындағы берік көпір болады.", "kk", set()),
    # another subject's words outweigh a topic's word in passing: military aviation, a checkpoint as
    # the place of a drug seizure, a sponsor's name
    ("Большая часть парка военной авиации и бронетехники вооружённых сил – российского производства.", "ru", set()),
    ("Шекарашылар өткізу пунктінде жүк көлігінен есірткі тапты.", "kk", set()),
    ("Пограничники задержали на пункте пропуска грузовик с наркотиками.", "ru", set()),
    ("Генеральным спонсором турнира выступил «КазМунайГаз».", "ru", set()),
    ("Турнирдің бас демеушісі – ҚазМұнайГаз.", "kk", set()),
    # ... but not a topic's substance: a sponsor that builds a power plant
    ("Генеральный партнёр форума «Росатом» построит в Казахстане атомную электростанцию.", "ru", {"energy"}),
    # every form of a Kazakh phrase in the possessive: пункті, пунктінде, пункттері
    ("Шекарадағы өткізу пункттерінің өткізу қабілеті екі есе артады.", "kk", {"transport"}),
    # weak words alone are no evidence; with a word of decision they are
    ("Там работают наши специалисты, и значительная часть из них – молодёжь.", "ru", set()),
    ("Жастар мен ғылым бағыттарында бірлескен форум өткізу жоспарланған.", "kk", {"education"}),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_sentence_topics(tools, text, lang, expected):
    _, topics = tools.classifier.classify(text, lang, "body")
    assert set(topics) == expected


def test_minor_topic_in_a_long_paragraph_is_dropped(tools):
    text = ("Университеты двух стран запускают совместные магистерские программы. Студенты будут учиться "
            "семестр в Томске и семестр в Караганде, а преподаватели обменяются опытом. Для студентов "
            "откроют доступ к электронной библиотеке вуза-партнёра.")
    sentences, topics = tools.classifier.classify(text, "ru", "body")
    assert topics == ("education",)


def test_headings_are_classified_as_a_whole(tools):
    _, topics = tools.classifier.classify("Сотрудничество в сфере энергетики", "ru", "heading")
    assert topics == ("energy",)
    _, topics = tools.classifier.classify("Газ, школы и театры: итоги визита", "ru", "title")
    assert set(topics) == {"energy", "education", "culture"}


def test_boilerplate_has_no_topic(tools):
    _, topics = tools.classifier.classify("Фото: Министерство энергетики", "ru", "boilerplate")
    assert topics == ()


def test_sentences_carry_their_own_topics(tools):
    text = "Стороны обсудили поставки газа. Также в Омске откроется филиал университета."
    sentences, topics = tools.classifier.classify(text, "ru", "body")
    assert [s.topics for s in sentences] == [("energy",), ("education",)]
    assert topics == ("education", "energy")



ARTICLES = [
    # teachers and students among the victims of a fraud: one sentence, no word of decision
    ("Телефонные мошенники похитили у жителей области 300 млн тенге",
     "Полиция Костанайской области возбудила 120 уголовных дел о мошенничестве. "
     "Среди пострадавших – пенсионеры, учителя школ и студенты колледжей.", False),
    # two sentences on the topic file the article
    ("В Омской области началась осенняя вакцинация",
     "Прививочная кампания стартовала в понедельник. В области не хватает учителей: "
     "вакансии есть в сорока школах. Педагогический университет увеличит набор студентов.", True),
    # a word of decision next to a strong word: one sentence is enough
    ("Губернатор провёл приём граждан",
     "Губернатор ответил на вопросы жителей о ценах и дорогах. "
     "Он также сообщил, что в следующем году в Омске построят новую школу на 1200 мест.", True),
    # «откроют … в школах»: the schools are where the points open, not what is opened
    ("Вакцинация в Омской области",
     "Прививочная кампания стартовала в понедельник. "
     "Дополнительные пункты вакцинации откроют в торговых центрах и в школах.", False),
    # «салынатынын»: Kazakh words of decision are matched by the beginning of the word
    ("Облыс әкімі тұрғындармен кездесті",
     "Әкім тұрғындардың баға мен жол туралы сұрақтарына жауап берді. "
     "Ол келесі жылы Петропавлда 1200 орындық жаңа мектеп салынатынын айтты.", True),
]


@pytest.mark.parametrize("title, body, filed", ARTICLES)
def test_when_a_topic_files_the_article(tools, title, body, filed):
    from tests.helpers import make_article
    article = make_article(tools, "x", "2024-05-01", title, body)
    assert ("education" in article.topics) is filed
