"""Clause analysis: the noun phrases of a sentence, the cases each can be in, the preposition that
governs it, and which phrase is a verb's subject, object or addressee.

Pure syntax, one sentence at a time: it knows grammemes (through :mod:`quotex.morph`) and the
prepositions' cases (``data/prepositions.txt``), and nothing of people, quotes or cues. Every
stage that asks "is this word the subject of the reporting verb" asks :meth:`Syntax.subject`.

A sentence is chunked once, on first ask, in one left-to-right pass over its words: a phrase is
the agreeing adjectives before a head (a noun, a name, a pronoun, an abbreviation, a name in quote
marks, or an adjective standing for a noun), its genitives, a name in apposition and a ``с``/``в``
phrase that describes it (``господин в очках``). A verb's subject is the phrase of its clause
that can be in the nominative and agrees with it (number, gender in the past tense, person in
the present), never one governed by a preposition or depending on another noun; an embedded
clause (``, который …,``, ``, что …``, a participle's or a gerund's phrase) is looked past, so
the subject of ``Иванова, чей доклад все ждали, сказала`` is ``Иванова``; a verb joined by
``и`` with no subject of its own shares the first verb's (``Позвал отец сына и говорит``).

Cost: chunking is linear in the sentence's words; a subject is looked for within
:data:`quotex.windows.CLAUSE_WORDS` words of its verb, so each question costs a bounded
number of steps.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

import regex

from . import lexicon, morph
from .segment import Doc
from .windows import CLAUSE_WORDS, NAME_WORDS, PARTICIPLE_WORDS, QUOTED_NAME_WORDS

NOMINAL = frozenset({"NOUN", "NPRO"})
ADJECTIVAL = frozenset({"ADJF", "PRTF", "NUMR"})
FINITE = frozenset({"VERB", "PRTS", "ADJS"})
_NEVER_PREDICATE = frozenset({"CONJ", "PRCL", "ADVB", "PRED", "PREP", "INTJ"})

Feat = tuple[str, str, str]  # (case, number, gender); gender "" in the plural or when not said
ANY_CASE = frozenset(morph.CASES[:6])

# Words that open an embedded clause: its verbs and nouns are not the main clause's.
_SUBORDINATORS = frozenset(
    {
        "что", "чтобы", "где", "когда", "если", "чей", "чья", "чье", "чьё", "чьи", "будто",
        "потому", "поскольку", "хотя", "пока", "ибо", "куда", "откуда", "зачем", "почему",
        "кто", "словно", "раз", "так", "как", "который", "которая", "которое", "которые",
        "которого", "которой", "которому", "которым", "котором", "которую", "которых",
        "которыми",
    }
)  # fmt: skip
# Words that join a verb to the one before it: the two share a subject.
_COORDINATORS = frozenset({"и", "а", "но", "да", "однако", "затем", "потом", "или", "либо"})
_BOUNDARY_RE = regex.compile(r"[,;:()\[\]—–«»\"„“”]|(?<!\w)-(?!\w)|\.\s")


@lru_cache(maxsize=4096)
def _is_boundary(gap: str) -> bool:
    """Whether the characters between two words end a phrase (a few gaps recur: cached)."""
    return _BOUNDARY_RE.search(gap) is not None


_CLAUSE_CUT_RE = regex.compile(r"[,;:()—–]|(?<!\w)-(?!\w)")  # quote marks alone cut no clause
_OPENERS = frozenset('«"„“')
_MARKS_RE = regex.compile(r'[«»"„“”]')
_QUOTED_NAME_RE = regex.compile(r"[«\"„“](\p{Lu}[^«»\"„“”\n]{0,60}?)[»\"“”]")
_SURNAME_RE = regex.compile(r"(?:[оеё]в|[ыи]н|[сц]кий)$")
_ABBR_RE = regex.compile(r"^[A-ZА-ЯЁ0-9-]{2,8}$")
_LATIN_RE = regex.compile(r"^[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Lex:
    """What syntax needs of one word form: its part of speech and its nominal readings."""

    pos: str  # the first parse's part of speech, "" when unknown
    nominal: frozenset[Feat]  # readings as a noun, a name or a pronoun
    adjectival: frozenset[Feat]  # readings as an adjective, a participle or a numeral
    name: bool  # some reading is a first name, a surname or a patronymic
    animate: bool  # the first nominal reading is animate
    fixed: bool  # indeclinable: any case
    person: str  # "1per", "2per" or "3per"
    known: bool  # the dictionary knows the word
    substantive: bool  # an adjective or participle that can stand for a noun: `больной`
    first_case: str  # the case of the first nominal reading, "" when none
    place: bool = False  # the first nominal reading names a place: `Греции`
    org: bool = False  # the first nominal reading names an organisation: `ИТАР-ТАСС`
    first_name: bool = False  # a first name (not a surname, not a patronymic): `Дмитрий`
    patronymic: bool = False


@lru_cache(maxsize=morph.CACHE_SIZE)
def _tag_feat(tag) -> Feat:
    """A tag's ``(case, number, gender)``: few tags recur across many words, so cached."""
    number = str(tag.number or "")
    gender = str(tag.gender or "") if number != "plur" else ""
    return (str(tag.case or ""), number, gender)


@lru_cache(maxsize=morph.CACHE_SIZE)
def lex(text: str) -> Lex:
    """The syntactic reading of a word as written (capitalisation counts: a capitalised word the
    dictionary does not know is a name).

    >>> l = lex("министру")
    >>> l.pos, sorted(c for c, _, _ in l.nominal)
    ('NOUN', ['datv'])
    >>> lex("Лукашенко").fixed, lex("Путиным").name
    (True, True)
    """
    ps = morph.parses(text)
    known = morph.is_known(text)
    pos = str(ps[0].tag.POS or "") if ps else ""
    capital = text[:1].isupper()
    nominal: set[Feat] = set()
    adjectival: set[Feat] = set()
    fixed = False
    name = False
    animate = False
    substantive = False
    first_case = ""
    place = False
    org = False
    for p in ps:
        tag = p.tag
        grammemes = tag.grammemes
        p_pos = tag.POS
        if p_pos in NOMINAL:
            nominal.add(_tag_feat(tag))
            if "Fixd" in grammemes:
                fixed = True
            if grammemes & morph.NAME_GRAMMEMES:
                name = True
            if not first_case:
                animate = "anim" in grammemes
                first_case = str(tag.case or "")
                place = "Geox" in grammemes
                org = bool(grammemes & {"Orgn", "Abbr"})
        elif p_pos in ADJECTIVAL and tag.case:
            adjectival.add(_tag_feat(tag))
            if "Subx" in grammemes or (p_pos == "PRTF" and tag.number == "plur"):
                substantive = True
    if capital and (_ABBR_RE.match(text) or _LATIN_RE.match(text)):
        fixed = True
        pos = "NOUN"
    elif capital and not known and pos not in ("VERB", "INFN", "GRND", "PREP", "CONJ"):
        pos = "NOUN"  # an unknown capitalised word: a name
        name = True
    person = "3per"
    if ps and ps[0].tag.POS == "NPRO" and ps[0].tag.person:
        person = str(ps[0].tag.person)
    if capital and fixed and known:
        nominal = {(c, n, "") for c, n, _ in nominal}  # `Рено`: a name says no gender here
    if capital and not known and pos == "NOUN":
        nominal = set()  # an unknown name: the guessed case is no evidence
        first_case = ""
    elif capital and _SURNAME_RE.search(text) and not name:
        # `Ливанов`: shaped like a surname, whatever else the dictionary reads it as
        nominal.add(("nomn", "sing", "masc"))
        name = True
    top = ps[:2]
    return Lex(
        pos,
        frozenset(nominal),
        frozenset(adjectival),
        name,
        animate,
        fixed,
        person,
        known,
        substantive,
        first_case,
        place,
        org,
        known and any("Name" in p.tag.grammemes for p in top),
        known and any("Patr" in p.tag.grammemes for p in top),
    )


