"""Quote marks on their own (``quotex.marks``): which marks open and close, how they pair, and how
broken pairs are repaired.

In the tables ``[…]`` marks the content of every quoted span that ``marked_spans`` should return,
nested ones included (see ``markup.py``); the marks themselves stay outside the brackets.
"""

from __future__ import annotations

import pytest
from markup import parse, per_quote

from quotex import marks
from quotex.marks import CLOSE, EITHER, NONE, OPEN, classify, marked_spans, pair
from quotex.quotes import is_authorial, is_spoken

_ROLE_CHARS = "«»„“”‚‘’\"'"


def all_spans(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, repaired)`` of every span ``marked_spans`` finds, nested ones too, in order
    of their start."""

    def walk(span: marks.Marked):
        yield span
        for inner in span.inner:
            yield from walk(inner)

    tops = marked_spans(text, authorial=is_authorial, speaks=is_spoken)
    found = [s for top in tops for s in walk(top)]
    return sorted((s.start, s.end, s.repaired) for s in found)


def check_spans(marked: str, repaired: bool | tuple[bool, ...]) -> None:
    ex = parse(marked)
    want = sorted(
        (q[0][0], q[0][1], r)
        for q, r in zip(ex.quotes, per_quote(repaired, len(ex.quotes)), strict=False)
    )
    got = all_spans(ex.text)
    assert got == want, (
        f"\n text: {ex.text!r}\n  got: {[(ex.text[a:b], r) for a, b, r in got]}"
        f"\n want: {[(ex.text[a:b], r) for a, b, r in want]}"
    )


# ---------------------------------------------------------------------------------------------
# Roles: what each mark can do, judged from its neighbours.

ROLES = [
    pytest.param("«Да»", [OPEN, CLOSE], id="guillemets"),
    pytest.param("„Да“", [OPEN, CLOSE], id="low-high"),
    pytest.param("“Да”", [OPEN, CLOSE], id="english"),
    pytest.param('он сказал "да" и ушел', [OPEN, CLOSE], id="straight-in-sentence"),
    pytest.param('"Да", — сказал он.', [OPEN, CLOSE], id="straight-at-paragraph-start"),
    pytest.param('Мы готовы", - сказал он.', [CLOSE], id="straight-lost-opener"),
    pytest.param("(«Да»)", [OPEN, CLOSE], id="inside-brackets"),
    pytest.param("Шон О’Нил пришел.", [NONE], id="apostrophe-typographic"),
    pytest.param("Шон O'Neil пришел.", [NONE], id="apostrophe-ascii"),
    pytest.param("д'Артаньян пришел.", [NONE], id="apostrophe-lowercase"),
    pytest.param('Экран 15" стоит дешево.', [NONE], id="inch-mid"),
    pytest.param('Купил экран 15"', [NONE], id="inch-at-end"),
    pytest.param("Время круга 1'05\".", [NONE, NONE], id="minutes-seconds"),
    pytest.param('слово " слово', [EITHER], id="free-standing"),
]


@pytest.mark.parametrize(("text", "roles"), ROLES)
def test_classify(text: str, roles: list[str]) -> None:
    positions = [i for i, ch in enumerate(text) if ch in _ROLE_CHARS]
    assert [classify(text, i, 0, len(text)) for i in positions] == roles


# ---------------------------------------------------------------------------------------------
# Pairing within a paragraph: balanced marks, any nesting, mixed pairs.

BALANCED = [
    pytest.param("«[Мы готовы к переговорам]», — заявил министр.", False, id="guillemets"),
    pytest.param("«[Да]», — сказал он, а она ответила: «[Нет]».", False, id="two-in-a-sentence"),
    pytest.param(
        "«[Он сказал мне: „[Нет]“, и ушел]», — вспоминает Петров.",
        False,
        id="low-high-in-guillemets",
    ),
    pytest.param("„[Мы готовы]“, — сказал он.", False, id="low-high-alone"),
    pytest.param("“[Мы уже в пути,]” — написал он.", False, id="english-comma-inside"),
    pytest.param("Он ответил: “[Да]”.", False, id="english-after-colon"),
    pytest.param(
        '«[Фильм "[Война и мир]" я видел дважды]», — сказал он.', False, id="straight-in-guillemets"
    ),
    pytest.param('Он сказал: "[нет]".', False, id="straight"),
    pytest.param(
        '"[Газета "[Ведомости]" пишет правду]", — сказал он.', False, id="straight-in-straight"
    ),
    pytest.param(
        "«[Я читал «[Войну и мир]» дважды]», — сказал он.", False, id="guillemets-in-guillemets"
    ),
    pytest.param(
        "«[Он крикнул: „[Стой! “[Halt!]”]“]» — так начиналась книга.", False, id="three-levels"
    ),
    pytest.param('«[Мы готовы]", — сказал он.', True, id="mixed-guillemet-straight"),
    pytest.param('"[Мы готовы]», — сказал он.', True, id="mixed-straight-guillemet"),
    pytest.param("«[Мы готовы]“, — сказал он.", True, id="mixed-guillemet-high"),
]


@pytest.mark.parametrize(("marked", "repaired"), BALANCED)
def test_pairs(marked: str, repaired: bool) -> None:
    check_spans(marked, repaired)


PAIR_LEFTOVERS = [
    pytest.param("«Да», — сказал он.", [], [], id="balanced"),
    pytest.param('Мы готовы", - сказал он.', ['"'], [], id="closer-without-opener"),
    pytest.param("«Мы готовы, — сказал он.", [], ["«"], id="opener-without-closer"),
    pytest.param("Он сказал: «Да» и «Нет", [], ["«"], id="second-opener-left"),
]


@pytest.mark.parametrize(("text", "orphan_closers", "unclosed"), PAIR_LEFTOVERS)
def test_pair_leftovers(text: str, orphan_closers: list[str], unclosed: list[str]) -> None:
    _, closers, openers = pair(text, 0, len(text))
    assert [text[i] for i in closers] == orphan_closers
    assert [text[i] for i in openers] == unclosed


# ---------------------------------------------------------------------------------------------
# Repair: a lost opener or closer still gives a quote, bounded where speech plainly starts/ends.

REPAIRED = [
    pytest.param(
        '[Мы готовы к диалогу]", - сказал Петров.', True, id="lost-opener-paragraph-start"
    ),
    pytest.param(
        '[Я прошу вас об одном: не спешите. Давайте сначала посчитаем деньги]", - сказал Петров.',
        True,
        id="lost-opener-several-sentences",
    ),
    pytest.param(
        'Петров заявил: [Мы готовы к диалогу]".', True, id="lost-opener-after-colon-intro"
    ),
    pytest.param(
        'Министр заявил журналистам: [Мы готовы к диалогу]", - добавил он.',
        True,
        id="lost-opener-after-colon-intro-with-remark",
    ),
    pytest.param(
        '«[Да]», — сказал он. [Мы придем завтра]", - добавил он.',
        (False, True),
        id="lost-opener-after-earlier-quote",
    ),
    pytest.param(
        'Министр ответил на вопросы журналистов. [Мы готовы к диалогу]", - сказал он.',
        True,
        id="lost-opener-after-speech-verb-sentence",
    ),
    pytest.param(
        'Министр прилетел в Минск утром. [Мы готовы к диалогу]", - сказал он.',
        True,
        id="lost-opener-after-narrative-sentence",
    ),
    pytest.param(
        'Ольга Белова вернулась из Казани в среду. [Работы там еще много. Мы справимся]", - '
        "сказала она.",
        True,
        id="lost-opener-after-named-narration",
    ),
    pytest.param(
        'По словам экономиста, спрос упал. [Он вернется не раньше осени]", - добавил он.',
        True,
        id="lost-opener-after-frame-sentence",
    ),
    pytest.param(
        'Губернатор вернулся в город. [Я видел, как губернатор вернулся. Мы ждали его]", - '
        "сказал сторож.",
        True,
        id="lost-opener-first-person-narration-kept",
    ),
    pytest.param(
        "Мэр открыл заседание. [Нас обвиняют во всем. Депутат Орлов заявил, что мы "
        'сорвали стройку. Мы ничего не срывали]", - сказал он.',
        True,
        id="lost-opener-speaker-retells-others",
    ),
    pytest.param(
        'Напомним, стройку начали в мае. [Сроки не изменятся]", - сказал прораб.',
        True,
        id="lost-opener-after-author-formula",
    ),
    pytest.param(
        '«[Мы готовы к диалогу]». [Ждем ответа до пятницы]", - сказал он.',
        (False, True),
        id="lost-opener-after-closed-quote-and-stop",
    ),
    pytest.param('Он вошел.\n[Мы готовы]", - сказал он.', True, id="lost-opener-second-paragraph"),
    pytest.param("«[Мы готовы к диалогу], — сказал Петров.", True, id="lost-closer-before-remark"),
    pytest.param("«[Стойте!] — крикнул он.", True, id="lost-closer-exclamation-kept"),
    pytest.param("Министр сказал: «[Мы готовы к диалогу]", True, id="lost-closer-paragraph-end"),
    pytest.param(
        "Петров сказал: «[Мы готовы]\nПотом он ушел.", True, id="lost-closer-stops-at-line-break"
    ),
]


@pytest.mark.parametrize(("marked", "repaired"), REPAIRED)
def test_repairs(marked: str, repaired: bool | tuple[bool, ...]) -> None:
    check_spans(marked, repaired)


def test_repair_rules_are_named() -> None:
    text = 'Мы готовы", - сказал он. «Да, — сказал он.'
    assert [s.rule for s in marked_spans(text, authorial=is_authorial, speaks=is_spoken)] == [
        "lost_opener",
        "lost_closer",
    ]


# ---------------------------------------------------------------------------------------------
# Marks that are not quote marks, line ends and odd spaces.

NOT_MARKS_AND_SPACES = [
    pytest.param("Шон О’Нил купил телевизор за «[копейки]».", False, id="apostrophe-then-quote"),
    pytest.param("д'Артаньян сказал: «[Да]».", False, id="apostrophe-lowercase-then-quote"),
    pytest.param('Экран 15" стоит дешево.', (), id="inch-only"),
    pytest.param('Экран 15" за «[копейки]».', False, id="inch-then-quote"),
    pytest.param("Время круга 1'05\" — рекорд.", (), id="minutes-seconds"),
    pytest.param(
        "«[Да]», — сказал он.\r\n«[Нет]», — ответила она.\r\n", False, id="crlf-paragraphs"
    ),
    pytest.param('Он вошел.\r\n[Мы готовы]", - сказал он.', True, id="crlf-lost-opener"),
    pytest.param("«[Мы готовы]\r\nПотом он ушел.", True, id="crlf-lost-closer"),
    pytest.param("«[Мы\u00a0готовы]», —\u00a0сказал он.", False, id="nbsp-inside-and-after"),
    pytest.param("Он сказал:\u00a0«[Да]».", False, id="nbsp-before-opener"),
    pytest.param('Он сказал:\u00a0"[Да]".', False, id="nbsp-before-straight-opener"),
]


@pytest.mark.parametrize(("marked", "repaired"), NOT_MARKS_AND_SPACES)
def test_not_marks_and_spaces(marked: str, repaired: bool | tuple[bool, ...]) -> None:
    check_spans(marked, repaired)


def test_paragraphs_split_on_any_line_end() -> None:
    assert marks.paragraphs("а\r\nб\n\nв\rг") == [(0, 1), (3, 4), (6, 7), (8, 9)]
