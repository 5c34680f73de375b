"""Hostile, broken and odd input: ``extract`` never crashes and never lies about offsets.

The input contract (what ``extract`` accepts and what it says about the rest), fixed examples of
odd text (byte-order marks, ``\\r\\n`` and ``\\r``, mojibake, zero-width and combining characters,
emoji, astral characters), thread safety, no state between calls, the neutral-prefix shift, a
1 MB input, and hypothesis properties over generated Russian news-like text with random quote
marks. ``benchmarks/fuzz.py`` checks the same invariants on a million inputs.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import json
import os
import subprocess
import sys
import threading
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotex import Quote, Span, extract
from quotex.types import KINDS, VIAS

# A sentence with no names, marks or cues, then a paragraph break.
PREFIX = "Погода была теплой.\n\n"

NEWS = [
    "«Мы готовы к переговорам», — заявил министр финансов Иван Петров.",
    "Губернатор области Анна Смирнова сказала: «Дорогу отремонтируют летом».",
    "«Ремонт закончится в мае, — пояснил глава района Олег Морозов. — Денег хватит».",
    "Мэр города сообщил, что новая поликлиника откроется осенью.",
    "По словам Марии Кузнецовой, цены на хлеб останутся прежними.",
    "— Когда откроется школа? — спросила Елена Соколова.\n— Первого сентября, — ответил директор.",
    "Сергей Волков назвал решение «единственно верным».",
    "В городе работает компания «Северный ветер». Она выпускает лодки.",
    "Жители получат компенсации до конца месяца, сообщили в администрации.",
    'Депутат Дмитрий Орлов признал: "Мы ошиблись с расчетами". Он обещал все исправить.',
]
TEXT = "\n\n".join(NEWS)


def check(text: str, quotes: Any) -> None:
    """Every invariant of a result of ``extract(text)``."""
    assert isinstance(quotes, list)
    prev = -1
    for q in quotes:
        assert isinstance(q, Quote)
        assert q.kind in KINDS
        assert q.parts, q
        spans = list(q.parts)
        if q.cue is not None:
            spans.append(q.cue)
        if q.speaker is not None:
            assert q.speaker.via in VIAS
            assert isinstance(q.speaker.name, str)
            if q.speaker.mention is not None:
                spans.append(q.speaker.mention)
        for s in spans:
            assert isinstance(s, Span)
            assert 0 <= s.start <= s.end <= len(text), (s, len(text))
            assert text[s.start : s.end] == s.text, (s, text[s.start : s.end])
        for p in q.parts:
            assert p.start < p.end, q
        for a, b in zip(q.parts, q.parts[1:], strict=False):
            assert a.end <= b.start, q.parts
        assert q.start >= prev, "quotes out of text order"
        prev = q.start
        d = q.to_dict()
        assert json.loads(json.dumps(d, ensure_ascii=False, allow_nan=False)) == d


def shifted(quotes: list[Quote], by: int) -> list[Quote]:
    """``quotes`` with every offset moved by ``by``."""

    def move(s: Span | None) -> Span | None:
        return None if s is None else Span(s.start + by, s.end + by, s.text)

    out = []
    for q in quotes:
        speaker = q.speaker
        if speaker is not None:
            speaker = dataclasses.replace(speaker, mention=move(speaker.mention))
        parts = tuple(Span(p.start + by, p.end + by, p.text) for p in q.parts)
        out.append(dataclasses.replace(q, parts=parts, cue=move(q.cue), speaker=speaker))
    return out


def summary(quotes: list[Quote]) -> list[tuple[str, list[str], str | None]]:
    """What a reader sees of the quotes, without offsets."""
    return [(q.kind, [p.text for p in q.parts], q.speaker and q.speaker.name) for q in quotes]


def extracted(text: str) -> list[Quote]:
    quotes = extract(text)
    check(text, quotes)
    return quotes


# ---------------------------------------------------------------------------------------------
# The input contract.


@pytest.mark.parametrize(
    ("value", "type_name"),
    [
        (None, "NoneType"),
        (42, "int"),
        (4.2, "float"),
        (["«Да», — сказал он."], "list"),
    ],
)
def test_not_a_string_is_a_type_error(value: Any, type_name: str) -> None:
    with pytest.raises(TypeError) as e:
        extract(value)
    message = str(e.value)
    assert "str" in message
    assert type_name in message


@pytest.mark.parametrize("value", [b"\xc2\xab\xd0\x94\xd0\xb0\xc2\xbb", bytearray(b"abc")])
def test_bytes_say_how_to_decode(value: bytes | bytearray) -> None:
    with pytest.raises(TypeError) as e:
        extract(value)  # type: ignore[arg-type]
    message = str(e.value)
    assert "str" in message
    assert type(value).__name__ in message
    assert "decode" in message


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n",
        "\n\n\n",
        "\r\n\r\n",
        "\r",
        "\t \t",
        "\u00a0",
        "\u2009\u202f",
        "\u3000",
        "\u2028\u2029",
        "\x85",
        "\x0b\x0c",
        "\ufeff",
        "\u200b",
        "\u200b\ufeff \u2060",
    ],
)
def test_blank_text_has_no_quotes(text: str) -> None:
    assert extract(text) == []


# ---------------------------------------------------------------------------------------------
# Odd but legitimate text: offsets refer to the string given.


def test_bom_shifts_offsets_by_one() -> None:
    quotes = extracted(TEXT)
    assert quotes
    assert extracted("\ufeff" + TEXT) == shifted(quotes, 1)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_other_line_ends_find_the_same_quotes(newline: str) -> None:
    text = TEXT.replace("\n", newline)
    quotes = extracted(text)
    if newline == "\u2028":
        return  # a Unicode line separator need not end a paragraph; valid offsets suffice
    assert summary(quotes) == summary(extract(TEXT))


def test_mixed_line_ends() -> None:
    text = "\r\n".join(NEWS[:4]) + "\r" + "\n".join(NEWS[4:7]) + "\r\n\r\n" + "\r".join(NEWS[7:])
    assert summary(extracted(text)) == summary(extract(TEXT))


@pytest.mark.parametrize(
    "text",
    [
        # A Russian text saved as cp1251 and read as latin-1, and as UTF-8 read as cp1251.
        TEXT.encode("cp1251").decode("latin-1"),
        TEXT.encode("utf-8").decode("cp1251", errors="replace"),
        TEXT.encode("koi8-r", errors="replace").decode("latin-1"),
        TEXT.encode("utf-8").decode("latin-1"),
    ],
    ids=["cp1251-as-latin1", "utf8-as-cp1251", "koi8r-as-latin1", "utf8-as-latin1"],
)
def test_mojibake(text: str) -> None:
    extracted(text)


@pytest.mark.parametrize(
    "odd",
    [
        "\u200b",  # zero-width space
        "\u200d",  # zero-width joiner
        "\u2060",  # word joiner
        "\u0301",  # combining acute accent
        "\u0308\u0301",  # two combining marks
        "😀",
        "👍🏽",  # with a skin tone modifier
        "👨\u200d👩\u200d👧",  # a ZWJ sequence
        "🇷🇺",  # a flag: two regional indicators
        "𝔸",  # astral mathematical letter
        "𠜎",  # astral CJK ideograph
        "\u202e",  # right-to-left override
        "İ",  # lower-cases to two characters
        "ß",  # upper-cases to two characters
        "ﬁ",  # a ligature
    ],
)
def test_odd_characters_inside_a_quote(odd: str) -> None:
    base = extracted(TEXT)
    for pos in ("к перего", "к переговорам"):
        text = TEXT.replace(pos, pos + odd, 1)
        quotes = extracted(text)
        assert [(q.kind, q.speaker and q.speaker.name) for q in quotes][:1] == [
            (base[0].kind, base[0].speaker and base[0].speaker.name)
        ]
        assert odd in quotes[0].parts[0].text


@pytest.mark.parametrize(
    "odd", ["\u200b", "\u0301", "😀", "👨\u200d👩\u200d👧", "𝔸", "\u202e", "İ", "\x00", "\x1b"]
)
def test_odd_characters_everywhere(odd: str) -> None:
    """The character after every tenth character of the text: offsets stay right."""
    chars = list(TEXT)
    for i in range(len(chars) - 1, 0, -10):
        chars.insert(i, odd)
    extracted("".join(chars))


def test_odd_characters_alone() -> None:
    for odd in ["\u0301", "😀", "𝔸", "«\u0301»", "«😀»", "— 😀", "«\u200b», — сказал он."]:
        extracted(odd)


@pytest.mark.parametrize(
    "text",
    ["«Да», — сказал \U00017000.", "— Да, — сказал \U00018d00.", "Иван \U000187f7 сказал: «Да»."],
)
def test_tangut_word_beside_a_cue(text: str) -> None:
    extracted(text)


# ---------------------------------------------------------------------------------------------
# Calls do not affect each other.


def test_no_state_between_calls() -> None:
    a, b = TEXT, "\n\n".join(reversed(NEWS))
    first = extract(a)
    extract(b)
    extract("«" * 50 + "Иван сказал")
    assert extract(a) == first
    assert extract(a) == first


def test_kinds_filter_leaves_no_state() -> None:
    everything = extract(TEXT)
    direct = extract(TEXT, kinds=["direct"])
    assert direct == [q for q in everything if q.kind == "direct"]
    assert extract(TEXT) == everything


def test_kinds_filter_does_not_change_speakers() -> None:
    text = (
        "Министр Иван Петров заявил, что работы идут по плану.\n"
        "«Мы успеем к маю, все под контролем»."
    )
    everything = extract(text)
    assert [q.kind for q in everything] == ["indirect", "direct"]
    assert extract(text, kinds=["direct"]) == everything[1:]


def test_threads_give_the_same_results() -> None:
    texts = [*NEWS, TEXT, PREFIX + TEXT, TEXT.replace("\n", "\r\n")] * 4
    sequential = [extract(t) for t in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(extract, texts))
    assert threaded == sequential


def test_threads_from_a_cold_start() -> None:
    """Eight threads that start together in a fresh interpreter, so that lexicons and the
    morphology are loaded while they race, give what one thread gives."""
    script = f"""
