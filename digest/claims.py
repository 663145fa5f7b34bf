"""What a sentence claims, and whether another sentence states the same claim.

A claim is read as its anchors — figures (normalised: «60 тыс.» = «60 000» = «60 мың», «2,4 ГВт» =
«2400 МВт», «три школы» = «3 школы», «вдвое» = «в два раза» = «екі есе»), named actors and places
(through the entity resolver, so «Токаев» = «Тоқаев» = «глава государства», «елорда» = Астана),
titles in quotation marks, dates as periods — its polarity (planned or refused, in both languages'
negation, counted clause by clause; «не 30, а 90» puts a figure right), the direction of a change (grows or
shrinks), which way it goes between the two countries («Казахстан экспортировал в Россию» = «Ресей
Қазақстаннан сатып алды»), and, within one language, its content words.
Who reports the claim («…, сообщил X», «X заявил, что …», «X-тің айтуынша, …», «… деп хабарлады X»)
is not part of it: another outlet may quote the same fact from someone else or from no one.

Another sentence states the same claim when it carries every anchor of the quote (a date at least as
precisely), nothing contradicts it (another figure of the same unit, another date, another place put
where the quote's was, the opposite polarity or direction) and, in the same language, it shares
enough of the quote's words; across languages, words cannot be compared, and only anchors the
resolver finds in both languages count. It states part of it when it carries some anchors and
contradicts none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import KK_MONTHS, RU_MONTHS, find_dates, period_end
from .lexicon import content_keys
from .model import Compact

SAME, PARTLY, DIFFERENT = "same", "partly", "different"
MIN_WORDS_SHARED = 0.34  # same language: share of the quote's content words the source must have
MIN_ACTIONS = 0.34       # same language: share of what the quote says of its anchors (its other words): over a third
MIN_ANCHORS_ACROSS = 2   # across languages, words cannot be compared: this many anchors must agree
REFERENCE = date(2025, 6, 1)  # resolves relative dates when a sentence comes without its article's date

# ---------------------------------------------------------------------------------------------------
# figures
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?![\w])")
# scales, by the beginning of the word («тыс.», «тысяч», «мың», «мыңнан», «млн», «миллиона»)
SCALES = (("трлн", 1e12), ("триллион", 1e12), ("млрд", 1e9), ("миллиард", 1e9), ("млн", 1e6),
          ("миллион", 1e6), ("тыс", 1e3), ("мың", 1e3))
# numbers written as words, with no digits (both languages); «один»/«бір» are articles as often as numbers
WORD_NUMBERS = {"ru": {
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3,
    "тремя": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "тысяча": 1e3, "тысячи": 1e3, "тысячу": 1e3, "тысячей": 1e3, "миллион": 1e6, "миллиона": 1e6,
    "миллиард": 1e9, "миллиарда": 1e9, "полтора": 1.5, "полторы": 1.5,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
    "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19, "двадцати": 20,
    "тридцати": 30, "пятидесяти": 50, "ста": 100, "двухсот": 200, "трехсот": 300, "трёхсот": 300,
    "пятисот": 500, "полмиллиона": 5e5, "полмиллиарда": 5e8, "полтысячи": 500, "полумиллиона": 5e5,
    "полумиллиарда": 5e8, "миллионов": 1e6, "миллиардов": 1e9, "тысяч": 1e3, "сотня": 100, "сотни": 100,
    "сотен": 100, "сорока": 40, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900}, "kk": {
    "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80,  # (тоқсан: 90 or a quarter)
    "жүз": 100, "мың": 1e3, "миллион": 1e6, "миллиард": 1e9, "жарты": 0.5,
    "екеуі": 2, "үшеуі": 3, "төртеуі": 4, "бесеуі": 5, "алтауы": 6, "жетеуі": 7}}  # «оның төртеуі»: four of them
KK_NUMBER_ENDINGS = sorted({"ға", "ге", "қа", "ке", "ның", "нің", "дың", "дің", "тың", "тің", "да", "де", "та", "те",
                            "дан", "ден", "тан", "тен", "нан", "нен", "ды", "ді", "ты", "ті", "дай", "дей"},
                           key=len, reverse=True)  # (not on «он»: «оны», «онда» are «it», «there»)
HALF = {"жарым": 0.5, "с половиной": 0.5}  # «үш жарым миллион» = 3,5 млн
MULTIPLIERS = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "дважды": 2, "трижды": 3}  # «вдвое» = «в два раза» = «екі есе»
# «the two countries», «both sides» are the digest's subject, not a figure of the claim
NOT_COUNTED = re.compile(r"^(?:стран|сторон|государств|ведомств|ел\b|елд|елі|тарап|мемлекет|өңір|регион)", re.IGNORECASE)
# units in both languages by the beginning of the word, to one name and one scale (ГВт = 1000 МВт);
# the longest beginning wins
UNITS = {
    "%": ("%", 1), "процент": ("%", 1), "пайыз": ("%", 1),
    "т": ("t", 1), "тонн": ("t", 1), "тн": ("t", 1),
    "мвт": ("MW", 1), "мегават": ("MW", 1), "гвт": ("MW", 1000), "гигават": ("MW", 1000),
    "квт": ("MW", 0.001), "киловатт": ("MW", 0.001),
    "км": ("km", 1), "километр": ("km", 1), "шақырым": ("km", 1), "м": ("m", 1), "метр": ("m", 1),
    "руб": ("RUB", 1), "тенге": ("KZT", 1), "теңге": ("KZT", 1), "доллар": ("USD", 1), "долл": ("USD", 1),
    "$": ("USD", 1), "евро": ("EUR", 1), "кубометр": ("m3", 1), "куб": ("m3", 1), "текше": ("m3", 1),
    "мест": ("seat", 1), "орын": ("seat", 1), "грант": ("seat", 1), "квот": ("seat", 1),
    "вагон": ("wagon", 1), "контейнер": ("container", 1), "дфэ": ("TEU", 1),
    "человек": ("person", 1), "адам": ("person", 1), "студент": ("student", 1), "школьник": ("pupil", 1),
    "оқушы": ("pupil", 1), "учител": ("teacher", 1), "педагог": ("teacher", 1), "мұғалім": ("teacher", 1),
    "пассажир": ("passenger", 1), "жолаушы": ("passenger", 1), "абитуриент": ("applicant", 1),
    "талапкер": ("applicant", 1), "автомобил": ("vehicle", 1), "машин": ("vehicle", 1), "көлік": ("vehicle", 1),
    "грузовик": ("vehicle", 1), "рейс": ("flight", 1), "поезд": ("train", 1), "пойыз": ("train", 1),
    "год": ("year", 1), "лет": ("year", 1), "жыл": ("year", 1), "жылдық": ("anniversary", 1),
    "жылдығ": ("anniversary", 1), "летие": ("anniversary", 1), "летия": ("anniversary", 1),
    "летию": ("anniversary", 1), "день": ("day", 1), "дня": ("day", 1), "дней": ("day", 1), "күн": ("day", 1),
    "раз": ("times", 1), "есе": ("times", 1), "рет": ("times", 1), "мәрте": ("times", 1),
    "сут": ("day", 1), "тәулік": ("day", 1), "недел": ("week", 1), "апта": ("week", 1), "месяц": ("month", 1),
    "ай": ("month", 1),
    "турист": ("tourist", 1), "артист": ("artist", 1), "әртіс": ("artist", 1), "мигрант": ("migrant", 1), "специалист": ("specialist", 1), "маман": ("specialist", 1),
    "работник": ("worker", 1), "рабоч": ("worker", 1), "жұмысшы": ("worker", 1), "врач": ("doctor", 1),
    "дәрігер": ("doctor", 1), "проект": ("project", 1), "жоба": ("project", 1), "предприяти": ("company", 1),
    "кәсіпорын": ("company", 1), "компани": ("company", 1), "школ": ("school", 1), "мектеп": ("school", 1),
    "филиал": ("branch", 1), "программ": ("programme", 1), "бағдарлама": ("programme", 1),
    "университет": ("university", 1), "вуз": ("university", 1), "автобус": ("bus", 1), "самол": ("aircraft", 1),
    "ұшақ": ("aircraft", 1), "гектар": ("ha", 1), "га": ("ha", 1), "литр": ("l", 1), "кг": ("t", 0.001),
    "килограмм": ("t", 0.001), "баррел": ("barrel", 1), "квартир": ("flat", 1), "пәтер": ("flat", 1),
    "зерновоз": ("wagon", 1), "пойызд": ("train", 1), "электровоз": ("locomotive", 1), "локомотив": ("locomotive", 1),
    "тепловоз": ("locomotive", 1), "соглашени": ("agreement", 1), "келісім": ("agreement", 1),
    "документ": ("agreement", 1), "құжат": ("agreement", 1), "меморандум": ("agreement", 1),
    "штук": ("piece", 1), "экземпляр": ("piece", 1), "дана": ("piece", 1), "город": ("city", 1), "қала": ("city", 1),
    "спектакл": ("performance", 1), "қойылым": ("performance", 1), "фильм": ("film", 1), "картин": ("film", 1),
    "кинокартин": ("film", 1), "сел": ("village", 1), "сёл": ("village", 1), "населенн": ("village", 1),
    "населённ": ("village", 1), "ауыл": ("village", 1), "елді": ("village", 1), "доз": ("dose", 1),
    "книг": ("book", 1), "кітап": ("book", 1), "регион": ("region", 1), "област": ("region", 1),
    "облыс": ("region", 1), "өңір": ("region", 1), "операци": ("operation", 1), "рейд": ("raid", 1),
    "гбит": ("Gbit/s", 1), "кубокилометр": ("m3", 1e9), "км3": ("m3", 1e9), "км³": ("m3", 1e9), "голов": ("head", 1), "бас": ("head", 1), "еуро": ("EUR", 1),
    "ракет": ("launch", 1), "зымыран": ("launch", 1), "пуск": ("launch", 1), "запуск": ("launch", 1), "мбит": ("Gbit/s", 0.001), "тбит": ("Gbit/s", 1000),
}
EXACT_UNITS = {"рет", "ай", "га", "м", "т", "бас"}  # whole words only («ретінде», «айтты» are no units)
UNIT_PREFIXES = sorted((k for k in UNITS if len(k) >= 3 and k not in EXACT_UNITS), key=len, reverse=True)
# a word between a number and its unit that describes the unit («3 крупных проекта», «5 жаңа мектеп»)
ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ого|его|ому|ему|ую|юю|ыми|ими|"
                       r"лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|жаңа|ірі)$")
RU_ADJECTIVE_OF_NOUN = re.compile(r"(?:ск|н)(?:ий|ая|ое|ие|их|им|ого|ому|ую|ими|ой|ых|ый|ые)$")
RATES = {"year", "day", "week", "month"}
RANGE = {"до", "по", "или", "и", "-", "–", "—", "мен", "және", "немесе"}  # «с 30 до 90 суток»: 30 takes 90's unit
HUMAN = {"person", "student", "pupil", "teacher", "passenger", "applicant"}  # «человек» counts any of them
# words between a number and its unit that are not the unit («более 60 тыс.», «70 мыңнан астам»)
FILLER = {"более", "свыше", "около", "почти", "порядка", "примерно", "до", "астам", "шамамен", "жуық",
          "дейін", "кем", "қарай", "в", "на", "по", "из", "от", "с"}
KK_CASE = re.compile(r"^(?:і|ы|сі|сы|ші|шы|ге|ға|ке|қа|не|на|де|да|те|та|ден|дан|тен|тан|нен|нан|дің|дың|тің|"
                     r"тың|нің|ның|ін|ын|ні|ны|ті|ты|ді|ды|нде|нда|інде|ында|сінде|сында|еу|ау|inci)$")
ORDINAL = re.compile(r"^(?:й|го|му|м|я|е|ой|ый|ий|ая|ое|ые|х|ших|ші|шы|інші|ыншы|нші|ншы)$")

# ---------------------------------------------------------------------------------------------------
# polarity and direction
RU_NOT = re.compile(r"(?<!\w)(?:не|нет|ни)(?!\w)(?!\s+(?:менее|более|меньше|больше|только|раз|позднее|позже|"
                    r"ранее|исключ\w*|секрет|так\s+давно)\b)|(?<!\w)(?:откаж\w*|отказ\w*|отлож\w*|перенес\w*|"
                    r"перенос\w*|отмен\w*|лишил\w*|лишат\w*|лишит\w*|приостанов\w*|заморож\w*|сорван\w*|сорвал\w*|прекрат\w*|прекращ\w*|"
                    r"опроверг\w*|отверг\w*|отклон\w*|исключил\w*|провал\w*|без\s+участия)(?!\w)",
                    re.IGNORECASE)
KK_NOT_WORDS = re.compile(r"(?<!\w)(?:емес|жоқ|айырыл\w*|ешқашан|ешқандай|ешбір|бас\s+тарт\w*|кейінге\s+(?:қалдыр|шегер|ысыр|"
                          r"ауыстыр)\w*|шегерілді|шегерілген\w*|тоқтатыл\w*|тоқтат\w*|доғарыл\w*|"
                          r"жойыл\w*|күшін\s+жой\w*|қатысуынсыз|жоққа\s+шығар\w*|теріске\s+шығар\w*|қабылдамады|"
                          r"қабылданбады)(?!\w)", re.IGNORECASE)
NOT_NEGATION = re.compile(r"(?<!\w)(?:ғана\s+емес|кем\s+емес|кем\s+дегенде|мүмкіндік\s+жоқ\s+емес)", re.IGNORECASE)
# «не 30, а 90 суток», «30 тәулік емес, 90 тәулік»: a figure put right, not a denial of the claim
CONTRASTIVE = {"ru": re.compile(r"(?<!\w)не\s+(?:(?:с|со|на|до|в|к)\s+)?\d[^,;]{0,30},\s*а\s", re.IGNORECASE),
               "kk": re.compile(r"\d[\d\s,.]*(?:[^\W\d_]+\s+){0,2}емес\s*,\s*(?=(?:[^\W\d_]+\s+)?\d)", re.IGNORECASE)}
# clauses a sentence is cut into to count negations in each («…бастамайтынын, қатынас кейінге шегерілгенін»)
CLAUSE = re.compile(r"[,;:]\s+|\s+[–—]\s+|\s+(?:и|а|но|однако|және|бірақ|алайда)\s+", re.IGNORECASE)
# Kazakh verbs in the negative: stem + -ма/-ме/-ба/-бе/-па/-пе + a tense, participle, gerund or verbal noun
KK_NEG_VERB = re.compile(r"^[а-яәғқңөұүһі]{2,}(?:ма|ме|ба|бе|па|пе)(?:йды|йді|йтын|йтін|йтынын|йтінін|ды|ді|ған|ген|"
                         r"ғаны|гені|ғанын|генін|ған\w*|ген\w*|уы|уі|уын|уін|уға|уге|у|йық|йік|йынша|йінше)$")
# (not the converb «-май/-мей»: «тіркелмей» = «without registering», «пайдаланылмай тұрған» = «unused»)
KK_NOT_NEGATIVE = {"ұзамай", "кешікпей", "тоқтамай", "толастамай"}  # «soon», «without a break»: adverbs
UP = {"ru": re.compile(r"(?<!\w)(?:увелич\w*|рост\w*|вырос\w*|выраст\w*|возрос\w*|возраст\w*|нарастит\w*|"
                       r"наращ\w*|повыс\w*|повыш\w*|расшир\w*|удво\w*|вдвое|прирост\w*|подорож\w*|прибав\w*|укрепи\w*|укрепл\w*)",
                       re.IGNORECASE),
      "kk": re.compile(r"(?<!\w)(?:арттыр\w*|артад\w*|артып|артқан\w*|артты|ұлғай\w*|көбей\w*|өсті|өсу\w*|өсед\w*|"
                       r"өскен\w*|өсіп|кеңейт\w*|екі\s+есе|жоғарыла\w*|қымбатта\w*|нығай\w*)", re.IGNORECASE)}
DOWN = {"ru": re.compile(r"(?<!\w)(?:сократ\w*|сокращ\w*|сниз\w*|сниж\w*|уменьш\w*|упал\w*|упад\w*|паден\w*|"
                         r"спад\w*|подешев\w*|убыл\w*|ослаб\w*|обесцен\w*)", re.IGNORECASE),
        "kk": re.compile(r"(?<!\w)(?:азай\w*|қысқар\w*|төменде\w*|кеміт\w*|кеміді|кемі\w*ді|арзанда\w*|құлдыра\w*|әлсіре\w*)", re.IGNORECASE)}

# ---------------------------------------------------------------------------------------------------
# across languages words cannot be compared: what a claim is about and what is done, as generic concepts of
# the digest's field, each with the beginnings of its words in Russian and in Kazakh (any inflection)
CONCEPTS = {
    "start": (r"откр|запуст|запуск|заработа|ввод|введ|ввест|стартова|стартуе|начн\w*\s+работ|начал\w*\s+работ|возобнов|"
              r"начн[уеё]т|начал(?:о|а|и)?сь|начн[её]тся",
              r"ашыл|ашу|ашад|ашат|ашып|ашқан|ашты|іске\s+қос|іске\s+асыр|жұмыс\w*\s+(?:істей\s+)?баста|"
              r"баста(?:лды|лады|лған|лмақ|йды|ды|мақ|лып)(?!\w)|"
              r"пайдалануға\s+бер|қайта\s+қатына"),
    "build": (r"постро|строит|строят|строил|возвед|возвод|сооруж|реконструк|модерниз|обновл",
              r"салын|салу|салад|салып|салған|тұрғыз|бой\s+көтер|құрылыс|жаңғырт|қайта\s+жаңарт"),
    "supply": (r"постав|отгруз|отправ", r"жеткіз|жөнелт"),
    "import": (r"импорт|ввоз", r"импорт|әкел"),
    "export": (r"экспорт|вывоз|вывез", r"экспорт"),
    "carry": (r"перевоз|перевез|перевезл|курсирова|грузоперевоз", r"тасымал|тасыл|қатына"),
    "transit": (r"транзит", r"транзит"),
    "agreement": (r"соглашени|договор|меморандум|подпис|договорил", r"келісім|келісті|уағдалас|меморандум|қол\s+қой"),
    "hold": (r"пройд|пройт|прошл[аои](?!\w)|прошли(?!\w)|прошел|прошёл|состо[яи]т|проведе|провод|провест|прим[её]т\s+(?!участ)",
             r"өтеді|өтті|өтетін|өтпек|өткіз(?!у\s+(?:пункт|қабілет))|ұйымдастыр"),
    "tour": (r"гастрол", r"гастрол"),
    "festival": (r"фестивал", r"фестивал"),
    "forum": (r"форум", r"форум"),
    "film": (r"фильм|кино|съем|съём|картин", r"фильм|кино|түсір"),
    "stage": (r"театр|опер[аеуы](?!ц|тив|тор)|балет", r"театр|опера(?!ц|тив|тор)|балет"),
    "culture": (r"культур", r"мәдени"),
    "exhibition": (r"выставк", r"көрме"),
    "school": (r"школ", r"мектеп"),
    "university": (r"университет|вуз|институт|академи", r"университет|жоғары\s+оқу|институт|академия"),
    "branch": (r"филиал", r"филиал"),
    "student": (r"студент|абитуриент|обуча", r"студент|талапкер|білім\s+ал"),
    "teacher": (r"учител|педагог", r"мұғалім|педагог"),
    "grant": (r"грант|квот|бюджетн\w*\s+мест", r"грант|квота|бюджеттік\s+орын"),
    "programme": (r"программ", r"бағдарлама"),
    "train": (r"поезд|железн\w*\s+дорог|железнодорож", r"пойыз|темір\s*жол"),
    "flight": (r"рейс|авиа|аэропорт|самол[её]т", r"рейс|әуе"),
    "container": (r"контейнер", r"контейнер"),
    "wagon": (r"вагон|зерновоз", r"вагон|астық\s+тасығыш"),
    "checkpoint": (r"пункт\w*\s+пропуск|погранпереход|кпп", r"өткізу\s+пункт|бекет"),
    "border": (r"границ|погранич|пригранич", r"шекара"),
    "road": (r"автомобил|автодорог|трасс", r"автомобиль|көлік|тас\s*жол"),
    "route": (r"маршрут|коридор|направлени", r"бағыт|дәліз|маршрут"),
    "gas": (r"газ(?!ет)", r"газ(?!ет)"),
    "oil": (r"нефт", r"мұнай"),
    "coal": (r"угол|угл[яеюь]|уголь", r"көмір"),
    "power": (r"электроэнерг|электричеств|электростанц|теплоэлектроцентрал|электроцентрал|энергоблок|тэц|гэс|аэс|атомн|"
              r"мощност",
              r"электр|энергоблок|жэо|аэс|атом|қуат"),
    "grain": (r"зерн|пшениц", r"астық|бидай"),
    "cargo": (r"груз", r"жүк"),
    "passenger": (r"пассажир", r"жолаушы"),
    "meeting": (r"встреч|переговор|визит|посет", r"кездес|келіссөз|сапар"),
    "call": (r"телефон|созвон", r"телефон"),
    "petrol": (r"бензин", r"бензин"),
    "diesel": (r"дизел", r"дизел"),
    "fuel": (r"топлив|горюче|гсм", r"отын|жанармай|жағармай"),
    "hospital": (r"больниц|госпитал|поликлиник|клиник", r"аурухана|емхана|клиника"),
    "kindergarten": (r"детск\w*\s+сад", r"балабақша"),
    "purchase": (r"закуп|купи|покуп|приобр", r"сатып\s+ал"),
    "sale": (r"прода", r"сат(?!ып\s+ал)"),
    "price": (r"цен[аыеу]|тариф|стоимост", r"баға|тариф|құн(?:ы|ын)(?!\w)"),
    "investment": (r"инвест", r"инвест"),
    "trade": (r"товарооборот|торгов", r"тауар\s+айналым|сауда"),
    "language": (r"язык|русскоязычн", r"тіл"),
    "capacity": (r"пропускн", r"өткізу\s+қабілет"),
    "it": (r"IT\b|ИТ\b|информационн\w*\s+технолог|цифров", r"IT\b|ақпараттық\s+технология|цифрлық"),
    "training": (r"квалификац|стажировк|курс[аыо]в?\b|подготов|выпускник", r"біліктілік|тағылым|даярла|дайында|оқыт|түлек"),
    "complete": (r"заверш|оконча", r"аяқта"),
    "close": (r"закр[ыо]|закрыт", r"жабыл|жабад|жабу|жапт"),
    "publish": (r"изда[дюнтв]|издаст|выйд\w*\s+в\s+свет|тираж", r"жарық\s+көр|басып\s+шығар|басыл|таралым"),
    "translation": (r"перевод|переведен|перевест", r"аудар"),
    "discuss": (r"обсуд|обсужд", r"талқыла"),
    "daily": (r"ежедневн|каждый\s+день", r"күн\s+сайын"),
    "weekly": (r"еженедельн|в\s+неделю|каждую\s+неделю", r"аптасына|апта\s+сайын"),
    "ferry": (r"паром", r"паром"),
    "port": (r"порт(?!ал|фел|рет)", r"порт(?!ал|фел|рет)"),
    "hub": (r"хаб|логистическ\w*\s+центр", r"хаб|логистикалық\s+орталық"),
    "ai": (r"искусственн\w*\s+интеллект|ИИ\b", r"жасанды\s+интеллект"),
    "match": (r"матч|сыгра|турнир|чемпионат", r"матч|ойна|турнир|чемпионат"),
    "monument": (r"памятник|монумент|бюст", r"ескерткіш|монумент|бюст"),
    "vaccine": (r"вакцин", r"вакцина"),
    "treatment": (r"лечен|лечит|лечат|пролеч|пациент", r"емдел|емдеу|ем\s+ал|науқас|пациент"),
    "doctor": (r"врач|медик|хирург|онколог(?!и)", r"дәрігер|медик|хирург|онколог(?!и)"),
}
CONCEPTS = {name: {lang: re.compile(r"(?<!\w)(?:" + words + ")", re.IGNORECASE)
                   for lang, words in zip(("ru", "kk"), pair)}
            for name, pair in CONCEPTS.items()}
ACTS = {"start", "build", "supply", "import", "export", "carry", "transit", "agreement", "hold", "purchase", "sale",
        "complete", "close", "meeting", "call"}  # the CONCEPTS that are something done, not a thing
MIN_CONCEPTS = 0.67  # across languages: share of the quote's concepts the source must have
OPPOSITE_CONCEPTS = [("export", "import"), ("purchase", "sale"),  # the same goods the other way
                     ("start", "close")]  # a route, border post or plant opened or closed
# which way goods, people or money go between the two countries, by where from and where to (not by the verb:
# «Казахстан экспортировал в Россию» = «Россия импортировала из Казахстана» = «Ресей Қазақстаннан сатып алды»)
FLOW_FROM = {"ru": re.compile(r"(?<!\w)из\s+(?:(?P<ru>росси\w*|рф)|(?P<kz>казахстан\w*|рк))(?!\w)", re.I),
             "kk": re.compile(r"(?<!\w)(?:(?P<ru>ресей|рф)|(?P<kz>қазақстан|қр))(?:дан|ден|нан|нен|тан|тен)(?!\w)",
                              re.I)}
FLOW_TO = {"ru": re.compile(r"(?<!\w)в\s+(?:(?P<ru>россию)|(?P<kz>казахстан|республику\s+казахстан))(?!\w)", re.I),
           "kk": re.compile(r"(?<!\w)(?:(?P<ru>ресей)|(?P<kz>қазақстан))(?:ге|ға|ке|қа)(?!\w)", re.I)}
# imports named by where the goods come from: «импорт российского сахара» goes from Russia (to Kazakhstan)
FLOW_OF = {"ru": re.compile(r"(?<!\w)(?:импорт|ввоз)\w*\s+(?:\w+\s+)?(?:(?P<ru>российск)|(?P<kz>казахстанск))\w*", re.I),
           "kk": re.compile(r"(?<!\w)(?:(?P<ru>ресейлік)|(?P<kz>қазақстандық))\s+(?:\w+\s+){0,2}импорт", re.I)}
TRADE = {"export", "import", "purchase", "sale", "supply"}  # one flow, named from either end

# ---------------------------------------------------------------------------------------------------
# places by another name (generic for Kazakhstan–Russia news); people named by their office are in
# entities.yml (`offices:`), read through tools.entities.known.offices
PLACE_NAMES = [
    (r"елорда\w*|столиц\w*\s+(?:казахстан\w*|рк|республик\w*)|казахстанск\w*\s+столиц\w*|"
     r"главн\w*\s+город\w*\s+казахстан\w*", "Астана"),
    (r"российск\w*\s+столиц\w*|столиц\w*\s+(?:росси\w*|рф)(?!\w)|ресей\s+астана\w*", "Москва"),
    (r"северн\w*\s+столиц\w*|солтүстік\s+астана\w*", "Санкт-Петербург"),
    (r"южн\w*\s+столиц\w*|оңтүстік\s+астана\w*", "Алматы"),
]
# parts of a country named by their side: «северных и восточных регионов» = «солтүстік және шығыс өңірлері»
COMPASS = {
    "north": (r"северн\w*|северо-", r"солтүсті[кг]\w*"), "south": (r"южн\w*|юго-", r"оңтүсті[кг]\w*"),
    "east": (r"восточн\w*|восточно-", r"шығыс\w*"), "west": (r"западн\w*|западно-", r"батыс\w*"),
}
# the regions of Kazakhstan named by their side, in full or abbreviated («СКО» = «Северо-Казахстанская
# область» = «Солтүстік Қазақстан облысы» = «СҚО»)
REGIONS = {
    "region:north-kazakhstan": (r"северо-?казахстанск\w*(?:\s+област\w*)?", r"солтүстік\s+қазақстан(?:\s+облыс\w*)?",
                                r"СКО|СҚО"),
    "region:east-kazakhstan": (r"восточно-?казахстанск\w*(?:\s+област\w*)?", r"шығыс\s+қазақстан(?:\s+облыс\w*)?",
                               r"ВКО|ШҚО"),
    "region:west-kazakhstan": (r"западно-?казахстанск\w*(?:\s+област\w*)?", r"батыс\s+қазақстан(?:\s+облыс\w*)?",
                               r"ЗКО|БҚО"),
}
REGIONS = {key: ({"ru": re.compile(r"(?<!\w)(?:" + ru + ")", re.I), "kk": re.compile(r"(?<!\w)(?:" + kk + ")", re.I)},
                 re.compile(r"(?<!\w)(?:" + short + r")(?![\w-])"))
           for key, (ru, kk, short) in REGIONS.items()}
REGION = {"ru": r"(?:\s+(?:и|или)\s+\w+|,\s*\w+)*\s*(?:регион|област|район|част|город|приграничн|казахстанск)",
          "kk": r"(?:\s+(?:және|мен|пен|бен)\s+\w+|,\s*\w+)*\s+(?:өңір|аймақ|облыс|аудан|бөліг|қала|қазақстан)"}
COMPASS = {side: {lang: re.compile(r"(?<!\w)(?:" + words + ")(?=" + REGION[lang] + ")", re.IGNORECASE)
                  for lang, words in zip(("ru", "kk"), pair)} for side, pair in COMPASS.items()}
PLACE_NAMES = [(re.compile(r"(?<!\w)(?:" + t + ")", re.IGNORECASE), name) for t, name in PLACE_NAMES]

# ---------------------------------------------------------------------------------------------------
# who reports the claim; not part of it
RU_SPEECH_VERB = (r"(?:сообщил\w*|заявил\w*|отметил\w*|сказал\w*|рассказал\w*|подчеркнул\w*|пояснил\w*|"
                  r"уточнил\w*|добавил\w*|напомнил\w*|объявил\w*|подтвердил\w*|признал\w*|констатировал\w*|"
                  r"говорится|отмечается|сообщается|пишет|передает|передаёт|информирует)")
KK_SPEECH_VERB = (r"(?:хабарла\w*|мәлімде\w*|айтты|атап\s+өтт\w*|түсіндір\w*|жарияла\w*|растады|мәлім\s+етт\w*|"
                  r"жеткізд\w*|сендірд\w*|білдірд\w*|мәлім\s+болды|жазады|хабар\w*)")
SPEAKER = {
    "ru": [
        # «…, сообщил министр X», «…, говорится в сообщении Минэнерго»
        re.compile(r"[,–—]\s*(?:[–—]\s*)?(?:как\s+)?(?:\w+\s+){0,6}?" + RU_SPEECH_VERB + r"(?!\w).*$", re.I),
        # «По словам X, …», «Как сообщил X, …»
        re.compile(r"^\s*(?:по\s+(?:словам|данным|сообщению|информации|мнению|оценке)|как\s+" + RU_SPEECH_VERB
                   + r"(?!\w))[^,]*,\s*", re.I),
        # «Министр X сообщил, что …», «X заявил: …»
        re.compile(r"^[^«»]{0,140}?(?<!\w)" + RU_SPEECH_VERB + r"\s*(?:,\s*что|:)\s*", re.I),
        # «Оверчук: …»
        re.compile(r"^\s*[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+){0,2}\s*:\s+"),
    ],
    "kk": [
        # «…, деп хабарлады X», «…, – деді X»
        re.compile(r"[,–—]?\s*[–—]?\s*деп\s+(?:\w+\s+){0,2}?" + KK_SPEECH_VERB + r".*$", re.I),
        re.compile(r"[,–—]\s*[–—]?\s*деді(?!\w).*$", re.I),
        # «X-тің айтуынша, …», «ҚТЖ мәліметінше, …»
        re.compile(r"^[^,]{0,140}?(?<!\w)(?:айтуынша|айтуына\s+қарағанда|мәліметінше|мәліметіне\s+сәйкес|"
                   r"хабарлауынша|дерегінше|деректерінше|сөзінше|пікірінше|мәлімдеуінше|ақпаратынша|"
                   r"хабарламасына\s+сәйкес)\s*,?\s*", re.I),
    ],
}
# «Мәдениет және ақпарат министрі Аида Балаева … жариялады»: the office and the name that open a Kazakh
# sentence whose main verb is one of speech
KK_OFFICE = (r"(?:вице-)?(?:министрі|басшысы|директоры|төрағасы|президенті|әкімі|елшісі|өкілі|хатшысы|бастығы|"
             r"төрайымы|спикері|орынбасары|жетекшісі|ректоры|премьер-министрі)")
CAP, LOW = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "a-zа-яёәғқңөұүһі"
KK_LEAD_SPEAKER = re.compile(r"^\s*(?:[«»\w-]+\s+){0,6}?" + KK_OFFICE + r"\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+){2}"
                             r"|^\s*(?:[\w-]+\s+){0,6}?" + KK_OFFICE + rf"\s+[{CAP}][\w-]+\s+(?=[{LOW}\d«])"
                             rf"|^\s*(?:[{CAP}][\w-]+\s+)?[{CAP}][\w-]*(?:ов|ев|ова|ева|ин|ина|ұлы|қызы)\s+")
# a Kazakh sentence whose main verb is one of speech: «X … -ғанын хабарлады» (X, its subject, is the
# speaker when named first)
KK_FINAL_SPEECH = re.compile(r"(?<!\w)" + KK_SPEECH_VERB + r"\s*[.!]?\s*$", re.I)
# a company's legal form is no part of its name: «ПАО «Газпром»» = «Газпром» = «„Газпром“ ЖАҚ»
LEGAL_FORMS = {"пао", "оао", "зао", "ао", "ооо", "тоо", "нао", "гуп", "фгуп", "муп", "ано", "жшс", "ак", "жак",
               "llp", "llc", "jsc", "ltd", "plc", "inc"}  # as _fold writes them (қ → к)
LEGAL_SLUGS = {"pao", "oao", "zao", "ao", "ooo", "too", "nao", "gup", "fgup", "mup", "zhshs", "ak", "zhak", "llp", "llc",
               "jsc", "ltd", "plc", "inc"}  # the same in entity keys
TITLE_QUOTED = re.compile(r"«([^«»]{2,60})»")


@dataclass(frozen=True)
class Claim(Compact):
    """The anchors of a sentence's claim."""

    lang: str
    figures: frozenset[tuple[float, str]]  # (value in the unit's base, unit name or "")
    people: frozenset[str]                  # entity keys of people named in the claim (not its speaker)
    actors: frozenset[str]                  # entity keys of organisations
    places: frozenset[str]                  # entity keys of places (not the two countries)
    dates: tuple[tuple[date, date, str], ...]  # (start, end, precision)
    negative: bool
    words: frozenset[str]
    speakers: frozenset[str] = frozenset()  # entity keys of people who report it
    bilingual: frozenset[str] = frozenset()  # keys above the resolver finds in both languages
    titles: frozenset[frozenset[str]] = frozenset()  # word keys of each «title» that is no known name
    direction: frozenset[int] = frozenset()  # +1 grows, -1 shrinks (every change it names)
    concepts: frozenset[str] = frozenset()   # what it is about and what is done (CONCEPTS), any language
    names: frozenset[str] = frozenset()      # capitalised words no resolver knows, by their beginning
    prefixes: frozenset[str] = frozenset()   # the beginnings of all its words (to find those names)
    actor_words: tuple[tuple[str, tuple[str, ...]], ...] = ()  # each organisation's name, word beginnings
    place_words: tuple[tuple[str, tuple[str, ...]], ...] = ()  # each place's name, folded word beginnings
    capitals: frozenset[str] = frozenset()  # folded beginnings of its capitalised words (any language)
    alike: frozenset[str] = frozenset()     # abbreviations and Latin names, spelled alike in both languages
    actor_caps: tuple[tuple[str, tuple[str, ...]], ...] = ()  # each organisation's capitalised words, folded
    flow: frozenset[str] = frozenset()      # "kz>ru", "ru>kz": which way it goes between the two countries
    actions: frozenset[str] = frozenset()   # what is said of the anchors: the beginnings of its other words
    rates: frozenset[str] = frozenset()  # «в сутки», «аптасына», «ежегодно»: the periods its figures are per
    title_caps: tuple[tuple[str, ...], ...] = ()  # «titles» that are names (every word capitalised), folded
    surnames: tuple[tuple[str, str], ...] = ()  # each person's key and folded surname («Любимовой» = «Любимова»)
    place_capitals: frozenset[str] = frozenset()  # `capitals` without the two countries («Қазақстан» is no «Казань»)


