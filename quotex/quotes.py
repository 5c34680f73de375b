"""Quote spans: marked spans, dialogue lines and reported clauses become candidate quotes.

Each candidate carries its kind, content parts, the cue that reports it and the rule that found
it. Marked spans are classified by small named rules tried in order (first verdict wins): speech
in marks is ``direct`` (a clause) or ``partial`` (a fragment credited to someone); names, titles
and scare quotes are dropped.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import cues as cue_finders
from . import lexicon, morph
from .cues import Cue
from .marks import Marked, marked_spans
from .mentions import is_name_word
from .punct import JOIN_DASH, QUOTE_MARKS
from .segment import Doc
from .voice import AUTHOR, SPEAKER, reports, voice
from .windows import SENTENCE_START_CHARS, VERB_CLAUSE_CHARS

Parts = list[tuple[int, int]]


@dataclass(slots=True)
class Candidate:
    """A quote before attribution."""

    kind: str
    parts: Parts
    rule: str
    cue: Cue | None = None
    repaired: bool = False
    extra_cues: list[Cue] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def strip_span(text: str, start: int, end: int, chars: str = "") -> tuple[int, int]:
    """``(start, end)`` without surrounding whitespace and any of ``chars``.

    >>> strip_span("  «да»,  ", 0, 9, "«»,")
    (3, 5)
    """
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------------
# Speech interrupted by the author's remark: `A, — сказал он. — B`.

# The join between speech and a remark: `, —`, `! —`, `...—`; the remark starts in lower case.
_REMARK_START_RE = regex.compile(
    r"(?P<punct>[,!?…]|\.\.+)?\s*" + JOIN_DASH + r"\s*(?=\p{Ll}|(?P<name>\p{Lu}\p{Ll}+)\s+\p{Ll})"
)
# Speech resumes after the remark: `. — B`, `: — B`, `, — B`.
_RESUME_RE = regex.compile(r"[.,:;!?…]\s*" + JOIN_DASH + r"\s*")


def split_remarks(
    doc: Doc, start: int, end: int, *, needs_verb: bool
) -> tuple[Parts, list[tuple[int, int]]]:
    """Cut ``[start, end)`` into speech parts and author's remarks.

    With ``needs_verb`` a remark counts only when it has a cue verb (quotes in marks, where a
    dash inside speech is common); in dialogue any lower-case remark counts.

    >>> d = Doc("Я приду, — сказал он. — Не ждите.")
    >>> parts, remarks = split_remarks(d, 0, len(d.text), needs_verb=False)
    >>> [d.text[a:b] for a, b in parts], [d.text[a:b] for a, b in remarks]
    (['Я приду', 'Не ждите.'], ['сказал он.'])
    """
    text = doc.text
    parts: Parts = []
    remarks: list[tuple[int, int]] = []
    pos = start
    search = start
    while search < end:
        m = _REMARK_START_RE.search(text, search, end)
        if m is None:
            break
        punct = m.group("punct")
        if punct is None and m.start() > start and not text[m.start() - 1].isspace():
            search = m.end()
            continue
        if punct is None:
            search = m.end()
            continue
        if m.group("name") is not None and not _name_then_verb(doc, m.end()):
            search = m.end()
            continue  # `— Да! — Это правда.`: speech goes on after the dash
        r_start = m.end()
        r_end = min(cue_finders.remark_end(doc, r_start), end)
        if needs_verb and cue_finders.find_verb(doc, r_start, r_end, remarks=True, limit=4) is None:
            search = m.end()
            continue
        if not needs_verb and not _reads_as_remark(doc, r_start, r_end):
            search = m.end()
            continue  # `…Митричем,— и вдруг эта подлая…`: the speaker goes on
        speech_end = m.start() + (len(punct) if punct and punct != "," else 0)
        parts.append((pos, speech_end))
        remarks.append((r_start, r_end))
        resume = _RESUME_RE.match(text, r_end, end)
        if resume is None and r_end < end and text[r_end - 1 : r_end] in ".!?…":
            resume = _RESUME_RE.match(text, r_end - 1, end)
        if resume is None:
            pos = end  # the rest of the span is the author's
            break
        pos = resume.end()
        search = pos
    if pos < end:
        parts.append((pos, end))
    stripped = [strip_span(text, a, b, ",") for a, b in parts]
    return [(a, b) for a, b in stripped if b > a and _has_word(text, a, b)], remarks


_SPEECH_GOES_ON = frozenset({"и", "а", "но", "да", "или", "ведь", "же", "ни", "что", "как", "не"})


def _reads_as_remark(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a dash in a dialogue line are the author's: a verb among the
    first three (``— сказал он``, ``— глубокомысленно замечает городовой``), and no
    conjunction first; never a verb addressing someone (``— скорее не прочтешь, —``: the
    speaker's own aside)."""
    words = doc.words_from(start, 3, end)
    if not words or words[0].lower in _SPEECH_GOES_ON:
        return False
    if any(morph.first_tag_has(w.lower, "VERB", "2per") for w in words):
        return False
    if any(morph.first_tag_has(w.lower, "VERB", "impr") for w in words):
        return False
    if words[0].is_capitalized:
        return _name_then_verb(doc, start)  # `— Сторож в тулупе ворчит`
    return any(
        morph.first_tag_has(w.lower, "VERB")
        or morph.first_tag_has(w.lower, "GRND")
        or cue_finders.is_cue_verb(w, remarks=True)
        for w in words
    )


SUBJECT_REACH = 4  # words from a remark's subject to its verb: `— Сторож в тулупе ворчит`


def _name_then_verb(doc: Doc, pos: int) -> bool:
    """Whether a remark starts at ``pos`` with its subject, a name or a noun in the nominative,
    and a finite verb in the third person or the past within a few words: ``— Анна подошла``,
    ``— Сторож в тулупе ворчит``; not speech going on (``— Это правда``, ``— Иван, беги!``)."""
    words = doc.words_from(pos, SUBJECT_REACH)
    if len(words) < 2:
        return False
    first = words[0]
    if not (is_name_word(first) or morph.first_tag_has(first.lower, "NOUN", "nomn")):
        return False
    if doc.text[first.end : words[1].start].strip():
        return False  # `— Иван, беги!`: an address, not a subject
    for w in words[1:]:
        ps = morph.parses(w.lower)
        if not ps:
            continue
        tag = ps[0].tag
        if tag.POS == "VERB" and "indc" in tag.grammemes:
            return "past" in tag.grammemes or "3per" in tag.grammemes
    return False


