"""Mentions of speakers: person names, pronouns, titles and organisations, with the name in the
nominative and the gender and number that pronoun resolution needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon, morph
from .segment import Doc, Word

NAME, PRONOUN, TITLE, ORG = "name", "pronoun", "title", "org"

_ABBR_RE = regex.compile(r"^[A-ZА-ЯЁ]{2,6}$")
_LATIN_RE = regex.compile(r"^[A-Za-z]")
_INITIAL_BEFORE_RE = regex.compile(r"\b[А-ЯЁ]\.\s?$")

CASE_ORDER = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@dataclass(frozen=True, slots=True)
class Mention:
    """Words that point at a speaker, with what resolution needs to know of them."""

    start: int
    end: int
    kind: str  # NAME, PRONOUN, TITLE, ORG
    name: str  # the words in the nominative (a pronoun: the pronoun itself)
    key: str  # surname lemma for names, head lemma for titles, the pronoun for pronouns
    gender: str | None = None  # "masc", "femn" or None
    number: str = "sing"
    members: tuple[Mention, ...] = ()  # the people of a list: `Меркель, Путин и Порошенко`


def _name_parse(word: str):
    """The best parse of ``word`` as part of a person's name, or ``None``."""
    for p in morph.parses(word):
        if p.tag.grammemes & morph.NAME_GRAMMEMES:
            return p
    return None


_SURNAME_SHAPE_RE = regex.compile(
    r"(?:[оеё]в|[ыи]н|ск|цк)(?:а|у|ым|ом|е|ой|ою|ы|ых|ими|ым)?$|(?:ск|цк)(?:ий|ая|ого|ому|ой|им|ую)$"
)
# A masculine surname in the nominative: Лавров, Путин, Высоцкий.
MASC_SURNAME_RE = regex.compile(r"(?:[оеё]в|[ыи]н|[сц]кий)$")
_STEM_ENDINGS_RE = regex.compile(
    r"(?:ами|ями|ыми|ими|ого|его|ому|ему|ой|ей|ом|ем|ым|им|ых|их|ую|юю|ая|яя|а|я|у|ю|е|ы|и|о)$"
)


def surname_key(word: str) -> str:
    """A key that is the same for every case form of a surname.

    >>> surname_key("Лаврову"), surname_key("Лавров"), surname_key("Лукашенко")
    ('лавров', 'лавров', 'лукашенк')
    """
    w = word.lower().replace("ё", "е")
    stem = _STEM_ENDINGS_RE.sub("", w)
    return stem if len(stem) >= 3 else w


_FUNCTIONAL = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "ADVB", "PRED", "NUMR", "COMP"})


def is_name_word(word: Word, *, after_first_name: bool = False, mid_sentence: bool = False) -> bool:
    """Whether a capitalised word can be part of a person's name. Right after a first name any
    capitalised noun can be the surname (``Владислав Бриг``); in the middle of a sentence a
    capitalised word the dictionary reads as an adverb is a name too (``заявление Мутко``).

    >>> is_name_word(Word(0, 9, "Лукашенко")), is_name_word(Word(0, 6, "Москва"))
    (True, False)
    """
    return _is_name_text(word.text, after_first_name, mid_sentence)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _is_name_text(text: str, after_first_name: bool, mid_sentence: bool) -> bool:
    """:func:`is_name_word` of a word as written; cached, since it reads only the word."""
    if not text[:1].isupper() or _ABBR_RE.match(text):
        return False
    if _LATIN_RE.match(text):
        return False
    ps = morph.parses(text)
    if not ps:
        return True
    best = ps[0]
    if mid_sentence and best.tag.POS in ("ADVB", "PRED", "COMP") and not _name_parse(text):
        return not any(p.tag.POS in ("NOUN", "ADJF") and p.score > 0.3 for p in ps)
    if best.tag.POS in _FUNCTIONAL or "Apro" in best.tag.grammemes:
        return False
    if after_first_name:
        return True
    if (
        "Geox" in best.tag.grammemes
        and morph.is_known(text)
        and best.tag.grammemes & {"sing", "Pltm"}
    ):
        return False  # Израиль, Москва, Филиппин: a place first, whatever names it also is
    if "Orgn" in best.tag.grammemes and morph.is_known(text):
        return False  # Минфина: an organisation, though shaped like a surname
    if _name_parse(text) is not None:
        return True
    if (
        _SURNAME_SHAPE_RE.search(text)
        and not {"Geox", "sing"} <= best.tag.grammemes
        and not (best.tag.POS == "ADJF" and morph.is_known(text))
    ):
        return True  # Ливанов, Соколовой: shaped like a Russian surname (Новой is no name)
    if "Geox" in best.tag.grammemes or "Orgn" in best.tag.grammemes:
        return False
    # A word the dictionary does not know, inflected like a noun: a foreign or rare name; inside
    # a sentence, whatever part of speech the dictionary guesses for it (`Саеб`, guessed a verb).
    if morph.is_known(text):
        return False
    return mid_sentence or best.tag.POS in ("NOUN", "ADJS", "ADJF", None)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _cases(word: str) -> frozenset[str]:
    """The cases a name word can be in (empty when it does not inflect or is unknown, or is
    known only as a common word shaped like a surname: ``Пустяков``)."""
    out: set[str] = set()
    if not morph.is_known(word):
        return frozenset()
    if _name_parse(word) is None and MASC_SURNAME_RE.search(word):
        return frozenset()
    for p in morph.parses(word):
        if "Fixd" in p.tag.grammemes:
            return frozenset()
        if p.tag.case:
            out.add(p.tag.case)
    return frozenset(out)


