"""Paragraphs of hard-wrapped text: a paragraph's first line is indented deeper than the lines
that continue it, so one paragraph (one turn of dialogue) spans several lines.

Rows as in ``markup.py``; the checks are of detection only (``detected.py``).
"""

from __future__ import annotations

import pytest
from detected import check_detected

from quotex import layout

# Every line is cut near the same width; openers are indented three spaces, continuations two.
WRAPPED = [
    pytest.param(
        "   Сторож долго смотрел на нас из окна, потом вышел на крыльцо и\n"
        "  спросил, кого нам нужно, а собака все лаяла и лаяла за забором\n"
        "  у старого сарая.\n"
        "   - [1:Мы к хозяину, по делу, и ждать долго не можем], - сказал мой\n"
        "  спутник, снимая шапку, - [1:передайте ему, что приехали из города.]\n"
        "   - [Хозяин спит], - буркнул сторож и закрыл дверь перед самым носом.\n",
        "dialogue",
        id="turn-with-remark-over-two-lines",
    ),
    pytest.param(
        "   Мы ехали всю ночь и к утру добрались до переправы через реку, где\n"
        "  нас уже ждал паромщик, хмурый старик в рваном тулупе и валенках,\n"
        "  с фонарем в руке.\n"
        "   - [Садитесь скорее, господа, вода прибывает с каждым часом, а\n"
        "  паром у меня старый и тяжелый на ходу], - крикнул он издали.\n"
        "   Мы сели, и паром медленно отошел от берега в туман над водой.\n",
        "dialogue",
        id="turn-wrapped-before-remark",
    ),
    pytest.param(
        "   Доктор вошел без стука и молча поставил свой чемодан у двери,\n"
        "  оглядывая комнату, в которой пахло дымом, мокрой шерстью и хлебом,\n"
        "  и печкой.\n"
        "   - [Кто здесь больной? Покажите мне его сейчас же, у меня мало\n"
        "  времени, а больных в уезде много.]\n"
        "   - [Вот он, на лавке, третий день не встает.]\n",
        ("dialogue", "dialogue"),
        id="two-turns-one-wrapped",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), WRAPPED)
def test_wrapped_paragraphs(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)


# Not that layout: each line is a paragraph of its own.
PLAIN = [
    pytest.param("Он вошел.\n— [Здравствуйте.]\n— [Добрый день.]", 2, id="lines"),
    pytest.param("   Он вошел.\n   — [Здравствуйте.]\n   — [Добрый день.]", 2, id="same-indent"),
    pytest.param(
        "   Короткая строка.\n  Еще одна.\n   Третья.\n  Четвертая.\n", 0, id="short-lines-no-wrap"
    ),
]


@pytest.mark.parametrize(("marked", "n"), PLAIN)
def test_lines_stay_paragraphs(marked: str, n: int) -> None:
    check_detected(marked, ("dialogue",) * n if n != 1 else "dialogue")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("а\nб\n\nв", 3, id="one-a-line"),
        pytest.param(
            "   а б в г д е ж з\n  и к\n   л м н о п р с\n  т у\n   ф х ц ч ш щ\n  э ю я",
            3,
            id="wrapped",
        ),
        pytest.param("  а б в г д\n\n  е ж з\n\n  и к л", 3, id="blank-lines-between"),
    ],
)
def test_paragraph_count(text: str, n: int) -> None:
    assert len(layout.paragraphs(text)) == n