# ---------------------------------------------------------------------------------------------------
# reading


def _unit(words: list[str]) -> tuple[str, float]:
    """The unit among the first words after a number (past fillers and adjectives), else a guess."""
    guess, guess_word = None, ""
    for i, word in enumerate(words[:4]):
        w = word.lower().strip(".,;:«»()\"")
        if not w:
            break
        if guess:  # a word no unit was found in: the unit, unless it describes the next
            if not ADJECTIVE.search(guess_word) or guess_word.endswith((",", ".", ";", ":")):
                break
        if re.fullmatch(r"[-–—]?[\d.,]+", w) and (w[0] in "-–—" or (i and words[i - 1].lower() in RANGE)):
            continue  # the second number of a range
        if w in ("кв", "квадратн", "шаршы") or w.startswith(("квадратн", "кв.м")):
            if w.startswith("кв.м") or (i + 1 < len(words) and words[i + 1].lower().startswith(("м", "кил", "км"))):
                return "m2", 1.0  # «12 тыс. кв. м», «12 мың шаршы метр»
            if w == "кв":
                return "kV", 1.0  # «500 кВ»
        if w.startswith(("киловатт-", "квт·ч", "квт.ч", "квт-ч", "квт·сағ", "квт.сағ", "квт/сағ", "квт-сағ")):
            return "kWh", 1.0
        key = w if w in UNITS else next((k for k in UNIT_PREFIXES if w.startswith(k)), None)
        if key and RU_ADJECTIVE_OF_NOUN.search(w) and i + 1 < len(words[:4]) and not word.endswith((",", ".")):
            key = None  # «120 пассажирских вагонов»: the noun after it is the unit
        if key:
            if UNITS[key][0] in RATES and i and words[i - 1].lower() in ("в", "за", "на"):
                return guess or "", 1.0  # «14 рейсов в неделю», «3,5 млн шин в год»: a rate, not the unit
            return UNITS[key]
        if w in FILLER or any(w.startswith(s) for s, _ in SCALES) or w.startswith(("мыңнан", "астам")):
            continue
        if not guess or ADJECTIVE.search(guess_word):  # «4 новых моста»: the noun after the adjective
            guess = w[:5]
        guess_word = word.lower()
        if word.endswith((",", ".", ";", ":")):
            break
    return guess or "", 1.0