def _is_patronymic(word: Word) -> bool:
    return _is_patronymic_text(word.text)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _is_patronymic_text(text: str) -> bool:
    return any("Patr" in p.tag.grammemes for p in morph.parses(text)[:2])


def _can_be_first_name(word: Word) -> bool:
    """A capitalised word the dictionary knows as a first name among its readings, though it
    reads it first as a common word (``Любови``, ``Веры``): what follows it capitalised is a
    surname even when it is a common word too (``Любови Соболь``)."""
    return _can_be_first_name_text(word.text)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _can_be_first_name_text(text: str) -> bool:
    return morph.is_known(text) and any("Name" in p.tag.grammemes for p in morph.parses(text))


def _is_first_name(word: Word) -> bool:
    """A first name the dictionary knows (its guesses for an unknown word are no evidence:
    ``Зайберт`` is not read as a first name that would start a new person)."""
    return _is_first_name_text(word.text)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _is_first_name_text(text: str) -> bool:
    if not morph.is_known(text):
        return False
    return any("Name" in p.tag.grammemes for p in morph.parses(text)[:2])


def _restore_case(original: str, form: str) -> str:
    if "ё" not in original.lower():
        form = form.replace("ё", "е").replace("Ё", "Е")  # keep the text's own spelling
    if original.isupper():
        return original  # an abbreviation: МИД
    pieces_o = original.split("-")
    pieces_f = form.split("-")
    if len(pieces_o) != len(pieces_f):
        return form[:1].upper() + form[1:]
    return "-".join(
        f[:1].upper() + f[1:] if o[:1].isupper() else f
        for o, f in zip(pieces_o, pieces_f, strict=True)
    )


