"""Output formats: a document's quotes as plain text, JSON or a gold-format JSONL line.

Pure functions of ``Quote`` lists, so the CLI only reads, extracts and writes; ``Writer`` gives
the same output a few quotes at a time, for a document read in blocks. JSON is written with
``ensure_ascii=False``: Russian stays readable, and the output is UTF-8 like the input.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import regex

from .types import Quote, Span

INDENT = "    "
FORMATS = ("text", "json", "jsonl")
# A str may hold surrogates (a JSON text with "\ud800", a file name that is not UTF-8), which
# cannot be written as UTF-8.
_SURROGATE_RE = regex.compile(r"[\ud800-\udfff]")


def _escape_surrogate(m: regex.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def encodable(text: str) -> str:
    """``text`` with every surrogate written as a ``\\uXXXX`` escape, so it can be written as
    UTF-8; in JSON, where surrogates only occur inside strings, the escape reads back as the
    same string.

    >>> encodable('{"text": "Да\\ud800"}')
    '{"text": "Да\\\\ud800"}'
    >>> json.loads(encodable(json.dumps("Да\\ud800", ensure_ascii=False))) == "Да\\ud800"
    True
    """
    return _SURROGATE_RE.sub(_escape_surrogate, text) if _SURROGATE_RE.search(text) else text


def printable(text: str) -> str:
    """``text`` on one line of valid UTF-8, for a message or a header: a byte that was not UTF-8
    in a file name (a surrogate escape) as ``\\xff``, line breaks, other control and format
    characters and other surrogates as in a Python string literal.

    >>> print(printable("bad\\udcff.txt"), printable("no\\nsuch.txt"), printable("сказал"))
    bad\\xff.txt no\\nsuch.txt сказал
    """
    if text.isprintable():
        return text
    out = []
    for c in text:
        if c.isprintable() or c == " ":
            out.append(c)
        elif "\udc80" <= c <= "\udcff":
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        else:
            out.append(repr(c)[1:-1])
    return "".join(out)


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


def _text_block(quote: Quote, explain: bool) -> str:
    lines = [_header(quote)]
    lines += [INDENT + line for line in quote.text.splitlines() or [""]]
    if explain:
        lines += _explain(quote)
    return "\n".join(lines)


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
    return "\n\n".join(_text_block(quote, explain) for quote in quotes)


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


def _json_item(quote: Quote, indent: str) -> str:
    return indent + json.dumps(quote.to_dict(), ensure_ascii=False, indent=2).replace(
        "\n", "\n" + indent
    )


class Writer:
    """The output of many documents in one format, written a few quotes at a time: for each
    document ``begin``, ``add`` (any number of times, with the quotes in text order) and ``end``,
    all between ``start`` and ``finish``. Every method returns the text to write, ready for UTF-8
    (surrogates escaped). The output is that of the whole-document functions: ``to_text``, under
    a ``==> DOC <==`` header for several documents; ``to_json``, or for several documents an
    object of ``to_json_member``; ``to_jsonl_line``.

    >>> w = Writer("jsonl")
    >>> w.start() + w.begin("a") + w.add([]) + w.add([]) + w.end() + w.finish()
    '{"doc": "a", "quotes": []}\\n'
    >>> w = Writer("text", several=True)
    >>> q = Quote("partial", (Span(5, 9, "злом"),))
    >>> print(w.begin("a.txt") + w.add([q]) + w.add([q]) + w.end(), end="")
    ==> a.txt <==
    partial · —
        злом
    <BLANKLINE>
    partial · —
        злом
    """

    def __init__(self, fmt: str, *, several: bool = False, explain: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
        self.format = fmt
        self.several = several
        self.explain = explain
        self.docs = 0  # documents begun
        self.quotes = 0  # quotes of the current document written

    def start(self) -> str:
        """What comes before the first document."""
        return "{" if self.format == "json" and self.several else ""

    def begin(self, doc: str) -> str:
        """What starts the document ``doc``."""
        first = not self.docs
        self.docs += 1
        self.quotes = 0
        if self.format == "jsonl":
            return encodable('{"doc": ' + json.dumps(doc, ensure_ascii=False) + ', "quotes": [')
        if self.format == "json":
            if not self.several:
                return ""
            key = json.dumps(doc, ensure_ascii=False)
            return encodable(("" if first else ",") + f"\n  {key}: ")
        if self.several:
            return ("" if first else "\n") + f"==> {printable(doc)} <==\n"
        return ""

    def add(self, quotes: Iterable[Quote]) -> str:
        """The next quotes of the current document."""
        out = []
        for quote in quotes:
            more = self.quotes > 0
            self.quotes += 1
            if self.format == "jsonl":
                item = json.dumps(quote.to_dict(), ensure_ascii=False)
                out.append((", " if more else "") + item)
            elif self.format == "json":
                indent = "    " if self.several else "  "
                out.append(("," if more else "[") + "\n" + _json_item(quote, indent))
            else:
                out.append(("\n\n" if more else "") + _text_block(quote, self.explain))
        return encodable("".join(out))

    def end(self) -> str:
        """What ends the current document."""
        if self.format == "jsonl":
            return "]}\n"
        if self.format == "json":
            close = ("\n  ]" if self.several else "\n]") if self.quotes else "[]"
            return close if self.several else close + "\n"
        return "\n" if self.quotes else ""

    def finish(self) -> str:
        """What comes after the last document."""
        return "\n}\n" if self.format == "json" and self.several else ""