def _scale(word: str) -> float | None:
    w = word.lower()
    return next((v for k, v in SCALES if w.startswith(k)), None)


def _near_month(text: str, start: int, end: int) -> bool:
    """A day of a month: a month's name right before («қазанның 20-сы») or after («20 октября»)."""
    before = text[max(0, start - 14):start].lower().split()
    after = text[end:end + 16].lower().lstrip("-–").split()
    words = (before[-1:] if before else []) + after[:2]
    return any(w.startswith(RU_MONTHS[:4] + RU_MONTHS[5:] + KK_MONTHS + ("қыркүйег",)) or re.match(r"ма[йяею]\b", w)
               for w in words)


def figures(text: str, masked: list[tuple[int, int]], lang: str = "ru") -> frozenset[tuple[float, str]]:
    """Numbers with their scale and unit, outside the spans of dates."""
    found = set()
    matches = [m for m in NUMBER.finditer(text) if not any(s <= m.start() < e for s, e in masked)]
    consumed = -1
    for i, m in enumerate(matches):
        if m.start() < consumed:
            continue
        value = float(re.sub(r"\D", "", m.group(1)) + ("." + m.group(2) if m.group(2) else ""))
        after = text[m.end():]
        suffix = re.match(r"[-‐‑]([^\W\d_]+)", after)
        rest = after[suffix.end():].split() if suffix else after.split()
        if suffix and ORDINAL.match(suffix.group(1).lower()):
            continue  # «1-й», «2-ші»: an ordinal
        unit_words = rest
        if suffix and not KK_CASE.match(suffix.group(1).lower()):
            unit_words = [suffix.group(1)] + rest  # «180-летие»
        scale = _scale(unit_words[0]) if unit_words and not suffix else None
        if scale:
            value *= scale
            unit_words = unit_words[1:]
            # «95 млн 400 мың»: the smaller part that follows
            nxt = re.match(r"\s*\S+\s+(\d{1,3})\s+(\S+)", after)
            small = _scale(nxt.group(2)) if nxt else None
            if nxt and small and small < scale:
                value += int(nxt.group(1)) * small
                unit_words = after[nxt.end():].split()
                consumed = m.end() + nxt.end()
        if 1900 <= value <= 2100 and unit_words and re.match(r"[-–—]?(?:(?:19|20)\d\d)?$", unit_words[0]) \
                and len(unit_words) > 1 and unit_words[1].lower().startswith(("год", "жыл", "г.")):
            continue  # the first year of a range («2025–2026 жылдардағы», «2025 - 2026 годов»)
        if 1900 <= value <= 2100 and unit_words and unit_words[0].lower().startswith(("год", "жыл", "г.")):
            continue  # a year
        unit, factor = _unit(unit_words)
        if value <= 31 and not m.group(2) and _near_month(text, m.start(), m.end()):
            continue  # a day of a month the date finder left
        found.add((round(value * factor, 6), unit))
    low = text.lower()
    numbers = WORD_NUMBERS[lang]
    words = list(re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)?", low))
    i = 0
    while i < len(words):
        w = words[i].group(0)
        if w in MULTIPLIERS:
            found.add((float(MULTIPLIERS[w]), "times"))
        if lang == "kk" and w not in numbers:  # «бес миллионға», «екі жүзден»: a number word with a case ending
            w = next((w[:-len(e)] for e in KK_NUMBER_ENDINGS if w.endswith(e) and w[:-len(e)] in numbers
                      and len(w) - len(e) >= 3), w)
        half_one = w == "бір" and i + 1 < len(words) and words[i + 1].group(0) in HALF  # «бір жарым мың»
        if (w not in numbers and not half_one) or re.search(r"\d[\s\u00a0]*$", low[:words[i].start()]) \
                or any(s <= words[i].start() < e for s, e in masked):
            i += 1
            continue
        # a run of number words: «он бес» 15, «екі жүз елу» 250, «бес мың екі жүз» 5200, «үш жарым миллион»
        # 3,5 млн; a hundred multiplies what stands before it, a thousand or more closes a group
        total, group, j = 0.0, float(numbers.get(w, 1)), i + 1
        while j < len(words) and (words[j].group(0) in numbers or words[j].group(0) in HALF or (lang == "kk" and any(
                words[j].group(0).endswith(e) and words[j].group(0)[:-len(e)] in numbers
                and len(words[j].group(0)) - len(e) >= 3 for e in KK_NUMBER_ENDINGS))):
            nxt = words[j].group(0)
            more = numbers.get(nxt) or HALF.get(nxt) or numbers[next(
                nxt[:-len(e)] for e in KK_NUMBER_ENDINGS if nxt.endswith(e) and nxt[:-len(e)] in numbers
                and len(nxt) - len(e) >= 3)]
            if more >= 1000:
                total, group = total + (group or 1) * more, 0.0
            elif more == 100 and 0 < group < 10:
                group *= more
            else:
                group += more
            j += 1
        value = total + group
        rest = [x.group(0) for x in words[j:j + 3]]
        if not (rest and NOT_COUNTED.match(rest[0])) :
            unit, factor = _unit(rest)
            found.add((value * factor, unit))
        i = j
    return frozenset(found)


