"""Attribution: who said each quote, named as the document names them best, in the nominative.

Rows as in ``markup.py`` (``{…}`` marks the mention near the quote, as written), plus how the
speaker must be found (``via``: ``cue``, ``pronoun``, ``title`` or ``context``; ``None`` where
the speaker is ``None``), one value for every quote of the row or a tuple, one per quote.
"""

from __future__ import annotations

import pytest
from markup import check, parse, per_quote

from quotex import extract

NAMES = [
    pytest.param(
        "«[Мы готовы]», — сказал {Иван Петров}.",
        "direct",
        "Иван Петров",
        "cue",
        id="name-after-verb",
    ),
    pytest.param(
        "{Иван Петров} сказал: «[Мы готовы]».",
        "direct",
        "Иван Петров",
        "cue",
        id="name-before-verb",
    ),
    pytest.param(
        "{Анна Иванова} приехала в город, где Петр Сидоров открыл школу, и заявила, что "
        "[министр продолжит работу.]",
        "indirect",
        "Анна Иванова",
        "cue",
        id="coordinated-verb-shares-the-first-subject",
    ),
    pytest.param(
        "{Анна Иванова} сказала, что [переговоры на саммите в Минске ее радуют], но "
        "подчеркнула, что [решений пока нет.]",
        "indirect",
        "Анна Иванова",
        "cue",
        id="coordinated-verb-after-a-reported-clause",
    ),
    pytest.param(
        "{Анна Иванова} сказала, что [{Петр Сидоров} ушел] и заявил, что [все в порядке.]",
        "indirect",
        ("Анна Иванова", "Петр Сидоров"),
        "cue",
        id="coordinated-verb-of-another-gender",
    ),
    pytest.param(
        "{Анна Иванова} опровергла, что [Петр Сидоров предлагал продать завод], и заявила, что "
        "[завод не продается.]",
        "indirect",
        "Анна Иванова",
        "cue",
        id="the-nearer-reporting-verb-owns-the-clause",
    ),
    pytest.param(
        "В этой связи {Мутко} напомнил, что [закон уже принят.]",
        "indirect",
        "Мутко",
        "cue",
        id="indeclinable-name-before-its-verb",
    ),
    pytest.param(
        '"[Мы готовы]", — сказал в беседе с корреспондентом "Вестника" {глава фонда Иван Петров}.',
        "direct",
        "Иван Петров",
        "cue",
        id="straight-marks-around-a-name-in-the-remark",
    ),
    pytest.param(
        "Иван Петров приехал в Минск.\n«[Мы готовы]», — сказал {Петров}.",
        "direct",
        "Иван Петров",
        "cue",
        id="surname-later-gives-full-name",
    ),
    pytest.param(
        "Министр встретился с коллегой из Эстонии Ханно Певкуром.\n{Певкур} согласился: "
        "«[Мы действуем как одна армия]».",
        "direct",
        "Ханно Певкур",
        "cue",
        id="unknown-surname-nominative-from-its-bare-mention",
    ),
    pytest.param(
        "«[Никакой угрозы соседям нет]» — {Кайкконен}.",
        "direct",
        "Кайкконен",
        "cue",
        id="unknown-surname-after-a-trailing-dash",
    ),
    pytest.param(
        "Анна Иванова приехала в Минск.\n{Иванова} заявила, что [переговоры пройдут в мае.]",
        "indirect",
        "Анна Иванова",
        "cue",
        id="surname-later-feminine",
    ),
]

CASES = [
    pytest.param(
        "По словам {Ивана Петрова}, [переговоры пройдут в мае.]",
        "indirect",
        "Иван Петров",
        "cue",
        id="genitive-masculine",
    ),
    pytest.param(
        "По словам {Анны Ивановой}, [переговоры пройдут в мае.]",
        "indirect",
        "Анна Иванова",
        "cue",
        id="genitive-feminine",
    ),
    pytest.param(
        "Министр встретился с Анной Ивановой.\n«[Мы договорились]», — заявила {Иванова}.",
        "direct",
        "Анна Иванова",
        "cue",
        id="instrumental-then-surname",
    ),
    pytest.param(
        "Журналисты поговорили с Петром Сидоровым.\n«[Нам нечего скрывать]», — сказал {Сидоров}.",
        "direct",
        "Петр Сидоров",
        "cue",
        id="instrumental-masculine-then-surname",
    ),
]

