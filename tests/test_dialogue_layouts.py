"""Dialogue in older fiction and remarks of more shapes: ``--`` dashes glued to the words, a
turn followed in its paragraph by the author's intro to the next turn, a remark that opens with
its subject (``— Сторож в тулупе ворчит``), a remark that opens with a gerund's phrase.

Rows as in ``markup.py``; the checks are of detection only (``detected.py``).
"""

from __future__ import annotations

import pytest
from detected import check_detected

DIALOGUE = [
    pytest.param(
        "-- [1:Я],-- отвечает,-- [1:согласна, только куда мы поедем?]",
        "dialogue",
        id="glued-double-dashes",
    ),
    pytest.param(
        "-- [Рано еще, успею.] Тут отец с печи и говорит ему:\n-- [Вставай, сынок!]",
        ("dialogue", "dialogue"),
        id="turn-then-author-intro-with-colon",
    ),
    pytest.param(
        "— [Понимаем... Отчего не помочь? Поможем!] — Сторож в тулупе лезет за пазуху.",
        "dialogue",
        id="remark-opens-with-subject",
    ),
    pytest.param(
        "— [Что вы, барин!] — Старуха испуганно перекрестилась.",
        "dialogue",
        id="remark-opens-with-noun-subject-past",
    ),
]

GLUED = [
    pytest.param(
        "-- [1:Я приду завтра],--сказал он.-- [1:Не ждите.]", "dialogue", id="glued-after-stop"
    ),
    pytest.param(
        "—[1:Я приду завтра],—сказал он.—[1:Не ждите меня.]", "dialogue", id="glued-em-dashes"
    ),
    pytest.param("—[Приду непременно],—сказал он и ушел.", "dialogue", id="glued-remark-ends-turn"),
]

NOT_REMARKS = [
    pytest.param("— [Да! — Это правда, клянусь.]", "dialogue", id="speech-goes-on-after-dash"),
    pytest.param("— [Стой! — Иван, беги!]", "dialogue", id="address-after-dash"),
    pytest.param(
        "— [Слушай внимательно. Я тебе так скажу:]\n— [Уходи.]",
        ("dialogue", "dialogue"),
        id="speaker-colon-not-author-intro",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), DIALOGUE + GLUED + NOT_REMARKS)
def test_dialogue_layouts(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)


REMARKS_IN_MARKS = [
    pytest.param(
        "«[Мы готовы]», — опершись на стол, негромко и спокойно произнесла она.",
        "direct",
        id="gerund-phrase-then-verb",
    ),
    pytest.param(
        "«[Решение принято]», — помолчав, добавил он.", "direct", id="short-gerund-then-verb"
    ),
    pytest.param(
        "«[Сроки сдвинутся]», — поправив очки, сказал инженер.",
        "direct",
        id="gerund-with-object-then-verb",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), REMARKS_IN_MARKS)
def test_remarks_with_gerunds(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)
