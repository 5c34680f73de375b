"""The spaCy component of ``quotex[spacy]`` on ``spacy.blank("ru")``.

Skipped when spaCy is not installed, except in CI (``CI=true``), which installs every extra: there
a missing spaCy fails.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType

import pytest

from quotex import extract

TEXT = (
    "Мэр Заречья Олег Воронцов открыл мост.\n"
    "«Мост построен раньше срока, — заявил Воронцов. — И обошелся дешевле сметы».\n"
    "По словам инженера Марины Лебедевой, движение откроют в субботу.\n"
    "— А велосипедисты? — спросил кто-то из толпы."
)


def require(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing: CI installs every extra")
        pytest.skip(f"{name} is not installed")


@pytest.fixture(scope="module")
def spacy() -> ModuleType:
    return require("spacy")


@pytest.fixture(scope="module")
def nlp(spacy: ModuleType):  # type: ignore[no-untyped-def]
    nlp = spacy.blank("ru")
    nlp.add_pipe("quotex")
    return nlp


def test_spans_per_part(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    quotes = extract(TEXT)
    spans = list(doc.spans["quotes"])
    assert len(spans) == sum(len(q.parts) for q in quotes)
    parts = [(n, q, p) for n, q in enumerate(quotes) for p in q.parts]
    for span, (n, quote, part) in zip(spans, parts, strict=True):
        # Widened to whole tokens: the span covers the part.
        assert span.start_char <= part.start and part.end <= span.end_char
        assert part.text in span.text
        assert span.label_ == quote.kind == span._.quotex_kind
        assert span._.quotex_quote == n
        assert span._.quotex_speaker == (quote.speaker.name if quote.speaker else None)
        assert span._.quotex_via == (quote.speaker.via if quote.speaker else None)
        assert span._.quotex_repaired == quote.repaired
    direct = [s for s in spans if s.label_ == "direct"]
    assert [s.text for s in direct] == ["Мост построен раньше срока", "И обошелся дешевле сметы"]
    assert {s._.quotex_quote for s in direct} == {0}
    assert {s._.quotex_speaker for s in direct} == {"Олег Воронцов"}
    assert {s.label_ for s in spans} == {"direct", "indirect", "dialogue"}
    assert doc._.quotex_quotes == [q.to_dict() for q in quotes]


def test_config_and_pipe(spacy: ModuleType) -> None:
    nlp = spacy.blank("ru")
    nlp.add_pipe("quotex", config={"spans_key": "sc", "kinds": ["dialogue"]})
    docs = list(nlp.pipe([TEXT, "", "Тишина."]))
    assert [s.label_ for s in docs[0].spans["sc"]] == ["dialogue"]
    assert docs[0].spans["sc"][0]._.quotex_speaker == "кто-то из толпы"
    assert [len(d.spans["sc"]) for d in docs[1:]] == [0, 0]
    with pytest.raises(ValueError):
        spacy.blank("ru").add_pipe("quotex", config={"kinds": ["speech"]})


def test_survives_to_bytes(nlp, spacy: ModuleType) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    copy = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s.label_, s._.quotex_speaker) for s in copy.spans["quotes"]] == [
        (s.text, s.label_, s._.quotex_speaker) for s in doc.spans["quotes"]
    ]
    assert copy._.quotex_quotes == doc._.quotex_quotes


def test_entry_point(spacy: ModuleType) -> None:
    points = {e.name: e.value for e in entry_points(group="spacy_factories")}
    assert points.get("quotex") == "quotex.spacy_component:make_quotex"
    # A fresh interpreter that never imports quotex itself finds the factory by its entry point.
    code = (
        "import spacy; nlp = spacy.blank('ru'); nlp.add_pipe('quotex'); "
        "doc = nlp('«Да», — сказал Иван.'); print([s.text for s in doc.spans['quotes']])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['Да']"


def test_doctests(spacy: ModuleType) -> None:
    import doctest

    module = importlib.import_module("quotex.spacy_component")
    assert doctest.testmod(module).failed == 0


def recipe(marker: str) -> tuple[str, str]:
    """The Python block of docs/recipes.md after ``marker``, and the text block after it."""
    text = (Path(__file__).resolve().parents[1] / "docs" / "recipes.md").read_text("utf-8")
    match = re.search(re.escape(marker) + r"\n```python\n(.*?)```\n\n```text\n(.*?)```", text, re.S)
    assert match, f"docs/recipes.md lost its block after {marker}"
    return match.group(1), match.group(2)


def test_recipe(spacy: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    code, printed = recipe("<!-- tests/test_spacy.py runs this block -->")
    namespace: dict[str, object] = {}
    exec(compile(code, "docs/recipes.md", "exec"), namespace)
    assert capsys.readouterr().out == printed
    assert 'class="spans"' in str(namespace["html"]) and "direct" in str(namespace["html"])
