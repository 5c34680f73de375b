"""Fuzz ``quotex.extract`` with generated hostile input and check its invariants.

Run from the repository root::

    python benchmarks/fuzz.py --n 1000000 --seed 1 --workers 2

Input ``i`` of seed ``S`` is generated from its own ``random.Random(f"{S}:{i}")``, so any input
can be regenerated alone: ``python benchmarks/fuzz.py --seed S --only i`` prints it and the
result of the checks. Lengths are spread from 0 to ``--max-len`` characters (5 000 by default);
every tenth input is Russian news-like text with random quote marks, dashes and line breaks, the
rest random Unicode mixes, mark soups, dash runs, line-break mixes, astral characters, mangled
news and the density inputs of ``benchmarks/hostile.py`` (a mark, a dash, a colon or a speech
verb after every word, one sentence of many short quotes, capitalised words without
punctuation), each drawn with a seed of its own.

Checked on every input: ``extract`` returns a list of ``Quote`` without raising; every part, cue
and mention lies within the string and its ``.text`` is that slice; parts are non-empty, sorted
and disjoint; quotes come in text order; kinds and ``via`` are known values; ``to_dict()``
survives a JSON round trip. On a sample (``--sample``, one input in 10 by default): a second
call, after an unrelated text, gives an equal result (deterministic, no state carried between
calls); the text after a neutral prefix paragraph gives the same quotes shifted by the prefix
length; and ``extract(text, kinds=[k])`` is the full result filtered to kind ``k`` (one kind per
sampled input, in turn).

The run is cut into chunks of ``--chunk`` inputs spread over ``--workers`` processes. Each
finished chunk is appended to a state file (``benchmarks/fuzz-state/``); ``--resume`` skips the
chunks already done, so an interrupted run continues where it stopped (``--n`` may grow). Each
failing input is saved to ``benchmarks/fuzz-failures/`` (``seedS-i.txt``, UTF-8, and a ``.json``
with the check, the message and the traceback). The exit code is 0 when nothing failed, 1
otherwise, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import dataclasses
import json
import multiprocessing
import random
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # hostile.py beside this file, however the script is started

from hostile import DENSE  # noqa: E402

FAILURES_DIR = HERE / "fuzz-failures"
STATE_DIR = HERE / "fuzz-state"

# Bumped whenever the generators change, so a resumed run never mixes two input streams.
GENERATOR_VERSION = 2

# A sentence with no names, marks or cues, then a paragraph break: prepending it must shift every
# offset by its length and change nothing else.
NEUTRAL_PREFIX = "Погода была теплой.\n\n"
# What is extracted between the two calls of the determinism check.
OTHER_TEXT = (
    "«Мы начнем ремонт весной», — сказал глава района Олег Морозов.\n"
    "— Денег хватит? — спросила Анна Смирнова.\n"
    "Он ответил, что средства уже выделены."
)

# ---------------------------------------------------------------------------------------------
# Russian news-like text. Every sentence here was written for this fuzzer.

PEOPLE = [
    ("Иван Петров", "m"),
    ("Анна Смирнова", "f"),
    ("Сергей Волков", "m"),
    ("Мария Кузнецова", "f"),
    ("Олег Морозов", "m"),
    ("Елена Соколова", "f"),
    ("Дмитрий Орлов", "m"),
    ("Наталья Лебедева", "f"),
    ("Алексей Зайцев", "m"),
    ("Ольга Белова", "f"),
]
TITLES = [
    "министр финансов",
    "губернатор области",
    "глава района",
    "пресс-секретарь компании",
    "депутат городской думы",
    "директор школы",
    "главный врач больницы",
    "представитель МЧС",
    "мэр города",
]
VERBS = [
    ("сказал", "сказала"),
    ("заявил", "заявила"),
    ("отметил", "отметила"),
    ("подчеркнул", "подчеркнула"),
    ("сообщил", "сообщила"),
    ("добавил", "добавила"),
    ("пояснил", "пояснила"),
    ("признал", "признала"),
    ("ответил", "ответила"),
    ("уточнил", "уточнила"),
]
PRONOUNS = {"m": "он", "f": "она"}
SAYINGS = [
    "Мы готовы к переговорам",
    "Работы завершатся до конца года",
    "Ситуация полностью под контролем",
    "Никаких решений пока не принято",
    "Это был трудный сезон для всех нас",
    "Мы не планируем повышать тарифы",
    "Школа откроется первого сентября",
    "Я доволен результатом команды",
    "Дорогу отремонтируют летом",
    "Цены на хлеб останутся прежними",
    "Проверка продлится две недели",
    "Нам нужно больше врачей и медсестер",
    "Я не вижу причин для паники",
    "Жители сами выбрали этот проект",
    "Мост закроют на три дня",
    "Кто будет за это платить?",
    "Хватит обещаний!",
]
CLAUSES = [
    "ремонт моста начнется весной",
    "бюджет будет принят в декабре",
    "жители получат компенсации до конца месяца",
    "новая поликлиника откроется осенью",
    "отключений воды больше не будет",
    "проект уже согласован с министерством",
    "автобусы пойдут по новому расписанию",
    "урожай оказался выше среднего",
]
FILLERS = [
    "Погода в выходные будет облачной.",
    "В городе открылся новый парк.",
    "Совещание прошло в здании администрации.",
    "Автобусы ходят по новому расписанию.",
    "Урожай в этом году оказался выше среднего.",
    "На площади установили елку.",
    "Заседание продолжалось четыре часа.",
    "Днем температура поднимется до двадцати градусов.",
    "В 2023 году на ремонт потратили 15,5 млн рублей.",
]
NAMINGS = [
    "компания {o}Северный ветер{c}",
    "газета {o}Вечерний город{c}",
    "фильм {o}Долгая зима{c}",
    "завод {o}Красный октябрь{c}",
]
PARTIALS = [
    "назвал ситуацию {o}сложной, но управляемой{c}",
    "назвала решение {o}единственно верным{c}",
    "назвал отчет {o}честным{c}",
]

MARK_PAIRS = [("«", "»"), ("„", "“"), ("“", "”"), ('"', '"'), ("'", "'"), ("«", '"'), ("”", "”")]
ANY_MARKS = "«»„“”\"'‚‘’"
DASH_CHOICES = ["—", "—", "—", "–", "-", "--", "―", "‒"]
SPACE_CHOICES = [" "] * 12 + ["\u00a0", "\u202f", "\u2009", "  ", "\t", "\u200b "]
BREAK_CHOICES = ["\n"] * 4 + ["\n\n"] * 4 + ["\r\n", "\r\n\r\n", "\r", " ", "\u2028", "\n \n"]


def _marks(rng: random.Random) -> tuple[str, str]:
    opener, closer = rng.choice(MARK_PAIRS) if rng.random() < 0.5 else MARK_PAIRS[0]
    r = rng.random()
    if r < 0.07:
        opener = ""  # the breakage of a lost opening mark
    elif r < 0.12:
        closer = ""
    elif r < 0.15:
        opener, closer = closer, opener
    return opener, closer


def _dash(rng: random.Random) -> str:
    return rng.choice(DASH_CHOICES) if rng.random() < 0.3 else "—"


def _sentence(rng: random.Random) -> str:
    name, sex = rng.choice(PEOPLE)
    who = rng.choice([name, name.split()[1], f"{rng.choice(TITLES)} {name}", PRONOUNS[sex]])
    verb = rng.choice(VERBS)[sex == "f"]
    saying = rng.choice(SAYINGS)
    end = "" if saying[-1] in "?!" else ","
    o, c = _marks(rng)
    d = _dash(rng)
    templates: list[Callable[[], str]] = [
        lambda: f"{o}{saying}{end}{c} {d} {verb} {who}.",
        lambda: f"{who[:1].upper()}{who[1:]} {verb}: {o}{saying}{c}.",
        lambda: f"{o}{saying}, {d} {verb} {who}. {d} {rng.choice(SAYINGS)}{c}",
        lambda: f"{who[:1].upper()}{who[1:]} {verb}, что {rng.choice(CLAUSES)}.",
        lambda: f"По словам {rng.choice(TITLES)}, {rng.choice(CLAUSES)}.",
        lambda: f"{d} {saying}{end} {d} {verb} {who}.",
        lambda: f"{d} {saying}",
        lambda: f"{rng.choice(CLAUSES).capitalize()}, {verb} {who}.",
        lambda: f"{rng.choice(CLAUSES).capitalize()}. Об этом {verb} {who}.",
        lambda: f"В городе работает {rng.choice(NAMINGS).format(o=o, c=c)}.",
        lambda: f"{name} {rng.choice(PARTIALS).format(o=o, c=c)}.",
        lambda: f"{who[:1].upper()}{who[1:]} {verb}: {d} {saying}.",
        lambda: rng.choice(FILLERS),
    ]
    return rng.choice(templates)()


def _fill(length: int, piece: Callable[[], str]) -> str:
    """Pieces drawn one after another until there are ``length`` characters, cut there."""
    out: list[str] = []
    size = 0
    while size < length:
        out.append(piece())
        size += len(out[-1])
    return "".join(out)[:length]


def news(rng: random.Random, length: int) -> str:
    """Russian news-like text of exactly ``length`` characters (cut mid-word if need be)."""

    def piece() -> str:
        sentence = _sentence(rng)
        if rng.random() < 0.1:
            sentence = sentence.replace(" ", rng.choice(SPACE_CHOICES), rng.randint(1, 3))
        sep = rng.choice(BREAK_CHOICES) if rng.random() < 0.4 else " "
        return sentence + sep

    return _fill(length, piece)


# ---------------------------------------------------------------------------------------------
# Hostile mixes.

CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
PUNCT = ".,;:!?…()[]{}/\\*&%$#@^_+=<>|~`"
SPACES = " \t\u00a0\u2009\u202f\u2007\u2002\u2003\u200b\ufeff\u3000"
BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
COMBINING = "\u0301\u0300\u0308\u0306\u0327\u20dd\u034f"
# Characters whose case mapping changes the length of the string (İ → i̇, ß → SS, ﬁ → FI).
CASE_TRAPS = "İßẞﬁﬂǅǈǋΐŉ"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZW = "\u200b\u200c\u200d\u2060\ufeff"
CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\r\t") + "\x7f\x80\x9f"
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇷🇺", "❤️", "🏳️‍🌈", "1️⃣", "🤦🏼‍♂️"]
ASTRAL = ["𝔸", "𝕄", "𐍈", "𠜎", "𝄞", "🀄", "𓀀", "𝒜", "\U000e0041", "\U0010fffd", "\U0001f9ff"]
RTL = "שלום עולם مرحبا بالعالم"


def _random_code_point(rng: random.Random) -> str:
    while True:
        cp = rng.randint(0, 0x10FFFF) if rng.random() < 0.3 else rng.randint(0x20, 0xFFFF)
        if not 0xD800 <= cp <= 0xDFFF:  # no surrogates: the CLI's input is always valid text
            return chr(cp)


def unicode_mix(rng: random.Random, length: int) -> str:
    pools: list[tuple[float, Callable[[], str]]] = [
        (30, lambda: rng.choice(CYRILLIC)),
        (8, lambda: rng.choice(LATIN)),
        (3, lambda: rng.choice(DIGITS)),
        (15, lambda: " "),
        (4, lambda: rng.choice(SPACES)),
        (4, lambda: rng.choice(PUNCT)),
        (5, lambda: rng.choice(ANY_MARKS)),
        (3, lambda: rng.choice("—–-")),
        (3, lambda: rng.choice(BREAKS)),
        (2, lambda: rng.choice(COMBINING)),
        (1, lambda: rng.choice(CASE_TRAPS)),
        (1, lambda: rng.choice(BIDI)),
        (1, lambda: rng.choice(ZW)),
        (1, lambda: rng.choice(CONTROLS)),
        (1, lambda: rng.choice(EMOJI)),
        (1, lambda: rng.choice(ASTRAL)),
        (1, lambda: rng.choice(RTL)),
        (3, lambda: _random_code_point(rng)),
    ]
    weights = [w for w, _ in pools]
    makers = [m for _, m in pools]
    return _fill(length, lambda: rng.choices(makers, weights)[0]())


def mark_soup(rng: random.Random, length: int) -> str:
    alphabet = ANY_MARKS * 4 + " " * 6 + ",.:!?—–-\n" + "ДаНет" + "\u00a0"
    words = ["да", "Нет", "сказал", "заявил он", "Иван", "—", ":", "что"]
    return _fill(length, lambda: rng.choice(words) if rng.random() < 0.15 else rng.choice(alphabet))


def dash_runs(rng: random.Random, length: int) -> str:
    def piece() -> str:
        r = rng.random()
        if r < 0.5:
            return rng.choice("—–-―‒") * rng.randint(1, 40)
        if r < 0.7:
            return rng.choice([" ", "\n", ", ", ". ", ": ", "! ", "\u00a0"])
        return rng.choice(["сказал он", "Да", "нет", "— Да", "«Нет»", "Иван", ","])

    return _fill(length, piece)


def newline_mix(rng: random.Random, length: int) -> str:
    def piece() -> str:
        if rng.random() < 0.5:
            return "".join(rng.choice([*BREAKS[:4], " ", "\t"]) for _ in range(rng.randint(1, 8)))
        return _sentence(rng)

    return _fill(length, piece)


def astral_mix(rng: random.Random, length: int) -> str:
    def piece() -> str:
        r = rng.random()
        if r < 0.4:
            return rng.choice(ASTRAL + EMOJI)
        if r < 0.6:
            return rng.choice(CYRILLIC) + rng.choice(COMBINING) * rng.randint(1, 3)
        sentence = _sentence(rng)
        k = rng.randint(0, len(sentence))
        return sentence[:k] + rng.choice(ASTRAL + EMOJI + list(ZW)) + sentence[k:]

    return _fill(length, piece)


def mangled_news(rng: random.Random, length: int) -> str:
    """News text with characters deleted, duplicated, replaced by marks or by odd characters."""
    chars = list(news(rng, length))
    for _ in range(rng.randint(1, max(1, length // 20))):
        if not chars:
            break
        k = rng.randrange(len(chars))
        r = rng.random()
        if r < 0.3:
            del chars[k]
        elif r < 0.5:
            chars[k] = rng.choice(ANY_MARKS)
        elif r < 0.65:
            chars.insert(k, chars[k])
        elif r < 0.8:
            chars[k] = rng.choice("—–-:,.\n")
        else:
            chars[k] = rng.choice(list(COMBINING + ZW + CASE_TRAPS) + ASTRAL + EMOJI)
    return "".join(chars)[:length]


def dense(rng: random.Random, length: int) -> str:
    """One of the density inputs of ``benchmarks/hostile.py``, with a seed drawn here."""
    name = rng.choice(sorted(DENSE))
    vocabulary = " ".join(SAYINGS)  # the capitalised one draws its words from here
    return DENSE[name](vocabulary, length, seed=rng.randrange(2**32))


GENERATORS: dict[str, Callable[[random.Random, int], str]] = {
    "unicode": unicode_mix,
    "marks": mark_soup,
    "dashes": dash_runs,
    "newlines": newline_mix,
    "astral": astral_mix,
    "mangled": mangled_news,
    "dense": dense,
}


def _length(rng: random.Random, max_len: int) -> int:
    r = rng.random()
    if r < 0.02:
        return rng.randint(0, 3)
    if r < 0.5:  # log-uniform: many short inputs, where the edge cases are
        return min(max_len, int((max_len + 1) ** rng.random()))
    return rng.randint(0, max_len)


def generate(seed: int, index: int, max_len: int = 5000) -> tuple[str, str]:
    """The input number ``index`` of ``seed`` and the name of its generator.

    >>> generate(1, 0)[1], generate(1, 7) == generate(1, 7)
    ('news', True)
    """
    rng = random.Random(f"quotex-fuzz:{seed}:{index}")
    length = _length(rng, max_len)
    if index % 10 == 0:
        return news(rng, length), "news"
    name = rng.choice(list(GENERATORS))
    return GENERATORS[name](rng, length), name


# ---------------------------------------------------------------------------------------------
# Invariants.


class Violation(Exception):
    """An invariant that does not hold; the message says which and where."""

    def __init__(self, check: str, message: str) -> None:
        super().__init__(f"{check}: {message}")
        self.check = check


def _check_span(text: str, span: Any, what: str) -> None:
    from quotex.types import Span

    if not isinstance(span, Span):
        raise Violation("types", f"{what} is {type(span).__name__}, not Span")
    if not (isinstance(span.start, int) and isinstance(span.end, int)):
        raise Violation("offsets", f"{what} offsets are not ints: {span!r}")
    if not 0 <= span.start <= span.end <= len(text):
        raise Violation("offsets", f"{what} {span.start}:{span.end} outside 0:{len(text)}")
    if text[span.start : span.end] != span.text:
        raise Violation(
            "slice",
            f"{what} {span.start}:{span.end} text {span.text!r} != slice "
            f"{text[span.start : span.end]!r}",
        )


def check_result(text: str, quotes: Any) -> None:
    """Raise :class:`Violation` unless ``quotes`` is a valid result of ``extract(text)``."""
    from quotex.types import KINDS, VIAS, Quote, Speaker

    if not isinstance(quotes, list):
        raise Violation("types", f"result is {type(quotes).__name__}, not list")
    prev_start = -1
    for n, q in enumerate(quotes):
        if not isinstance(q, Quote):
            raise Violation("types", f"quote {n} is {type(q).__name__}")
        if q.kind not in KINDS:
            raise Violation("types", f"quote {n} has kind {q.kind!r}")
        if not q.parts:
            raise Violation("parts", f"quote {n} has no parts")
        for k, p in enumerate(q.parts):
            _check_span(text, p, f"quote {n} part {k}")
            if p.start == p.end:
                raise Violation("parts", f"quote {n} part {k} is empty at {p.start}")
        for k in range(1, len(q.parts)):
            if q.parts[k - 1].end > q.parts[k].start:
                raise Violation(
                    "parts",
                    f"quote {n} parts {k - 1}, {k} not sorted and disjoint: "
                    f"{q.parts[k - 1].to_list()} {q.parts[k].to_list()}",
                )
        if q.cue is not None:
            _check_span(text, q.cue, f"quote {n} cue")
        if q.speaker is not None:
            if not isinstance(q.speaker, Speaker) or q.speaker.via not in VIAS:
                raise Violation("types", f"quote {n} speaker {q.speaker!r}")
            if not isinstance(q.speaker.name, str):
                raise Violation("types", f"quote {n} speaker name {q.speaker.name!r}")
            if q.speaker.mention is not None:
                _check_span(text, q.speaker.mention, f"quote {n} mention")
        if q.start < prev_start:
            raise Violation("order", f"quote {n} starts at {q.start}, before {prev_start}")
        prev_start = q.start
        try:
            d = q.to_dict()
            back = json.loads(json.dumps(d, ensure_ascii=False, allow_nan=False))
        except (TypeError, ValueError) as e:
            raise Violation("json", f"quote {n} to_dict: {type(e).__name__}: {e}") from None
        if back != d:
            raise Violation("json", f"quote {n} to_dict does not survive a JSON round trip")


def shifted(quotes: list[Any], by: int) -> list[Any]:
    """``quotes`` with every offset moved by ``by`` characters."""

    def move(span: Any) -> Any:
        return (
            None
            if span is None
            else dataclasses.replace(span, start=span.start + by, end=span.end + by)
        )

    out = []
    for q in quotes:
        speaker = q.speaker
        if speaker is not None:
            speaker = dataclasses.replace(speaker, mention=move(speaker.mention))
        out.append(
            dataclasses.replace(
                q, parts=tuple(move(p) for p in q.parts), cue=move(q.cue), speaker=speaker
            )
        )
    return out


def _first_difference(a: list[Any], b: list[Any]) -> str:
    if len(a) != len(b):
        return f"{len(a)} quotes vs {len(b)}"
    for n, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            return f"quote {n}: {x!r} vs {y!r}"
    return "equal"


class InputTimeout(Exception):
    """One input took longer than ``--timeout`` seconds."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise InputTimeout


