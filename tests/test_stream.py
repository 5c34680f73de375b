"""``extract_stream``: a long text read a block of whole lines at a time, offsets into the whole.

The same quotes as ``extract`` on the whole text, offsets that index the whole text however the
text is delivered (a str, lines, odd pieces, a file), the context that lets a pronoun or a title
at a block's start find the person named before it, and memory that does not grow with the text.
"""

from __future__ import annotations

import io
import random
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from quotex import extract
from quotex.stream import Block, blocks, extract_stream, shift
from quotex.types import Quote, Span, Speaker

PARAGRAPHS = [
    "Министр финансов Иван Петров провел встречу с журналистами.",
    "«Мы готовы к переговорам», — заявил он.",
    "Губернатор Анна Смирнова ответила: «Бюджет утвержден, и мы начнем ремонт весной».",
    "По словам Смирновой, работы завершатся к осени.",
    "Погода была теплой.",
    "— Когда начнется ремонт? — спросил Петров.",
    "— Весной, — ответила она.",
    "Директор завода Сергей Волков заявил, что производство будет расширено.",
    "«Это важный шаг», — отметил Волков.",
    "Аналитики назвали решение «запоздалым».",
]
# Paragraphs separated by blank lines and by single line breaks, in both orders of the list.
TEXT = "\n\n".join(PARAGRAPHS * 6) + "\n" + "\n".join(reversed(PARAGRAPHS * 6)) + "\n"


def spans(q: Quote) -> list[Span]:
    out = list(q.parts)
    if q.cue is not None:
        out.append(q.cue)
    if q.speaker is not None and q.speaker.mention is not None:
        out.append(q.speaker.mention)
    return out


