"""The seed article of the project: every direct quote lost its opening mark.

Reads ``../shared/corpus/seed`` (the article and its ``gold.jsonl``) when it sits beside the
checkout; skips otherwise. The article is not copied into the project.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotex import extract

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed"
if not (SEED / "gold.jsonl").is_file():
    pytest.skip(f"no seed corpus at {SEED}", allow_module_level=True)

_GOLD = json.loads((SEED / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
TEXT = (SEED / (_GOLD["doc"].split("/", 1)[1] + ".txt")).read_text(encoding="utf-8-sig")
DIRECT = [q for q in _GOLD["quotes"] if q["kind"] == "direct"]


def _id(q: dict) -> str:
    a, b = q["parts"][0]
    return " ".join(TEXT[a:b].split()[:3])


@pytest.fixture(scope="module")
def found() -> list:
    return extract(TEXT)


def test_gold_has_four_direct_quotes() -> None:
    assert len(DIRECT) == 4


@pytest.mark.parametrize("gold", DIRECT, ids=[_id(q) for q in DIRECT])
def test_direct_quote_found_exactly(gold: dict, found: list) -> None:
    exact = [q for q in found if [[p.start, p.end] for p in q.parts] == gold["parts"]]
    assert exact, f"no quote with parts {gold['parts']}: {TEXT[slice(*gold['parts'][0])]!r}"
    (q,) = exact
    assert q.kind == "direct"
    assert q.speaker is not None
    assert q.speaker.name == "Александр Лукашенко"
    assert q.repaired  # the opening mark was lost


def test_no_other_direct_quotes(found: list) -> None:
    got = sorted([[p.start, p.end] for p in q.parts] for q in found if q.kind == "direct")
    assert got == sorted(q["parts"] for q in DIRECT)