import concurrent.futures, sys, threading
from quotex import extract
texts = {NEWS!r} * 3
barrier = threading.Barrier(8)
def run(i):
    barrier.wait()
    return [extract(t) for t in texts[i::8]]
with concurrent.futures.ThreadPoolExecutor(8) as pool:
    threaded = list(pool.map(run, range(8)))
sequential = [[extract(t) for t in texts[i::8]] for i in range(8)]
sys.exit(0 if threaded == sequential else 3)
"""
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr


HASH_SEED_SCRIPT = """
import json, random, sys
from quotex import extract
texts = json.loads(sys.stdin.read())
rng = random.Random(5)
pieces = [*texts, "«", "»", "„", "“", '"', " — ", ": ", "\\n", "\\r\\n", " он сказал ", "Иван "]
texts += ["".join(rng.choice(pieces) for _ in range(60)) for _ in range(40)]
print(json.dumps([[q.to_dict() for q in extract(t)] for t in texts], ensure_ascii=False))
"""


def test_same_results_whatever_the_hash_seed() -> None:
    """Set and dict order of strings changes with PYTHONHASHSEED; results must not."""
    outputs = []
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-c", HASH_SEED_SCRIPT],
            input=json.dumps([*NEWS, TEXT]),
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(json.loads(proc.stdout))
    assert outputs[0] == outputs[1] == outputs[2]


def test_threads_hammer() -> None:
    """Many short calls from many threads at once."""
    texts = NEWS * 10
    expected = {t: extract(t) for t in NEWS}
    barrier = threading.Barrier(8)
    errors: list[str] = []

    def run(k: int) -> None:
        barrier.wait()
        for t in texts[k::8]:
            if extract(t) != expected[t]:
                errors.append(t)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []


# ---------------------------------------------------------------------------------------------
# The neutral-prefix shift.


@pytest.mark.parametrize("text", [*NEWS, TEXT])
def test_neutral_prefix_shifts_offsets(text: str) -> None:
    assert extracted(PREFIX + text) == shifted(extracted(text), len(PREFIX))


# ---------------------------------------------------------------------------------------------
# Size.


def test_one_megabyte_returns() -> None:
    paragraphs = [*NEWS, "Заседание продолжалось четыре часа. " * 20, "«" * 30, "— " * 40]
    chunk = "\n\n".join(paragraphs) + "\n\n"
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    check(text, extract(text))


def test_one_long_paragraph() -> None:
    text = " ".join(NEWS[:5]).replace("\n", " ") * 40
    check(text, extract(text))


def test_many_unpaired_marks() -> None:
    for mark in "«»„“”\"'":
        text = ("Он сказал: " + mark + "да ") * 2000
        check(text, extract(text))


# ---------------------------------------------------------------------------------------------
# Properties over generated text.

NAMES = ["Иван Петров", "Анна Смирнова", "Петров", "Смирнова", "министр", "губернатор области"]
WORDS = [
    "мы",
    "готовы",
    "к",
    "переговорам",
    "работы",
    "завершатся",
    "весной",
    "цены",
    "не",
    "вырастут",
    "это",
    "был",
    "трудный",
    "год",
    "школа",
    "откроется",
    "в",
    "сентябре",
    "что",
    "по",
    "словам",
    "как",
    "сообщил",
]
VERBS = ["сказал", "заявила", "отметил", "сообщила", "добавил", "спросила", "ответил", "уверен"]
MARKS = ["«", "»", "„", "“", "”", '"', "'", "‘", "’", "‚"]
DASHES = ["—", "–", "-", "--", " — ", " - ", ", — ", ". — ", "! — "]
PUNCT = [",", ".", ":", ": ", "!", "?", "…", ";", " ", " ", " ", " "]
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "\t"]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\n— ", "\n\u00a0\n"]

token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NAMES),
    st.sampled_from(VERBS),
    st.sampled_from(MARKS),
    st.sampled_from(DASHES),
    st.sampled_from(PUNCT),
    st.sampled_from(SPACES),
    st.sampled_from(BREAKS),
)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """A news-like sentence in one of the layouts of quoted speech, with random marks."""
    o = draw(st.sampled_from([*MARKS, "", "«"]))
    c = draw(st.sampled_from([*MARKS, "", "»"]))
    d = draw(st.sampled_from(["—", "–", "-", "--"]))
    saying = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8)))
    saying = saying[:1].upper() + saying[1:]
    who = draw(st.sampled_from(NAMES))
    verb = draw(st.sampled_from(VERBS))
    layout = draw(st.integers(0, 6))
    if layout == 0:
        return f"{o}{saying},{c} {d} {verb} {who}."
    if layout == 1:
        return f"{who} {verb}: {o}{saying}{c}."
    if layout == 2:
        return f"{d} {saying}, {d} {verb} {who}. {d} {saying}."
    if layout == 3:
        return f"{who} {verb}, что {saying.lower()}."
    if layout == 4:
        return f"По словам {who}, {saying.lower()}."
    if layout == 5:
        return f"{o}{saying}, {d} {verb} {who}. {d} {saying}{c}"
    return f"{saying}."


news_like = st.lists(st.one_of(sentence(), token), min_size=0, max_size=40).map("".join)

# 150 examples in CI; QUOTEX_ROBUSTNESS_EXAMPLES=5000 for a longer hunt.
MAX_EXAMPLES = int(os.environ.get("QUOTEX_ROBUSTNESS_EXAMPLES", "150"))
bounded = settings(
    max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@bounded
@given(news_like)
def test_property_news_like(text: str) -> None:
    check(text, extract(text))


@bounded
@given(st.lists(sentence(), min_size=1, max_size=8), st.lists(st.sampled_from([*BREAKS, " "])))
def test_property_sentences(sentences: list[str], breaks: list[str]) -> None:
    seps = breaks + [" "] * len(sentences)
    text = "".join(s + seps[i] for i, s in enumerate(sentences))
    check(text, extract(text))


@bounded
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=300))
def test_property_any_unicode(text: str) -> None:
    check(text, extract(text))


@bounded
@given(
    st.text(
        alphabet=st.sampled_from(
            "абвгдежзиклмнопрстуфхцчшщыьэюяАБВИМНПС ,.:;!?…—–-\n\r\u00a0\u200b\u0301😀𝔸"
            + "".join(MARKS)
        ),
        max_size=400,
    )
)
def test_property_cyrillic_soup(text: str) -> None:
    check(text, extract(text))


@bounded
@given(news_like)
def test_property_neutral_prefix(text: str) -> None:
    assert extract(PREFIX + text) == shifted(extract(text), len(PREFIX))


@bounded
@given(news_like, news_like)
def test_property_deterministic_and_stateless(a: str, b: str) -> None:
    first = extract(a)
    extract(b)
    assert extract(a) == first


@bounded
@given(news_like)
def test_property_line_ends(text: str) -> None:
    """``\\r\\n`` and ``\\r`` for ``\\n``: still valid, and the same quotes' text."""
    text = text.replace("\r", "")
    for newline in ("\r\n", "\r"):
        other = text.replace("\n", newline)
        quotes = extract(other)
        check(other, quotes)
        # a quote over several lines holds the caller's line breaks, whatever they are
        got = [(k, [p.replace(newline, "\n") for p in parts], s) for k, parts, s in summary(quotes)]
        assert got == summary(extract(text))