def assert_offsets_index(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        for s in spans(q):
            assert text[s.start : s.end] == s.text, (q, s)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def edges(text: str, block_chars: int) -> list[int]:
    return [b.offset + b.end for b in blocks(text, block_chars=block_chars)]


@pytest.fixture(scope="module")
def whole() -> list[Quote]:
    return extract(TEXT)


# ---------------------------------------------------------------------------------------------
# The same quotes as the whole text.


@pytest.mark.parametrize("block_chars", [300, 1000])
def test_same_quotes_as_the_whole_text(whole: list[Quote], block_chars: int) -> None:
    assert len(edges(TEXT, block_chars)) > 5  # really cut into blocks
    streamed = list(extract_stream(TEXT, block_chars=block_chars))
    assert_offsets_index(TEXT, streamed)
    # Every quote is found, with the same boundaries, whatever the blocks.
    assert [(q.kind, q.parts) for q in streamed] == [(q.kind, q.parts) for q in whole]
    # Away from the edges of the blocks, everything is the same, speakers included (but for
    # what the whole document decides of a speaker: its id's number and its gender).
    cuts = edges(TEXT, block_chars)
    far = [local(q) for q in whole if all(abs(q.start - c) > 100 for c in cuts)]
    assert len(far) > len(whole) // 3
    got = [local(q) for q in streamed]
    assert all(q in got for q in far)


def local(q: Quote) -> Quote:
    """A quote as one block of its text decides it: its speaker without id and gender."""
    if q.speaker is None:
        return q
    return replace(q, speaker=replace(q.speaker, id=None, gender=None))


def test_a_short_text_is_one_extract_call(whole: list[Quote]) -> None:
    assert list(extract_stream(TEXT, block_chars=len(TEXT))) == whole
    assert list(extract_stream("")) == []
    assert list(extract_stream("  \n\n ")) == []


def test_pronoun_at_a_block_start_resolves_through_the_context() -> None:
    text = (
        "Министр финансов Иван Петров провел встречу с журналистами.\n"
        "«Мы готовы к переговорам», — заявил он.\n"
    )
    assert [b.offset + b.start for b in blocks(text, block_chars=50)] == [0, 60]  # the quote
    alone = list(extract_stream(text, block_chars=50, context_chars=0))
    assert alone[0].speaker is None or alone[0].speaker.name != "Иван Петров"
    (q,) = extract_stream(text, block_chars=50)
    assert q.speaker is not None and q.speaker.name == "Иван Петров"
    assert q.speaker.via == "pronoun"
    assert text[q.speaker.mention.start : q.speaker.mention.end] == "он"  # type: ignore[union-attr]
    assert [q] == extract(text)


def test_title_at_a_block_start_resolves_through_the_context() -> None:
    text = (
        "Губернатор Анна Смирнова приехала на завод.\n"
        "— Когда начнется ремонт? — спросила губернатор.\n"
        "— Весной, — ответил директор.\n"
    )
    quotes = list(extract_stream(text, block_chars=40))
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Анна Смирнова"
    assert quotes == extract(text)


def test_kinds() -> None:
    streamed = list(extract_stream(TEXT, block_chars=300, kinds=["direct"]))
    assert streamed and {q.kind for q in streamed} == {"direct"}
    assert [q.parts for q in streamed] == [q.parts for q in extract(TEXT, kinds=["direct"])]


# ---------------------------------------------------------------------------------------------
# However the text arrives.


def pieces(text: str, size: int) -> Iterator[str]:
    return (text[i : i + size] for i in range(0, len(text), size))


@pytest.mark.parametrize(
    "source",
    [
        lambda t: t,
        lambda t: io.StringIO(t),
        lambda t: iter(t.splitlines(keepends=True)),
        lambda t: pieces(t, 7),
        lambda t: pieces(t, 1000),
    ],
    ids=["str", "file", "lines", "pieces-7", "pieces-1000"],
)
def test_any_source_gives_the_same_quotes(source: object) -> None:
    expected = list(extract_stream(TEXT, block_chars=300))
    assert list(extract_stream(source(TEXT), block_chars=300)) == expected  # type: ignore[operator]


def test_offsets_are_those_of_the_file_as_read(tmp_path: Path) -> None:
    # With newline="" a \r\n is two characters, and a byte-order mark read as utf-8 is one.
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8"))
    for newline in ("", None):
        with open(path, encoding="utf-8", newline=newline) as f:
            read = f.read()
        with open(path, encoding="utf-8", newline=newline) as f:
            streamed = list(extract_stream(f, block_chars=300))
        assert read[0] == "\ufeff"
        assert_offsets_index(read, streamed)
        assert [q.parts for q in streamed] == [q.parts for q in extract(read)]


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="decode bytes first"):
        extract_stream(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text mode"):
        list(extract_stream(io.BytesIO("«Да», — сказал он.".encode())))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown quote kind"):
        extract_stream(TEXT, kinds=["speech"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="block_chars"):
        list(extract_stream(TEXT, block_chars=0))
    with pytest.raises(ValueError, match="context_chars"):
        list(extract_stream(TEXT, context_chars=-1))


# ---------------------------------------------------------------------------------------------
# The blocks.


def test_blocks_end_at_line_breaks_with_the_blank_lines_after() -> None:
    text = "Раз.\nДва.\n\n  \nТри.\r\nЧетыре.\n"
    own = [b.text[b.start : b.end] for b in blocks(text, block_chars=4, context_chars=0)]
    assert own == ["Раз.\n", "Два.\n\n  \n", "Три.\r\n", "Четыре.\n"]


def test_blocks_carry_whole_lines_of_context() -> None:
    text = "".join(f"Строка номер {i}.\n" for i in range(20))
    for b in blocks(text, block_chars=40, context_chars=50):
        assert b.text == text[b.offset : b.offset + len(b.text)]
        before, after = b.text[: b.start], b.text[b.end :]
        assert len(before) <= 50 and len(after) <= 50
        assert before == "" or before.startswith("Строка")  # from a line start
        assert after == "" or after.endswith("\n")  # to a line end


def test_a_line_with_no_break_is_cut_at_a_space() -> None:
    text = "«Мы готовы», — заявил Иван Петров. " * 100  # 3 500 characters, no line break
    cut = list(blocks(text, block_chars=100, context_chars=0))
    assert len(cut) > 5
    for b in cut[:-1]:
        assert 100 < b.end - b.start <= 400
        assert b.text[b.end - 1] == " "
    assert_offsets_index(text, list(extract_stream(text, block_chars=100)))


def test_a_word_longer_than_four_blocks_is_cut_hard() -> None:
    text = "я" * 1000
    cut = [b.end - b.start for b in blocks(text, block_chars=100)]
    assert cut == [400, 400, 200]


def test_blocks_cover_the_text_whatever_the_pieces() -> None:
    rnd = random.Random(5)
    alphabet = ["а", "б", " ", "\n", "\r", "\r\n", "\n\n", "  \n", "«", "»", "x" * 50]
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        block_chars, context_chars = rnd.randint(1, 60), rnd.randint(0, 80)
        expected = list(blocks(text, block_chars=block_chars, context_chars=context_chars))
        got = list(
            blocks(
                pieces(text, rnd.randint(1, 40)),
                block_chars=block_chars,
                context_chars=context_chars,
            )
        )
        assert got == expected, (text, block_chars, context_chars)
        at = 0
        for b in got:
            assert b.offset + b.start == at and b.end > b.start
            assert text[b.offset : b.offset + len(b.text)] == b.text
            at = b.offset + b.end
        assert at == len(text)


def test_shift() -> None:
    b = Block("Иван пришел.\n«Да», — сказал он.\n", offset=100, start=13, end=32)
    said = Quote(
        "direct",
        (Span.of(b.text, 14, 16),),
        cue=Span.of(b.text, 21, 27),
        speaker=Speaker("Иван", Span.of(b.text, 0, 4), "pronoun", "x"),
    )
    before = Quote("partial", (Span.of(b.text, 0, 4),))
    (moved,) = shift(b, [before, said])
    assert moved.parts == (Span(114, 116, "Да"),)
    assert moved.cue == Span(121, 127, "сказал")
    assert moved.speaker is not None and moved.speaker.mention == Span(100, 104, "Иван")
    assert shift(Block.whole(b.text), [said]) == [said]


# ---------------------------------------------------------------------------------------------
# Memory does not grow with the text.

UNIT = (
    "Министр финансов Иван Петров провел встречу с журналистами.\n"
    "«Мы готовы к переговорам», — заявил он.\n\n" + (" " * 999 + "\n") * 20 + "\n"
)
QUOTE_AT = UNIT.index("Мы готовы")


class LazyText(io.TextIOBase):
    """A text file of ``n`` copies of UNIT, made as it is read: it is never all in memory."""

    def __init__(self, n: int) -> None:
        self.left = n
        self.buffer = ""

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        assert size is not None and size > 0  # read a piece at a time, never all at once
        while len(self.buffer) < size and self.left:
            self.buffer += UNIT
            self.left -= 1
        out, self.buffer = self.buffer[:size], self.buffer[size:]
        return out


def test_memory_is_bounded_on_a_50_mb_stream() -> None:
    n = 50_000_000 // len(UNIT) + 1
    extract(UNIT)  # load the analyzers before measuring
    tracemalloc.start()
    try:
        count = 0
        for i, q in enumerate(extract_stream(LazyText(n), block_chars=200_000)):
            assert q.start == i * len(UNIT) + QUOTE_AT
            assert q.speaker is not None and q.speaker.name == "Иван Петров"
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n
    assert peak < 40_000_000, f"peak {peak / 1e6:.1f} MB for {n * len(UNIT) / 1e6:.0f} MB"