@lru_cache(maxsize=morph.CACHE_SIZE)
def _cases_of(feats: frozenset[Feat]) -> frozenset[str]:
    """The cases of readings (few distinct sets of readings recur: cached)."""
    return frozenset(c for c, _, _ in feats)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _numbers_of(feats: frozenset[Feat]) -> frozenset[str]:
    """The numbers the readings say."""
    return frozenset(n for _, n, _ in feats if n)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase: words ``first..last`` of :attr:`Doc.words` (inclusive) around its ``head``,
    the readings ``(case, number, gender)`` all its agreeing words share, the preposition that
    governs it, and the phrase it depends on (``owner``, a head's index) and how (``gen``, the
    genitive of ``министр финансов``; ``app``, the name of ``глава МИД Сергей Лавров``; ``pp``,
    the ``в очках`` of ``господин в очках``; ``list``, the later members of ``Петров и Сидоров``).
    """

    first: int
    head: int
    last: int
    feats: frozenset[Feat]
    kind: str  # "noun", "name", "pronoun", "adjective", "abbr", "quoted"
    prep: str | None = None
    owner: int | None = None
    relation: str | None = None
    person: str = "3per"
    animate: bool = False

    @property
    def cases(self) -> frozenset[str]:
        """The cases the phrase can be in (all six when indeclinable).

        >>> d = Doc("к министру")
        >>> sorted(Syntax(d).phrase_at(1).cases)
        ['datv']
        """
        return _cases_of(self.feats)

    @property
    def numbers(self) -> frozenset[str]:
        return _numbers_of(self.feats)

    @property
    def genders(self) -> frozenset[str]:
        return frozenset(g for _, _, g in self.feats if g)

    def depending(self, owner: int | None, relation: str | None) -> Phrase:
        """The phrase with another owner and relation: ``dataclasses.replace`` costs several
        times as much, and the chunker relates every phrase (keep in step with the fields).

        >>> Phrase(0, 0, 0, frozenset(), "noun").depending(3, "gen").owner
        3
        """
        return Phrase(
            self.first,
            self.head,
            self.last,
            self.feats,
            self.kind,
            self.prep,
            owner,
            relation,
            self.person,
            self.animate,
        )

    @property
    def free(self) -> bool:
        """Whether no preposition governs it and it depends on no other noun."""
        return self.prep is None and self.owner is None


@dataclass(frozen=True, slots=True)
class Chain:
    """The phrases a new phrase may depend on: the chain's first phrase (``root``), its latest
    (``last``, which a genitive depends on) and its person nouns (``persons``, the first of
    which that shares its case a name in apposition names): in ``по словам главы фонда Ивана
    Петрова`` the root is ``словам`` and ``Ивана Петрова`` names ``главы``; in
    ``пресс-секретарь президента Иван Петров`` the name names the press secretary."""

    root: Phrase | None = None
    last: Phrase | None = None
    persons: tuple[Phrase, ...] = ()

    @property
    def person(self) -> Phrase | None:
        """The chain's first person noun."""
        return self.persons[0] if self.persons else None

    def person_in(self, cases: frozenset[str]) -> Phrase | None:
        """The chain's first person noun that can be in one of ``cases``."""
        return next((p for p in self.persons if p.cases & cases), None)

    def add(self, ph: Phrase) -> Chain:
        """The chain with ``ph`` in it (a new chain when it depends on nothing)."""
        if ph.owner is None:
            return Chain(ph, ph, (ph,) if _names_person(ph) else ())
        if _names_person(ph) and ph.relation in ("gen", "title"):
            return Chain(self.root, ph, (*self.persons, ph))
        return Chain(self.root, ph, self.persons)


def _with(prep: str, ph: Phrase) -> bool:
    """Whether a phrase a preposition governs can belong to a noun: ``с`` with the
    instrumental (``старик с палкой``, ``по связям с прессой``), not with the genitive, which
    says where from (``крикнула мать с печи``); any other preposition can.

    >>> _with("с", Phrase(0, 0, 0, frozenset({("gent", "sing", "femn")}), "noun"))
    False
    """
    if prep in ("с", "со"):
        return "ablt" in ph.cases
    return True


@lru_cache(maxsize=morph.CACHE_SIZE)
def _takes_person_object(word: str) -> bool:
    """Whether a verb form can take a person as its accusative object: a transitive verb,
    unless it reports speech, whose object is what is said (``сообщила супруга бизнесмена``),
    while a verb of asking or calling takes the person addressed (``позвал купец приказчика``).

    >>> [_takes_person_object(w) for w in ("позвал", "сообщила", "нашел")]
    [True, False, True]
    """
    if not any("tran" in p.tag.grammemes for p in morph.parses(word)[:1]):
        return False
    if lexicon.is_speech_verb(word) or lexicon.is_remark_verb(word):
        return lexicon.is_address_verb(word)
    return True


def _names_person(ph: Phrase) -> bool:
    """Whether a phrase can be a person a name stands in apposition to: an animate noun, an
    adjective standing for one, or a title (``источник``, grammatically a thing)."""
    return ph.kind in ("noun", "adjective") and ph.animate


@dataclass(frozen=True, slots=True)
class Verb:
    """The agreement a finite verb form asks of its subject."""

    number: str  # "sing", "plur" or "" (any)
    gender: str  # "masc", "femn", "neut" or "" (any: present tense, or plural)
    person: str  # "1per", "2per", "3per" or "" (past tense: any)


