"""Cues: the author's words that report speech, found around a quote.

Each finder looks at one layout and returns a :class:`Cue`: the cue words (a verb such as
``сказал``, a frame such as ``по словам``, a colon or a dash), the region of the author's words in
which the speaker's mention is to be found, and the name of the rule that found it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon, morph
from .punct import JOIN_DASH
from .segment import Doc, Word

# Between a quote and the author's remark: `", - сказал`, `», — заявил`, `» — говорит`, `», сказал`.
_JOIN_AFTER_RE = regex.compile(r"[\s\"»“”']*(?P<punct>[,.!?…]*)\s*(?P<dash>—|–|--?)?\s*")
# The end of a remark: the sentence ends or the speech resumes (`. — Не ждите`).
# The search is bounded by the paragraph's end, which may lie lines below (a hard-wrapped text).
_REMARK_END_RE = regex.compile(r"[.!?…]+(?=\s|$|[—–]|-)|[,:]\s*" + JOIN_DASH + r"\s*(?=\S)")
_COLON_END_RE = regex.compile(r":\s*$")
_CHTO_END_RE = regex.compile(r"(?:,\s*|\s)(?:(?:в|о|на)\s+том\s*,\s*)?что\s*$")
_COMMA_END_RE = regex.compile(r",\s*$")

MAX_INTRO = 300  # characters of the author's words an intro cue is looked for in
MAX_VERB_OFFSET = 6  # words between the start of a remark and its verb
MAX_GERUND_PHRASE = 6  # more words when the remark opens with a gerund's phrase


@dataclass(frozen=True, slots=True)
class Cue:
    """Words that report a quote and where the speaker is to be looked for.

    ``start``/``end`` cover the cue words; ``region`` is the stretch of the author's words around
    them; ``verb`` is the index in ``doc.words`` of the cue verb, if there is one.
    """

    start: int
    end: int
    kind: str  # "verb", "frame", "colon", "dash"
    region: tuple[int, int]
    rule: str
    verb: int | None = None


def verb_cue(doc: Doc, v: int, region: tuple[int, int], rule: str) -> Cue:
    """The cue that word ``v`` (a verb) makes, with the region its speaker is looked for in.

    >>> d = Doc("Иван сказал: «Да».")
    >>> verb_cue(d, 1, (0, 11), "colon_intro").start
    5
    """
    w = doc.words[v]
    return Cue(w.start, w.end, "verb", region, rule, v)


def is_cue_verb(word: Word, *, remarks: bool = False) -> bool:
    """Whether ``word`` is a form of a speech verb (or, with ``remarks``, any verb an author uses
    in a dialogue remark: ``поморщился``, ``подумал``).

    >>> is_cue_verb(Word(0, 7, "заявила"))
    True
    """
    w = word.lower
    if lexicon.is_speech_verb(w) or lexicon.is_thought_verb(w):
        return True
    return remarks and lexicon.is_remark_verb(w)


def find_verb(
    doc: Doc, start: int, end: int, *, remarks: bool = False, limit: int = 99
) -> int | None:
    """Index in ``doc.words`` of the first cue verb among the first ``limit`` words of the span.

    >>> d = Doc("— Да, — сказал он.")
    >>> d.words[find_verb(d, 5, 18)].text
    'сказал'
    """
    i = doc.word_index(start)
    n = 0
    while i < len(doc.words) and doc.words[i].end <= end and n < limit:
        if is_cue_verb(doc.words[i], remarks=remarks):
            return i
        i += 1
        n += 1
    return None


def remark_end(doc: Doc, start: int) -> int:
    """Where an author's remark that starts at ``start`` ends (exclusive): after the full stop
    that ends it (``сказал он.— Не ждите``), or before the comma after which speech resumes.

    >>> d = Doc("— Да, — сказал он. — Нет.")
    >>> d.text[8:remark_end(d, 8)]
    'сказал он.'
    """
    _, para_end = doc.paragraph_at(start)
    m = _REMARK_END_RE.search(doc.text, start, para_end)
    if m is None:
        return para_end
    if m.group()[0] in ".!?…":
        return m.end()
    return m.start()


def after_quote(doc: Doc, pos: int, *, remarks: bool = False) -> Cue | None:
    """A cue right after a quote that ends at ``pos``: ``», — сказал X``, ``» — X.``.

    >>> d = Doc("«Да», — сказал Иван.")
    >>> c = after_quote(d, 3)
    >>> d.text[c.start:c.end], d.text[c.region[0]:c.region[1]]
    ('сказал', 'сказал Иван.')
    """
    _, para_end = doc.paragraph_at(pos)
    m = _JOIN_AFTER_RE.match(doc.text, pos, para_end)
    if m is None:
        return None
    punct, dash = m.group("punct"), m.group("dash")
    if not dash and punct != ",":
        return None
    if dash is None and punct == ",":
        remarks = False
    start = m.end()
    end = remark_end(doc, start)
    if end <= start:
        return None
    # `», сказал X` has the verb at once; `», которые … объявили` is another clause.
    limit = MAX_VERB_OFFSET if dash else 2
    first = doc.words_from(start, 1, end)
    if dash and first and morph.first_tag_has(first[0].lower, "GRND"):
        limit += MAX_GERUND_PHRASE  # `», — опершись на трибуну, уже спокойно произнесла она`
    verb = find_verb(doc, start, end, remarks=remarks or bool(dash), limit=limit)
    if verb is not None:
        return verb_cue(doc, verb, (start, end), "after_quote")
    if dash:
        words = doc.words_between(start, end)
        tail = doc.text[words[-1].end : end].strip() if words else ""
        if words and words[0].is_capitalized and len(words) <= 4 and tail in ("", "."):
            # `«…» — Путин.`: a trailing dash and a name stand for the verb.
            d0 = m.start("dash")
            return Cue(d0, d0 + len(dash), "dash", (start, end), "dash_name")
    return None


def before_quote(doc: Doc, pos: int) -> Cue | None:
    """A cue in the author's words right before a quote that starts at ``pos``:
    ``X заявил: «…»``, ``X заявил, что «…»``, ``По словам X, «…»``.

    >>> d = Doc("Министр заявил: «Да».")
    >>> c = before_quote(d, 16)
    >>> d.text[c.start:c.end], c.rule
    ('заявил', 'colon_intro')
    """
    s_start, _ = doc.sentence_at(pos)
    p_start, _ = doc.paragraph_at(pos)
    start = max(s_start, p_start, pos - MAX_INTRO)
    if start >= pos:
        return None
    clause = doc.text[start:pos]
    m = _COLON_END_RE.search(clause)
    if m is not None:
        end = start + m.start()
        verb = last_verb(doc, start, end)
        if verb is not None:
            return verb_cue(doc, verb, (start, end), "colon_intro")
        return Cue(end, end + 1, "colon", (start, end), "colon_intro")
    m = _CHTO_END_RE.search(clause)
    if m is not None:
        end = start + m.start()
        verb = last_verb(doc, start, end)
        if verb is not None:
            return verb_cue(doc, verb, (start, end), "that_clause")
        return None
    if _COMMA_END_RE.search(clause):
        frame = find_frame(doc, start, pos)
        # `По словам X, «…»`; not a frame further back: `По его словам, …, «который …»`
        if frame is not None and not doc.text[frame.region[1] : pos].strip(" ,\u00a0"):
            return frame
    return None


def last_verb(doc: Doc, start: int, end: int) -> int | None:
    """Index of the last cue verb in ``[start, end)``, or ``None``.

    >>> d = Doc("Он сказал и повторил: да.")
    >>> d.words[last_verb(d, 0, 21)].text
    'повторил'
    """
    found = None
    i = doc.word_index(start)
    while i < len(doc.words) and doc.words[i].end <= end:
        if is_cue_verb(doc.words[i]):
            found = i
        i += 1
    return found


_FRAME_RE = regex.compile(
    r"(?i)\b(?:по\s+(?:его|ее|её|их)\s+(?:словам|мнению|данным|оценке|утверждению|сообщению"
    r"|убеждению|признанию|прогнозу)"
    r"|на\s+(?:его|ее|её|их)\s+взгляд|на\s+взгляд"
    r"|по\s+(?:словам|мнению|утверждению|сообщению|оценке|заявлению|признанию|убеждению)"
    r"|как\s+(?:\w+\s+){0,4}?(?P<verb>\w+)"
    r"|согласно\s+(?:заявлению|словам|сообщению))\b"
)


_OWN_FRAME_RE = regex.compile(r"(?i)(?:по|на)\s+(?:его|ее|её|их)\s")


def find_frame(doc: Doc, start: int, end: int) -> Cue | None:
    """A speech frame in ``[start, end)``: ``по словам X``, ``по его мнению``, ``как сообщил X``.

    The region runs from the frame to the next comma (or ``end``).

    >>> d = Doc("По словам Ивана, все готово.")
    >>> c = find_frame(d, 0, 28)
    >>> d.text[c.start:c.end], d.text[c.region[0]:c.region[1]].strip()
    ('По словам', 'Ивана')
    """
    for m in _FRAME_RE.finditer(doc.text, start, end):
        if m.group("verb") is not None:
            i = doc.word_index(m.start("verb"))
            if i >= len(doc.words) or not lexicon.is_speech_verb(doc.words[i].lower):
                continue
            cue_start, cue_end = m.start(), m.end()
        else:
            cue_start, cue_end = m.start(), m.end()
        comma = doc.text.find(",", cue_end, end)
        region_end = comma if comma != -1 else end
        if _OWN_FRAME_RE.match(m.group()):
            region_end = cue_end  # `По его мнению страны …`: the frame names its speaker itself
        if "данным" in m.group().lower():
            continue  # по данным X is a source of facts, not of words
        return Cue(cue_start, cue_end, "frame", (cue_end, region_end), "speech_frame")
    return None


def colon_intro(doc: Doc, start: int, end: int, rule: str) -> Cue | None:
    """The cue of an intro that ends in a colon at ``end``: the first speech, thought or naming
    verb of the sentence (``Министр ответил критикам:``), else a speech frame (``По его
    словам, все было так:``), else a noun that names an utterance or a document (``Он оставил в
    блоге запись:``, ``Губернатор подписал указ:``). ``None`` when the intro has none of them
    (``Список такой:``). The region is the sentence up to the colon, at most :data:`MAX_INTRO`
    characters.

    >>> d = Doc("Вечером министр ответил критикам:")
    >>> c = colon_intro(d, 0, 32, "colon_paragraph")
    >>> d.text[c.start:c.end], d.text[slice(*c.region)]
    ('ответил', 'Вечером министр ответил критикам')
    >>> colon_intro(Doc("Список такой:"), 0, 12, "colon_paragraph") is None
    True
    """
    start = max(start, doc.sentence_at(end)[0], end - MAX_INTRO)
    region = (start, end)
    found = None
    i = doc.word_index(start)
    while i < len(doc.words) and doc.words[i].end <= end:
        w = doc.words[i]
        if is_cue_verb(w) or lexicon.is_naming_verb(w.lower):
            found = i
            break  # the first: the main clause's (`X сообщил, что Y подал в отставку:`)
        i += 1
    if found is not None:
        return verb_cue(doc, found, region, rule)
    frame = find_frame(doc, start, end)
    if frame is not None:
        return Cue(frame.start, frame.end, frame.kind, region, rule)
    for w in reversed(doc.words_between(start, end)):
        if lexicon.is_speech_noun(w.lower):
            return Cue(w.start, w.end, "colon", region, rule)
    return None