def check_input(text: str, *, sample: bool, kind_index: int = 0) -> tuple[str, str, str] | None:
    """Run every check on one input: ``None``, or ``(check, message, traceback)``.

    ``kind_index`` picks the kind whose ``kinds=`` filter the sample checks.
    """
    from quotex import extract
    from quotex.types import KINDS

    try:
        quotes = extract(text)
        check_result(text, quotes)
        if sample:
            extract(OTHER_TEXT)
            again = extract(text)
            if again != quotes:
                raise Violation("determinism", _first_difference(quotes, again))
            prefixed = extract(NEUTRAL_PREFIX + text)
            check_result(NEUTRAL_PREFIX + text, prefixed)
            expected = shifted(quotes, len(NEUTRAL_PREFIX))
            if prefixed != expected:
                raise Violation("prefix_shift", _first_difference(expected, prefixed))
            kind = KINDS[kind_index % len(KINDS)]
            only_kind = extract(text, kinds=[kind])
            wanted = [q for q in quotes if q.kind == kind]
            if only_kind != wanted:
                raise Violation(
                    "kinds_filter", f"kinds=[{kind!r}]: " + _first_difference(wanted, only_kind)
                )
    except Violation as v:
        return v.check, str(v), ""
    except InputTimeout:
        return "timeout", "took longer than the --timeout", ""
    except Exception as e:
        return "exception", f"{type(e).__name__}: {e}", traceback.format_exc()
    return None


