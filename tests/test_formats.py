"""The output formats, on quotes built by hand (no extraction involved)."""

from __future__ import annotations

import csv
import doctest
import io
import json

import pytest

from quotex import formats, speakers
from quotex.formats import (
    CSV_COLUMNS,
    csv_row,
    document,
    dumps,
    to_csv,
    to_json,
    to_jsonl_line,
    to_speakers,
    to_text,
)
from quotex.summary import SpeakerSummary
from quotex.types import Quote, Span, Speaker

TEXT = "«Мы готовы к переговорам», — заявил министр. Петров: «Не сейчас»."


def span(sub: str, text: str = TEXT) -> Span:
    start = text.index(sub)
    return Span.of(text, start, start + len(sub))


SAID = Quote(
    "direct",
    (span("Мы готовы к переговорам"),),
    cue=span("заявил"),
    speaker=Speaker("министр", span("министр"), "cue", "after_quote", id="e1", gender="masc"),
    rule="guillemets",
)
CONTEXT = Quote(
    "direct",
    (span("Не сейчас"),),
    cue=span(":"),
    speaker=Speaker("Иван Петров", None, "context", "previous_speaker", id="e2", gender="masc"),
    rule="colon_intro",
)
ANON = Quote("partial", (span("переговорам"),), repaired=True)


def test_spans_are_right() -> None:
    for q in (SAID, CONTEXT, ANON):
        assert all(TEXT[p.start : p.end] == p.text for p in q.parts)


# to_text


def test_text_block() -> None:
    assert to_text([SAID]) == (
        "direct · министр (cue: «министр») · заявил\n    Мы готовы к переговорам"
    )


@pytest.mark.parametrize(
    ("quote", "header"),
    [
        (SAID, "direct · министр (cue: «министр») · заявил"),
        (CONTEXT, "direct · Иван Петров (context) · :"),
        (ANON, "partial [repaired] · —"),
    ],
)
def test_text_header(quote: Quote, header: str) -> None:
    assert to_text([quote]).splitlines()[0] == header


def test_text_blocks_separated_by_blank_line() -> None:
    blocks = to_text([SAID, CONTEXT, ANON]).split("\n\n")
    assert len(blocks) == 3
    assert [b.splitlines()[1] for b in blocks] == [
        "    Мы готовы к переговорам",
        "    Не сейчас",
        "    переговорам",
    ]


def test_text_no_quotes_is_empty() -> None:
    assert to_text([]) == ""
    assert to_text([], explain=True) == ""


def test_text_multiline_quote_and_cue_stay_in_shape() -> None:
    text = "— Первая строка,\nвторая строка, — ответил\nон."
    q = Quote(
        "dialogue",
        (span("Первая строка,\nвторая строка", text),),
        cue=span("ответил\nон", text),
    )
    assert to_text([q]).splitlines() == [
        "dialogue · — · ответил он",
        "    Первая строка,",
        "    вторая строка",
    ]


SPLIT_TEXT = "«Нет, — сказал он, — не буду»."
SPLIT = Quote(
    "direct",
    (span("Нет", SPLIT_TEXT), span("не буду", SPLIT_TEXT)),
    cue=span("сказал", SPLIT_TEXT),
)


def test_text_several_parts_show_the_seam() -> None:
    q = SPLIT
    assert to_text([q]).splitlines()[1] == "    Нет … не буду"
    explained = to_text([q], explain=True).splitlines()
    assert explained[3] == "  at: parts [1:4] [21:28]; cue [8:14]"


def test_explain_lines() -> None:
    lines = to_text([SAID, ANON], explain=True).splitlines()
    said_at = (
        f"  at: parts [{SAID.start}:{SAID.end}]; cue [{SAID.cue.start}:{SAID.cue.end}]; "
        f"mention [{TEXT.index('министр')}:{TEXT.index('министр') + 7}]"
    )
    assert lines[:4] == [
        "direct · министр (cue: «министр») · заявил",
        "    Мы готовы к переговорам",
        "  found by: guillemets; speaker by: after_quote",
        said_at,
    ]
    assert lines[4] == ""
    assert lines[7:] == ["  found by: ?; speaker by: —", f"  at: parts [{ANON.start}:{ANON.end}]"]


