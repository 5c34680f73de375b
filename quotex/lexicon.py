"""The lexicons: speech verbs, remark and thought verbs, titles, organisations, outlets,
naming words, speech frames and pronouns.

Each lexicon is the data file ``quotex/data/NAME.txt``: one entry a line (a base form, or a
fixed phrase as written), an optional ``# example`` after it, ``#`` comment lines and blank
lines. A file is read once, on first use. Inflected forms are never written out: they are
generated from the base forms with pymorphy3 (through :mod:`quotex.morph`) when a form set
is first asked for.

>>> is_speech_verb("Заявила"), is_title("главе"), is_naming_word("газеты")
(True, True, True)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from quotex import morph

_NAME = re.compile(r"[a-z][a-z_]*")
# What an entry may be made of: words with hyphens, dots and apostrophes (`Lenta.ru`,
# `ИТАР-ТАСС`), separated by single spaces.
_ENTRY = re.compile(r"[\w.'&-]+(?: [\w.'&-]+)*")
_GENDERS = frozenset({"masc", "femn", "neut", "-"})
_NUMBERS = frozenset({"sing", "plur"})
# The lexicon whose entries are forms as written with columns, not lemmas to inflect.
_UNINFLECTED = "pronouns"


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@cache
def names() -> tuple[str, ...]:
    """The names of all lexicons, sorted.

    >>> "speech_verbs" in names()
    True
    """
    data = resources.files("quotex").joinpath("data")
    return tuple(sorted(f.name[: -len(".txt")] for f in data.iterdir() if f.name.endswith(".txt")))


def parse_line(line: str) -> tuple[str, str] | None:
    """Split a data line into ``(entry, comment)``; ``None`` for blank and comment lines.

    Raises ``ValueError`` on a line whose entry is not words separated by single spaces.

    >>> parse_line("заявить  # губернатор заявил, что …")
    ('заявить', 'губернатор заявил, что …')
    >>> parse_line("# (a) speech proper") is None
    True
    """
    entry, _, comment = line.partition("#")
    entry = entry.strip()
    if not entry:
        return None
    entry = " ".join(entry.split())
    if not _ENTRY.fullmatch(entry):
        raise ValueError(f"not a lexicon entry: {line!r}")
    return entry, comment.strip()


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/{name}.txt`` in file order, as written.

    >>> entries("speech_verbs")[:3]
    ('сказать', 'говорить', 'заявить')
    """
    if not _NAME.fullmatch(name) or name not in names():
        raise ValueError(f"no lexicon {name!r}; known: {', '.join(names())}")
    text = resources.files("quotex").joinpath("data", f"{name}.txt").read_text("utf-8")
    out: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        try:
            parsed = parse_line(line)
        except ValueError as e:
            raise ValueError(f"data/{name}.txt:{number}: {e}") from None
        if parsed is not None:
            out.append(parsed[0])
    return tuple(out)


def speech_verbs() -> frozenset[str]:
    """Lemmas of reporting verbs (speech, stated opinion, questions, reflexive passives).

    >>> {"заявить", "считать", "спросить", "сообщаться"} <= speech_verbs()
    True
    """
    return _entry_set("speech_verbs")


def remark_verbs() -> frozenset[str]:
    """Lemmas of verbs of the author's remark in dialogue that are not speech verbs.

    >>> "поморщиться" in remark_verbs()
    True
    """
    return _entry_set("remark_verbs")


def thought_verbs() -> frozenset[str]:
    """Lemmas of verbs that set off a thought like speech.

    >>> "подумать" in thought_verbs()
    True
    """
    return _entry_set("thought_verbs")


def speech_adjectives() -> frozenset[str]:
    """Short adjectives (masculine) that take the subject's stated view: ``уверен, что``.

    >>> "уверен" in speech_adjectives()
    True
    """
    return _entry_set("speech_adjectives")


def titles() -> frozenset[str]:
    """Roles and titles that head a description of a person speaker.

    >>> {"президент", "министр иностранных дел"} <= titles()
    True
    """
    return _entry_set("titles")


