"""natasha's person names (``quotex[natasha]``) on sentences written for these tests.

Skipped when natasha is not installed, except in CI (``CI=true``), which installs every extra:
there a missing natasha fails.
"""

from __future__ import annotations

import doctest
import importlib
import os
import re
from pathlib import Path

import pytest

from quotex import Quote, Span, Speaker

TEXT = (
    "Председатель комитета Сергей Миронов выступил в Думе. "
    "«Закон примут осенью», — заявил Миронов. "
    "Пресс-служба Миронова сообщила, что голосование назначено. "
    "По словам Марии Захаровой, МИД поддерживает инициативу."
)


@pytest.fixture(scope="module")
def nn():  # type: ignore[no-untyped-def]
    try:
        importlib.import_module("natasha")
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("natasha is missing: CI installs every extra")
        pytest.skip("natasha is not installed")
    return importlib.import_module("quotex.natasha_names")


def at(word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Span.of(TEXT, start, start + len(word))


def quote(name: str, mention: Span) -> Quote:
    return Quote("direct", (at("Закон примут осенью"),), speaker=Speaker(name, mention, "cue"))


def test_person_spans(nn) -> None:  # type: ignore[no-untyped-def]
    spans = nn.person_spans(TEXT)
    assert [name for _, _, name in spans] == [
        "Сергей Миронов",
        "Миронов",
        "Миронов",
        "Мария Захарова",
    ]
    written = [TEXT[start:end] for start, end, _ in spans]
    assert written == ["Сергей Миронов", "Миронов", "Миронова", "Марии Захаровой"]
    assert nn.person_spans("") == [] and nn.person_spans("Дождь.") == []
    assert nn.full_names(spans) == {"миронов": "Сергей Миронов", "захарова": "Мария Захарова"}


def test_renames_to_the_fullest_name(nn) -> None:  # type: ignore[no-untyped-def]
    mention = at("Миронов", 1)
    quotes = [quote("Миронова", mention), quote("Миронов", mention), Quote("partial", (at("МИД"),))]
    renamed = nn.with_natasha_names(TEXT, quotes)
    assert [q.speaker.name if q.speaker else None for q in renamed] == [
        "Сергей Миронов",
        "Сергей Миронов",
        None,
    ]
    assert renamed[0].speaker.mention == mention and renamed[0].parts == quotes[0].parts
    # augment: only a name that adds words before the same surname.
    augmented = nn.with_natasha_names(TEXT, quotes, augment=True)
    assert [q.speaker.name if q.speaker else None for q in augmented] == [
        "Миронова",
        "Сергей Миронов",
        None,
    ]


def test_within_keeps_organisations(nn) -> None:  # type: ignore[no-untyped-def]
    press = Span.of(TEXT, at("Пресс-служба").start, at("Миронова").end)
    quotes = [quote("пресс-служба Миронова", press), quote("Мария Захарова", at("Марии Захаровой"))]
    assert [q.speaker.name for q in nn.with_natasha_names(TEXT, quotes)] == [
        "Сергей Миронов",
        "Мария Захарова",
    ]
    assert [q.speaker.name for q in nn.with_natasha_names(TEXT, quotes, within=True)] == [
        "пресс-служба Миронова",
        "Мария Захарова",
    ]
    # A speaker with no mention (found from context) is never renamed.
    context = Quote("direct", (at("Закон"),), speaker=Speaker("Миронов", None, "context"))
    assert nn.with_natasha_names(TEXT, [context]) == [context]


def test_doctests(nn) -> None:  # type: ignore[no-untyped-def]
    assert doctest.testmod(nn).failed == 0


def test_recipe(nn, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    text = (Path(__file__).resolve().parents[1] / "docs" / "recipes.md").read_text("utf-8")
    marker = "<!-- tests/test_natasha.py runs this block -->"
    match = re.search(re.escape(marker) + r"\n```python\n(.*?)```\n\n```text\n(.*?)```", text, re.S)
    assert match, "docs/recipes.md lost its natasha block"
    exec(compile(match.group(1), "docs/recipes.md", "exec"), {})
    assert capsys.readouterr().out == match.group(2)