def nominative(words: list[str], *, person: bool, case: str | None = None) -> str:
    """The words of a name in the nominative, capitalisation kept. ``case`` is the case the
    context demands (``по словам`` → genitive), when known; otherwise the case that the words'
    parses make likeliest together.

    >>> nominative(["Александром", "Лукашенко"], person=True)
    'Александр Лукашенко'
    >>> nominative(["Ангелой", "Меркель"], person=True)
    'Ангела Меркель'
    >>> nominative(["Паноса", "Камменоса"], person=True, case="gent")
    'Панос Камменос'
    >>> nominative(["Любови", "Соболь"], person=True, case="gent")
    'Любовь Соболь'
    """
    return _nominative(tuple(words), person, case)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _nominative(words: tuple[str, ...], person: bool, case: str | None) -> str:
    """:func:`nominative`, cached by the words as written and the context's case."""
    if not words:
        return ""
    options = []
    for k, w in enumerate(words):
        ps = morph.parses(w)
        if person:
            named = [p for p in ps if p.tag.grammemes & morph.NAME_GRAMMEMES]
            ps = tuple(named) or tuple(p for p in ps if p.tag.POS == "NOUN") or ps
        single = tuple(p for p in ps if "plur" not in p.tag.grammemes)
        ps = single or ps
        options.append(() if person and _undeclined(k, words) else ps)
    if case is not None and not all(
        any(case in p.tag.grammemes for p in ps) or not morph.is_known(w) or _undeclined(k, words)
        for k, (w, ps) in enumerate(zip(words, options, strict=True))
    ):
        case = None  # the context misled: the words cannot be in that case
    common = case if case is not None else _likeliest_case(options)
    out = []
    for w, ps in zip(words, options, strict=True):
        form = w
        if person and (MASC_SURNAME_RE.search(w) or (w[-1:] in "иоуеэю" and not morph.is_known(w))):
            # Ливанов, Очумелов: a bare -ов/-ин surname is nominative; Пелоси: indeclinable
            out.append(w)
            continue
        if common is not None and common != "nomn":
            done = False
            for p in ps:
                if common in p.tag.grammemes and "Fixd" not in p.tag.grammemes:
                    f = morph.inflected(p, {"nomn", "sing"}) or morph.inflected(p, {"nomn"})
                    if f is not None:
                        form = _restore_case(w, f.word)
                    done = True
                    break
            fixed = any("Fixd" in p.tag.grammemes for p in morph.parses(w))
            if not done and not fixed and person and common in ("gent", "accs") and w[-1:] == "а":
                form = w[:-1]  # an unknown masculine name in the genitive: Паноса -> Панос
        out.append(form)
    return " ".join(out)


def _undeclined(k: int, words: tuple[str, ...]) -> bool:
    """Whether word ``k`` of a name, not its first, is a woman's surname that does not decline
    (see :func:`quotex.morph.undeclined_surname`)."""
    return k > 0 and morph.undeclined_surname(words[0], words[k])


def _likeliest_case(options: list[tuple]) -> str | None:
    """The case all words can share with the highest summed parse score."""
    best, best_score = None, -1.0
    for c in CASE_ORDER:
        if not all(any(c in p.tag.grammemes for p in ps) or not ps for ps in options):
            continue
        score = sum(
            max((p.score for p in ps if c in p.tag.grammemes), default=0.0) for ps in options if ps
        )
        if score > best_score + 1e-9:
            best, best_score = c, score
    return best


# The case a name takes after these words.
_CASE_AFTER = {
    "с": "ablt",
    "со": "ablt",
    "между": "ablt",
    "над": "ablt",
    "у": "gent",
    "от": "gent",
    "для": "gent",
    "без": "gent",
    "из": "gent",
    "до": "gent",
    "против": "gent",
    "словам": "gent",
    "мнению": "gent",
    "оценке": "gent",
    "заявлению": "gent",
    "утверждению": "gent",
    "сообщению": "gent",
    "к": "datv",
    "ко": "datv",
    "о": "loct",
    "об": "loct",
    "при": "loct",
}


_RELATIVES = frozenset({"который", "чей"})


def context_case(words: list[Word], i: int) -> str | None:
    """The case a name starting at ``words[i]`` must be in, from the words before it: a
    preposition or a frame noun, or the title it stands in apposition to, looked for back
    through the title's complements (``министра обороны Греции Паноса Камменоса``). The
    genitive and the accusative of a man's name are one form, so either reads as genitive.

    >>> d = Doc("по словам Ивана Петрова")
    >>> context_case(d.words, 2)
    'gent'
    >>> d = Doc("Лидер социал-демократов Вилия Блинкявичюте сообщила")
    >>> context_case(d.words, 2)
    'nomn'
    >>> context_case(Doc("Белов, которого Смирнова упрекнула").words, 2) is None
    True
    """
    title = _title_case_before(words, i)
    if title is not None:
        return title
    for k in range(i - 1, max(-1, i - 6), -1):
        prev = words[k].lower
        if prev in _CASE_AFTER:
            return _CASE_AFTER[prev] if k == i - 1 else None
        ps = morph.parses(prev)
        if not ps or ps[0].tag.POS not in ("NOUN", "ADJF") or ps[0].normal_form in _RELATIVES:
            return None  # `Белов, которого Смирнова упрекнула`: a clause opens, no agreement
        cases = _readable_cases(prev, ("NOUN", "ADJF"))
        if len(cases) == 1 and (k == i - 1 or "anim" in ps[0].tag.grammemes):
            return next(iter(cases))
    return None


