"""Report frames and the document's entities: who reports, through whom, and which person each
mention stands for.

Rows as in ``markup.py`` (``[…]`` a quote, ``{…}`` the mention of its speaker as written), then
the kinds, the speakers' names and how each was found (``via``), one value for every quote of
the row or a tuple, one per quote.
"""

from __future__ import annotations

import pytest
from markup import check, parse, per_quote

from quotex import extract

RELAYS = [
    pytest.param(
        "«[Сроки не сорвем]», — цитирует агентство {председателя комиссии}.",
        "direct",
        "председатель комиссии",
        "cue",
        id="the-one-quoted-not-the-outlet",
    ),
    pytest.param(
        "Министр Олег Рябов прилетел в Казань.\n«[Мост откроем в мае]», — цитирует газета "
        "{министра}.",
        "direct",
        "Олег Рябов",
        "title",
        id="the-one-quoted-is-the-named-minister",
    ),
    pytest.param(
        "«[Цены вырастут]», — рассказал агентству {аналитик банка Петр Гусев}.",
        "direct",
        "Петр Гусев",
        "cue",
        id="an-outlet-told-is-no-subject",
    ),
    pytest.param(
        "[Завод закроют осенью], передает агентство со ссылкой на {Олега Рябова}.",
        "indirect",
        "Олег Рябов",
        "cue",
        id="a-source-named-after-so-ssylkoy-na",
    ),
    pytest.param(
        "«[Решение окончательное]», — приводит газета слова {Анны Орловой}.",
        "direct",
        "Анна Орлова",
        "cue",
        id="words-of-someone-an-outlet-gives",
    ),
]

NESTED_REPORTS = [
    pytest.param(
        "{Министр Иван Орлов} предупредил, что [цены вырастут], сообщает агентство.",
        "indirect",
        "Иван Орлов",
        "cue",
        id="an-outlet-relays-the-report-inside",
    ),
    pytest.param(
        "{Анна Белова} заявила, что [школу откроют в мае], пишет газета «Вестник».",
        "indirect",
        "Анна Белова",
        "cue",
        id="a-newspaper-in-marks-relays-too",
    ),
    pytest.param(
        "[Москва рассчитывает, что переговоры продолжатся], заявил {глава МИД Олег Рябов}.",
        "indirect",
        "Олег Рябов",
        "cue",
        id="a-person-s-trailing-report-keeps-the-whole-statement",
    ),
]

MADE_IN = [
    pytest.param(
        "В {пресс-службе банка} сообщили, что [отделение закроется.]",
        "indirect",
        "пресс-служба банка",
        "cue",
        id="an-impersonal-report-is-its-organisation",
    ),
    pytest.param(
        "«[Работы завершены]», — говорится в сообщении {министерства}.",
        "direct",
        "министерство",
        "cue",
        id="said-in-a-statement-of-a-body",
    ),
    pytest.param(
        "«[Мы готовы]», — заявили в понедельник.",
        "direct",
        None,
        None,
        id="a-day-is-no-organisation",
    ),
]

