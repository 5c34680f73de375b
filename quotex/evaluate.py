"""The scoring of QUOTE_SPEC.md ("How a system is scored"): ``quotex eval``.

Quotes are scored as dicts in the gold format (``kind``, ``parts``, ``speaker``, ``aliases``,
``via``, ``mention``, ``cue``), so predictions from quotex (``Quote.to_dict()``) and from any
other tool's JSONL go through the same code. ``score`` is pure; ``evaluate`` reads the files,
transforms the texts for the broken-marks modes, runs quotex and times it; ``main`` is the CLI.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

from .extract import extract
from .morph import first_lemma
from .punct import BOUNDARY_STRIP, QUOTE_MARKS
from .types import KINDS, VIAS

QuoteDict = Mapping[str, Any]
# One document as scored: its text, its gold quotes, the predicted quotes.
Doc = tuple[str, Sequence[QuoteDict], Sequence[QuoteDict]]

MIN_JACCARD = Fraction(1, 2)
# The marks the *straight* mode turns into '"'; each is one character, so offsets hold.
CURLY_MARKS = "«»“”„"
_STRAIGHTEN = str.maketrans(dict.fromkeys(CURLY_MARKS, '"'))
_WORD = re.compile(r"[\w-]+")
_STRIP = f"[\\s{re.escape(BOUNDARY_STRIP)}]+"
_BOUNDARY_ENDS = re.compile(f"^{_STRIP}|{_STRIP}$")
# An opening mark is looked for on the quote's own line only: across a line break the mark
# before a paragraph that lost its opener is the previous paragraph's closer.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"

MARKS_MODES = ("as written", "straight", "lost openers")


class EvalError(Exception):
    """A file that cannot be scored: missing, unreadable or malformed."""


# --- results -------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Prf:
    """Counts of gold, predicted and matched quotes, with precision, recall and F1.

    A ratio over nothing is ``None``; F1 is ``2·matched / (gold + pred)``.

    >>> p = Prf(gold=4, pred=2, matched=2)
    >>> p.precision, p.recall, round(p.f1, 3)
    (1.0, 0.5, 0.667)
    """

    gold: int
    pred: int
    matched: int

    @property
    def precision(self) -> float | None:
        """Matched over predicted."""
        return _ratio(self.matched, self.pred)

    @property
    def recall(self) -> float | None:
        """Matched over gold."""
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall."""
        return _ratio(2 * self.matched, self.gold + self.pred)

    def to_dict(self) -> dict[str, Any]:
        """Counts and ratios as a JSON-ready dict.

        >>> Prf(1, 0, 0).to_dict()["precision"] is None
        True
        """
        return {
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True, slots=True)
class Share:
    """``hits`` out of ``total``; ``value`` is ``None`` when ``total`` is 0.

    >>> Share(3, 4).value
    0.75
    """

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        """The share as a fraction."""
        return _ratio(self.hits, self.total)

    def to_dict(self) -> dict[str, Any]:
        """``{"hits", "total", "value"}``.

        >>> Share(0, 0).to_dict()
        {'hits': 0, 'total': 0, 'value': None}
        """
        return {"hits": self.hits, "total": self.total, "value": self.value}