# ---------------------------------------------------------------------------------------------
# Chunks and workers.


@dataclasses.dataclass
class Job:
    seed: int
    chunk: int
    start: int
    end: int
    sample: int
    max_len: int
    timeout: float
    save: bool


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from quotex import extract

    extract(OTHER_TEXT)  # load the lexicons and the morphology once, outside any timing


def save_failure(seed: int, index: int, gen: str, text: str, failure: tuple[str, str, str]) -> Path:
    FAILURES_DIR.mkdir(parents=True, exist_ok=True)
    base = FAILURES_DIR / f"seed{seed}-{index}"
    base.with_suffix(".txt").write_text(text, encoding="utf-8", newline="")
    check, message, tb = failure
    info = {
        "seed": seed,
        "index": index,
        "generator": gen,
        "length": len(text),
        "check": check,
        "message": message,
        "traceback": tb,
        "reproduce": f"python benchmarks/fuzz.py --seed {seed} --only {index}",
    }
    base.with_suffix(".json").write_text(
        json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return base.with_suffix(".txt")


def run_chunk(job: Job) -> dict[str, Any]:
    """Generate and check the inputs ``[job.start, job.end)``; a summary record."""
    use_alarm = job.timeout > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
    failures = []
    chars = 0
    slowest = (0.0, -1)
    by_gen: Counter[str] = Counter()
    t0 = time.perf_counter()
    for i in range(job.start, job.end):
        text, gen = generate(job.seed, i, job.max_len)
        by_gen[gen] += 1
        chars += len(text)
        t = time.perf_counter()
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, job.timeout)
        try:
            # One input in each block of `sample`, at a place that moves from block to block,
            # so the sample takes news and the other generators in their proportions.
            sample = job.sample > 0 and (i + i // job.sample) % job.sample == 0
            failure = check_input(text, sample=sample, kind_index=i // max(1, job.sample))
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        slowest = max(slowest, (time.perf_counter() - t, i))
        if failure is not None:
            path = save_failure(job.seed, i, gen, text, failure) if job.save else None
            check, message, tb = failure
            failures.append(
                {
                    "index": i,
                    "generator": gen,
                    "length": len(text),
                    "check": check,
                    "message": message[:500],
                    "where": _last_frame(tb),
                    "saved": str(path) if path else None,
                }
            )
    return {
        "chunk": job.chunk,
        "start": job.start,
        "end": job.end,
        "count": job.end - job.start,
        "chars": chars,
        "seconds": round(time.perf_counter() - t0, 3),
        "slowest": [round(slowest[0], 3), slowest[1]],
        "generators": dict(by_gen),
        "failures": failures,
    }


def _last_frame(tb: str) -> str:
    lines = [ln.strip() for ln in tb.splitlines() if ln.strip().startswith("File ")]
    return lines[-1] if lines else ""


# ---------------------------------------------------------------------------------------------
# The state file: one header line, then one line per finished chunk.


def state_path(args: argparse.Namespace) -> Path:
    if args.state:
        return Path(args.state)
    return STATE_DIR / f"seed{args.seed}-chunk{args.chunk}-len{args.max_len}.jsonl"


def _header(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "generator_version": GENERATOR_VERSION,
        "seed": args.seed,
        "chunk": args.chunk,
        "max_len": args.max_len,
        "sample": args.sample,
    }


def load_state(path: Path, header: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """The finished chunks recorded in ``path``, by chunk number (the longest record wins)."""
    done: dict[int, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as f:
        first = f.readline()
        if not first.strip():
            return done
        if json.loads(first) != header:
            raise SystemExit(
                f"fuzz: {path} was written with other settings ({first.strip()}); "
                "use the same --seed/--chunk/--max-len/--sample, another --state, or --fresh"
            )
        for line in f:
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a kill: that chunk is simply run again
            old = done.get(rec["chunk"])
            if old is None or rec["end"] > old["end"]:
                done[rec["chunk"]] = rec
    return done


def plan(n: int, chunk: int, done: dict[int, dict[str, Any]]) -> Iterator[tuple[int, int, int]]:
    for c in range((n + chunk - 1) // chunk):
        start, end = c * chunk, min(n, (c + 1) * chunk)
        rec = done.get(c)
        if rec is None or rec["end"] < end:
            yield c, start, end


# ---------------------------------------------------------------------------------------------
# Reporting.


def _signature(f: dict[str, Any]) -> str:
    message = f["message"].split("\n", 1)[0]
    if f["check"] == "exception":
        return f"exception {message.split(':', 1)[0]} at {f['where']}"
    return f["check"]


def summarize(records: list[dict[str, Any]], wall: float, workers: int, seed: int) -> int:
    count = sum(r["count"] for r in records)
    chars = sum(r["chars"] for r in records)
    busy = sum(r["seconds"] for r in records)
    failures = [f for r in records for f in r["failures"]]
    gens: Counter[str] = Counter()
    for r in records:
        gens.update(r["generators"])
    slow = max((r["slowest"] for r in records), default=[0.0, -1])
    print()
    print(f"inputs checked:   {count:,} ({chars:,} characters)")
    print("generators:       " + ", ".join(f"{g} {k:,}" for g, k in gens.most_common()))
    print(f"failures:         {len(failures):,}")
    print(f"wall time (run):  {wall:,.1f} s with {workers} worker(s)")
    if count:
        print(
            f"worker time:      {busy:,.1f} s in all, {1000 * busy / count:.2f} s per 1000 inputs "
            f"per worker; slowest input {slow[0]:.2f} s (index {slow[1]})"
        )
    if failures:
        groups: dict[str, list[dict[str, Any]]] = {}
        for f in sorted(failures, key=lambda f: (f["length"], f["index"])):
            groups.setdefault(_signature(f), []).append(f)
        print()
        for sig, fs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            first = fs[0]
            print(f"{len(fs):>7,}  {sig}")
            print(
                f"         e.g. index {first['index']} ({first['generator']}, "
                f"{first['length']} chars): {first['message'][:200]}"
            )
            print(f"         python benchmarks/fuzz.py --seed {seed} --only {first['index']}")
    return 1 if failures else 0


def only(seed: int, index: int, max_len: int) -> int:
    text, gen = generate(seed, index, max_len)
    print(f"seed {seed} index {index}: {gen}, {len(text)} characters")
    print(repr(text))
    failure = None
    for k in range(4):  # every kind's filter
        failure = failure or check_input(text, sample=True, kind_index=k)
    if failure is None:
        print("all checks pass")
        return 0
    check, message, tb = failure
    print(f"FAIL {check}: {message}")
    if tb:
        print(tb, end="")
    return 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="fuzz.py",
        description="Fuzz quotex.extract and check its invariants.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("--n", type=int, default=10_000, help="number of inputs")
    p.add_argument("--seed", type=int, default=1, help="seed of the input stream")
    p.add_argument("--workers", type=int, default=1, help="worker processes")
    p.add_argument("--chunk", type=int, default=1000, help="inputs per chunk (unit of resume)")
    p.add_argument("--max-len", type=int, default=5000, help="longest input, in characters")
    p.add_argument(
        "--sample",
        type=int,
        default=10,
        help="run the determinism and prefix-shift checks on every Nth input (0: never)",
    )
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per input (0: none)")
    p.add_argument("--resume", action="store_true", help="skip chunks the state file has")
    p.add_argument("--fresh", action="store_true", help="discard the state file first")
    p.add_argument("--state", default=None, help="state file (default under fuzz-state/)")
    p.add_argument("--no-save", action="store_true", help="do not save failing inputs")
    p.add_argument("--only", type=int, default=None, metavar="INDEX", help="check one input")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    sys.path.insert(0, str(HERE.parent))  # the checkout's quotex, even when not installed
    if args.only is not None:
        return only(args.seed, args.only, args.max_len)
    if args.n < 0 or args.chunk < 1 or args.workers < 1 or args.max_len < 0:
        print("fuzz: --n, --max-len must be >= 0; --chunk, --workers >= 1", file=sys.stderr)
        return 2

    path = state_path(args)
    header = _header(args)
    if args.fresh and path.exists():
        path.unlink()
    done: dict[int, dict[str, Any]] = {}
    if path.exists():
        if not args.resume:
            print(
                f"fuzz: {path} exists: pass --resume to continue it or --fresh to start over",
                file=sys.stderr,
            )
            return 2
        done = load_state(path, header)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(header) + "\n", encoding="utf-8")

    todo = list(plan(args.n, args.chunk, done))
    nchunks = (args.n + args.chunk - 1) // args.chunk
    print(
        f"fuzz: {args.n:,} inputs, seed {args.seed}, {nchunks:,} chunks of {args.chunk}, "
        f"{len(todo):,} to run, {args.workers} worker(s); state {path}"
    )
    jobs = [
        Job(args.seed, c, s, e, args.sample, args.max_len, args.timeout, not args.no_save)
        for c, s, e in todo
    ]
    t0 = time.perf_counter()
    interrupted = False
    ctx = multiprocessing.get_context("spawn")
    with (
        path.open("a", encoding="utf-8") as state,
        cf.ProcessPoolExecutor(args.workers, mp_context=ctx, initializer=_worker_init) as pool,
    ):
        pending: set[cf.Future[dict[str, Any]]] = set()
        queue = iter(jobs)
        finished = 0
        nfail = 0
        try:
            while True:
                while len(pending) < 2 * args.workers:
                    job = next(queue, None)
                    if job is None:
                        break
                    pending.add(pool.submit(run_chunk, job))
                if not pending:
                    break
                ready, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for fut in ready:
                    rec = fut.result()
                    state.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    state.flush()
                    done[rec["chunk"]] = rec
                    finished += 1
                    nfail += len(rec["failures"])
                    elapsed = time.perf_counter() - t0
                    print(
                        f"  chunk {rec['chunk']:>5} done ({finished}/{len(jobs)}), "
                        f"{rec['seconds']:.1f} s, {len(rec['failures'])} failure(s); "
                        f"{nfail} in this run; {elapsed:,.0f} s elapsed",
                        flush=True,
                    )
        except KeyboardInterrupt:
            interrupted = True
            print(
                "\nfuzz: interrupted; finished chunks are saved, rerun with --resume",
                file=sys.stderr,
            )
            for fut in pending:
                fut.cancel()
            pool.shutdown(wait=False, cancel_futures=True)
    wall = time.perf_counter() - t0
    records = [done[c] for c in sorted(done) if c < nchunks]
    status = summarize(records, wall, args.workers, args.seed)
    if interrupted:
        return 130
    return status


if __name__ == "__main__":
    raise SystemExit(main())
