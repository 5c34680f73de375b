"""The speaker's mention at a cue: which words of the author's near a quote name its speaker.

A remark's speaker follows its verb (``— сказал Лукашенко``), an intro's precedes it (``Лукашенко
заявил:``); a relay's outlet is skipped (``цитирует РБК Лесина``); a frame names its speaker
(``по словам Ивана``, ``по его словам``); a gerund takes the sentence's subject; several people
make a list; a common noun beside the verb is a description (``— зевнул жандарм``).
"""

from __future__ import annotations

import regex

from . import lexicon, morph
from .cues import Cue
from .mentions import (
    MASC_SURNAME_RE,
    NAME,
    ORG,
    PRONOUN,
    TITLE,
    Mention,
    nominative,
    pronoun_at,
    surname_key,
    title_at,
)
from .registry import (
    NOT_COMPLEMENTS,
    STOP_RE,
    Names,
    canon_word,
    is_nominative_possible,
)
from .segment import Doc
from .windows import (
    CONJUNCTION_ADVERBS,
    FIRST_SUBJECT_WORDS,
    SENTENCE_START_CHARS,
    SUBJECT_BACK_WORDS,
)

_RELAY_VERBS = frozenset({"цитировать", "процитировать", "передавать", "передать"})
_PREPOSITIONS = frozenset(
    {
        "в",
        "во",
        "на",
        "с",
        "со",
        "по",
        "из",
        "от",
        "у",
        "к",
        "ко",
        "о",
        "об",
        "для",
        "при",
        "перед",
        "после",
        "за",
        "через",
        "над",
        "под",
        "между",
    }
)

_POSSESSIVE = frozenset({"его", "ее", "её", "их"})
_LATIN_RE = regex.compile(r"[A-Z]")
_DOMAIN_RE = regex.compile(r"\.(?:com|ru|net|org|ua|by|info)\b")


def _mention_at(doc: Doc, i: int, names: Names) -> Mention | None:
    """The mention that starts at word ``i``: a name, a pronoun, a title or an organisation.
    A possessive (``его правительство``) points at nobody here: ``по его словам`` is read by
    the frame itself. Found once per word of a document, however many searches pass it."""
    memo = doc.memo(names)
    if i not in memo:
        memo[i] = _find_mention_at(doc, i, names)
    return memo[i]


def _find_mention_at(doc: Doc, i: int, names: Names) -> Mention | None:
    w = doc.words[i]
    if w.start in names:
        return names[w.start]
    if w.lower in _POSSESSIVE:
        return None
    p = pronoun_at(w)
    if p is not None:
        return p
    one = _one_of_at(doc, i)
    if one is not None:
        return one
    t = title_at(doc, i)
    if t is not None:
        return t
    if lexicon.is_org_head(w.lower) or lexicon.is_outlet(w.text):
        return _org_at(doc, i)
    if _LATIN_RE.match(w.text):
        return _latin_org_at(doc, i)
    return None


_ONE_OF = {"один": "один", "одна": "одна", "кто-то": "кто-то", "кто-нибудь": "кто-нибудь"}


