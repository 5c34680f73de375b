"""Clause analysis: which phrase is a verb's subject, which preposition governs a noun, how a
name stands in apposition to a title.

Rows: a sentence with the verb asked about in angle brackets and its subject's words in braces
(``{…}``, the phrase as chunked: the head with its agreeing adjectives, or the name in
apposition to it); ``None`` where the verb has no subject in the sentence.
"""

from __future__ import annotations

import re

import pytest

from quotex.clauses import Syntax, governing_preposition
from quotex.segment import Doc

_MARK_RE = re.compile(r"[<>{}]")


def _subject(marked: str) -> tuple[str | None, str | None]:
    """The subject ``Syntax.subject`` finds for the verb in ``<…>`` and the one the row wants."""
    text = _MARK_RE.sub("", marked)
    verb_at = len(_MARK_RE.sub("", marked[: marked.index("<")]))
    want = None
    if "{" in marked:
        want = marked[marked.index("{") + 1 : marked.index("}")]
    doc = Doc(text)
    syntax = Syntax(doc)
    v = doc.word_index(verb_at)
    ph = syntax.subject(v)
    if ph is None:
        return None, want
    words = doc.words
    members = syntax.members(ph)  # a list: from its first member to its last
    return text[words[ph.first].start : words[members[-1].last].end], want


WORD_ORDER = [
    pytest.param("{Министр} <заявил>, что бюджет готов.", id="subject-verb"),
    pytest.param("«Бюджет готов», — <заявил> {министр}.", id="verb-subject-in-a-remark"),
    pytest.param("И <сказали> {слуги} царские хозяину:", id="verb-subject-object"),
    pytest.param("Вечером <позвала> {старуха} внука в дом.", id="verb-subject-object-animate"),
    pytest.param("Об этом журналистам <рассказал> {глава} фонда.", id="dative-before-subject"),
]

AGREEMENT = [
    pytest.param("«Да», — <рассказал> агентству ТАСС {директор} завода.", id="outlet-as-addressee"),
    pytest.param("Решение <одобрил> {парламент} в среду.", id="neuter-object-masculine-verb"),
    pytest.param(
        "{Анна Смирнова} сказала, что Олег ушел и <заявила>, что все хорошо.",
        id="feminine-verb-skips-the-embedded-man",
    ),
    pytest.param(
        "Анна сказала, что {Олег} ушел и <заявил>, что все хорошо.",
        id="masculine-verb-in-the-embedded-clause",
    ),
    pytest.param("{Судья} <заявила>, что дело закрыто.", id="masculine-role-feminine-verb"),
    pytest.param("{Петров и Сидоров} <заявили>, что не согласны.", id="a-list-and-a-plural-verb"),
]

EMBEDDED_CLAUSES = [
    pytest.param(
        "{Иванова}, чей доклад все ждали, <сказала>, что готова.", id="relative-clause-looked-past"
    ),
    pytest.param(
        "{Министр}, который, вероятно, завтра увидит коллег, <отметил>, что рад.",
        id="relative-clause-over-several-commas",
    ),
    pytest.param("{Сторож} <ответил>, не поднимая головы, что спит.", id="gerund-phrase-after"),
    pytest.param(
        "{Директор} закрыл завод, <сославшись> на кризис.", id="gerund-takes-main-subject"
    ),
    pytest.param("Подумав, {врач} <сказал>, что все в порядке.", id="gerund-before-the-subject"),
]

COORDINATION = [
    pytest.param("Позвал {отец} сына и <говорит>:", id="verb-joined-by-i-shares-the-subject"),
    pytest.param("Увидела {соседка} гостей, <закричала> им:", id="verb-after-a-comma-shares-it"),
    pytest.param(
        "{Тренер} похвалил игроков, но <добавил>, что работы много.", id="verb-after-no-shares-it"
    ),
]

NO_SUBJECT = [
    pytest.param("— Ну, — <говорит>, — ладно.", id="subjectless-remark"),
    pytest.param("В министерстве <сообщили>, что проверка закончена.", id="impersonal-plural"),
    pytest.param("Об этом <сообщается> на сайте ведомства.", id="impersonal-passive"),
]


@pytest.mark.parametrize(
    "marked", WORD_ORDER + AGREEMENT + EMBEDDED_CLAUSES + COORDINATION + NO_SUBJECT
)
def test_subject(marked: str) -> None:
    got, want = _subject(marked)
    assert got == want


@pytest.mark.parametrize(
    ("text", "word", "preposition"),
    [
        ("по словам министра", "словам", "по"),
        ("по словам министра", "министра", None),
        ("обратился к сторожу", "сторожу", "к"),  # read first as a verb, but governed
        ("говорится в сообщении пресс-службы", "сообщении", "в"),
        ("с директором завода", "директором", "с"),
    ],
)
def test_governing_preposition(text: str, word: str, preposition: str | None) -> None:
    doc = Doc(text)
    i = next(k for k, w in enumerate(doc.words) if w.text == word)
    assert governing_preposition(doc, i) == preposition


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Глава МИД Польши Ян Ковальский прилетел.", "Глава", "Ян Ковальский"),
        ("по словам главы фонда Ивана Петрова, все готово", "главы", "Ивана Петрова"),
        (
            "Пресс-секретарь губернатора Олег Лебедев уточнил это.",
            "Пресс-секретарь",
            "Олег Лебедев",
        ),
        ("советник министра финансов Италии Марко Росси сказал", "советник", "Марко Росси"),
    ],
)
def test_name_in_apposition_names_the_title(text: str, title: str, name: str) -> None:
    doc = Doc(text)
    syntax = Syntax(doc)
    i = next(k for k, w in enumerate(doc.words) if w.text == title)
    apps = syntax.dependents(syntax.phrase_at(i).head, "app")
    got = [doc.text[doc.words[p.first].start : doc.words[p.last].end] for p in apps]
    assert got[-1:] == [name]


def test_a_genitive_name_is_no_apposition() -> None:
    doc = Doc("Пресс-секретарь губернатора Лебедева уточнил это.")
    syntax = Syntax(doc)
    assert syntax.dependents(0, "app") == []
    assert [doc.words[p.head].text for p in syntax.dependents(0)] == ["губернатора"]