TITLES_AND_DESCRIPTIONS = [
    pytest.param(
        "Глава холдинга Иван Петров провел совещание.\n«[Продажи растут]», — отметил "
        "{руководитель холдинга}.",
        "direct",
        "Иван Петров",
        "title",
        id="the-head-of-a-body-points-back",
    ),
    pytest.param(
        "Лидер партии зеленых Анна Орлова выступила первой.\n«[Мы против]», — заявил "
        "{представитель партии левых}.",
        "direct",
        "представитель партии левых",
        "cue",
        id="a-role-with-its-own-complement-is-someone-new",
    ),
    pytest.param(
        "Вошла старушка с корзиной.\n«[Где мое место?]» — спросила {она}.",
        "direct",
        "старушка с корзиной",
        "pronoun",
        id="a-pronoun-points-at-a-described-person",
    ),
    pytest.param(
        "Вошла старушка с корзиной.\n— [Где мое место?] — спросила {она}.",
        "dialogue",
        "старушка с корзиной",
        "pronoun",
        id="a-pronoun-in-a-remark-points-at-a-described-person",
    ),
    pytest.param(
        "Проводник принес чай.\n— [Сахар нужен?] — спросил {он}.",
        "dialogue",
        "проводник",
        "pronoun",
        id="a-masculine-described-person",
    ),
    pytest.param(
        "По словам {аналитиков}, [рынок восстановится.]",
        "indirect",
        "аналитики",
        "cue",
        id="a-plural-description-stays-plural",
    ),
    pytest.param(
        "Президент Олег Крылов прилетел в Омск.\n«[Нужен новый закон]», — пояснил вечером "
        "{глава государства} на встрече с фермерами.",
        "direct",
        "Олег Крылов",
        "title",
        id="an-occasion-of-speaking-is-no-part-of-the-title",
    ),
    pytest.param(
        "«[Бюджет сверстан]», — заявил {министр финансов} на заседании правительства.",
        "direct",
        "министр финансов",
        "cue",
        id="an-occasion-after-a-genitive",
    ),
    pytest.param(
        "«[Решения пока нет]», — сообщил {источник в правительстве} на условиях анонимности.",
        "direct",
        "источник в правительстве",
        "cue",
        id="a-place-of-work-is-part-of-the-description",
    ),
    pytest.param(
        "— [Сынок, иди сюда!] — крикнула {мать} с печи.",
        "dialogue",
        "мать",
        "cue",
        id="s-with-the-genitive-says-where-from-not-who",
    ),
    pytest.param(
        "— [Постой!] — крикнул {старик с палкой}.",
        "dialogue",
        "старик с палкой",
        "cue",
        id="s-with-the-instrumental-describes",
    ),
    pytest.param(
        "«[Вопрос решен]», — ответил нам {сторож} со двора.",
        "direct",
        "сторож",
        "cue",
        id="so-with-the-genitive-says-where-from-not-who",
    ),
]

NAMES_AND_GENDERS = [
    pytest.param(
        "На пресс-конференции выступил Уолтер Кингсли. Затем слово взяла Анна Орлова.\n"
        "«[Мы готовы]», — сказала {она}.",
        "direct",
        "Анна Орлова",
        "pronoun",
        id="a-pronoun-points-at-someone-known-to-be-of-its-gender",
    ),
    pytest.param(
        "{Ларс Экхольм} заявил, что [сделка состоится.] Вечером выступила Ирина Белова.\n"
        "«[Подпишем в пятницу]», — добавил {он}.",
        ("indirect", "direct"),
        ("Ларс Экхольм", "Ларс Экхольм"),
        ("cue", "pronoun"),
        id="a-name-of-no-known-gender-takes-its-verbs",
    ),
    pytest.param(
        "Глава делегации Саид Рахими призвал стороны к диалогу.\n«[Время не ждет]», — "
        "сказал {глава делегации}.",
        "direct",
        "Саид Рахими",
        "title",
        id="an-unknown-first-name-inside-a-sentence",
    ),
    pytest.param(
        "По сообщению {американских СМИ}, [переговоры отложены.]",
        "indirect",
        "американские СМИ",
        "cue",
        id="an-abbreviation-keeps-its-adjectives",
    ),
    pytest.param(
        "Лидер оппозиции Морис Тсваи выступил в парламенте. Затем {представитель партии "
        "Тсваи} заявил, что [бойкот продолжится.]",
        "indirect",
        "представитель партии Тсваи",
        "cue",
        id="an-undeclined-name-after-a-genitive-is-its-noun-s",
    ),
]

GROUPS = [
    pytest.param(
        "Пришли к воротам солдаты.\n— [Кто тут живет?] — спрашивают {они}.",
        "dialogue",
        "солдаты",
        "pronoun",
        id="a-plural-pronoun-points-at-a-group",
    ),
    pytest.param(
        "На площади собрались фермеры. По {их} словам, [урожай погиб.]",
        "indirect",
        "фермеры",
        "pronoun",
        id="a-plural-possessive-points-at-a-group",
    ),
    pytest.param(
        "Делегаты вышли из зала. {Они} сообщили, что [голосование закончено.]",
        "indirect",
        "делегаты",
        "pronoun",
        id="a-plural-subject-pronoun-points-at-a-group",
    ),
]

