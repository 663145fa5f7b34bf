"""Generate a realistic test corpus: Russian and Kazakh articles in the seeds' form.

    python benchmarks/generate_corpus.py OUT_DIR --articles N [--seed S]

Deterministic for a given seed. Articles span several years, mix the four topics with trade,
security and agriculture, name real people, places and organisations in both languages, mention
dates and figures, and some are near-duplicate reports of one event by different outlets.
"""
from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

OUTLETS = ["ТАСС", "РИА Новости", "Интерфакс", "Tengrinews.kz", "Kapital.kz", "BAQ.KZ", "KAZINFORM", "Егемен Қазақстан"]
CITIES_RU = ["Астане", "Алматы", "Москве", "Омске", "Оренбурге", "Уральске", "Караганде", "Павлодаре", "Шымкенте",
             "Новосибирске", "Екатеринбурге", "Актобе", "Костанае", "Челябинске"]
CITIES_KK = ["Астанада", "Алматыда", "Мәскеуде", "Омбыда", "Орынборда", "Оралда", "Қарағандыда", "Павлодарда",
             "Шымкентте", "Ақтөбеде", "Қостанайда"]
PEOPLE_RU = ["Касым-Жомарт Токаев", "Владимир Путин", "Олжас Бектенов", "Михаил Мишустин", "Сергей Лавров",
             "Мурат Нуртлеу", "Алексей Лихачёв"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
MONTHS_KK = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда",
             "қыркүйекте", "қазан айында", "қарашада", "желтоқсанда"]

RU = {
    "education": [
        "В {city} открылся филиал российского университета, где будут учиться {n} студентов.",
        "Министры обсудили подготовку кадров и совместные образовательные программы для вузов двух стран.",
        "Число казахстанских студентов в российских вузах превысило {n} тысяч человек.",
        "В {city} построят школу на {n} мест с учетом образовательных стандартов обеих стран.",
        "Ректоры университетов договорились об академической мобильности студентов и преподавателей.",
    ],
    "energy": [
        "Стороны обсудили поставки газа и строительство газопровода в северные регионы Казахстана.",
        "Росатом примет участие в строительстве первой атомной электростанции в Казахстане.",
        "В {city} модернизируют ТЭЦ, ее мощность вырастет до {n} МВт.",
        "Поставки нефти через трубопровод КТК в {year} году составили {n} млн тонн.",
        "Энергетики двух стран договорились о параллельной работе энергосистем и поставках электроэнергии.",
    ],
    "transport": [
        "Грузооборот по железной дороге между двумя странами вырос на {n}%.",
        "Стороны договорились развивать транспортный коридор Север — Юг и модернизировать пункты пропуска.",
        "Из {city} запустят новый авиарейс в Москву с {day} {month}.",
        "Через сухой порт Хоргос прошло {n} тысяч контейнеров.",
        "Логистические компании обсудили тарифы на транзит грузов по Транскаспийскому маршруту.",
    ],
    "culture": [
        "В {city} прошли гастроли театра, зрители увидели {n} спектаклей.",
        "Дни культуры Казахстана пройдут в {city} {day}–{day2} {month}.",
        "В музее открылась выставка казахских художников, ее посетили {n} человек.",
        "Фестиваль казахского кино покажет {n} фильмов в кинотеатрах {city}.",
        "Стороны обсудили поддержку русского языка и сохранение культурного наследия.",
    ],
    "other": [
        "Товарооборот двух стран в {year} году достиг {n} млрд долларов.",
        "Министры обсудили таможенное регулирование и борьбу с контрабандой.",
        "Аграрии договорились о поставках зерна и развитии животноводства.",
        "Стороны провели консультации по вопросам безопасности в регионе.",
        "Деловой совет обсудил инвестиции в промышленные проекты.",
    ],
    "lead": [
        "{person} и его коллеги обсудили в {city} сотрудничество двух стран.",
        "В {city} состоялось заседание межправительственной комиссии по сотрудничеству.",
        "{person} провел переговоры с российской делегацией.",
    ],
}
KK = {
    "education": ["{city} ресейлік университеттің филиалы ашылды, онда {n} студент оқиды.",
                  "Екі ел мектептер мен колледждер үшін кадр даярлау бағдарламасын талқылады."],
    "energy": ["Тараптар газ жеткізу және мұнай құбырын жаңғырту мәселесін талқылады.",
               "{city} жылу электр орталығы жаңартылып, қуаты {n} МВт-қа жетеді."],
    "transport": ["Темір жол арқылы жүк тасымалы {n} пайызға өсті.",
                  "Шекара бекеттері арқылы өтетін жүк көліктерінің саны артты."],
    "culture": ["{city} театрдың гастрольдері өтті, көрермендер {n} спектакль тамашалады.",
                "Мұражайда ресейлік суретшілердің көрмесі ашылды."],
    "other": ["Екі ел арасындағы тауар айналымы {n} млрд долларға жетті.",
              "Тараптар аймақтағы қауіпсіздік мәселелерін талқылады."],
    "lead": ["Қасым-Жомарт Тоқаев {city} ресейлік делегациямен кездесті.",
             "{city} үкіметаралық комиссияның отырысы өтті."],
}


def article(rng: random.Random, day: date, lang: str) -> list[str]:
    """The lines of one article (without its date header)."""
    pool = RU if lang == "ru" else KK
    topics = rng.sample(["education", "energy", "transport", "culture", "other"], k=rng.randint(1, 3))
    month = rng.randrange(12)

    def fill(template: str) -> str:
        d = rng.randint(1, 26)
        return template.format(city=rng.choice(CITIES_RU if lang == "ru" else CITIES_KK), n=rng.randint(2, 900),
                               person=rng.choice(PEOPLE_RU), year=day.year - rng.randint(0, 2), day=d, day2=d + 1,
                               month=MONTHS_RU[month] if lang == "ru" else MONTHS_KK[month])

    lines = [fill(rng.choice(pool["lead"]))]
    for topic in topics:
        sentences = rng.sample(pool[topic], k=min(len(pool[topic]), rng.randint(1, 3)))
        lines.append(" ".join(fill(s) for s in sentences))
    if lang == "ru" and rng.random() < 0.5:
        lines.append(f"Об этом сообщает {rng.choice(OUTLETS)}.")
    return lines


def lang_of(lines: list[str]) -> str:
    return "kk" if any(ch in "әғқңөұүһі" for ch in " ".join(lines)) else "ru"


def generate(out: Path, count: int, seed: int = 1) -> int:
    """Write `count` articles into `out`; about one in ten is a second outlet's near-identical report."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    start = date(2021, 1, 1)
    previous: list[str] | None = None
    for n in range(count):
        day = start + timedelta(days=rng.randrange(5 * 365))
        if previous and rng.random() < 0.1:
            # another outlet's report of the same event: same facts, its own attribution
            lines = [previous[0].replace("обсудили", "рассмотрели")] + previous[1:] + [
                f"Об этом сообщает {rng.choice(OUTLETS)}." if lang_of(previous) == "ru" else "Бұл туралы Kazinform хабарлайды."]
        else:
            lines = article(rng, day, "kk" if rng.random() < 0.2 else "ru")
        previous = lines
        (out / f"{n:06d}.txt").write_text(f" date {day.isoformat()} " + "\n\n".join(lines) + "\n", encoding="utf-8")
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"wrote {generate(args.out, args.articles, args.seed)} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
