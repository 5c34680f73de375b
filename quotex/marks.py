"""Quote marks: find them, decide which open and which close, pair them, repair broken pairs.

Works paragraph by paragraph (a paragraph is the text between line breaks). The output is a list
of :class:`Marked` spans, each the content between an opening and a closing mark, with the marks'
positions (``None`` where a mark was lost and the boundary was inferred) and nested spans inside.
Pairing is a single left-to-right pass with a stack, so it is linear in the number of marks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

import regex

from . import layout
from .punct import (
    CLOSE_BRACKETS,
    DASHES,
    JOIN_DASH,
    OPEN_BRACKETS,
    OPENERS,
    PAIRS,
    QUOTE_MARKS,
    SPACES,
)
from .windows import DENSE_MARKS, DENSE_MARKS_PER_WORD

_MARK_RE = regex.compile("[" + regex.escape(QUOTE_MARKS) + "]")
_LETTER_RE = regex.compile(r"\w")
_WORD_RE = regex.compile(r"\w+")

# What may stand right before an opening mark / right after a closing one.
_BEFORE_OPEN = frozenset(SPACES + "—–-:;,/" + OPEN_BRACKETS + "«„“")
_AFTER_CLOSE = frozenset(SPACES + "—–-.,;:!?…/" + CLOSE_BRACKETS + "»“”")

OPEN, CLOSE, EITHER, NONE = "open", "close", "either", "none"


@dataclass(frozen=True, slots=True)
class Mark:
    """One quote-mark character and the roles its neighbours allow it."""

    pos: int
    char: str
    role: str  # OPEN, CLOSE, EITHER or NONE


@dataclass(slots=True)
class Marked:
    """The content between two quote marks, in absolute offsets.

    ``opener``/``closer`` are the marks' positions, ``None`` when that mark is missing and the
    boundary was inferred; ``repaired`` is true for a missing or mismatched mark; ``inner`` holds
    the quotes nested inside this one.
    """

    start: int
    end: int
    opener: int | None
    closer: int | None
    repaired: bool = False
    inner: list[Marked] = field(default_factory=list)
    rule: str = "paired"

    @property
    def outer_start(self) -> int:
        """Where the span begins, opening mark included."""
        return self.opener if self.opener is not None else self.start

    @property
    def outer_end(self) -> int:
        """Where the span ends, closing mark included."""
        return self.closer + 1 if self.closer is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``text``: a line with text on it, or the lines of a
    hard-wrapped paragraph (:func:`quotex.layout.paragraphs`).

    >>> paragraphs("а\\n\\nб в\\r\\nг")
    [(0, 1), (3, 6), (8, 9)]
    """
    return layout.paragraphs(text)


def classify(text: str, pos: int, start: int, end: int) -> str:
    """The role a mark at ``pos`` can play, from what stands beside it within its paragraph.

    >>> s = 'он сказал "да" и ушел'
    >>> classify(s, 10, 0, len(s)), classify(s, 13, 0, len(s))
    ('open', 'close')
    """
    ch = text[pos]
    left = text[pos - 1] if pos > start else None
    right = text[pos + 1] if pos + 1 < end else None
    if ch in OPENERS:
        return OPEN
    if ch == "»":
        return CLOSE
    if ch in "‘’'" and left is not None and right is not None:
        if _LETTER_RE.match(left) and _LETTER_RE.match(right):
            return NONE  # an apostrophe: О’Рейли
    if ch == '"' and left is not None and left.isdigit() and (right is None or not right.isalnum()):
        return NONE  # inches or seconds: 15"
    if right is None:
        return CLOSE  # nothing follows a mark at the paragraph's end: it closes
    if left is None:
        return OPEN
    can_open = left in _BEFORE_OPEN and not right.isspace()
    can_close = right in _AFTER_CLOSE and not left.isspace()
    if can_open and not can_close:
        return OPEN
    if can_close and not can_open:
        return CLOSE
    if left.isspace() and right.isspace():
        # `рентабельностью. " Далее`: a mark set apart after a full stop closes
        k = pos - 1  # the last character before it that is not a space, if any
        while k >= start and text[k].isspace():
            k -= 1
        if k < start or text[k] in ".!?…":
            return CLOSE
    if ch in "”’":
        return CLOSE if left is not None and not left.isspace() else EITHER
    return EITHER


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """Every quote mark between ``start`` and ``end`` with its role.

    >>> [(m.char, m.role) for m in find_marks("«Он: „нет“»", 0, 11)]
    [('«', 'open'), ('„', 'open'), ('“', 'close'), ('»', 'close')]
    """
    out = []
    for m in _MARK_RE.finditer(text, start, end):
        role = classify(text, m.start(), start, end)
        if role != NONE:
            out.append(Mark(m.start(), m.group(), role))
    return out


