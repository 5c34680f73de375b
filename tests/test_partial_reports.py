"""Partial quotes inside the words of a report: a fragment in marks, less than a clause, in a
sentence whose speech verb or speech noun credits it (``говорят о «…»``, ``обращение «…»``,
``«…» говорят``), and marks that credit no one's words.

Rows as in ``markup.py``; the checks are of detection only (``detected.py``).
"""

from __future__ import annotations

import pytest
from detected import check_detected

CREDITED = [
    pytest.param(
        "Депутаты открыто говорят о «[тихом перевороте]» в совете.", "partial", id="verb-about"
    ),
    pytest.param(
        "Жители направили мэру обращение «[с просьбой убрать свалку]».",
        "partial",
        id="speech-noun",
    ),
    pytest.param(
        "Профсоюз заявил о победе, которая «[похоронила]» планы дирекции.",
        "partial",
        id="one-verb-in-relative-clause",
    ),
    pytest.param(
        "Аналитики «[с большой долей уверенности]» говорят о росте цен.",
        "partial",
        id="verb-after-fragment",
    ),
    pytest.param(
        "Оппозиция говорит о «[грубой ошибке]» властей и «[полном провале]» реформы.",
        ("partial", "partial"),
        id="two-fragments-one-verb",
    ),
]

NOT_CREDITED = [
    pytest.param("Слово «спасибо» он так и не сказал.", (), id="word-mentioned"),
    pytest.param("Министр опроверг «слухи об отставке».", (), id="claim-denied"),
    pytest.param("Рабочие рассказали о постройке «дачи» у реки.", (), id="one-noun-scare-quote"),
    pytest.param(
        "«[Мы готовы]», — заявил представитель «северного крыла» партии.",
        "direct",
        id="name-in-another-quotes-remark",
    ),
    pytest.param(
        "Рабочие говорят о ремонте дома, называемого в округе «старой мельницей».",
        (),
        id="term-after-nazyvaemyj",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), CREDITED + NOT_CREDITED)
def test_partial_in_report(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)