def test_explain_context_speaker_has_no_mention_offsets() -> None:
    lines = to_text([CONTEXT], explain=True).splitlines()
    assert lines[2] == "  found by: colon_intro; speaker by: previous_speaker"
    assert "mention" not in lines[3]


# JSON


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([], "[]"),
        ({}, "{}"),
        ([[1, 2], [3, 4]], "[[1, 2], [3, 4]]"),
        ({"a": [1.5, 2]}, '{\n  "a": [1.5, 2]\n}'),
        ({"a": ["x"]}, '{\n  "a": [\n    "x"\n  ]\n}'),
        ({"a": [True, 1]}, '{\n  "a": [\n    true,\n    1\n  ]\n}'),  # not numbers
        ({"a": [[1, [2]]]}, '{\n  "a": [\n    [1, [2]]\n  ]\n}'),
        ({"a": [[1, [2, [3]]]]}, '{\n  "a": [\n    [\n      1,\n      [2, [3]]\n    ]\n  ]\n}'),
        ({"a": None, "б": "в"}, '{\n  "a": null,\n  "б": "в"\n}'),
    ],
)
def test_dumps_layout(value: object, expected: str) -> None:
    assert dumps(value) == expected
    assert json.loads(dumps(value)) == value


def test_json_is_a_list_of_documents() -> None:
    docs = [
        document([SAID, CONTEXT, ANON], path="a.txt"),
        document([], path="-", doc="stdin"),
        document([SPLIT], path='d"e.txt', doc="d/e"),
    ]
    out = to_json(docs)
    assert json.loads(out) == [
        {"path": "a.txt", "doc": "a.txt", "quotes": [q.to_dict() for q in (SAID, CONTEXT, ANON)]},
        {"path": "-", "doc": "stdin", "quotes": []},
        {"path": 'd"e.txt', "doc": "d/e", "quotes": [SPLIT.to_dict()]},
    ]
    assert "министр" in out  # not \\u-escaped
    assert out.startswith('[\n  {\n    "path": "a.txt",\n    "doc": "a.txt",\n    "quotes": [\n')
    assert '\n        "parts": [[1, 4], [21, 28]],\n' in out  # a split quote's offsets, compact
    assert '\n        "mention": null,\n' in out
    assert out.endswith("\n]\n")


def test_json_empty() -> None:
    assert to_json([]) == "[]\n"
    assert json.loads(to_json([document([], path="x")])) == [
        {"path": "x", "doc": "x", "quotes": []}
    ]


def test_json_keeps_line_breaks_inside_strings_escaped() -> None:
    text = "«Да,\nнет»"
    q = Quote("direct", (span("Да,\nнет", text),))
    out = to_json([document([q], path="a\nb")])
    assert json.loads(out)[0]["quotes"][0]["text"] == "Да,\nнет"
    assert json.loads(out)[0]["path"] == "a\nb"


# JSONL


def test_jsonl_line_is_gold_format() -> None:
    line = to_jsonl_line("seed/doc1", [SAID, ANON])
    assert "\n" not in line
    obj = json.loads(line)
    assert list(obj) == ["doc", "quotes"]  # without a path: the gold format exactly
    assert obj["doc"] == "seed/doc1"
    for q in obj["quotes"]:
        assert {"kind", "parts", "speaker"} <= q.keys()
    assert obj["quotes"][0]["parts"] == [SAID.parts[0].to_list()]
    assert obj["quotes"][0]["speaker"] == "министр"
    assert obj["quotes"][1]["speaker"] is None


def test_jsonl_line_keeps_newlines_in_text_escaped() -> None:
    text = "«Да,\nнет»"
    q = Quote("direct", (span("Да,\nнет", text),))
    line = to_jsonl_line("a\nb", [q])
    assert "\n" not in line
    assert json.loads(line)["doc"] == "a\nb"