PRONOUNS = [
    pytest.param(
        "Иван Петров долго спорил с Анной Ивановой.\n«[Я не уступлю]», — сказал {он}.",
        "direct",
        "Иван Петров",
        "pronoun",
        id="on-skips-later-woman",
    ),
    pytest.param(
        "Анна Иванова вышла к журналистам.\n«[Мы готовы]», — заявила {она}.",
        "direct",
        "Анна Иванова",
        "pronoun",
        id="ona",
    ),
    pytest.param(
        "Анна Иванова поспорила с Иваном Петровым.\n«[Я права]», — заявила {она}.",
        "direct",
        "Анна Иванова",
        "pronoun",
        id="ona-skips-later-man",
    ),
    pytest.param(
        "Иван Петров выступил на форуме.\n{Он} отметил, что [переговоры пройдут в мае.]",
        "indirect",
        "Иван Петров",
        "pronoun",
        id="on-before-verb-indirect",
    ),
    pytest.param(
        "Иван Петров приехал в город, где Олег Смирнов открыл школу.\n«[Школа хорошая]», — "
        "сказал {он}.",
        "direct",
        "Иван Петров",
        "pronoun",
        id="pronoun-prefers-the-main-clause-subject",
    ),
]

TITLES = [
    pytest.param(
        "Министр финансов Петр Сидоров прибыл в Минск.\n«[Бюджет сбалансирован]», — сказал "
        "{министр}.",
        "direct",
        "Петр Сидоров",
        "title",
        id="title-introduced-with-name",
    ),
    pytest.param(
        "Петр Сидоров, министр финансов, прибыл в Минск.\n«[Бюджет сбалансирован]», — сказал "
        "{министр}.",
        "direct",
        "Петр Сидоров",
        "title",
        id="title-in-apposition-after-name",
    ),
    pytest.param(
        "Министр финансов Петр Сидоров прибыл в Минск.\n{Министр} заявил, что [бюджет "
        "сбалансирован.]",
        "indirect",
        "Петр Сидоров",
        "title",
        id="title-before-verb-indirect",
    ),
    pytest.param(
        "Министр финансов Петр Сидоров прибыл в Минск.\n«[Бюджет сбалансирован]», — сказал "
        "{глава ведомства}.",
        "direct",
        "Петр Сидоров",
        "title",
        id="other-title-same-person",
    ),
    pytest.param(
        "Встреча прошла с участием министра финансов Петра Сидорова.\n"
        "«[Бюджет сбалансирован]», — сказал {министр}.",
        "direct",
        "Петр Сидоров",
        "title",
        id="title-introduced-in-genitive",
    ),
    pytest.param(
        "Министр иностранных дел Польши Ян Ковальский встретился с главой МИД Литвы Томасом "
        "Петраускасом.\n{Руководитель польского внешнеполитического ведомства} заявил, что "
        "[встреча была полезной.]",
        "indirect",
        "Ян Ковальский",
        "title",
        id="synonymous-title-and-institution-with-place",
    ),
    pytest.param(
        "Глава МИД Литвы Томас Петраускас прилетел в Варшаву, где его встретил министр "
        "иностранных дел Польши Ян Ковальский.\n«[Мы договорились]», — сказал {глава "
        "польского МИД}.",
        "direct",
        "Ян Ковальский",
        "title",
        id="head-of-ministry-is-its-minister",
    ),
    pytest.param(
        "Министр иностранных дел Австрии Карл Майер уехал. Глава МИД Молдовы "
        "Павел Чебан остался.\n«[Мы договорились]», — сказал {министр}.",
        "direct",
        "Павел Чебан",
        "title",
        id="two-ministers-the-latest-named",
    ),
    pytest.param(
        "Иван Петров, глава фонда, выступил в Думе. Затем слово взял Олег Смирнов.\n"
        "«[Мы готовы]», — сказал {президент}.",
        "direct",
        "Олег Смирнов",
        "title",
        id="unheld-office-goes-to-the-latest-person-without-another-office",
    ),
    pytest.param(
        "Президенту Грузии Георгию Беридзе позвонил Иван Петров, президент Казахстана.\n"
        "{Грузинский президент} назвал разговор «[хорошим]».",
        "partial",
        "Георгий Беридзе",
        "title",
        id="office-of-another-country-skipped",
    ),
    pytest.param(
        "Министр иностранных дел Латвии Янис Берзиньш и министр финансов Литвы Йонас Петраускас "
        "встретились в Риге.\n«[Мы договорились]», — сказал {латвийский министр}.",
        "direct",
        "Янис Берзиньш",
        "title",
        id="two-titles-in-one-sentence-each-its-own",
    ),
    pytest.param(
        "Министр финансов Эстонии Тоомас Тамм прилетел в Ригу.\n«[Налоги не вырастут]», — "
        "сказал {глава эстонского Минфина}.",
        "direct",
        "Тоомас Тамм",
        "title",
        id="minister-of-finance-heads-the-minfin",
    ),
    pytest.param(
        "Мэр Заречья Олег Воронцов открыл мост.\n«[Подрядчик получил предупреждение]», — "
        "заявил {градоначальник}.",
        "direct",
        "Олег Воронцов",
        "title",
        id="a-synonym-of-the-title",
    ),
    pytest.param(
        "Капитан команды Георгий Петров согласился с тренером.\n{Защитник} признал, что "
        "[команда ошиблась.]",
        "indirect",
        "Георгий Петров",
        "title",
        id="a-sports-role-points-back",
    ),
    pytest.param(
        "Лидер социал-демократов Аурелия Каралюте выступила в сейме.\n«[Это плохой закон]», — "
        "сказала {политик}.",
        "direct",
        "Аурелия Каралюте",
        "title",
        id="name-after-a-title-and-its-genitive-is-nominative",
    ),
]