def org_heads() -> frozenset[str]:
    """Nouns and names that head an organisation speaker.

    >>> {"пресс-служба", "МИД", "Белый дом"} <= org_heads()
    True
    """
    return _entry_set("org_heads")


def outlets() -> frozenset[str]:
    """News outlets and agencies, spelled as written.

    >>> {"ТАСС", "РИА Новости", "Reuters"} <= outlets()
    True
    """
    return _entry_set("outlets")


def naming_words() -> frozenset[str]:
    """Nouns that show the quote marks after them enclose a name: ``компания «…»``.

    >>> "газета" in naming_words()
    True
    """
    return _entry_set("naming_words")


def speech_nouns() -> frozenset[str]:
    """Frames and nouns that attribute speech: ``по словам``, ``заявление``.

    >>> {"по словам", "заявление"} <= speech_nouns()
    True
    """
    return _entry_set("speech_nouns")


def is_speech_noun(word: str) -> bool:
    """Whether ``word`` is a form of a single-word speech noun: an utterance or a document
    whose words can be quoted (``заявление``, ``запись``, ``указ``).

    >>> is_speech_noun("записи"), is_speech_noun("указ"), is_speech_noun("стол")
    (True, True, False)
    """
    return has_form("speech_nouns", word)


def is_denial_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb of denial, whose object is someone else's claim.

    >>> is_denial_verb("опровергают"), is_denial_verb("заявил")
    (True, False)
    """
    return has_form("denial_verbs", word)


def non_speech_frames() -> frozenset[str]:
    """Frames that look like speech attributions but credit no one's words.

    >>> "по данным" in non_speech_frames(), "по данным" in speech_nouns()
    (True, False)
    """
    return _entry_set("non_speech_frames")


def pronouns() -> dict[str, tuple[str, str]]:
    """Pronouns that can point at a speaker: word -> (gender, number); ``-`` = unknown.

    >>> pronouns()["она"], pronouns()["их"]
    (('femn', 'sing'), ('-', 'plur'))
    """
    return dict(_pronouns())


def preposition_cases(word: str) -> frozenset[str] | None:
    """The cases a preposition governs (``data/prepositions.txt``), or ``None`` for a word that
    is no preposition.

    >>> sorted(preposition_cases("к")), preposition_cases("стол")
    (['datv'], None)
    """
    return _prepositions().get(_fold(word))


@cache
def _prepositions() -> Mapping[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for entry in entries("prepositions"):
        word, *cases = entry.split()
        if not cases:
            raise ValueError(f"data/prepositions.txt: want `word case …`, got {entry!r}")
        table[_fold(word)] = frozenset(cases)
    return MappingProxyType(table)


def pronoun(word: str) -> tuple[str, str] | None:
    """The gender and number of a pronoun that can point at a speaker, or ``None``.

    >>> pronoun("она"), pronoun("стол")
    (('femn', 'sing'), None)
    """
    return _pronouns().get(word)


@cache
def _pronouns() -> Mapping[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for entry in entries("pronouns"):
        fields = entry.split()
        if len(fields) != 3 or fields[1] not in _GENDERS or fields[2] not in _NUMBERS:
            raise ValueError(f"data/pronouns.txt: want `word gender number`, got {entry!r}")
        word, gender, number = fields
        table[word.lower()] = (gender, number)
    return MappingProxyType(table)


@cache
def _entry_set(name: str) -> frozenset[str]:
    return frozenset(entries(name))


@cache
def forms(name: str) -> frozenset[str]:
    """Every inflected form, lower case, of every single-word entry of a lexicon.

    Each form is there as written by pymorphy3 (with ``ё``) and with ``ё`` read as ``е``.
    Multi-word entries are left to :func:`heads`. Verbs give all their forms: finite,
    gerunds and participles.

    >>> {"заявила", "заявив", "заявивший", "заявлено"} <= forms("speech_verbs")
    True
    >>> {"её", "ее"} <= forms("pronouns")
    True
    """
    if name == _UNINFLECTED:
        return _with_folded(_pronouns())
    if name == "prepositions":
        return _with_folded(_prepositions())
    out: set[str] = set()
    for entry in entries(name):
        if " " not in entry:
            out.update(_word_forms(entry.lower(), as_form=entry.islower()))
    return _with_folded(out)


@cache
def any_forms(*names: str) -> frozenset[str]:
    """The forms of several lexicons together: one lookup tells a word that is a form of none
    of them (most words) from one to ask about further.

    >>> "заявил" in any_forms("speech_verbs", "thought_verbs"), "стол" in any_forms("titles")
    (True, False)
    """
    return frozenset().union(*(forms(name) for name in names))


@cache
def heads(name: str) -> Mapping[str, tuple[str, ...]]:
    """Multi-word entries by the forms of their head word: ``form -> entries``.

    The head is the first word that is itself an entry of the lexicon (``генеральный
    директор`` -> ``директор``), else the first noun, else the first word.

    >>> "генеральный директор" in heads("titles")["директора"]
    True
    >>> heads("speech_nouns")["словам"]
    ('по словам', 'со слов')
    """
    table: dict[str, list[str]] = {}
    if name == _UNINFLECTED:
        return MappingProxyType({})
    singles = {_fold(e) for e in entries(name) if " " not in e}
    for entry in entries(name):
        words = entry.split()
        if len(words) < 2:
            continue
        head = words[_head(words, singles)]
        for form in _with_folded(_word_forms(head.lower(), as_form=head.islower())):
            table.setdefault(form, []).append(entry)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


def _head(words: list[str], singles: set[str]) -> int:
    for i, w in enumerate(words):
        if morph.lemmas(w) & singles or _fold(w) in singles:
            return i
    for i, w in enumerate(words):
        if morph.first_tag_has(w, "NOUN"):
            return i
    return 0


@cache
def _word_forms(word: str, *, as_form: bool = True) -> frozenset[str]:
    """The forms of one lower-cased entry.

    When pymorphy3 has a lexeme with ``word`` as its normal form, all of that lexeme.
    Otherwise ``word`` may itself be a form of another lemma (the short ``уверен`` of
    ``уверенный`` and of ``уверить``, the participle ``управляющий`` of ``управлять``);
    with ``as_form`` the forms are then the part of each of its parses' lexemes that
    shares that parse's part of speech, tense and voice (``уверена``, ``уверены``).
    Proper names and abbreviations are not taken as forms of something else (``УНИАН`` is
    no form of a name ``Униана``): they stay as written.
    """
    key = _fold(word)
    parses = morph.parses(word)
    out = {word}
    own = [p for p in parses if _fold(p.normal_form) == key]
    if own:
        for p in own:
            out.update(f.word for f in p.lexeme)
    elif as_form:
        for p in parses:
            slot = (p.tag.POS, p.tag.tense, p.tag.voice)
            out.update(f.word for f in p.lexeme if (f.tag.POS, f.tag.tense, f.tag.voice) == slot)
    return frozenset(out)


def _with_folded(words: Iterable[str]) -> frozenset[str]:
    out = set(words)
    out.update([_fold(w) for w in out])
    return frozenset(out)


@lru_cache(maxsize=morph.CACHE_SIZE)
def has_form(name: str, word: str) -> bool:
    """Whether ``word`` (any case, ``ё`` or ``е``) is a form of a single-word entry.

    >>> has_form("org_heads", "министерстве")
    True
    """
    return _fold(word) in forms(name)


def is_speech_verb(word: str) -> bool:
    """Whether ``word`` is any form of a speech verb.

    >>> is_speech_verb("сообщается"), is_speech_verb("увидел")
    (True, False)
    """
    return has_form("speech_verbs", word)


def is_address_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb of speech whose accusative is the person spoken to
    (``спросил``, ``позвал``), not what is said (``сообщил``).

    >>> is_address_verb("спросил"), is_address_verb("сообщила")
    (True, False)
    """
    return has_form("address_verbs", word)


