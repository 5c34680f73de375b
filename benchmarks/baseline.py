"""The naive baseline of the benchmark: every stretch of text between paired marks is a quote.

Pairs are « … » (innermost, so a nested « » ends the outer one early) and straight " … " on one
line. No cue, no attribution, no dialogue: the floor that a quote extractor must clear. Only
the standard library, so it runs in any interpreter.

>>> quotes('«Мы готовы», — сказал он. Газета "Вести" пишет: «Нет».')
['«Мы готовы»', '"Вести"', '«Нет»']
"""

from __future__ import annotations

import re

PAIRED = re.compile(r'«[^«»]*»|"[^"\n]*"')


def quotes(text: str) -> list[str]:
    """The quoted strings of ``text``, marks included, in text order."""
    return PAIRED.findall(text)