def _span(d) -> tuple[date, date, str]:
    """A date mention as the whole period it names (a year: 1 January to 31 December; a season, a quarter)."""
    return d.start, period_end(d.start, d.precision, d.end), d.precision


BASELINE_BEFORE = re.compile(r"(?<!\w)(?:чем|по\s+сравнению\s+с|в\s+сравнении\s+с|к\s+аналогичному|относительно|"
                             r"против)(?:\s+\S+){0,4}\s*$", re.IGNORECASE)
BASELINE_AFTER = re.compile(r"^(?:\s+\S+){0,3}?\s+(?:салыстырғанда|қарағанда)(?!\w)", re.IGNORECASE)


def read_dates(text: str, lang: str, published: date) -> tuple[tuple[tuple[date, date, str], ...], list]:
    """The periods a sentence names (digest/dates.py), and the spans of text they take (not figures)."""
    spans, masked = [], []
    for d in find_dates(text, lang, published):
        end = d.offset + len(d.phrase)
        masked.append((d.offset, end))
        if BASELINE_BEFORE.search(text[max(0, d.offset - 45):d.offset]) or BASELINE_AFTER.match(text[end:end + 40]):
            continue  # «на 12% меньше, чем годом ранее»: what the figure is compared with, not when the claim is
        spans.append(_span(d))
    return tuple(spans), masked


