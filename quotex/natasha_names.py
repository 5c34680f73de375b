"""Person names from natasha's NER, for users who already run natasha (``quotex[natasha]``).

natasha (``Segmenter``, ``NewsEmbedding``, ``NewsNERTagger``, ``NewsMorphTagger``, ``MorphVocab``,
``NamesExtractor``) finds the people a text names and normalises each name to the nominative;
its models ship inside its wheels, so nothing is downloaded. They are loaded once, on the first
call, which takes about a second.

- ``person_spans(text)``: every person natasha finds, as ``(start, end, name)``;
- ``with_natasha_names(text, quotes)``: the quotes, each speaker whose mention overlaps a person
  natasha found renamed to natasha's fullest name of that person in the document (the names
  that share its surname).

quotex does not need natasha: ``extract`` finds and normalises names itself. On the development
gold the option does not improve attribution (see ``docs/natasha.md``); it is here for pipelines
that want natasha's names throughout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .types import Quote

PersonSpan = tuple[int, int, str]


@lru_cache(maxsize=1)
def _natasha() -> dict[str, Any]:
    """natasha's models, loaded on the first call and kept."""
    from natasha import (
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        Segmenter,
    )

    embedding = NewsEmbedding()
    morph_vocab = MorphVocab()
    return {
        "segmenter": Segmenter(),
        # normalize() inflects by the morphological tags, so the tagger runs too.
        "morph": NewsMorphTagger(embedding),
        "ner": NewsNERTagger(embedding),
        "vocab": morph_vocab,
        "names": NamesExtractor(morph_vocab),
    }


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _name(span: Any, names: Any) -> str:
    """A PER span's name in the nominative: natasha's fact (first, middle, last) when it parsed
    the name, otherwise the normalised words."""
    span.extract_fact(names)
    fact = span.fact.as_dict if span.fact is not None else {}
    words = [fact[k] for k in ("first", "middle", "last") if fact.get(k)]
    normal = " ".join((span.normal or span.text).split())
    # The fact drops words it does not know (initials, a second surname): keep the longer.
    if len(words) < len(normal.split()):
        return normal
    return " ".join(words)


def person_spans(text: str) -> list[PersonSpan]:
    """Each person natasha's NER finds in ``text``: ``(start, end, name)``, ``text[start:end]``
    as written, ``name`` in the nominative, in text order.

    >>> person_spans("«Мы готовы», — заявил Александру Петрову Иван Сидоров.")
    [(22, 40, 'Александр Петров'), (41, 53, 'Иван Сидоров')]
    >>> person_spans("")
    []
    """
    if not text.strip():
        return []
    from natasha import Doc

    models = _natasha()
    doc = Doc(text)
    doc.segment(models["segmenter"])
    doc.tag_morph(models["morph"])
    doc.tag_ner(models["ner"])
    out: list[PersonSpan] = []
    for span in doc.spans:
        if span.type != "PER":
            continue
        span.normalize(models["vocab"])
        out.append((span.start, span.stop, _name(span, models["names"])))
    return out


def full_names(spans: Sequence[PersonSpan]) -> dict[str, str]:
    """Each surname (the last word, lower case, ``ё`` as ``е``) and the fullest name with it:
    the one with the most words, the first of those in the text.

    >>> full_names([(0, 8, "Лукашенко"), (9, 28, "Александр Лукашенко"), (30, 35, "Путин")])
    {'лукашенко': 'Александр Лукашенко', 'путин': 'Путин'}
    """
    best: dict[str, str] = {}
    for _, _, name in spans:
        words = name.split()
        if not words:
            continue
        key = _fold(words[-1])
        if key not in best or len(words) > len(best[key].split()):
            best[key] = name
    return best


def _adds_to(name: str, full: str) -> bool:
    """Whether ``full`` is ``name`` with more words before the same surname."""
    have, new = name.split(), full.split()
    return bool(have) and len(new) > len(have) and _fold(new[-1]) == _fold(have[-1])


def with_natasha_names(
    text: str,
    quotes: Sequence[Quote],
    *,
    augment: bool = False,
    within: bool = False,
    spans: Sequence[PersonSpan] | None = None,
) -> list[Quote]:
    """``quotes`` with each speaker whose mention overlaps a person natasha found in ``text``
    renamed to that person's fullest name in the document; other quotes unchanged.

    ``augment=True`` renames only where natasha's name adds words to quotex's and ends with the
    same surname (``Лукашенко`` → ``Александр Лукашенко``), keeping quotex's name otherwise.
    ``within=True`` renames only where the mention lies inside the person's span, so a mention
    such as ``пресс-служба Порошенко`` (an organisation that speaks) keeps its name.
    ``spans`` reuses ``person_spans(text)`` when it was already computed.

    >>> from quotex import extract
    >>> s = "Министр Иван Сидоров приехал в Тверь. «Мы готовы», — заявил Сидоров."
    >>> [q.speaker.name for q in with_natasha_names(s, extract(s))]
    ['Иван Сидоров']
    """
    if spans is None:
        spans = person_spans(text)
    names = full_names(spans)
    out = []
    for quote in quotes:
        speaker = quote.speaker
        mention = speaker.mention if speaker else None
        if speaker is None or mention is None:
            out.append(quote)
            continue
        if within:
            hits = [s for s in spans if s[0] <= mention.start and mention.end <= s[1]]
        else:
            hits = [s for s in spans if s[0] < mention.end and mention.start < s[1]]
        if not hits:
            out.append(quote)
            continue
        # The person whose span overlaps the mention most.
        m = mention
        _, _, name = max(hits, key=lambda s: min(s[1], m.end) - max(s[0], m.start))
        full = names.get(_fold(name.split()[-1]), name) if name.split() else name
        if augment and not _adds_to(speaker.name, full):
            out.append(quote)
            continue
        out.append(replace(quote, speaker=replace(speaker, name=full)))
    return out
