"""The HTML view: markup unit tests, and the seed article's page rendered in headless Chromium.

``python tests/test_html.py --screenshot docs/screenshot.png`` redraws the docs' screenshot from
``EXAMPLE`` (a text written for it).
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quotex.html
from quotex import Quote, Span, Speaker, extract, speakers
from quotex.cli import main
from quotex.html import render_html

SEED = Path(__file__).resolve().parents[2] / "shared/corpus/seed/000_fd27c9437e0c0e9b.txt"

# Written for these tests and the screenshot: every kind, a quote in two parts, a repaired one.
EXAMPLE = """\
Мэр Заречья Олег Воронцов в среду открыл новый мост через Оку.
«Мост построен на полгода раньше срока, — заявил Воронцов. — И обошелся городу дешевле сметы».
По словам главного инженера Марины Лебедевой, движение по мосту откроют в субботу.
Лебедева назвала стройку «самой сложной в карьере».
Подрядчик сообщил, что гарантия на покрытие составит десять лет.
Пробок больше не будет", - пообещал мэр.
— А велосипедисты? — спросил кто-то из толпы.
— Для них сделали отдельную дорожку, — ответила Лебедева.
"""

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "area", "base", "wbr", "source"}


class Page(HTMLParser):
    """The parts of a page a reader sees: the text of the pieces of each quote part, labels
    excluded; the text of the document; elements by class; and checks that tags nest."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.parts: dict[str, str] = {}
        self.classes: Counter[str] = Counter()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text = ""
        self.labels: dict[str, int] = {}  # quote number -> where in the text its label stands
        self.in_text = False
        self.feed(page)
        self.close()
        assert not [t for t, _ in self.stack if t not in ("html", "head", "body")], self.stack

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.elements.append((tag, a))
        for c in a.get("class", "").split():
            self.classes[f"{tag}.{c}"] += 1
        if "speaker" in a.get("class", "").split() and "data-q" in a:
            self.labels[a["data-q"]] = len(self.text)
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, (tag, self.stack[-3:])
        self.stack.pop()

    def _inside(self, cls: str) -> bool:
        return any(cls in a.get("class", "").split() for _, a in self.stack)

    def handle_data(self, data: str) -> None:
        if not self._inside("text") or self._inside("speaker"):
            return
        self.text += data
        for key in {a["data-part"] for _, a in self.stack if "data-part" in a}:
            self.parts[key] = self.parts.get(key, "") + data


def check_page(page: str, text: str, quotes: list[Quote]) -> Page:
    """Every quote part highlighted with exactly its text, the text intact, the counts right."""
    parsed = Page(page)
    assert parsed.text == text
    for qi, quote in enumerate(quotes):
        for pi, part in enumerate(quote.parts):
            assert parsed.parts.get(f"{qi}.{pi}") == part.text, (qi, pi, part)
    marks = [a for t, a in parsed.elements if t == "mark" and "q" in a.get("class", "").split()]
    for kind in ("direct", "dialogue", "partial", "indirect"):
        want = {
            f"{i}.{j}" for i, q in enumerate(quotes) if q.kind == kind for j in range(len(q.parts))
        }
        got = {a["data-part"] for a in marks if f"q-{kind}" in a["class"].split()}
        assert got == want, kind
    labels = [a for t, a in parsed.elements if "speaker" in a.get("class", "").split()]
    assert len(labels) == len(quotes)
    cues = {a["data-q"] for t, a in parsed.elements if t == "u" and a.get("class") == "cue"}
    assert cues == {str(i) for i, q in enumerate(quotes) if q.cue is not None}
    repaired = {a["data-q"] for a in marks if "repaired" in a["class"].split()}
    assert repaired == {str(i) for i, q in enumerate(quotes) if q.repaired}
    assert all("repaired" in a["title"] for a in marks if "repaired" in a["class"].split())
    return parsed


def speaker_counts(page: str) -> dict[str, int]:
    table = page[page.index('<table class="speakers">') :]
    table = table[: table.index("</table>")]
    rows = re.findall(
        r'<td class="name">(.*?)</td><td class="g">[^<]*</td><td class="n">(\d+)</td>', table
    )
    return {name: int(n) for name, n in rows}


def test_doctests() -> None:
    assert doctest.testmod(quotex.html).failed == 0


def test_example_every_part_highlighted() -> None:
    quotes = extract(EXAMPLE)
    assert {q.kind for q in quotes} == {"direct", "dialogue", "partial", "indirect"}
    assert any(len(q.parts) > 1 for q in quotes) and any(q.repaired for q in quotes)
    check_page(render_html(EXAMPLE, quotes), EXAMPLE, quotes)


def test_speaker_table_counts() -> None:
    quotes = extract(EXAMPLE)
    counts = Counter(q.speaker.name if q.speaker else "— (no speaker)" for q in quotes)
    page = render_html(EXAMPLE, quotes)
    assert speaker_counts(page) == dict(counts)
    for row in speakers(quotes):
        name = "— (no speaker)" if row.name is None else row.name
        gender = {"femn": "female", "masc": "male"}.get(row.gender or "", "")
        cells = f'<td class="name">{name}</td><td class="g">{gender}</td>'
        assert cells + f'<td class="n">{row.quotes}</td><td class="n">{row.words}</td>' in page
    assert '<tfoot><tr><td></td><td colspan="4">quotes by gender: female ' in page


