"""Output formats: documents' quotes as text, JSON, JSONL, CSV or a speakers table.

Pure functions of ``Quote`` lists, so the CLI only reads, extracts and writes; ``Writer`` gives
the same output a few quotes at a time, for a document read in blocks. JSON is written with
``ensure_ascii=False``: Russian stays readable, and the output is UTF-8 like the input.

Every JSON format writes a document as one object, ``{"path": ..., "doc": ..., "quotes":
[...]}``: ``path`` is where its text was read (``"-"``: standard input), ``doc`` its name (the
path, unless the CLI was told otherwise), ``quotes`` each ``Quote.to_dict()``. ``json`` writes a
list of them, whatever their number; ``jsonl`` one per line, which is the gold format of
QUOTE_SPEC.md plus ``path``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from .summary import SpeakerSummary, Tally, by_gender
from .types import KINDS, Quote, Span

INDENT = "    "
FORMATS = ("text", "json", "jsonl", "csv", "speakers")
# What the text and CSV formats put between the parts of a quote the author's words split.
SEAM = " … "
CSV_COLUMNS = (
    "document",
    "kind",
    "start",
    "end",
    "text",
    "speaker",
    "gender",
    "via",
    "cue",
    "repaired",
)
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


def seamed(quote: Quote) -> str:
    """The quote's text with its parts joined by ``SEAM``, so the cut made by the author's words
    shows (``Quote.text`` joins them by a space).

    >>> s = "«Денег хватит, — сказал он. — Всё заложено»."
    >>> seamed(Quote("direct", (Span.of(s, 1, 13), Span.of(s, 30, 42))))
    'Денег хватит … Всё заложено'
    """
    return SEAM.join(part.text for part in quote.parts)


def _text_block(quote: Quote, explain: bool) -> str:
    lines = [_header(quote)]
    lines += [INDENT + line for line in seamed(quote).splitlines() or [""]]
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


def _compact(value: object) -> bool:
    """Whether ``value`` is a list to write on one line: numbers, or lists of numbers."""
    if not isinstance(value, list):
        return False
    return all(
        _number(item) or (isinstance(item, list) and all(_number(x) for x in item))
        for item in value
    )


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def dumps(value: Any, *, level: int = 0) -> str:
    """``value`` as JSON indented by two spaces, non-ASCII kept as is, and lists of numbers or of
    pairs of numbers (the offsets) kept on one line; ``level`` indents it as a value nested that
    many levels deep.

    >>> print(dumps({"parts": [[12, 40], [61, 90]], "speaker": "Анна", "tags": ["a"]}))
    {
      "parts": [[12, 40], [61, 90]],
      "speaker": "Анна",
      "tags": [
        "a"
      ]
    }
    >>> json.loads(dumps([{"cue": None, "mention": [3, 5]}]))
    [{'cue': None, 'mention': [3, 5]}]
    """
    if isinstance(value, dict) and value:
        inner = "  " * (level + 1)
        items = [
            f"{inner}{json.dumps(str(k), ensure_ascii=False)}: {dumps(v, level=level + 1)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + "  " * level + "}"
    if isinstance(value, list) and value and not _compact(value):
        inner = "  " * (level + 1)
        items = [inner + dumps(v, level=level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + "  " * level + "]"
    return json.dumps(value, ensure_ascii=False)


def document(quotes: Iterable[Quote], *, path: str, doc: str | None = None) -> dict[str, Any]:
    """One document of the JSON formats: ``{"path": path, "doc": doc, "quotes": [...]}``, the
    quotes as ``Quote.to_dict()``; ``doc`` is ``path`` unless given.

    >>> document([], path="-")
    {'path': '-', 'doc': '-', 'quotes': []}
    """
    return {
        "path": path,
        "doc": path if doc is None else doc,
        "quotes": [q.to_dict() for q in quotes],
    }


def to_json(documents: Iterable[dict[str, Any]]) -> str:
    """The ``json`` format: a list of ``document`` objects, offsets on one line, and a line break
    at the end. One document or none is a list too.

    >>> print(to_json([document([Quote("partial", (Span(5, 9, "злом"),))], path="a.txt")]))
    ... # doctest: +ELLIPSIS
    [
      {
        "path": "a.txt",
        "doc": "a.txt",
        "quotes": [
          {
            "kind": "partial",
            "parts": [[5, 9]],
            ...
    >>> to_json([])
    '[]\\n'
    """
    return dumps(list(documents)) + "\n"


def to_jsonl_line(doc: str, quotes: Sequence[Quote], *, path: str | None = None) -> str:
    """One line ``{"path": ..., "doc": ..., "quotes": [...]}`` (no line break at the end): the
    gold format of QUOTE_SPEC.md plus ``path``, so quotex's output can be scored by ``quotex
    eval --pred``. Without ``path`` it is the gold format exactly.

    >>> to_jsonl_line("seed/001", [])
    '{"doc": "seed/001", "quotes": []}'
    >>> to_jsonl_line("a", [], path="texts/a.txt")
    '{"path": "texts/a.txt", "doc": "a", "quotes": []}'
    >>> json.loads(to_jsonl_line("a", [Quote("direct", (Span(1, 3, "Да"),))]))["quotes"][0]["parts"]
    [[1, 3]]
    """
    obj = {"doc": doc, "quotes": [q.to_dict() for q in quotes]}
    if path is not None:
        obj = {"path": path, **obj}
    return json.dumps(obj, ensure_ascii=False)


def csv_row(doc: str, quote: Quote) -> list[str]:
    """The ``csv`` format's row of one quote, in the order of ``CSV_COLUMNS``: the document, the
    kind, where the quote starts and ends, its text (parts joined by ``SEAM``), the speaker's
    name and gender, how the speaker was found, the cue's words and whether a mark was repaired;
    an empty cell for what is not known.

    >>> csv_row("a.txt", Quote("partial", (Span(5, 9, "злом"),), repaired=True))
    ['a.txt', 'partial', '5', '9', 'злом', '', '', '', '', 'true']
    """
    speaker = quote.speaker
    return [
        doc,
        quote.kind,
        str(quote.start),
        str(quote.end),
        seamed(quote),
        "" if speaker is None else speaker.name,
        "" if speaker is None or speaker.gender is None else speaker.gender,
        "" if speaker is None else speaker.via,
        "" if quote.cue is None else _flat(quote.cue.text),
        "true" if quote.repaired else "false",
    ]


def to_csv(rows: Iterable[Sequence[str]]) -> str:
    """Rows as CSV (RFC 4180 quoting, ``\\n`` line ends), for spreadsheets and pandas.

    >>> print(to_csv([CSV_COLUMNS[:3], ["a.txt", "direct", "1"], ["b, c", "да\\nнет", ""]]))
    document,kind,start
    a.txt,direct,1
    "b, c","да
    нет",
    <BLANKLINE>
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()


def _gender_share(rows: Sequence[SpeakerSummary]) -> str:
    by = by_gender(rows)
    total = sum(by.values())
    return ", ".join(f"{g} {n} ({100 * n / total:.0f}%)" for g, n in by.items() if n)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def to_speakers(rows: Sequence[SpeakerSummary]) -> str:
    """The ``speakers`` format: the speakers table of ``quotex.speakers`` as aligned columns, and
    a last line with the totals and the quotes by gender (``unknown``: a speaker of no known
    gender, mixed genders, or no speaker). No line break at the end.

    >>> print(to_speakers([SpeakerSummary("Анна Петрова", "femn", quotes=3, direct=2,
    ...                                   indirect=1, words=21),
    ...                    SpeakerSummary(None, None, quotes=1, partial=1, words=2)]))
    speaker       gender  quotes  direct  dialogue  partial  indirect  words  docs
    Анна Петрова  femn         3       2         0        0         1     21     1
    —                          1       0         0        1         0      2     1
    4 quotes, 1 speaker; quotes by gender: femn 3 (75%), unknown 1 (25%)
    """
    head = ["speaker", "gender", "quotes", *KINDS, "words", "docs"]
    table = [head]
    for row in rows:
        name = "—" if row.name is None else printable(" ".join(row.name.split()))
        counts = [row.quotes, *(row.kind(k) for k in KINDS), row.words, row.documents]
        table.append([name, row.gender or "", *map(str, counts)])
    widths = [max(len(line[i]) for line in table) for i in range(len(head))]
    lines = [
        "  ".join(
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in table
    ]
    quotes = sum(row.quotes for row in rows)
    named = sum(row.name is not None for row in rows)
    total = f"{_count(quotes, 'quote')}, {_count(named, 'speaker')}"
    if quotes:
        total += f"; quotes by gender: {_gender_share(rows)}"
    return "\n".join([*lines, total])


def _json_item(quote: Quote, indent: str) -> str:
    return indent + dumps(quote.to_dict(), level=len(indent) // 2)


class Writer:
    """The output of many documents in one format, written a few quotes at a time: for each
    document ``begin``, ``add`` (any number of times, with the quotes in text order) and ``end``,
    all between ``start`` and ``finish``. Every method returns the text to write, ready for UTF-8
    (surrogates escaped). The output is that of the whole-document functions: ``to_text``, under
    a ``==> DOC <==`` header for several documents; ``to_json`` of the ``document`` objects;
    ``to_jsonl_line`` per document; ``to_csv`` of a header and ``csv_row`` per quote;
    ``to_speakers`` of all the documents' quotes.

    >>> w = Writer("jsonl")
    >>> w.start() + w.begin("a") + w.add([]) + w.add([]) + w.end() + w.finish()
    '{"path": "a", "doc": "a", "quotes": []}\\n'
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
        self.doc = ""  # the current document's name
        self.tally = Tally()

    def start(self) -> str:
        """What comes before the first document."""
        if self.format == "json":
            return "["
        if self.format == "csv":
            return to_csv([CSV_COLUMNS])
        return ""

    def begin(self, doc: str, *, path: str | None = None) -> str:
        """What starts the document ``doc``, read from ``path`` (default: ``doc``)."""
        first = not self.docs
        self.docs += 1
        self.quotes = 0
        self.doc = doc
        path = doc if path is None else path
        if self.format in ("jsonl", "json"):
            head = {"path": path, "doc": doc}
            if self.format == "jsonl":
                return encodable(json.dumps(head, ensure_ascii=False)[:-1] + ', "quotes": [')
            members = "".join(
                f"\n    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},"
                for k, v in head.items()
            )
            return encodable(("" if first else ",") + "\n  {" + members + '\n    "quotes": ')
        if self.format == "text" and self.several:
            return ("" if first else "\n") + f"==> {printable(doc)} <==\n"
        return ""

    def add(self, quotes: Iterable[Quote]) -> str:
        """The next quotes of the current document."""
        if self.format == "speakers":
            self.tally.add(quotes, document=self.docs)
            return ""
        out = []
        for quote in quotes:
            more = self.quotes > 0
            self.quotes += 1
            if self.format == "jsonl":
                item = json.dumps(quote.to_dict(), ensure_ascii=False)
                out.append((", " if more else "") + item)
            elif self.format == "json":
                out.append(("," if more else "[") + "\n" + _json_item(quote, "      "))
            elif self.format == "csv":
                out.append(to_csv([csv_row(self.doc, quote)]))
            else:
                out.append(("\n\n" if more else "") + _text_block(quote, self.explain))
        return encodable("".join(out))

    def end(self) -> str:
        """What ends the current document."""
        if self.format == "jsonl":
            return "]}\n"
        if self.format == "json":
            return ("\n    ]" if self.quotes else "[]") + "\n  }"
        if self.format == "text":
            return "\n" if self.quotes else ""
        return ""

    def finish(self) -> str:
        """What comes after the last document."""
        if self.format == "json":
            return "\n]\n" if self.docs else "]\n"
        if self.format == "speakers":
            return encodable(to_speakers(self.tally.summary())) + "\n"
        return ""