# --- linear-time sentence splitting: the same sentences as razdel ------------------------------

_SENTENCE_ALPHABET = [*"абв АБВ.,!?…;\"'«»“”„()[]{}:-—–12 \n", "т.е.", "1.", "а)", "II.", ":-)"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCE_ALPHABET), max_size=60).map("".join))
def test_sentences_are_razdels(text: str) -> None:
    """quotex.segment.sentenize joins razdel's pieces in linear time; the sentences are
    razdel's own."""
    import razdel

    from quotex.segment import sentenize

    assert sentenize(text) == [(s.start, s.stop) for s in razdel.sentenize(text)]


@pytest.mark.parametrize(
    "text",
    [
        "«Да», — сказал он, «нет», — ответила она, " * 50,
        "1. а) II. т.е. Т. е. так. " * 20,
        "Он сказал: «Приду». Она ушла!!! Потом… ",
    ],
)
def test_long_sentences_are_razdels(text: str) -> None:
    import razdel

    from quotex.segment import sentenize

    assert sentenize(text) == [(s.start, s.stop) for s in razdel.sentenize(text)]


# --- a paragraph that is all marks is no prose ------------------------------------------------


def test_a_paragraph_of_marks_gives_no_quotes() -> None:
    """A mark after every word (a scraped menu, ``« слово « слово …``) is no prose: its marks
    are not read as quotes (quotex.windows.DENSE_MARKS_PER_WORD)."""
    assert extract("слово « дом « " * 30) == []
    assert extract('"дом" ' * 40) == []


def test_prose_quoting_one_word_at_a_time_is_still_read() -> None:
    """Two marks for three words stays below the density that is no prose."""
    text = "«Да», — сказал он, «нет», — ответила она, " * 30
    assert len([q for q in extract(text) if q.kind == "direct"]) >= 30
