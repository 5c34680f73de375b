"""Compose the stages: text -> marks -> quote spans -> cues -> mentions -> speakers."""

from __future__ import annotations

from collections.abc import Iterable

from . import quotes
from .attribute import attribute
from .segment import Doc
from .types import KINDS, Kind, Quote


def _check_kinds(kinds: Iterable[str] | None) -> frozenset[str]:
    if kinds is None:
        return frozenset(KINDS)
    if isinstance(kinds, str):
        kinds = [kinds]
    wanted = frozenset(kinds)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown quote kind(s) {sorted(unknown)}; expected some of {list(KINDS)}")
    return wanted


def extract(text: str, /, *, kinds: Iterable[Kind] | None = None) -> list[Quote]:
    """Every quote in ``text``, in text order, with offsets into ``text`` itself.

    ``kinds`` limits the result to some of ``"direct"``, ``"dialogue"``, ``"partial"`` and
    ``"indirect"`` (default: all four).

    >>> [(q.kind, q.text, q.speaker.name) for q in extract("«Мы готовы», — заявил Иван Петров.")]
    [('direct', 'Мы готовы', 'Иван Петров')]
    """
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, bytes | bytearray)
            else ""
        )
        raise TypeError(f"extract() expects str, got {type(text).__name__}{hint}")
    wanted = _check_kinds(kinds)
    if not text.strip():
        return []
    doc = Doc(text)
    # Every kind is found and attributed, then filtered: a quote the caller does not want can
    # still be the previous speaker's or a pronoun's antecedent for one they do.
    found = attribute(doc, quotes.find(doc, KINDS))
    return [q for q in found if q.kind in wanted]
