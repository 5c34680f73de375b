"""Reporting cues beyond ``заявил, что``: a denied doubt (``не исключает газета``), reflexive
passives of a document (``в докладе предполагается, что``), frames of view (``на его взгляд``,
``по ее убеждению``), ``об этом сообщил X`` after a colon or opening the next paragraph, and a
report joined by a comma to a sentence with a name in marks.

Rows as in ``markup.py``; the checks are of detection only (``detected.py``).
"""

from __future__ import annotations

import pytest
from detected import check_detected

CUES = [
    pytest.param(
        "[Раскопки могут изменить историю города], не исключает газета.",
        "indirect",
        id="ne-isklyuchaet",
    ),
    pytest.param(
        "В докладе предполагается, что [спрос на жилье вырастет к осени.]",
        "indirect",
        id="reflexive-passive",
    ),
    pytest.param("На его взгляд, [спешить с реформой некуда.]", "indirect", id="na-vzglyad"),
    pytest.param("По ее убеждению, [суд допустил ошибку.]", "indirect", id="po-ubezhdeniyu"),
    pytest.param(
        "[Учебники выдадут весной]: об этом сообщили в комитете образования.",
        "indirect",
        id="ob-etom-after-colon",
    ),
    pytest.param(
        "[Завод остановят на летний ремонт.]\nОб этом сообщил директор предприятия.",
        "indirect",
        id="ob-etom-next-paragraph",
    ),
    pytest.param(
        "[Ранее речь шла о слиянии клуба с «Ротором»], пишет газета «Вечерний курьер».",
        "indirect",
        id="comma-report-of-sentence-with-name-in-marks",
    ),
    pytest.param(
        "[Зима будет мягкой], как предрекали синоптики.",
        "indirect",
        id="kak-predrekali",
    ),
]

NOT_CUES = [
    pytest.param(
        "Совещание длилось три часа.\nКак сообщил ректор, [совещание было жестким.]",
        "indirect",
        id="kak-soobshchil-frames-its-own-sentence",
    ),
    pytest.param(
        "Он попросил обратить внимание на «мелкие детали».", (), id="request-with-infinitive"
    ),
    pytest.param(
        "Эти посты по договоренности были «закреплены» за старшими.", (), id="noun-is-subject"
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), CUES + NOT_CUES)
def test_report_cues(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)


MORE_CUES = [
    pytest.param(
        "[Мост откроют к зиме], пишет местный сайт.", "indirect", id="report-adjective-subject"
    ),
    pytest.param(
        "По его мнению [спешить с реформой некуда.]", "indirect", id="own-frame-without-comma"
    ),
    pytest.param(
        "Депутат обвинил мэра в том, что [сроки ремонта сорваны.]",
        "indirect",
        id="accusation-that-clause",
    ),
    pytest.param("Депутат обвинил мэра в медлительности.", (), id="accusation-noun-phrase"),
    pytest.param("Пришли гонцы, сказали Степану.", (), id="told-to-someone-no-report"),
    pytest.param(
        "[Выставку продлят до марта], сообщил «Вестнику» директор музея.",
        "indirect",
        id="addressee-in-marks-then-subject",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), MORE_CUES)
def test_more_report_cues(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)


VIEWS = [
    pytest.param(
        "Историк Павел Сомов думает, что [архив найдут не скоро.]", "indirect", id="thinks-now"
    ),
    pytest.param(
        "У фермеров есть большие надежды, что [цены на зерно снизятся.]",
        "indirect",
        id="held-hope",
    ),
    pytest.param(
        "У врачей есть опасение, что [эпидемия вернется осенью.]", "indirect", id="held-fear"
    ),
    pytest.param("Он думал, что поезд уже ушел.", (), id="thought-in-a-story"),
    pytest.param("У него есть дом, что стоит у самой реки.", (), id="having-no-view"),
]


@pytest.mark.parametrize(("marked", "kinds"), VIEWS)
def test_views(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)


RELAYS = [
    pytest.param(
        "«[Мы не отступим]», — приводит агентство слова министра.", "direct", id="privodit-slova"
    ),
    pytest.param(
        "«[Сроки сдвинутся на месяц]», — привела газета слова инженера.",
        "direct",
        id="privela-slova",
    ),
    pytest.param("Это приводит к тому, что цены растут.", (), id="privodit-k-tomu-no-speech"),
    pytest.param("Дорога приводит к старой мельнице.", (), id="privodit-motion"),
]


@pytest.mark.parametrize(("marked", "kinds"), RELAYS)
def test_relays(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)
