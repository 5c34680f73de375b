"""The scorer of QUOTE_SPEC.md on tiny hand-made examples whose figures are worked out by hand.

Offsets are found with ``at(text, words)`` so the examples stay readable; every expected
figure has its arithmetic beside it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from quotex import evaluate as ev
from quotex.evaluate import (
    Prf,
    Share,
    boundary_key,
    content_chars,
    evaluate,
    exact_name,
    jaccard,
    lemma_seq,
    lose_openers,
    main,
    match,
    opener_before,
    score,
    speaker_agrees,
    straighten,
)
from quotex.types import Quote, Span, Speaker

CORPUS = Path(__file__).parents[2] / "shared" / "corpus"


def at(text: str, words: str, nth: int = 0) -> list[int]:
    """``[start, end]`` of the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return [start, start + len(words)]


def word(text: str, w: str, nth: int = 0) -> list[int]:
    """``[start, end]`` of the ``nth`` occurrence of ``w`` as a whole word."""
    m = list(re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text))[nth]
    return [m.start(), m.end()]


def q(kind: str, *parts: list[int], speaker: str | None = None, **extra: Any) -> dict[str, Any]:
    """A quote in the gold format."""
    return {"kind": kind, "parts": list(parts), "speaker": speaker, **extra}


# --- matching -------------------------------------------------------------------------------


def test_content_chars_skip_whitespace_and_clip_to_text():
    # "а б" has non-space characters at 0 and 2; a part running past the end is clipped.
    assert content_chars("а б", [[0, 3]]) == {0, 2}
    assert content_chars("а б", [[2, 10]]) == {2}
    assert content_chars("а б", [[1, 2]]) == frozenset()


def test_jaccard_of_empty_sets_is_zero():
    assert jaccard(frozenset(), frozenset()) == 0


TEXT_HALF = "Да, я приду."  # non-space: "Да," 3 + "я" 1 + "приду." 6 = 10


@pytest.mark.parametrize(
    ("pred_words", "matched"),
    [
        ("приду", True),  # 5 of the 10 chars, all inside the gold: J = 5/10 = 0.5 exactly
        ("риду", False),  # J = 4/10 = 0.4
        ("я приду", True),  # "я" + "приду" = 6 chars: J = 6/10
        ("Да, я приду.", True),  # J = 1
    ],
)
def test_jaccard_threshold_is_half_inclusive(pred_words, matched):
    gold = [q("direct", [0, len(TEXT_HALF)])]
    pred = [q("direct", at(TEXT_HALF, pred_words))]
    assert score([(TEXT_HALF, gold, pred)]).detection.matched == int(matched)


def test_prediction_wider_than_gold_by_half_still_matches():
    # gold "приду" = 5 chars, prediction the whole sentence = 10 chars: J = 5/10.
    gold = [q("direct", at(TEXT_HALF, "приду"))]
    pred = [q("direct", [0, len(TEXT_HALF)])]
    assert score([(TEXT_HALF, gold, pred)]).detection.matched == 1


TEXT_TWO = "Иду. Еду."  # "Иду." and "Еду." have 4 non-space chars each


def test_one_to_one_highest_overlap_first():
    g1, g2 = (
        content_chars(TEXT_TWO, [at(TEXT_TWO, "Иду.")]),
        content_chars(TEXT_TWO, [at(TEXT_TWO, "Еду.")]),
    )
    wide = content_chars(TEXT_TWO, [[0, len(TEXT_TWO)]])
    # The wide prediction overlaps each gold by 4/8 = 0.5: the tie goes to the lower gold index.
    assert match([g1, g2], [wide]) == [(0, 0)]
    # An exact prediction of g2 (J = 1) is paired first, so the wide one goes to g1 — even
    # though the wide prediction comes first in the list.
    assert match([g1, g2], [wide, g2]) == [(0, 0), (1, 1)]
    assert match([g1, g2], [g2, wide]) == [(0, 1), (1, 0)]


