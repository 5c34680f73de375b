"""The lexicons: the data files parse, meet their sizes, and their generated forms are right."""

from __future__ import annotations

import doctest
from importlib import resources

import pytest

from quotex import lexicon

MINIMUM_SIZES = {
    "speech_verbs": 170,
    "remark_verbs": 60,
    "titles": 120,
    "org_heads": 60,
    "outlets": 50,
    "naming_words": 80,
}

# The lexicons this module's owner keeps; other data files are checked for format only.
LEXICONS = (
    "speech_verbs",
    "remark_verbs",
    "thought_verbs",
    "speech_adjectives",
    "titles",
    "org_heads",
    "outlets",
    "naming_words",
    "speech_nouns",
    "non_speech_frames",
    "pronouns",
)


def test_doctests() -> None:
    assert doctest.testmod(lexicon).failed == 0


# --- the data files ---------------------------------------------------------------------


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_exists(name: str) -> None:
    assert name in lexicon.names()
    assert lexicon.entries(name)


@pytest.mark.parametrize("name", lexicon.names())
def test_every_line_parses(name: str) -> None:
    text = resources.files("quotex").joinpath("data", f"{name}.txt").read_text("utf-8")
    parsed = [lexicon.parse_line(line) for line in text.splitlines()]
    assert tuple(p[0] for p in parsed if p is not None) == lexicon.entries(name)


@pytest.mark.parametrize("name", lexicon.names())
def test_no_duplicate_entries(name: str) -> None:
    # Pronouns are forms as written, so `ее` and `её` are two entries; lemmas are not.
    fold = name != "pronouns"
    seen: dict[str, str] = {}
    for entry in lexicon.entries(name):
        key = entry.lower().replace("ё", "е") if fold else entry.lower()
        assert key not in seen, f"{entry!r} repeats {seen[key]!r} in {name}.txt"
        seen[key] = entry


@pytest.mark.parametrize(("name", "minimum"), MINIMUM_SIZES.items())
def test_minimum_size(name: str, minimum: int) -> None:
    assert len(lexicon.entries(name)) >= minimum


@pytest.mark.parametrize(
    "line",
    [
        "сказать  # он сказал",
        "министр иностранных дел",
        "ИТАР-ТАСС",
        "NEWSru.com  # сообщает NEWSru.com",
        "Аргументы и факты",
    ],
)
def test_good_lines(line: str) -> None:
    assert lexicon.parse_line(line) is not None


@pytest.mark.parametrize("line", ["", "   ", "# (a) speech proper", "  # note"])
def test_blank_and_comment_lines(line: str) -> None:
    assert lexicon.parse_line(line) is None


@pytest.mark.parametrize("line", ["сказать, говорить", "«Эхо Москвы»", "заявить; сказать"])
def test_bad_lines(line: str) -> None:
    with pytest.raises(ValueError, match="not a lexicon entry"):
        lexicon.parse_line(line)


@pytest.mark.parametrize("name", ["no_such_lexicon", "../morph", "Speech_Verbs", ""])
def test_unknown_lexicon(name: str) -> None:
    with pytest.raises(ValueError, match="no lexicon"):
        lexicon.entries(name)


def test_verb_lexicons_are_disjoint() -> None:
    speech, remark, thought = (
        lexicon.speech_verbs(),
        lexicon.remark_verbs(),
        lexicon.thought_verbs(),
    )
    assert not speech & remark
    assert not speech & thought
    assert not remark & thought
    assert not lexicon.forms("speech_verbs") & lexicon.forms("remark_verbs")


def test_speech_nouns_exclude_non_speech_frames() -> None:
    assert not lexicon.speech_nouns() & lexicon.non_speech_frames()
    assert "по данным" in lexicon.non_speech_frames()


@pytest.mark.parametrize("name", ["speech_verbs", "remark_verbs", "thought_verbs"])
def test_every_verb_is_known(name: str) -> None:
    # An impersonal verb (`думаться`) has few forms; a misspelt lemma has only itself.
    unknown = [v for v in lexicon.entries(name) if len(lexicon._word_forms(v)) < 3]
    assert not unknown


# --- the forms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "заявила",
        "заявляют",
        "заявив",
        "сообщили",
        "сообщается",
        "подчеркнувший",
        "Заявил",
        "сказал",
        "говорят",
        "говорится",
        "отмечается",
        "считает",
        "полагают",
        "спросила",
        "поинтересовался",
        "уверяет",
        "пообещав",
        "процитировал",
        "сообщённый",
        "сообщенный",
    ],
)
def test_speech_verb_forms(word: str) -> None:
    assert lexicon.is_speech_verb(word)


