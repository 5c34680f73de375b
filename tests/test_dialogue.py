"""Dialogue: speech that opens a paragraph with a dash or follows the author's words after ``: —``.

Rows as in ``markup.py``: ``[…]`` content (``[1:…]`` parts of one turn), ``{…}`` the speaker's
mention. The speech keeps its own terminal punctuation (``Не ждите меня.``, as the gold does);
the comma or dash that joins it to the author's remark does not belong to it.
"""

from __future__ import annotations

import pytest
from markup import check

REMARKS = [
    pytest.param(
        "Иван Петров надел пальто.\n— [1:Я приду завтра], — сказал {он}. — [1:Не ждите меня.]",
        "dialogue",
        "Иван Петров",
        id="speech-remark-speech-one-turn",
    ),
    pytest.param(
        "— [Я приду завтра], — сказал {Иван}.",
        "dialogue",
        "Иван",
        id="remark-after",
    ),
    pytest.param(
        "— [Ну, полно!] — поморщился {Иван}.",
        "dialogue",
        "Иван",
        id="non-speech-verb-remark",
    ),
    pytest.param(
        "— [Кто там?] — {Анна} подошла к двери.",
        "dialogue",
        "Анна",
        id="name-before-non-speech-verb",
    ),
    pytest.param(
        "— [1:Да], — кивнул {Иван}, — [1:я все понял.]",
        "dialogue",
        "Иван",
        id="remark-mid-sentence",
    ),
    pytest.param(
        "— [Я устал…] — вздохнул {Иван}.",
        "dialogue",
        "Иван",
        id="ellipsis-kept",
    ),
]

