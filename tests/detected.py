"""Detection-only checks of marked-up rows (``markup.py``): kinds and exact parts, no speakers.

Rows of the detection tables say what is a quote and where its words are; who said it is the
attribution tables' business, so these checks stay put when attribution changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from markup import expected, parse, show

from quotex import extract


def check_detected(marked: str, kinds: str | Sequence[str]) -> None:
    """Assert that ``extract`` finds exactly the quotes of a row, with these kinds and parts.

    >>> check_detected("«[Да]», — сказал Иван.", "direct")
    """
    want = [(k, parts) for k, parts, _ in expected(marked, kinds)]
    text = parse(marked).text
    got = [(q.kind, tuple((p.start, p.end) for p in q.parts)) for q in extract(text)]
    assert got == want, (
        f"\n text: {text!r}\n  got: {show(text, [(*g, None) for g in got])}"
        f"\n want: {show(text, [(*w, None) for w in want])}"
    )
