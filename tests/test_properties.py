"""Properties that hold for any text: ``extract`` never raises, its offsets are the caller's,
it is deterministic, its results serialise, and a neutral paragraph before the text only shifts
them.

Three sources of text: any string (``st.text()``); Russian-like text built from words, speech
verbs, names, every quote mark and dash, colons, line ends, NBSP, zero-width space and emoji, so
that the mark pairing, repair, dialogue and cue rules actually run; and the density shapes of
benchmarks/hostile.py (a mark, a dash, a colon or a speech verb after every word), where the
search windows of quotex/windows.py end. Correctness only: no test here times anything.
"""

from __future__ import annotations

import itertools
import json
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quotex import extract
from quotex.types import KINDS, VIAS, Quote

PREFIX = "Погода была теплой.\n\n"
# A line that opens with spaces: the text may be hard-wrapped, which quotex reads from the
# indents of all its lines (quotex.layout), so a line before it can change its paragraphs.
_INDENTED_RE = re.compile(r"(?m)^[ \t]+\S")

_WORDS = [
    "мы",
    "Мы",
    "готовы",
    "к",
    "переговорам",
    "сказал",
    "заявил",
    "заявила",
    "ответил",
    "сообщили",
    "поморщился",
    "назвал",
    "ситуацию",
    "что",
    "о том, что",
    "по словам",
    "как",
    "в",
    "пресс-службе",
    "министерства",
    "он",
    "она",
    "Иван",
    "Петров",
    "Ивана Петрова",
    "Анна Иванова",
    "министр",
    "президент",
    "РБК",
    "цитирует",
    "Газпром",
    "О’Нил",
    "15",
    "да",
    "нет",
]
_PUNCT = ["«", "»", "„", "“", "”", '"', "'", "’", "—", "–", "-", "--", ":", ",", ".", "!", "?", "…"]
_SPACES = [" ", " ", " ", "", "\n", "\r\n", "\n\n", "\u00a0", "\u200b"]
_ODD = ["😀", "👍🏽", "\ufeff", "\t", "ё", "Ё"]

_token = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_PUNCT),
    st.sampled_from(_ODD),
    st.text(alphabet="абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗ", min_size=1, max_size=8),
)
_noise = st.lists(st.tuples(_token, st.sampled_from(_SPACES)), max_size=12).map(
    lambda pairs: "".join(t + s for t, s in pairs)
)
_phrase = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
_mark = st.sampled_from(["«", "»", "„", "“", "”", '"', ""])
_join = st.sampled_from([", — ", " — ", ", - ", ",— ", "! — ", ", ", " -- ", ". — ", ": "])
_cue = st.tuples(
    st.sampled_from(["сказал", "заявила", "ответил", "сообщили в", "цитирует РБК", "поморщился"]),
    st.sampled_from(["он", "она", "Иван", "Петров", "Анна Иванова", "министр", "пресс-службе"]),
).map(" ".join)
# Shapes of reported speech, each with whatever marks and dashes the draws give (lost,
# mismatched or doubled marks included), so that every rule gets exercised.
_quote_like = st.one_of(
    st.tuples(_mark, _phrase, _mark, _join, _cue).map("".join),
    st.tuples(_cue, st.just(": "), _mark, _phrase, _mark).map("".join),
    st.tuples(st.sampled_from(["— ", "– ", "- ", "--", "\n— "]), _phrase, _join, _cue).map("".join),
    st.tuples(_cue, st.sampled_from([", что ", " о том, что ", ", "]), _phrase).map("".join),
    st.tuples(st.sampled_from(["По словам ", "как сообщил ", ", по словам "]), _cue, _phrase).map(
        ", ".join
    ),
)
russian_like = st.lists(
    st.tuples(st.one_of(_quote_like, _noise), st.sampled_from(_SPACES)), max_size=8
).map(lambda pairs: "".join(t + s for t, s in pairs))