TURNS = [
    pytest.param(
        "— [Кто там?]\n— [Это я], — ответил {Иван}.\n— [Входи], — сказала {Анна}.",
        "dialogue",
        ("Анна", "Иван", "Анна"),
        id="a-first-turn-takes-its-speaker-from-the-turns-after",
    ),
    pytest.param(
        "— [Ты придешь?]\n— [Приду.]",
        "dialogue",
        None,
        id="two-turns-no-remarks",
    ),
    pytest.param(
        "— [Ты придешь?] — спросила {Анна}.\n— [Приду], — ответил {Иван}.\n— [Точно?]\n— [Точно.]",
        "dialogue",
        ("Анна", "Иван", "Анна", "Иван"),
        id="turn-taking-after-two-named-turns",
    ),
    pytest.param(
        "— [Ты придешь?] — спросила {Анна}.\n\n— [Приду], — ответил {Иван}.",
        "dialogue",
        ("Анна", "Иван"),
        id="blank-line-between-turns",
    ),
    pytest.param(
        "— [Где вокзал?] — обратился {Иван} к постовому.\n— [Прямо и налево.]\n— [Спасибо.]",
        "dialogue",
        ("Иван", "постовой", "Иван"),
        id="the-one-spoken-to-answers",
    ),
    pytest.param(
        "— [1:Ничего], — говорит {Иван}. — [1:Семенов], — обращается он к сторожу, — "
        "[1:открой ворота!]\n— [Открою], — отвечает {сторож}.",
        "dialogue",
        ("Иван", "Семенов"),
        id="a-role-named-by-a-call-and-the-remark",
    ),
    pytest.param(
        "— [Что тут?] — спросил {Иван}.\n— [Пожар], — ответила {Анна}.\n"
        "— [Горим!] — крикнул {кто-то из толпы}.\n— [Где?]\n— [В сарае.]",
        "dialogue",
        ("Иван", "Анна", "кто-то из толпы", "Анна", "Иван"),
        id="a-voice-from-the-crowd-is-no-party",
    ),
    pytest.param(
        "— [Иван!] — крикнул {Петр}.\n— [Иван!] — ответило {эхо}.\n"
        "— [Иван, где ты?] — снова крикнул {Петр}.\n— [Тут я!]",
        "dialogue",
        ("Петр", "эхо", "Петр", "Иван"),
        id="an-echo-is-no-party-and-the-one-asked-answers",
    ),
    pytest.param(
        "— [Где он?] — спросил {Иван}.\n— [Там], — ответил {Петр}.\nПетр подошел к окну.\n"
        "— [Вон он идет!]",
        "dialogue",
        ("Иван", "Петр", "Петр"),
        id="the-one-the-narration-shows-acting-speaks-next",
    ),
    pytest.param(
        "— [Где он?] — спросил {Иван}.\n— [Там], — ответил {Петр}.\nПетр и Иван подошли к "
        "окну.\n— [Вон он идет!]",
        "dialogue",
        ("Иван", "Петр", "Иван"),
        id="two-acting-together-leave-it-to-turn-taking",
    ),
    pytest.param(
        "— [Где он?] — спросил {Иван}.\n— [Там], — ответил {Петр}.\nАнна Сергеевна вошла в "
        "комнату.\n— [Вон он идет!]",
        "dialogue",
        ("Иван", "Петр", "Иван"),
        id="one-acting-who-has-not-spoken-is-no-speaker",
    ),
    pytest.param(
        "Иван Кузьмич Пустяков, станционный смотритель, пил чай.\n— [Лошади готовы?] — спросил "
        "{смотритель}.",
        "dialogue",
        "Иван Кузьмич Пустяков",
        id="a-role-in-apposition-after-the-name",
    ),
    pytest.param(
        "— [Как мы себя чувствуем?] — спросил {доктор}.\n— [Скверно], — простонал {больной}.",
        "dialogue",
        ("доктор", "больной"),
        id="a-substantivised-adjective-read-first-as-another-case",
    ),
    pytest.param(
        "Иван Пустяков допил чай. Федот закурил.\n— [1:Федот!] — крикнул {он}. — [1:Запрягай!]",
        "dialogue",
        "Иван Пустяков",
        id="a-pronoun-is-not-the-one-the-turn-calls",
    ),
    pytest.param(
        "— [Готово?] — спросил {Иван}.\n— [Готово], — ответил {Петр}.\n— [Вы тут главный?] — "
        "обратилась она к Петру.",
        "dialogue",
        ("Иван", "Петр", None),
        id="turn-taking-never-gives-a-man-for-she",
    ),
    pytest.param(
        "— [Что тут?] — спросил {Иван}.\n— [Пожар], — ответила {Анна}.\n— [Где?]\n"
        "— [В сарае.]\n— [Вода есть?] — спросил {Петр}.\n— [Иван, неси ведро!]",
        "dialogue",
        ("Иван", "Анна", "Иван", "Анна", "Петр", "Анна"),
        id="the-one-called-is-not-the-speaker",
    ),
    pytest.param(
        "Горбатый Любим полез в воду.\n— [Тащи!] — слышит Иван голос {Любима}.",
        "dialogue",
        "Любим",
        id="the-voice-heard-is-the-speaker",
    ),
    pytest.param(
        "Иван стоял у ворот.\n— [Тащи!] — слышит Иван.",
        "dialogue",
        None,
        id="the-one-who-hears-is-not-the-speaker",
    ),
]

AFTER_AUTHOR = [
    pytest.param(
        "Он сказал: — [Приду.]",
        "dialogue",
        None,
        id="colon-dash-pronoun-no-antecedent",
    ),
    pytest.param(
        "{Иван} сказал: — [Приду.]",
        "dialogue",
        "Иван",
        id="colon-dash-name",
    ),
    pytest.param(
        "{Иван} обернулся и сказал: — [Я приду завтра.]",
        "dialogue",
        "Иван",
        id="colon-dash-two-verbs",
    ),
    pytest.param(
        "Войдя в воду по колено, {Иван Петров} обернулся и сказал:\n— [Холодно!]",
        "dialogue",
        "Иван Петров",
        id="colon-at-the-end-of-the-paragraph-before",
    ),
    pytest.param(
        "Иван Петров вошел в воду и увидел вот что:\n— [Холодно!]",
        "dialogue",
        None,
        id="colon-after-a-verb-that-is-no-cue",
    ),
]

