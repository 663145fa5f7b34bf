"""Language of paragraphs: Russian or Kazakh, including short Kazakh lines without special letters."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("Министры обсудили строительство новой железной дороги.", "ru"),
    ("Президенты подписали совместное заявление по итогам переговоров в Кремле.", "ru"),
    ("Екі ел арасындағы сауда көлемі артты.", "kk"),
    ("Бүгін Алматыда жаңа мектеп ашылды.", "kk"),
    ("Биыл мерейтой тойланады", "kk"),
    ("Келесі жылы жоба аяқталады", "kk"),
    ("Сапар барысында келісімдерге қол қойылды.", "kk"),
    ("Статья", "ru"),
    # a Kazakh name inside Russian text does not make it Kazakh
    ("По данным АО «НК «Қазақстан темір жолы», с января по сентябрь между двумя странами по железной "
     "дороге перевезено 21 млн тонн грузов.", "ru"),
    ("Соглашение подписали аким Қостанайской области и руководство холдинга «Бәйтерек».", "ru"),
    ("Мәскеуде «Қазақстан–Ресей достығы сквері» ашылады", "kk"),
])
def test_detect(tools, text, lang):
    assert tools.detector.detect(text) == lang


def test_too_little_text_falls_back_to_default(tools):
    assert tools.detector.detect("2025", default="kk") == "kk"
    assert tools.detector.detect("—", default="ru") == "ru"


def test_russian_prose_is_told_without_the_model_and_kazakh_in_russian_letters_is_left_to_it():
    from digest.langid import LanguageDetector
    detector = LanguageDetector()
    asked = []
    model = detector._detector

    class Spy:
        def compute_language_confidence_values(self, text):
            asked.append(text)
            return model.compute_language_confidence_values(text)

    detector._detector = Spy()
    russian = ("Министры энергетики двух стран обсудили в Астане поставки газа и строительство новой "
               "электростанции на севере республики.")
    assert detector.detect(russian, default="kk") == "ru" and not asked
    # Kazakh typed with Russian look-alike letters («жане», «акимнин»): no Kazakh-only letter, no Russian
    # function word — the model reads it, and it is Kazakh
    lookalike = ("Биыл облыста жана мектептер салынады деп хабарлады облыс акимнин баспасоз кызмети жане "
                 "мектеп директорлары")
    assert detector.detect(lookalike) == "kk" and asked == [lookalike]