_CLAUSE_OPENING_RE = regex.compile(r"[—–\-,.!?:;]")  # what may stand before a clause's verb


def _subject_case(doc: Doc, i: int, j: int) -> str | None:
    """``nomn`` for a name of words ``[i, j)`` that stands next to a past-tense verb it agrees
    with in gender, as its subject: right before the verb (``Котова заявила``) or right after a
    verb that opens its clause (``— заявила Котова``); a feminine verb tells the woman's
    nominative from the genitive of a man's surname.

    >>> _subject_case(Doc("«Да», — заявила Котова."), 2, 3), _subject_case(Doc("Котова ушла"), 0, 1)
    ('nomn', 'nomn')
    >>> _subject_case(Doc("Анна спросила Котова."), 2, 3) is None
    True
    """
    words = doc.words
    verbs = []
    if j < len(words) and doc.text[words[j - 1].end : words[j].start] == " ":
        verbs.append(words[j])
    if i > 0 and doc.text[words[i - 1].end : words[i].start] == " ":
        k = i - 1
        before = doc.text[words[k - 1].end : words[k].start] if k > 0 else ""
        if k == 0 or _CLAUSE_OPENING_RE.search(before):
            verbs.append(words[k])
    last = morph.parses(words[j - 1].lower)
    for v in verbs:
        gender = morph.past_gender(v.lower)
        if gender is not None and any(
            q.tag.case == "nomn" and q.tag.gender == gender for q in last
        ):
            return "nomn"
    return None


def _title_case_before(words: list[Word], i: int) -> str | None:
    """The case of a title the name stands in apposition to, past the title's complements
    (``Лидер социал-демократов Вилия``: the nominative of ``лидер``, not the genitive of the
    word beside the name), when its form says it."""
    for k in range(i - 1, max(-1, i - 6), -1):
        prev = words[k].lower
        if prev in _CASE_AFTER:
            return None
        ps = morph.parses(prev)
        if not ps or ps[0].tag.POS not in ("NOUN", "ADJF"):
            return None
        if k < i - 1 and lexicon.is_title(prev):
            cases = _readable_cases(prev, ("NOUN",))
            return next(iter(cases)) if len(cases) == 1 else None
    return None


@lru_cache(maxsize=morph.CACHE_SIZE)
def _readable_cases(word: str, pos: tuple[str, ...]) -> frozenset[str]:
    """The cases the word's parses of those parts of speech allow; the genitive and the
    accusative of a man's name are one form, so both read as genitive."""
    cases = frozenset(p.tag.case for p in morph.parses(word) if p.tag.POS in pos and p.tag.case)
    return frozenset({"gent"}) if cases and cases <= {"gent", "accs"} else cases


def gender_of(words: list[str]) -> str | None:
    """``"masc"`` or ``"femn"`` from the parses of a name in the nominative, or ``None``
    (``Вилия`` is read by the dictionary only as a genitive of the man's ``Вилий``: no gender).

    >>> gender_of(["Ангела", "Меркель"]), gender_of(["Сергей", "Лавров"])
    ('femn', 'masc')
    >>> gender_of(["Вилия", "Блинкявичюте"]) is None
    True
    """
    return _gender_of(tuple(words))


@lru_cache(maxsize=morph.CACHE_SIZE)
def _gender_of(words: tuple[str, ...]) -> str | None:
    """:func:`gender_of`, cached by the words."""
    parses = [_nominative_name_parse(w) for w in words]
    for p in parses:
        if p is not None and p.tag.gender in ("masc", "femn"):
            if "Name" in p.tag.grammemes or "Patr" in p.tag.grammemes:
                return str(p.tag.gender)
    for p in parses:
        if p is not None and p.tag.gender in ("masc", "femn"):
            return str(p.tag.gender)
    return None


_FEMALE_SURNAME_RE = regex.compile(r"(?:[оеё]ва|[ыи]на|[сц]кая)$")


def _nominative_name_parse(word: str):
    """The nominative name reading of a word; of a word the dictionary does not know, only
    when its shape says a surname's gender (its guesses are no evidence: ``Уэйко``)."""
    if not morph.is_known(word) and not (
        MASC_SURNAME_RE.search(word) or _FEMALE_SURNAME_RE.search(word)
    ):
        return None
    for p in morph.parses(word):
        if p.tag.grammemes & morph.NAME_GRAMMEMES and p.tag.case == "nomn":
            return p
    return None