DASHES = [
    pytest.param(
        "— [1:Я приду], — сказал {Иван}. — [1:Ждите.]", "dialogue", "Иван", id="em-dashes"
    ),
    pytest.param(
        "– [1:Я приду], – сказал {Иван}. – [1:Ждите.]", "dialogue", "Иван", id="en-dashes"
    ),
    pytest.param("- [1:Я приду], - сказал {Иван}. - [1:Ждите.]", "dialogue", "Иван", id="hyphens"),
    pytest.param(
        "-- [1:Я приду], -- сказал {Иван}. -- [1:Ждите.]", "dialogue", "Иван", id="double-hyphens"
    ),
    pytest.param(
        "—[1:Я приду], —сказал {Иван}. —[1:Ждите.]", "dialogue", "Иван", id="em-dashes-tight"
    ),
    pytest.param(
        "\u00a0— [Я приду], —\u00a0сказал {Иван}.", "dialogue", "Иван", id="nbsp-around-dashes"
    ),
    pytest.param(
        "— [Я приду], — сказал {Иван}.\r\n— [Ждем], — ответила {Анна}.\r\n",
        "dialogue",
        ("Иван", "Анна"),
        id="crlf-line-ends",
    ),
]

AFTER_A_THOUGHT = [
    pytest.param(
        "«[Куда он делся?]» — [Иван! Иван!]",
        ("direct", "dialogue"),
        (None, None),
        id="turn-after-a-thought-in-marks",
    ),
]

CONVERSATION = [
    pytest.param(
        "Позвал купец приказчика.\n— [Где товар?] — говорит.\n— [На складе], — отвечает "
        "{приказчик}.",
        "dialogue",
        ("купец", "приказчик"),
        id="a-verb-with-no-subject-speaks-of-the-one-acting",
    ),
    pytest.param(
        "Вышла на крыльцо хозяйка.\n— [Кто стучал?] — спрашивает.\n— [Почтальон], — "
        "отвечает {сын}.",
        "dialogue",
        ("хозяйка", "сын"),
        id="a-feminine-verb-with-no-subject",
    ),
    pytest.param(
        "Подошли к реке рыбаки.\n— [Клюет?] — спрашивают.\n— [Клюет], — отвечает {старик}.",
        "dialogue",
        ("рыбаки", "старик"),
        id="a-plural-verb-with-no-subject-speaks-of-a-group",
    ),
    pytest.param(
        "— [Открывай!]\n— [Кто там?] — спросила {Анна}.\n— [Свои], — ответил {Олег}.",
        "dialogue",
        ("Олег", "Анна", "Олег"),
        id="turns-take-speakers-from-the-turns-after",
    ),
    pytest.param(
        "— [Иди сюда!] — крикнул {Олег}.\n— [Не пойду!]\n— [Иди], — повторил {Олег}.",
        "dialogue",
        ("Олег", None, "Олег"),
        id="no-party-for-the-one-between",
    ),
    pytest.param(
        "Иван стоял у забора.\n— [Держи!] — слышит Иван.\n— [Держу], — ответила {Анна}.",
        "dialogue",
        ("Анна", "Анна"),
        id="the-one-who-hears-does-not-speak-it",
    ),
    pytest.param(
        "Мы встретились с директором завода.\n— [Елена Сергеевна, когда начнется ремонт?]\n"
        "— [Мы начнем летом.]",
        "dialogue",
        (None, "Елена Сергеевна"),
        id="a-question-calling-someone-by-name-and-patronymic-is-answered-by-them",
    ),
    pytest.param(
        "— [Ирина Львовна, вы готовы?] — спросил {Олег}.\n— [Готова.]",
        "dialogue",
        ("Олег", "Ирина Львовна"),
        id="the-one-called-in-a-named-question-answers",
    ),
    pytest.param(
        "— [Петр Ильич, закройте окно!]\n— [Сейчас.]",
        "dialogue",
        (None, None),
        id="an-order-opening-a-turn-expects-no-answer",
    ),
    pytest.param(
        "У калитки Анна встретила Петра.\n— [Ты надолго?] — спросила {Анна}.\n— [До вечера.]\n"
        "— [Останешься на ужин?]\n— [Не могу.]\nТут подошел староста.\n— [Собрание в пять], — "
        "сказал {староста}.\n— [Опять?] — удивилась {Анна}.\n— [Опять], — сказал {староста}.\n"
        "— [Кто будет?] — спросил {Петр}.\n— [Все], — сказал {староста}.",
        "dialogue",
        ("Анна", "Петр", "Анна", "Петр", "староста", "Анна", "староста", "Петр", "староста"),
        id="one-the-narration-brings-in-later-speaks-no-earlier-turn",
    ),
    pytest.param(
        "Во дворе Олег догнал Веру.\n— [Куда спешишь?] — спросил {Олег}.\n— [На почту.]\n"
        "— [Подвезти?]\n— [Не надо.]\nИз окна выглянул дворник.\n— [Тише там!] — крикнул "
        "{дворник}.\n— [Простите], — сказала {Вера}.\n— [Шумят и шумят], — проворчал {дворник}.",
        "dialogue",
        ("Олег", "Вера", "Олег", "Вера", "дворник", "Вера", "дворник"),
        id="the-one-the-narration-shows-with-the-actor-answers",
    ),
    pytest.param(
        "— [Есть кто?]\n— [Кто там?] — спросила {Зина}.\n— [Почта], — ответил {почтальон}.",
        "dialogue",
        ("почтальон", "Зина", "почтальон"),
        id="one-a-remark-names-first-may-speak-the-turn-before",
    ),
    pytest.param(
        "— [Билет!] — обращается {контролер} к косарю.\n— [Нету.]",
        "dialogue",
        ("контролер", "косарь"),
        id="the-one-spoken-to-is-a-person-though-the-word-names-a-thing-too",
    ),
    pytest.param(
        "— [Чаю?] — обратилась {пассажирка} к проводнику.\n— [Сейчас принесу.]",
        "dialogue",
        ("пассажирка", "проводник"),
        id="the-one-spoken-to-answers-a-conductor",
    ),
    pytest.param(
        "— [Метлу дай!] — обратился {дворник} к соседу.\n— [Бери.]",
        "dialogue",
        ("дворник", "сосед"),
        id="the-one-spoken-to-answers-a-neighbour",
    ),
]