@pytest.mark.parametrize(
    "word",
    [
        "стол",
        "знать",
        "увидел",
        "пошел",
        "министр",
        "поморщился",
        # QUOTE_SPEC.md: `считается` is not a speech cue; other `-ся` forms are no speech.
        "считается",
        "продолжается",
        "заключается",
        "сказалось",
        "",
    ],
)
def test_not_speech_verb_forms(word: str) -> None:
    assert not lexicon.is_speech_verb(word)


@pytest.mark.parametrize(
    "word", ["поморщился", "улыбнулась", "пожал", "кивнув", "вздохнули", "усмехается"]
)
def test_remark_verb_forms(word: str) -> None:
    assert lexicon.is_remark_verb(word)


@pytest.mark.parametrize("word", ["сказал", "подумал", "стол"])
def test_not_remark_verb_forms(word: str) -> None:
    assert not lexicon.is_remark_verb(word)


@pytest.mark.parametrize("word", ["подумал", "думала", "подумав", "решил", "мечтает"])
def test_thought_verb_forms(word: str) -> None:
    assert lexicon.is_thought_verb(word)


@pytest.mark.parametrize(
    "word",
    [
        "президентом",
        "главе",
        "Министра",
        "пресс-секретаря",
        "губернатору",
        "вице-премьеров",
        "замминистра",
        "управляющего",
        "актёра",
        "актера",
        "лакей",
        "землемеру",
    ],
)
def test_title_forms(word: str) -> None:
    assert lexicon.is_title(word)


@pytest.mark.parametrize("word", ["стол", "заявил", "компания", "генеральный"])
def test_not_title_forms(word: str) -> None:
    assert not lexicon.is_title(word)


@pytest.mark.parametrize("word", ["газеты", "компании", "фильме", "романом", "операцию"])
def test_naming_word_forms(word: str) -> None:
    assert lexicon.is_naming_word(word)


@pytest.mark.parametrize("word", ["заявил", "президент", "словам"])
def test_not_naming_word_forms(word: str) -> None:
    assert not lexicon.is_naming_word(word)


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("уверена", "speech_adjectives"),
        ("убеждены", "speech_adjectives"),
        ("согласна", "speech_adjectives"),
        ("обеспокоены", "speech_adjectives"),
        ("пресс-службе", "org_heads"),
        ("министерстве", "org_heads"),
        ("мида", "org_heads"),
        ("Кремле", "org_heads"),
        ("интерфаксу", "outlets"),
        ("reuters", "outlets"),
        ("заявлении", "speech_nouns"),
    ],
)
def test_other_forms(word: str, name: str) -> None:
    assert lexicon.has_form(name, word)


def test_short_adjectives_only() -> None:
    assert "уверенный" not in lexicon.forms("speech_adjectives")


def test_proper_names_are_not_taken_for_forms_of_others() -> None:
    # `УНИАН` is no form of the name `Униана`: it stays as written.
    assert "униане" not in lexicon.forms("outlets")


@pytest.mark.parametrize("name", lexicon.names())
def test_forms_are_lower_case_with_folded_yo(name: str) -> None:
    forms = lexicon.forms(name)
    assert all(f == f.lower() for f in forms)
    assert all(f.replace("ё", "е") in forms for f in forms)


def test_multi_word_entries_by_head() -> None:
    titles = lexicon.heads("titles")
    assert "генеральный директор" in titles["директора"]
    assert "министр иностранных дел" in titles["министру"]
    assert "Белый дом" in lexicon.heads("org_heads")["доме"]
    assert "генеральный" not in lexicon.forms("titles")


# --- pronouns ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "gender", "number"),
    [
        ("он", "masc", "sing"),
        ("она", "femn", "sing"),
        ("оно", "neut", "sing"),
        ("они", "-", "plur"),
        ("его", "masc", "sing"),
        ("ее", "femn", "sing"),
        ("её", "femn", "sing"),
        ("их", "-", "plur"),
        ("который", "masc", "sing"),
        ("которая", "femn", "sing"),
        ("которые", "-", "plur"),
    ],
)
def test_pronouns(word: str, gender: str, number: str) -> None:
    assert lexicon.pronouns()[word] == (gender, number)


def test_pronouns_table_is_a_copy() -> None:
    lexicon.pronouns()["он"] = ("femn", "plur")
    assert lexicon.pronouns()["он"] == ("masc", "sing")