def _starts_sentence(doc: Doc, word: Word) -> bool:
    """Whether no word stands before ``word`` in its sentence (marks and dashes may)."""
    s_start, _ = doc.sentence_at(word.start)
    k = doc.index_before(word.start)
    return k is None or doc.words[k].end <= s_start


def person_names(doc: Doc, start: int = 0, end: int | None = None) -> list[Mention]:
    """Runs of capitalised words that read as a person's name, in ``[start, end)``.

    >>> d = Doc("Встреча с президентом Александром Лукашенко прошла.")
    >>> [(m.name, m.key) for m in person_names(d)]
    [('Александр Лукашенко', 'лукашенк')]
    """
    end = len(doc.text) if end is None else end
    words = doc.words if start <= 0 and end >= len(doc.text) else doc.words_between(start, end)
    out = []
    # single capitalised words opening a sentence or read as common words: names only if the
    # text names someone so elsewhere
    pending: list[Word] = []
    i = 0
    while i < len(words):
        if not words[i].is_capitalized:
            i += 1
            continue
        before = doc.text[max(0, words[i].start - 1) : words[i].start]
        if before and before in '«„"“':
            i += 1  # a name in quote marks is a title or an organisation
            continue
        mid = not _starts_sentence(doc, words[i])
        if not is_name_word(words[i], mid_sentence=mid):
            if not _ABBR_RE.match(words[i].text) and not _LATIN_RE.match(words[i].text):
                pending.append(words[i])  # `Рено` (also a brand) once `Джанет Рено` is named
            i += 1
            continue
        j = i + 1
        cases = _cases(words[i].text)
        while j < len(words) and j - i < 4:
            gap = doc.text[words[j - 1].end : words[j].start]
            if gap not in (" ", "\u00a0"):
                break
            if not is_name_word(words[j], after_first_name=_can_be_first_name(words[j - 1])):
                break
            if (
                _is_first_name(words[j])
                and not _is_first_name(words[j - 1])
                and morph.is_known(words[j - 1].text)
                and not (_is_patronymic(words[j]))
            ):
                # a new person after a surname the dictionary knows: `с Владимиром Путиным
                # Меркель`, `Путина Дмитрий Песков`; after a foreign name it does not, a first
                # name may be the surname (`Махатхир Мохамад`)
                break
            nxt = _cases(words[j].text)
            if _undeclined(1, (words[i].text, words[j].text)):
                nxt = frozenset()  # `с Ириной Гальперин`: her surname takes no case
            if cases and nxt and not cases & nxt:
                break
            cases = (cases & nxt) if cases and nxt else (cases or nxt)
            j += 1
        run = words[i:j]
        if len(run) == 1 and _starts_sentence(doc, run[0]) and _name_parse(run[0].text) is None:
            pending.append(run[0])  # a name only if the text names someone so elsewhere
            i = j
            continue
        texts = [w.text for w in run]
        case = context_case(words, i) or _subject_case(doc, i, j)
        name = nominative(texts, person=True, case=case)
        key = surname_key(run[-1].text)
        start_pos = run[0].start
        initial = _INITIAL_BEFORE_RE.search(doc.text, max(0, start_pos - 4), start_pos)
        if initial is not None:
            start_pos = initial.start()
        out.append(Mention(start_pos, run[-1].end, NAME, name, key, gender_of(name.split())))
        i = j
    keys = {m.key for m in out}
    for w in pending:  # `Певкур согласился` after `Ханно Певкуром`
        key = surname_key(w.text)
        if key in keys:
            name = nominative([w.text], person=True)
            out.append(Mention(w.start, w.end, NAME, name, key, gender_of([name])))
    out.sort(key=lambda m: m.start)
    return out


def pronoun_at(word: Word) -> Mention | None:
    """A pronoun mention for ``word``, if it is one that can point at a speaker.

    >>> pronoun_at(Word(0, 3, "она")).gender
    'femn'
    """
    entry = lexicon.pronoun(word.lower)
    if entry is None:
        return None
    gender, number = entry
    return Mention(
        word.start,
        word.end,
        PRONOUN,
        word.text,
        word.lower,
        gender if gender in ("masc", "femn", "neut") else None,
        number,
    )