NARRATOR_AND_EXCHANGES = [
    pytest.param(
        "Я подошел к старику.\n— [Далеко ли до станции?]\n— [Версты три], — ответил {старик}.\n"
        "— [Пешком дойду?]\n— [Дойдете.]",
        "dialogue",
        (None, "старик", None, "старик"),
        id="a-first-person-narrator-speaks-turns-without-a-speaker",
    ),
    pytest.param(
        "— [Чай будешь?] — спросила {Анна}.\n— [Буду], — ответил {Олег}.\n— [С сахаром?]\n"
        "— [Без.]\n— [А с лимоном?]",
        "dialogue",
        ("Анна", "Олег", "Анна", "Олег", "Анна"),
        id="an-exchange-keeps-its-two",
    ),
    pytest.param(
        "— [Тише], — сказал {Петр}.\n— [Что случилось?] — спросила {Мария}.\n— [Слышишь?]\n"
        "— [Нет.]\n— [А теперь?]",
        "dialogue",
        ("Петр", "Мария", "Петр", "Мария", "Петр"),
        id="a-third-party-only-with-a-reason",
    ),
    pytest.param(
        "— [Возьми зонт, — видишь, дождь начинается.]",
        "dialogue",
        None,
        id="a-second-person-aside-is-no-remark",
    ),
    pytest.param(
        "— [Поспеши, — скорее поймешь, как тут живут.]",
        "dialogue",
        None,
        id="a-second-person-aside-is-no-remark-2",
    ),
    pytest.param(
        "— [Сядь, — говоришь, — а сам стоишь.]",
        "dialogue",
        None,
        id="a-second-person-verb-is-the-speaker-s",
    ),
]