KINDS_OF_TITLES = [
    pytest.param(
        "Депутат Олег Смирнов внес поправки.\n«[Закон нужен сейчас]», — подчеркнул "
        "{парламентарий}.",
        "direct",
        "Олег Смирнов",
        "title",
        id="a-general-title-points-back-at-a-specific-one",
    ),
    pytest.param(
        "На учениях был генерал-лейтенант Павел Жуков.\n«[Задачи выполнены]», — доложил {генерал}.",
        "direct",
        "Павел Жуков",
        "title",
        id="a-hyphenated-rank-is-a-kind-of-its-first-part",
    ),
    pytest.param(
        "Генеральный прокурор Инна Серова выступила в суде.\n«[Дело будет пересмотрено]», — "
        "пообещала {генпрокурор}.",
        "direct",
        "Инна Серова",
        "title",
        id="an-abbreviated-title-is-its-full-form",
    ),
    pytest.param(
        "Адвокат Марк Лейбов подал жалобу.\n«[Приговор несправедлив]», — считает {юрист}.",
        "direct",
        "Марк Лейбов",
        "title",
        id="a-lawyer-is-a-jurist",
    ),
    pytest.param(
        "Депутат Анна Смирнова внесла поправки.\n«[Закон опоздал]», — сказал {парламентарий}.",
        "direct",
        "парламентарий",
        "cue",
        id="a-general-title-of-another-gender-is-someone-new",
    ),
    pytest.param(
        "Депутат Олег Смирнов внес поправки.\n[Закон примут], как считают {некоторые политики}.",
        "indirect",
        "политики",
        "cue",
        id="a-plural-general-title-is-no-one-person",
    ),
]

OWNERS_AND_OBJECTS = [
    pytest.param(
        "«[Мы не уедем]», — сообщила {супруга бизнесмена}.",
        "direct",
        "супруга бизнесмена",
        "cue",
        id="a-verb-of-saying-takes-no-person-so-the-genitive-is-whose",
    ),
    pytest.param(
        "«[Урожай погиб]», — рассказал {сын фермера}.",
        "direct",
        "сын фермера",
        "cue",
        id="a-son-of-someone",
    ),
    pytest.param(
        "«[Заседание перенесли]», — уточнила {секретарь судьи}.",
        "direct",
        "секретарь судьи",
        "cue",
        id="a-secretary-of-someone",
    ),
    pytest.param(
        "— [Где ключи?] — спросил {хозяин} сторожа.",
        "dialogue",
        "хозяин",
        "cue",
        id="a-verb-of-asking-takes-the-person-asked",
    ),
    pytest.param(
        "По словам {политика}, [реформа провалилась.]",
        "indirect",
        "политик",
        "cue",
        id="a-speaker-is-a-person-not-a-thing-of-the-same-form",
    ),
    pytest.param(
        "По мнению {критика}, [фильм затянут.]",
        "indirect",
        "критик",
        "cue",
        id="a-critic-not-criticism",
    ),
]