def _partner(stack: list[Mark], guillemets: list[int], mark: Mark) -> int | None:
    """Index in ``stack`` of the opener that ``mark`` closes, or ``None``. ``guillemets`` are
    the indices in ``stack`` of its « openers, so finding one costs nothing."""
    if not stack:
        return None
    top = stack[-1]
    if PAIRS.get(top.char) == mark.char or (top.char == mark.char == '"'):
        return len(stack) - 1
    if mark.char == "»":
        # A guillemet closes the nearest guillemet; openers left inside it were never closed.
        return guillemets[-1] if guillemets else len(stack) - 1
    if mark.role == CLOSE:
        return len(stack) - 1  # a mixed pair: « … "
    return None


def pair(text: str, start: int, end: int) -> tuple[list[Marked], list[int], list[int]]:
    """Pair the marks of one paragraph.

    Returns the top-level paired spans (nested ones inside them), the positions of closing marks
    that found no opener, and of opening marks that found no closer.

    >>> spans, lost_open, lost_close = pair('Он: «Я „за“», — сказал', 0, 22)
    >>> [(s.start, s.end, [(i.start, i.end) for i in s.inner]) for s in spans]
    [(5, 11, [(8, 10)])]
    """
    stack: list[Mark] = []
    guillemets: list[int] = []  # indices in stack of its « openers
    # Spans closed so far, keyed by their opener's stack depth, so nesting can be rebuilt.
    closed: list[tuple[int, Marked]] = []
    orphan_closers: list[int] = []
    for mark in find_marks(text, start, end):
        idx = None
        if mark.role in (CLOSE, EITHER):
            idx = _partner(stack, guillemets, mark)
        if idx is not None:
            opener = stack[idx]
            dropped = len(stack) - 1 - idx
            del stack[idx:]
            while guillemets and guillemets[-1] >= idx:
                guillemets.pop()
            proper = PAIRS.get(opener.char) == mark.char or opener.char == mark.char == '"'
            span = Marked(
                start=opener.pos + 1,
                end=mark.pos,
                opener=opener.pos,
                closer=mark.pos,
                repaired=not proper or dropped > 0,
            )
            # Everything closed at a deeper level since this opener is nested inside it.
            while closed and closed[-1][0] > idx:
                span.inner.append(closed.pop()[1])
            span.inner.reverse()
            closed.append((idx, span))
        elif mark.role in (OPEN, EITHER):
            if mark.char == "«":
                guillemets.append(len(stack))
            stack.append(mark)
        else:
            orphan_closers.append(mark.pos)
    # Spans left at depth > 0 had their outer opener unclosed: they stand on their own until
    # repair decides what contains them.
    top = sorted((s for _, s in closed), key=lambda s: s.start)
    return top, orphan_closers, [m.pos for m in stack if m.role == OPEN or m.pos == start]


