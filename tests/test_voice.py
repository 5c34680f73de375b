"""Whose voice a sentence is in (``quotex.voice.voice``): the one judgement that the marks stage
(where a quote with a lost opening mark starts), the colon-intro rule (is the next paragraph the
speaker talking?) and the stray-closer check all use.
"""

from __future__ import annotations

import pytest

from quotex.voice import AUTHOR, NEITHER, SPEAKER, voice

VOICES = [
    # the speaker's own words
    pytest.param("Мы долго шли к этому решению.", SPEAKER, id="first-person-plural"),
    pytest.param("Я не собираюсь это комментировать.", SPEAKER, id="first-person"),
    pytest.param("Вам придется подождать до весны.", SPEAKER, id="second-person"),
    pytest.param("Посмотрите на цифры прошлого года.", SPEAKER, id="imperative"),
    pytest.param("Кто за это ответит?", SPEAKER, id="question"),
    pytest.param("Решение, конечно, спорное.", SPEAKER, id="stance-word"),
    pytest.param("Скажу прямо: сроки сорваны.", SPEAKER, id="first-person-verb"),
    pytest.param("Министр сказал мне, что не приедет.", SPEAKER, id="report-to-me"),
    # the author's words
    pytest.param("Губернатор заявил журналистам.", AUTHOR, id="report"),
    pytest.param("Как отметила пресс-секретарь, визит отложен.", AUTHOR, id="kak-frame"),
    pytest.param("По словам посла, визит отложен.", AUTHOR, id="po-slovam-frame"),
    pytest.param("На его взгляд, спешить некуда.", AUTHOR, id="na-vzglyad-frame"),
    pytest.param("Министр прилетел в Казань утром.", AUTHOR, id="title-narrated"),
    pytest.param("Ольга Белова вернулась из отпуска в среду.", AUTHOR, id="name-narrated"),
    pytest.param("Эксперты уверены, что кризис позади.", AUTHOR, id="speech-adjective"),
    pytest.param("Он будет настаивать на своем плане.", AUTHOR, id="speech-infinitive-after-verb"),
    pytest.param("Напомним, матч перенесли на май.", AUTHOR, id="author-formula"),
    pytest.param("Гонец доложил, что прибыл, мол, посол.", AUTHOR, id="retelling-particle"),
    # neither: a statement either could make
    pytest.param("Переговоры будут трудными.", NEITHER, id="plain-statement"),
    pytest.param("Цены на хлеб выросли на треть.", NEITHER, id="plain-past"),
    pytest.param("Они подписали договор в июне.", NEITHER, id="pronoun-story"),
    pytest.param("Сказать об этом нужно было раньше.", NEITHER, id="infinitive-no-report"),
    pytest.param("В совещании примет участие Хайди Ларсен.", NEITHER, id="name-not-imperative"),
]


@pytest.mark.parametrize(("text", "expected"), VOICES)
def test_voice(text: str, expected: str) -> None:
    assert voice(text) == expected