NAMES_THAT_ARE_WORDS = [
    pytest.param(
        "По словам {юриста Любови Соболь}, [суд ошибся.]",
        "indirect",
        "Любовь Соболь",
        "cue",
        id="a-woman-s-surname-that-is-a-common-noun-does-not-decline",
    ),
    pytest.param(
        "«[Цены снизятся]», — заверила {Вера Волк}.",
        "direct",
        "Вера Волк",
        "cue",
        id="a-first-name-that-is-a-common-word-and-a-noun-surname",
    ),
    pytest.param(
        "По словам {Ивана Волка}, [цены снизятся.]",
        "indirect",
        "Иван Волк",
        "cue",
        id="a-man-s-noun-surname-declines",
    ),
    pytest.param(
        "{Правительство} заявило, что [налоги не вырастут.]",
        "indirect",
        "правительство",
        "cue",
        id="a-capital-the-sentence-gave-a-common-noun-is-no-part-of-its-name",
    ),
    pytest.param(
        "{Российский посол} заявил, что [переговоры продолжатся.]",
        "indirect",
        "российский посол",
        "cue",
        id="a-sentence-capital-on-an-adjective",
    ),
    pytest.param(
        "{Газпром} сообщил, что [цены вырастут.]",
        "indirect",
        "Газпром",
        "cue",
        id="a-proper-name-opening-a-sentence-keeps-its-capital",
    ),
    pytest.param(
        "Директором стал Орлов, которого {Кузнецов} назвал «[лучшим инженером]».",
        "partial",
        "Кузнецов",
        "cue",
        id="a-relative-pronoun-is-no-adjective-of-the-name-after-it",
    ),
    pytest.param(
        "В отставку ушел Белов, которого {Смирнова} упрекнула в том, что [он сорвал сроки.]",
        "indirect",
        "Смирнова",
        "cue",
        id="a-relative-pronoun-gives-the-name-after-it-no-case",
    ),
    pytest.param(
        "Мэром стала Зайцева, которой {Петров} сказал, что [город ждет перемен.]",
        "indirect",
        "Петров",
        "cue",
        id="a-relative-pronoun-in-the-dative",
    ),
    pytest.param(
        "Подруга олигарха Бориса Орлова Анна Котова не верит в самоубийство.\n«[Он не мог]», — "
        "сказала {подруга}.",
        "direct",
        "Анна Котова",
        "title",
        id="a-title-past-the-name-of-its-genitive-opening-a-sentence",
    ),
    pytest.param(
        "Вчера помощник губернатора Олега Белова Ирина Лисова подала в отставку.\n«[Я устала]», "
        "— объяснила {помощник}.",
        "direct",
        "Ирина Лисова",
        "title",
        id="a-title-past-the-name-of-its-genitive",
    ),
    pytest.param(
        "Министр Олег Белов и министр Ирина Лисова подписали договор.\n«[Это успех]», — сказала "
        "{министр}.",
        "direct",
        "Ирина Лисова",
        "title",
        id="a-name-in-the-same-case-is-another-person-s",
    ),
    pytest.param(
        "Вчера выступила Анна Ткач. Как и раньше, {Ткач} повторила: «[Мы справимся]».",
        "direct",
        "Анна Ткач",
        "cue",
        id="a-common-word-the-text-names-someone-by-mid-sentence",
    ),
    pytest.param(
        "Днем приехал Олег Мороз. По дороге {Мороз} рассказал: «[Дорогу замело]».",
        "direct",
        "Олег Мороз",
        "cue",
        id="a-common-word-the-text-names-someone-by-after-a-phrase",
    ),
    pytest.param(
        "{Кузнец} сказал: «[Подкова готова]».",
        "direct",
        "кузнец",
        "cue",
        id="a-capitalised-common-word-nobody-is-named-by-is-no-name",
    ),
    pytest.param(
        "Премьер Кемалуддин Ахмед выступил в парламенте.\n«[Мы не уступим]», — сказал {Ахмед}.",
        "direct",
        "Кемалуддин Ахмед",
        "cue",
        id="after-a-foreign-name-a-first-name-may-be-the-surname",
    ),
    pytest.param(
        "«[Переговоры продолжатся]», — заявил {министр Зульфикар Хасан}.",
        "direct",
        "Зульфикар Хасан",
        "cue",
        id="a-foreign-name-in-apposition-takes-the-case-of-its-known-word",
    ),
    pytest.param(
        "«[Мы готовы]», — сказал {премьер Нидерландов Марк Рютте}.",
        "direct",
        "Марк Рютте",
        "cue",
        id="a-plural-place-is-no-part-of-a-name",
    ),
    pytest.param(
        "«[Мы готовы]», — сказал {пресс-секретарь Смирнова Олег Котов}.",
        "direct",
        "Олег Котов",
        "cue",
        id="after-a-known-surname-a-first-name-is-a-new-person",
    ),
]

