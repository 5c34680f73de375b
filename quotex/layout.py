"""Paragraphs of a text: lines, or in a hard-wrapped text, runs of lines.

A small shared module: it imports nothing else from quotex.

Most text puts one paragraph on a line (QUOTE_SPEC.md: one line break ends a paragraph). Old
books typed for the screen are hard-wrapped instead: every line is cut at a fixed width, and a
paragraph is told by its first line, which is indented deeper than the lines that continue it::

       - Я приеду завтра к вечеру, - ответил старик, снимая очки, - если
      дорогу не заметет.
       Он помолчал.

Here the first two lines are one paragraph (one turn of dialogue with a remark inside), the third
is another. :func:`paragraphs` finds that layout and joins such lines; any other text keeps one
paragraph a line.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import regex

_BREAK_RE = regex.compile(r"\r\n|\r|\n")

# The layout is taken for the text only when it is plain: this many continuation lines at least,
# and nearly all of the lines at the continuation indent right after a line of text.
MIN_WRAPPED_LINES = 3
MIN_WRAPPED_SHARE = 0.9
# A line wraps into the next only when it is long: this share of the text's usual line width
# (a short line ended its paragraph: `Он помолчал.`).
WRAP_WIDTH_SHARE = 0.6
MAX_INDENT_STEP = 4  # columns between a paragraph's first line and its continuation lines


def _lines(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, indent)`` of every line; a blank line has indent -1."""
    out = []
    start = 0
    for m in _BREAK_RE.finditer(text):
        out.append((start, m.start(), _indent(text, start, m.start())))
        start = m.end()
    out.append((start, len(text), _indent(text, start, len(text))))
    return out


def _indent(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i] in " \t":
        i += 1
    return i - start if text[i:end].strip() else -1


def _wrap_indents(lines: list[tuple[int, int, int]]) -> tuple[int, int] | None:
    """``(continuation, opener)`` indents of a hard-wrapped text, or ``None`` for any other."""
    counts = Counter(indent for _, _, indent in lines if indent >= 0)
    if len(counts) < 2:
        return None
    (first, _), (second, _) = counts.most_common(2)
    low, high = min(first, second), max(first, second)
    if high - low > MAX_INDENT_STEP:
        return None
    after_text = sum(1 for prev, line in pairwise(lines) if line[2] == low and prev[2] >= low)
    if after_text < MIN_WRAPPED_LINES or after_text < MIN_WRAPPED_SHARE * counts[low]:
        return None
    return low, high


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of ``text``: each line with text on it, or in a
    hard-wrapped text, a first line and the less indented lines that continue it.

    >>> paragraphs("а\\n\\nб в\\r\\nг")
    [(0, 1), (3, 6), (8, 9)]
    >>> text = (
    ...     "   Первая строка первого абзаца\\n  и его конец.\\n"
    ...     "   Вторая строка, начало абзаца\\n  тоже в две строки.\\n"
    ...     "   Третий абзац, он тоже длинный\\n  и кончается здесь."
    ... )
    >>> [text[a:b].split()[0] for a, b in paragraphs(text)]
    ['Первая', 'Вторая', 'Третий']
    """
    lines = _lines(text)
    wrap = _wrap_indents(lines)
    out: list[tuple[int, int]] = []
    if wrap is None:
        return [(a, b) for a, b, indent in lines if indent >= 0]
    low, _ = wrap
    widths = sorted(b - a for a, b, indent in lines if indent >= 0)
    usual = widths[int(0.9 * (len(widths) - 1))]
    prev_indent = -1
    prev_width = 0
    for a, b, indent in lines:
        if indent < 0:
            prev_indent = -1
            continue
        joins = (
            out and indent == low and prev_indent >= low and prev_width >= WRAP_WIDTH_SHARE * usual
        )
        if joins:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        prev_indent, prev_width = indent, b - a
    return out
