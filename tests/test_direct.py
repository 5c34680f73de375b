"""Direct quotes: speech in quote marks with a reporting cue, and marks that are not speech.

Each row is a marked-up example (``[…]`` content, ``[1:…]`` parts of one quote, ``{…}`` the
speaker's mention, see ``markup.py``), the expected kind(s) and the expected speaker name(s).
``extract`` must find exactly these quotes, with exactly these boundaries, and nothing else.
"""

from __future__ import annotations

import pytest
from markup import check

CUE_AFTER = [
    pytest.param(
        "«[Мы готовы к переговорам]», — заявил {Николай Кузнецов}.",
        "direct",
        "Николай Кузнецов",
        id="comma-dash-verb-name",
    ),
    pytest.param(
        "«[Цены больше не вырастут]» — {Ольга Смирнова}.",
        "direct",
        "Ольга Смирнова",
        id="dash-name-no-verb",
    ),
    pytest.param(
        "«[Мы готовы к переговорам]», заявил {Николай Кузнецов}.",
        "direct",
        "Николай Кузнецов",
        id="comma-no-dash",
    ),
    pytest.param(
        "«[Мы готовы к переговорам]», — {Николай Кузнецов} заявил журналистам.",
        "direct",
        "Николай Кузнецов",
        id="name-before-verb-in-remark",
    ),
    pytest.param(
        "«[Мы готовы]», — заявил {Кузнецов}. «[Мы тоже]», — ответила {Смирнова}.",
        "direct",
        ("Кузнецов", "Смирнова"),
        id="two-quotes",
    ),
    pytest.param(
        "«[Я читал «Войну и мир» трижды]», — признался {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="title-inside-quote-stays-in-content",
    ),
    pytest.param(
        '«[Фильм "Война и мир" я пересматривал дважды]», — признался {Кузнецов}.',
        "direct",
        "Кузнецов",
        id="straight-title-inside-guillemets",
    ),
]

CUE_BEFORE = [
    pytest.param(
        "{Николай Кузнецов} заявил: «[Мы готовы к переговорам]».",
        "direct",
        "Николай Кузнецов",
        id="colon-intro",
    ),
    pytest.param(
        "{Кузнецов} заявил журналистам в пятницу: «[Мы готовы к переговорам]».",
        "direct",
        "Кузнецов",
        id="colon-intro-far-verb",
    ),
    pytest.param(
        "{Николай Кузнецов} заявил, что «[мы готовы к переговорам]».",
        "direct",
        "Николай Кузнецов",
        id="that-clause-all-in-marks",
    ),
    pytest.param(
        "По словам {Николая Кузнецова}, «[переговоры пройдут в мае]».",
        "direct",
        "Николай Кузнецов",
        id="po-slovam-all-in-marks",
    ),
    pytest.param(
        "Как заявил {Николай Кузнецов}, «[переговоры пройдут в мае]».",
        "direct",
        "Николай Кузнецов",
        id="kak-zayavil-all-in-marks",
    ),
]

SPLIT = [
    pytest.param(
        "«[1:Мы готовы к переговорам], — сказал {Николай Кузнецов}. "
        "— [1:Но не на любых условиях]».",
        "direct",
        "Николай Кузнецов",
        id="comma-dash-remark-dash",
    ),
    pytest.param(
        "«[1:Довольно!] — сказал {Кузнецов}. — [1:Мы уходим]».",
        "direct",
        "Кузнецов",
        id="exclamation-kept-in-first-part",
    ),
    pytest.param(
        "«[1:Я не знаю], — задумчиво ответила {Смирнова}, — [1:что будет дальше]».",
        "direct",
        "Смирнова",
        id="remark-mid-sentence",
    ),
]

DASHES = [
    pytest.param("«[Мы готовы]», — заявил {Кузнецов}.", "direct", "Кузнецов", id="em-dash-spaced"),
    pytest.param("«[Мы готовы]», – заявил {Кузнецов}.", "direct", "Кузнецов", id="en-dash-spaced"),
    pytest.param("«[Мы готовы]», - заявил {Кузнецов}.", "direct", "Кузнецов", id="hyphen-spaced"),
    pytest.param("«[Мы готовы]»,— заявил {Кузнецов}.", "direct", "Кузнецов", id="em-dash-tight"),
    pytest.param("«[Мы готовы]»,—заявил {Кузнецов}.", "direct", "Кузнецов", id="em-dash-no-spaces"),
    pytest.param("«[Мы готовы]»,-заявил {Кузнецов}.", "direct", "Кузнецов", id="hyphen-no-spaces"),
    pytest.param(
        '"[Мы готовы]", - заявил {Кузнецов}.', "direct", "Кузнецов", id="straight-marks-hyphen"
    ),
    pytest.param(
        "«[1:Мы готовы], – сказал {Кузнецов}. – [1:Ждем вас]».",
        "direct",
        "Кузнецов",
        id="split-en-dashes",
    ),
    pytest.param(
        "«[1:Мы готовы], - сказал {Кузнецов}. - [1:Ждем вас]».",
        "direct",
        "Кузнецов",
        id="split-hyphens",
    ),
]