def test_jsonl_line_with_a_path() -> None:
    obj = json.loads(to_jsonl_line("chekhov/nalim", [SAID], path="../corpus/chekhov/nalim.txt"))
    assert list(obj) == ["path", "doc", "quotes"]
    assert obj["path"] == "../corpus/chekhov/nalim.txt"


# CSV


def read_csv(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out, newline="")))


def test_csv_rows() -> None:
    rows = [csv_row("a.txt", q) for q in (SAID, CONTEXT, ANON)] + [csv_row("b.txt", SPLIT)]
    out = to_csv([CSV_COLUMNS, *rows])
    assert out.splitlines()[0] == "document,kind,start,end,text,speaker,gender,via,cue,repaired"
    assert read_csv(out) == [
        {
            "document": "a.txt",
            "kind": "direct",
            "start": str(SAID.start),
            "end": str(SAID.end),
            "text": "Мы готовы к переговорам",
            "speaker": "министр",
            "gender": "masc",
            "via": "cue",
            "cue": "заявил",
            "repaired": "false",
        },
        {
            "document": "a.txt",
            "kind": "direct",
            "start": str(CONTEXT.start),
            "end": str(CONTEXT.end),
            "text": "Не сейчас",
            "speaker": "Иван Петров",
            "gender": "masc",
            "via": "context",
            "cue": ":",
            "repaired": "false",
        },
        {
            "document": "a.txt",
            "kind": "partial",
            "start": str(ANON.start),
            "end": str(ANON.end),
            "text": "переговорам",
            "speaker": "",
            "gender": "",
            "via": "",
            "cue": "",
            "repaired": "true",
        },
        {
            "document": "b.txt",
            "kind": "direct",
            "start": "1",
            "end": "28",
            "text": "Нет … не буду",
            "speaker": "",
            "gender": "",
            "via": "",
            "cue": "сказал",
            "repaired": "false",
        },
    ]


@pytest.mark.parametrize(
    "text",
    ["Да, нет", 'Он сказал "да"', "Строка\nи ещё одна", "=1+2", "\r\nконец"],
    ids=["comma", "quote", "newline", "formula", "crlf"],
)
def test_csv_cells_come_back_as_written(text: str) -> None:
    q = Quote("direct", (Span(0, len(text), text),))
    out = to_csv([CSV_COLUMNS, csv_row('a,"b".txt', q)])
    (row,) = read_csv(out)
    assert row["text"] == text and row["document"] == 'a,"b".txt'


# speakers


def test_speakers_table() -> None:
    anna = Speaker("Анна Петрова", None, "cue", gender="femn")
    quotes = [SAID, CONTEXT, ANON, Quote("dialogue", (Span(0, 8, "Да, да, да"),), speaker=anna)]
    out = to_speakers(speakers(quotes, [SAID]))
    assert out.splitlines() == [
        "speaker       gender  quotes  direct  dialogue  partial  indirect  words  docs",
        "министр       masc         2       2         0        0         0      8     2",
        "Анна Петрова  femn         1       0         1        0         0      3     1",
        "Иван Петров   masc         1       1         0        0         0      2     1",
        "—                          1       0         0        1         0      1     1",
        "5 quotes, 3 speakers; quotes by gender: femn 1 (20%), masc 3 (60%), unknown 1 (20%)",
    ]


def test_speakers_table_empty() -> None:
    assert to_speakers([]).splitlines() == [
        "speaker  gender  quotes  direct  dialogue  partial  indirect  words  docs",
        "0 quotes, 0 speakers",
    ]


def test_speakers_table_one_line_per_name() -> None:
    rows = [SpeakerSummary("Иван\nПетров\x00", None, quotes=1, direct=1, words=2)]
    assert to_speakers(rows).splitlines()[1].startswith("Иван Петров\\x00  ")


def test_doctests() -> None:
    result = doctest.testmod(formats)
    assert result.attempted > 0
    assert result.failed == 0