def test_escaping() -> None:
    text = 'Он сказал: «<script>alert("x")</script> & <b>да</b>». <i>&amp;</i>\r\n'
    start = text.index("<script>")
    end = text.index("»")
    name = 'Иван <img src=x onerror="1"> & Co'
    quote = Quote(
        "direct",
        (Span.of(text, start, end),),
        cue=Span.of(text, 3, 9),
        speaker=Speaker(name, Span.of(text, 0, 2), "cue", "r<x>"),
        rule='"rule"',
    )
    page = render_html(text, [quote], title="</title><script>bad()</script>")
    assert page.count("<script") == 1  # the page's own
    assert "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp;amp;" in page and "&#13;" in page
    assert speaker_counts(page) == {"Иван &lt;img src=x onerror=&quot;1&quot;&gt; &amp; Co": 1}
    check_page(page, text, [quote])


@pytest.mark.parametrize(
    ("text", "content", "after"),
    [
        ("Он назвал план «смелым».\nДалее.", "смелым", "«смелым»."),
        ("«Мы готовы», — сказал он.", "Мы готовы", "«Мы готовы»,"),
        ("Она спросила: «Кто там?» Никто.", "Кто там?", "«Кто там?»"),
        ("— Нет, — ответил он.", "Нет", "— Нет,"),
        ("Он сказал: „Да“.", "Да", "„Да“."),
        ("Он сказал, что придет.", "придет.", "придет."),
        ('"Да""Нет"', "Да", '"Да"'),  # not into the next quote
    ],
)
def test_label_stands_after_the_closing_mark(text: str, content: str, after: str) -> None:
    quotes = [
        Quote("direct", (Span.of(text, text.index(content), text.index(content) + len(content)),))
    ]
    if text.startswith('"Да"'):
        quotes.append(Quote("direct", (Span.of(text, 5, 8),)))
    parsed = check_page(render_html(text, quotes), text, quotes)
    assert parsed.labels["0"] == text.index(after) + len(after)


def test_overlapping_spans_nest() -> None:
    text = "Он сказал: «Раз, два — три, четыре». Конец."
    a = Span.of(text, 12, 20)  # Раз, два
    b = Span.of(text, 23, 34)  # три, четыре
    outer = Quote("direct", (a, b), cue=Span.of(text, 17, 26), speaker=None, repaired=True)
    he = Speaker("Он", Span.of(text, 0, 9), "cue")
    inner = Quote("partial", (Span.of(text, 16, 27),), speaker=he)
    quotes = [outer, inner]
    page = render_html(text, quotes)
    parsed = check_page(page, text, quotes)
    # The crossing spans are cut into pieces, each piece keeps its part's number.
    assert parsed.classes["mark.q-direct"] > 2
    assert speaker_counts(page) == {"Он": 1, "— (no speaker)": 1}


def test_empty_and_quote_free() -> None:
    for text in ("", "Тишина.\n\nНикто ничего не сказал."):
        page = render_html(text, [])
        parsed = check_page(page, text, [])
        assert not parsed.classes["mark.q"] and speaker_counts(page) == {}


def test_self_contained() -> None:
    page = render_html(EXAMPLE, extract(EXAMPLE))
    for needle in ("src=", "href=", "url(", "@import", "http:", "https:", "<link"):
        assert needle not in page


def test_cli_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "example.txt"
    path.write_text(EXAMPLE, encoding="utf-8")
    assert main(["--format", "html", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and "<title>" + str(path) + "</title>" in out
    check_page(out, EXAMPLE, extract(EXAMPLE))
    assert main(["--format", "html", str(path), str(path)]) == 2


# Headless Chromium: Debian's package, installed by .ci/run when missing.

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    # CHROMIUM names another binary (a test of the missing case sets it to a missing path).
    found = shutil.which(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def run_chromium(args: list[str], page: Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def seed_text() -> str:
    if SEED.exists():
        return SEED.read_text(encoding="utf-8-sig")
    return EXAMPLE


def test_seed_page_in_chromium(tmp_path: Path) -> None:
    text = seed_text()
    quotes = extract(text)
    assert quotes
    page = tmp_path / "seed.html"
    page.write_text(render_html(text, quotes, title="seed"), encoding="utf-8")
    dom = run_chromium(["--dump-dom"], page)
    # What Chromium built: the script ran, every part is highlighted with its text.
    assert re.search(r'<body[^>]*data-ready="1"', dom)
    parsed = check_page(dom, text, quotes)
    assert parsed.classes["table.speakers"] == 1
    counts = Counter(q.speaker.name for q in quotes if q.speaker)
    dom_counts = speaker_counts(dom)
    for name, n in counts.items():
        assert dom_counts[name.replace("&", "&amp;")] == n


def screenshot(out: Path) -> None:
    """Draw ``EXAMPLE``'s page to ``out`` (a PNG) with headless Chromium."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "example.html"
        quotes = extract(EXAMPLE)
        page.write_text(render_html(EXAMPLE, quotes, title="Пример: мост через Оку"), "utf-8")
        size = ["--hide-scrollbars", "--window-size=1200,430", f"--screenshot={out.resolve()}"]
        run_chromium(size, page)


if __name__ == "__main__":
    if sys.argv[1:2] != ["--screenshot"] or len(sys.argv) != 3:
        sys.exit("usage: python tests/test_html.py --screenshot docs/screenshot.png")
    screenshot(Path(sys.argv[2]))