def test_competing_predictions_count_once():
    text = "Я приду завтра утром."
    gold = [q("direct", [0, len(text)])]
    # 18 non-space chars in the gold; "Я приду завтра" has 12: J = 12/18, the exact one J = 1.
    pred = [q("direct", at(text, "Я приду завтра")), q("direct", [0, len(text)])]
    d = score([(text, gold, pred)]).detection
    # one match: P = 1/2, R = 1/1, F1 = 2·1/(1+2) = 2/3
    assert (d.gold, d.pred, d.matched) == (1, 2, 1)
    assert (d.precision, d.recall) == (0.5, 1.0)
    assert d.f1 == pytest.approx(2 / 3)


def test_per_kind_counts_only_same_kind_matches():
    text = "«Мы готовы», — заявил министр. Он сказал, что переговоры начнутся."
    gold = [
        q("direct", at(text, "Мы готовы")),
        q("indirect", at(text, "переговоры начнутся")),
    ]
    pred = [
        q("partial", at(text, "Мы готовы")),  # matches, but the kinds differ
        q("indirect", at(text, "переговоры начнутся.")),
    ]
    r = score([(text, gold, pred)])
    # Detection ignores kinds: 2 matches of 2 gold, 2 predicted.
    assert (r.detection.matched, r.detection.precision, r.detection.recall) == (2, 1.0, 1.0)
    # direct: gold 1, pred 0, matched 0 -> P undefined, R 0
    assert r.kinds["direct"] == Prf(gold=1, pred=0, matched=0)
    assert (r.kinds["direct"].precision, r.kinds["direct"].recall) == (None, 0.0)
    # partial: gold 0, pred 1, matched 0 -> P 0, R undefined
    assert r.kinds["partial"] == Prf(gold=0, pred=1, matched=0)
    assert (r.kinds["partial"].precision, r.kinds["partial"].recall) == (0.0, None)
    assert r.kinds["indirect"] == Prf(gold=1, pred=1, matched=1)
    assert r.kinds["dialogue"] == Prf(0, 0, 0)
    assert r.kinds["dialogue"].f1 is None
    assert list(r.kinds) == ["direct", "dialogue", "partial", "indirect"]


# --- boundaries -----------------------------------------------------------------------------


def test_boundary_strip_characters_are_the_specs():
    assert ev.BOUNDARY_STRIP == ".,;:!?…—–-\"«»“”„'()"


@pytest.mark.parametrize(
    ("piece", "key"),
    [
        ("«Экономика растет.»", "Экономика растет"),
        (' \n"(Да!)", — ', "Да"),
        ("… пресс-служба …", "пресс-служба"),  # a hyphen inside a word stays
        ("«Нет, — »", "Нет"),
        ("—", ""),
    ],
)
def test_boundary_key_strips_both_ends(piece, key):
    assert boundary_key(piece, [[0, len(piece)]]) == key


def test_boundary_key_joins_parts_by_one_space_in_text_order():
    text = "«Приду, — сказал он. — Обязательно»."
    parts = [at(text, "Обязательно"), at(text, "Приду,")]
    assert boundary_key(text, parts) == "Приду Обязательно"


def test_exact_boundaries_share_of_matches():
    text = "«Экономика растет.», — сказал он. «Цены падают», — добавил он."
    gold = [q("direct", at(text, "Экономика растет.")), q("direct", at(text, "Цены падают"))]
    pred = [
        q("direct", at(text, "«Экономика растет.»,")),  # marks and comma stripped: exact
        # with the author's words: 10 of 20 chars, J = 0.5, boundaries differ
        q("direct", at(text, "Цены падают», — добавил")),
    ]
    r = score([(text, gold, pred)])
    assert r.detection.matched == 2
    assert r.boundaries == Share(1, 2)