WOMENS_SURNAMES = [
    pytest.param(
        "Директором назначена Вера Кох. «[Работы много]», — сказала {Кох}.",
        "direct",
        "Вера Кох",
        "cue",
        id="a-woman-s-surname-in-a-consonant-agrees-with-her-verb",
    ),
    pytest.param(
        "Состоялась встреча с Ириной Гальперин. «[Мы готовы]», — заявила {Гальперин}.",
        "direct",
        "Ирина Гальперин",
        "cue",
        id="an-undeclined-surname-after-a-declined-first-name",
    ),
    pytest.param(
        "Все ждали выступления Натальи Линик. «[Спасибо]», — ответила {Линик}.",
        "direct",
        "Наталья Линик",
        "cue",
        id="a-surname-the-dictionary-reads-as-a-man-s-name",
    ),
    pytest.param(
        "Директором назначен Олег Кох. «[Работы много]», — сказал {Кох}.",
        "direct",
        "Олег Кох",
        "cue",
        id="a-man-s-surname-in-a-consonant",
    ),
    pytest.param(
        "Все ждали выступления Анны Котовой. «[Спасибо]», — ответила {Котова}.",
        "direct",
        "Анна Котова",
        "cue",
        id="a-woman-s-surname-with-a-feminine-form-declines",
    ),
    pytest.param(
        "«[Работы много]», — заявила {Котова}.",
        "direct",
        "Котова",
        "cue",
        id="a-feminine-verb-before-tells-her-nominative",
    ),
    pytest.param(
        "{Смирнова} ответила: «[Пока рано]».",
        "direct",
        "Смирнова",
        "cue",
        id="a-feminine-verb-after-tells-her-nominative",
    ),
    pytest.param(
        "«[Все в порядке]», — сообщил {Котов}.",
        "direct",
        "Котов",
        "cue",
        id="a-man-s-surname-stays-his",
    ),
]

HELD_VIEWS = [
    pytest.param(
        "«[Работы много]», — сказал {эколог Олег Петров}. У {него} есть надежда, что "
        "[закон примут.]",
        ("direct", "indirect"),
        "Олег Петров",
        ("cue", "pronoun"),
        id="the-holder-of-a-view-is-a-pronoun-after-u",
    ),
    pytest.param(
        "У {Анны Котовой} есть надежда, что [суд отменит решение.]",
        "indirect",
        "Анна Котова",
        "cue",
        id="the-holder-of-a-view-is-a-name-after-u",
    ),
    pytest.param(
        "У {экспертов} есть опасения, что [цены вырастут.]",
        "indirect",
        "эксперты",
        "cue",
        id="the-holders-of-a-view-are-a-group",
    ),
]

TOPICS = [
    pytest.param(
        "Министр Иван Петров прибыл в город. Что касается губернатора Олега Смирнова, то {он} "
        "всегда говорил, что [закон хороший.]",
        "indirect",
        "Олег Смирнов",
        "pronoun",
        id="a-pronoun-points-at-the-topic-of-its-sentence",
    ),
    pytest.param(
        "Вчера приехала Вера Гусева. Касательно Анны Котовой, {она} заявила, что [уходит.]",
        "indirect",
        "Анна Котова",
        "pronoun",
        id="a-topic-after-kasatelno",
    ),
    pytest.param(
        "Иван Петров пришел первым. Что до Олега Смирнова, то {он} сказал, что [опоздает.]",
        "indirect",
        "Олег Смирнов",
        "pronoun",
        id="a-topic-after-chto-do",
    ),
    pytest.param(
        "Иван Петров прочел указ Олега Смирнова. {Он} сказал, что [указ хороший.]",
        "indirect",
        "Иван Петров",
        "pronoun",
        id="a-genitive-that-is-no-topic-stays-behind-the-subject",
    ),
]