# Where speech ends and the author's remark begins: `…, — сказал`, `…! — крикнул`.
_REMARK_JOIN_RE = regex.compile(r"[,!?…]\s*" + JOIN_DASH + r"\s*(?=\p{Ll})")
_COLON_INTRO_RE = regex.compile(r":\s+")
_THAT_RE = regex.compile(r",\s*что\s+")
_SENTENCE_START_RE = regex.compile(r"(?<=[.!?…]\s+)(?=[\p{Lu}\d«„\"“])")
# The tail of an earlier quote's remark: `, — сказал он.`
_REMARK_TAIL_RE = regex.compile(r"\s*[,—–-]")

Authorial = Callable[[str], bool]
_LEFT_OVER = ".,;:!?…" + DASHES


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_count(text: str, span: Marked) -> int:
    return len(_WORD_RE.findall(text, span.start, span.end))


MAX_SPEECH_SEGMENTS = 40  # sentences and clauses looked at before a lost opening mark


def _speech_start(
    text: str, lo: int, hi: int, authorial: Authorial, speaks: Authorial = lambda s: False
) -> int:
    """Where speech plainly starts in ``text[lo:hi]`` whose opening mark was lost.

    The stretch is cut at sentence starts, after colons and after ``, что``; walking back from
    ``hi``, segments are taken until one reads as the author's words (``authorial``) with no
    segment before it that reads as the speaker's (``speaks``): a speaker retells others in
    the third person (``…он не озвучил. Там мне отказали…``), the author's words come before
    all of the speech. A colon or ``что`` ending an authorial segment is the intro the speech
    follows; a ``что`` clause that does not run up to the mark is reported speech, the
    author's too.
    """
    cuts = {lo}
    cuts.update(m.start() for m in _SENTENCE_START_RE.finditer(text, lo, hi))
    cuts.update(m.end() for m in _COLON_INTRO_RE.finditer(text, lo, hi))
    that_cuts = {m.end() for m in _THAT_RE.finditer(text, lo, hi)}
    cuts.update(that_cuts)
    bounds = sorted(c for c in cuts if c < hi)[-MAX_SPEECH_SEGMENTS:]
    if not bounds:
        return hi
    segments = [text[a:b] for a, b in zip(bounds, [*bounds[1:], hi], strict=True)]
    # spoken_before[i]: some segment before i reads as the speaker's
    spoken_before = [False] * len(segments)
    for i in range(1, len(segments)):
        spoken_before[i] = spoken_before[i - 1] or speaks(segments[i - 1])
    best = bounds[-1]
    for i in range(len(bounds) - 2, -1, -1):
        segment = segments[i]
        if _REMARK_TAIL_RE.match(segment) or (authorial(segment) and not spoken_before[i]):
            if bounds[i + 1] in that_cuts and i + 2 < len(bounds):
                best = bounds[i + 2]  # `X заявил, что …. ` is reported, not quoted
            break
        best = bounds[i]
    return best


