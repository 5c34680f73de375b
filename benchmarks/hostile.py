"""Hostile inputs for the benchmark, each ``n`` characters long and the same on every run.

Each generator takes the length and the real corpus (for its vocabulary, so that speech verbs
and names are among the words) and returns a text that would expose regex backtracking or
quadratic pairing: a cost per character far above the real corpus's.

>>> corpus = "«Мы готовы», — сказал министр Иван Петров.\\nОн ушёл."
>>> all(len(make(corpus, 500)) == 500 for make in [*HOSTILE.values(), *DENSE.values()])
True
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

DASHES = ("—", "–", "-")


def _fit(pieces: Callable[[], str], n: int) -> str:
    """Pieces appended until there are ``n`` characters, the last one cut."""
    out: list[str] = []
    size = 0
    while size < n:
        piece = pieces()
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


def _vocabulary(corpus: str) -> list[str]:
    return sorted(set(re.findall(r"[А-Яа-яЁё]{2,}", corpus))) or ["слово"]


def unbalanced_guillemets(corpus: str, n: int) -> str:
    """Sentences that open « and never close it, now and then a stray » too."""
    rng, words = random.Random(1), _vocabulary(corpus)

    def piece() -> str:
        body = " ".join(rng.choice(words) for _ in range(rng.randint(2, 8)))
        stray = "» " if rng.random() < 0.1 else ""
        return f"{rng.choice(words)} сказал: «{body}. {stray}"

    return _fit(piece, n)


def unbalanced_straight(corpus: str, n: int) -> str:
    """The same with straight quotes: an odd number of " on every line."""
    rng, words = random.Random(2), _vocabulary(corpus)

    def piece() -> str:
        body = " ".join(rng.choice(words) for _ in range(rng.randint(2, 8)))
        end = "\n" if rng.random() < 0.2 else " "
        return f'{rng.choice(words)} ответил: "{body}.{end}'

    return _fit(piece, n)


def nested_marks(corpus: str, n: int) -> str:
    """Blocks of marks nested a thousand deep, « „ “ ‘ in turn, then closed in reverse order."""
    rng, words = random.Random(3), _vocabulary(corpus)
    pairs = [("«", "»"), ("„", "“"), ("“", "”"), ("‘", "’")]

    def piece() -> str:
        depth = 1000
        chosen = [pairs[i % len(pairs)] for i in range(depth)]
        opening = "".join(f"{o}{rng.choice(words)} " for o, _ in chosen)
        closing = "".join(f"{rng.choice(words)}{c} " for _, c in reversed(chosen))
        return f"Он сказал: {opening}{closing}\n"

    return _fit(piece, n)


def no_punctuation(corpus: str, n: int) -> str:
    """One paragraph of lower-case words: no mark, no full stop, no line break."""
    rng, words = random.Random(4), [w.lower() for w in _vocabulary(corpus)]
    return _fit(lambda: rng.choice(words) + " ", n)


