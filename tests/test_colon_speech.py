"""Speech after a colon intro without quote marks (QUOTE_SPEC.md): a paragraph of its own after
``… ответил критикам:`` is the speaker's words (``direct``), running on while the paragraphs
read as the speaker's; in the same sentence, words in the speaker's own voice are ``direct`` and
the author's wording is ``indirect``.

Rows as in ``markup.py``; the checks are of detection only (``detected.py``).
"""

from __future__ import annotations

import pytest
from detected import check_detected

COLON_PARAGRAPHS = [
    pytest.param(
        "Вечером мэр Тихон Гусев ответил критикам:\n"
        "[Мы не будем закрывать рынок до весны, торговцам нужно время.]\n"
        "Заседание продолжилось без него.",
        "direct",
        id="verb-intro-one-paragraph",
    ),
    pytest.param(
        "Певица оставила в своем блоге короткую запись:\n"
        "[Гастроли переносятся на осень, билеты остаются в силе.]",
        "direct",
        id="noun-intro",
    ),
    pytest.param(
        "Губернатор подписал указ:\n[Назначить Ивана Сомова исполняющим обязанности министра.]",
        "direct",
        id="document-intro",
    ),
    pytest.param(
        "Тренер сборной рассказал журналистам о планах:\n"
        "[1:Нам нужно два новых защитника, это ясно всем.]\n"
        "[1:Я уже говорил с клубами, и мы ждем ответа до пятницы.]\n"
        "Матч со сборной Чили пройдет в субботу.",
        "direct",
        id="speech-runs-over-two-paragraphs",
    ),
    pytest.param(
        "Агроном Вера Лыкова написала в районную газету:\n"
        "[Урожай в этом году будет скромным.]\n"
        "Глава района Павел Зуев посетил поля в среду и осмотрел технику.",
        "direct",
        id="next-paragraph-narration-stops",
    ),
]

NOT_COLON_SPEECH = [
    pytest.param(
        "Список участников такой:\nИван Сомов, Петр Лукин и Анна Ершова из Тулы.",
        (),
        id="intro-without-cue",
    ),
    pytest.param(
        "Директор сказал:\n— [Садитесь, начнем урок.]",
        "dialogue",
        id="dash-turn-is-dialogue",
    ),
    pytest.param(
        "Директор перечислил условия:\n- оплата вперед;\n- доставка за счет покупателя.",
        (),
        id="list-items",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), COLON_PARAGRAPHS + NOT_COLON_SPEECH)
def test_colon_paragraphs(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)


SAME_SENTENCE = [
    pytest.param(
        "Мэр ответил критикам: [мы не будем закрывать рынок. Торговцам нужно время.]",
        "direct",
        id="first-person-after-colon",
    ),
    pytest.param(
        "Тренер сказал журналистам: [вы сами все видели.]",
        "direct",
        id="second-person-after-colon",
    ),
    pytest.param(
        "Министр констатировал: [экономика вышла из спада.]",
        "indirect",
        id="author-wording-is-indirect",
    ),
    pytest.param(
        "Гонец доложил: [прибыл, мол, посол из соседней страны.]",
        "indirect",
        id="retold-with-mol-is-indirect",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), SAME_SENTENCE)
def test_colon_in_sentence(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)