THE_LAST_TO_ACT_SPEAKS = [
    pytest.param(
        "— [Где ключи?] — спросил {Петр}.\n— [Не знаю], — ответила {Анна}.\n"
        "Хотела Анна еще что-то сказать, да Петр ее перебил.\n— [Нашел!]",
        "dialogue",
        ("Петр", "Анна", "Петр"),
        id="the-one-acting-last-in-the-narration-speaks-next",
    ),
    pytest.param(
        "— [Пора], — сказал {Олег}.\n— [Рано], — возразила {Вера}.\n"
        "Вера поднялась, а Олег остался сидеть.\n— [Иди одна.]",
        "dialogue",
        ("Олег", "Вера", "Олег"),
        id="the-second-clause-s-subject-speaks",
    ),
    pytest.param(
        "— [Пора], — сказал {Олег}.\n— [Рано], — возразила {Вера}.\n"
        "Олег остался сидеть, а Вера поднялась.\n— [Я пошла.]",
        "dialogue",
        ("Олег", "Вера", "Вера"),
        id="the-order-of-the-clauses-decides",
    ),
]

SPEECH_INTRODUCED_BY_A_COLON = [
    pytest.param(
        "Пришла Марья, а соседка подсела к ней на лавку:\n— [Слыхала новость?]",
        "dialogue",
        "соседка",
        id="a-colon-shows-acting-the-subject-of-the-last-verb",
    ),
    pytest.param(
        "Пришел Петр, а Марья поднялась ему навстречу и всплеснула руками:\n— [Живой!]\n"
        "— [Живой], — засмеялся {Петр}.",
        "dialogue",
        ("Марья", "Петр"),
        id="the-one-who-threw-up-her-hands",
    ),
    pytest.param(
        "Вернулся отец, и сын выбежал к воротам:\n— [Корова отелилась!]\n— [Вот и славно], "
        "— сказал {отец}.",
        "dialogue",
        ("сын", "отец"),
        id="the-son-who-ran-out",
    ),
    pytest.param(
        "Поел Иван, и бабушка ушла в сени.\n— [Спасибо!]",
        "dialogue",
        None,
        id="without-a-colon-the-one-acting-need-not-speak",
    ),
]

NAMED_BY_A_FEATURE = [
    pytest.param(
        "Пришел бородатый Олег и сел.\n— [Холодно], — сказал {бородач}.",
        "dialogue",
        "Олег",
        id="a-noun-built-on-an-adjective-the-text-gave-someone-is-them",
    ),
    pytest.param(
        "В дверях стоял толстый Иван Петров.\n— [Обедать пора], — напомнил {толстяк}.",
        "dialogue",
        "Иван Петров",
        id="the-fat-one",
    ),
    pytest.param(
        "Пришел бородатый Олег, а за ним бородатый Павел.\n— [Холодно], — сказал {бородач}.",
        "dialogue",
        "бородач",
        id="two-bearded-men-leave-the-bearded-one-unnamed",
    ),
    pytest.param(
        "Пришел усталый Олег.\n— [Холодно], — сказал {сторож}.",
        "dialogue",
        "сторож",
        id="a-noun-of-another-root-is-someone-else",
    ),
]

A_QUESTION_TO_THE_ONE_SHOWN = [
    pytest.param(
        "Олег вышел на площадь и нашел извозчика.\n— [Ну и кляча у тебя!] — поморщился {Олег}.\n"
        "— [Какая есть.]",
        "dialogue",
        ("Олег", "извозчик"),
        id="words-in-the-second-person-go-to-the-one-shown",
    ),
    pytest.param(
        "Вера подошла к кассе, и кассир поднял голову.\n— [Мне один билет до Твери, если у вас "
        "есть], — попросила {Вера}.\n— [Последний остался.]",
        "dialogue",
        ("Вера", "кассир"),
        id="a-request-to-the-cashier",
    ),
    pytest.param(
        "Вошел Олег. Его встретил сторож.\n— [Где хозяин?] — спросил {Олег}.\n— [Уехал в город.]",
        "dialogue",
        ("Олег", "сторож"),
        id="a-question-goes-to-the-one-the-narration-shows",
    ),
    pytest.param(
        "В прихожей встретил его заспанный лакей.\n— [Господа дома?] — спросил {Иван Петров}.\n"
        "— [Никак нет.]",
        "dialogue",
        ("Иван Петров", "лакей"),
        id="the-footman-who-met-him-answers",
    ),
    pytest.param(
        "Вошел Олег. Его встретил сторож.\n— [Где хозяин?] — спросил {Олег}.\n— [Уехал.]\n"
        "Олег вздохнул.\n— [Жаль], — сказал {Олег}.\n— [Кто там?] — крикнул из комнаты {Петр}.",
        "dialogue",
        ("Олег", "сторож", "Олег", "Петр"),
        id="a-third-party-a-remark-names-changes-no-earlier-turn",
    ),
]

