"""The output formats, on quotes built by hand (no extraction involved)."""

from __future__ import annotations

import doctest
import json

import pytest

from quotex import formats
from quotex.formats import to_json, to_json_member, to_jsonl_line, to_text
from quotex.types import Quote, Span, Speaker

TEXT = "«Мы готовы к переговорам», — заявил министр. Петров: «Не сейчас»."


def span(sub: str, text: str = TEXT) -> Span:
    start = text.index(sub)
    return Span.of(text, start, start + len(sub))


SAID = Quote(
    "direct",
    (span("Мы готовы к переговорам"),),
    cue=span("заявил"),
    speaker=Speaker("министр", span("министр"), "cue", "after_quote"),
    rule="guillemets",
)
CONTEXT = Quote(
    "direct",
    (span("Не сейчас"),),
    cue=span(":"),
    speaker=Speaker("Иван Петров", None, "context", "previous_speaker"),
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


def test_text_several_parts_are_joined() -> None:
    text = "«Нет, — сказал он, — не буду»."
    q = Quote("direct", (span("Нет", text), span("не буду", text)), cue=span("сказал", text))
    assert to_text([q]).splitlines()[1] == "    Нет не буду"
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


def test_json_is_array_of_dicts() -> None:
    out = to_json([SAID, CONTEXT, ANON])
    assert json.loads(out) == [SAID.to_dict(), CONTEXT.to_dict(), ANON.to_dict()]
    assert "министр" in out  # not \\u-escaped
    assert out.startswith("[\n  {")


def test_json_empty() -> None:
    assert json.loads(to_json([])) == []


def test_json_members_make_the_indented_object() -> None:
    docs = {"а.txt": [SAID], "b/c.txt": [], 'd"e.txt': [CONTEXT, ANON]}
    pieces = [to_json_member(name, quotes) for name, quotes in docs.items()]
    out = "{\n" + ",\n".join(pieces) + "\n}"
    expected = {name: [q.to_dict() for q in quotes] for name, quotes in docs.items()}
    assert json.loads(out) == expected
    assert out == json.dumps(expected, ensure_ascii=False, indent=2)


def test_json_member_keeps_line_breaks_inside_strings_escaped() -> None:
    text = "«Да,\nнет»"
    q = Quote("direct", (span("Да,\nнет", text),))
    member = to_json_member("x", [q])
    assert json.loads("{" + member + "}")["x"][0]["text"] == "Да,\nнет"


# JSONL


def test_jsonl_line_is_gold_format() -> None:
    line = to_jsonl_line("seed/doc1", [SAID, ANON])
    assert "\n" not in line
    obj = json.loads(line)
    assert list(obj) == ["doc", "quotes"]
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


def test_doctests() -> None:
    result = doctest.testmod(formats)
    assert result.attempted > 0
    assert result.failed == 0