@lru_cache(maxsize=morph.CACHE_SIZE)
def verb_agreement(word: str) -> Verb | None:
    """What a finite verb, a short participle or a short adjective asks of its subject; ``None``
    for other words.

    >>> verb_agreement("сказала"), verb_agreement("говорят")
    (Verb(number='sing', gender='femn', person=''), Verb(number='plur', gender='', person='3per'))
    >>> verb_agreement("уверен")
    Verb(number='sing', gender='masc', person='')
    """
    ps = morph.parses(word)
    if ps and ps[0].tag.POS in _NEVER_PREDICATE:
        return None  # `вероятно` is read first as a parenthetical word
    for p in ps[:3]:
        tag = p.tag
        if tag.POS not in FINITE:
            continue
        if tag.POS == "VERB" and ("impr" in tag.grammemes or "indc" not in tag.grammemes):
            continue
        number = str(tag.number or "")
        gender = str(tag.gender or "") if number == "sing" else ""
        person = str(tag.person or "") if tag.POS == "VERB" else ""
        return Verb(number, gender, person)
    return None


def agrees(phrase: Phrase, verb: Verb) -> bool:
    """Whether a phrase in the nominative can be the subject of a verb of that agreement. A
    masculine role noun takes a feminine verb (``министр заявила``); an indeclinable name takes
    any.

    >>> d = Doc("Министр заявила")
    >>> agrees(Syntax(d).phrase_at(0), verb_agreement("заявила"))
    True
    >>> d = Doc("Анна сказал")
    >>> agrees(Syntax(d).phrase_at(0), verb_agreement("сказал"))
    False
    """
    if phrase.person in ("1per", "2per") and verb.person and verb.person != phrase.person:
        return False
    if phrase.person in ("1per", "2per") and not verb.person:
        pass  # `я сказал`: the past tense says no person
    elif verb.person in ("1per", "2per"):
        return False
    for case, number, gender in phrase.feats:
        if case != "nomn":
            continue
        if verb.number and number and number != verb.number:
            continue
        if verb.gender and gender and gender != verb.gender and gender != "ms-f":
            if not (verb.gender == "femn" and gender == "masc" and phrase.animate) or (
                phrase.kind == "name"
            ):
                continue
        return True
    return False


_POSSESSIVES = frozenset({"его", "ее", "её", "их"})


def _is_modifier(lx: Lex, text: str) -> bool:
    """An adjective, a participle or a numeral that can stand before a noun and agrees with it
    (a possessive like ``его`` stands there too, but agrees with nothing; ``который`` opens a
    clause)."""
    lower = text.lower()
    if lower in _POSSESSIVES or lower in _SUBORDINATORS:
        return False
    return lx.pos in ADJECTIVAL and bool(lx.adjectival)


def _agreeing(a: frozenset[Feat], b: frozenset[Feat]) -> frozenset[Feat]:
    """The readings of ``b`` that some reading of ``a`` agrees with; where ``b`` says no number
    or gender (an indeclinable word), ``a`` says it (``российских СМИ``: plural)."""
    out = set()
    for case, number, gender in b:
        for c, n, g in a:
            if c == case and (not n or not number or n == number):
                if not g or not gender or g == gender or number == "plur":
                    out.add((case, number or n, gender or (g if (number or n) != "plur" else "")))
    return frozenset(out)


@lru_cache(maxsize=64)
def _any_case(number: str = "", gender: str = "") -> frozenset[Feat]:
    return frozenset((c, number, gender) for c in ANY_CASE)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _adverbial(word: str) -> bool:
    """Whether an adjective's form is also a comparative or an adverb (``позднее``, ``ранее``):
    no noun stands for it."""
    return any(p.tag.POS in ("COMP", "ADVB") for p in morph.parses(word))


def names_title(title_cases: frozenset[str], name_cases: frozenset[str], first_case: str) -> bool:
    """Whether a declined name can stand in apposition to a title of those cases: its first
    reading is in one of them, or all its readings are (``министра финансов Ивана Петрова``,
    ``городовой Елдырин``; not ``позвал отец Ивана``, where ``Ивана`` is first a genitive).
    An undeclined name (all six cases) always can.

    >>> names_title(frozenset({"nomn"}), frozenset({"gent", "accs", "nomn"}), "gent")
    False
    >>> names_title(frozenset({"gent", "accs"}), frozenset({"gent", "accs"}), "gent")
    True
    """
    if len(name_cases) >= 5:
        return True
    return first_case in title_cases or name_cases <= title_cases


def womens_surnames(doc: Doc) -> frozenset[str]:
    """The words a document uses as a woman's surname that does not decline, in lower case:
    a capitalised word right after a feminine first name that ends in a consonant (``Людмилы
    Линик``, see :func:`quotex.morph.undeclined_surname`). Such a word alone is the
    nominative that agrees with ``сказала`` too (``— сказала Линик``).

    >>> sorted(womens_surnames(Doc("Пришла Вера Кох, а за ней Олег Кох и Анна Котова.")))
    ['кох']
    """
    memo = doc.memo(womens_surnames)
    got = memo.get("all")
    if got is None:
        words = doc.words
        got = memo["all"] = frozenset(
            b.lower
            for a, b in pairwise(words)
            if a.is_capitalized
            and b.is_capitalized
            and doc.text[a.end : b.start] == " "
            and morph.undeclined_surname(a.text, b.text)
        )
    return got


def _several(word: str) -> bool:
    """Whether a word is a numeral of several (``три солдата``, ``двое рабочих``): the phrase it
    opens is a plural subject, though its noun is a genitive.

    >>> _several("три"), _several("двое"), _several("один"), _several("старый")
    (True, True, False, False)
    """
    return word not in ("один", "одна", "одно") and lex(word).pos == "NUMR"


def name_cases(words: list[str]) -> tuple[frozenset[str], str]:
    """The cases a name of these words can be in together, and the first case of its first word
    the dictionary reads in a case.

    >>> sorted(name_cases(["Ивана", "Петрова"])[0])
    ['accs', 'gent']
    """
    return _name_cases(tuple(words))


@lru_cache(maxsize=morph.CACHE_SIZE)
def _name_cases(words: tuple[str, ...]) -> tuple[frozenset[str], str]:
    """:func:`name_cases`, cached by the words."""
    feats: frozenset[Feat] | None = None
    for w in words:
        lx = lex(w)
        if not lx.nominal or lx.fixed:
            continue
        feats = lx.nominal if feats is None else (_agreeing(lx.nominal, feats) or feats)
    cases = frozenset(c for c, _, _ in feats) if feats else ANY_CASE
    first = next((lex(w).first_case for w in words if lex(w).first_case), "")
    return cases, first  # of the first word that has one: `Зульфикара Хасана`


def governing_preposition(doc: Doc, i: int) -> str | None:
    """The preposition that governs the noun at word ``i``: the nearest one before it with only
    the noun's agreeing words between, whose case the noun can be in. One question, one place.

    >>> d = Doc("по словам министра")
    >>> governing_preposition(d, 1), governing_preposition(d, 2)
    ('по', None)
    """
    return Syntax(doc).preposition_of(i)