def is_remark_verb(word: str) -> bool:
    """Whether ``word`` is any form of a dialogue remark verb.

    >>> is_remark_verb("поморщился")
    True
    """
    return has_form("remark_verbs", word)


def is_thought_verb(word: str) -> bool:
    """Whether ``word`` is any form of a thought verb.

    >>> is_thought_verb("подумал")
    True
    """
    return has_form("thought_verbs", word)


def is_stance_word(word: str) -> bool:
    """Whether ``word`` voices the speaker's own stance (``конечно``, ``увы``).

    >>> is_stance_word("Конечно"), is_stance_word("вчера")
    (True, False)
    """
    return _fold(word) in _folded_entries("stance_words")


def is_title(word: str) -> bool:
    """Whether ``word`` is a single-word title in any case and number.

    >>> is_title("Президентом"), is_title("стол")
    (True, False)
    """
    return has_form("titles", word)


def is_naming_word(word: str) -> bool:
    """Whether ``word`` is a naming word in any case and number.

    >>> is_naming_word("газеты")
    True
    """
    return has_form("naming_words", word)


def is_credit_word(word: str) -> bool:
    """Whether ``word`` credits a fragment in marks after it to someone (a partial quote).

    >>> is_credit_word("назвал"), is_credit_word("увидел")
    (True, False)
    """
    return has_form("credit_words", word) or has_form("naming_verbs", word)


