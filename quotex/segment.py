"""Paragraphs, sentences and words of a text, with offsets into it.

A small shared module: it imports nothing else from quotex but the paragraph layout. Sentences
come from razdel, run on each paragraph; words from one regular expression (razdel's tokenizer is
more than this needs).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex
from razdel.segmenters.sentenize import sentenize as _razdel_sentenize
from razdel.substring import find_substrings

from . import layout

WORD_RE = regex.compile(r"\w+(?:[-’'`]\w+)*")


class Word:
    """A word and where it stands, read-only by convention (a plain slotted class: a document
    makes one per word, and a frozen dataclass costs several times as much to build).
    ``lower`` is the word in lower case with ``ё`` read as ``е``, and ``is_capitalized`` says
    whether it starts with a capital letter: both computed once, since every stage asks.

    >>> w = Word(3, 8, "Ёлкой")
    >>> w, w.lower, w.is_capitalized
    (Word(start=3, end=8, text='Ёлкой'), 'елкой', True)
    """

    __slots__ = ("end", "is_capitalized", "lower", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.lower = text.lower().replace("ё", "е")
        self.is_capitalized = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Word(start={self.start!r}, end={self.end!r}, text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Word:
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))


_SPLIT_CANDIDATE_RE = regex.compile(r"[.!?…\"«»“”„]")
_ROUGH_SENTENCE_RE = regex.compile(r"[^.!?…]+(?:[.!?…]+|$)")
DENSE = 0.1  # share of split candidates above which a paragraph is no prose


# razdel's rules read the text joined so far (``split.buffer``) only to see whether it is a short
# list bullet (``1.``, ``а)``): its length against 20 characters, then its tokens. Past this
# length any string of it answers the same, and none is built.
_SHORT_BUFFER = 64
_LONG_BUFFER = " " * (_SHORT_BUFFER + 1)


def sentenize(text: str) -> list[tuple[int, int]]:
    """razdel's sentences of ``text`` as ``(start, stop)``, the same as ``razdel.sentenize``
    gives, in linear time: razdel joins a sentence by adding each piece to a string, which costs
    the square of its length when a long sentence holds many marks it does not split at.

    >>> sentenize("Он пришел. «Да», — сказал он, «нет». Т. е. так.")
    [(0, 10), (11, 36), (37, 47)]
    """
    parts = _razdel_sentenize.split(text)
    first = next(parts, None)
    if first is None:
        return []
    chunks: list[str] = []
    buffer, size = [first], len(first)
    for split in parts:
        right = next(parts)
        split.buffer = "".join(buffer) if size <= _SHORT_BUFFER else _LONG_BUFFER
        if _razdel_sentenize.join(split):
            buffer += (split.delimiter, right)
            size += len(split.delimiter) + len(right)
        else:
            buffer.append(split.delimiter)
            chunks.append("".join(buffer))
            buffer, size = [right], len(right)
    chunks.append("".join(buffer))
    return [(s.start, s.stop) for s in find_substrings(_razdel_sentenize.post(chunks), text)]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of one paragraph: razdel's for prose; for a paragraph that is mostly marks
    and stops (no prose, and razdel's slowest case), a cut after every run of stops."""
    if len(_SPLIT_CANDIDATE_RE.findall(text, start, end)) > DENSE * (end - start) + 20:
        return [
            (m.start(), m.end())
            for m in _ROUGH_SENTENCE_RE.finditer(text, start, end)
            if m.group().strip()
        ]
    return [(start + a, start + b) for a, b in sentenize(text[start:end])]


