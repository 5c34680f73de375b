"""The public API: what ``extract`` accepts, what it returns, and how it refuses bad input."""

from __future__ import annotations

import dataclasses
import doctest
import json

import markup
import pytest

import quotex
from quotex import Quote, Span, Speaker, extract

TEXT = (
    "«Мы готовы к переговорам», — заявил министр финансов Петр Сидоров.\n"
    "По его словам, бюджет будет принят в срок.\n"
    "Депутаты назвали поправки «сырыми».\n"
    "— Когда вы закончите? — спросила Анна Иванова.\n"
    "— Завтра, — ответил он. — Или в пятницу."
)

GOLD_KEYS = {"kind", "parts", "speaker", "mention", "cue", "via"}


@pytest.fixture(scope="module")
def quotes() -> list[Quote]:
    return extract(TEXT)


def test_public_names() -> None:
    assert set(quotex.__all__) >= {"extract", "Quote", "Speaker", "Span"}
    assert quotex.Quote is Quote and quotex.Span is Span and quotex.Speaker is Speaker


def test_sample_has_every_kind(quotes: list[Quote]) -> None:
    assert {q.kind for q in quotes} == {"direct", "indirect", "partial", "dialogue"}


def test_result_types(quotes: list[Quote]) -> None:
    assert isinstance(quotes, list)
    for q in quotes:
        assert isinstance(q, Quote)
        assert isinstance(q.parts, tuple)
        assert all(isinstance(p, Span) for p in q.parts)
        assert q.speaker is None or isinstance(q.speaker, Speaker)
        assert q.cue is None or isinstance(q.cue, Span)


@pytest.mark.parametrize(
    ("obj", "field"),
    [
        pytest.param(Span(0, 1, "а"), "start", id="span"),
        pytest.param(Speaker("Иван", None, "context"), "name", id="speaker"),
        pytest.param(Quote("direct", (Span(0, 1, "а"),)), "kind", id="quote"),
    ],
)
def test_frozen(obj: object, field: str) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, field, None)


def test_results_are_frozen(quotes: list[Quote]) -> None:
    q = quotes[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.kind = "partial"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.parts[0].start = 0  # type: ignore[misc]
    assert q.speaker is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.speaker.name = "x"  # type: ignore[misc]


def test_offsets_point_into_the_text(quotes: list[Quote]) -> None:
    for q in quotes:
        spans = [*q.parts, q.cue] + ([q.speaker.mention] if q.speaker else [])
        for s in spans:
            if s is not None:
                assert TEXT[s.start : s.end] == s.text


def test_parts_sorted_and_disjoint(quotes: list[Quote]) -> None:
    multi = [q for q in quotes if len(q.parts) > 1]
    assert multi, "the sample has a quote in several parts"
    for q in quotes:
        assert all(p.start < p.end for p in q.parts)
        assert all(a.end <= b.start for a, b in zip(q.parts, q.parts[1:], strict=False))
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_quote_text_start_end(quotes: list[Quote]) -> None:
    for q in quotes:
        assert q.start == q.parts[0].start and q.end == q.parts[-1].end
        assert q.text == " ".join(p.text for p in q.parts)


def test_to_dict_gold_format(quotes: list[Quote]) -> None:
    for q in quotes:
        d = q.to_dict()
        assert d.keys() >= GOLD_KEYS
        assert json.loads(json.dumps(d, ensure_ascii=False)) == d
        assert d["kind"] == q.kind
        assert d["parts"] == [[p.start, p.end] for p in q.parts]
        assert d["speaker"] == (q.speaker.name if q.speaker else None)
        assert d["via"] == (q.speaker.via if q.speaker else None)
        mention = q.speaker.mention if q.speaker else None
        assert d["mention"] == ([mention.start, mention.end] if mention else None)
        assert d["cue"] == ([q.cue.start, q.cue.end] if q.cue else None)


def test_to_dict_without_speaker() -> None:
    d = Quote("dialogue", (Span(2, 9, "Кто там"),)).to_dict()
    assert (d["speaker"], d["mention"], d["via"], d["cue"]) == (None, None, None, None)
    json.dumps(d)


@pytest.mark.parametrize(
    "kinds",
    [
        pytest.param(["direct"], id="direct"),
        pytest.param(("partial", "indirect"), id="partial-indirect"),
        pytest.param({"dialogue"}, id="set"),
        pytest.param("partial", id="one-kind-as-str"),
        pytest.param([], id="none"),
    ],
)
def test_kinds_filter(kinds: object, quotes: list[Quote]) -> None:
    wanted = {kinds} if isinstance(kinds, str) else set(kinds)  # type: ignore[arg-type]
    got = extract(TEXT, kinds=kinds)  # type: ignore[arg-type]
    assert [(q.kind, q.parts) for q in got] == [
        (q.kind, q.parts) for q in quotes if q.kind in wanted
    ]


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="quotation"):
        extract(TEXT, kinds=["direct", "quotation"])  # type: ignore[list-item]


def test_kinds_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        extract(TEXT, ["direct"])  # type: ignore[misc]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        pytest.param(None, ["str", "NoneType"], id="none"),
        pytest.param(TEXT.encode(), ["str", "bytes", "decode"], id="bytes"),
        pytest.param(bytearray(b"abc"), ["str", "bytearray", "decode"], id="bytearray"),
        pytest.param(42, ["str", "int"], id="int"),
        pytest.param(["«Да», — сказал он."], ["str", "list"], id="list"),
    ],
)
def test_not_a_string(value: object, words: list[str]) -> None:
    with pytest.raises(TypeError) as err:
        extract(value)  # type: ignore[arg-type]
    for w in words:
        assert w in str(err.value)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\r\n\t \u00a0", "\u200b"])
def test_empty_or_blank_text(text: str) -> None:
    assert extract(text) == []


def test_text_without_quotes() -> None:
    assert extract("Погода была теплой. Дети гуляли во дворе.") == []


def test_markup_helper_doctests() -> None:
    """The table helper of these tests works as its docstring shows."""
    result = doctest.testmod(markup)
    assert result.attempted > 0 and result.failed == 0