# The density shapes of benchmarks/hostile.py: a mark, a dash, a colon or a speech verb after
# every word, one sentence of many short quotes, capitalised words without punctuation. Each
# search near a mark or a cue has a window there, and these are the texts where windows end.
_NEUTRAL = ["слово", "дом", "вода", "окно", "белый", "тихо", "стол", "Иван", "Анна"]
_ANY_MARK = st.sampled_from(list('«»„“”"‘’'))
_SPACE_OR_NOT = st.sampled_from(["", " "])
_AFTER_EVERY_WORD = [
    st.just(" « "),
    st.just(' " '),
    st.just(" » "),
    st.tuples(_SPACE_OR_NOT, _ANY_MARK, _SPACE_OR_NOT).map("".join),
    st.sampled_from([" — ", " – ", " - "]),
    st.just(": "),
    st.sampled_from([" сказал ", " заявил, ", " ответила ", " сообщила "]),
    st.tuples(st.just("», — "), st.sampled_from(["сказал", "ответила"]), st.just(" он, «")).map(
        "".join
    ),
    st.just(" "),
]
dense_text = st.tuples(st.sampled_from(_AFTER_EVERY_WORD), st.booleans()).flatmap(
    lambda shape: st.lists(
        st.tuples(st.sampled_from(_NEUTRAL).map(str.capitalize if shape[1] else str), shape[0]).map(
            "".join
        ),
        min_size=1,
        max_size=300,
    ).map("".join)
)

any_text = st.one_of(st.text(), russian_like, dense_text)

# Load on the machine must not fail a run: only the examples decide.
bounded = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_offsets(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert q.kind in KINDS
        assert q.parts, "a quote has at least one part"
        for p in q.parts:
            assert 0 <= p.start < p.end <= len(text)
            assert text[p.start : p.end] == p.text
            assert not p.text[0].isspace() and not p.text[-1].isspace()
        for a, b in zip(q.parts, q.parts[1:], strict=False):
            assert a.end <= b.start, "parts sorted and disjoint"
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None:
            assert q.speaker.via in VIAS
            assert q.speaker.name.strip()
            m = q.speaker.mention
            if m is not None:
                assert text[m.start : m.end] == m.text
    starts = [q.start for q in quotes]
    assert starts == sorted(starts), "quotes in text order"


def _summary(quotes: list[Quote], shift: int = 0) -> list[tuple]:
    return [
        (
            q.kind,
            tuple((p.start - shift, p.end - shift) for p in q.parts),
            q.speaker.name if q.speaker else None,
        )
        for q in quotes
    ]


@bounded
@given(any_text)
def test_never_raises_and_offsets_are_the_callers(text: str) -> None:
    _check_offsets(text, extract(text))


@bounded
@given(st.one_of(russian_like, dense_text))
def test_quotes_do_not_share_characters(text: str) -> None:
    spans = sorted((p.start, p.end) for q in extract(text) for p in q.parts)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


@bounded
@given(dense_text)
def test_dense_text_never_raises_and_offsets_are_the_callers(text: str) -> None:
    _check_offsets(text, extract(text))


@bounded
@given(dense_text)
def test_dense_text_read_alone_or_after_a_paragraph(text: str) -> None:
    assume(not _INDENTED_RE.search(text))  # indented lines: a layout a prefix line changes
    alone = _summary(extract(text))
    after = _summary(extract(PREFIX + text), shift=len(PREFIX))
    assert after == alone


@bounded
@given(any_text)
def test_deterministic(text: str) -> None:
    assert extract(text) == extract(text)


@bounded
@given(any_text)
def test_to_dict_is_json(text: str) -> None:
    for q in extract(text):
        d = q.to_dict()
        assert json.loads(json.dumps(d, ensure_ascii=False)) == d


@bounded
@given(any_text)
def test_neutral_prefix_only_shifts(text: str) -> None:
    assume(not _INDENTED_RE.search(text))  # indented lines: a layout a prefix line changes
    alone = _summary(extract(text))
    after = _summary(extract(PREFIX + text), shift=len(PREFIX))
    assert after == alone


@bounded
@given(any_text)
def test_crlf_line_ends_read_like_lf(text: str) -> None:
    lf = text.replace("\r\n", "\n")
    crlf = lf.replace("\n", "\r\n")
    # Offsets in ``crlf`` back to ``lf``: each "\r\n" is one "\n" there.
    back = [i for i, ch in enumerate(lf) for _ in range(2 if ch == "\n" else 1)] + [len(lf)]
    want = _summary(extract(lf))
    got = [
        (kind, tuple((back[a], back[b]) for a, b in parts), name)
        for kind, parts, name in _summary(extract(crlf))
    ]
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("À𗀀", id="minimal-from-hypothesis"),
        pytest.param("Петр Сидоров, Tom𗀀 и другие", id="in-a-sentence"),
    ],
)
def test_letters_without_a_unicode_name(text: str) -> None:
    """Letters ``unicodedata`` has no name for (Tangut, U+17000-U+18D08, in Python 3.11) once
    crashed pymorphy3 inside ``extract``; hypothesis found ``À𗀀``."""
    _check_offsets(text, extract(text))