class Doc:
    """A text cut into paragraphs, sentences and words, all as offsets into it.

    >>> d = Doc("Он пришел. Она ушла.\\nКонец")
    >>> d.paragraphs, d.sentences
    ([(0, 20), (21, 26)], [(0, 10), (11, 20), (21, 26)])
    >>> [w.text for w in d.words_between(0, 10)]
    ['Он', 'пришел']
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = layout.paragraphs(text)
        self.sentences: list[tuple[int, int]] = []
        for start, end in self.paragraphs:
            self.sentences.extend(_sentences(text, start, end))
        self.words = [Word(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
        self._word_starts = [w.start for w in self.words]
        self._sentence_starts = [s for s, _ in self.sentences]
        self._paragraph_starts = [s for s, _ in self.paragraphs]
        self._memos: dict[int, tuple[object, dict]] = {}
        self._last_memo: tuple[object, dict] = (None, {})  # the one asked for last: most calls
        self._positions: dict[str, list[int]] = {}

    def memo(self, owner: object) -> dict:
        """A dict kept with the document for one ``owner`` (an object a per-word search reads,
        such as the document's names): a result stored there per word is computed once, however
        many searches pass that word. The owner is kept alive with the document.

        >>> d, owner = Doc("раз два"), object()
        >>> d.memo(owner) is d.memo(owner), d.memo(owner) is d.memo(object())
        (True, False)
        """
        entry = self._last_memo
        if entry[0] is owner:
            return entry[1]
        entry = self._memos.get(id(owner))
        if entry is None or entry[0] is not owner:
            entry = self._memos[id(owner)] = (owner, {})
        self._last_memo = entry
        return entry[1]

    def positions(self, char: str) -> list[int]:
        """Where the character ``char`` stands in the text, in order (found once per character).

        >>> Doc("(а) (б").positions("(")
        [0, 4]
        """
        found = self._positions.get(char)
        if found is None:
            found = self._positions[char] = [
                m.start() for m in regex.finditer(regex.escape(char), self.text)
            ]
        return found

    def rfind(self, char: str, start: int, end: int) -> int:
        """``text.rfind(char, start, end)`` for one character, in logarithmic time.

        >>> Doc("(а) (б").rfind("(", 0, 6), Doc("(а) (б").rfind("(", 1, 4)
        (4, -1)
        """
        at = self._positions.get(char)
        if at is None:
            at = self.positions(char)
        if not at:
            return -1
        k = bisect_left(at, end) - 1
        return at[k] if k >= 0 and at[k] >= start else -1

    def find(self, char: str, start: int, end: int) -> int:
        """``text.find(char, start, end)`` for one character, in logarithmic time.

        >>> Doc("(а) (б").find(")", 0, 6), Doc("(а) (б").find(")", 3, 6)
        (2, -1)
        """
        at = self.positions(char)
        k = bisect_left(at, start)
        return at[k] if k < len(at) and at[k] < end else -1

    def word_index(self, pos: int) -> int:
        """Index of the first word that starts at or after ``pos``."""
        return bisect_left(self._word_starts, pos)

    def words_between(self, start: int, end: int) -> list[Word]:
        """The words wholly inside ``[start, end)``."""
        i = bisect_left(self._word_starts, start)
        out = []
        while i < len(self.words) and self.words[i].end <= end:
            out.append(self.words[i])
            i += 1
        return out

    def index_before(self, pos: int) -> int | None:
        """Index of the last word that ends at or before ``pos``, or ``None``."""
        i = bisect_right(self._word_starts, pos) - 1
        while i >= 0 and self.words[i].end > pos:
            i -= 1
        return i if i >= 0 else None

    def words_before(self, pos: int, n: int, start: int = 0) -> list[Word]:
        """The last ``n`` words that end at or before ``pos`` and start at or after ``start``.

        >>> [w.text for w in Doc("раз два три").words_before(11, 2)]
        ['два', 'три']
        """
        i = bisect_right(self._word_starts, pos) - 1
        out: list[Word] = []
        while i >= 0 and len(out) < n:
            w = self.words[i]
            if w.start < start:
                break
            if w.end <= pos:
                out.append(w)
            i -= 1
        out.reverse()
        return out

    def words_from(self, pos: int, n: int, end: int | None = None) -> list[Word]:
        """The first ``n`` words that start at or after ``pos`` and end by ``end``.

        >>> [w.text for w in Doc("раз два три").words_from(1, 2)]
        ['два', 'три']
        """
        i = bisect_left(self._word_starts, pos)
        stop = len(self.text) if end is None else end
        out: list[Word] = []
        while i < len(self.words) and len(out) < n and self.words[i].end <= stop:
            out.append(self.words[i])
            i += 1
        return out

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence that contains ``pos`` (or the nearest one before it)."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i < 0:
            return (0, 0) if not self.sentences else self.sentences[0]
        return self.sentences[i]

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that contains ``pos``."""
        return max(0, bisect_right(self._sentence_starts, pos) - 1)

    def paragraph_at(self, pos: int) -> tuple[int, int]:
        """The paragraph that contains ``pos`` (or the nearest one before it)."""
        i = bisect_right(self._paragraph_starts, pos) - 1
        if i < 0:
            return (0, 0) if not self.paragraphs else self.paragraphs[0]
        return self.paragraphs[i]

    def paragraph_index(self, pos: int) -> int:
        """Index of the paragraph that contains ``pos``."""
        return max(0, bisect_right(self._paragraph_starts, pos) - 1)