MARK_TYPES_AND_SPACING = [
    pytest.param("„[Мы готовы]“, — сказал {Кузнецов}.", "direct", "Кузнецов", id="low-high-marks"),
    pytest.param(
        "“[Мы уже в пути],” — написал {Кузнецов}.", "direct", "Кузнецов", id="english-marks"
    ),
    pytest.param("«[Мы\u00a0готовы]», —\u00a0заявил {Кузнецов}.", "direct", "Кузнецов", id="nbsp"),
    pytest.param(
        "«[Мы готовы]», — заявил {Кузнецов}.\r\n«[Мы тоже]», — ответила {Смирнова}.\r\n",
        "direct",
        ("Кузнецов", "Смирнова"),
        id="crlf-line-ends",
    ),
    pytest.param(
        "Совещание затянулось. «[Мы готовы ждать]», — сказал {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="after-an-author-sentence",
    ),
    pytest.param(
        "«[Зачем я это сказал?]» — подумал {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="thought-set-off-like-speech",
    ),
]

BOUNDARIES = [
    pytest.param(
        "{Кузнецов} сказал: «[Экономика растет.]»",
        "direct",
        "Кузнецов",
        id="full-stop-inside-marks-kept",
    ),
    pytest.param(
        "{Кузнецов} сказал: «[Экономика растет]».",
        "direct",
        "Кузнецов",
        id="full-stop-outside-marks-dropped",
    ),
    pytest.param(
        "«[Экономика растет!]» — заявил {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="exclamation-inside-marks-kept",
    ),
    pytest.param(
        "«[Вы к этому готовы?]» — спросил {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="question-inside-marks-kept",
    ),
    pytest.param(
        "«[Посмотрим…]», — ответил {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="ellipsis-inside-marks-kept",
    ),
    pytest.param(
        "«[Мы готовы],» — заявил {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="joining-comma-inside-marks-dropped",
    ),
    pytest.param(
        "«  [Мы готовы]  », — заявил {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="spaces-inside-marks-dropped",
    ),
]

BROKEN = [
    pytest.param(
        '[Мы готовы к диалогу]", - сказал {Николай Кузнецов}.',
        "direct",
        "Николай Кузнецов",
        id="lost-opener",
    ),
    pytest.param(
        '{Кузнецов} заявил: [Мы готовы к диалогу]".',
        "direct",
        "Кузнецов",
        id="lost-opener-after-colon-intro",
    ),
    pytest.param(
        "Николай Кузнецов встретился с журналистами.\n\n"
        '[Мы готовы к диалогу. Условия обсудим позже]", - сказал {Кузнецов}.',
        "direct",
        "Николай Кузнецов",
        id="lost-opener-two-sentences-own-paragraph",
    ),
    pytest.param(
        "«[Мы готовы к диалогу], — сказал {Кузнецов}.",
        "direct",
        "Кузнецов",
        id="lost-closer",
    ),
    pytest.param(
        '«[Мы готовы к диалогу]", — сказал {Кузнецов}.',
        "direct",
        "Кузнецов",
        id="guillemet-closed-by-straight",
    ),
]

NOT_QUOTES = [
    pytest.param("Акции компании «Газпром» подорожали.", (), (), id="company-name"),
    pytest.param("Вчера я пересмотрел фильм «Война и мир».", (), (), id="film-title"),
    pytest.param('Статью напечатала газета "Ведомости".', (), (), id="newspaper-straight"),
    pytest.param("Министр приехал на завод «Северсталь» в понедельник.", (), (), id="factory-name"),
    pytest.param(
        "На плакате надпись – «Сорок дней без воды».", (), (), id="inscription-after-dash"
    ),
    pytest.param(
        "«Северяне», которые вышли в финал, объявили состав.", (), (), id="name-then-clause"
    ),
    pytest.param(
        'Переговоры "на полях" саммита прошли спокойно.', (), (), id="scare-quotes-straight"
    ),
    pytest.param(
        "Так называемая «оптимизация» затронула сельские школы.",
        (),
        (),
        id="scare-quotes-term",
    ),
    pytest.param(
        "Участники «большой семерки» собрались в Риме.", (), (), id="scare-quotes-group-name"
    ),
    pytest.param('Экран 15" стоит дешевле, чем 17".', (), (), id="inch-marks"),
]


@pytest.mark.parametrize(
    ("marked", "kinds", "speakers"),
    [
        *CUE_AFTER,
        *CUE_BEFORE,
        *SPLIT,
        *DASHES,
        *MARK_TYPES_AND_SPACING,
        *BOUNDARIES,
        *BROKEN,
        *NOT_QUOTES,
    ],
)
def test_direct(marked: str, kinds: str | tuple[str, ...], speakers: object) -> None:
    check(marked, kinds, speakers)
