"""Attribution by layout: every way Russian text puts the reporting words beside a quote.

Rows as in ``markup.py``: ``[…]`` the speaker's words, ``{…}`` the mention as written; then the
kinds, the speaker's name in the nominative, and how it was found (``via``).
"""

from __future__ import annotations

import pytest
from markup import check, parse, per_quote

from quotex import extract

LAYOUTS = [
    pytest.param(
        "«[Решение принято окончательно]» — {Игорь Сечин}.",
        "direct",
        "Игорь Сечин",
        "cue",
        id="trailing-dash-and-name",
    ),
    pytest.param(
        "{Игорь Сечин}: «[Мы не отступим]».",
        "direct",
        "Игорь Сечин",
        "cue",
        id="colon-after-name",
    ),
    pytest.param(
        "«[1:Мы готовы к диалогу], — сказал {Сергей Орлов}. — [1:Но не на любых условиях]».",
        "direct",
        "Сергей Орлов",
        "cue",
        id="cue-inside-split-quote",
    ),
    pytest.param(
        "{Министр финансов Антон Силуанов} обратился к журналистам. «[Бюджет будет исполнен]».",
        "direct",
        "Антон Силуанов",
        "cue",
        id="cue-in-previous-sentence",
    ),
    pytest.param(
        "Как сказал {Антон Силуанов}, «[бюджет будет исполнен]».",
        "direct",
        "Антон Силуанов",
        "cue",
        id="kak-skazal-then-marks",
    ),
    pytest.param(
        "По словам {Антона Силуанова}, «[бюджет будет исполнен]».",
        "direct",
        "Антон Силуанов",
        "cue",
        id="po-slovam-then-marks",
    ),
    pytest.param(
        "«[Мы готовы]», — {Иван Петров} сказал.",
        "direct",
        "Иван Петров",
        "cue",
        id="name-before-verb-after-quote",
    ),
    pytest.param(
        '[Мы готовы]", - заявил {Иван Петров}.',
        "direct",
        "Иван Петров",
        "cue",
        id="lost-opener-hyphen-cue",
    ),
]

PEOPLE = [
    pytest.param(
        "Иван Петров и Анна Сидорова провели переговоры. «[Мы договорились]», — сказал {он}. "
        "«[Подпишем в мае]», — добавила {она}.",
        "direct",
        ("Иван Петров", "Анна Сидорова"),
        ("pronoun", "pronoun"),
        id="a-man-and-a-woman-in-one-paragraph",
    ),
    pytest.param(
        "Иван Петров встретился с Петром Ивановым. «[Мы договорились]», — сказал {Иванов}.",
        "direct",
        "Петр Иванов",
        "cue",
        id="two-men-surname-decides",
    ),
    pytest.param(
        "Глава компании Олег Смирнов провел совещание. «[Планы не изменятся]», — заявил "
        "{глава компании}.",
        "direct",
        "Олег Смирнов",
        "title",
        id="title-before-name-then-title",
    ),
    pytest.param(
        "Олег Смирнов, глава компании, провел совещание. «[Планы не изменятся]», — заявил "
        "{Смирнов}.",
        "direct",
        "Олег Смирнов",
        "cue",
        id="title-after-name",
    ),
    pytest.param(
        "{Иван Петров и Анна Сидорова} заявили, что [проект закрыт.]",
        "indirect",
        "Иван Петров и Анна Сидорова",
        "cue",
        id="two-people-as-a-list",
    ),
]

ORGANISATIONS_AND_RELAYS = [
    pytest.param(
        "В {МИД} заявили, что [визит отложен.]",
        "indirect",
        "МИД",
        "cue",
        id="organisation-before-verb",
    ),
    pytest.param(
        "[Визит отложен], сообщили в {пресс-службе министерства}.",
        "indirect",
        "пресс-служба министерства",
        "cue",
        id="press-service-after-statement",
    ),
    pytest.param(
        "«[Мы готовы]», — цитирует РБК {Ивана Петрова}.",
        "direct",
        "Иван Петров",
        "cue",
        id="relay-outlet-then-person",
    ),
    pytest.param(
        "[Сделка закрыта], сообщает {Интерфакс}.",
        "indirect",
        "Интерфакс",
        "cue",
        id="outlet-reporting-on-its-own",
    ),
]

NO_GUESS = [
    pytest.param(
        "Погода была теплой. «[Мы готовы]», — сказал он.",
        "direct",
        None,
        None,
        id="pronoun-with-nobody-before",
    ),
    pytest.param(
        "«[Дорога закрыта]», — предупреждали всю неделю.",
        "direct",
        None,
        None,
        id="verb-without-subject",
    ),
]


@pytest.mark.parametrize(
    ("marked", "kinds", "speakers", "vias"), LAYOUTS + PEOPLE + ORGANISATIONS_AND_RELAYS + NO_GUESS
)
def test_layout(marked: str, kinds: object, speakers: object, vias: object) -> None:
    check(marked, kinds, speakers)
    quotes = extract(parse(marked).text)
    want = per_quote(vias, len(quotes))
    assert [q.speaker.via if q.speaker else None for q in quotes] == want
