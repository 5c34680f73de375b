"""A text too large to hold in memory: ``extract_stream`` reads it a block of whole lines at a time.

The text is read incrementally and cut into blocks of about ``block_chars`` characters that end at
a line break (quotex's paragraphs are lines: marks pair and quotes end within one). Each block is
extracted together with a little of the text around it, ``context_chars`` of whole lines before
and after, so that a pronoun or a title at the start of a block finds the person named just before
it and a quote at the end of a block sees the line after it, as it would in the whole text. Only
the quotes that start inside the block proper are kept, each exactly once, and every offset is
shifted to an offset into the whole text. Memory holds one block and its context, whatever the
length of the text.

What the context cannot carry is the document's memory of people named long before: a pronoun
more than ``context_chars`` after its antecedent, or a surname first given in full a block ago,
may be attributed differently than in the whole text. A quote that runs over more than
``context_chars`` past the end of its block (a multi-paragraph quote) is cut there.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import IO

import regex

from .extract import extract
from .types import Kind, Quote, Span

BLOCK_CHARS = 1_000_000
CONTEXT_CHARS = 2_000
# A paragraph with no line break is cut, at a space if it has one, once it is this many blocks long.
LONGEST_BLOCK = 4
READ_CHARS = 1 << 16  # characters asked of a file object at a time

# A line break and the blank lines after it: a block ends after them, so the next one starts with
# a line that has text.
_BREAK_RE = regex.compile(r"(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))*")
_SPACES_RE = regex.compile(r"[^\S\r\n]*")
_LAST_SPACE_RE = regex.compile(r"\s", regex.REVERSE)
_FIRST_BREAK_RE = regex.compile(r"\r\n?|\n")
_FIRST_SPACE_RE = regex.compile(r" ")

Source = str | IO[str] | Iterable[str]


@dataclass(frozen=True, slots=True)
class Block:
    """One block of a long text with its context: ``text[start:end]`` is the block itself,
    ``text[:start]`` and ``text[end:]`` the lines around it; ``text[0]`` is character ``offset`` of
    the whole text.

    >>> b = Block("Иван пришел.\\nОн сказал: «Да».\\n", offset=100, start=13, end=30)
    >>> b.text[b.start:b.end]
    'Он сказал: «Да».\\n'
    """

    text: str
    offset: int
    start: int
    end: int

    @classmethod
    def whole(cls, text: str) -> Block:
        """A text that is its own only block.

        >>> Block.whole("Да.")
        Block(text='Да.', offset=0, start=0, end=3)
        """
        return cls(text, 0, 0, len(text))


def _pieces(source: Source) -> Iterator[str]:
    if isinstance(source, str):
        yield source
        return
    read = getattr(source, "read", None)
    chunks: Iterable[str] = iter(lambda: read(READ_CHARS), "") if read else source  # type: ignore[misc]
    for piece in chunks:
        if not isinstance(piece, str):
            hint = " (open the file in text mode)" if isinstance(piece, bytes | bytearray) else ""
            raise TypeError(f"extract_stream() reads str, got {type(piece).__name__}{hint}")
        yield piece


def _cut(buf: str, block_chars: int, eof: bool) -> int | None:
    """Where the block at the start of ``buf`` ends; ``None`` when more text must be read first."""
    if len(buf) <= block_chars and eof:
        return len(buf)
    limit = LONGEST_BLOCK * block_chars
    m = _BREAK_RE.search(buf, max(block_chars - 1, 0), limit)
    if m is not None:
        # Only spaces after the run so far: it may go on with a blank line not yet read.
        complete = eof or len(buf) >= limit or not _SPACES_RE.fullmatch(buf, m.end())
        return m.end() if complete else None
    if len(buf) < limit:
        return len(buf) if eof else None
    space = _LAST_SPACE_RE.search(buf, block_chars, limit)
    return space.end() if space else limit


def _whole_lines_after(text: str, at_line_start: bool) -> str:
    """``text`` from its first line start (from its first space when it has no line break)."""
    if at_line_start or not text:
        return text
    m = _FIRST_BREAK_RE.search(text) or _FIRST_SPACE_RE.search(text)
    return text[m.end() :] if m else ""


def _whole_lines_before(text: str, complete: bool) -> str:
    """``text`` up to its last line end (its last space when it has no line break)."""
    if complete:
        return text
    i = max(text.rfind("\n"), text.rfind("\r"))
    if i < 0:
        i = text.rfind(" ")
    return text[: i + 1]


def _tail(history: str, at_line_start: bool, own: str, n: int) -> tuple[str, bool]:
    """The last ``n`` characters of ``history + own`` and whether they start a line."""
    if len(own) > n:
        return own[len(own) - n :], own[len(own) - n - 1] in "\r\n"
    joined = history + own
    if len(joined) > n:
        return joined[len(joined) - n :], joined[len(joined) - n - 1] in "\r\n"
    return joined, at_line_start


def blocks(
    source: Source, *, block_chars: int = BLOCK_CHARS, context_chars: int = CONTEXT_CHARS
) -> Iterator[Block]:
    """The blocks of a text read from ``source``, in order, each with its context.

    A block ends at the first line break (with the blank lines after it) once it has
    ``block_chars`` characters; a line longer than ``LONGEST_BLOCK`` × ``block_chars`` is cut at
    its last space before that length, or there when it has none. The blocks themselves cover
    the text exactly: their offsets run on without a gap.

    >>> text = "Раз.\\nДва.\\n\\nТри.\\n"
    >>> [(b.offset + b.start, b.text[b.start:b.end]) for b in blocks(text, block_chars=5)]
    [(0, 'Раз.\\n'), (5, 'Два.\\n\\n'), (11, 'Три.\\n')]
    """
    if block_chars < 1:
        raise ValueError(f"block_chars must be 1 or more, got {block_chars}")
    if context_chars < 0:
        raise ValueError(f"context_chars must be 0 or more, got {context_chars}")
    pieces = _pieces(source)
    buf, offset, eof = "", 0, False
    history, at_line_start = "", True  # the text just before buf

    def fill(size: int) -> None:
        nonlocal buf, eof
        parts, have = [buf], len(buf)
        while have < size and not eof:
            piece = next(pieces, None)
            if piece is None:
                eof = True
            else:
                parts.append(piece)
                have += len(piece)
        buf = "".join(parts)

    fill(block_chars + 1)
    while buf:
        cut = _cut(buf, block_chars, eof)
        while cut is None:
            fill(len(buf) + block_chars)
            cut = _cut(buf, block_chars, eof)
        fill(cut + context_chars + 1)
        own = buf[:cut]
        before = _whole_lines_after(history, at_line_start)
        after = _whole_lines_before(
            buf[cut : cut + context_chars], eof and cut + context_chars >= len(buf)
        )
        yield Block(before + own + after, offset - len(before), len(before), len(before) + len(own))
        history, at_line_start = _tail(history, at_line_start, own, context_chars)
        buf, offset = buf[cut:], offset + cut
        if not eof:
            fill(block_chars + 1)


def _moved(span: Span, by: int) -> Span:
    return replace(span, start=span.start + by, end=span.end + by)


def shift(block: Block, quotes: Iterable[Quote]) -> list[Quote]:
    """The quotes found in ``block.text`` that start in the block proper, with their offsets
    (parts, cue, speaker's mention) made offsets into the whole text.

    >>> b = Block("Иван пришел.\\n«Да», — сказал он.\\n", offset=100, start=13, end=32)
    >>> q = Quote("direct", (Span.of(b.text, 14, 16),), cue=Span.of(b.text, 21, 27))
    >>> moved = shift(b, [q])[0]
    >>> moved.parts[0], moved.cue.start
    (Span(start=114, end=116, text='Да'), 121)
    """
    by = block.offset
    kept = []
    for q in quotes:
        if not block.start <= q.start < block.end:
            continue
        if by:
            speaker = q.speaker
            if speaker is not None and speaker.mention is not None:
                speaker = replace(speaker, mention=_moved(speaker.mention, by))
            q = replace(
                q,
                parts=tuple(_moved(p, by) for p in q.parts),
                cue=None if q.cue is None else _moved(q.cue, by),
                speaker=speaker,
            )
        kept.append(q)
    return kept


def extract_stream(
    source: Source,
    *,
    block_chars: int = BLOCK_CHARS,
    kinds: Iterable[Kind] | None = None,
    context_chars: int = CONTEXT_CHARS,
) -> Iterator[Quote]:
    """The quotes of a text read from ``source`` a block at a time, with offsets into the whole
    text; memory holds about ``block_chars`` plus twice ``context_chars`` characters.

    ``source`` is a file opened in text mode (read ``READ_CHARS`` characters at a time), any
    iterable of strings (lines, or pieces cut anywhere), or a ``str``. The offsets count the
    characters the source gives, so they are offsets into what ``f.read()`` would return: open
    the file as you would to read it whole (``newline=""`` keeps ``\\r\\n`` as two characters,
    ``encoding="utf-8-sig"`` drops a byte-order mark). Each block of about ``block_chars``
    characters, ending at a line break, is given to ``extract`` with ``context_chars`` of whole
    lines before and after it (see the module's documentation); a text shorter than
    ``block_chars`` gives exactly ``extract(text)``. ``kinds`` is passed to ``extract``.

    >>> text = "Иван Петров вошел.\\n\\n«Мы готовы», — заявил он.\\n" * 2
    >>> [(q.start, q.text, q.speaker.name) for q in extract_stream(text, block_chars=30)]
    [(21, 'Мы готовы', 'Иван Петров'), (67, 'Мы готовы', 'Иван Петров')]

    With a file, the quotes come as each block is done::

        with open("book.txt", encoding="utf-8") as f:
            for quote in extract_stream(f):
                ...
    """
    if isinstance(source, bytes | bytearray):
        raise TypeError("extract_stream() expects text: decode bytes first, or open in text mode")
    wanted = None if kinds is None else ((kinds,) if isinstance(kinds, str) else tuple(kinds))
    extract("", kinds=wanted)  # a bad kind fails now, not at the first quote
    chunks = blocks(source, block_chars=block_chars, context_chars=context_chars)
    found = (q for block in chunks for q in shift(block, extract(block.text, kinds=wanted)))
    return renumber(found)


def renumber(quotes: Iterable[Quote]) -> Iterator[Quote]:
    """The quotes with speaker ids that hold across blocks: each block numbers its speakers
    from ``e1``, so the stream gives one id per speaker name, in order of first appearance.

    >>> from quotex.types import Speaker
    >>> def said(name, id):
    ...     return Quote("direct", (Span(0, 2, "Да"),), speaker=Speaker(name, None, "cue", id=id))
    >>> quotes = [said("Иван", "e1"), said("Анна", "e1"), said("Иван", "e2")]
    >>> [q.speaker.id for q in renumber(quotes)]
    ['e1', 'e2', 'e1']
    """
    ids: dict[str, str] = {}
    for q in quotes:
        s = q.speaker
        if s is not None:
            sid = ids.setdefault(s.name, f"e{len(ids) + 1}")
            if sid != s.id:
                q = replace(q, speaker=replace(s, id=sid))
        yield q