def _has_word(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


# ---------------------------------------------------------------------------------------------
# Speech in quote marks.

_LOWER_START_RE = regex.compile(r"\s*\p{Ll}")
# A sentence ends after the closing mark: a stop, the paragraph's end, or a dash and a new
# line of speech (`«Куда он делся?» — Иван! Иван!`).
_SENT_END_AFTER_RE = regex.compile(r"[ \t\"»“”']*(?:[.!?…]|[\r\n]|$|(?:—|–)\s+\p{Lu}\p{Ll}*[!?])")
_CLAUSE_END_AFTER_RE = regex.compile(r"[ \t\"»“”']*(?:[.!?…;,]|[\r\n]|$)")
# Only marks (or a dialogue dash) between a sentence's start and the opening mark.
_SENT_START_BEFORE_RE = regex.compile(r"(?:^[\s—–-]*|[.!?…:]\s*)[\s«„\"“]*$")


@dataclass(slots=True)
class SpanContext:
    """What the classifier rules see of one marked span."""

    doc: Doc
    span: Marked
    before: str  # the author's words from the sentence start to the opening mark
    after_pos: int  # where the text after the span starts (after the closing mark)
    n_words: int

    @property
    def content(self) -> str:
        return self.doc.text[self.span.start : self.span.end]


Verdict = tuple[str, str, Cue | None] | None  # (kind, rule, cue); kind "" drops the span
SpanRule = Callable[[SpanContext], Verdict]


def rule_naming_word(ctx: SpanContext) -> Verdict:
    """``компания «Газпром»``, ``фильм «Война и мир»``: a name, not speech.

    >>> d = Doc("Акции компании «Северный поток» выросли.")
    >>> classify_span(d, marked_spans(d.text)[0]) is None
    True
    """
    words = ctx.doc.words_between(max(0, ctx.span.outer_start - 40), ctx.span.outer_start)
    if words and ctx.doc.text[words[-1].end : ctx.span.outer_start].strip() == "":
        if lexicon.is_naming_word(words[-1].lower):
            return ("", "naming_word", None)
    return None


MAX_PARTIAL = 8  # words of a fragment credited from anywhere in the clause before it
MAX_PARTIAL_LONG = 20  # words of one credited by a word right before it


def _after_naming_word(ctx: SpanContext) -> bool:
    before = ctx.doc.words_before(ctx.span.outer_start, 1)
    return bool(before) and lexicon.is_naming_word(before[0].lower)


def _mentions(ctx: SpanContext, word) -> bool:
    """Whether a noun of speech stands right before the marks, the words in them its
    apposition: ``Слово «спасибо» он так и не сказал`` mentions a word, credits no one."""
    gap = ctx.doc.text[word.end : ctx.span.outer_start]
    return not gap.strip() and morph.first_tag_has(word.lower, "NOUN")


def rule_partial_credit(ctx: SpanContext) -> Verdict:
    """``назвал ситуацию «катастрофической»``: a fragment credited by a naming verb; a longer
    one only right after it (``призвал ООН «ответить на …»``).

    >>> d = Doc("Министр назвал ситуацию «сложной».")
    >>> classify_span(d, marked_spans(d.text)[0])[:2]
    ('partial', 'partial_credit')
    """
    if ctx.n_words > MAX_PARTIAL_LONG or not _LOWER_START_RE.match(ctx.content):
        return None
    s_start, _ = ctx.doc.sentence_at(ctx.span.outer_start)
    reach = 8 if ctx.n_words <= MAX_PARTIAL else 3
    words = ctx.doc.words_before(ctx.span.outer_start, reach, s_start)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w.lower.startswith("называем"):
            return None  # так называемый «…»: a term, credited to nobody
        if k > 0 and words[k - 1].lower == "по":
            continue  # по словам X, «…»: a frame, not a naming word
        if lexicon.is_credit_word(w.lower):
            if _after_naming_word(ctx) and not lexicon.is_naming_verb(w.lower):
                return None  # `между операторами «большой тройки»`: a name after all
            if k == len(words) - 1 and _mentions(ctx, w):
                return ("", "mentioned_word", None)
            v = ctx.doc.word_index(w.start)
            region = (s_start, ctx.span.outer_start)
            cue = cue_finders.verb_cue(ctx.doc, v, region, "partial_credit")
            return ("partial", "partial_credit", cue)
    return None


def rule_remark_after(ctx: SpanContext) -> Verdict:
    """``«…», — сказал X``, ``«…» — X.``: a cue right after the closing mark.

    >>> d = Doc("«Решение принято» — Иван Петров.")
    >>> classify_span(d, marked_spans(d.text)[0])[:2]
    ('direct', 'remark_after')
    """
    cue = cue_finders.after_quote(ctx.doc, ctx.after_pos)
    if cue is None:
        return None
    if ctx.n_words <= 3 and _LOWER_START_RE.match(ctx.content) and cue.kind == "dash":
        return None
    joint = ctx.doc.text[ctx.after_pos : cue.region[0]]
    if not any(ch in joint for ch in "—–-") and _WORD_IN_RE.search(ctx.before):
        # `…слияние с «Академией», пишет газета.`: marks inside the sentence, and a report
        # joined by a comma alone reports the whole sentence, not the words in marks
        return None
    return ("direct", "remark_after", cue)


_WORD_IN_RE = regex.compile(r"\w")


def rule_intro_before(ctx: SpanContext) -> Verdict:
    """``X заявил: «…»``, ``X заявил, что «…».``, ``по словам X, «…»``: a cue before the mark,
    with the marks enclosing a whole clause.

    >>> d = Doc("Министр заявил, что «переговоры пройдут в мае».")
    >>> classify_span(d, marked_spans(d.text)[0])[:2]
    ('direct', 'that_clause')
    """
    cue = cue_finders.before_quote(ctx.doc, ctx.span.outer_start)
    if cue is None:
        return None
    if cue.rule != "colon_intro" and not _CLAUSE_END_AFTER_RE.match(ctx.doc.text, ctx.after_pos):
        return None
    if cue.rule == "colon_intro" and ctx.n_words < 2 and not ctx.content.rstrip().endswith("!"):
        return None
    return ("direct", cue.rule, cue)


def rule_whole_sentence(ctx: SpanContext) -> Verdict:
    """A sentence that is all quote, with no cue: the next words of a speech (``context``).

    >>> d = Doc("Министр выступил. «Бюджет будет исполнен».")
    >>> classify_span(d, marked_spans(d.text)[0])[:2]
    ('direct', 'whole_sentence')
    """
    if ctx.n_words < 3:
        return None
    if not _SENT_START_BEFORE_RE.search(ctx.before):
        return None
    if not _SENT_END_AFTER_RE.match(ctx.doc.text, ctx.after_pos):
        return None
    if (
        ctx.span.opener is None
        and _sentence_count(ctx.content) >= 3
        and voice(ctx.content) != SPEAKER
    ):
        return None  # a stray closing mark after narration: `…жилетке». Он бежит…`
    return ("direct", "whole_sentence", None)


def _sentence_count(text: str) -> int:
    return len(regex.findall(r"[.!?…]+(?:\s|$)", text)) + 1


REPORT_REACH = 25  # words before a fragment in which a report of the same sentence credits it
REPORT_AFTER = 2  # words after a fragment in which its report may stand: `источники «…» говорят`
_REMARK_VERB_BEFORE_RE = regex.compile(r"[»\"“”][,.!?…]?\s*(?:—|–|-)?\s*$")


def _single_noun(ctx: SpanContext) -> bool:
    """A one-word noun in marks (``на постройку «дворца»``) is a scare quote more often than
    words credited to someone; one verb or adjective (``«похоронил»``) is credited."""
    if ctx.n_words != 1:
        return False
    return morph.first_tag_has(ctx.content.strip().lower(), "NOUN")


def rule_partial_in_report(ctx: SpanContext) -> Verdict:
    """A fragment inside the words of a report, without a clause of its own: ``коммунисты
    говорят о «широкой кампании»``, ``обращение жителей «с просьбой вмешаться»``, ``заявил о
    победе, которая «похоронила» соперников``, ``источники «с уверенностью» говорят``. The
    report is a speech verb (finite or a gerund) or a speech noun earlier in the sentence, or
    a speech verb right after the fragment. A word mentioned after ``слово``/``термин`` is no
    one's words (``Слово «спасибо» он так и не сказал``): :func:`rule_naming_word` drops it.

    >>> d = Doc("Депутаты открыто говорят о «тихом перевороте» в совете.")
    >>> classify_span(d, marked_spans(d.text)[0])[:2]
    ('partial', 'partial_in_report')
    """
    if ctx.n_words > MAX_PARTIAL_LONG or not _LOWER_START_RE.match(ctx.content):
        return None
    if "\n" in ctx.doc.text[ctx.span.outer_start : ctx.span.outer_end]:
        return None  # a fragment sits inside one line of a sentence; a line break is layout
    if _after_naming_word(ctx) or _single_noun(ctx):
        return None
    s_start, s_end = ctx.doc.sentence_at(ctx.span.outer_start)
    region = (s_start, ctx.span.outer_start)
    for w in reversed(ctx.doc.words_before(ctx.span.outer_start, REPORT_REACH, s_start)):
        lw = w.lower
        if lw.startswith("называем"):
            return None  # `островов, называемых «северными территориями»`: a term
        if lexicon.is_denial_verb(lw):
            return None  # `опровергают «оградительные» функции`: the claim denied is not theirs
        if lexicon.is_speech_verb(lw) and reports(lw):
            between = ctx.doc.words_between(w.end, ctx.span.outer_start)
            if any(
                morph.first_tag_has(x.lower, "INFN")
                and ctx.doc.text[x.start - 1 : x.start] not in QUOTE_MARKS  # `целью «очернить»`
                for x in between
            ):
                return None  # `попросил обратить внимание на «…»`: a request, not words
            if _REMARK_VERB_BEFORE_RE.search(ctx.doc.text, max(s_start, w.start - 8), w.start):
                return None  # `«…», — заявил представитель «…»`: another quote's remark
            v = ctx.doc.word_index(w.start)
            cue = cue_finders.verb_cue(ctx.doc, v, region, "partial_credit")
            return ("partial", "partial_in_report", cue)
        if lexicon.is_speech_noun(lw) and morph.first_tag_has(lw, "NOUN"):
            between = ctx.doc.words_between(w.end, ctx.span.outer_start)
            if any(morph.first_tag_has(x.lower, "VERB") for x in between):
                return None  # `посты … были «забронированы»`: the noun is a clause's subject
            cue = Cue(w.start, w.end, "noun", region, "partial_credit")
            return ("partial", "partial_in_report", cue)
    for w in ctx.doc.words_from(ctx.after_pos, REPORT_AFTER, s_end):
        lw = w.lower
        if lexicon.is_speech_verb(lw) and reports(lw):
            if ctx.doc.text[ctx.after_pos : w.start].strip(" \t\"»“”'"):
                return None  # `«…», — сказал он`: a remark, not the fragment's report
            v = ctx.doc.word_index(w.start)
            cue = cue_finders.verb_cue(ctx.doc, v, region, "partial_credit")
            return ("partial", "partial_in_report", cue)
    return None


SPAN_RULES: list[SpanRule] = [
    rule_partial_credit,
    rule_naming_word,
    rule_intro_before,
    rule_remark_after,
    rule_partial_in_report,
    rule_whole_sentence,
]


def classify_span(doc: Doc, span: Marked) -> Verdict:
    """The first verdict of :data:`SPAN_RULES` on a marked span, or ``None`` (not speech).

    >>> d = Doc("«Мы готовы», — заявил он.")
    >>> classify_span(d, marked_spans(d.text)[0])[:2]
    ('direct', 'remark_after')
    """
    s_start, _ = doc.sentence_at(span.outer_start)
    p_start, _ = doc.paragraph_at(span.outer_start)
    before = doc.text[
        max(s_start, p_start, span.outer_start - SENTENCE_START_CHARS) : span.outer_start
    ]
    n_words = len(doc.words_between(span.start, span.end))
    if n_words == 0:
        return None
    ctx = SpanContext(doc, span, before, span.outer_end, n_words)
    for rule in SPAN_RULES:
        verdict = rule(ctx)
        if verdict is not None:
            return verdict if verdict[0] else None
    return None


def is_authorial(segment: str) -> bool:
    """Whether a sentence reads as the author's words rather than the speaker's
    (:func:`quotex.voice.voice`): where a quote whose opening mark was lost cannot start.

    >>> is_authorial("Министр заявил журналистам."), is_authorial("Я вам скажу.")
    (True, False)
    """
    return voice(segment) == AUTHOR


def is_spoken(segment: str) -> bool:
    """Whether a sentence reads as the speaker's own words (:func:`quotex.voice.voice`).

    >>> is_spoken("Я вам скажу."), is_spoken("Министр заявил журналистам.")
    (True, False)
    """
    return voice(segment) == SPEAKER


def marked_quotes(doc: Doc) -> list[Candidate]:
    """Direct and partial quotes from quote marks, split around inner remarks; a quote over
    several paragraphs (:func:`paragraph_chains`) is one quote, one part per paragraph.

    >>> d = Doc("«Мы готовы, — сказал он. — Но не сегодня».")
    >>> [d.text[a:b] for a, b in marked_quotes(d)[0].parts]
    ['Мы готовы', 'Но не сегодня']
    """
    out = []
    spans = marked_spans(doc.text, authorial=is_authorial, speaks=is_spoken)
    for chain in paragraph_chains(doc, spans):
        found = [c for c in (_marked_quote(doc, span) for span in chain) if c is not None]
        if not found:
            continue
        if len(chain) == 1:
            out.extend(found)
            continue
        # the author's remark stands in the last paragraph (`«…», — написал он.`), if anywhere
        with_cue = [c for c in found if c.cue is not None]
        head = with_cue[-1] if with_cue else found[-1]
        parts = [p for span in chain for p in _chain_part(doc, span, found)]
        extra = [c.cue for c in with_cue if c is not head] + [
            x for c in found for x in c.extra_cues
        ]
        out.append(Candidate("direct", parts, "paragraphs", head.cue, True, extra))
    return out


def _chain_part(doc: Doc, span: Marked, found: list[Candidate]) -> Parts:
    """The parts of one paragraph of a chain: its candidate's, or the whole span's content."""
    for c in found:
        if span.start <= c.start < span.end or c.start <= span.start < c.end:
            return c.parts
    a, b = strip_span(doc.text, span.start, span.end)
    return [(a, b)] if b > a else []


def _marked_quote(doc: Doc, span: Marked) -> Candidate | None:
    verdict = classify_span(doc, span)
    if verdict is None:
        return None
    kind, rule, cue = verdict
    parts, remarks = split_remarks(doc, span.start, span.end, needs_verb=True)
    if not parts:
        return None
    extra = []
    for r_start, r_end in remarks:
        v = cue_finders.find_verb(doc, r_start, r_end, remarks=True, limit=4)
        if v is not None:
            extra.append(cue_finders.verb_cue(doc, v, (r_start, r_end), "inner_remark"))
    if cue is None and extra:
        cue, extra = extra[0], extra[1:]
    return Candidate(kind, parts, rule, cue, span.repaired, extra)


MAX_CHAIN = 12  # paragraphs one quote may run over


def paragraph_chains(doc: Doc, spans: list[Marked]) -> list[list[Marked]]:
    r"""Marked spans grouped into quotes: a paragraph that opens with a mark and runs to its
    end unclosed goes on in the next paragraph when that one opens with a mark too (Russian
    typography opens each paragraph of a long quote and closes only the last).

    >>> d = Doc("«Мы долго шли к этому.\n«Теперь назад дороги нет», — написал он.")
    >>> [len(chain) for chain in paragraph_chains(d, marked_spans(d.text))]
    [2]
    """
    chains: list[list[Marked]] = []
    for span in spans:
        if chains and len(chains[-1]) < MAX_CHAIN and _continues(doc, chains[-1][-1], span):
            chains[-1].append(span)
        else:
            chains.append([span])
    return chains


def _opens_paragraph(doc: Doc, span: Marked) -> bool:
    p_start, _ = doc.paragraph_at(span.outer_start)
    return span.opener is not None and not doc.text[p_start : span.opener].strip()


def _continues(doc: Doc, prev: Marked, span: Marked) -> bool:
    """Whether ``span`` goes on with ``prev``: ``prev`` opens its paragraph and is unclosed to
    its end, and ``span`` opens the very next paragraph."""
    if (
        prev.closer is not None
        or not _opens_paragraph(doc, prev)
        or not _opens_paragraph(doc, span)
    ):
        return False
    k = doc.paragraph_index(prev.outer_start)
    _, p_end = doc.paragraphs[k]
    if doc.text[prev.end : p_end].strip():
        return False
    return doc.paragraph_index(span.outer_start) == k + 1


# ---------------------------------------------------------------------------------------------
# Dialogue: paragraphs that open with a dash, and speech after `: —`.

_DIALOGUE_START_RE = regex.compile(r"[ \t\u00a0]*" + JOIN_DASH + r"[ \t\u00a0]*(?=\S)")
_COLON_DASH_RE = regex.compile(r":\s*" + JOIN_DASH + r"\s*(?=\S)")


_DASH_AFTER_MARKS_RE = regex.compile(r"[»“\"]\s*" + JOIN_DASH + r"\s+(?=\p{Lu})")


def _turn_after_marks(doc: Doc, p_start: int, p_end: int):
    """``«Как быть?» — Клим! Клим!``: a paragraph that opens with a thought in marks and goes on
    with a dash and a line of speech (not a trailing dash and a name: ``«…» — Путин.``)."""
    text = doc.text
    if text[p_start : p_start + 1] not in '«„"“':
        return None
    m = _DASH_AFTER_MARKS_RE.search(text, p_start, p_end)
    if m is None or cue_finders.after_quote(doc, m.start() + 1) is not None:
        return None
    return m


def _is_list_item(doc: Doc, start: int, p_start: int, p_end: int) -> bool:
    """A dash paragraph that is an item of a list, not a turn: it starts in lower case and
    follows an intro ending in a colon or another item, or ends in a semicolon."""
    text = doc.text
    if not text[start : start + 1].islower():
        return False
    if text[p_start:p_end].rstrip().endswith(";"):
        return True
    k = doc.paragraph_index(p_start)
    if k == 0:
        return False
    prev_start, prev_end = doc.paragraphs[k - 1]
    prev = text[prev_start:prev_end].rstrip()
    return prev.endswith((":", ";"))


def dialogue_quotes(doc: Doc) -> list[Candidate]:
    """One ``dialogue`` quote per turn, its parts split around the author's remarks.

    >>> d = Doc("— Я приду завтра, — сказал он. — Не ждите меня.")
    >>> [(c.kind, [d.text[a:b] for a, b in c.parts]) for c in dialogue_quotes(d)]
    [('dialogue', ['Я приду завтра', 'Не ждите меня.'])]
    """
    out = []
    text = doc.text
    for p_start, p_end in doc.paragraphs:
        m = _DIALOGUE_START_RE.match(text, p_start, p_end)
        if m is not None and _is_list_item(doc, m.end(), p_start, p_end):
            continue
        rule = "dash_paragraph"
        if m is None:
            m = _COLON_DASH_RE.search(text, p_start, p_end)
            rule = "colon_dash"
        if m is None:
            m = _turn_after_marks(doc, p_start, p_end)
            rule = "dash_after_marks"
        if m is None:
            continue
        parts, remarks = split_remarks(
            doc, m.end(), _turn_end(doc, m.end(), p_end), needs_verb=False
        )
        if not parts:
            continue
        cue = None
        for r_start, r_end in remarks:
            v = cue_finders.find_verb(doc, r_start, r_end, remarks=True, limit=MAX_REMARK_VERB)
            if v is None:
                v = first_verb(doc, r_start, r_end)
            if v is not None:
                cue = cue_finders.verb_cue(doc, v, (r_start, r_end), "dialogue_remark")
                break
        if rule == "colon_dash" and cue is None:
            v = cue_finders.last_verb(doc, p_start, m.start())
            if v is not None:
                cue = cue_finders.verb_cue(doc, v, (p_start, m.start()), "colon_dash")
        if rule == "dash_paragraph" and cue is None:
            cue = _colon_paragraph_before(doc, p_start)
        out.append(Candidate("dialogue", parts, rule, cue))
    return out


def _turn_end(doc: Doc, start: int, p_end: int) -> int:
    """Where a turn that starts at ``start`` ends: the paragraph's end, or before a closing
    sentence of the author's that introduces the next turn with a colon (``— Рано еще, —
    говорит. Слышит — мать с печи кричит:``)."""
    text = doc.text
    last = len(text[start:p_end].rstrip()) + start - 1
    if last <= start or text[last] != ":":
        return p_end
    s_start, _ = doc.sentence_at(last)
    if s_start <= start or voice(text[s_start : last + 1]) != AUTHOR:
        return p_end
    return s_start


def _colon_paragraph_before(doc: Doc, p_start: int) -> Cue | None:
    r"""The cue of a paragraph of narration that ends in a speech verb and a colon, for the
    turn that opens the next paragraph: ``… он постоял у окна и сказал:`` ``— Пора ехать!``

    >>> d = Doc("Он подошел к воде и сказал:\n— Холодно!")
    >>> d.text[slice(*_colon_paragraph_before(d, 28).region)]
    'Он подошел к воде и сказал'
    """
    k = doc.paragraph_index(p_start)
    if k == 0:
        return None
    a, b = doc.paragraphs[k - 1]
    end = a + len(doc.text[a:b].rstrip()) - 1
    if end < a or doc.text[end] != ":":
        return None
    start = max(a, doc.sentence_at(end)[0])
    v = cue_finders.last_verb(doc, start, end)
    if v is None or len(doc.words_between(doc.words[v].end, end)) > _COLON_VERB_REACH:
        return None
    return cue_finders.verb_cue(doc, v, (start, end), "colon_paragraph")


_COLON_VERB_REACH = 3  # words between the verb and the colon: `сказал им всем:`


MAX_REMARK_VERB = 5


def first_verb(doc: Doc, start: int, end: int) -> int | None:
    """Index of the first finite verb in ``[start, end)`` (any verb, as dialogue remarks use).

    >>> d = Doc("— Да, — поморщился он.")
    >>> d.words[first_verb(d, 8, 22)].text
    'поморщился'
    """
    for w in doc.words_from(start, MAX_REMARK_VERB, end):
        if morph.first_tag_has(w.lower, "VERB"):
            return doc.word_index(w.start)
    return None


# ---------------------------------------------------------------------------------------------
# Speech after a colon intro, set as paragraphs of its own, without quote marks.

MAX_COLON_PARAGRAPHS = 5  # paragraphs the speech after one colon intro may run over
MIN_COLON_WORDS = 3  # a shorter paragraph (a caption, a name) is no statement
_MARKED_START_RE = regex.compile(r"[«„\"“”']|" + JOIN_DASH + r"|\d+[.)]\s|[•*·]")


def colon_paragraph_quotes(doc: Doc) -> list[Candidate]:
    r"""``Министр ответил критикам:`` ¶ ``Мы не отступим. …``: a paragraph set apart after an
    intro that ends in a colon and reports speech (:func:`quotex.cues.colon_intro`) is that
    speaker's words whose quote marks were lost — the layout itself sets them off. The speech
    runs on over the next paragraphs while they read as the speaker's own words
    (:func:`quotex.voice.voice`), one part per paragraph.

    >>> d = Doc("Министр ответил критикам:\nМы не отступим.\nЗаседание закрылось в полдень.")
    >>> [(c.kind, [d.text[a:b] for a, b in c.parts]) for c in colon_paragraph_quotes(d)]
    [('direct', ['Мы не отступим.'])]
    """
    out = []
    text = doc.text
    paras = doc.paragraphs
    for k in range(1, len(paras)):
        a, b = paras[k - 1]
        intro_end = a + len(text[a:b].rstrip()) - 1
        if intro_end <= a or text[intro_end] != ":":
            continue
        p_start, p_end = strip_span(text, *paras[k])
        if not _unmarked_statement(doc, p_start, p_end):
            continue
        # the cue reads as any colon intro's: the speaker is the subject before the verb
        cue = cue_finders.colon_intro(doc, a, intro_end, "colon_intro")
        if cue is None:
            continue
        parts = [(p_start, p_end)]
        for j in range(k + 1, min(k + MAX_COLON_PARAGRAPHS, len(paras))):
            c, d = strip_span(text, *paras[j])
            if not _unmarked_statement(doc, c, d) or not _goes_on_speaking(doc, c, d):
                break
            parts.append((c, d))
        out.append(Candidate("direct", parts, "colon_paragraph", cue))
    return out


def _unmarked_statement(doc: Doc, start: int, end: int) -> bool:
    """A paragraph that states something with no mark of its own: not a dialogue turn or a
    quote in marks (their rules take them), not a list item, not a caption, not an intro."""
    text = doc.text
    if _MARKED_START_RE.match(text, start, end) or text[end - 1 : end] in (":", ";"):
        return False
    return len(doc.words_between(start, end)) >= MIN_COLON_WORDS


def _goes_on_speaking(doc: Doc, start: int, end: int) -> bool:
    """Whether the next paragraph still reads as the speaker's words: it speaks in the
    speaker's own voice, and its first sentence is not the author's."""
    first_end = min(doc.sentence_at(start)[1], end)
    return voice(doc.text[start:first_end]) != AUTHOR and voice(doc.text[start:end]) == SPEAKER


# ---------------------------------------------------------------------------------------------
# Indirect speech: `X заявил, что …`, `по словам X, …`, `…, сообщает X.`

_THAT_AFTER_VERB_RE = regex.compile(
    r"(?P<gap>[^.!?;:«»\"\n]{0,60}?)(?:,\s*|\s+)(?:(?:в|о|на)\s+том\s*,\s*)?что(?:\s*,)?\s+"
)
# `заявил: …`, `ответил критикам: …`: the verb, up to three words of its own, a colon.
_COLON_AFTER_VERB_RE = regex.compile(r"(?:\s+[\w-]+){0,3}?\s*:\s+(?=[^«„\"“\s—–-])")
# Where a reported clause ends early: `…, добавив, что`, `…; `, `…, и подчеркнул`.
_CLAUSE_BREAK_RE = regex.compile(r";|,\s*(?P<conj>(?:и|а|но|однако)\s+)?(?=\p{Ll}+\s*,?\s)")
_TRAILING_CUE_RE = regex.compile(r",\s*(?:" + JOIN_DASH + r"\s*)?(?=\p{Ll})")
_ABOUT_THIS_RE = regex.compile(r"(?i)\s*(?:об\s+этом|как\s+сообщ\w*|такие\s+данные)\b")


MAX_CLAUSE = 3000  # characters: a "sentence" longer than this is no sentence


def _clause_end(doc: Doc, start: int, sent_end: int) -> int:
    """The end of a reported clause that starts at ``start``: the sentence end, or an earlier
    break where the author starts another reporting verb (``…, добавив, что …``)."""
    text = doc.text
    sent_end = min(sent_end, start + MAX_CLAUSE)
    for m in _CLAUSE_BREAK_RE.finditer(text, start, sent_end):
        if m.group() == ";":
            return m.start()
        words = doc.words_from(m.end(), 1, sent_end)
        if not words:
            continue
        first = words[0].lower
        conj = (m.group("conj") or "").strip()
        if lexicon.is_speech_verb(first) and reports(first):
            return m.start()  # `…, добавив, что …`: another report
        if conj and conj != "и" and reports(first):
            return m.start()  # `…, но отказался уточнить`: the speaker's next act
        if conj == "однако":
            return m.start()  # `…, однако сообщений не было`: the author goes on
        if conj == "и" and _new_subject(doc, m.end(), sent_end):
            return m.start()  # `…, и аналитики прогнозируют`: another sentence joined on
    for m in _AND_VERB_RE.finditer(text, start, sent_end):
        words = doc.words_from(m.end(), 1, sent_end)
        if words and reports(words[0].lower) and morph.first_tag_has(words[0].lower, "past"):
            return m.start()  # `назвал итоги подтасованными и призвал …`: the speaker's next act
    return sent_end


_AND_VERB_RE = regex.compile(r"\s+и\s+(?=\p{Ll})")


def _new_subject(doc: Doc, pos: int, end: int) -> bool:
    """Whether a noun in the nominative and then, within four words, a finite verb follow
    ``pos``."""
    words = doc.words_from(pos, 5, end)
    if len(words) < 2 or not morph.first_tag_has(words[0].lower, "NOUN", "nomn"):
        return False
    return any(reports(w.lower) and morph.first_tag_has(w.lower, "VERB") for w in words[1:])


def indirect_quotes(doc: Doc) -> list[Candidate]:
    """Reported clauses of speech verbs and speech frames.

    >>> d = Doc("Министр заявил, что переговоры пройдут в мае.")
    >>> [d.text[a:b] for a, b in indirect_quotes(d)[0].parts]
    ['переговоры пройдут в мае.']
    """
    out: list[Candidate] = []
    text = doc.text
    # ``Word.lower`` is folded already: a word in none of these lexicons is no report
    reporting_forms = lexicon.any_forms("speech_verbs", "thought_verbs", "speech_adjectives")
    for i, w in enumerate(doc.words):
        lw = w.lower
        if lw not in reporting_forms:
            continue
        reporting = lexicon.is_speech_verb(lw) and (
            reports(lw) or morph.first_tag_has(lw, "PRTF", "actv")
        )  # not `Отметим, что`, `Следует отметить, что`, `хотел подчеркнуть`
        # `Эксперт думает, что …`: a view held now is a view stated; `он думал, что …` in a
        # story is inner speech, which is not annotated
        reporting = reporting or (
            lexicon.is_thought_verb(lw) and morph.first_tag_has(lw, "VERB", "pres", "3per")
        )
        if not (reporting or lexicon.is_speech_adjective(lw)):
            continue
        s_start, s_end = doc.sentence_at(w.start)
        reach = min(s_end, w.end + VERB_CLAUSE_CHARS)
        m = _THAT_AFTER_VERB_RE.match(text, w.end, reach)
        rule = "that_clause"
        if m is not None and _another_report_in(doc, m.start("gap"), m.end("gap")):
            continue  # `предлагал выкупить, и заявил, что`: the clause is the nearer verb's
        if m is None or (any(ch in m.group("gap") for ch in ",") and len(m.group("gap")) > 40):
            m = _COLON_AFTER_VERB_RE.match(text, w.end, reach)
            rule = "colon_clause"
            if m is None:
                continue
        c_start = m.end()
        c_end = _clause_end(doc, c_start, s_end)
        a, b = strip_span(text, c_start, c_end, ",")
        if b <= a or not _has_word(text, a, b):
            continue
        cue = cue_finders.verb_cue(doc, i, (s_start, a), rule)
        if rule == "colon_clause" and voice(text[a:b]) == SPEAKER:
            # `Министр ответил критикам: мы не отступим.`: the speaker's own words, marks lost
            b = _speech_run_end(doc, b)
            out.append(Candidate("direct", [(a, b)], "colon_speech", cue))
            continue
        source = _source_between(doc, w.end, a)
        if source is not None:  # `сообщило со ссылкой на источники, что …`: theirs, relayed
            out.append(Candidate("indirect", [(a, b)], rule, source, extra_cues=[cue]))
            continue
        out.append(Candidate("indirect", [(a, b)], rule, cue))
    out.extend(_frame_quotes(doc))
    out.extend(_held_view_quotes(doc))
    out.extend(_headline_quotes(doc))
    out.extend(_naming_quotes(doc))
    out.extend(_parenthetical_quotes(doc))
    out.extend(_trailing_cue_quotes(doc))
    return out


MAX_RUN_SENTENCES = 8  # sentences unmarked speech after a colon may run on over in its paragraph


def _speech_run_end(doc: Doc, end: int) -> int:
    """Where unmarked speech that reaches ``end`` stops: the sentences after it in the same
    paragraph go on with it until one reads as the author's words (:func:`voice`)."""
    _, p_end = doc.paragraph_at(end)
    k = doc.sentence_index(end)
    for s_start, s_end in doc.sentences[k : k + MAX_RUN_SENTENCES]:
        if s_end <= end:
            continue
        if s_start >= p_end or voice(doc.text[s_start:s_end]) == AUTHOR:
            break
        end = strip_span(doc.text, s_start, s_end)[1]
    return end


# `у тренера есть (большая) надежда, что …`: who holds the view, a verb of having, the noun
_HELD_VIEW_RE = regex.compile(
    r"(?i)\bу\s+(?P<who>[^,.!?;:\n]{1,60}?)\s+(?:есть|был[аои]?|появил[аи]сь|появилось"
    r"|сложил[аои]сь|сложилось|остается|остаются)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)"
    r"\s*,\s*что\s+"
)


def _held_view_quotes(doc: Doc) -> list[Candidate]:
    """``У него есть надежда, что цены снизятся``: a view someone holds, named by a noun of
    speech or view (``надежда``, ``опасение``) and stated in its ``что``-clause; the holder
    after ``у`` is the speaker."""
    out = []
    text = doc.text
    for s_start, s_end in doc.sentences:
        for m in _HELD_VIEW_RE.finditer(text, s_start, s_end):
            if not lexicon.is_speech_noun(m.group("noun")):
                continue
            a, b = strip_span(text, m.end(), _clause_end(doc, m.end(), s_end), ",")
            if b <= a or not _has_word(text, a, b):
                continue
            # the verb of having stands for the report; the holder is looked for before it
            region = (m.start(), m.end("who"))
            v = doc.word_index(m.end("who"))
            cue = cue_finders.verb_cue(doc, v, region, "held_view")
            out.append(Candidate("indirect", [(a, b)], "held_view", cue))
            break
    return out


def _source_between(doc: Doc, start: int, end: int) -> Cue | None:
    """A ``со ссылкой на X`` frame between a reporting verb and its clause: X is the speaker."""
    m = _SOURCE_RE.search(doc.text, start, end)
    if m is None:
        return None
    comma = doc.text.find(",", m.end(), end)
    return Cue(m.start(), m.end(), "frame", (m.end(), end if comma == -1 else comma), "source")


_SOURCE_RE = regex.compile(r"(?i)\bсо\s+ссылкой\s+на\b")


def _another_report_in(doc: Doc, start: int, end: int) -> bool:
    """Whether a reporting verb of its own stands between a verb and its ``что``."""
    return any(
        lexicon.is_speech_verb(x.lower) and reports(x.lower) for x in doc.words_between(start, end)
    )


_HEADLINE_RE = regex.compile(
    r"[ \t]*(?P<who>\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*){0,2}):\s+(?P<what>[^«„\"“\s][^\n]*)"
)
MAX_HEADLINE = 160  # characters: a longer paragraph is no headline


def _headline_quotes(doc: Doc) -> list[Candidate]:
    """``Минск: стороны продлят торговое соглашение``: a short paragraph that is a
    name, a colon and a statement is that statement, credited to the name."""
    out = []
    text = doc.text
    for p_start, p_end in doc.paragraphs:
        if p_end - p_start > MAX_HEADLINE:
            continue
        m = _HEADLINE_RE.fullmatch(text, p_start, p_end)
        if m is None:
            continue
        words = doc.words_between(m.start("what"), p_end)
        if len(words) < 3 or not any(morph.first_tag_has(w.lower, "VERB") for w in words):
            continue  # `Фото: Иван Петров`: a caption states nothing
        a, b = strip_span(text, m.start("what"), p_end)
        colon = m.end("who")
        cue = Cue(colon, colon + 1, "colon", (m.start("who"), m.end("who")), "headline")
        out.append(Candidate("indirect", [(a, b)], "headline", cue))
    return out


_QUOTE_MARK_RE = regex.compile(r"[«»„“”\"]")


def _naming_quotes(doc: Doc) -> list[Candidate]:
    """``Клинсман назвал Лемана первым вратарем``: a naming verb's object and what it is called
    (a word in the instrumental), without quote marks, is what the speaker said."""
    out = []
    text = doc.text
    naming_forms = lexicon.forms("naming_verbs")  # ``Word.lower`` is folded already
    for i, w in enumerate(doc.words):
        if not (w.lower in naming_forms and reports(w.lower)):
            continue
        s_start, s_end = doc.sentence_at(w.start)
        a, b = strip_span(text, w.end, _clause_end(doc, w.end, s_end), ",")
        if b <= a or _QUOTE_MARK_RE.search(text, a, b):
            continue  # marks make it a partial quote
        words = doc.words_between(a, b)
        if len(words) < 2 or not any(_is_instrumental(x.lower) for x in words[1:]):
            continue
        cue = cue_finders.verb_cue(doc, i, (s_start, a), "naming_clause")
        out.append(Candidate("indirect", [(a, b)], "naming_clause", cue))
    return out


@lru_cache(maxsize=morph.CACHE_SIZE)
def _is_instrumental(word: str) -> bool:
    ps = morph.parses(word)
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF") and ps[0].tag.case == "ablt"


_PARENTHETICAL_RE = regex.compile(r",\s*(?P<verb>\p{Ll}+)\s+(?P<who>[^,.!?;:\n]{1,60}?),\s*")


def _parenthetical_quotes(doc: Doc) -> list[Candidate]:
    """``Одна из групп, уточняет газета «Труд», пришла …``: a report set off by commas inside
    the statement it reports; the statement is the sentence without it, in two parts."""
    out = []
    text = doc.text
    for s_start, s_end in doc.sentences:
        for m in _PARENTHETICAL_RE.finditer(text, s_start, s_end):
            verb = m.group("verb")
            if not (lexicon.is_speech_verb(verb) and morph.first_tag_has(verb, "VERB")):
                continue
            if not reports(verb):
                continue
            parts = []
            for a, b in ((s_start, m.start()), (m.end(), s_end)):
                a, b = strip_span(text, a, b, ",")
                if b > a and _has_word(text, a, b):
                    parts.append((a, b))
            if len(parts) == 2:
                v = doc.word_index(m.start("verb"))
                cue = cue_finders.verb_cue(doc, v, (m.start("verb"), m.end("who")), "parenthetical")
                out.append(Candidate("indirect", parts, "parenthetical", cue))
            break
    return out


def _frame_quotes(doc: Doc) -> list[Candidate]:
    """``По словам X, …`` and ``…, по словам X, …``: the sentence without the frame."""
    out = []
    text = doc.text
    for s_start, s_end in doc.sentences:
        cue = cue_finders.find_frame(doc, s_start, s_end)
        if cue is None:
            continue
        if cue.rule == "speech_frame" and cue.start > s_start:
            head = text[cue.start : cue.end].lower()
            if head.startswith("как") and not text[s_start : cue.start].strip().endswith(","):
                if text[s_start : cue.start].strip():
                    continue
        frame_end = cue.region[1]
        parts = []
        a, b = strip_span(text, s_start, cue.start, ",—–-")
        if b > a and _has_word(text, a, b):
            parts.append((a, b))
        a, b = strip_span(text, frame_end, s_end, ",")
        if b > a and _has_word(text, a, b):
            parts.append((a, b))
        if not parts:
            continue
        out.append(Candidate("indirect", parts, "speech_frame", cue))
    return out


def _reported_before(doc: Doc, prev_start: int, s_start: int) -> bool:
    """Whether ``Об этом сообщил X`` at ``s_start`` reports the sentence at ``prev_start``: the
    one before it in its paragraph, or, when it opens its paragraph, the last sentence of the
    paragraph before."""
    k = doc.paragraph_index(s_start)
    if doc.paragraph_index(prev_start) == k:
        return True
    if not _ABOUT_THIS_OPENS_RE.match(doc.text, s_start):
        return False  # `Как сообщил X, …` opening a paragraph frames its own sentence
    return not doc.text[doc.paragraphs[k][0] : s_start].strip()


_ABOUT_THIS_OPENS_RE = regex.compile(r"(?i)\s*об\s+этом\b")


_ABOUT_THIS_INSIDE_RE = regex.compile(r"[:,]\s*(?:об\s+этом|о\s+чем)\s+", regex.IGNORECASE)
ABOUT_THIS_VERB = 5  # words after `об этом` in which its speech verb stands


def _about_this_inside(doc: Doc, s_start: int, s_end: int) -> Candidate | None:
    """``Учебники выдадут весной: об этом сообщили в комитете.``: a statement and, after a
    colon or a comma in the same sentence, its report."""
    m = _ABOUT_THIS_INSIDE_RE.search(doc.text, s_start, s_end)
    if m is None:
        return None
    v = cue_finders.find_verb(doc, m.end(), s_end, limit=ABOUT_THIS_VERB)
    if v is None or not reports(doc.words[v].lower):
        return None
    a, b = strip_span(doc.text, s_start, m.start())
    if b <= a or not _has_word(doc.text, a, b):
        return None
    cue = cue_finders.verb_cue(doc, v, (m.end(), s_end), "about_this")
    return Candidate("indirect", [(a, b)], "about_this", cue)


def _trailing_cue_quotes(doc: Doc) -> list[Candidate]:
    """``…, сообщили в пресс-службе.`` and ``… . Об этом сообщил X.``: a statement whose cue
    follows it."""
    out = []
    text = doc.text
    for k, (s_start, s_end) in enumerate(doc.sentences):
        if _ABOUT_THIS_RE.match(text, s_start, s_end) and k > 0:
            v = cue_finders.find_verb(doc, s_start, s_end, limit=4)
            prev_start, prev_end = doc.sentences[k - 1]
            if v is not None and _reported_before(doc, prev_start, s_start):
                a, b = strip_span(text, prev_start, prev_end)
                cue = cue_finders.verb_cue(doc, v, (s_start, s_end), "about_this")
                out.append(Candidate("indirect", [(a, b)], "about_this", cue))
                continue
        inside = _about_this_inside(doc, s_start, s_end)
        if inside is not None:
            out.append(inside)
            continue
        for m in _TRAILING_CUE_RE.finditer(text, s_start, s_end):
            words = doc.words_from(m.end(), 10, s_end)
            if words and words[0].lower == "не":
                words = words[1:]  # `…, не исключает газета.`: a denied doubt reports too
            if not words or len(words) > 8:
                continue
            v = doc.word_index(words[0].start)
            if not lexicon.is_speech_verb(words[0].lower):
                continue
            if not _is_finite_report(words[0].lower):
                continue
            if len(words) < 2 or not _subject_follows(words[1:]):
                continue  # `«Северяне», которые вышли в финал, объявили состав`: an object
            a, b = strip_span(text, s_start, m.start(), "—–-")
            if (
                b > a
                and _has_word(text, a, b)
                and _states(doc, a, b)
                and not _credits_own_words(doc, a, b)
            ):
                cue = Cue(words[0].start, words[0].end, "verb", (m.end(), s_end), "trailing_cue", v)
                out.append(Candidate("indirect", [(a, b)], "trailing_cue", cue))
            break
    return out


def _states(doc: Doc, start: int, end: int) -> bool:
    """Whether words make a statement: a verb, a short form or a predicative among them, or a
    dash standing for ``is`` (not ``Сафонов, в свою очередь, назвал …``)."""
    if regex.search(r"\s[—–]\s", doc.text[start:end]):
        return True
    return any(
        (ps := morph.parses(w.lower)) and ps[0].tag.POS in _STATING
        for w in doc.words_between(start, end)
    )


_STATING = frozenset({"VERB", "PRTS", "ADJS", "PRED", "INFN"})


def _credits_own_words(doc: Doc, start: int, end: int) -> bool:
    """Whether a statement credits someone's words in marks itself (``министр упрекнул соседей
    в желании «затянуть спор», передает агентство``): those words are that person's partial quote,
    and the outlet only relays them."""
    m = _QUOTE_MARK_RE.search(doc.text, start, end)
    if m is None:
        return False
    return any(lexicon.is_credit_word(w.lower) for w in doc.words_between(start, m.start()))


def _subject_follows(words: list) -> bool:
    """Whether the words after a trailing report name who reports: the first one can begin
    the subject; a name in an oblique case first (``сообщил «Интерфаксу» координатор``) needs
    a subject after it, and is only the addressee without one (``пришли послы, сказали
    Ивану``)."""
    first = words[0]
    if (
        first.is_capitalized
        and morph.is_known(first.lower)
        and not morph.tag_has(first.lower, "nomn")
    ):
        return any(_names_someone(w) and morph.tag_has(w.lower, "nomn") for w in words[1:])
    return _names_someone(first)


def _names_someone(word) -> bool:
    """Whether the word after a trailing report can begin its subject: a capitalised word, a
    title, an organisation, a pronoun, a preposition (``сообщили в пресс-службе``), a noun or
    an adjective in the nominative (``пишет местный сайт``)."""
    w = word.lower
    return (
        word.is_capitalized
        or lexicon.is_title(w)
        or lexicon.is_org_head(w)
        or lexicon.pronoun(w) is not None
        or morph.first_tag_has(w, "PREP")
        or morph.first_tag_has(w, "NOUN", "nomn")
        or morph.first_tag_has(w, "ADJF", "nomn")  # `пишет местный сайт`
    )


@lru_cache(maxsize=morph.CACHE_SIZE)
def _is_finite_report(word: str) -> bool:
    return any(
        {"VERB", "indc"} <= p.tag.grammemes
        and ("past" in p.tag.grammemes or "3per" in p.tag.grammemes)
        for p in morph.parses(word)
    )


# ---------------------------------------------------------------------------------------------


class Taken:
    """Stretches of text already given to quotes, queried by bisection, so resolving overlaps
    stays ``O(n log n)`` however many quotes a text holds."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []  # the largest end among the spans up to each index
        for start, end in sorted(spans):
            self._starts.append(start)
            self._ends.append(max(end, self._ends[-1]) if self._ends else end)

    def overlaps(self, c: Candidate) -> bool:
        """Whether any part of ``c`` overlaps a stretch taken."""
        return any(self.touches(a, b) for a, b in c.parts)

    def touches(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a stretch taken.

        >>> Taken([(5, 9)]).touches(0, 6), Taken([(5, 9)]).touches(9, 12)
        (True, False)
        """
        k = bisect_left(self._starts, end) - 1
        return k >= 0 and self._ends[k] > start

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` is inside a stretch taken."""
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and self._ends[k] > pos

    def add(self, c: Candidate) -> None:
        """Take the parts of ``c``, which overlap nothing taken."""
        for a, b in c.parts:
            k = bisect_left(self._starts, a)
            self._starts.insert(k, a)
            self._ends.insert(k, b)


def _relays(doc: Doc, c: Candidate) -> bool:
    """Whether a statement's trailing cue is an outlet passing on a report the statement makes
    itself (``…, сообщает агентство``, ``…, пишет «Вестник»``): then the report inside is the
    quote, its reporter the speaker, and the outlet only relays it (QUOTE_SPEC.md). A person's
    trailing cue (``…, заявил министр``) keeps the whole statement as that person's.

    >>> d = Doc("Министр заявил, что цены вырастут, сообщает агентство.")
    >>> [c for c in indirect_quotes(d) if c.rule == "trailing_cue" and _relays(d, c)] != []
    True
    """
    if c.rule != "trailing_cue" or c.cue is None:
        return False
    words = doc.words_from(c.cue.end, 2, c.cue.region[1])
    return bool(words) and (
        lexicon.is_outlet(doc.text[words[0].start : c.cue.region[1]].strip(' .«»"'))
        or lexicon.is_naming_word(words[0].lower)
        or regex.match(r"[«\"„“]", doc.text[c.cue.end : words[0].start].strip()) is not None
        or words[0].text.isupper()
    )


def find(doc: Doc, kinds: Iterable[str]) -> list[Candidate]:
    """All candidate quotes of the wanted kinds, overlaps resolved, in text order.

    Dialogue and marked quotes come first; an indirect clause that overlaps one of them, or
    whose cue stands inside one, is dropped, and a partial quote inside an indirect clause
    belongs to it.

    >>> d = Doc("Министр заявил, что «все готово». — Когда? — спросил он.")
    >>> [(c.kind, c.rule) for c in find(d, ["direct", "dialogue", "indirect"])]
    [('direct', 'that_clause')]
    """
    kinds = set(kinds)
    dialogue = dialogue_quotes(doc)
    in_dialogue = Taken(p for c in dialogue for p in c.parts)
    colon = [c for c in colon_paragraph_quotes(doc) if not in_dialogue.overlaps(c)]
    in_colon = Taken(p for c in colon for p in c.parts)
    # Words in marks inside unmarked speech are the speaker's, part of it (a nested quote).
    marked = [
        c for c in marked_quotes(doc) if not in_dialogue.overlaps(c) and not in_colon.overlaps(c)
    ]
    direct = [c for c in marked if c.kind == "direct"] + colon
    strong = Taken(p for c in dialogue + direct for p in c.parts)
    indirect = []
    taken = Taken()
    reported = sorted(indirect_quotes(doc), key=lambda c: c.start)
    inner = Taken(p for c in reported if c.rule == "that_clause" for p in c.parts)
    for c in reported:
        if strong.overlaps(c) or (c.cue is not None and strong.covers(c.cue.start)):
            continue
        if _relays(doc, c) and inner.overlaps(c):
            continue  # `Министр заявил, что …, сообщает агентство`: the minister's words
        if taken.overlaps(c):
            continue
        taken.add(c)
        indirect.append(c)
    partial = [c for c in marked if c.kind == "partial" and not taken.overlaps(c)]
    found = [c for c in dialogue + direct + partial + indirect if c.kind in kinds]
    found.sort(key=lambda c: c.start)
    return found
