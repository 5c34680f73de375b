"""Every example in the package's docstrings runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import quotex

# Modules of the optional extras, and the package each needs.
OPTIONAL = {"quotex.spacy_component": "spacy", "quotex.natasha_names": "natasha"}

MODULES = sorted(
    m.name for m in pkgutil.iter_modules(quotex.__path__, "quotex.") if m.name != "quotex.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    if name in OPTIONAL:
        pytest.importorskip(OPTIONAL[name])
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
