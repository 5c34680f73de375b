"""A tiny inline markup for the example tables of the tests.

An example is the text as a reader sees it, with two kinds of brackets added:

``[…]``
    the content of one quote: the speaker's words exactly, without the quote marks, the joining
    comma or dash and any surrounding space. Each ``[…]`` is a quote of its own.
``[1:…]`` … ``[1:…]``
    parts of ONE quote: parts that share a number (any digits, then a colon) belong to the same
    quote, as in ``«[1:A], — сказал он. — [1:B]»``.
``{…}``
    a speaker mention: the words near a quote that point at its speaker, as written
    (``{Ивана Петрова}``, ``{он}``, ``{министр}``).
``\\[`` ``\\]`` ``\\{`` ``\\}`` ``\\\\``
    the character itself (a part whose own text starts with digits and a colon, such as
    ``10:00``, escapes its first digit: ``[\\10:00 …]``).

Brackets may nest (``«[Он сказал: „[нет]“]»`` is two quotes, one inside the other). The quotes
come back in text order (by where their first part starts), each a tuple of ``(start, end)``
parts in text order; mentions come back in text order too.

>>> ex = parse("«[Приду завтра]», — сказал {Иван}.")
>>> ex.text
'«Приду завтра», — сказал Иван.'
>>> ex.quotes, ex.mentions
([((1, 13),)], [(25, 29)])
>>> ex = parse("«[1:Мы готовы], — сказал {он}. — [1:Ждем вас]»")
>>> [[ex.text[a:b] for a, b in q] for q in ex.quotes]
[['Мы готовы', 'Ждем вас']]
>>> parse("Здесь нет цитат.").quotes
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

_ID_RE = re.compile(r"(\d+):")

Parts = tuple[tuple[int, int], ...]


class Example(NamedTuple):
    """A parsed example: the plain text, its quotes (each a tuple of parts) and mentions."""

    text: str
    quotes: list[Parts]
    mentions: list[tuple[int, int]]

    @property
    def parts(self) -> list[tuple[int, int]]:
        """Every content part of every quote, in text order.

        >>> parse("[а] и [б]").parts
        [(0, 1), (4, 5)]
        """
        return sorted(p for q in self.quotes for p in q)


def parse(marked: str) -> Example:
    """The plain text, quotes and mentions of a marked-up example.

    >>> parse("{Он} сказал: «[1:Да], — и добавил: — [1:нет]». Потом «[ушел]».").quotes
    [((12, 14), (31, 34)), ((44, 48),)]
    >>> parse(r"скобки \\[не разметка\\]").text
    'скобки [не разметка]'
    >>> parse("[без конца")
    Traceback (most recent call last):
    ...
    ValueError: unclosed '[' at 0 in '[без конца'
    >>> parse("лишняя }")
    Traceback (most recent call last):
    ...
    ValueError: unmatched '}' at 7 in 'лишняя }'
    """
    out: list[str] = []
    pos = 0  # offset in the plain text
    stack: list[tuple[str, int, str | None, int]] = []  # (bracket, start, quote id, index)
    numbered: dict[str, list[tuple[int, int]]] = {}
    single: list[list[tuple[int, int]]] = []
    mentions: list[tuple[int, int]] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "\\" and i + 1 < len(marked):
            out.append(marked[i + 1])
            pos += 1
            i += 2
            continue
        if ch == "[":
            m = _ID_RE.match(marked, i + 1)
            qid = m.group(1) if m else None
            stack.append(("[", pos, qid, i))
            i = m.end() if m else i + 1
            continue
        if ch == "{":
            stack.append(("{", pos, None, i))
            i += 1
            continue
        if ch in "]}":
            opener = "[" if ch == "]" else "{"
            if not stack or stack[-1][0] != opener:
                raise ValueError(f"unmatched {ch!r} at {i} in {marked!r}")
            _, start, qid, _ = stack.pop()
            if opener == "{":
                mentions.append((start, pos))
            elif qid is None:
                single.append([(start, pos)])
            else:
                numbered.setdefault(qid, []).append((start, pos))
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        bracket, _, _, at = stack[-1]
        raise ValueError(f"unclosed {bracket!r} at {at} in {marked!r}")
    quotes = [tuple(sorted(q)) for q in [*single, *numbered.values()]]
    return Example("".join(out), sorted(quotes), sorted(mentions))


def per_quote(value: object, n: int) -> list:
    """A table cell given once for all ``n`` quotes of a row, or as a tuple, one per quote.

    >>> per_quote("direct", 2), per_quote(("direct", "partial"), 2), per_quote(None, 1)
    (['direct', 'direct'], ['direct', 'partial'], [None])
    """
    if isinstance(value, tuple):
        if len(value) != n:
            raise ValueError(f"{len(value)} values for {n} quotes: {value!r}")
        return list(value)
    return [value] * n


def expected(marked: str, kinds: str | Sequence[str], speakers: object = None) -> list[tuple]:
    """``(kind, parts, speaker name)`` of each quote of a row, in text order.

    >>> expected("«[Да]», — сказал {Иван}.", "direct", "Иван")
    [('direct', ((1, 3),), 'Иван')]
    """
    ex = parse(marked)
    n = len(ex.quotes)
    return list(zip(per_quote(kinds, n), ex.quotes, per_quote(speakers, n), strict=True))


def check(marked: str, kinds: str | Sequence[str], speakers: object = None) -> None:
    """Assert that ``extract`` finds exactly the quotes of a marked-up row.

    Compared: each quote's kind, exact parts and speaker name, in text order, and nothing else
    found. When the row marks mentions with ``{…}``, the set of the found speakers' mentions
    must be exactly those spans (quotes attributed from context have no mention).
    """
    from quotex import extract

    ex = parse(marked)
    quotes = extract(ex.text)
    got = [
        (q.kind, tuple((p.start, p.end) for p in q.parts), q.speaker.name if q.speaker else None)
        for q in quotes
    ]
    want = expected(marked, kinds, speakers)
    assert got == want, _explain(ex.text, got, want)
    if ex.mentions:
        found = sorted(
            {
                (q.speaker.mention.start, q.speaker.mention.end)
                for q in quotes
                if q.speaker is not None and q.speaker.mention is not None
            }
        )
        assert found == ex.mentions, _explain_mentions(ex.text, found, ex.mentions)


def show(text: str, quotes: Sequence[tuple]) -> list[tuple]:
    """Rows of ``(kind, parts, speaker)`` with the parts as text, for readable failures.

    >>> show("«Да»", [("direct", ((1, 3),), None)])
    [('direct', ['Да'], None)]
    """
    return [(k, [text[a:b] for a, b in parts], s) for k, parts, s in quotes]


def _explain(text: str, got: list[tuple], want: list[tuple]) -> str:
    return f"\n text: {text!r}\n  got: {show(text, got)}\n want: {show(text, want)}"


def _explain_mentions(text: str, got: list, want: list) -> str:
    return (
        f"\n text: {text!r}\n  got mentions: {[text[a:b] for a, b in got]}"
        f"\n want mentions: {[text[a:b] for a, b in want]}"
    )