ONE_OF_A_GROUP = [
    pytest.param(
        "Вошли две старушки с корзинами.\n— [Сядем здесь], — говорит {одна}.",
        "dialogue",
        "старушка",
        id="one-of-two-old-women",
    ),
    pytest.param(
        "Вошли двое рабочих.\n— [Холодно], — сказал {один}.",
        "dialogue",
        "рабочий",
        id="one-of-two-workers",
    ),
    pytest.param(
        "У ворот стояли три солдата.\n— [Пропуск!] — потребовал {один}.",
        "dialogue",
        "солдат",
        id="one-of-three-soldiers-a-genitive-after-the-numeral",
    ),
    pytest.param(
        "— [Холодно], — сказал {один}.",
        "dialogue",
        "один",
        id="no-group-before-leaves-the-word",
    ),
    pytest.param(
        "Пришли Иван и Петр.\n— [Холодно], — сказал {один}.",
        "dialogue",
        "один",
        id="a-list-of-names-is-no-described-group",
    ),
]

A_VOICE_ANSWERS_A_CALL = [
    pytest.param(
        "— [Эй, Прохор! Где ты?] — крикнул {Иван}.\n— [Иду!] — отозвался {голос из сеней}.",
        "dialogue",
        ("Иван", "Прохор"),
        id="a-voice-answering-a-call-is-the-one-called",
    ),
    pytest.param(
        "— [Открой, Марфа!] — крикнул {Петр}.\n— [Сейчас!] — пискнул за дверью {голосок}.",
        "dialogue",
        ("Петр", "Марфа"),
        id="a-little-voice-behind-the-door",
    ),
    pytest.param(
        "— [Эй, Прохор!] — крикнул {Иван}.\n— [Ушел твой Прохор!] — отозвался {кто-то из толпы}.",
        "dialogue",
        ("Иван", "кто-то из толпы"),
        id="someone-out-of-a-crowd-stays-someone",
    ),
    pytest.param(
        "— [Кто там?] — спросил {Иван}.\n— [Свои!] — ответил {голос} за дверью.",
        "dialogue",
        ("Иван", "голос"),
        id="a-voice-with-no-call-before-stays-a-voice",
    ),
]

CALLED_BY_A_ROLE = [
    pytest.param(
        "— [Пропустите!] — крикнул {Иван}.\n— [Нельзя], — ответил {сторож}.\n— [Что тут?] — "
        "спросила {сестра}.\n— [Объясни ему, сторож, что нельзя.]\n— [Не велено пускать.]",
        "dialogue",
        ("Иван", "сторож", "сестра", "Иван", "сторож"),
        id="the-one-called-by-a-role-answers-next",
    ),
    pytest.param(
        "В сенях сидел сторож.\n— [Где ты была?] — спросил {Петр}.\n— [У соседки], — ответила "
        "{жена}.\n— [Отвори ворота, сторож!]\n— [Сейчас отворю.]",
        "dialogue",
        ("Петр", "жена", "Петр", "сторож"),
        id="a-third-party-called-by-a-role-comes-into-the-exchange",
    ),
    pytest.param(
        "У печки грелась кухарка.\n— [Замерз?] — спросила {Мария}.\n— [Очень], — ответил "
        "{Олег}.\n— [Подай-ка чаю, кухарка!]\n— [Несу, несу.]",
        "dialogue",
        ("Мария", "Олег", "Мария", "кухарка"),
        id="the-cook-called-answers",
    ),
    pytest.param(
        "Вошли доктор и Анна.\n— [Что с ним?] — спросила {Анна}.\n— [Жар], — ответил {доктор}.\n"
        "— [Спасите его, доктор!]\n— [Попробую.]",
        "dialogue",
        ("Анна", "доктор", "Анна", "доктор"),
        id="a-doctor-called-does-not-speak-the-call",
    ),
    pytest.param(
        "— [Где ты была?] — спросил {Петр}.\n— [У соседки], — ответила {жена}.\n"
        "— [Собирайся, жена, поедем в город.]\n— [Зачем?]",
        "dialogue",
        ("Петр", "жена", "Петр", "жена"),
        id="a-wife-called-answers",
    ),
    pytest.param(
        "— [Дома, в тепле, лучше], — сказал {Петр}.\n— [Согласна], — ответила {Анна}.",
        "dialogue",
        ("Петр", "Анна"),
        id="words-set-off-by-commas-that-name-no-one-call-no-one",
    ),
]