# --- speakers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pred", "gold", "aliases", "agrees"),
    [
        # equal lemma sequences, inflection aside
        ("Ангела Меркель", "Ангела Меркель", [], True),
        ("Александра Лукашенко", "Александр Лукашенко", [], True),
        ("пресс-службы президента Беларуси", "пресс-служба президента Беларуси", [], True),
        # the prediction holds every gold lemma, the last word among them
        ("канцлер Ангела Меркель", "Ангела Меркель", [], True),
        ("министр Сергей Лавров", "Сергей Лавров", [], True),
        # a person's name: a subset of the gold's lemmas keeping the surname
        ("Меркель", "Ангела Меркель", [], True),
        ("Лаврова", "Сергей Лавров", [], True),
        ("Ангела", "Ангела Меркель", [], False),  # drops the last word
        # not a person (a lower-case word): a subset does not agree
        ("Беларусь", "пресс-служба президента Беларуси", [], False),
        ("пресс-служба президента", "пресс-служба президента Беларуси", [], False),
        # ... unless it is an alias
        ("пресс-служба президента", "пресс-служба президента Беларуси",
         ["пресс-служба президента"], True),
        ("Путин", "Меркель, Путин и Порошенко", [], False),  # "и" is not capitalised
        ("Соловьёв", "Юрий Соловьев", [], True),  # ё read as е
        ("Иван Петров", "Сергей Лавров", ["Лавров"], False),
        (None, "Сергей Лавров", [], False),
        ("—", "Сергей Лавров", [], False),  # no word at all
    ],
)  # fmt: skip
def test_speaker_agrees(pred, gold, aliases, agrees):
    assert speaker_agrees(pred, gold, aliases) is agrees


def test_lemma_seq_reads_yo_as_e():
    assert lemma_seq("Пётр Соловьёв") == lemma_seq("Петр Соловьев") == ("петр", "соловьев")


@pytest.mark.parametrize(
    ("pred", "gold", "aliases", "exact"),
    [
        ("Пётр Иванов", "Пётр Иванов", [], True),
        ("Петр  Иванов", "Пётр Иванов", [], True),  # ё as е, whitespace folded
        (" Пётр\nИванов ", "Петр Иванов", [], True),
        ("Петра Иванова", "Пётр Иванов", [], False),  # agrees, but not the nominative
        ("Иванов", "Пётр Иванов", ["Иванов"], True),  # an alias
        ("иванов", "Пётр Иванов", ["Иванов"], False),  # case counts
        (None, "Пётр Иванов", [], False),
    ],
)
def test_exact_name(pred, gold, aliases, exact):
    assert exact_name(pred, gold, aliases) is exact


def test_attribution_exact_names_and_end_to_end_with_none_speakers():
    text = (
        "«Рано», — сказал кто-то. «Поздно», — ответил Иван. "
        "«Вовремя», — сказала она. Голос крикнул: «Стой». «Иди», — ответил Иван."
    )
    gold = [
        q("direct", at(text, "Рано")),  # no speaker in gold
        q("direct", at(text, "Поздно"), speaker="Иван Петров", aliases=["Петров"], via="cue"),
        q("direct", at(text, "Вовремя"), speaker="Мария", via="pronoun"),
        q("direct", at(text, "Стой")),  # no speaker in gold
        q("direct", at(text, "Иди"), speaker="Иван Петров", via="cue"),
    ]
    pred = [
        q("direct", at(text, "Рано"), speaker=None),  # both None: counts end to end
        q("direct", at(text, "Поздно"), speaker="Ивана Петрова"),  # agrees, not exact
        q("direct", at(text, "Вовремя"), speaker=None),  # None never agrees
        q("direct", at(text, "Стой"), speaker="Голос"),  # gold None, pred not: no
        q("direct", at(text, "Иди"), speaker="Петров"),  # agrees (surname), not exact here
    ]
    r = score([(text, gold, pred)])
    assert r.detection.matched == 5
    # attribution: gold speaker set for quotes 2, 3, 5; 2 and 5 agree -> 2/3
    assert r.attribution == Share(2, 3)
    # quote 5's gold has no aliases, and "Петров" is not "Иван Петров": exact 0 of 2 agreeing
    assert r.exact_names == Share(0, 2)
    # by via: cue 2/2 (quotes 2 and 5), pronoun 0/1, title and context nothing
    assert r.attribution_by_via == {
        "cue": Share(2, 2),
        "pronoun": Share(0, 1),
        "title": Share(0, 0),
        "context": Share(0, 0),
    }
    # end to end: quotes 1, 2, 5 count -> P = R = F1 = 3/5
    assert r.end_to_end == Prf(gold=5, pred=5, matched=3)
    assert r.end_to_end.f1 == pytest.approx(0.6)