def _negative(text: str, lang: str) -> bool:
    """Whether the claim is negated: an odd number of negations («не отменят», «тоқтатпайды» are not)."""
    text = CONTRASTIVE[lang].sub(" ", NOT_NEGATION.sub(" ", text))
    return any(_negations(clause, lang) % 2 == 1 for clause in CLAUSE.split(text))


def _negations(text: str, lang: str) -> int:
    if lang == "ru":
        return len(RU_NOT.findall(text))
    count = len(KK_NOT_WORDS.findall(text))
    return count + sum(1 for w in re.findall(r"(?<![\w-])[а-яәғқңөұүһі]+(?![\w-])", text)
                       if KK_NEG_VERB.match(w) and w not in KK_NOT_NEGATIVE)


def _speaker_spans(text: str, lang: str) -> list[tuple[int, int]]:
    spans = []
    for regex in SPEAKER[lang]:
        m = regex.search(text)
        if m and m.end() > m.start() and not any(s < m.end() and m.start() < e for s, e in spans):
            if lang == "ru" and regex is SPEAKER["ru"][0] and m.start() < len(text) // 3:
                continue  # «…, сообщил X» closes the sentence: not a claim's first clause
            spans.append(m.span())
    return sorted(spans)


def read_claim(text: str, lang: str, tools, published: date | None = None) -> Claim:
    """The anchors of one sentence."""
    return read_claims([(text, lang)], tools, published)[0]