def _one_of_at(doc: Doc, i: int) -> Mention | None:
    """Someone out of a group, named as the text names them: ``один из ректоров``,
    ``кто-то из толпы``, ``одного из депутатов`` (in the nominative). Nobody the document
    names by name.

    >>> d = Doc("по словам одного из ректоров московских вузов,")
    >>> _one_of_at(d, 2).name
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


def _latin_org_at(doc: Doc, i: int) -> Mention:
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


def _org_at(doc: Doc, i: int) -> Mention:
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
        if words[j].lower in _PREPOSITIONS or lexicon.is_speech_verb(words[j].lower):
            break
        j += 1
    texts = [x.text for x in words[i:j]]
    head = nominative([texts[0]], person=False)
    if texts[0][:1].islower():
        head = head.lower()
    name = " ".join([head, *texts[1:]])
    return Mention(words[i].start, words[j - 1].end, ORG, name, morph.lemma(texts[0]), None, "sing")


# Cues whose speaker usually stands before the verb (``X заявил, что``, ``X заявил: «``).
_SUBJECT_FIRST = frozenset(
    {"that_clause", "colon_intro", "colon_clause", "partial_credit", "colon_dash"}
)
_GERUND_TAG = "GRND"


def find_mention(doc: Doc, cue: Cue, names: Names) -> Mention | None:
    """The speaker's mention in the cue's region (see :func:`_find_mention`), with a name in
    marks that completes it: ``газета «Труд»``, ``источник «Прайм»``.

    >>> from quotex.cues import after_quote
    >>> from quotex.mentions import person_names
    >>> d = Doc("«Да», — сказал Иван Петров.")
    >>> find_mention(d, after_quote(d, 3), Names(person_names(d))).name
    'Иван Петров'
    """
    m = _find_mention(doc, cue, names)
    if m is None or m.kind not in (TITLE, ORG):
        return m
    after = _NAME_IN_MARKS_RE.match(doc.text, m.end)
    if after is None or len(after.group("name").split()) > 4:
        return m
    name = f"{m.name} «{after.group('name')}»"
    return Mention(m.start, after.end(), m.kind, name, m.key, m.gender, m.number)


_NAME_IN_MARKS_RE = regex.compile(r"\s+[«\"„“](?P<name>[^«»\"„“”\n]{1,60})[»\"“”]")


def _find_mention(doc: Doc, cue: Cue, names: Names) -> Mention | None:
    """The speaker's mention in the cue's region.

    After a remark's verb the speaker follows it (``— сказал Лукашенко``); before an intro the
    speaker precedes it (``Лукашенко заявил:``); each side is tried when the other has none, then
    a common noun as the subject (``— зевнул жандарм``, ``демократы заявляют``). A relay's outlet
    is skipped (``цитирует РБК Лесина``); a frame's own pronoun counts (``по его словам``); a
    gerund's subject is the sentence's (``Лавров …, заявив``).
    """
    r_start, r_end = cue.region
    if cue.rule == "headline":  # `Киев: …`: the name before the colon, as written
        who = doc.text[r_start:r_end]
        return Mention(r_start, r_end, ORG, who, who.lower(), None, "sing")
    if cue.kind == "frame":
        for i in range(doc.word_index(cue.start), doc.word_index(cue.end)):
            p = pronoun_at(doc.words[i])
            if p is not None:
                return p
        return _forward(doc, doc.word_index(cue.end) - 1, r_end, names, relay=False, oblique=True)
    if cue.verb is None:
        return _backward(doc, doc.word_index(cue.start), r_start, names) or _forward(
            doc, doc.word_index(cue.end) - 1, r_end, names, relay=False
        )
    v = cue.verb
    verb = doc.words[v]
    if lexicon.is_perception_verb(verb.lower):
        return _voice_of(doc, v, r_end, names)  # `— Держи! — слышит Иван`: Иван hears it
    relay = morph.lemma(verb.text) in _RELAY_VERBS
    if morph.first_tag_has(verb.lower, _GERUND_TAG):
        s_start, _ = doc.sentence_at(verb.start)
        return first_subject(doc, s_start, v, names) or _backward(doc, v, s_start, names)
    shared = _coordinated_subject(doc, v, names)
    if shared is not None:
        return shared
    if morph.first_tag_has(verb.lower, "plur"):
        listed = _listed_names(doc, v, r_start, r_end, names)
        if listed is not None:
            return listed
    if cue.rule in _SUBJECT_FIRST:
        return (
            _backward(doc, v, r_start, names)
            or _description_near(doc, v, r_start, r_end, before=True)
            or _forward(doc, v, r_end, names, relay=relay)
            or _description_near(doc, v, r_start, r_end, before=False)
            or _description_first(doc, v, r_start)
        )
    return (
        _forward(doc, v, r_end, names, relay=relay)
        or _backward(doc, v, r_start, names)
        or _description_near(doc, v, r_start, r_end, before=False)
        or _description_near(doc, v, r_start, r_end, before=True)
    )


_VOICES = frozenset({"голос", "крик", "шепот", "возглас", "окрик", "бас"})


def _voice_of(doc: Doc, v: int, end: int, names: Names) -> Mention | None:
    """Whose voice a verb of hearing hears: ``— Тащи! — слышит он голос Любима`` is Любим's;
    ``— слышит Иван`` names the listener, not the speaker.

    >>> from quotex.mentions import person_names
    >>> d = Doc("— Тащи! — слышит он голос Любима.")
    >>> _voice_of(d, 1, len(d.text), Names(person_names(d))).name
    'Любим'
    """
    words = doc.words
    for i in range(v + 1, min(v + 5, len(words) - 1)):
        if words[i].end > end:
            break
        if morph.lemma(words[i].lower) not in _VOICES:
            continue
        who = words[i + 1]
        if who.start in names:
            return names[who.start]
        if who.is_capitalized:  # a name the dictionary reads as a common word: `Любима`
            name = nominative([who.text], person=True, case="gent")
            return Mention(who.start, who.end, NAME, name, surname_key(who.text), None, "sing")
        return None
    return None


_CONJUNCTIONS = frozenset({"и", "но", "а", "однако"})
_ADVERBS_AFTER_CONJUNCTION = frozenset({"также", "тоже", "затем", "потом", "еще", "ещё", "вновь"})


def _coordinated_subject(doc: Doc, v: int, names: Names) -> Mention | None:
    """The subject a verb shares with the sentence's first verb when a conjunction joins it
    with no subject of its own: ``Лесин опроверг, что Петров предлагал …, и заявил``; the
    name in the clause between is not its subject.

    >>> from quotex.mentions import person_names
    >>> d = Doc("Анна Иванова сказала, что Петров ушел, но подчеркнула, что все в порядке.")
    >>> _coordinated_subject(d, 7, Names(person_names(d))).name
    'Анна Иванова'
    """
    j = v - 1
    while (
        j >= max(0, v - 1 - CONJUNCTION_ADVERBS)
        and doc.words[j].lower in _ADVERBS_AFTER_CONJUNCTION
    ):
        j -= 1
    if j <= 0 or doc.words[j].lower not in _CONJUNCTIONS:
        return None
    s_start, _ = doc.sentence_at(doc.words[v].start)
    if doc.words[j].start <= s_start:
        return None
    m = first_subject(doc, s_start, j, names)
    if m is None or m.kind not in (NAME, TITLE, PRONOUN):
        return None
    gender = morph.parses(doc.words[v].lower)[0].tag.gender
    if gender in ("masc", "femn") and m.gender not in (None, gender):
        return None  # `Анна сказала, что Петров ушел и заявил`: not hers
    return m


def _description_first(doc: Doc, v: int, start: int) -> Mention | None:
    """The common noun that opens the sentence, in the verb's number, as its subject:
    ``Демократы, потерявшие места в Конгрессе, заявляют``."""
    verb = morph.parses(doc.words[v].lower)
    number = verb[0].tag.number if verb else None
    for i in range(doc.word_index(start), min(v, doc.word_index(start) + 3)):
        w = doc.words[i]
        ps = morph.parses(w.lower)
        if not ps or ps[0].tag.POS != "NOUN" or "nomn" not in ps[0].tag.grammemes:
            continue
        if number and ps[0].tag.number != number:
            return None
        first = _adjectives_before(doc, i, doc.word_index(start))
        name = " ".join([*_agreeing(doc, first, i), nominative([w.text], person=False).lower()])
        return Mention(doc.words[first].start, w.end, TITLE, name, morph.lemma(w.text))
    return None


def _is_place_or_common(w, ps) -> bool:
    """A word after a preposition that names no organisation: a place or a common noun."""
    if lexicon.is_org_head(w.lower):
        return False
    return not w.is_capitalized or bool(ps and "Geox" in ps[0].tag.grammemes)


def _can_head_description(w, ps) -> bool:
    """A noun in the nominative (``жандарм``, ``демократы``), a substantivised adjective
    (``толстый``, ``кривой``), or a capitalised word mid-sentence (a name the dictionary reads
    as something else: ``кричит Любим``)."""
    if not ps:
        return w.is_capitalized
    tag = ps[0].tag
    if tag.POS == "NOUN" and "nomn" in tag.grammemes:
        return True
    if tag.POS == "ADJF" and "nomn" in tag.grammemes and "Apro" not in tag.grammemes:
        return tag.number == "sing"
    return w.is_capitalized and tag.POS not in ("VERB", "INFN", "PREP", "CONJ", "PRCL", "NPRO")


def _ends_clause(doc: Doc, w, end: int) -> bool:
    """Whether punctuation (or the region's end) follows the word."""
    rest = doc.text[w.end : min(end, w.end + 3)].lstrip()
    return w.end >= end or not rest or rest[0] in ".,;:!?…—–"


def _can_be_person_nominative(ps) -> bool:
    """Whether some reading is a noun, or a substantivised adjective, in the nominative
    singular: ``— простонал больной.`` (read first as a genitive of ``больная``)."""
    return any(
        p.tag.case == "nomn"
        and p.tag.number == "sing"
        and (p.tag.POS == "NOUN" or (p.tag.POS == "ADJF" and "Apro" not in p.tag.grammemes))
        for p in ps
    )


_LIST_JOINT_RE = regex.compile(r"\s*,\s*(?:а\s+также\s+)?|\s+и\s+")
_LIST_JOINT_BEFORE_RE = regex.compile(r"(?:\s*,\s*(?:а\s+также\s+)?|\s+и\s+)$")


def _listed_names(doc: Doc, v: int, start: int, end: int, names: Names) -> Mention | None:
    """Several people speaking together, next to a plural verb: ``Иван Петров и Анна Сидорова
    заявили`` or ``заявили Меркель, Путин и Порошенко``."""
    verb = doc.words[v]
    run: list[Mention] = []
    m = names.by_end.get(_prev_end(doc, verb.start))
    if m is not None and not doc.text[m.end : verb.start].strip():
        run = [m]
        while True:
            joint = _LIST_JOINT_BEFORE_RE.search(doc.text, max(0, run[0].start - 16), run[0].start)
            prev = names.by_end.get(joint.start()) if joint is not None else None
            if prev is None or prev.start < start:
                break
            run.insert(0, prev)
    if len(run) < 2:
        k = doc.word_index(verb.end)
        m = names.get(doc.words[k].start) if k < len(doc.words) else None
        run = [m] if m is not None and not doc.text[verb.end : m.start].strip() else []
        while run:
            joint = _LIST_JOINT_RE.match(doc.text, run[-1].end, end)
            nxt = names.get(joint.end()) if joint is not None else None
            if nxt is None or nxt.end > end:
                break
            run.append(nxt)
    if len(run) >= 2:
        return Mention(run[0].start, run[-1].end, NAME, "", "", None, "plur", tuple(run))
    return None


def _prev_end(doc: Doc, pos: int) -> int:
    k = doc.index_before(pos)
    return doc.words[k].end if k is not None else 0


def first_subject(doc: Doc, start: int, v: int, names: Names) -> Mention | None:
    """The first mention of the sentence before word ``v`` that can be a subject.

    >>> from quotex.mentions import person_names
    >>> d = Doc("Министр Иван Петров, выступая в Минске, заявив об этом, ушел.")
    >>> first_subject(d, 0, 7, Names(person_names(d))).name
    'Иван Петров'
    """
    i = doc.word_index(start)
    stop = min(v, i + FIRST_SUBJECT_WORDS)
    while i < stop:
        m = _mention_at(doc, i, names)
        if m is not None and (m.kind == PRONOUN or _nominative_head(doc, m)):
            return _extend_title(doc, m, names)
        i = max(i + 1, doc.word_index(m.end) if m is not None else i + 1)
    return None


def _description_near(doc: Doc, v: int, start: int, end: int, *, before: bool) -> Mention | None:
    """A common noun in the nominative right beside the verb, with its adjectives:
    ``— зевнул жандарм``, ``— ответило эхо``, ``демократы заявляют``, ``японская полиция
    отметила``; ``из``/``от`` phrases after it are kept (``голос из толпы``)."""
    rng = range(v - 1, max(-1, v - 5), -1) if before else range(v + 1, min(v + 4, len(doc.words)))
    for i in rng:
        w = doc.words[i]
        if w.start < start or w.end > end:
            return None
        if before and "," in doc.text[w.end : doc.words[v].start]:
            return None  # another clause stands between
        ps = morph.parses(w.lower)
        if i > 0 and doc.words[i - 1].lower in _PREPOSITIONS and _is_place_or_common(w, ps):
            if before:
                return None  # `в Британии отмечают`: a place, no subject (but `в Роструде`)
            continue
        if not before and ps and ps[0].tag.POS == "ADJF" and i + 1 < len(doc.words):
            nxt = doc.words[i + 1]
            if nxt.end <= end and _can_head_description(nxt, morph.parses(nxt.lower)):
                continue  # `кричит горбатый Любим`: the adjective goes with the next word
        if not _can_head_description(w, ps) and not (
            not before and _ends_clause(doc, w, end) and _can_be_person_nominative(ps)
        ):
            if ps and ps[0].tag.POS in ("ADVB", "PRCL", "CONJ"):
                continue
            if w.lower in ("столь", "так", "уже", "же", "также", "тоже", "еще", "вновь"):
                continue
            if not before:
                continue
            return None
        first = i
        while first - 1 >= 0 and doc.words[first - 1].start >= start:
            pp = morph.parses(doc.words[first - 1].lower)
            if not pp or pp[0].tag.POS != "ADJF" or "Apro" in pp[0].tag.grammemes:
                break
            first -= 1
        stop = i + 1
        if (
            stop + 1 < len(doc.words)
            and doc.words[stop].lower in ("из", "от")
            and (doc.words[stop + 1].end <= end)
        ):
            stop += 2
        if w.is_capitalized and first < i:
            first = i  # `горбатый Любим`: the name alone names the speaker
        texts = [x.text for x in doc.words[first : i + 1]]
        head = nominative(texts, person=False, case="nomn")  # a subject: `простонал больной`
        s_start, _ = doc.sentence_at(doc.words[first].start)
        lead = doc.words[first].start
        if (
            lead - s_start <= SENTENCE_START_CHARS
            and doc.text[s_start:lead].strip(' —–-«"') == ""
            and not head.split()[0].isupper()
        ):
            head = head[:1].lower() + head[1:]  # capitalised only as the sentence's first word
        tail = doc.text[doc.words[i].end : doc.words[stop - 1].end]
        return Mention(
            doc.words[first].start, doc.words[stop - 1].end, TITLE, head + tail, morph.lemma(w.text)
        )
    return None


def _no_closer(gap: str) -> str:
    """The gap between two words without a straight mark that closes the first one's quoted
    name (``"Голоса Америки" лидер``), which is no more a stop than ``»`` is."""
    return gap[1:] if gap.startswith('"') else gap


def _forward(
    doc: Doc, v: int, end: int, names: Names, *, relay: bool, oblique: bool = False
) -> Mention | None:
    """The first mention after word ``v`` within the clause (up to a comma or ``end``)."""
    skipped_outlet = False
    i = v + 1
    while i < len(doc.words) and doc.words[i].end <= end and i - v <= 10:
        w = doc.words[i]
        gap = doc.text[doc.words[i - 1].end : w.start] if i > 0 else ""
        if i > v + 1 and (STOP_RE.search(_no_closer(gap)) or "," in gap):
            break
        if lexicon.is_speech_verb(w.lower) and i > v + 1:
            break
        m = _mention_at(doc, i, names)
        if m is not None and names.quoted(m.start):
            m = None
        if m is not None:
            if relay and not skipped_outlet and _is_outlet_like(doc, m):
                skipped_outlet = True
                i = doc.word_index(m.end)
                continue
            after_v = doc.words[i - 1].lower in ("в", "во")
            oblique_ok = oblique or relay or (m.kind == ORG and after_v)
            if m.kind in (NAME, TITLE, ORG) and not oblique_ok and not _nominative_head(doc, m):
                i = max(i + 1, doc.word_index(m.end))
                continue
            return _with_adjectives(doc, _extend_title(doc, m, names), v + 1)
        i += 1
    return None


def _adjectives_before(doc: Doc, i: int, lo: int) -> int:
    """Index of the first of the adjectives right before word ``i`` (``i`` when none)."""
    first = i
    while first - 1 >= lo:
        ps = morph.parses(doc.words[first - 1].lower)
        if not ps or ps[0].tag.POS != "ADJF" or "Apro" in ps[0].tag.grammemes:
            break
        first -= 1
    return first


def _agreeing(doc: Doc, first: int, i: int) -> list[str]:
    """The adjectives ``words[first:i]`` in the nominative, agreeing with the noun ``words[i]``:
    ``официального представителя`` → ``официальный``."""
    hp = morph.parses(doc.words[i].lower)
    tag = hp[0].tag if hp else None
    agree = {"nomn", *(str(g) for g in (tag.gender, tag.number) if g)} if tag else {"nomn"}
    out = []
    for w in doc.words[first:i]:
        ps = [p for p in morph.parses(w.lower) if p.tag.POS == "ADJF"]
        out.append(next((f.word for p in ps if (f := p.inflect(agree)) is not None), w.lower))
    return out


def _with_adjectives(doc: Doc, m: Mention, lo: int) -> Mention:
    """A description with the adjectives before its title: ``официального представителя
    министерства`` → ``официальный представитель министерства``."""
    if m.kind != TITLE:
        return m
    i = doc.word_index(m.start)
    first = _adjectives_before(doc, i, lo)
    if first == i:
        return m
    name = " ".join([*_agreeing(doc, first, i), m.name])
    return Mention(doc.words[first].start, m.end, TITLE, name, m.key, m.gender, m.number)


def _backward(doc: Doc, v: int, start: int, names: Names) -> Mention | None:
    """The nearest mention before word ``v`` in the clause that can be the verb's subject."""
    ends = names.by_end
    for i in range(v - 1, max(-1, v - 1 - SUBJECT_BACK_WORDS), -1):
        w = doc.words[i]
        if w.start < start:
            break
        if _in_parentheses(doc, w.start, start):
            continue  # `Юрген Клинсман (Jürgen Klinsmann) назвал`
        m = ends.get(w.end)
        if m is None and _LATIN_RE.match(w.text):
            first = i  # `Mail on Sunday`: back to the start of a Latin-script name
            while (
                first > 0
                and regex.match(r"[A-Za-z]", doc.words[first - 1].text)
                and (doc.text[doc.words[first - 1].end : doc.words[first].start] == " ")
            ):
                first -= 1
            while first < i and not doc.words[first].text[:1].isupper():
                first += 1
            m = _latin_org_at(doc, first)
        if m is None:
            m = _mention_at(doc, i, names)
            if m is not None and m.end > doc.words[v].start:
                m = None
        if m is None or names.quoted(m.start):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            t = title_at(doc, j)
            if t is not None and t.end >= m.end and doc.words[j].start >= start:
                m = t
                break
        m = _head_before_marks(doc, m, start) or m
        if m.kind == PRONOUN or (_nominative_head(doc, m) and _agrees_in_number(doc, m, v)):
            if m.kind == TITLE:
                return _extend_title(doc, m, names)
            return m
        if m.kind == ORG and not doc.text[m.end : doc.words[v].start].strip():
            inside = _org_after_v(doc, i, m, start)  # `В нижней палате парламента опровергают`
            if inside is not None:
                return inside
    return None


_OPENERS = frozenset('«"„“')


def _head_before_marks(doc: Doc, m: Mention, start: int) -> Mention | None:
    """The title right before a name in marks, which heads it: ``источник «Прайм»``
    (:func:`find_mention` adds the name in marks back)."""
    i = doc.word_index(m.start)
    if i == 0 or m.kind == PRONOUN:
        return None
    prev = doc.words[i - 1]
    gap = doc.text[prev.end : m.start]
    if prev.start < start or gap.strip() not in _OPENERS:
        return None
    t = title_at(doc, i - 1)
    return t if t is not None and t.end == prev.end else None


def _org_after_v(doc: Doc, i: int, m: Mention, start: int) -> Mention | None:
    """An organisation in ``в …`` before a verb with no subject speaks: ``в МИД заявили``,
    ``в нижней палате парламента опровергают``; its adjectives come along, in the nominative."""
    first = _adjectives_before(doc, i, doc.word_index(start))
    if first == 0 or doc.words[first - 1].lower not in ("в", "во"):
        return None
    name = " ".join([*_agreeing(doc, first, i), m.name])
    return Mention(doc.words[first].start, m.end, ORG, name, m.key, None, "sing")


def _in_parentheses(doc: Doc, pos: int, start: int) -> bool:
    """Whether ``pos`` is inside parentheses opened after ``start``."""
    opened = doc.rfind("(", start, pos)
    return opened != -1 and doc.find(")", opened, pos) == -1


def _is_outlet_like(doc: Doc, m: Mention) -> bool:
    """Whether a mention after a relaying verb is the relay itself (``цитирует РБК …``)."""
    return m.kind == ORG or lexicon.is_outlet(doc.text[m.start : m.end])


def _nominative_head(doc: Doc, m: Mention) -> bool:
    """Whether the mention can stand in the nominative, as a subject does."""
    words = doc.words_between(m.start, m.end)
    if not words:
        return False
    w = words[0]
    if _LATIN_RE.match(w.text) or is_nominative_possible(w.text):
        return True
    if m.kind != NAME:
        return False
    # Ливанов (read by the dictionary as a plural of Ливан), Лукашенко (indeclinable),
    # Кайкконен (unknown to it, guessed a short adjective: no case of a noun said)
    last = words[-1].text
    if not morph.is_known(last) and not any(
        p.tag.POS == "NOUN" and p.tag.case not in (None, "nomn") for p in morph.parses(last)
    ):
        return True
    return bool(MASC_SURNAME_RE.search(last)) or all(
        "Fixd" in p.tag.grammemes for p in morph.parses(w.text)[:1]
    )


def _agrees_in_number(doc: Doc, m: Mention, v: int) -> bool:
    """Whether a title's head, or a common noun heading an organisation, can be a nominative
    of the verb's number: not ``главы … пообещал``, ``пресс-служба мэрии … сообщила`` (``главы``,
    ``мэрии`` are plural nominatives or genitives)."""
    if m.kind == ORG and not doc.text[m.start : m.start + 1].islower():
        return True  # `Ведомости сообщили`: a name as written
    if m.kind not in (TITLE, ORG):
        return True
    verb = morph.parses(doc.words[v].lower)
    number = verb[0].tag.number if verb else None
    if number is None:
        return True
    head = doc.words[doc.word_index(m.start)].text
    return any(p.tag.case == "nomn" and p.tag.number in (None, number) for p in morph.parses(head))


def _extend_title(doc: Doc, m: Mention, names: Names) -> Mention:
    """A title followed by a name in apposition is that name: ``пресс-секретарь Путина Дмитрий
    Песков``, ``председатель Союза садоводов области Олег Рябов``. The apposition
    is the last name of the chain that agrees in case with the title; names before it complete
    the title (``Путина``)."""
    if m.kind != TITLE:
        return m
    head_cases = _word_cases(doc.words[doc.word_index(m.start)].lower)
    found = None
    j = doc.word_index(m.end)
    for k in range(j, min(j + 12, len(doc.words))):
        w = doc.words[k]
        gap = doc.text[doc.words[k - 1].end : w.start]
        if STOP_RE.search(gap.replace("«", "").replace("»", "").replace('"', "")) or "," in gap:
            break
        nm = names.get(w.start)
        if nm is not None:
            cases = _word_cases(w.text)
            if not head_cases or not cases or head_cases & cases:
                found = nm
            continue
        if found is not None and w.start < found.end:
            continue
        ps = morph.parses(w.lower)
        if (ps and ps[0].tag.POS in ("VERB", "GRND", "INFN", "PRTF", "PRTS")) or w.lower in (
            "который",
            "которая",
            "которые",
            "которого",
            "которой",
        ):
            break
        if found is not None:
            break
    if found is None:
        return m
    return Mention(m.start, found.end, NAME, found.name, found.key, found.gender, found.number)


def _word_cases(word: str) -> set[str]:
    """The cases a noun or name can be in (empty when unknown or indeclinable)."""
    if not morph.is_known(word):
        return set()
    ps = morph.parses(word)
    if any("Fixd" in p.tag.grammemes for p in ps[:1]):
        return set()
    return {str(p.tag.case) for p in ps if p.tag.case and p.tag.POS == "NOUN"}


def title_complements(doc: Doc, m: Mention) -> frozenset[str]:
    """The words that complete a title mention (``министр спорта РФ`` → спорт, россия), with an
    adjective right before it (``Российский президент`` → россия).

    >>> d = Doc("сказал министр спорта РФ.")
    >>> sorted(title_complements(d, title_at(d, 1)))
    ['россия', 'спорт']
    """
    words = doc.words_between(m.start, m.end)
    head = next((k for k, w in enumerate(words) if morph.lemma(w.lower) == m.key), 0)
    words = words[:head] + words[head + 1 :]  # `латвийский министр`: the adjective completes it
    i = doc.word_index(m.start)
    if i > 0:
        ps = morph.parses(doc.words[i - 1].lower)
        if ps and ps[0].tag.POS == "ADJF":
            words = [doc.words[i - 1], *words]
    return frozenset(canon_word(w.text) for w in words) - NOT_COMPLEMENTS


_ADDRESSEE_REACH = 6  # words after the cue verb


def addressee(doc: Doc, cue: Cue | None, names: Names) -> Mention | None:
    """Whom a remark says the words were spoken to: ``к`` and a name or a person's description
    in the dative after the cue verb, in the nominative.

    >>> from quotex.cues import verb_cue
    >>> d = Doc("— Где лошади? — обратился землемер к станционному жандарму.")
    >>> addressee(d, verb_cue(d, 2, (15, 59), "remark"), Names([])).name
    'станционный жандарм'
    """
    if cue is None or cue.verb is None:
        return None
    words = doc.words
    _, r_end = cue.region
    for i in range(cue.verb + 1, min(cue.verb + 1 + _ADDRESSEE_REACH, len(words) - 1)):
        gap = doc.text[words[i - 1].end : words[i].start]
        if words[i].end > r_end or STOP_RE.search(gap) or "," in gap:
            return None
        if words[i].lower not in ("к", "ко"):
            continue
        j = i + 1
        if words[j].start in names:
            return names[words[j].start]
        k = j
        while k < len(words) and k - j < 3 and morph.first_tag_has(words[k].lower, "ADJF", "datv"):
            k += 1
        if k > j and not (k < len(words) and _dative_person(words[k].lower)):
            k -= 1  # `к постовому`: an adjective that names the person itself
        key = _dative_person(words[k].lower) if k < len(words) else None
        if key is not None:
            text = [w.text for w in words[j : k + 1]]
            name = nominative(text, person=False, case="datv").lower()
            return Mention(words[j].start, words[k].end, TITLE, name, key, None, "sing")
        return None
    return None


def _dative_person(word: str) -> str | None:
    """The lemma of the word read as a person in the dative (``сторожу`` → ``сторож``)."""
    for p in morph.parses(word)[:3]:
        if p.tag.case == "datv" and "anim" in p.tag.grammemes and p.tag.POS == "NOUN":
            return p.normal_form.replace("ё", "е")
    return None