def test_exact_names_counts_the_nominative():
    text = "«Да», — сказал Петров. «Нет», — сказал Петров."
    gold = [
        q("direct", at(text, "Да"), speaker="Пётр Петров", aliases=["Петров"], via="cue"),
        q("direct", at(text, "Нет"), speaker="Пётр Петров", aliases=["Петров"], via="cue"),
    ]
    pred = [
        q("direct", at(text, "Да"), speaker="Петр Петров"),  # exact with ё as е
        q("direct", at(text, "Нет"), speaker="Петра Петрова"),  # agrees, not exact
    ]
    r = score([(text, gold, pred)])
    assert (r.attribution, r.exact_names) == (Share(2, 2), Share(1, 2))


def test_counts_pool_over_documents():
    a = "«Да», — сказал он."
    b = "«Нет», — сказала она. «Может быть», — добавила она."
    docs = [
        (a, [q("direct", at(a, "Да"))], [q("direct", at(a, "Да"))]),
        (b, [q("direct", at(b, "Нет")), q("direct", at(b, "Может быть"))], []),
    ]
    r = score(docs)
    # micro-average: 1 match, 1 predicted, 3 gold -> P = 1, R = 1/3
    assert (r.docs, r.detection.precision, r.detection.recall) == (2, 1.0, pytest.approx(1 / 3))


# --- broken marks ---------------------------------------------------------------------------


def test_straighten_keeps_offsets():
    text = '«Он сказал: „нет“», — и “ушел”. ‘Так’ и "так".'
    out = straighten(text)
    assert len(out) == len(text)
    assert not set("«»“”„") & set(out)
    for a, b in zip(text, out, strict=True):
        assert b == ('"' if a in "«»“”„" else a)
    assert "‘Так’" in out  # only the five marks of the spec change


LOST = (
    'Он сказал: " Мы готовы". Премьер ответил: "Нет".\n'
    'Экономику он назвал "живой". Министр добавил: "Конец"\n'
    'Начало", - сказал он.\n'
    '"Рано", - сказал Иван.'
)


def lost_gold() -> list[dict[str, Any]]:
    return [
        q("direct", at(LOST, "Мы готовы"), speaker="Иван", mention=at(LOST, "Он"),
          cue=at(LOST, "сказал"), via="cue"),
        q("direct", at(LOST, "Нет"), speaker="Премьер", mention=at(LOST, "Премьер"),
          cue=at(LOST, "ответил"), via="cue"),
        q("partial", at(LOST, "живой"), speaker="Иван", mention=word(LOST, "он"),
          cue=None, via="pronoun"),
        q("direct", at(LOST, "Конец"), speaker="Министр", mention=at(LOST, "Министр"),
          cue=at(LOST, "добавил"), via="cue"),
        # a paragraph that lost its opener: the '"' before the line break is a closer
        q("direct", at(LOST, "Начало"), speaker="Министр", mention=word(LOST, "он", 1),
          cue=at(LOST, "сказал", 1), via="pronoun"),
        q("direct", at(LOST, "Рано"), speaker="Иван", mention=at(LOST, "Иван"),
          cue=at(LOST, "сказал", 2), via="cue"),
    ]  # fmt: skip


def test_opener_before_skips_spaces_but_not_line_breaks():
    assert LOST[opener_before(LOST, at(LOST, "Мы готовы")[0])] == '"'
    assert opener_before(LOST, at(LOST, "Начало")[0]) is None
    assert opener_before(LOST, at(LOST, "Рано")[0]) == at(LOST, "Рано")[0] - 1