DESCRIPTIONS = [
    pytest.param(
        "{Представитель МИД} заявил, что [переговоры пройдут в мае.]",
        "indirect",
        "представитель МИД",
        "cue",
        id="never-named-description",
    ),
    pytest.param(
        "По словам {представителя МИД}, [переговоры пройдут в мае.]",
        "indirect",
        "представитель МИД",
        "cue",
        id="never-named-description-genitive",
    ),
    pytest.param(
        "По словам {официального представителя министерства}, [переговоры пройдут в мае.]",
        "indirect",
        "официальный представитель министерства",
        "cue",
        id="description-with-adjective",
    ),
    pytest.param(
        "Как сообщил {один из депутатов}, [заседание было долгим.]",
        "indirect",
        "один из депутатов",
        "cue",
        id="one-of-a-group",
    ),
    pytest.param(
        "По словам {одной из участниц встречи}, [решение уже принято.]",
        "indirect",
        "одна из участниц встречи",
        "cue",
        id="one-of-a-group-genitive-feminine",
    ),
    pytest.param(
        "Петр Сидоров вышел к толпе.\n— [Это мой дом!] — кричит {кто-то из толпы}.",
        "dialogue",
        "кто-то из толпы",
        "cue",
        id="someone-from-the-crowd",
    ),
]

