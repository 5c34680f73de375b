"""The result types of quotex: plain frozen dataclasses with offsets into the caller's string.

Nothing here imports the rest of the package: every stage and every user can depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["direct", "dialogue", "partial", "indirect"]
Via = Literal["cue", "pronoun", "title", "context"]
Gender = Literal["masc", "femn"]

KINDS: tuple[Kind, ...] = ("direct", "dialogue", "partial", "indirect")
VIAS: tuple[Via, ...] = ("cue", "pronoun", "title", "context")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the caller's string: ``text[start:end] == span.text``.

    >>> s = "Он сказал: «Да»."
    >>> Span(12, 14, s[12:14])
    Span(start=12, end=14, text='Да')
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text`` from ``start`` to ``end``.

        >>> Span.of("abc", 1, 3).text
        'bc'
        """
        return cls(start, end, text[start:end])

    def to_list(self) -> list[int]:
        """``[start, end]``, as the gold format writes offsets.

        >>> Span(3, 5, "ab").to_list()
        [3, 5]
        """
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote.

    ``name`` is the most informative name of the entity in the document, in the nominative;
    ``mention`` the words near the quote that point at it, as written (``None`` when found from
    context); ``via`` how it was found; ``rule`` the name of the rule that attributed it.
    ``id`` is the same for every quote of one entity in a document (``"e1"``, ``"e2"``, … in
    order of first appearance); ``gender`` is ``"masc"``, ``"femn"`` or ``None`` (unknown, a
    group or an organisation), from the name, the description and the verb's agreement.

    >>> s = Speaker("Александр Лукашенко", Span(10, 19, "Лукашенко"), "cue", id="e1", gender="masc")
    >>> s.name, s.mention.text, s.via, s.id, s.gender
    ('Александр Лукашенко', 'Лукашенко', 'cue', 'e1', 'masc')
    """

    name: str
    mention: Span | None
    via: Via
    rule: str = ""
    id: str | None = None
    gender: Gender | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote: its kind, its content parts, the cue and the speaker.

    ``parts`` are the speaker's words only (no marks, no author's words), sorted and disjoint;
    ``repaired`` is true when a quote mark was missing or mismatched and quotex inferred a
    boundary; ``rule`` names the rule that found the quote.

    >>> q = Quote("direct", (Span(1, 3, "Да"),), rule="marks")
    >>> q.text, q.start, q.end
    ('Да', 1, 3)
    """

    kind: Kind
    parts: tuple[Span, ...]
    cue: Span | None = None
    speaker: Speaker | None = None
    repaired: bool = False
    rule: str = ""

    @property
    def start(self) -> int:
        """Where the first part starts."""
        return self.parts[0].start

    @property
    def end(self) -> int:
        """Where the last part ends."""
        return self.parts[-1].end

    @property
    def text(self) -> str:
        """The parts' text joined by one space."""
        return " ".join(p.text for p in self.parts)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict in the gold format of QUOTE_SPEC.md, plus ``text``, ``repaired``
        and the rules that found and attributed the quote.

        >>> Quote("partial", (Span(5, 9, "злом"),), rule="x").to_dict()["parts"]
        [[5, 9]]
        """
        speaker = self.speaker
        return {
            "kind": self.kind,
            "parts": [p.to_list() for p in self.parts],
            "text": self.text,
            "speaker": speaker.name if speaker else None,
            "speaker_id": speaker.id if speaker else None,
            "gender": speaker.gender if speaker else None,
            "mention": speaker.mention.to_list() if speaker and speaker.mention else None,
            "mention_text": speaker.mention.text if speaker and speaker.mention else None,
            "via": speaker.via if speaker else None,
            "cue": self.cue.to_list() if self.cue else None,
            "cue_text": self.cue.text if self.cue else None,
            "repaired": self.repaired,
            "rule": self.rule,
            "speaker_rule": speaker.rule if speaker else None,
        }
