"""The one morphology wrapper: it owns the pymorphy3 analyzer and knows grammeme names.

Every parse goes through a bounded per-word cache; the cache never changes a result.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import pymorphy3

_LOCK = threading.Lock()
_ANALYZER: pymorphy3.MorphAnalyzer | None = None

CACHE_SIZE = 50_000  # words per cache: bounds memory on an endless stream of new words

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def analyzer() -> pymorphy3.MorphAnalyzer:
    """The shared analyzer, loaded on first use.

    >>> analyzer().parse("слово")[0].normal_form
    'слово'
    """
    global _ANALYZER
    if _ANALYZER is None:
        with _LOCK:
            if _ANALYZER is None:
                _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


def parses(word: str) -> tuple[pymorphy3.analyzer.Parse, ...]:
    """All parses of a word (lower-cased), best first. Cached by the lower-case form, so a
    word met at a sentence's start and inside one is parsed once.

    >>> parses("заявила")[0].normal_form
    'заявить'
    >>> parses("Заявила") is parses("заявила")
    True
    """
    return _parses(word.lower())


@lru_cache(maxsize=CACHE_SIZE)
def _parses(lower: str) -> tuple[pymorphy3.analyzer.Parse, ...]:
    try:
        return tuple(analyzer().parse(lower))
    except (KeyError, ValueError):
        # pymorphy3 looks up characters' Unicode names; some (unnamed astral ones) have none.
        return ()


def is_known(word: str) -> bool:
    """Whether the dictionary knows the word (rather than guessing its parses); cached by the
    lower-case form.

    >>> is_known("стол"), is_known("Хоермаер")
    (True, False)
    """
    return _is_known(word.lower())


@lru_cache(maxsize=CACHE_SIZE)
def _is_known(lower: str) -> bool:
    try:
        return bool(analyzer().word_is_known(lower))
    except (KeyError, ValueError):
        return False


@lru_cache(maxsize=CACHE_SIZE)
def lemma(word: str) -> str:
    """The normal form of the first parse, ``ё`` read as ``е``; for a word in lower case, of
    the first parse that is not a person's name (``городовой``, not the surname ``Городов``).

    >>> lemma("Заявила"), lemma("городовой")
    ('заявить', 'городовой')
    """
    ps = parses(word)
    if word[:1].islower():
        ps = tuple(p for p in ps if not p.tag.grammemes & NAME_GRAMMEMES) or ps
    form = ps[0].normal_form if ps else word.lower()
    return form.replace("ё", "е")


@lru_cache(maxsize=CACHE_SIZE)
def first_lemma(word: str) -> str:
    """The normal form of pymorphy3's first parse, whatever the case of the word, ``ё`` read
    as ``е``: what the scoring in ``QUOTE_SPEC.md`` compares names by.

    >>> first_lemma("городовой")
    'городов'
    """
    ps = parses(word)
    form = ps[0].normal_form if ps else word.lower()
    return form.replace("ё", "е")


@lru_cache(maxsize=CACHE_SIZE)
def lemmas(word: str) -> frozenset[str]:
    """The normal forms of all parses.

    >>> "стать" in lemmas("стали")
    True
    """
    return frozenset(p.normal_form.replace("ё", "е") for p in parses(word))


@lru_cache(maxsize=CACHE_SIZE)
def tag_has(word: str, *grammemes: str) -> bool:
    """Whether some parse of ``word`` carries all the grammemes.

    >>> tag_has("Александром", "Name", "ablt")
    True
    """
    want = set(grammemes)
    return any(want <= p.tag.grammemes for p in parses(word))


@lru_cache(maxsize=CACHE_SIZE)
def first_tag_has(word: str, *grammemes: str) -> bool:
    """Whether the first parse carries all the grammemes.

    >>> first_tag_has("сказал", "VERB")
    True
    """
    ps = parses(word)
    return bool(ps) and set(grammemes) <= ps[0].tag.grammemes


def inflected(parse: pymorphy3.analyzer.Parse, grammemes: set[str] | frozenset[str]):
    """``parse.inflect(grammemes)``, cached by the parse and the grammemes: building a word's
    paradigm costs far more than a lookup, and names and titles recur.

    >>> inflected(parses("министра")[0], {"nomn"}).word
    'министр'
    """
    return _inflected(parse, frozenset(grammemes))


@lru_cache(maxsize=CACHE_SIZE)
def _inflected(parse: pymorphy3.analyzer.Parse, grammemes: frozenset[str]):
    return parse.inflect(grammemes)


def inflect(word: str, grammemes: set[str]) -> list[str]:
    """Forms of ``word`` with ``grammemes`` from each parse that has one, best first.

    >>> inflect("президента", {"nomn"})[0]
    'президент'
    """
    out: list[str] = []
    for p in parses(word):
        f = inflected(p, grammemes)
        if f is not None and f.word not in out:
            out.append(f.word)
    return out


def lexeme(word_lemma: str) -> set[str]:
    """Every form of every lexeme whose normal form is ``word_lemma``.

    >>> "заявила" in lexeme("заявить")
    True
    """
    forms: set[str] = set()
    for p in parses(word_lemma):
        if p.normal_form != word_lemma:
            continue
        forms.update(f.word for f in p.lexeme)
    return forms


@lru_cache(maxsize=CACHE_SIZE)
def past_gender(word: str) -> str | None:
    """The gender a past-tense verb agrees in, by its first reading (``сказала`` → ``femn``,
    ``сообщило`` → ``neut``), or ``None`` for any other word.

    >>> past_gender("сказала"), past_gender("сообщило"), past_gender("говорит")
    ('femn', 'neut', None)
    """
    for p in parses(word)[:1]:
        if p.tag.POS == "VERB" and "past" in p.tag.grammemes and p.tag.gender:
            return str(p.tag.gender)
    return None


def undeclined_surname(first: str, word: str) -> bool:
    """Whether ``word``, after the first name ``first``, is a woman's surname that does not
    decline: one that ends in a consonant after a feminine first name (``Любови Соболь``,
    ``Веру Волк``, ``Людмилы Линик``), whatever masculine reading the dictionary gives it; a
    surname with a feminine form of its own declines (``Анны Котовой``).

    >>> undeclined_surname("Людмилы", "Линик"), undeclined_surname("Анны", "Котовой")
    (True, False)
    >>> undeclined_surname("Ивана", "Кох")
    False
    """
    if not ends_in_consonant(word):
        return False
    if not any("Name" in p.tag.grammemes and p.tag.gender == "femn" for p in parses(first)):
        return False
    return not any(
        p.tag.gender == "femn"
        and p.tag.number == "sing"
        and p.tag.grammemes & NAME_GRAMMEMES
        and "Fixd" not in p.tag.grammemes
        for p in parses(word)
    )


def ends_in_consonant(word: str) -> bool:
    """Whether a word ends in a consonant letter (``ь`` included): a woman's surname that does
    so does not decline (``Соболь``, ``Линик``).

    >>> ends_in_consonant("Линик"), ends_in_consonant("Соболь"), ends_in_consonant("Котова")
    (True, True, False)
    """
    return word[-1:].lower() in _CONSONANTS


_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщь")