def test_lose_openers_deletes_direct_openers_and_shifts_offsets():
    gold = lost_gold()
    before = json.dumps(gold)
    new, moved = lose_openers(LOST, gold)
    # The openers of "Мы готовы", "Нет", "Конец" and "Рано" go; the partial's and the closer
    # before "Начало" stay.
    assert new == (
        'Он сказал:  Мы готовы". Премьер ответил: Нет".\n'
        'Экономику он назвал "живой". Министр добавил: Конец"\n'
        'Начало", - сказал он.\n'
        'Рано", - сказал Иван.'
    )
    assert len(new) == len(LOST) - 4
    assert json.dumps(gold) == before  # the input is not changed
    for old_q, new_q in zip(gold, moved, strict=True):
        for (s, e), (ns, ne) in zip(old_q["parts"], new_q["parts"], strict=True):
            assert new[ns:ne] == LOST[s:e]
        for key in ("mention", "cue"):
            if old_q[key] is None:
                assert new_q[key] is None
            else:
                assert new[slice(*new_q[key])] == LOST[slice(*old_q[key])]
    # "Рано" moved left by all four deleted marks
    assert moved[5]["parts"] == [[p - 4 for p in at(LOST, "Рано")]]


def test_lose_openers_shifts_a_part_that_holds_a_deleted_mark():
    text = 'Он сказал, что "мы готовы" и так далее.'
    gold = [
        q("indirect", at(text, '"мы готовы" и так далее')),
        q("direct", at(text, "мы готовы")),
    ]
    new, moved = lose_openers(text, gold)
    s, e = moved[0]["parts"][0]
    assert new[s:e] == 'мы готовы" и так далее'  # one character shorter
    s, e = moved[1]["parts"][0]
    assert new[s:e] == "мы готовы"


# --- files and the CLI ------------------------------------------------------------------------


DOC_A = "\ufeff«Мы готовы к переговорам», — заявил министр.\nОн добавил, что встреча пройдет в мае."
DOC_B = "— Приду завтра, — сказала Анна."


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Two documents (A read with its BOM dropped), their gold and a predictions file."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(DOC_A, encoding="utf-8")
    (texts / "b.txt").write_text(DOC_B, encoding="utf-8")
    a = DOC_A[1:]
    gold = [
        {"doc": "news/a", "quotes": [
            q("direct", at(a, "Мы готовы к переговорам"), speaker="министр",
              aliases=[], mention=at(a, "министр"), cue=at(a, "заявил"), via="cue"),
            q("indirect", at(a, "встреча пройдет в мае."), speaker="министр",
              aliases=[], mention=at(a, "Он"), cue=at(a, "добавил"), via="pronoun"),
        ]},
        {"doc": "news/b", "quotes": [
            q("dialogue", at(DOC_B, "Приду завтра"), speaker="Анна", aliases=[],
              mention=at(DOC_B, "Анна"), cue=at(DOC_B, "сказала"), via="cue"),
        ]},
    ]  # fmt: skip
    # Predictions for A only (B is missing: no predictions): the direct quote with its marks
    # (exact after stripping) and the right speaker; the indirect one without its last word
    # "мае." (J = 15/19, boundaries differ) and no speaker.
    pred = [
        {"doc": "news/a", "quotes": [
            {"kind": "direct", "parts": [at(a, "«Мы готовы к переговорам»")],
             "speaker": "министра"},
            {"kind": "indirect", "parts": [at(a, "встреча пройдет в")], "speaker": None},
        ]},
        {"doc": "news/other", "quotes": []},
    ]  # fmt: skip
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_path.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n")
    pred_path.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in pred) + "\n\n")
    return {"texts": texts, "gold": gold_path, "pred": pred_path}


