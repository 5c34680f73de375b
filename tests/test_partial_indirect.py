"""Partial quotes (a fragment of someone's words in marks) and indirect quotes (reported clauses
without marks), and the speech verbs and frames that report neither.

Rows as in ``markup.py``. An indirect quote's content is the reported clause without the
``что``/``о том, что`` that introduces it, up to the end of its clause or sentence (the full stop
kept, as the gold does); a partial quote's content is the fragment inside the marks.
"""

from __future__ import annotations

import pytest
from markup import check

PARTIAL = [
    pytest.param(
        "{Министр} назвал ситуацию «[катастрофической]».",
        "partial",
        "министр",
        id="nazval-adjective",
    ),
    pytest.param(
        "{Петров} охарактеризовал переговоры как «[конструктивные]».",
        "partial",
        "Петров",
        id="okharakterizoval-kak",
    ),
    pytest.param(
        "{Анна Иванова} назвала решение суда «[позорным]».",
        "partial",
        "Анна Иванова",
        id="nazvala-feminine",
    ),
    pytest.param(
        "{Анна Иванова} назвала поступок соседа «[позорным]».",
        "partial",
        "Анна Иванова",
        id="nazvala-object-with-genitive",
    ),
    pytest.param(
        "{Депутат} назвал поправки «[сырыми]» и «[непродуманными]».",
        "partial",
        "депутат",
        id="two-fragments-one-verb",
    ),
    pytest.param(
        "{Депутат} назвал законопроект «[сырым]» и «[непродуманным]».",
        "partial",
        "депутат",
        id="two-fragments-after-naming-word",
    ),
    pytest.param(
        "{Депутаты} назвали проект «[сырым]».",
        "partial",
        "депутаты",
        id="fragment-after-naming-word-proekt",
    ),
    pytest.param(
        "{Иван Петров} заявил, что [поведение соседей выглядит «по меньшей мере странно».]",
        "indirect",
        "Иван Петров",
        id="fragment-inside-reported-clause-belongs-to-it",
    ),
    pytest.param(
        "{Иван Петров} обвинил соседей в нежелании «[вести диалог с жителями]», передает "
        "агентство Интерфакс.",
        "partial",
        "Иван Петров",
        id="fragment-credited-in-a-sentence-an-outlet-relays",
    ),
    pytest.param(
        "{Петров}, в свою очередь, назвал претензии депутатов «[популизмом]».",
        "partial",
        "Петров",
        id="no-statement-before-a-naming-verb",
    ),
]