def dashes(corpus: str, n: int, count: int = 100_000) -> str:
    """About ``count`` dashes of all kinds (fewer when ``n`` is small), at line starts and
    between words as in dialogue, runs of them too; words fill the rest."""
    rng, words = random.Random(5), _vocabulary(corpus)
    count = min(count, n // 7)
    word = sum(map(len, words)) / len(words) + 1
    p = word / (n / max(count, 1) + word - 1)  # the share of tokens that are dashes

    def piece() -> str:
        tokens = [rng.choice(DASHES)]
        for _ in range(rng.randint(2, 12)):
            tokens.append(rng.choice(DASHES) if rng.random() < p else rng.choice(words))
        return " ".join(tokens) + "\n"

    return _fit(piece, n)


def capitalised(corpus: str, n: int) -> str:
    """Only capitalised words (name-like to a naive reader), a line break every 40 words."""
    rng, words = random.Random(6), [w.capitalize() for w in _vocabulary(corpus)]
    return _fit(lambda: " ".join(rng.choice(words) for _ in range(40)) + "\n", n)


def long_lines(corpus: str, n: int) -> str:
    """The real corpus with its line breaks turned to spaces: one line of ``n`` characters."""
    flat = corpus.replace("\n", " ")
    return (flat * (n // max(len(flat), 1) + 1))[:n]


def dense_dialogue(corpus: str, n: int) -> str:
    """Nothing but short attributed lines of dialogue among twenty speakers."""
    rng = random.Random(7)
    men = [("Иван", "Петров"), ("Пётр", "Орлов"), ("Олег", "Козлов"), ("Денис", "Волков")]
    women = [("Анна", "Смирнова"), ("Мария", "Зайцева"), ("Ольга", "Лебедева")]
    people = [(first, last, "") for first, last in men] + [(f, s, "а") for f, s in women]
    people += [(f"{first} {last}", "", "") for first, last in men[:2]]  # the same men, in full
    verbs = ("сказал", "ответил", "спросил", "заметил", "добавил")

    def piece() -> str:
        first, last, ending = rng.choice(people)
        who = f"{first} {last}".strip()
        return f"— Да, {rng.randint(1, 99)} раз, — {rng.choice(verbs)}{ending} {who}.\n"

    return _fit(piece, n)


# --- density: a mark, a dash, a colon or a cue after every word -------------------------------
# Each of these is one paragraph (one sentence, mostly) whose every word stands beside a mark or a
# cue, so any step that looks back or ahead over the whole paragraph for each of them costs the
# square of its length.
SPEECH_VERBS = ("сказал", "заявил", "ответил", "сообщила", "добавил", "пояснила")


# Common words that name nobody and cue nothing: a mention or a cue among them would end a
# search early and hide its cost, so the density generators draw from these alone.
NEUTRAL = ("слово", "дом", "вода", "окно", "белый", "тихо", "зеленый", "стол", "река", "снег")


def _every_word(seed: int, n: int, after: Callable[[random.Random], str]) -> str:
    """Neutral words, each followed by what ``after`` draws, until ``n`` characters."""
    rng = random.Random(seed)
    return _fit(lambda: rng.choice(NEUTRAL) + after(rng), n)


def dense_guillemets(corpus: str, n: int, seed: int = 11) -> str:
    """``« слово « слово …``: an opening « before every word, none closed."""
    return _every_word(seed, n, lambda rng: " « ")


def dense_straight(corpus: str, n: int, seed: int = 12) -> str:
    """``" слово " слово …``: a straight mark after every word."""
    return _every_word(seed, n, lambda rng: ' " ')


def dense_closing(corpus: str, n: int, seed: int = 13) -> str:
    """``слово » слово » …``: a closing » after every word, none opened."""
    return _every_word(seed, n, lambda rng: " » ")


def dense_mixed(corpus: str, n: int, seed: int = 14) -> str:
    """Every kind of mark, one after every word, glued to it or standing free."""
    marks = '«»„“”"‘’'

    def after(rng: random.Random) -> str:
        return rng.choice(("", " ")) + rng.choice(marks) + rng.choice(("", " "))

    return _every_word(seed, n, after)


def dash_every_word(corpus: str, n: int, seed: int = 15) -> str:
    """``слово — слово – слово - …``: a dash after every word, in one paragraph."""
    return _every_word(seed, n, lambda rng: f" {rng.choice(DASHES)} ")


def colon_every_word(corpus: str, n: int, seed: int = 16) -> str:
    """``слово: слово: …``: a colon, which can introduce speech, after every word."""
    return _every_word(seed, n, lambda rng: ": ")


def verb_every_word(corpus: str, n: int, seed: int = 17) -> str:
    """``слово сказал слово заявил …``: a speech verb after every word, now and then a comma."""
    return _every_word(
        seed, n, lambda rng: f" {rng.choice(SPEECH_VERBS)}{rng.choice(('', '', ','))} "
    )


def many_short_quotes(corpus: str, n: int, seed: int = 18) -> str:
    """One sentence of short quotes and cues: ``«слово», — сказал Иван, «слово», — …``, no stop."""
    rng = random.Random(seed)
    names = ("Иван", "Анна", "Петров", "Смирнова", "он", "она")

    def piece() -> str:
        return f"«{rng.choice(NEUTRAL)}», — {rng.choice(SPEECH_VERBS)} {rng.choice(names)}, "

    return _fit(piece, n)


def capitalised_run_on(corpus: str, n: int, seed: int = 19) -> str:
    """Capitalised words, no punctuation and no line break at all: one endless name to a
    naive reader."""
    rng, words = random.Random(seed), [w.capitalize() for w in _vocabulary(corpus)]
    return _fit(lambda: rng.choice(words) + " ", n)


HOSTILE: dict[str, Callable[[str, int], str]] = {
    "unbalanced «": unbalanced_guillemets,
    'unbalanced "': unbalanced_straight,
    "nested marks (depth 1000)": nested_marks,
    "one paragraph, no punctuation": no_punctuation,
    "100,000 dashes": dashes,
    "only capitalised words": capitalised,
    "one very long line": long_lines,
    "dense dialogue": dense_dialogue,
}

# The density generators: the benchmark runs each at two sizes and reports the growth; the fuzz
# script draws from them with seeds of its own (the ``corpus`` of all but the last is unused).
DENSE: dict[str, Callable[[str, int], str]] = {
    "dense unpaired «": dense_guillemets,
    'dense straight "': dense_straight,
    "dense closing-only »": dense_closing,
    "dense mixed marks": dense_mixed,
    "a dash after every word": dash_every_word,
    "a colon after every word": colon_every_word,
    "a speech verb after every word": verb_every_word,
    "one sentence of many short quotes": many_short_quotes,
    "capitalised, no punctuation": capitalised_run_on,
}