def title_at(doc: Doc, index: int) -> Mention | None:
    """A title phrase (``президент РБ``, ``глава МИД``, ``министр спорта``) starting at word
    ``index``, up to the punctuation or the name that ends it.

    >>> d = Doc("сказал министр спорта РФ.")
    >>> title_at(d, 1).name
    'министр спорта РФ'
    """
    words = doc.words
    w = words[index]
    if not lexicon.is_title(w.lower):
        return None
    j = index + 1
    while j < len(words) and j - index < 6:
        gap = doc.text[words[j - 1].end : words[j].start]
        if gap.strip(' «»"') != "":
            break
        nxt = words[j]
        if nxt.is_capitalized and not _ABBR_RE.match(nxt.text) and is_name_word(nxt):
            break
        if nxt.lower in _STOP_AFTER_TITLE or not _complements_title(nxt):
            break
        j += 1
    if morph.lemma(w.lower) in _PLACED_TITLES:
        j = _placed(doc, j)
    head = nominative([w.text], person=False).lower()
    end = words[j - 1].end
    rest = doc.text[w.end : end]
    closer = _closer_of(rest)
    if closer and doc.text.startswith(closer, end):
        end += len(closer)  # `источник «Прайм»`: the complement's marks kept whole
        rest += closer
    name = head + regex.sub(r"\s+", " ", rest)
    return Mention(w.start, end, TITLE, name, morph.lemma(w.text), None)


# Titles completed by where they are (`источник в правительстве Германии`, `источники при
# штабе`): a place in the prepositional case and its genitives belong to them.
_PLACED_TITLES = frozenset({"источник", "собеседник"})
_PLACE_PREPOSITIONS = frozenset({"в", "во", "при"})


def _placed(doc: Doc, j: int) -> int:
    """Where a title's ``в …``/``при …`` phrase that starts at word ``j`` ends (``j`` if
    there is none)."""
    words = doc.words
    if j + 1 >= len(words) or words[j].lower not in _PLACE_PREPOSITIONS:
        return j
    if (
        doc.text[words[j - 1].end : words[j].start].strip()
        or doc.text[words[j].end : words[j + 1].start].strip()
    ):
        return j
    if not any(
        p.tag.case == "loct" and p.tag.POS == "NOUN" for p in morph.parses(words[j + 1].text)
    ):
        return j
    k = j + 2
    while k < len(words) and k - j < 5 and not doc.text[words[k - 1].end : words[k].start].strip():
        if not _complements_title(words[k]) or words[k].lower in _STOP_AFTER_TITLE:
            break
        k += 1
    return k


def _closer_of(text: str) -> str:
    """The mark that would close a mark left open in ``text``, or ``""``."""
    if text.count("«") > text.count("»"):
        return "»"
    if text.count('"') % 2:
        return '"'
    return ""


def _complements_title(word: Word) -> bool:
    """Whether a word can continue a title phrase: an abbreviation (``РБ``), a capitalised
    place (``Беларуси``) or a word in the genitive (``спорта``, ``иностранных дел``)."""
    if _ABBR_RE.match(word.text) or _LATIN_RE.match(word.text):
        return True
    for p in morph.parses(word.text)[:3]:
        if "gent" in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF"):
            return True
    return word.is_capitalized


_STOP_AFTER_TITLE = frozenset(
    {
        "и",
        "в",
        "на",
        "с",
        "со",
        "по",
        "который",
        "которая",
        "которые",
        "которого",
        "которой",
        "что",
        "не",
        "уже",
        "также",
        "тоже",
        "же",
        "бы",
        "ли",
        "после",
        "перед",
        "при",
        "для",
    }
)


_ONE_OF = {"один": "один", "одна": "одна", "кто-то": "кто-то", "кто-нибудь": "кто-нибудь"}


