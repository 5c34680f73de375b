"""Who is quoted and how much: a table of the speakers of one or many documents.

``speakers(quotes)`` counts, per speaker, the quotes by kind and the words quoted; this is what
media monitoring counts (who is quoted, how much, whether women are heard). Speakers are pooled
by name, the nominative ``Speaker.name``: within a document every quote of one speaker has the
same name, and across documents the same name is taken for the same person. Quotes with no
speaker make one row of their own, named ``None``, after the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

from .types import KINDS, Gender, Kind, Quote

# A word: letters or digits, with inner hyphens and apostrophes (кто-то, 2024-й, О'Коннор).
_WORD_RE = regex.compile(r"\w+(?:[-'’]\w+)*")


def words(text: str) -> int:
    """The number of words in ``text``.

    >>> words("Мы, кажется, что-то нашли — 2 раза!")
    6
    """
    return sum(1 for _ in _WORD_RE.finditer(text))


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """One row of the speakers table.

    ``name`` is the speaker's name (``None``: the quotes nobody is credited with); ``gender``
    is ``Speaker.gender`` when all of the speaker's quotes that know it agree, else ``None``;
    ``quotes`` counts the quotes, ``direct`` … ``indirect`` the quotes of each kind, ``words``
    the words inside them, ``documents`` the documents the speaker is quoted in.

    >>> row = SpeakerSummary("Анна Петрова", "femn", quotes=2, direct=1, indirect=1, words=9)
    >>> row.to_dict()["indirect"], row.documents
    (1, 1)
    """

    name: str | None
    gender: Gender | None
    quotes: int
    direct: int = 0
    dialogue: int = 0
    partial: int = 0
    indirect: int = 0
    words: int = 0
    documents: int = 1

    def kind(self, kind: Kind) -> int:
        """The number of the speaker's quotes of ``kind``.

        >>> SpeakerSummary("Иван", "masc", quotes=3, dialogue=3).kind("dialogue")
        3
        """
        return int(getattr(self, kind))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the row's fields, in order.

        >>> list(SpeakerSummary(None, None, quotes=1, partial=1, words=2).to_dict())[:4]
        ['name', 'gender', 'quotes', 'direct']
        """
        return {
            "name": self.name,
            "gender": self.gender,
            "quotes": self.quotes,
            **{kind: self.kind(kind) for kind in KINDS},
            "words": self.words,
            "documents": self.documents,
        }


@dataclass
class _Row:
    order: int
    kinds: Counter[str] = field(default_factory=Counter)
    genders: set[str] = field(default_factory=set)
    words: int = 0
    documents: set[Hashable] = field(default_factory=set)


class Tally:
    """The speakers table built a few quotes at a time, for documents read in blocks.

    ``add(quotes, document=KEY)`` counts quotes of the document ``KEY`` (calls with the same key
    add to one document); without a key, each call is a document of its own. ``summary()`` gives
    the table as ``speakers`` does.

    >>> from quotex.types import Span, Speaker
    >>> anna = Speaker("Анна", None, "cue", gender="femn")
    >>> tally = Tally()
    >>> tally.add([Quote("direct", (Span(0, 3, "Да."),), speaker=anna)], document="a")
    >>> tally.add([Quote("partial", (Span(9, 12, "нет"),), speaker=anna)], document="a")
    >>> [(r.name, r.quotes, r.documents) for r in tally.summary()]
    [('Анна', 2, 1)]
    """

    def __init__(self) -> None:
        self._rows: dict[str | None, _Row] = {}
        self._calls = 0

    def add(self, quotes: Iterable[Quote], *, document: Hashable | None = None) -> None:
        """Count ``quotes``, all of the document ``document``."""
        self._calls += 1
        key = ("call", self._calls) if document is None else ("doc", document)
        for quote in quotes:
            speaker = quote.speaker
            name = speaker.name if speaker is not None else None
            row = self._rows.get(name)
            if row is None:
                row = self._rows[name] = _Row(len(self._rows))
            row.kinds[quote.kind] += 1
            if speaker is not None and speaker.gender is not None:
                row.genders.add(speaker.gender)
            row.words += sum(words(part.text) for part in quote.parts)
            row.documents.add(key)

    def summary(self) -> list[SpeakerSummary]:
        """The rows: most quotes first, then most words, then first quoted; no speaker last."""
        out = []
        for name, row in self._rows.items():
            gender = next(iter(row.genders)) if len(row.genders) == 1 else None
            out.append(
                (
                    name is None,
                    -row.kinds.total(),
                    -row.words,
                    row.order,
                    SpeakerSummary(
                        name,
                        gender,  # type: ignore[arg-type]
                        quotes=row.kinds.total(),
                        **{kind: row.kinds[kind] for kind in KINDS},
                        words=row.words,
                        documents=len(row.documents),
                    ),
                )
            )
        return [item[-1] for item in sorted(out, key=lambda item: item[:4])]


def by_gender(rows: Iterable[SpeakerSummary]) -> dict[str, int]:
    """The quotes of the rows by the speaker's gender: ``femn``, ``masc`` and ``unknown`` (no
    known gender, mixed genders, or no speaker).

    >>> by_gender([SpeakerSummary("Анна", "femn", quotes=3), SpeakerSummary(None, None, quotes=1)])
    {'femn': 3, 'masc': 0, 'unknown': 1}
    """
    out = {"femn": 0, "masc": 0, "unknown": 0}
    for row in rows:
        out[row.gender or "unknown"] += row.quotes
    return out


def speakers(*documents: Iterable[Quote]) -> list[SpeakerSummary]:
    """The speakers table of the quotes of one document, or of several (one argument each):
    per speaker, the gender, the number of quotes by kind and the words quoted.

    >>> from quotex import extract
    >>> text = ("«Мост откроют в субботу», — сказала Анна Петрова. "
    ...         "Петрова добавила, что движение будет бесплатным. «Ура!» — крикнул Олег.")
    >>> for row in speakers(extract(text)):
    ...     print(row.name, row.gender, row.quotes, row.direct, row.indirect, row.words)
    Анна Петрова femn 2 1 1 7
    Олег masc 1 1 0 1

    Several documents, one argument each (``speakers(*map(extract, texts))``), are pooled by
    name: ``documents`` counts those a speaker is quoted in.

    >>> [(r.name, r.quotes, r.documents) for r in speakers(extract(text), extract(text))][0]
    ('Анна Петрова', 4, 2)
    """
    tally = Tally()
    for quotes in documents:
        tally.add(quotes)
    return tally.summary()
