"""A griffe extension for the API reference: doctest examples in docstrings become code blocks.

quotex's docstrings show examples as bare doctests (``>>> extract(...)``) with no section header;
read as Markdown, ``>>>`` would be a nested quote and ``[...]`` a link. Each run of lines from a
``>>>`` at the left margin to the next blank line is fenced as ``pycon`` before mkdocstrings
renders it. Used by mkdocs.yml; not a documentation page (``exclude_docs``).
"""

from __future__ import annotations

from typing import Any

import griffe


def fence(text: str) -> str:
    """``text`` with each doctest block fenced.

    >>> fence("Intro.\\n>>> 1 + 1\\n2\\n\\nMore.").splitlines()
    ['Intro.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
    """
    out: list[str] = []
    block = False
    for line in text.splitlines():
        if not block and line.startswith(">>>"):
            if out and out[-1].strip():
                out.append("")
            out.append("```pycon")
            block = True
        elif block and not line.strip():
            out.append("```")
            block = False
        out.append(line)
    if block:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fences the doctests of every docstring that griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence(obj.docstring.value)