def read_claims(sentences: list[tuple[str, str]], tools, published: date | None = None) -> list[Claim]:
    """The anchors of several sentences ((text, lang) pairs) of one article: the NER model runs once
    over all of them (it batches; a call per sentence costs more than the sentence)."""
    parts = [_claim_parts(text, lang) for text, lang in sentences]
    found = tools.entities.find_all([(t, lang) for (_, lang), (claim_text, speaker_text, _) in zip(sentences, parts)
                                     for t in (claim_text, speaker_text)])
    return [_read_claim(text, lang, tools, published, claim_text, speaker_text, final_speech, found[2 * i],
                        found[2 * i + 1])
            for i, ((text, lang), (claim_text, speaker_text, final_speech)) in enumerate(zip(sentences, parts))]


def _claim_parts(text: str, lang: str):
    """(the claim's text, its speaker clause, the final Kazakh speech verb if any): who reports it is no
    part of it."""
    spans = _speaker_spans(text, lang)
    claim_text, pos = "", 0
    for s, e in spans:
        claim_text += text[pos:s] + " "
        pos = e
    claim_text += text[pos:]
    speaker_text = " ".join(text[s:e] for s, e in spans)
    final_speech = lang == "kk" and not spans and KK_FINAL_SPEECH.search(text)
    if final_speech:
        claim_text = text[:final_speech.start()]
        lead = KK_LEAD_SPEAKER.match(claim_text)
        if lead:
            speaker_text, claim_text = lead.group(0), claim_text[lead.end():]
    return claim_text, speaker_text, final_speech


def _read_claim(text: str, lang: str, tools, published: date | None, claim_text: str, speaker_text: str,
                final_speech, names: list, heard: list) -> Claim:
    """The anchors of one sentence, its names found (`names` in the claim, `heard` in its speaker clause)."""
    dates, masked = read_dates(text, lang, published or REFERENCE)
    known = tools.entities.known.by_name
    people = {k for k, _, kind, _ in names if kind == "person"}
    speakers = {k for k, _, kind, _ in heard if kind == "person"}
    for office in tools.entities.known.offices:  # «Глава государства», «президенты двух стран» (entities.yml)
        for name in office.holders:
            if office.pattern.search(claim_text):
                people.add(known[name].key if name in known else name)
            if speaker_text and office.pattern.search(speaker_text):
                speakers.add(known[name].key if name in known else name)
    if final_speech:
        # «Тоқаев … хабарлады»: the person named first, in the nominative, is the one who reports
        first = [w.lower() for w in re.findall(r"[\w-]+", claim_text)[:8]]
        by_key = tools.entities.known.by_key()
        for key in list(people):
            entity = by_key.get(key)
            if entity and any(f.split()[-1].lower() in first for f in entity.forms.get(lang, ())):
                people.discard(key)
                speakers.add(key)
    actors = {_without_legal_form(k) for k, _, kind, scope in names if kind == "organization" and not scope}
    places = {k for k, _, kind, scope in names if kind == "place" and not scope}
    # a name the resolver read with a word too many («Автодорогу Уральск»): the known place it ends with
    known_keys = tools.entities.known.keys
    forms = tools.entities.known.place_forms[lang]
    fixed = {}
    for k, n, kind, scope in names:
        words = n.split()
        if kind == "place" and not scope and k not in known_keys and len(words) > 1:
            tail = next((forms[" ".join(words[i:]).lower()] for i in range(1, len(words))
                         if " ".join(words[i:]).lower() in forms), None)
            if tail:
                fixed[k] = tail
    places = {fixed.get(k, k) for k in places}
    for regex, name in PLACE_NAMES:
        if regex.search(claim_text) and name in known:
            places.add(known[name].key)
    regions = {key for key, (full, short) in REGIONS.items() if full[lang].search(claim_text) or short.search(claim_text)}
    if regions:  # the resolver's own reading of these names, if any, is the same region
        places = {k for k in places if not _region_name(names, k)}
        actors = {k for k in actors if not _region_name(names, k)}
    unmasked = claim_text
    for full, short in REGIONS.values():
        unmasked = short.sub(" ", full[lang].sub(" ", unmasked))
    sides = {"side:" + side for side, regex in COMPASS.items() if regex[lang].search(unmasked)}
    sides |= {"side:" + key.split(":")[1].split("-")[0] for key in regions}  # «СКО» is in the north
    places |= sides | regions
    bilingual = ((people | speakers | actors | places) & known_keys) | sides | regions

    titles, title_caps = set(), []
    for m in TITLE_QUOTED.finditer(claim_text):
        title = m.group(1).strip()
        if len(title.split()) > 6 or tools.lexicon.phrase_keys(title, lang) in tools.entities.gazetteer[lang]:
            continue
        if any(n.lower() == title.lower() or n.lower() in title.lower() for _, n, _, _ in names):
            continue  # a name the resolver knows compares by its key
        words = re.findall(r"[^\W\d_][\w-]*", title)
        if words and all(w[:1].isupper() for w in words):  # «Енлик — Кебек», «Қыз Жібек»: the same in both languages
            title_caps.append(tuple(_fold(w) for w in words))
        keys = content_keys(tools.lexicon.tokens(title, lang), lang)
        if keys:
            titles.add(keys)

    concepts = {name for name, regex in CONCEPTS.items() if regex[lang].search(claim_text)}
    prefixes = {_prefix(w) for w in re.findall(r"[^\W\d_][\w-]*", claim_text)}
    prefixes |= {_prefix(w) for w in re.findall(r"[^\W\d_]\w*", claim_text)}  # «Самрук-Энерго»: «Энерго» too
    resolved = {_prefix(w) for _, n, _, _ in names for w in re.findall(r"[^\W\d_][\w-]*|[^\W\d_]\w*", n)}
    resolved |= {_prefix(w) for _, n, _, _ in names for w in re.findall(r"[^\W\d_]\w*", n)}
    named = people | speakers | actors | places | _scope(tools)
    resolved |= {_prefix(w) for e in known.values() if e.key in named
                 for forms in e.forms.values() for f in forms for w in re.findall(r"[^\W\d_][\w-]*", f)}
    body = claim_text.strip(" ,–—:«\"'")
    capitals = [m.group(1) for m in re.finditer(r"(?<![\w«])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)", body) if m.start()]
    capitals = [w for w in capitals if _fold(w) not in LEGAL_FORMS]
    unknown_names = {_prefix(w) for w in capitals if not ROMAN.match(w) and not _common(w, lang)} - resolved
    unknown_names -= _optional_names(body)
    bilingual_words = {_prefix(w) for e in known.values() if e.key in people | speakers | actors | places
                       for forms in e.forms.values() for f in forms for w in re.findall(r"[^\W\d_][\w-]*", f)}
    alike = {_fold(w) for w in re.findall(r"(?<![\w-])[^\W\d_][\w-]*", claim_text)
             if len(w) > 1 and (w.isupper() or (w.isascii() and w[:1].isupper()) or CASED_ABBREVIATION.match(w))
             and not _common(w, lang)
             and _fold(w) not in LEGAL_FORMS
             and not ROMAN.match(w) and _prefix(w) not in bilingual_words}
    direction = {sign for sign, words in ((1, UP), (-1, DOWN)) if words[lang].search(claim_text)}
    flow = _flow(claim_text, lang)
    return Claim(lang, figures(text, masked, lang), frozenset(people), frozenset(actors), frozenset(places), dates,
                 _negative(claim_text, lang), content_keys(tools.lexicon.tokens(claim_text, lang), lang),
                 frozenset(speakers), frozenset(bilingual), frozenset(titles), frozenset(direction),
                 frozenset(concepts), frozenset(unknown_names), frozenset(prefixes),
                 tuple(sorted({(k, tuple(_prefix(w) for w in re.findall(r"[^\W\d_][\w-]*", n)))
                               for k, n, kind, scope in names if kind == "organization" and not scope})),
                 tuple(sorted({(k, tuple(_fold(w) for w in re.findall(r"[^\W\d_][\w-]*", n) if w[:1].isupper()))
                               for k, n, kind, scope in names if kind == "place" and not scope})),
                 # (with its speaker's: «QazaqGaz басшысының айтуынша, компания …» names the company)
                 frozenset(_fold(w) for w in re.findall(r"(?<![\w])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*",
                                                        claim_text + " " + speaker_text)),
                 frozenset(alike),
                 tuple(sorted({(k, tuple(_fold(w) for w in re.findall(r"[^\W\d_][\w-]*", n)
                                        if w[:1].isupper() and not _common(w, lang))
                                if len(re.findall(r"[^\W\d_][\w-]*", n)) == 1 and not _generic(n, lang) else ())
                               for k, n, kind, scope in names if kind == "organization" and not scope})),
                 frozenset(flow), _actions(claim_text, lang, tools),
                 frozenset(rate for regex, rate in RATE_WORDS[lang] if regex.search(claim_text)), tuple(title_caps),
                 tuple(sorted({(k, _fold(n.split()[-1])) for k, n, kind, _ in names + heard if kind == "person"})),
                 frozenset(_fold(w) for w in re.findall(r"(?<![\w])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*", claim_text + " " + speaker_text)
                           if not COUNTRY_WORD.match(w)))