AGES_AND_KINDS = [
    pytest.param(
        "«[Мы уедем]», — сказала {35-летняя жена бизнесмена}.",
        "direct",
        "жена бизнесмена",
        "cue",
        id="an-age-in-digits-is-no-part-of-a-description",
    ),
    pytest.param(
        "«[Тормоза отказали]», — рассказал {40-летний водитель автобуса}.",
        "direct",
        "водитель автобуса",
        "cue",
        id="a-driver-s-age",
    ),
    pytest.param(
        "«[Реформа провалилась]», — заявил {бывший министр}.",
        "direct",
        "бывший министр",
        "cue",
        id="a-classifying-adjective-stays",
    ),
]

DESCRIPTIONS_TOLD_APART = [
    pytest.param(
        "«[Зарплаты растут]», — сказал {представитель профсоюза}. «[Это не так]», — возразил "
        "{представитель завода}.",
        "direct",
        ("представитель профсоюза", "представитель завода"),
        "cue",
        id="descriptions-completed-by-other-bodies-are-other-people",
    ),
    pytest.param(
        "«[Цены упадут]», — считает {аналитик банка}. «[Не упадут]», — уверен {аналитик биржи}.",
        "direct",
        ("аналитик банка", "аналитик биржи"),
        "cue",
        id="two-analysts-of-two-bodies",
    ),
    pytest.param(
        "— [Иди сюда!] — позвал {старик} внука.\n— [Иду!] — ответил {мальчик}.\n"
        "— [Быстрее!] — крикнул {старик}.",
        "dialogue",
        ("старик", "мальчик", "старик"),
        "cue",
        id="a-person-after-the-head-is-the-verbs-object-not-another-old-man",
    ),
    pytest.param(
        "Олег Смирнов возглавил партию «Рассвет».\n«[Мы победим]», — заявил "
        "{глава миссии «Лотос»}.",
        "direct",
        "глава миссии «Лотос»",
        "cue",
        id="a-title-completed-by-a-new-name-introduces-someone",
    ),
    pytest.param(
        "Олег Смирнов возглавил партию «Рассвет».\n«[Мы победим]», — заявил {глава «Рассвета»}.",
        "direct",
        "Олег Смирнов",
        "title",
        id="a-title-completed-by-a-name-said-before-points-back",
    ),
    pytest.param(
        "Ирина Котова возглавила фонд «Вега».\n«[Денег хватит]», — пообещала "
        "{руководитель делегации «Орион»}.",
        "direct",
        "руководитель делегации «Орион»",
        "cue",
        id="a-new-delegation-is-led-by-someone-new",
    ),
]

FRONTED_AND_POSSESSED_WORDS = [
    pytest.param(
        "Слова {Марины Котовой} приводит агентство: «[Мы начинаем]».",
        "direct",
        "Марина Котова",
        "cue",
        id="the-words-before-the-relaying-verb",
    ),
    pytest.param(
        "Министр Иван Петров прилетел в Казань. {Его} слова приводит газета: «[Мы готовы]».",
        "direct",
        "Иван Петров",
        "pronoun",
        id="whose-words-a-possessive-says",
    ),
    pytest.param(
        "«[Работы продолжатся]», — приводит РИА Новости слова {Дмитрия Белова}.",
        "direct",
        "Дмитрий Белов",
        "cue",
        id="an-outlet-of-two-words-is-one-name",
    ),
]


@pytest.mark.parametrize(
    ("marked", "kinds", "speakers", "vias"),
    [
        *RELAYS,
        *NESTED_REPORTS,
        *MADE_IN,
        *TITLES_AND_DESCRIPTIONS,
        *NAMES_AND_GENDERS,
        *GROUPS,
        *KINDS_OF_TITLES,
        *OWNERS_AND_OBJECTS,
        *NAMES_THAT_ARE_WORDS,
        *FRONTED_AND_POSSESSED_WORDS,
        *DESCRIPTIONS_TOLD_APART,
        *AGES_AND_KINDS,
        *TOPICS,
        *HELD_VIEWS,
        *WOMENS_SURNAMES,
    ],
)
def test_frames_and_entities(marked: str, kinds: str, speakers: object, vias: object) -> None:
    check(marked, kinds, speakers)
    quotes = extract(parse(marked).text)
    got = [q.speaker.via if q.speaker else None for q in quotes]
    assert got == per_quote(vias, len(quotes))