def is_naming_verb(word: str) -> bool:
    """Whether ``word`` names or qualifies something with the words in marks after it.

    >>> is_naming_verb("назвала"), is_naming_verb("призвал")
    (True, False)
    """
    return has_form("naming_verbs", word)


def is_speech_adjective(word: str) -> bool:
    """Whether ``word`` is a short adjective that reports a view (``уверен, что``).

    >>> is_speech_adjective("уверены")
    True
    """
    return has_form("speech_adjectives", word)


def is_org_head(word: str) -> bool:
    """Whether ``word`` heads an organisation that speaks (``пресс-службе``, ``МИД``).

    >>> is_org_head("пресс-службе")
    True
    """
    return has_form("org_heads", word)


def is_outlet(text: str) -> bool:
    """Whether ``text`` is a news outlet's name as written (``ТАСС``, ``РБК``).

    >>> is_outlet("РБК"), is_outlet("Иван")
    (True, False)
    """
    return text in outlets()


def is_office_title(lemma_: str) -> bool:
    """Whether a title lemma is an office that news texts use to point back at the official they
    last named (``глава``, ``министр``).

    >>> is_office_title("министр"), is_office_title("жандарм")
    (True, False)
    """
    return lemma_ in _folded_entries("office_titles")


@cache
def _folded_entries(name: str) -> frozenset[str]:
    return frozenset(_fold(e.lower()) for e in entries(name))


def place(word_lemma: str) -> str | None:
    """The canonical place a lemma or abbreviation names, or ``None``.

    >>> place("рб"), place("российский"), place("стол")
    ('беларусь', 'россия', None)
    """
    return _first_of_line("places").get(_fold(word_lemma))


def is_voice(lemma_: str) -> bool:
    """Whether a noun names a voice heard, not who owns it (``data/voice_nouns.txt``).

    >>> is_voice("голос"), is_voice("эхо"), is_voice("сторож")
    (True, False, False)
    """
    return lemma_ in _entry_set("voice_nouns")