RATE_WORDS = {"ru": [(re.compile(r"(?<!\w)в\s+(?:сутки|день)(?!\w)|ежедневн|ежесуточн", re.I), "day"),
                     (re.compile(r"(?<!\w)в\s+час(?!\w)|ежечасн", re.I), "hour"),
                     (re.compile(r"(?<!\w)в\s+неделю(?!\w)|еженедельн", re.I), "week"),
                     (re.compile(r"(?<!\w)в\s+месяц(?!\w)|ежемесячн", re.I), "month"),
                     (re.compile(r"(?<!\w)в\s+год(?!\w)|ежегодн", re.I), "year")],
              "kk": [(re.compile(r"(?<!\w)(?:тәулігіне|күніне|күн\s+сайын)(?!\w)", re.I), "day"),
                     (re.compile(r"(?<!\w)(?:сағатына|сағат\s+сайын)(?!\w)", re.I), "hour"),
                     (re.compile(r"(?<!\w)(?:аптасына|апта\s+сайын)(?!\w)", re.I), "week"),
                     (re.compile(r"(?<!\w)(?:айына|ай\s+сайын)(?!\w)", re.I), "month"),
                     (re.compile(r"(?<!\w)(?:жылына|жыл\s+сайын)(?!\w)", re.I), "year")]}
COUNTRY_WORD = re.compile(r"(?:казахстан|қазақстан|росси|ресей)\w*$", re.IGNORECASE)


TIME_WORDS = {"год", "месяц", "неделя", "день", "сутки", "квартал", "полугодие", "жыл", "ай", "апта", "күн", "тәулік",
              "тоқсан"}  # they belong to a date, read apart
ACTION_STEM = 5  # «запустить» = «запуск», «договориться» = «договорённость», «қабылдайды» = «қабылдау»


def _actions(text: str, lang: str, tools) -> frozenset[str]:
    """The beginnings of the claim's words that are neither names nor figures nor function words: what
    it says happens (an agreement, a launch, a rise), compared within one language."""
    return frozenset(t.key[:ACTION_STEM] for t in tools.lexicon.tokens(text, lang)
                     if t.word and t.text[:1].islower() and not any(c.isdigit() for c in t.text)
                     and t.key in content_keys((t,), lang) and t.key not in TIME_WORDS)


def _flow(text: str, lang: str) -> set[str]:
    """Which way a claim goes between Kazakhstan and Russia: from where, else to where."""
    flows = set()
    for regex, outward in ((FLOW_FROM, True), (FLOW_TO, False), (FLOW_OF, True)):
        for m in regex[lang].finditer(text):
            country = "ru" if m.group("ru") else "kz"
            other = "kz" if country == "ru" else "ru"
            flows.add(f"{country}>{other}" if outward else f"{other}>{country}")
    return flows


ROMAN = re.compile(r"^[IVXLC]+$")
CASED_ABBREVIATION = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}-[a-zа-яёәғқңөұүһі]+$")  # «ММУ-дың», «ҚТЖ-ның»
# a person's first name before a surname («Ермек Көшербаев» is «Көшербаев» in the next paragraph) and the
# abbreviation of an office that goes with a name («Ресей СІМ басшысы Лавров», «глава МИД РФ Лавров»)
FIRST_NAME = re.compile(rf"(?<![\w-])([{CAP}][{LOW}]+)\s+(?=[{CAP}][{LOW}]+(?:ов|ев|ёв|ин|ова|ева|ина|ұлы|қызы|"
                        rf"ский|ская|енко|баев|бай|ко|ук|юк|ич|ых|их|ян|дзе|швили)(?!\w))")
OFFICE_ABBREVIATION = re.compile(rf"(?<![\w-])([{CAP}]{{2,6}})(?=\s+(?:басшы|министр|төраға|бастығ|өкіл)\w*)|"
                                 rf"(?<!\w)(?:глав\w*|руководител\w*|министр\w*|председател\w*)\s+([{CAP}]{{2,6}})(?!\w)")


def _optional_names(body: str) -> set[str]:
    """Capitalised words another sentence may leave out: first names, abbreviated offices."""
    words = [m.group(1) for m in FIRST_NAME.finditer(body)]
    words += [m.group(1) or m.group(2) for m in OFFICE_ABBREVIATION.finditer(body)]
    return {_prefix(w) for w in words}


KK_TO_RU = str.maketrans("қғңөұүһіәё", "кгноуухиае")


def _without_legal_form(key: str) -> str:
    """An organisation's key without its legal form («pao-gazprom» → «gazprom»)."""
    parts = key.split("-")
    while len(parts) > 1 and parts[0] in LEGAL_SLUGS:
        parts = parts[1:]
    while len(parts) > 1 and parts[-1] in LEGAL_SLUGS:
        parts = parts[:-1]
    return "-".join(parts)


def _fold(word: str) -> str:
    """A name's beginning in one spelling for both languages: «Қостанай» = «Костанайской», «Еуропа» =
    «Европа», «Түркістан» = «Туркестанской» (four letters: the endings and the vowels differ after them)."""
    head, _, tail = word.partition("-")
    if tail and len(head) > 1 and head.isupper() and tail.islower():
        word = head  # an abbreviation with a Kazakh case ending («ММУ-дың», «ҚТЖ-ның»)
    w = word.lower().translate(KK_TO_RU)
    w = re.sub(r"(?<=[аеиоуыэюя])у", "в", w)
    return w[:4]


def _prefix(word: str) -> str:
    """A name's beginning, the same in any case form («Өскемен», «Өскеменде»; «Павлодар», «Павлодаре»)."""
    return word.lower().replace("ё", "е")[:5]


def _common(word: str, lang: str) -> bool:
    """An abbreviation of a unit or of a common noun («ГВт», «АЭС», «ТЭЦ»), not a name."""
    if sum(c.isupper() for c in word) < 2:
        return False
    low = word.lower()
    return bool(_unit([word])[0] in KNOWN_UNITS or any(r[lang].match(low) for r in CONCEPTS.values()))


def _generic(word: str, lang: str) -> bool:
    """A common noun the resolver took for a name («Филиал …» opening a sentence)."""
    return any(r[lang].match(word.lower()) for r in CONCEPTS.values())


def _region_name(names, key: str) -> bool:
    """Whether the resolver's entity `key` is one of REGIONS by its name."""
    return any(k == key and any(full[lang].search(n) or short.search(n) for full, short in REGIONS.values()
                                for lang in ("ru", "kk")) for k, n, _, _ in names)


def _scope(tools) -> frozenset[str]:
    return tools.entities.known.scope_keys


# ---------------------------------------------------------------------------------------------------
# comparing


def _known_unit(unit: str) -> bool:
    return unit in KNOWN_UNITS


KNOWN_UNITS = {name for name, _ in UNITS.values()} | {"kWh", "kV", "m2"}


def _units_agree(a: str, b: str) -> bool:
    if a == b or not _known_unit(a) or not _known_unit(b) or "times" in (a, b):
        return True  # «3 раза в неделю» counts the «3 рейса в неделю» another sentence names
    return {a, b} <= HUMAN and "person" in (a, b)


def _same_figure(f: tuple[float, str], others) -> bool:
    value, unit = f
    return any(abs(v - value) <= 0.02 * max(abs(value), 1e-9) and _units_agree(unit, u) for v, u in others)


def _place_in(key: str, claim: Claim, other: Claim) -> bool:
    """The other sentence names the place: by its key, else by its name in either language's spelling
    («Костанайской области» and «Қостанай облысы» are one region to the reader, not to the resolver)."""
    if key in other.places:
        return True
    words = dict(claim.place_words).get(key, ())
    return bool(words) and all(w in other.place_capitals for w in words)


def _named_in(key: str, quote: Claim, source: Claim) -> bool:
    """An organisation the resolver keys differently in the two sentences, named by the same words."""
    words = dict(quote.actor_words).get(key, ())
    if not words:
        return False
    if all(w in source.prefixes for w in words):
        return True
    # a long name told by most of its words («театр оперы и балета имени Абая»: the city's adjective differs)
    long = [w for w in words if len(w) >= 3]
    if len(long) >= 4 and sum(w in source.prefixes for w in long) >= 0.7 * len(long):
        return True
    # a short form of its name («Томский политех» = «Томский политехнический университет») or the long form
    if any((len(w2) >= 2 or (len(w2) == 1 and len(w2[0]) >= 5 and not _generic(w2[0], quote.lang)))
           and (set(w2) <= set(words) or set(words) <= set(w2)) for _, w2 in source.actor_words):
        return True
    # named after a person («Центр имени Бакулева» = «центра Бакулева», «Бакулев атындағы орталық»)
    eponyms = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("имени", "им")]
    eponyms += [words[i - 1] for i, w in enumerate(words) if i and w == "атынд"]
    if any(e in source.prefixes for e in eponyms):
        return True
    # the abbreviation of its name («ЕАБР» = «Евразийский банк развития») or the name of its abbreviation,
    # in the claim or in who reports it («ЕДБ төрағасының айтуынша»)
    plain = _without_eponym(words)
    return any(_abbreviates(a, plain) for a in source.alike | source.capitals) or any(
        _abbreviates(a, w2) for a in quote.alike for k, w2 in source.actor_words)


