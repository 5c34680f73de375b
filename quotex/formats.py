"""Output formats: a document's quotes as plain text, JSON or a gold-format JSONL line.

Pure functions of ``Quote`` lists, so the CLI only reads, extracts and writes. JSON is written
with ``ensure_ascii=False``: Russian stays readable, and the output is UTF-8 like the input.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .types import Quote, Span

INDENT = "    "


def _flat(text: str) -> str:
    # A cue or a mention may cross a line break; the header must stay one line.
    return " ".join(text.split())


def _at(span: Span) -> str:
    return f"[{span.start}:{span.end}]"


def _header(quote: Quote) -> str:
    kind = f"{quote.kind} [repaired]" if quote.repaired else quote.kind
    speaker = quote.speaker
    if speaker is None:
        who = "—"
    elif speaker.mention is None:
        who = f"{speaker.name} ({speaker.via})"
    else:
        who = f"{speaker.name} ({speaker.via}: «{_flat(speaker.mention.text)}»)"
    fields = [kind, who]
    if quote.cue is not None:
        fields.append(_flat(quote.cue.text))
    return " · ".join(fields)


def _explain(quote: Quote) -> list[str]:
    speaker = quote.speaker
    speaker_rule = "—" if speaker is None else speaker.rule or "?"
    where = ["parts " + " ".join(_at(p) for p in quote.parts)]
    if quote.cue is not None:
        where.append("cue " + _at(quote.cue))
    if speaker is not None and speaker.mention is not None:
        where.append("mention " + _at(speaker.mention))
    return [
        f"  found by: {quote.rule or '?'}; speaker by: {speaker_rule}",
        "  at: " + "; ".join(where),
    ]


def to_text(quotes: Sequence[Quote], *, explain: bool = False) -> str:
    """Quotes for reading: per quote a header line (kind, speaker, how it was found, cue),
    then the quote's text indented; a blank line between quotes; ``""`` for no quotes.

    ``explain`` adds the names of the rules that found the quote and its speaker, and the
    ``[start:end]`` offsets of the parts, the cue and the mention.

    >>> from quotex.types import Speaker
    >>> s = "«Мы готовы», — сказал Лукашенко."
    >>> q = Quote("direct", (Span.of(s, 1, 10),), cue=Span.of(s, 15, 21),
    ...           speaker=Speaker("Александр Лукашенко", Span.of(s, 22, 31), "cue", "after"),
    ...           rule="marks")
    >>> print(to_text([q]))
    direct · Александр Лукашенко (cue: «Лукашенко») · сказал
        Мы готовы
    >>> print(to_text([q, Quote("dialogue", (Span(40, 44, "Нет!"),), repaired=True)],
    ...               explain=True))
    direct · Александр Лукашенко (cue: «Лукашенко») · сказал
        Мы готовы
      found by: marks; speaker by: after
      at: parts [1:10]; cue [15:21]; mention [22:31]
    <BLANKLINE>
    dialogue [repaired] · —
        Нет!
      found by: ?; speaker by: —
      at: parts [40:44]
    """
    blocks = []
    for quote in quotes:
        lines = [_header(quote)]
        lines += [INDENT + line for line in quote.text.splitlines() or [""]]
        if explain:
            lines += _explain(quote)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def to_json(quotes: Sequence[Quote]) -> str:
    """A JSON array of ``Quote.to_dict()``, indented, non-ASCII kept as is.

    >>> print(to_json([]))
    []
    >>> json.loads(to_json([Quote("partial", (Span(5, 9, "злом"),))]))[0]["text"]
    'злом'
    """
    return json.dumps([q.to_dict() for q in quotes], ensure_ascii=False, indent=2)


def to_json_member(key: str, quotes: Sequence[Quote]) -> str:
    """One ``"key": [...]`` member of a JSON object of documents, indented as a member of
    ``to_json``'s layout, so several documents can be written one at a time between ``{`` and
    ``}`` (joined by ``,`` and a line break).

    >>> print("{\\n" + to_json_member("a.txt", []) + "\\n}")
    {
      "a.txt": []
    }
    """
    value = to_json(quotes).replace("\n", "\n  ")  # JSON strings hold no raw line breaks
    return f"  {json.dumps(key, ensure_ascii=False)}: {value}"


def to_jsonl_line(doc: str, quotes: Sequence[Quote]) -> str:
    """One line ``{"doc": ..., "quotes": [...]}`` (no line break at the end) in the gold format of
    QUOTE_SPEC.md, so quotex's output can be scored by ``quotex eval --pred``.

    >>> to_jsonl_line("seed/001", [])
    '{"doc": "seed/001", "quotes": []}'
    >>> json.loads(to_jsonl_line("a", [Quote("direct", (Span(1, 3, "Да"),))]))["quotes"][0]["parts"]
    [[1, 3]]
    """
    return json.dumps({"doc": doc, "quotes": [q.to_dict() for q in quotes]}, ensure_ascii=False)