class Syntax:
    """The noun phrases of a document's sentences, chunked on first ask, and the clause
    questions asked of them. ``author`` says whether a position is in the author's words (not
    inside quoted speech), so a clause never reaches into a quote.

    >>> d = Doc("Министр финансов Иван Петров заявил журналистам, что бюджет готов.")
    >>> s = Syntax(d)
    >>> subj = s.subject(4)
    >>> d.text[d.words[subj.first].start:d.words[subj.last].end]
    'Министр'
    >>> [(d.words[p.head].text, p.relation) for p in s.dependents(subj.head)]
    [('финансов', 'gen'), ('Иван', 'app')]
    """

    def __init__(self, doc: Doc, author=lambda pos: True) -> None:
        self.doc = doc
        self.author = author
        self._phrases: dict[int, tuple[Phrase, ...]] = {}  # by sentence index
        self._at: dict[int, Phrase] = {}  # by every word index of a phrase's core
        self._deps: dict[int, list[Phrase]] = {}  # head -> the phrases depending on it
        self._pending: dict[int, Phrase] = {}  # the phrases being chunked, by head
        self._chunked: dict[int, int] = {}  # word index -> its sentence, once chunked
        self._segments: dict[int, tuple[tuple[int, int, bool], ...]] = {}
        self._segment_bounds: dict[int, tuple[list[int], list[int]]] = {}  # starts, ends

    # -- chunking ---------------------------------------------------------------------------

    def sentence_words(self, k: int) -> tuple[int, int]:
        """The word index range ``[lo, hi)`` of sentence ``k``."""
        s_start, s_end = self.doc.sentences[k]
        lo = self.doc.word_index(s_start)
        hi = self.doc.word_index(s_end)
        return lo, hi

    def phrases(self, k: int) -> tuple[Phrase, ...]:
        """The phrases of sentence ``k``, chunked once."""
        got = self._phrases.get(k)
        if got is None:
            lo, hi = self.sentence_words(k)
            got = self._phrases[k] = tuple(self._chunk(lo, hi))
            for i in range(lo, hi):
                self._chunked[i] = k
            self._pending.clear()
            for ph in got:
                for i in range(ph.first, ph.last + 1):
                    self._at[i] = ph
                if ph.owner is not None:
                    self._deps.setdefault(ph.owner, []).append(ph)
        return got

    def _ensure(self, i: int) -> int:
        k = self._chunked.get(i)
        if k is not None:
            return k  # the sentence of word ``i``, chunked already
        k = self.doc.sentence_index(self.doc.words[i].start)
        self.phrases(k)
        return k

    def phrase_at(self, i: int) -> Phrase | None:
        """The phrase whose core covers word ``i``, if any."""
        if not 0 <= i < len(self.doc.words):
            return None
        self._ensure(i)
        return self._at.get(i)

    def dependents(self, head: int, relation: str | None = None) -> list[Phrase]:
        """The phrases that depend on the phrase headed by ``head`` (in ``relation`` when
        given), in text order."""
        self._ensure(head)
        deps = self._deps.get(head, ())
        return [d for d in deps if relation is None or d.relation == relation]

    def members(self, ph: Phrase) -> list[Phrase]:
        """The people of a list a phrase heads: itself and the phrases joined to it by commas
        and ``и`` (``Иванов, Петров и Сидоров``); just itself when it heads none."""
        return [ph, *self.dependents(ph.head, "list")]

    def preposition_of(self, i: int) -> str | None:
        """The preposition that governs the phrase at word ``i`` (see
        :func:`governing_preposition`)."""
        ph = self.phrase_at(i)
        return ph.prep if ph is not None else None

    def _gap(self, a: int, b: int) -> str:
        """The characters between words ``a`` and ``b``."""
        words = self.doc.words
        return self.doc.text[words[a].end : words[b].start]

    def _chunk(self, lo: int, hi: int) -> list[Phrase]:
        """The phrases of words ``[lo, hi)``, left to right, each related to the chain of
        phrases before it (see :class:`Chain`)."""
        words = self.doc.words
        out: list[Phrase] = []
        mods: list[int] = []
        prep: str | None = None
        prep_cases: frozenset[str] = frozenset()
        chain = Chain()
        transitive = False  # a transitive verb stands before, its object not yet found
        i = lo
        while i < hi:
            w = words[i]
            if i > lo:
                gap = self._gap(i - 1, i)
                if _is_boundary(gap):
                    mods, prep = [], None
                    # Marks alone around a name continue a chain: `движения «Левый фронт» Сергей`
                    if _BOUNDARY_RE.search(_MARKS_RE.sub("", gap)):
                        chain = Chain()
                    quoted = self._quoted_name(i, hi)
                    if quoted is not None:
                        ph = self._relate(quoted, chain, None)
                        out.append(ph)
                        chain = chain.add(ph)
                        i = ph.last + 1
                        continue
            if not self.author(w.start):
                mods, prep, chain = [], None, Chain()
                i += 1
                continue
            lx = lex(w.text)
            cases = lexicon.preposition_cases(w.lower) if lx.pos == "PREP" else None
            if cases is not None:
                prep, prep_cases, mods = w.lower, cases, []
                i += 1
                continue
            possessive = w.lower in _POSSESSIVES
            modifier = w.lower not in _SUBORDINATORS and (
                _is_modifier(lx, w.text) or self._agrees_with_next(i, hi, lx)
            )  # `Пейдж, которого Шмидт назвал`: `которого` opens a clause, it is no adjective
            if modifier and _adverbial(w.lower) and i + 1 < hi and words[i + 1].is_capitalized:
                modifier = False  # `Позднее Иванова сказала`: an adverb, no name's adjective
            if (possessive or modifier) and self._noun_follows(i, hi):
                mods.append(i)  # `его заместитель`: a possessive agrees with nothing
                i += 1
                continue
            if prep is not None and lx.pos not in NOMINAL:
                # after a preposition a word is the noun it governs, whatever the dictionary
                # reads first: `к сторожу` (not `я сторожу`)
                governed = frozenset(f for f in lx.nominal if f[0] in prep_cases)
                if governed:
                    lx = replace(lx, pos="NOUN", nominal=governed)
            head = self._head(i, hi, lx, bool(mods), chained=chain.last is not None)
            if head is None:
                if lx.pos not in ("PRCL", "ADVB") and w.lower != "и":
                    chain = Chain()  # `по оценке и реализации лотов`: `и` keeps the chain
                if lx.pos == "VERB":
                    transitive = _takes_person_object(w.lower)
                mods, prep = [], None
                i += 1
                continue
            end, feats, kind = head
            for n in range(len(mods) - 1, -1, -1):
                if words[mods[n]].lower in _POSSESSIVES:
                    continue
                narrowed = _agreeing(lex(words[mods[n]].text).adjectival, feats)
                if not narrowed:
                    mods = mods[n + 1 :]
                    break
                feats = narrowed
            if prep is not None:
                feats = frozenset(f for f in feats if f[0] in prep_cases) or feats
            first = mods[0] if mods else i
            if lx.animate and (self._counted(first, lo) or _several(words[first].lower)):
                feats = feats | {("nomn", "plur", "")}  # `менее трети опрошенных считают`
            person = lx.animate or (kind == "noun" and lexicon.is_title(w.lower))  # `источник`
            ph = Phrase(first, i, end, feats, kind, prep, person=lx.person, animate=person)
            self._pending[ph.head] = ph
            joined = self._listed(ph, out)
            ph = joined if joined is not None else self._relate(ph, chain, prep)
            if transitive and ph.relation == "gen" and ph.animate and "accs" in ph.cases:
                person = chain.person
                if (
                    person is not None
                    and person.owner is None
                    and not lexicon.is_relational(morph.lemma(words[person.head].lower))
                ):
                    ph = ph.depending(None, None)  # `позвал купец сына`: the object
            if ph.owner is None and ph.prep is None and "accs" in ph.cases and ph.kind != "name":
                transitive = transitive and "nomn" in ph.cases  # an object taken (or a subject)
            out.append(ph)
            chain = chain.add(ph)
            mods, prep = [], None
            i = end + 1
        return out

    def _listed(self, ph: Phrase, before: list[Phrase]) -> Phrase | None:
        """``ph`` as a later member of a list (``Иванов, Петров и Сидоров``): joined by a comma
        or ``и`` to a free phrase of the same kind (names with names, nouns with nouns) that
        can share its case; ``None`` when it is no list member."""
        if not before or ph.prep is not None:
            return None
        prev = before[-1]
        if prev.prep is not None or (prev.owner is not None and prev.relation != "list"):
            return None
        head = prev
        if prev.relation == "list":
            head = self._pending.get(prev.owner, prev)
        joint = self.doc.text[self.doc.words[prev.last].end : self.doc.words[ph.first].start]
        if not _LIST_JOINT_RE.fullmatch(joint):
            return None
        family = {"name": "n", "abbr": "n", "quoted": "n", "noun": "c", "adjective": "c"}
        if family.get(ph.kind) != family.get(head.kind) or not (ph.cases & head.cases):
            return None
        if "," in joint and family.get(ph.kind) != "n":
            return None  # `Как сказал эксперт, рабочие …`: a comma lists names only
        if ph.kind == "noun" and not (ph.animate and head.animate):
            return None
        return ph.depending(head.head, "list")

    def _counted(self, first: int, lo: int) -> bool:
        """Whether a number or a word of quantity stands right before word ``first``
        (``двое из``, ``5 % опрошенных``, ``большинство депутатов``)."""
        words = self.doc.words
        if first <= lo:
            return False
        prev = words[first - 1]
        return (
            prev.text[:1].isdigit() or prev.lower in _QUANTIFIERS or (lex(prev.lower).pos == "NUMR")
        )

    def _agrees_with_next(self, i: int, hi: int, lx: Lex) -> bool:
        """Whether a word the dictionary reads first as a noun but also as an adjective agrees
        with the noun right after it: ``Старший директор``, ``рабочий поселок``."""
        if not lx.adjectival or i + 1 >= hi or lx.name:
            return False
        nxt = lex(self.doc.words[i + 1].text)
        return nxt.pos == "NOUN" and bool(_agreeing(lx.adjectival, nxt.nominal))

    def _noun_follows(self, i: int, hi: int) -> bool:
        """Whether a noun (or another modifier and a noun) follows word ``i`` in the phrase."""
        words = self.doc.words
        for j in range(i + 1, min(i + 4, hi)):
            if _is_boundary(self._gap(j - 1, j)):
                return False
            lx = lex(words[j].text)
            if lx.pos in NOMINAL or (lx.name and words[j].is_capitalized):
                return True
            if not _is_modifier(lx, words[j].text) and lx.pos != "ADVB":
                return False
        return False

    def _head(self, i: int, hi: int, lx: Lex, has_mods: bool, *, chained: bool = False):
        """A phrase's head starting at word ``i``: ``(last word, readings, kind)`` or ``None``.
        Capitalised name words run together (``Федор Андреич Отцов``) while their cases agree."""
        words = self.doc.words
        w = words[i]
        if i + 1 < hi and words[i + 1].lower == "из" and morph.lemma(w.lower) in _ONE_OF:
            return i, (lx.adjectival | lx.nominal) or _any_case("sing"), "adjective"  # `один из`
        if w.is_capitalized:  # an outlet of several words is one name: `РИА Новости`
            reach = w.start + lexicon.outlet_at(self.doc.text, w.start)
            end = i
            while end + 1 < hi and words[end + 1].end <= reach:
                end += 1
            if end > i:
                return end, _any_case(), "abbr"
        if w.is_capitalized and lx.fixed and (_ABBR_RE.match(w.text) or _LATIN_RE.match(w.text)):
            end = i
            while (
                _LATIN_RE.match(w.text)
                and end + 1 < hi
                and end - i < NAME_WORDS
                and _LATIN_RE.match(words[end + 1].text)
                and self._gap(end, end + 1) == " "
            ):
                end += 1
            return end, _any_case(), "abbr"
        if lx.pos == "NPRO":
            return i, lx.nominal or _any_case(), "pronoun"
        # A genitive in a chain, though read first as something else: `реализации лотов`
        genitive = (
            chained and lx.pos in _NOT_IN_CHAIN and any(c == "gent" for c, _, _ in lx.nominal)
        )
        if genitive:
            lx = replace(lx, nominal=frozenset(f for f in lx.nominal if f[0] == "gent"))
        # A capitalised word inside a sentence that may be a name is one, whatever the
        # dictionary reads first: `— решает Любим`
        named = (
            w.is_capitalized
            and lx.name
            and (lx.pos not in ("VERB", "INFN") or not self._opens_sentence(i))
        )
        if lx.pos == "NOUN" or genitive or named:
            feats = lx.nominal if lx.nominal and not lx.fixed else _any_case()
            if lx.fixed and lx.nominal:
                numbers = {n for _, n, _ in lx.nominal}
                genders = {g for _, _, g in lx.nominal}
                number = numbers.pop() if len(numbers) == 1 else ""
                gender = genders.pop() if len(genders) == 1 and not w.is_capitalized else ""
                feats = _any_case(number, gender)
            kind = "name" if w.is_capitalized and (lx.name or not lx.known) else "noun"
            end = i
            while kind == "name" and end + 1 < hi and end - i < NAME_WORDS - 1:
                nxt = words[end + 1]
                if not nxt.is_capitalized or self._gap(end, end + 1) not in (" ", "\u00a0"):
                    break
                nl = lex(nxt.text)
                if not (nl.name or not nl.known) or nl.pos in ("VERB", "PREP", "CONJ"):
                    break
                prev = lex(words[end].text)
                if nl.first_name and not nl.patronymic and not prev.first_name and prev.known:
                    break  # a new person: `пресс-секретарь Путина Дмитрий Песков`
                if nl.nominal and not nl.fixed:
                    joint = _agreeing(nl.nominal, feats)
                    if not joint and feats != _any_case():
                        break
                    feats = joint or nl.nominal
                end += 1
            if kind == "name" and words[end].lower in womens_surnames(self.doc):
                feats = feats | {("nomn", "sing", "femn")}  # `— сказала Линик`
            return end, feats, kind
        if lx.pos in ("ADJF", "PRTF") and lx.adjectival and not _adverbial(w.lower):
            if self._noun_later(i, hi, lx):
                return None  # `осведомленный в деталях источник`: its noun comes later
            # no noun after it (a modifier would have been taken): it stands for one,
            # `больной`, `оставшиеся`, `— начал толстый после обеда`
            return i, lx.adjectival, "adjective"
        return None

    def _noun_later(self, i: int, hi: int, lx: Lex) -> bool:
        """Whether a noun that agrees with the adjective at word ``i`` follows it in the same
        stretch of words, past what depends on it (``хорошо осведомленный в деталях сделки
        источник``)."""
        words = self.doc.words
        for j in range(i + 1, min(hi, i + 1 + PARTICIPLE_WORDS)):
            if _is_boundary(self._gap(j - 1, j)):
                return False
            nxt = lex(words[j].text)
            if nxt.pos in ("VERB", "INFN", "GRND", "CONJ"):
                return False
            if nxt.pos == "NOUN" and _agreeing(lx.adjectival, nxt.nominal):
                return True
        return False

    def _opens_sentence(self, i: int) -> bool:
        """Whether word ``i`` is its sentence's first word (marks and dashes may stand before)."""
        s_start, _ = self.doc.sentence_at(self.doc.words[i].start)
        return i == 0 or self.doc.words[i - 1].end <= s_start

    def _quoted_name(self, i: int, hi: int) -> Phrase | None:
        """A short capitalised name in quote marks that starts at word ``i``: ``«Интерфакс»``;
        its case is its first word's when the dictionary declines it (``«Интерфаксу»``)."""
        doc = self.doc
        words = doc.words
        gap_start = words[i - 1].end
        open_at = max(doc.text.rfind(mark, gap_start, words[i].start) for mark in _OPENERS)
        if open_at < 0:
            return None
        m = _QUOTED_NAME_RE.match(doc.text, open_at)
        if m is None:
            return None
        j = i
        while j + 1 < hi and words[j + 1].end <= m.end(1):
            j += 1
        if j - i >= QUOTED_NAME_WORDS or not self.author(words[i].start):
            return None
        first = lex(words[i].text)
        feats = first.nominal if first.known and first.nominal and not first.fixed else None
        return Phrase(i, i, j, feats or _any_case("sing"), "quoted")

    def _comma_before(self, ph: Phrase, last: Phrase) -> bool:
        """Whether a comma parts a phrase from the one before it."""
        words = self.doc.words
        return "," in self.doc.text[words[last.last].end : words[ph.first].start]

    def _relate(self, ph: Phrase, chain: Chain, prep: str | None) -> Phrase:
        """How a phrase depends on the chain before it: a name in apposition to the chain's
        person when their cases meet (``глава МИД России Сергей Лавров``, ``по словам главы
        фонда Ивана Петрова``); a second title of that person (``наблюдатель, парламентарий``);
        a genitive of the chain's last phrase (``министр финансов``, ``пресс-секретарь
        Путина``); a name in marks or an abbreviation naming the thing before it (``газета
        «Заря»``); a ``с``/``в``/``из`` phrase describing a person (``господин с тростью``,
        ``голос из толпы``); a ``по``/``при``/… phrase completing a title (``министр по делам
        молодежи``), unless it names an occasion of speaking (``на совещании``); an animate
        genitive with no comma before it is the person's own (``жена мельника``), not a second
        title."""
        root, last, person = chain.root, chain.last, chain.person
        if root is None or last is None:
            return ph
        if ph.kind in ("name", "quoted") and len(ph.cases) < 5:
            person = chain.person_in(ph.cases) or person
        if prep is not None:
            if lexicon.is_occasion(morph.lemma(self.doc.words[ph.head].lower)):
                return ph  # `заявил глава страны на совещании`: where, not whose
            if not _with(prep, ph):
                return ph  # `крикнула мать с печи`: where from, not whose
            if prep in ("из", "изо") and last is root and root.kind == "noun" and not root.prep:
                return ph.depending(root.head, "pp")  # `голос из толпы`
            if person is None or person is not last:
                if person is not None and prep in _CHAIN_PREPOSITIONS:
                    return ph.depending(last.head, "chain")
                return ph
            if prep in _DESCRIBING and person is root:
                return ph.depending(person.head, "pp")
            if prep in _CHAIN_PREPOSITIONS:  # `министр по делам молодежи Иван Петров`
                return ph.depending(last.head, "chain")
            return ph
        if ph.kind == "pronoun" or last.kind == "pronoun":
            return ph
        if ph.kind in ("quoted", "abbr") and last.kind in ("noun", "abbr") and not last.animate:
            return ph.depending(last.head, "app")  # `движения «Левый фронт»`
        if person is not None:
            if (
                ph.kind == "noun"
                and ph.animate
                and ph.cases & person.cases
                and not person.prep
                and ("gent" not in ph.cases or self._comma_before(ph, last))
            ):  # `посол, депутат`; without the comma a genitive is whose: `жена мельника`
                return ph.depending(person.head, "title")
            if ph.kind in ("name", "quoted"):
                first_case = name_cases([w.text for w in self.doc.words[ph.head : ph.last + 1]])[1]
                if len(ph.cases) < 5:  # a declined name: in apposition when its case is the title's
                    if names_title(person.cases, ph.cases, first_case):
                        return ph.depending(person.head, "app")
                elif (
                    ph.last > ph.head or last is person or lex(self.doc.words[last.head].text).place
                ):
                    return ph.depending(person.head, "app")  # `министра Греции Паноса`
        if "gent" in ph.cases and not (ph.kind == "name" and ph.cases == frozenset({"nomn"})):
            if ph.animate and (
                last.kind in ("abbr", "quoted") or lex(self.doc.words[last.head].text).org
            ):
                return ph  # `цитирует ИТАР-ТАСС министра`: no organisation's person
            return ph.depending(last.head, "gen")
        return ph

    # -- clauses ----------------------------------------------------------------------------

    def segments(self, k: int) -> tuple[tuple[int, int, bool], ...]:
        """Sentence ``k`` cut at punctuation into ``(lo, hi, embedded)`` word ranges; a range is
        embedded when it opens with a subordinating word, a participle or a gerund, or stands in
        brackets."""
        got = self._segments.get(k)
        if got is not None:
            return got
        lo, hi = self.sentence_words(k)
        out: list[tuple[int, int, bool]] = []
        start = lo
        depth = 0
        unfinished = False  # an embedded clause that has had no verb yet
        words = self.doc.words
        for i in range(lo, hi + 1):
            if i < hi and not self.author(words[i].start):
                if start < i:
                    embedded = depth > 0 or self._embedded(start, i)
                    out.append((start, i, embedded))
                start = i + 1
                continue
            if i == hi or (i > lo and _is_boundary(self._gap(i - 1, i))):
                if i < hi:
                    gap = self._gap(i - 1, i)
                    if not _CLAUSE_CUT_RE.search(gap):
                        continue  # quote marks alone do not cut a clause
                    member = self._at.get(i)
                    if member is not None and member.relation == "list":
                        continue  # `Иванов, Петров и Сидоров заявили`: one clause
                if start < i:
                    embedded = depth > 0 or self._embedded(start, i)
                    if out and out[-1][2] and not embedded:
                        # `Иванов, который …, вероятно, …, сказал`: the embedded clause runs on
                        # until a verb opens a segment, and past it when it still has no verb
                        # of its own (`…, что договоренности, заключенные …, нарушаются`)
                        embedded = not self._opens_main(start, i) or unfinished
                    if embedded and self._finite_in((start, i, embedded)) is None:
                        unfinished = unfinished or words[start].lower in _SUBORDINATORS
                    elif embedded:
                        unfinished = False
                    out.append((start, i, embedded))
                if i < hi:
                    gap = self._gap(i - 1, i)
                    depth = max(0, depth + gap.count("(") - gap.count(")"))
                start = i
        got = self._segments[k] = tuple(out)
        return got

    def _segments_within(self, k: int, lo: int, hi: int) -> list[tuple[int, int, bool]]:
        """The segments of sentence ``k`` that reach into words ``[lo, hi)``, found by bisection
        (segments run in text order, disjoint: their starts and their ends both ascend), so a
        question costs no pass over a sentence of thousands of segments."""
        segs = self.segments(k)
        bounds = self._segment_bounds.get(k)
        if bounds is None:
            bounds = self._segment_bounds[k] = ([s[0] for s in segs], [s[1] for s in segs])
        starts, ends = bounds
        return list(segs[bisect_right(ends, lo) : bisect_left(starts, hi)])

    def _opens_main(self, lo: int, hi: int) -> bool:
        """Whether a segment after an embedded clause returns to the main one: it opens with
        a finite verb (``…, который пришел, сказал``), maybe after a conjunction or an adverb,
        or with a noun in the nominative and its verb."""
        words = self.doc.words
        for i in range(lo, min(hi, lo + 3)):
            lx = lex(words[i].lower)
            if lx.pos == "VERB" or (hi - lo > 1 and verb_agreement(words[i].lower) is not None):
                return True  # not a word set off alone: `…, вероятно, …`
            if words[i].lower in _COORDINATORS or lx.pos in ("ADVB", "PRCL", "CONJ"):
                continue
            return False
        return False

    def _embedded(self, lo: int, hi: int) -> bool:
        """Whether a segment is a clause of its own inside the sentence: it opens with a
        subordinating word (``, который …``, ``, что …``), with a gerund, or, after a comma,
        with a participle (``Демократы, потерявшие места, заявили``)."""
        words = self.doc.words
        after_comma = lo > 0 and "," in self.doc.text[words[lo - 1].end : words[lo].start]
        if lo + 1 < hi and words[lo + 1].lower == "ли":
            return True  # `…, был ли получен ответ, …`: an indirect question
        for i in range(lo, min(hi, lo + 3)):
            w = words[i].lower
            if w in _SUBORDINATORS:
                return True
            if w in ("и", "а", "но", "не", "ни", "же", "даже", "уже") or lex(w).pos == "PREP":
                continue
            pos = lex(w).pos
            if pos == "GRND":
                return True
            return pos == "PRTF" and (after_comma or not self._noun_follows(i, hi))
        return False

    def segment_of(self, i: int) -> tuple[int, int, bool]:
        """The segment (see :meth:`segments`) that holds word ``i``."""
        k = self._ensure(i)
        segs = self.segments(k)
        n = bisect_right(segs, (i, len(self.doc.words) + 1, True)) - 1
        if n >= 0 and segs[n][0] <= i < segs[n][1]:
            return segs[n]
        return (i, i + 1, False)

    def heads(self, lo: int, hi: int) -> list[Phrase]:
        """The phrases whose heads are among words ``[lo, hi)``, in text order."""
        out = []
        for i in range(max(0, lo), min(hi, len(self.doc.words))):
            ph = self.phrase_at(i)
            if ph is not None and ph.head == i:
                out.append(ph)
        return out

    def is_main(self, v: int) -> bool:
        """Whether word ``v`` stands in the main clause (no embedded segment holds it)."""
        return not self.segment_of(v)[2]

    def subject(self, v: int, lo: int | None = None, hi: int | None = None) -> Phrase | None:
        """The subject of the verb at word ``v``: a free phrase that can be nominative and
        agrees with it, in the verb's clause, else in the main clause it is joined to; within
        ``[lo, hi)`` when given. The one with only nominative readings wins over one that may be
        another case too (``рассказал ТАСС глава фонда``: ``ТАСС`` may be a dative), then the
        first. A gerund's, an infinitive's or a participle's subject is that of the finite verb
        it depends on.

        >>> d = Doc("Увидала старуха гостя, закричала на него.")
        >>> s = Syntax(d)
        >>> d.words[s.subject(3).head].text
        'старуха'
        >>> d = Doc("Об этом журналистам рассказал глава фонда Иван Петров.")
        >>> d.words[Syntax(d).subject(3).head].text
        'глава'
        """
        words = self.doc.words
        if not 0 <= v < len(words):
            return None
        k = self._ensure(v)
        s_lo, s_hi = self.sentence_words(k)
        lo = max(s_lo, v - CLAUSE_WORDS, lo if lo is not None else s_lo)
        hi = min(s_hi, v + CLAUSE_WORDS + 1, hi if hi is not None else s_hi)
        agreement = verb_agreement(words[v].lower)
        if agreement is None:  # a gerund's subject may stand anywhere in its sentence
            lo = max(s_lo, v - CLAUSE_WORDS)
            hi = min(s_hi, v + CLAUSE_WORDS + 1)
            governor = self._governing_verb(v, lo, hi)
            if governor is None:
                return None
            v = governor
            agreement = verb_agreement(words[v].lower)
            if agreement is None:
                return None
        segs = self._segments_within(k, lo, hi)
        here = next((n for n, s in enumerate(segs) if s[0] <= v < s[1]), None)
        if here is None:
            return None
        found = self._in_segment(segs[here], v, agreement, lo, hi)
        if found is not None:
            return found
        embedded = segs[here][2]
        coordinated = v > 0 and words[v - 1].lower in _COORDINATORS
        if embedded and words[segs[here][0]].lower in _SUBORDINATORS and not coordinated:
            return None  # `…, что сказал`: the clause's own subject, not the main one's
        for n in range(here - 1, -1, -1):  # the main clause this verb is joined to
            seg = segs[n]
            if seg[2]:
                continue
            found = self._in_segment(seg, None, agreement, lo, hi)
            if found is not None:
                return found
            finite = self._finite_in(seg)
            if finite is not None:
                return self._name_before(finite, agreement, max(lo, seg[0]))
        for n in range(here + 1, len(segs)):  # `— сказал, помолчав, старик`
            seg = segs[n]
            if seg[2]:
                continue
            found = self._in_segment(seg, None, agreement, lo, hi)
            if found is not None:
                return found
            if self._has_finite(seg):
                break
        return self._name_before(v, agreement, max(lo, segs[here][0]))

    def _name_before(self, v: int, agreement: Verb, lo: int) -> Phrase | None:
        """A name right before a verb that has no other subject, though chunking took it for
        a genitive: ``30 августа Петренко заявил``, ``на все вопросы Ливанов отвечал`` (an
        indeclinable name, or one that may be nominative)."""
        for i in range(v - 1, max(lo - 1, v - 3), -1):
            ph = self._at.get(i)
            if ph is None:
                if lex(self.doc.words[i].lower).pos in ("ADVB", "PRCL"):
                    continue
                return None
            if ph.kind != "name" or ph.prep is not None or ph.last != i:
                return None
            free = ph.depending(None, None)
            return free if agrees(free, agreement) else None
        return None

    def _has_finite(self, seg: tuple[int, int, bool]) -> bool:
        return self._finite_in(seg) is not None

    def _finite_in(self, seg: tuple[int, int, bool]) -> int | None:
        """The first finite verb of a segment, if any (a short adjective set off alone is a
        parenthetical word: `…, вероятно, …`)."""
        if seg[1] - seg[0] == 1 and lex(self.doc.words[seg[0]].lower).pos in ("ADJS", "PRTS"):
            return None
        for i in range(seg[0], seg[1]):
            if verb_agreement(self.doc.words[i].lower) is not None:
                return i
        return None

    def _in_segment(
        self, seg: tuple[int, int, bool], v: int | None, agreement: Verb, lo: int, hi: int
    ) -> Phrase | None:
        best: tuple[int, int, Phrase] | None = None
        fallback: Phrase | None = None
        for ph in self.heads(max(seg[0], lo), min(seg[1], hi)):
            if not ph.free:
                # `рассказал агентству аналитик банка`: read first as a genitive of the noun
                # before it, a person who may be nominative is the subject all the same
                if fallback is None and ph.relation == "gen" and ph.animate and ph.prep is None:
                    free = ph.depending(None, None)
                    if agrees(free, agreement):
                        fallback = free
                continue
            if not (agrees(self._as_list(ph), agreement) or agrees(ph, agreement)):
                continue  # a list with a plural verb; `писатель и журналист Иванов` with one
            certainty = 0 if ph.cases == frozenset({"nomn"}) else 1
            if len(ph.cases) >= 5:
                certainty = 2
            rank = (certainty, ph.first)
            if best is None or rank < best[:2]:
                best = (*rank, ph)
        return best[2] if best is not None else fallback

    def _as_list(self, ph: Phrase) -> Phrase:
        """A list's head phrase read as the plural the whole list is."""
        if len(self.members(ph)) < 2:
            return ph
        return replace(ph, feats=frozenset({("nomn", "plur", "")}))

    def _governing_verb(self, v: int, lo: int, hi: int) -> int | None:
        """The finite verb a gerund, an infinitive or a participle depends on: for an
        infinitive the finite verb just before it (``стал спрашивать``); for a gerund the
        nearest finite verb of the main clause."""
        words = self.doc.words
        ps = morph.parses(words[v].lower)
        pos = ps[0].tag.POS if ps else None
        if pos == "INFN":
            for j in range(v - 1, max(lo - 1, v - 4), -1):
                if verb_agreement(words[j].lower) is not None:
                    return j
            return None
        if pos == "GRND" or pos == "PRTF":
            for d in range(1, CLAUSE_WORDS):
                for j in (v - d, v + d):
                    if not (lo <= j < hi and self.author(words[j].start)):
                        continue  # never a verb of the quoted words
                    if verb_agreement(words[j].lower) and self.is_main(j):
                        return j
            return None
        return None

    def objects(self, v: int, case: str, *, reach: int = 6) -> list[Phrase]:
        """Free phrases in ``case`` after the verb at word ``v``, within its segment and
        ``reach`` words (``цитирует агентство министра``: the accusative ``министра``)."""
        seg = self.segment_of(v)
        return [
            ph
            for ph in self.heads(v + 1, min(seg[1], v + 1 + reach))
            if ph.free and case in ph.cases
        ]