def _without_eponym(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name without whom it is named after («МГУ имени Ломоносова», «Ломоносов атындағы ММУ»): its
    abbreviation leaves that out."""
    drop = {i + k for i, w in enumerate(words) if w in ("имени", "им") for k in (0, 1)}
    drop |= {i - k for i, w in enumerate(words) if w == "атынд" for k in (0, 1)}
    return tuple(w for i, w in enumerate(words) if i not in drop)


def _alike_named(quote: Claim, source: Claim) -> set[str]:
    """The quote's organisations the source names by one of the capitalised words of their names, in either
    language's spelling («Государственный Эрмитаж» = «Мемлекеттік Эрмитаж», «QazaqGaz»)."""
    return {k for k, words in quote.actor_caps if any(w in source.capitals for w in words)}


def _abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Whether an abbreviation («еабр», folded to four letters) is made of the words' first letters, a word
    giving one or more letters of its beginning («Евр-А-зийский Банк Развития»)."""
    words = tuple(w.replace("ё", "е").translate(KK_TO_RU) for w in words if len(w) >= 3)
    if len(words) < 2 or len(short) < 3 or len(short) > len(words) + 2:
        return False

    def fits(i: int, j: int) -> bool:  # short[i:] from words[j:]
        if j == len(words):
            return i == len(short)
        if i == len(short) or short[i] != words[j][0]:
            return False
        # the word gives short[i] and maybe some of the next letters, in order
        for k in range(i + 1, len(short) + 1):
            if _subsequence(short[i:k], words[j]) and fits(k, j + 1):
                return True
        return False
    return fits(0, 0)


def _subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in part)


def _overlaps(d, others) -> bool:
    return any(d[0] <= o[1] and o[0] <= d[1] for o in others)


def _states_date(d, others) -> bool:
    """The source names the quote's period, at least as precisely («в начале ноября» is not «5–9 ноября»)."""
    width = (d[1] - d[0]).days
    return any(d[0] <= o[1] and o[0] <= d[1] and (o[1] - o[0]).days <= width * 1.25 + 3 for o in others)


def compare(quote: Claim, source: Claim) -> tuple[str, str]:
    """SAME, PARTLY or DIFFERENT, and why: does the source state the quote's claim?"""
    across = quote.lang != source.lang

    def usable(keys: frozenset[str], claim: Claim) -> frozenset[str]:
        return keys & claim.bilingual if across else keys  # across languages, only names found in both

    # contradictions: another figure of a unit both give, another date, another place, opposite polarity
    unmatched_quote = {f for f in quote.figures if not _same_figure(f, source.figures)}
    unmatched_source = {f for f in source.figures if not _same_figure(f, quote.figures)}
    for value, unit in unmatched_quote:
        if _known_unit(unit) and unit not in ("year", "day", "week", "month") and any(u == unit for _, u in unmatched_source):
            return DIFFERENT, f"another figure in {unit}"
    if quote.figures and len(unmatched_quote) == len(quote.figures) and source.figures:
        return DIFFERENT, "none of the quote's figures"
    if quote.dates and source.dates and not any(_overlaps(d, source.dates) for d in quote.dates):
        return DIFFERENT, "another date"
    q_places = {p for p in quote.places if not across or p in quote.bilingual or dict(quote.place_words).get(p)}
    held_places = {p for p in q_places if _place_in(p, quote, source)}
    s_places = {p for p in source.places if not across or p in source.bilingual or dict(source.place_words).get(p)}
    other_places = {p for p in s_places if not _place_in(p, source, quote)}
    if q_places and s_places and (not held_places or (q_places - held_places and other_places)):
        return DIFFERENT, "another place"
    if quote.negative != source.negative:
        return DIFFERENT, "one says it will be, the other that it will not"
    if quote.flow and source.flow and not quote.flow & source.flow:
        return DIFFERENT, "it goes the other way between the two countries"
    one_flow = bool(quote.flow & source.flow)  # the same flow, whichever end names it
    for a, b in OPPOSITE_CONCEPTS if not one_flow else ():
        if {a, b} & quote.concepts and {a, b} & source.concepts and not {a, b} & quote.concepts & source.concepts:
            return DIFFERENT, f"{a} or {b}: the other way"
    if quote.rates and source.rates and not quote.rates & source.rates:
        return DIFFERENT, "per another period (a day, a week, a month, a year)"
    if quote.direction and source.direction and not quote.direction & source.direction:
        return DIFFERENT, "one says it grows, the other that it shrinks"

    heard = source.people | source.speakers
    required = [(f not in unmatched_quote, f"figure {f[0]:g} {f[1]}") for f in quote.figures]
    surname = dict(quote.surnames)
    required += [(p in heard or (p in surname and surname[p] in source.capitals), f"person {p}")
                 for p in (quote.people if not across else usable(quote.people, quote) | {
                     p for p in quote.people if p in surname and not p.startswith(("side:", "region:"))})]
    required += [(_states_date(d, source.dates), f"date {d[0]}") for d in quote.dates]
    required += [(p in held_places, f"place {p}") for p in q_places]
    if not across:
        words = source.words.union(*source.titles)
        required += [(t <= words, "«" + " ".join(sorted(t)) + "»") for t in quote.titles]
        required += [(n in source.prefixes or _fold(n) in source.capitals, f"name {n}…") for n in quote.names]
    soft = 0  # anchors that count only with others: organisations named in both
    if across:
        soft = len(usable(quote.actors, quote) & usable(source.actors, source))
        # an organisation the resolver knows in both languages is named in a source that states the claim
        # (a one-word name: «Газпром», «Узбекнефтегаз», «QazaqGaz»; longer names are translated word by word)
        missing_actors = {k for k, words in quote.actor_caps if len(words) == 1} - source.actors - source.speakers \
            - _alike_named(quote, source)
        required += [(False, f"organisation {a}") for a in sorted(missing_actors)]
        # an abbreviation or a Latin name is written alike in both languages («МИФИ», «РЖД», «QazaqGaz»)
        required += [(n in source.capitals, f"name {n}") for n in quote.alike]
        if len(quote.title_caps) > len(source.title_caps):  # («Север – Юг» = «Солтүстік – Оңтүстік»: translated)
            required += [(all(w in source.capitals for w in t), "«" + " ".join(t) + "…»") for t in quote.title_caps]
    else:
        alike_named = _alike_named(quote, source)
        required += [(a in source.actors or a in source.speakers or a in alike_named or _named_in(a, quote, source),
                      f"organisation {a}") for a in quote.actors]
    held = sum(ok for ok, _ in required) + soft
    missing = [what for ok, what in required if not ok]
    q_concepts, s_concepts = quote.concepts, source.concepts
    if one_flow:
        q_concepts, s_concepts = ({"flow" if c in TRADE else c for c in cs} for cs in (q_concepts, s_concepts))
    concepts = len(q_concepts & s_concepts) / len(q_concepts) if q_concepts else 1.0
    if across and concepts < MIN_CONCEPTS:  # in one language, its words say it (MIN_WORDS_SHARED)
        missing.append(f"{concepts:.0%} of the quote's concepts")
    if across:
        hard = held - soft  # organisations alone do not tell one of their claims from another
        # people and organisations alone do not tell one of their claims from another: a figure, a date or
        # a place of the claim too
        if not missing and hard >= MIN_ANCHORS_ACROSS and (quote.figures or quote.dates or q_places):
            return SAME, f"{held} anchors agree"
        if held >= 1:
            return PARTLY, "missing: " + ", ".join(missing or ["too few anchors"])
        return DIFFERENT, "too few anchors agree"
    shared = len(quote.words & source.words) / max(len(quote.words), 1)
    hard = held - soft
    acted = len(quote.actions & source.actions) / len(quote.actions) if quote.actions else 1.0
    q_acts = q_concepts & ACTS
    if q_acts and acted >= MIN_ACTIONS / 2:
        # some of its words, and the concept table for the acts among the rest: the same act in other
        # words («подписать» = «заключить», «запустить» = «ввести в эксплуатацию»); a concept alone
        # («agreement») does not tell two acts apart, and a thing («flight») is no act
        acted = max(acted, len(q_acts & s_concepts) / len(q_acts))
    # a year alone tells few claims apart («до конца 2026 года» two ministries agree on many things) unless
    # half the words are the same
    strong = hard - sum(1 for d in quote.dates if d[2] == "year")
    if not missing and (strong >= 1 or (hard and shared >= 0.5)) and acted >= MIN_ACTIONS and (
            shared >= MIN_WORDS_SHARED or (hard >= 2 and shared >= MIN_WORDS_SHARED / 2)):
        return SAME, f"every anchor, {shared:.0%} of the words"
    # every figure, a date more precise than a year and the actors agree: the same claim in other words
    # («бюджет составит 1,2 млрд рублей» = «потребуется 1200 млн рублей»), whatever its other words
    if not missing and hard >= 2 and (quote.figures or any(d[2] != "year" for d in quote.dates)):
        return SAME, "every figure, date and actor"
    if not missing and hard and acted < MIN_ACTIONS:
        missing.append(f"{acted:.0%} of what the quote says of them")
    if held and shared >= MIN_WORDS_SHARED / 2:
        return PARTLY, ("missing: " + ", ".join(missing)) if missing else f"{shared:.0%} of the words"
    return DIFFERENT, f"{shared:.0%} of the words, {held} anchors"