INDIRECT = [
    pytest.param(
        "{Иван Петров} заявил, что [переговоры пройдут в мае.]",
        "indirect",
        "Иван Петров",
        id="zayavil-chto",
    ),
    pytest.param(
        "{Иван Петров} сообщил о том, что [переговоры пройдут в мае.]",
        "indirect",
        "Иван Петров",
        id="soobshchil-o-tom-chto",
    ),
    pytest.param(
        "{Анна Иванова} сообщила журналистам, что [переговоры пройдут в мае.]",
        "indirect",
        "Анна Иванова",
        id="verb-addressee-chto",
    ),
    pytest.param(
        "{Иван Петров} пообещал, что [переговоры пройдут в мае.]",
        "indirect",
        "Иван Петров",
        id="poobeshchal-chto",
    ),
    pytest.param(
        "{Иван Петров} заявил, что [переговоры пройдут в мае], и добавил, что [готов к ним.]",
        "indirect",
        "Иван Петров",
        id="two-clauses-two-verbs",
    ),
    pytest.param(
        "По словам {Ивана Петрова}, [переговоры пройдут в мае.]",
        "indirect",
        "Иван Петров",
        id="po-slovam-first",
    ),
    pytest.param(
        "[1:Переговоры], по словам {Ивана Петрова}, [1:пройдут в мае.]",
        "indirect",
        "Иван Петров",
        id="po-slovam-inside-two-parts",
    ),
    pytest.param(
        "Как считает {Иван Петров}, [переговоры пройдут в мае.]",
        "indirect",
        "Иван Петров",
        id="kak-schitaet",
    ),
    pytest.param(
        "[Переговоры пройдут в мае], сообщили в {пресс-службе министерства}.",
        "indirect",
        "пресс-служба министерства",
        id="trailing-soobshchili-v-press-sluzhbe",
    ),
    pytest.param(
        "[Переговоры пройдут в мае.] Об этом сообщил {Иван Петров}.",
        "indirect",
        "Иван Петров",
        id="ob-etom-soobshchil",
    ),
    pytest.param(
        "[1:Одна из делегаций], уточняет {газета «Вечерний город»}, [1:прибыла еще утром.]",
        "indirect",
        "Вечерний город",
        id="parenthetical-cue-with-name-in-marks",
    ),
    pytest.param(
        "[1:Сейчас], продолжал {Иван Петров}, [1:работы идут по графику.]",
        "indirect",
        "Иван Петров",
        id="parenthetical-cue-with-name",
    ),
    pytest.param(
        "{Иван Петров} заявил, что [примет участие в дебатах], но отказался назвать дату.",
        "indirect",
        "Иван Петров",
        id="clause-ends-at-the-speakers-next-act",
    ),
    pytest.param(
        "{Анна Иванова} посетовала, что [договоренности, заключенные весной, нарушаются.]",
        "indirect",
        "Анна Иванова",
        id="participle-inside-the-clause",
    ),
    pytest.param(
        "{Тренер Олег Смирнов} назвал [Ивана Орлова лучшим игроком сезона.]",
        "indirect",
        "Олег Смирнов",
        id="naming-verb-without-marks",
    ),
    pytest.param(
        "{Минск}: [переговоры продолжатся на следующей неделе]\nДелегации обсудили торговлю.",
        "indirect",
        "Минск",
        id="headline-name-colon-statement",
    ),
    pytest.param(
        "{Глава Минфина}: [бюджет будет сбалансирован]\nМинистр выступил в Думе.",
        "indirect",
        "глава Минфина",
        id="a-headline-title-loses-the-sentence-s-capital",
    ),
    pytest.param(
        "{Посол Франции}: [визит не отменят]\nДипломаты встретились утром.",
        "indirect",
        "посол Франции",
        id="a-headline-ambassador",
    ),
    pytest.param(
        "{Лондон}: [переговоры о поставках продолжатся в мае]\nПравительство сообщило о ремонте.",
        "indirect",
        "Лондон",
        id="a-headline-name-keeps-its-capital",
    ),
    pytest.param(
        "{Анна Иванова} уверена, что [рынок скоро восстановится], и аналитики с ней согласились.",
        "indirect",
        "Анна Иванова",
        id="clause-ends-before-a-new-subject",
    ),
    pytest.param(
        "{Иван Петров} назвал [итоги голосования фальсифицированными] и призвал "
        "сторонников к терпению.",
        "indirect",
        "Иван Петров",
        id="naming-clause-ends-at-the-next-act",
    ),
    pytest.param(
        "Он подчеркнул, что, [несмотря на задержки, работы завершатся в срок.]",
        "indirect",
        None,
        id="chto-then-comma",
    ),
    pytest.param(
        "{Лидер партии} призвал сторонников «[выйти на улицы и мирно отстоять свое право на "
        "честные выборы в следующем году]».",
        "partial",
        "лидер партии",
        id="long-fragment-right-after-credit",
    ),
]

NOT_REPORTED = [
    pytest.param(
        "Депутаты говорят о «\nтихом перевороте» в совете.", (), (), id="a-mark-before-a-line-break"
    ),
    pytest.param(" СКАЗАЛ\n«\nа\n0", (), (), id="a-mark-alone-on-a-line-after-a-verb"),
    pytest.param(
        "Рабочие рассказали о «\nдолгах» завода.", (), (), id="a-fragment-after-a-line-break"
    ),
    pytest.param("Президент призвал поддержать реформу.", (), (), id="verb-infinitive"),
    pytest.param("Министр потребовал отставки губернатора.", (), (), id="verb-noun-phrase"),
    pytest.param("Иван рассказал о поездке в Минск.", (), (), id="verb-about-noun"),
    pytest.param("Стало известно, что переговоры пройдут в мае.", (), (), id="stalo-izvestno"),
    pytest.param("Считается, что переговоры пройдут в мае.", (), (), id="schitaetsya"),
    pytest.param("По данным Росстата, цены выросли на пять процентов.", (), (), id="po-dannym"),
    pytest.param("Иван знал, что переговоры пройдут в мае.", (), (), id="znal-chto"),
    pytest.param("Иван видел, что переговоры зашли в тупик.", (), (), id="videl-chto"),
    pytest.param("Все понимали, что переговоры зашли в тупик.", (), (), id="ponimali-chto"),
    pytest.param("Отметим, что переговоры пройдут в мае.", (), (), id="authors-otmetim"),
    pytest.param("Министр назвал сроки завершения работ.", (), (), id="naming-a-thing"),
    pytest.param("Фото: Иван Петров\nДелегации обсудили торговлю.", (), (), id="caption-no-verb"),
    pytest.param("Следует отметить, что цены выросли.", (), (), id="sleduet-otmetit"),
    pytest.param("Министр хотел подчеркнуть, что цены выросли.", (), (), id="intention-infinitive"),
]


@pytest.mark.parametrize(("marked", "kinds", "speakers"), [*PARTIAL, *INDIRECT, *NOT_REPORTED])
def test_partial_indirect(marked: str, kinds: str | tuple[str, ...], speakers: object) -> None:
    check(marked, kinds, speakers)