def test_evaluate_with_pred_file(files):
    r = evaluate([(str(files["gold"]), str(files["texts"]))], pred=str(files["pred"]))
    assert r.docs == 2
    # 3 gold, 2 predicted, 2 matched: P = 1, R = 2/3, F1 = 4/5
    assert r.detection == Prf(gold=3, pred=2, matched=2)
    assert r.detection.f1 == pytest.approx(0.8)
    assert r.kinds["dialogue"] == Prf(gold=1, pred=0, matched=0)
    assert r.boundaries == Share(1, 2)
    assert r.attribution == Share(1, 2)  # "министра" agrees, None does not
    assert r.attribution_by_via["cue"] == Share(1, 1)
    assert r.attribution_by_via["pronoun"] == Share(0, 1)
    assert r.exact_names == Share(0, 1)  # "министра" is not the nominative
    assert r.end_to_end == Prf(gold=3, pred=2, matched=1)
    assert r.seconds is None and r.chars_per_second is None


def fake_extract(text: str) -> list[Quote]:
    """Find "Приду завтра" said by Анна wherever it is."""
    if "Приду завтра" not in text:
        return []
    s, e = at(text, "Приду завтра")
    return [Quote("dialogue", (Span.of(text, s, e),), speaker=Speaker("Анна", None, "context"))]


def test_evaluate_runs_quotex_and_times_it(files, monkeypatch):
    monkeypatch.setattr(ev, "extract", fake_extract)
    r = evaluate([(str(files["gold"]), str(files["texts"]))])
    assert r.detection == Prf(gold=3, pred=1, matched=1)
    assert r.end_to_end == Prf(gold=3, pred=1, matched=1)
    assert r.chars == len(DOC_A) - 1 + len(DOC_B)  # the BOM is not a character of the text
    assert r.seconds is not None and r.seconds >= 0


def test_evaluate_lost_openers_gives_quotex_the_broken_text(files, monkeypatch):
    seen: list[str] = []
    monkeypatch.setattr(ev, "extract", lambda text: seen.append(text) or [])
    r = evaluate([(str(files["gold"]), str(files["texts"]))], lost_openers=True)
    assert seen[0].startswith('Мы готовы к переговорам", — заявил')
    assert r.marks == "lost openers"
    evaluate([(str(files["gold"]), str(files["texts"]))], straight=True)
    assert seen[2].startswith('"Мы готовы к переговорам", — заявил')