SPEAKERS_WHO_NAME_THEMSELVES = [
    pytest.param(
        "— [Как тебя зовут?] — спросил {купец} извозчика.\n— [Меня? Фома.]\n"
        "— [Давно возишь, Фома?]\n— [Давно], — буркнул {извозчик}.",
        "dialogue",
        ("купец", "Фома", "купец", "Фома"),
        id="an-answer-to-a-name-question-names-the-described-speaker",
    ),
    pytest.param(
        "— [Ты кто такая?] — спросила {барыня}.\n— [Меня зовут Дуня, я от соседей], — "
        "ответила {девочка}.",
        "dialogue",
        ("барыня", "Дуня"),
        id="my-name-is-names-the-speaker-wherever-it-stands",
    ),
    pytest.param(
        "— [Как вас величать?] — спросил {Петр Ильич}.\n— [Зовут меня Антон Рябов], — "
        "ответил {гость}.",
        "dialogue",
        ("Петр Ильич", "Антон Рябов"),
        id="a-guest-gives-his-name",
    ),
    pytest.param(
        "— [Где Фома?] — спросил {купец}.\n— [Фома ушел], — ответил {извозчик}.",
        "dialogue",
        ("купец", "извозчик"),
        id="a-name-in-an-answer-to-another-question-is-someone-else",
    ),
    pytest.param(
        "— [Как тебя зовут?] — спросила {Анна Орлова}.\n— [Не скажу], — ответил {Олег Гусев}.",
        "dialogue",
        ("Анна Орлова", "Олег Гусев"),
        id="a-refusal-names-nobody",
    ),
]

NOT_DIALOGUE = [
    pytest.param("Москва - столица России.", (), (), id="hyphen-inside-sentence"),
    pytest.param("Дом — это крепость.", (), (), id="dash-in-copula"),
    pytest.param(
        "В повестке два вопроса:\n— бюджет на следующий год;\n— выборы председателя.",
        (),
        (),
        id="dash-list-items",
    ),
]


@pytest.mark.parametrize(
    ("marked", "kinds", "speakers"),
    [
        *REMARKS,
        *TURNS,
        *AFTER_AUTHOR,
        *DASHES,
        *AFTER_A_THOUGHT,
        *CONVERSATION,
        *NARRATOR_AND_EXCHANGES,
        *SPEAKERS_WHO_NAME_THEMSELVES,
        *CALLED_BY_A_ROLE,
        *A_VOICE_ANSWERS_A_CALL,
        *ONE_OF_A_GROUP,
        *A_QUESTION_TO_THE_ONE_SHOWN,
        *NAMED_BY_A_FEATURE,
        *SPEECH_INTRODUCED_BY_A_COLON,
        *THE_LAST_TO_ACT_SPEAKS,
        *NOT_DIALOGUE,
    ],
)
def test_dialogue(marked: str, kinds: str | tuple[str, ...], speakers: object) -> None:
    check(marked, kinds, speakers)