def is_perception_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb of hearing, whose subject is not the speaker.

    >>> is_perception_verb("слышит"), is_perception_verb("сказал")
    (True, False)
    """
    return has_form("perception_verbs", word)


_OUTLET_FIRST_RE = re.compile(r"[\w.-]+")


def outlet_at(text: str, pos: int) -> int:
    """The length of the longest outlet name that starts at ``pos`` of ``text`` (0 if none).

    >>> outlet_at("сообщает РИА Новости.", 9)
    11
    """
    best = 0
    first = _OUTLET_FIRST_RE.match(text, pos, pos + 40)
    for name in _outlets_by_first().get(first.group() if first else "", ()):
        if text.startswith(name, pos) and len(name) > best:
            end = pos + len(name)
            if end == len(text) or not text[end].isalnum():
                best = len(name)
    return best


@cache
def _outlets_by_first() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in outlets():
        first = re.match(r"[\w.-]+", name)
        out.setdefault(first.group() if first else name, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def title_head(lemma_: str) -> str:
    """The title a title lemma names the same office as (``data/title_synonyms.txt``).

    >>> title_head("руководитель"), title_head("министр")
    ('глава', 'министр')
    """
    return _first_of_line("title_synonyms").get(_fold(lemma_), lemma_)


def general_titles(lemma_: str) -> frozenset[str]:
    """The titles a title lemma is a kind of (``data/title_kinds.txt``), and the first part of
    a hyphenated title when that is a title itself: someone named ``генерал-майор`` can be
    called ``генерал`` later, a ``депутат`` a ``парламентарий``.

    >>> sorted(general_titles("генерал-майор")), "парламентарий" in general_titles("депутат")
    (['военачальник', 'военный', 'генерал', 'офицер'], True)
    >>> general_titles("вице-премьер") >= {"премьер"}
    False
    """
    lemma_ = _fold(lemma_)
    out = set(_title_kinds().get(lemma_, ()))
    first, hyphen, _ = lemma_.partition("-")
    if hyphen and has_form("titles", first):
        out |= {first} | _title_kinds().get(first, frozenset())
    return frozenset(out)


@cache
def _title_kinds() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for entry in entries("title_kinds"):
        general, *kinds = (_fold(w.lower()) for w in entry.split())
        for kind in kinds:
            out.setdefault(kind, set()).add(general)
    return {k: frozenset(v) for k, v in out.items()}


def institutions(lemmas: frozenset[str]) -> frozenset[str]:
    """The institutions that a title's complement lemmas name (``data/institutions.txt``).

    >>> sorted(institutions(frozenset({"министерство", "иностранный", "дело", "украина"})))
    ['мид']
    >>> sorted(institutions(frozenset({"внешнеполитический", "ведомство"})))
    ['мид']
    """
    return frozenset(key for key, way in _institution_ways() if way <= lemmas)


def is_relational(lemma_: str) -> bool:
    """Whether a noun of people names someone's (``data/relational_nouns.txt``): its genitive
    says whose.

    >>> is_relational("пресс-секретарь"), is_relational("купец")
    (True, False)
    """
    return lemma_ in _entry_set("relational_nouns")


def is_occasion(lemma_: str) -> bool:
    """Whether a noun names an occasion or the terms of speaking (``data/occasion_nouns.txt``):
    a phrase of it says where or how words were said, not whose title it is.

    >>> is_occasion("совещание"), is_occasion("правительство")
    (True, False)
    """
    return lemma_ in _entry_set("occasion_nouns")


def is_head_title(lemma_: str) -> bool:
    """Whether a title names the one head of a body (``data/head_titles.txt``).

    >>> is_head_title("руководитель"), is_head_title("представитель")
    (True, False)
    """
    return lemma_ in _entry_set("head_titles")


@cache
def institution_words() -> frozenset[str]:
    """Every lemma the institutions of ``data/institutions.txt`` are named by, and their keys:
    the words that complete a title with the body it heads (``министр иностранных дел``).

    >>> {"мид", "иностранный", "оборона"} <= institution_words()
    True
    """
    return frozenset(w for key, way in _institution_ways() for w in (key, *way)) | _STATE_WORDS


# Words that complete a title with the state itself: `глава государства`, `премьер страны`.
_STATE_WORDS = frozenset({"государство", "страна", "правительство", "кабинет", "республика"})


@cache
def _first_of_line(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in entries(name):
        words = [_fold(w.lower()) for w in entry.split()]
        for word in words:
            out[word] = words[0]
    return out


@cache
def _institution_ways() -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for entry in entries("institutions"):
        key, *way = (_fold(w.lower()) for w in entry.split())
        out.append((key, frozenset(way or [key])))
        out.append((key, frozenset([key])))
    return tuple(dict.fromkeys(out))