def test_main_prints_a_table(files, capsys):
    assert main([str(files["gold"]), str(files["texts"]), "--pred", str(files["pred"])]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "quotex eval: 2 docs, marks as written"
    row = {line.split()[0]: line.split()[1:] for line in lines if line.strip()}
    assert row["detection"] == ["3", "2", "2", "1.000", "0.667", "0.800"]
    assert row["dialogue"] == ["1", "0", "0", "—", "0.000", "0.000"]
    assert "exact boundaries" in out and "exact names" in out and "end to end" in out
    assert "  via pronoun" in out
    assert "throughput" in out


def test_main_json(files, capsys):
    args = [str(files["gold"]), str(files["texts"]), "--pred", str(files["pred"]), "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["docs"] == 2
    assert data["detection"] == {
        "gold": 3, "pred": 2, "matched": 2, "precision": 1.0, "recall": 2 / 3, "f1": 0.8
    }  # fmt: skip
    assert data["kinds"]["direct"]["matched"] == 1
    assert data["attribution"] == {"hits": 1, "total": 2, "value": 0.5}
    assert data["attribution_by_via"]["title"]["value"] is None
    assert data["throughput"]["chars_per_second"] is None


def test_main_quotex_run_reports_chars_per_second(files, capsys, monkeypatch):
    monkeypatch.setattr(ev, "extract", fake_extract)
    assert main([str(files["gold"]), str(files["texts"])]) == 0
    assert "chars/s" in capsys.readouterr().out


@pytest.mark.parametrize("missing", ["gold", "text", "pred"])
def test_main_file_error_is_one_line(files, capsys, tmp_path, missing):
    gold, texts, pred = str(files["gold"]), str(files["texts"]), str(files["pred"])
    if missing == "gold":
        gold = str(tmp_path / "nope.jsonl")
    elif missing == "text":
        (files["texts"] / "b.txt").unlink()
    else:
        pred = str(tmp_path / "nope.jsonl")
    assert main([gold, texts, "--pred", pred]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert captured.err.startswith("quotex eval: ")


@pytest.mark.parametrize(
    "content", ["{not json\n", '{"doc": "x/y"}\n', '{"doc": "x/y", "quotes": [{"parts": 3}]}\n']
)
def test_main_malformed_gold_is_an_error(tmp_path, capsys, content):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content)
    assert main([str(gold), str(tmp_path)]) == 2
    assert "gold.jsonl:1" in capsys.readouterr().err


def test_main_duplicate_pred_doc_is_an_error(files, tmp_path, capsys):
    pred = tmp_path / "dup.jsonl"
    pred.write_text('{"doc": "news/a", "quotes": []}\n{"doc": "news/a", "quotes": []}\n')
    assert main([str(files["gold"]), str(files["texts"]), "--pred", str(pred)]) == 2
    assert "twice" in capsys.readouterr().err


def test_main_needs_pairs(files):
    with pytest.raises(SystemExit) as exc:
        main([str(files["gold"])])
    assert exc.value.code == 2


# --- the real dev gold ------------------------------------------------------------------------


def corpus_pairs() -> list[tuple[str, str]]:
    """(gold, text dir) for every gold file of the shared corpus."""
    golds = sorted(CORPUS.glob("*/gold/*.jsonl"))
    pairs = [(str(g), str(g.parent.parent)) for g in golds]
    pairs += [(str(g), str(g.parent)) for g in sorted(CORPUS.glob("*/gold.jsonl"))]
    return pairs


def all_values(d: Any) -> list[Any]:
    if isinstance(d, dict):
        return [v for k, x in d.items() if k not in {"throughput", "docs"} for v in all_values(x)]
    return [d]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus beside the repository")
@pytest.mark.parametrize("flags", [[], ["--straight"]])
def test_gold_against_itself_scores_one(tmp_path, capsys, flags):
    pairs = corpus_pairs()
    assert pairs
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(Path(g).read_text(encoding="utf-8") for g, _ in pairs))
    args = [x for pair in pairs for x in pair] + ["--pred", str(pred), "--json", *flags]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["docs"] > 0 and data["detection"]["gold"] > 0
    for key in ("detection", "end_to_end", "boundaries", "attribution", "exact_names"):
        for name in ("precision", "recall", "f1", "value"):
            if name in data[key]:
                assert data[key][name] == 1.0, (key, name)
    for kind, prf in data["kinds"].items():
        if prf["gold"]:
            assert prf["f1"] == 1.0, kind
    for via, share in data["attribution_by_via"].items():
        if share["total"]:
            assert share["value"] == 1.0, via


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus beside the repository")
def test_lose_openers_on_the_dev_gold_keeps_every_span():
    deleted_total = 0
    for gold_path, text_dir in corpus_pairs():
        for obj in ev.read_jsonl(gold_path):
            text = straighten(ev.read_text(ev.text_path(obj["doc"], text_dir)))
            new, moved = lose_openers(text, obj["quotes"])
            deleted = {
                opener_before(text, qq["parts"][0][0])
                for qq in obj["quotes"]
                if qq["kind"] == "direct"
            } - {None}
            deleted_total += len(deleted)
            assert all(text[i] == '"' for i in deleted)
            assert len(new) == len(text) - len(deleted)
            for old_q, new_q in zip(obj["quotes"], moved, strict=True):
                spans = list(zip(old_q["parts"], new_q["parts"], strict=True))
                spans += [(old_q[k], new_q[k]) for k in ("mention", "cue") if old_q.get(k)]
                for (s, e), (ns, ne) in spans:
                    kept = "".join(text[i] for i in range(s, e) if i not in deleted)
                    assert new[ns:ne] == kept
    assert deleted_total > 0