_DESCRIBING = frozenset({"с", "со", "в", "во", "из"})
# Parts of speech the dictionary may read first for a word that is a genitive in a chain.
_NOT_IN_CHAIN = frozenset({"ADJS", "PRTS", "COMP", "PRED", "ADVB"})
# Words that take one out of a group: `один из ректоров`, `кто-то из толпы`.
_ONE_OF = frozenset({"один", "кто-то", "кто-нибудь", "некоторый", "многие", "многий"})
# Prepositions a title's complement may hold: `начальник отдела по работе с прессой`.
_CHAIN_PREPOSITIONS = frozenset({"по", "против", "при", "от", "для", "с", "со", "в", "во", "на"})
_LIST_JOINT_RE = regex.compile(r"\s*,\s*(?:а\s+также\s+)?|\s+и\s+")
_QUANTIFIERS = frozenset(
    {"большинство", "меньшинство", "часть", "ряд", "множество", "несколько", "много", "половина"}
)


def can_be_person(word: str) -> bool:
    """Whether some reading of a word names someone: an animate noun, or an adjective standing
    for one; where the clause asks for a person (the one who speaks, the one words are spoken
    to: ``обратился к косарю``), a noun that also names a thing will do.

    >>> can_be_person("косарю"), can_be_person("эхо"), can_be_person("больной")
    (True, False, True)
    """
    lx = lex(word)
    return (
        lx.animate
        or lx.substantive
        or any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in morph.parses(word.lower()))
    )