@dataclass(frozen=True, slots=True)
class Report:
    """The figures of one evaluation, pooled over all documents.

    ``kinds`` holds detection per kind, ``attribution_by_via`` attribution accuracy per gold
    ``via``; ``chars`` and ``seconds`` measure ``quotex.extract`` (``seconds`` is ``None`` when
    predictions came from a file).

    >>> r = score([("«Да», — сказал Иван.", [{"kind": "direct", "parts": [[1, 3]],
    ...     "speaker": "Иван", "via": "cue"}], [{"kind": "direct", "parts": [[1, 3]],
    ...     "speaker": "Иван"}])])
    >>> r.detection.f1, r.attribution.value, r.end_to_end.f1
    (1.0, 1.0, 1.0)
    """

    docs: int
    detection: Prf
    kinds: Mapping[str, Prf]
    boundaries: Share
    attribution: Share
    attribution_by_via: Mapping[str, Share]
    exact_names: Share
    end_to_end: Prf
    marks: str = "as written"
    chars: int = 0
    seconds: float | None = None

    @property
    def chars_per_second(self) -> float | None:
        """Characters given to ``extract`` per second spent in it."""
        if not self.seconds:
            return None
        return self.chars / self.seconds

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every figure.

        >>> sorted(score([]).to_dict())  # doctest: +NORMALIZE_WHITESPACE
        ['attribution', 'attribution_by_via', 'boundaries', 'detection', 'docs', 'end_to_end',
         'exact_names', 'kinds', 'marks', 'throughput']
        """
        return {
            "docs": self.docs,
            "marks": self.marks,
            "detection": self.detection.to_dict(),
            "kinds": {k: v.to_dict() for k, v in self.kinds.items()},
            "boundaries": self.boundaries.to_dict(),
            "attribution": self.attribution.to_dict(),
            "attribution_by_via": {k: v.to_dict() for k, v in self.attribution_by_via.items()},
            "exact_names": self.exact_names.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "throughput": {
                "chars": self.chars,
                "seconds": self.seconds,
                "chars_per_second": self.chars_per_second,
            },
        }


# --- matching and boundaries ------------------------------------------------------------------


def content_chars(text: str, parts: Iterable[Sequence[int]]) -> frozenset[int]:
    """The indices of the non-whitespace characters inside ``parts`` (clipped to ``text``).

    >>> sorted(content_chars("а б в", [[0, 3]]))
    [0, 2]
    """
    n = len(text)
    return frozenset(
        i
        for start, end in parts
        for i in range(max(start, 0), min(end, n))
        if not text[i].isspace()
    )


def jaccard(a: frozenset[int], b: frozenset[int]) -> Fraction:
    """``|a ∩ b| / |a ∪ b|`` as an exact fraction; 0 for two empty sets.

    >>> jaccard(frozenset({1, 2}), frozenset({2, 3}))
    Fraction(1, 3)
    """
    union = len(a | b)
    return Fraction(len(a & b), union) if union else Fraction(0)


def match(gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, pred index)`` pairs with Jaccard ≥ 0.5, sorted by gold index.

    The highest overlap is paired first; ties go to the lower gold index, then the lower pred
    index.

    >>> g = [frozenset({1, 2, 3, 4})]
    >>> match(g, [frozenset({1, 2}), frozenset({1, 2, 3})])
    [(0, 1)]
    """
    pred_bounds = [(min(p), max(p)) if p else None for p in pred]
    candidates: list[tuple[Fraction, int, int]] = []
    for gi, g in enumerate(gold):
        if not g:
            continue
        g_lo, g_hi = min(g), max(g)
        for pi, p in enumerate(pred):
            bounds = pred_bounds[pi]
            if bounds is None or bounds[1] < g_lo or g_hi < bounds[0]:
                continue
            j = jaccard(g, p)
            if j >= MIN_JACCARD:
                candidates.append((-j, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def boundary_key(text: str, parts: Iterable[Sequence[int]]) -> str:
    """The parts' text, each stripped of whitespace and ``.,;:!?…—–-"«»“”„'()`` at both ends,
    joined by one space; two quotes have exact boundaries when their keys are equal.

    >>> s = "«Да, — сказал он. — Приду!»"
    >>> boundary_key(s, [[1, 4], [19, 26]])
    'Да Приду'
    """
    return " ".join(
        _BOUNDARY_ENDS.sub("", text[start:end]) for start, end in sorted(map(tuple, parts))
    )


# --- speakers -----------------------------------------------------------------------------------


def lemma_seq(name: str) -> tuple[str, ...]:
    """The lemmas of the words (``[\\w-]+``) of a name: lower-cased, ``ё`` as ``е``, pymorphy3's
    first parse's normal form.

    >>> lemma_seq("пресс-службе Кремля")
    ('пресс-служба', 'кремль')
    """
    return tuple(first_lemma(w.lower().replace("ё", "е")) for w in _WORD.findall(name))


def is_person_name(name: str) -> bool:
    """Whether every word of ``name`` is capitalised, as in a person's name.

    >>> is_person_name("Ангела Меркель"), is_person_name("пресс-служба Кремля")
    (True, False)
    """
    words = _WORD.findall(name)
    return bool(words) and all(w[0].isupper() for w in words)


def _agrees_with(pred: tuple[str, ...], name: str) -> bool:
    gold = lemma_seq(name)
    if not gold:
        return False
    if pred == gold:
        return True
    pred_set, gold_set = set(pred), set(gold)
    last = gold[-1]
    if gold_set <= pred_set and last in pred_set:
        return True
    return is_person_name(name) and pred_set <= gold_set and last in pred_set


def speaker_agrees(pred: str | None, gold: str, aliases: Iterable[str] = ()) -> bool:
    """Whether a predicted speaker agrees with the gold name or one of its aliases.

    Agreement is on lemma sequences: equal; or the prediction holds every gold lemma (the last
    among them); or, for a person's name, the prediction's lemmas are a subset of the gold's
    that keeps the last word. ``None`` and a name without words never agree.

    >>> speaker_agrees("канцлер Ангела Меркель", "Ангела Меркель")
    True
    >>> speaker_agrees("Меркель", "Ангела Меркель"), speaker_agrees("Ангела", "Ангела Меркель")
    (True, False)
    >>> speaker_agrees("Беларусь", "пресс-служба президента Беларуси")
    False
    """
    if pred is None:
        return False
    pred_lemmas = lemma_seq(pred)
    if not pred_lemmas:
        return False
    return any(_agrees_with(pred_lemmas, name) for name in (gold, *aliases))


def fold_name(name: str) -> str:
    """A name with whitespace runs as one space, no space at the ends, and ``ё`` as ``е``.

    >>> fold_name("  Пётр\\n Иванов ")
    'Петр Иванов'
    """
    return " ".join(name.split()).replace("ё", "е").replace("Ё", "Е")


def exact_name(pred: str | None, gold: str, aliases: Iterable[str] = ()) -> bool:
    """Whether ``pred`` is exactly the gold name or an alias (whitespace folded, ``ё`` as ``е``).

    >>> exact_name("Петр  Иванов", "Пётр Иванов"), exact_name("Петра Иванова", "Пётр Иванов")
    (True, False)
    """
    if pred is None:
        return False
    return fold_name(pred) in {fold_name(n) for n in (gold, *aliases)}


# --- scoring ----------------------------------------------------------------------------------


def _parts(quote: QuoteDict) -> list[Sequence[int]]:
    return list(quote.get("parts") or [])


def score(docs: Iterable[Doc]) -> Report:
    """Score ``(text, gold quotes, predicted quotes)`` triples, counts pooled over documents.

    Quotes are gold-format dicts; a prediction needs only ``kind``, ``parts`` and ``speaker``.

    >>> text = "Он сказал, что придет. «Нет», — ответила она."
    >>> gold = [{"kind": "indirect", "parts": [[15, 22]], "speaker": "Иван", "via": "cue"},
    ...         {"kind": "direct", "parts": [[24, 27]], "speaker": "Мария", "via": "pronoun"}]
    >>> pred = [{"kind": "direct", "parts": [[24, 27]], "speaker": None}]
    >>> r = score([(text, gold, pred)])
    >>> r.detection.to_dict()["recall"], r.attribution.to_dict(), r.end_to_end.matched
    (0.5, {'hits': 0, 'total': 1, 'value': 0.0}, 0)
    """
    n_docs = 0
    gold_kinds: Counter[str] = Counter()
    pred_kinds: Counter[str] = Counter()
    matched_kinds: Counter[str] = Counter()
    matched = boundary_hits = attr_hits = attr_total = exact_hits = e2e = 0
    via_hits: Counter[str] = Counter()
    via_total: Counter[str] = Counter()
    for text, gold, pred in docs:
        n_docs += 1
        gold_kinds.update(str(q.get("kind")) for q in gold)
        pred_kinds.update(str(q.get("kind")) for q in pred)
        gold_sets = [content_chars(text, _parts(q)) for q in gold]
        pred_sets = [content_chars(text, _parts(q)) for q in pred]
        for gi, pi in match(gold_sets, pred_sets):
            g, p = gold[gi], pred[pi]
            matched += 1
            if g.get("kind") == p.get("kind"):
                matched_kinds[str(g.get("kind"))] += 1
            if boundary_key(text, _parts(g)) == boundary_key(text, _parts(p)):
                boundary_hits += 1
            gold_speaker, pred_speaker = g.get("speaker"), p.get("speaker")
            if gold_speaker is None:
                e2e += pred_speaker is None
                continue
            aliases = g.get("aliases") or ()
            agrees = speaker_agrees(pred_speaker, gold_speaker, aliases)
            via = str(g.get("via"))
            attr_total += 1
            via_total[via] += 1
            if agrees:
                attr_hits += 1
                via_hits[via] += 1
                e2e += 1
                exact_hits += exact_name(pred_speaker, gold_speaker, aliases)
    kinds = _ordered(KINDS, gold_kinds.keys() | pred_kinds.keys())
    vias = _ordered(VIAS, via_total.keys())
    n_gold, n_pred = sum(gold_kinds.values()), sum(pred_kinds.values())
    return Report(
        docs=n_docs,
        detection=Prf(n_gold, n_pred, matched),
        kinds={k: Prf(gold_kinds[k], pred_kinds[k], matched_kinds[k]) for k in kinds},
        boundaries=Share(boundary_hits, matched),
        attribution=Share(attr_hits, attr_total),
        attribution_by_via={v: Share(via_hits[v], via_total[v]) for v in vias},
        exact_names=Share(exact_hits, attr_hits),
        end_to_end=Prf(n_gold, n_pred, e2e),
    )


def _ordered(known: Sequence[str], seen: Iterable[str]) -> list[str]:
    """The known names in their order, then any others seen, sorted."""
    return [*known, *sorted(set(seen) - set(known))]


# --- broken marks -----------------------------------------------------------------------------


def straighten(text: str) -> str:
    """``text`` with every « » “ ” „ replaced by a straight ``"``; offsets are unchanged.

    >>> straighten("«Он сказал: „нет“»")
    '"Он сказал: "нет""'
    """
    return text.translate(_STRAIGHTEN)


def opener_before(text: str, start: int) -> int | None:
    """The index of the quote mark just before ``start`` (spaces between allowed, no line
    break), or ``None``.

    >>> opener_before('Он сказал: " Да"', 13), opener_before("Да", 0)
    (11, None)
    """
    i = start - 1
    while i >= 0 and text[i].isspace() and text[i] not in _LINE_BREAKS:
        i -= 1
    return i if i >= 0 and text[i] in QUOTE_MARKS else None


def _shift_span(span: Any, deleted: Sequence[int]) -> Any:
    if not span:
        return span
    start, end = span
    return [start - bisect_left(deleted, start), end - bisect_left(deleted, end)]


def lose_openers(text: str, gold: Sequence[QuoteDict]) -> tuple[str, list[dict[str, Any]]]:
    """Delete the opening mark of every gold ``direct`` quote and shift the gold offsets
    (``parts``, ``mention``, ``cue``) to the new text. Quotes are copied, never changed.

    >>> text = 'Он сказал: "Да". "Нет", - ответила она.'
    >>> gold = [{"kind": "direct", "parts": [[18, 21]], "mention": [35, 38], "cue": [26, 34]},
    ...         {"kind": "partial", "parts": [[12, 14]]}]
    >>> new, moved = lose_openers(text, gold)
    >>> new
    'Он сказал: "Да". Нет", - ответила она.'
    >>> [new[s:e] for s, e in moved[0]["parts"]], moved[0]["mention"], moved[1]["parts"]
    (['Нет'], [34, 37], [[12, 14]])
    """
    found = (
        opener_before(text, min(start for start, _ in _parts(q)))
        for q in gold
        if q.get("kind") == "direct" and _parts(q)
    )
    deleted = sorted({i for i in found if i is not None})
    pieces, prev = [], 0
    for i in deleted:
        pieces.append(text[prev:i])
        prev = i + 1
    pieces.append(text[prev:])
    moved = []
    for q in gold:
        new = dict(q)
        new["parts"] = [_shift_span(p, deleted) for p in _parts(q)]
        for key in ("mention", "cue"):
            if key in q:
                new[key] = _shift_span(q[key], deleted)
        moved.append(new)
    return "".join(pieces), moved


# --- files ------------------------------------------------------------------------------------


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The ``{"doc", "quotes"}`` objects of a gold-format JSONL file; blank lines skipped.

    Raises ``EvalError`` for a missing file or a malformed line.

    >>> read_jsonl("no/such.jsonl")
    Traceback (most recent call last):
    ...
    quotex.evaluate.EvalError: no/such.jsonl: No such file or directory
    """
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError(f"{path}: {getattr(e, 'strerror', None) or e}") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalError(f"{path}:{n}: not JSON ({e.msg})") from None
        if not _is_doc_line(obj):
            raise EvalError(f'{path}:{n}: expected {{"doc": str, "quotes": [...]}} with parts')
        out.append(obj)
    return out


def _is_doc_line(obj: Any) -> bool:
    if not (isinstance(obj, dict) and isinstance(obj.get("doc"), str)):
        return False
    quotes = obj.get("quotes")
    return isinstance(quotes, list) and all(
        isinstance(q, dict)
        and isinstance(q.get("parts"), list)
        and all(
            isinstance(p, list) and len(p) == 2 and all(type(x) is int for x in p)
            for p in q["parts"]
        )
        for q in quotes
    )


def read_text(path: str | Path) -> str:
    """A document's text: UTF-8, a byte-order mark dropped; ``EvalError`` when unreadable.

    >>> read_text("no/such.txt")
    Traceback (most recent call last):
    ...
    quotex.evaluate.EvalError: no/such.txt: No such file or directory
    """
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise EvalError(f"{path}: {getattr(e, 'strerror', None) or e}") from None


def text_path(doc: str, text_dir: str | Path) -> Path:
    """Where the text of gold doc ``SOURCE/NAME`` is: ``TEXT_DIR/NAME.txt``.

    >>> text_path("factrueval/book_1", "corpus/factrueval").as_posix()
    'corpus/factrueval/book_1.txt'
    """
    return Path(text_dir) / f"{doc.split('/', 1)[-1]}.txt"


def read_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Predicted quotes by ``doc`` from a gold-format JSONL file; a doc twice is an error.

    >>> read_predictions("no/such.jsonl")
    Traceback (most recent call last):
    ...
    quotex.evaluate.EvalError: no/such.jsonl: No such file or directory
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for obj in read_jsonl(path):
        if obj["doc"] in out:
            raise EvalError(f"{path}: doc {obj['doc']} appears twice")
        out[obj["doc"]] = obj["quotes"]
    return out


def evaluate(
    pairs: Sequence[tuple[str, str]],
    *,
    pred: str | None = None,
    straight: bool = False,
    lost_openers: bool = False,
) -> Report:
    """Score quotex (or the predictions in ``pred``) against ``(GOLD.jsonl, TEXT_DIR)`` pairs.

    ``straight`` scores on texts whose « » “ ” „ are straight quotes; ``lost_openers`` also
    deletes the opening mark of every gold direct quote, gold offsets shifted. Predictions
    from ``pred`` are taken to have offsets into the text as scored (after any change); a doc
    missing from it has no predictions. Raises ``EvalError`` for a file it cannot use.

    >>> evaluate([("no/gold.jsonl", "no")])
    Traceback (most recent call last):
    ...
    quotex.evaluate.EvalError: no/gold.jsonl: No such file or directory
    """
    predicted = read_predictions(pred) if pred is not None else None
    loaded = [
        (obj["doc"], read_text(text_path(obj["doc"], text_dir)), obj["quotes"])
        for gold_path, text_dir in pairs
        for obj in read_jsonl(gold_path)
    ]
    docs: list[Doc] = []
    chars, seconds = 0, 0.0
    for doc, text, gold in loaded:
        if straight or lost_openers:
            text = straighten(text)
        if lost_openers:
            text, gold = lose_openers(text, gold)
        if predicted is None:
            t0 = time.perf_counter()
            quotes = extract(text)
            seconds += time.perf_counter() - t0
            chars += len(text)
            docs.append((text, gold, [q.to_dict() for q in quotes]))
        else:
            docs.append((text, gold, predicted.get(doc, [])))
    marks = MARKS_MODES[2] if lost_openers else MARKS_MODES[1] if straight else MARKS_MODES[0]
    return replace(
        score(docs), marks=marks, chars=chars, seconds=None if predicted is not None else seconds
    )


# --- the CLI ----------------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _share_row(label: str, s: Share) -> str:
    return f"{label:<22}{s.hits:>6} / {s.total:<6}{_pct(s.value):>7}"


def _prf_row(label: str, p: Prf) -> str:
    return (
        f"{label:<12}{p.gold:>6}{p.pred:>6}{p.matched:>7}"
        f"{_pct(p.precision):>8}{_pct(p.recall):>8}{_pct(p.f1):>8}"
    )


def format_table(report: Report) -> str:
    """The report as a readable table.

    >>> print(format_table(score([])).splitlines()[0])
    quotex eval: 0 docs, marks as written
    """
    header = f"{'':<12}{'gold':>6}{'pred':>6}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"
    lines = [f"quotex eval: {report.docs} docs, marks {report.marks}", "", header]
    lines.append(_prf_row("detection", report.detection))
    lines += [_prf_row(f"  {k}", p) for k, p in report.kinds.items()]
    lines.append(_prf_row("end to end", report.end_to_end))
    lines += ["", _share_row("exact boundaries", report.boundaries)]
    lines.append(_share_row("attribution", report.attribution))
    lines += [_share_row(f"  via {v}", s) for v, s in report.attribution_by_via.items()]
    lines.append(_share_row("exact names", report.exact_names))
    lines.append("")
    cps = report.chars_per_second
    if report.seconds is None:
        lines.append("throughput            — (predictions from a file)")
    else:
        rate = "—" if cps is None else f"{cps:,.0f} chars/s"
        lines.append(f"throughput            {rate} ({report.chars:,} chars)")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotex eval",
        description="Score quotex (or a predictions file) against gold quotes (QUOTE_SPEC.md).",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="GOLD.jsonl TEXT_DIR",
        help="gold JSONL files, each followed by the directory of its texts",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--straight", action="store_true", help="score on texts with « » “ ” „ made straight"
    )
    parser.add_argument(
        "--lost-openers",
        action="store_true",
        help="as --straight, and delete the opening mark of every gold direct quote",
    )
    parser.add_argument(
        "--pred", metavar="PRED.jsonl", help="score these predictions instead of running quotex"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """``quotex eval GOLD.jsonl TEXT_DIR [GOLD.jsonl TEXT_DIR ...] [--json] [--straight]
    [--lost-openers] [--pred PRED.jsonl]``; returns the exit code.

    >>> main(["no/gold.jsonl", "no"])
    2
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("expected pairs: GOLD.jsonl TEXT_DIR [GOLD.jsonl TEXT_DIR ...]")
    pairs = list(zip(args.files[::2], args.files[1::2], strict=True))
    try:
        report = evaluate(
            pairs, pred=args.pred, straight=args.straight, lost_openers=args.lost_openers
        )
    except EvalError as e:
        print(f"quotex eval: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_table(report))
    return 0