def one_of_at(doc: Doc, i: int) -> Mention | None:
    """Someone out of a group, named as the text names them: ``один из ректоров``,
    ``кто-то из толпы``, ``одного из депутатов`` (in the nominative). Nobody the document
    names by name.

    >>> d = Doc("по словам одного из ректоров московских вузов,")
    >>> one_of_at(d, 2).name
    'один из ректоров московских вузов'
    """
    words = doc.words
    if i + 2 >= len(words) or words[i + 1].lower != "из":
        return None
    head = words[i].lower
    if head not in _ONE_OF:
        head = morph.lemma(head)
        if head == "один" and morph.first_tag_has(words[i].lower, "femn"):
            head = "одна"
    if head not in _ONE_OF:
        return None
    j = i + 2
    while j < len(words) and j - i < 7:
        if doc.text[words[j - 1].end : words[j].start].strip():
            break
        if not any(
            p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF")
            for p in morph.parses(words[j].text)
        ) and not (j > i + 2 and words[j].is_capitalized):
            break
        j += 1
    if j == i + 2:
        return None
    name = " ".join([_ONE_OF[head], *(w.text for w in words[i + 1 : j])])
    return Mention(words[i].start, words[j - 1].end, TITLE, name, head, None, "sing")


def latin_org_at(doc: Doc, i: int) -> Mention:
    """A name in Latin script (``Business NZ``, ``Mail on Sunday``, ``NEWSru.com``): an
    organisation or outlet, kept as written."""
    words = doc.words
    j = i + 1
    while j < len(words) and j - i < 5:
        gap = doc.text[words[j - 1].end : words[j].start]
        if gap not in (" ", "."):
            break
        nxt = words[j].text
        if gap == "." and not _DOMAIN_RE.match(doc.text, words[j - 1].end):
            break
        if not regex.match(r"[A-Za-z]", nxt):
            break
        if nxt[:1].islower() and gap == " ":
            # `Mail on Sunday`: a small word between capitalised ones
            if not (
                j + 1 < len(words)
                and words[j + 1].text[:1].isupper()
                and regex.match(r"[A-Z]", words[j + 1].text)
            ):
                break
        j += 1
    end = words[j - 1].end
    text = doc.text[words[i].start : end]
    return Mention(words[i].start, end, ORG, text, text.lower(), None, "sing")


_DOMAIN_RE = regex.compile(r"\.(?:com|ru|net|org|ua|by|info)\b")


def sentence_capital(doc: Doc, word: Word) -> bool:
    """Whether a word's capital is only the sentence's: it opens the sentence and the
    dictionary reads it first as a common word, no name of a place, a body or a person.

    >>> d = Doc("Правительство и Газпром молчат. Газпром молчит.")
    >>> [sentence_capital(d, w) for w in d.words if w.is_capitalized]
    [True, False, False]
    """
    if not word.is_capitalized or not _starts_sentence(doc, word):
        return False
    ps = morph.parses(word.text)
    return bool(ps) and morph.is_known(word.text) and not ps[0].tag.grammemes & _PROPER


_PROPER = frozenset({"Geox", "Orgn", "Name", "Surn", "Patr", "Trad", "Abbr"})


def org_at(doc: Doc, i: int) -> Mention:
    """An organisation named from word ``i``: an outlet as written (``РИА Новости``), or an
    organisation's head noun in the nominative with the words that complete it (``пресс-службы
    банка`` → ``пресс-служба банка``).

    >>> org_at(Doc("сообщили в пресс-службе банка"), 2).name
    'пресс-служба банка'
    >>> org_at(Doc("Правительство заявило об этом."), 0).name
    'правительство'
    """
    words = doc.words
    n = lexicon.outlet_at(doc.text, words[i].start)
    if n:
        end = words[i].start + n  # an outlet, as written: `РИА Новости`
        return Mention(
            words[i].start,
            end,
            ORG,
            doc.text[words[i].start : end],
            doc.text[words[i].start : end].lower(),
            None,
            "sing",
        )
    j = i + 1
    limit = 4
    while j < len(words) and j - i < limit:
        gap = doc.text[words[j - 1].end : words[j].start]
        if gap.strip(' «»"') != "":
            break
        w = words[j].lower
        if lexicon.preposition_cases(w) is not None or lexicon.is_speech_verb(w):
            break
        j += 1
    texts = [x.text for x in words[i:j]]
    head = nominative([texts[0]], person=False)
    if texts[0][:1].islower() or sentence_capital(doc, words[i]):
        head = head.lower()  # `Правительство заявило`: a capital the sentence gave it
    name = " ".join([head, *texts[1:]])
    return Mention(words[i].start, words[j - 1].end, ORG, name, morph.lemma(texts[0]), None, "sing")
