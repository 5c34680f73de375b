"""A quote over several paragraphs: Russian typography opens each paragraph of a long quote
with a mark and closes only the last one; it is ONE quote with one part per paragraph.

Rows as in ``markup.py``; the checks are of detection only (``detected.py``).
"""

from __future__ import annotations

import pytest
from detected import check_detected

CHAINS = [
    pytest.param(
        "«[1:Мы долго шли к этому решению.]\n«[1:Теперь назад дороги нет]», — написал он.",
        "direct",
        id="two-paragraphs-remark-in-last",
    ),
    pytest.param(
        "Тренер собрал команду.\n«[1:Сезон был тяжелым, и я это знаю.]\n"
        "«[1:Но мы остались в лиге.]\n«[1:Теперь думаем о кубке]», — сказал он.",
        "direct",
        id="three-paragraphs",
    ),
    pytest.param(
        "Вдова писателя вспоминает:\n«[1:Он работал по ночам.]\n«[1:Утром читал мне написанное.]»",
        "direct",
        id="after-colon-intro",
    ),
]

NOT_CHAINS = [
    pytest.param(
        "«[Мы готовы]», — сказал он.\n«[Мы тоже]», — ответила она.",
        ("direct", "direct"),
        id="closed-paragraph-then-new-quote",
    ),
    pytest.param(
        "«[Мы долго шли к этому решению.]\nСобрание продолжилось без него.",
        "direct",
        id="unclosed-then-narration",
    ),
    pytest.param(
        "Он сказал: «[Мы готовы]\n«[Ждем вас]», — добавила она.",
        ("direct", "direct"),
        id="opener-not-at-paragraph-start",
    ),
]


@pytest.mark.parametrize(("marked", "kinds"), CHAINS + NOT_CHAINS)
def test_paragraph_chains(marked: str, kinds: str) -> None:
    check_detected(marked, kinds)