ORGANISATIONS_AND_OUTLETS = [
    pytest.param(
        "[Переговоры пройдут в мае], сообщили в {пресс-службе министерства}.",
        "indirect",
        "пресс-служба министерства",
        "cue",
        id="press-service-indirect",
    ),
    pytest.param(
        "«[Проверка продолжается]», — сообщили в {пресс-службе МВД}.",
        "direct",
        "пресс-служба МВД",
        "cue",
        id="press-service-direct",
    ),
    pytest.param(
        "«[Мы готовы к переговорам]», — цитирует РБК {Ивана Петрова}.",
        "direct",
        "Иван Петров",
        "cue",
        id="relay-outlet-skipped",
    ),
    pytest.param(
        "«[Мы готовы к переговорам]», — цитирует РБК {Петрова}.",
        "direct",
        "Петров",
        "cue",
        id="relay-outlet-surname-accusative",
    ),
    pytest.param(
        "[Переговоры пройдут в мае], передает ТАСС со ссылкой на {Ивана Петрова}.",
        "indirect",
        "Иван Петров",
        "cue",
        id="relay-so-ssylkoy-na",
    ),
    pytest.param(
        "«[Мы готовы]», — рассказал {Иван Петров} РБК.",
        "direct",
        "Иван Петров",
        "cue",
        id="person-told-outlet",
    ),
    pytest.param(
        "[Переговоры пройдут в мае], сообщает {РИА Новости}.",
        "indirect",
        "РИА Новости",
        "cue",
        id="outlet-on-its-own",
    ),
    pytest.param(
        "{Осведомленный источник «Вестника»} сообщил, что [сделка закрыта.]",
        "indirect",
        "источник «Вестника»",
        "cue",
        id="title-heading-a-name-in-marks",
    ),
    pytest.param(
        "В пятницу {пресс-служба мэрии Заречья} сообщила, что [ремонт завершится к октябрю.]",
        "indirect",
        "пресс-служба мэрии Заречья",
        "cue",
        id="press-service-of-an-institution-mid-sentence",
    ),
    pytest.param(
        "ТАСС сообщил со ссылкой на {Ивана Петрова}, что [завод закроют.]",
        "indirect",
        "Иван Петров",
        "cue",
        id="relay-so-ssylkoy-na-before-the-clause",
    ),
    pytest.param(
        "Агентство передало со ссылкой на {источники в сейме Польши}, что [переговоры отложены.]",
        "indirect",
        "источники в сейме Польши",
        "cue",
        id="sources-placed-in-an-institution",
    ),
    pytest.param(
        "Как сообщил {источник в министерстве}, [указ подписан.]",
        "indirect",
        "источник в министерстве",
        "cue",
        id="source-placed-in-an-institution",
    ),
    pytest.param(
        "«[Мы договорились]», — заявили {Иван Петров и Анна Иванова}.",
        "direct",
        "Иван Петров и Анна Иванова",
        "cue",
        id="several-speakers-as-a-list",
    ),
]

CONTEXT_AND_NO_GUESSING = [
    pytest.param(
        "«[Мы готовы к переговорам]», — заявил {Иван Петров}.\n«[Условия обсудим позже.]»",
        "direct",
        "Иван Петров",
        ("cue", "context"),
        id="next-paragraph-of-a-speech",
    ),
    pytest.param(
        "{Иван Петров} остановил лошадь и стал думать.\n«[Как теперь быть? Дороги я не знаю.]»",
        "direct",
        "Иван Петров",
        "cue",
        id="thought-after-a-paragraph-ending-in-a-verb-of-thought",
    ),
    pytest.param(
        "Иван Петров остановил лошадь.\n«[Как теперь быть? Дороги я не знаю.]»",
        "direct",
        None,
        None,
        id="no-verb-of-thought-before-the-paragraph-no-speaker",
    ),
    pytest.param(
        "«[Мы готовы]», — сказал он.",
        "direct",
        None,
        None,
        id="pronoun-without-antecedent",
    ),
    pytest.param(
        "Анна Иванова вошла.\n«[Я готов]», — сказал он.",
        "direct",
        None,
        None,
        id="masculine-pronoun-only-a-woman-named",
    ),
    pytest.param(
        "«[Мы готовы к переговорам]», — заявили в понедельник.",
        "direct",
        None,
        None,
        id="verb-without-subject",
    ),
    pytest.param(
        "— [Кто там?]",
        "dialogue",
        None,
        None,
        id="lone-dialogue-turn",
    ),
]


@pytest.mark.parametrize(
    ("marked", "kinds", "speakers", "vias"),
    [
        *NAMES,
        *CASES,
        *PRONOUNS,
        *TITLES,
        *DESCRIPTIONS,
        *ORGANISATIONS_AND_OUTLETS,
        *CONTEXT_AND_NO_GUESSING,
    ],
)
def test_attribution(marked: str, kinds: str, speakers: object, vias: object) -> None:
    check(marked, kinds, speakers)
    quotes = extract(parse(marked).text)
    got = [q.speaker.via if q.speaker else None for q in quotes]
    assert got == per_quote(vias, len(quotes))