def repair(
    text: str,
    start: int,
    end: int,
    spans: list[Marked],
    lost_openers: list[int],
    lost_closers: list[int],
    authorial: Authorial = lambda segment: False,
    speaks: Authorial = lambda segment: False,
) -> list[Marked]:
    """Complete the quotes of one paragraph whose opening or closing mark is missing.

    A closing mark with no opener starts its quote where speech plainly starts: the paragraph
    start, after a colon intro, or after the last quote closed before it, skipping whole
    sentences that ``authorial`` says are the author's. An opening mark with no closer ends
    before the author's remark (``…, — сказал он``) or at the paragraph end.

    >>> s = 'Мы готовы", - сказал он.'
    >>> spans, lost_openers, lost_closers = pair(s, 0, len(s))
    >>> [(m.start, m.end, m.rule) for m in repair(s, 0, len(s), spans, lost_openers, lost_closers)]
    [(0, 9, 'lost_opener')]
    """
    out = list(spans)
    # A long span closed before a lost opener bounds its start; a short one (a name in marks:
    # "Газпром-Медиа") can stand inside the speech. Sorted by closer, with the furthest end so
    # far, so each lost opener looks it up by bisection.
    long_spans = sorted(
        (s.closer, s.outer_end) for s in spans if s.closer is not None and _word_count(text, s) >= 4
    )
    closers = [c for c, _ in long_spans]
    furthest = list(accumulate((e for _, e in long_spans), max))
    previous_closer = start - 1
    for c in lost_openers:
        lo = max(start, previous_closer + 1)  # a quote closed before this one ends there
        k = bisect_left(closers, c) - 1
        if k >= 0:
            lo = max(lo, furthest[k])
        previous_closer = c
        lo = _speech_start(text, lo, c, authorial, speaks)
        # `«…». Мы готовы", - сказал он.`: the stop after the quote before is not this one's
        while lo < c and (text[lo] in _LEFT_OVER or text[lo].isspace()):
            lo += 1
        a, b = _strip(text, lo, c)
        if b > a and any(ch.isalnum() for ch in text[a:b]):
            out.append(Marked(a, b, None, c, repaired=True, rule="lost_opener"))
    # A quote whose closing mark is lost ends, at the latest, at the next mark that found no
    # partner (the quotes paired after it may well be inside it).
    starts = sorted(lost_closers + lost_openers)
    for o in lost_closers:
        k = bisect_right(starts, o)
        hi = starts[k] if k < len(starts) else end
        m = _REMARK_JOIN_RE.search(text, o + 1, hi)
        if m is not None:
            hi = m.start() + (1 if text[m.start()] in "!?…" else 0)
        a, b = _strip(text, o + 1, hi)
        if b > a and any(ch.isalnum() for ch in text[a:b]):
            out.append(Marked(a, b, o, None, repaired=True, rule="lost_closer"))
    return nest(out)


def nest(spans: list[Marked]) -> list[Marked]:
    """Put each span inside the span that contains it; return the outermost, in text order.

    >>> outer, inner = Marked(1, 9, 0, 9), Marked(3, 5, 2, 5)
    >>> [(s.start, len(s.inner)) for s in nest([inner, outer])]
    [(1, 1)]
    """
    spans = sorted(spans, key=lambda s: (s.outer_start, -s.outer_end))
    top: list[Marked] = []
    stack: list[Marked] = []
    placed = {id(inner) for s in spans for inner in s.inner}
    for s in spans:
        while stack and stack[-1].outer_end <= s.outer_start:
            stack.pop()
        if stack:
            parent = stack[-1]
            if s.outer_end > parent.outer_end:
                continue  # overlapping, not nested: a repair guessed wrong, keep the first
            if id(s) not in placed:
                parent.inner.append(s)
                placed.add(id(s))
        else:
            top.append(s)
        stack.append(s)
    return top


def _too_dense(text: str, start: int, end: int) -> bool:
    """Whether a paragraph has so many marks per word that it is no prose (see
    :data:`quotex.windows.DENSE_MARKS_PER_WORD`)."""
    marks = len(_MARK_RE.findall(text, start, end))
    if marks < DENSE_MARKS:
        return False
    return marks > DENSE_MARKS_PER_WORD * len(_WORD_RE.findall(text, start, end))


def marked_spans(
    text: str,
    authorial: Authorial = lambda segment: False,
    speaks: Authorial = lambda segment: False,
) -> list[Marked]:
    """Every top-level quoted span of ``text``, paired and repaired, in text order.

    >>> text = '«Да», — сказал он. Нет", - ответила она.'
    >>> [(s.start, s.end) for s in marked_spans(text, authorial=lambda s: "сказал" in s)]
    [(1, 3), (19, 22)]
    """
    out: list[Marked] = []
    for start, end in paragraphs(text):
        if _too_dense(text, start, end):
            continue
        spans, lost_openers, lost_closers = pair(text, start, end)
        if lost_openers or lost_closers:
            spans = repair(text, start, end, spans, lost_openers, lost_closers, authorial, speaks)
        else:
            spans = nest(spans)
        out.extend(spans)
    return out