@pytest.mark.parametrize(
    ("text", "ids", "genders"),
    [
        (
            "Вошла старушка.\n— Холодно, — сказала она.\n— Да, — ответил Иван Петров.\n"
            "— Очень, — добавила старушка.",
            ["e1", "e2", "e1"],
            ["femn", "masc", "femn"],
        ),
        (
            "«Продажи растут», — сказала Анна Орлова. «Не все», — возразил Петр Гусев. "
            "«Все», — повторила Орлова.",
            ["e1", "e2", "e1"],
            ["femn", "masc", "femn"],
        ),
        (
            "«Да», — сказал министр. «Нет», — ответила судья.",
            ["e1", "e2"],
            ["masc", "femn"],
        ),
    ],
)
def test_speaker_ids_and_genders(text: str, ids: list[str], genders: list[str]) -> None:
    quotes = [q for q in extract(text) if q.speaker is not None]
    assert [q.speaker.id for q in quotes] == ids
    assert [q.speaker.gender for q in quotes] == genders


# A remark's addressee: the text of one dialogue turn and its remark, and whom the remark says
# the turn was spoken to (None: nobody).
ADDRESSEES = [
    pytest.param("— Иди, — сказала ему мать.", "ему", id="a-dative-pronoun-after-a-verb-of-saying"),
    pytest.param("— Садись, — предложил Олегу брат.", "Олег", id="a-dative-name"),
    pytest.param("— Где ты? — спросил хозяин сторожа.", "сторож", id="the-accusative-of-asking"),
    pytest.param("— Ешь, — велела бабушка внучке.", "внучка", id="a-dative-after-an-order"),
    pytest.param("— Стой! — обратился он к часовому.", "часовой", id="a-k-phrase"),
    pytest.param("— Пора, — сказал Иван.", None, id="no-one-spoken-to"),
    pytest.param(
        "— Пора, — сказал Иван, глядя в окно.", None, id="a-gerund-s-object-is-no-addressee"
    ),
    pytest.param(
        "— Пора, — сказал он дрожащим голосом.", None, id="an-instrumental-is-no-addressee"
    ),
]


@pytest.mark.parametrize(("text", "addressee"), ADDRESSEES)
def test_addressee(text: str, addressee: str | None) -> None:
    from quotex.clauses import Syntax
    from quotex.cues import after_quote
    from quotex.frames import Frames
    from quotex.registry import Names
    from quotex.segment import Doc

    doc = Doc(text)
    frames = Frames(doc, Syntax(doc), Names([]))
    end = text.index(" — ", 2)
    to = frames.addressee(after_quote(doc, end, remarks=True))
    assert (to.name if to is not None else None) == addressee


# An entity's forms as the text gives them, and the name quotex gives the entity.
BEST_FORMS = [
    pytest.param({"Ксантоса Димитриоса": 2, "Димитриос": 1}, "Ксантос Димитриос", id="a-man-s-gen"),
    pytest.param({"Тарво Ланкаса": 1, "Ланкас": 3}, "Тарво Ланкас", id="a-known-first-name-kept"),
    pytest.param({"Ханно Певкуром": 1, "Певкур": 1}, "Ханно Певкур", id="an-instrumental"),
    pytest.param({"Анна Котова": 1, "Котова": 2}, "Анна Котова", id="a-woman-s-name-stays"),
    pytest.param({"Вера Кох": 1, "Кох": 1}, "Вера Кох", id="no-ending-to-strip"),
]


@pytest.mark.parametrize(("forms", "name"), BEST_FORMS)
def test_best_form(forms: dict[str, int], name: str) -> None:
    from collections import Counter

    from quotex.registry import _best_form

    assert _best_form(Counter(forms)) == name
