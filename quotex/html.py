"""A document's quotes as one self-contained HTML page, in the spirit of displaCy and ipymarkup.

``render_html(text, quotes)`` returns a page with the whole text, every quote part highlighted by
kind (``<mark class="q q-direct">`` and ``q-dialogue``, ``q-partial``, ``q-indirect``), a label with
the speaker's name after each quote's closing mark (a colour per speaker), the cue words
underlined (``<u class="cue">``), the speaker's mention underlined in its colour
(``class="mention"``), repaired quotes marked (``class="repaired"`` and a tooltip) and a side
table of the speakers (``<table class="speakers">``: gender, quotes, words, as
``quotex.speakers`` counts them). Everything is inline: no fonts, styles or scripts are fetched.
``view``, ``legend`` and ``page`` are its pieces, for ``quotex serve``.

Spans may overlap (a cue inside a quote, a quote inside another, a quote in several parts); the
markup is built from sorted boundary events, closing and reopening elements where spans cross, so
it is always well nested. Each piece of a part carries ``data-part="Q.P"`` (quote Q, part P, from
0), so ``text[part.start:part.end]`` is the text of the pieces of one part, labels excluded.

Only reads ``Quote`` lists: ``quotex --format html FILE > out.html`` writes it.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .punct import CLOSERS, EITHER
from .summary import SpeakerSummary, by_gender, speakers
from .types import KINDS, Quote

# What may follow a quote's last part before its speaker label: the closing marks and the
# punctuation that sticks to them (`».`, `?»`, `",`), so a line never starts with them alone.
AFTER_QUOTE = frozenset(CLOSERS + EITHER + ".,;:!?…)")
GENDERS = {"femn": "female", "masc": "male"}

# Light backgrounds for labels and table swatches, distinct on screen and in greyscale order;
# speakers past the last take the colours again.
PALETTE = (
    "#f4a3a3",
    "#9fd5f0",
    "#b5e3a1",
    "#f5cd8a",
    "#cfb6f0",
    "#f0b3da",
    "#9fe0d2",
    "#e0dc8f",
    "#c2c7d6",
    "#f2b99b",
)
NO_SPEAKER = "—"
REPAIRED_TIP = "repaired: a quote mark was missing or mismatched, quotex inferred the boundary"

CSS = """
:root { color-scheme: light; }
body { margin: 0; font: 16px/1.6 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1c1c1c;
  background: #fafafa; }
header { padding: 12px 24px; border-bottom: 1px solid #ddd; background: #fff; }
header h1 { font-size: 18px; margin: 0 0 6px; }
.legend span { margin-right: 10px; padding: 1px 6px; border-radius: 3px; font-size: 13px; }
.legend .k-direct { background: #fff1a8; }
.legend .k-dialogue { background: #d4ecff; }
.legend .k-partial { background: #dcf5d0; }
.legend .k-indirect { background: #efe3ff; }
.legend .k-repaired { outline: 2px dashed #d9480f; outline-offset: -1px; }
.legend u.k-cue { text-decoration: underline 2px #333; text-underline-offset: 3px; }
main { display: flex; gap: 24px; padding: 16px 24px; align-items: flex-start; }
.text { flex: 1 1 auto; max-width: 60em; white-space: pre-wrap; background: #fff;
  padding: 16px 20px; border: 1px solid #e3e3e3; border-radius: 6px; }
aside { flex: 0 0 auto; position: sticky; top: 16px; }
mark.q { color: inherit; padding: 1px 0; border-radius: 2px; }
mark.q-direct { background: #fff1a8; }
mark.q-dialogue { background: #d4ecff; }
mark.q-partial { background: #dcf5d0; }
mark.q-indirect { background: #efe3ff; }
mark.repaired { outline: 2px dashed #d9480f; outline-offset: -1px; }
u.cue { text-decoration: underline 2px #333; text-underline-offset: 3px; }
.mention { border-bottom: 3px solid var(--c, #888); }
.speaker { display: inline-block; margin: 0 3px; padding: 0 5px; border-radius: 9px;
  font-size: 11px; line-height: 17px; font-weight: bold; vertical-align: 1px; white-space: nowrap;
  background: var(--c, #ddd); user-select: none; }
.speaker.none { background: #e4e4e4; color: #666; font-weight: normal; }
.speaker .fix { color: #d9480f; margin-left: 3px; }
table.speakers { border-collapse: collapse; background: #fff; font-size: 14px;
  border: 1px solid #e3e3e3; }
table.speakers th, table.speakers td { padding: 4px 10px; border-bottom: 1px solid #eee;
  text-align: left; }
table.speakers td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.speakers td.g { color: #555; }
table.speakers tfoot td { color: #555; font-size: 13px; border-bottom: none; }
table.speakers .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px;
  background: var(--c, #ddd); vertical-align: -1px; }
table.speakers tr[data-s] { cursor: default; }
.dim mark.q:not(.on) { background: transparent; }
.dim .speaker:not(.on) { opacity: .35; }
"""

# Hovering a row of the speakers table shows only that speaker's quotes; the page is complete
# without it. `data-ready` tells a test that the script ran.
JS = """
(function () {
  var text = document.querySelector(".text");
  if (text) document.querySelectorAll("table.speakers tr[data-s]").forEach(function (row) {
    var s = row.getAttribute("data-s");
    row.addEventListener("mouseenter", function () {
      text.classList.add("dim");
      text.querySelectorAll('[data-s="' + s + '"]').forEach(function (e) {
        e.classList.add("on");
      });
    });
    row.addEventListener("mouseleave", function () {
      text.classList.remove("dim");
      text.querySelectorAll(".on").forEach(function (e) { e.classList.remove("on"); });
    });
  });
  // quotex serve's form: Ctrl+Enter (or Cmd+Enter) sends it.
  var area = document.querySelector("form.paste textarea");
  if (area) area.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      area.form.requestSubmit();
    }
  });
  document.body.setAttribute("data-ready", "1");
})();
"""


@dataclass(frozen=True)
class _Layer:
    """An element over ``text[start:end]``; of those starting together, lower ``rank`` is outer."""

    start: int
    end: int
    rank: int
    open: str
    close: str


def _e(value: str) -> str:
    # A raw CR would be folded into LF by the browser's parser; a character reference is kept.
    return html.escape(value, quote=True).replace("\r", "&#13;")


def _index(quotes: Sequence[Quote]) -> dict[str, int]:
    """Each speaker's index (its colour) in order of first appearance."""
    index: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker is not None:
            index.setdefault(quote.speaker.name, len(index))
    return index


def _label_at(text: str, quote: Quote, next_start: int) -> int:
    """Where the quote's label goes: after the closing mark and the punctuation stuck to it, but
    not into the next quote (the opening mark of one that starts at ``next_start``).

    >>> s = "Он назвал ее «лучшей».\\n"
    >>> from quotex.types import Span
    >>> _label_at(s, Quote("partial", (Span.of(s, 14, 20),)), len(s))
    22
    """
    at, stop = quote.end, min(len(text), next_start)
    while at < stop and text[at] in AFTER_QUOTE:
        if text[at] in EITHER and text[at + 1 : at + 2].isalnum():
            break  # a mark before a word opens the next quote
        at += 1
    return at


def _colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _tooltip(quote: Quote) -> str:
    speaker = quote.speaker
    who = NO_SPEAKER if speaker is None else f"{speaker.name} (via {speaker.via})"
    tip = f"{quote.kind} · {who}"
    if quote.rule:
        tip += f" · rule {quote.rule}"
    if quote.repaired:
        tip += f" · {REPAIRED_TIP}"
    return tip


# A speaker label: (position, quote number, markup).
_Label = tuple[int, int, str]


def _layers(
    text: str, quotes: Sequence[Quote], index: dict[str, int]
) -> tuple[list[_Layer], list[_Label]]:
    """The elements over the text, and the speaker labels as (position, order, markup)."""
    layers: list[_Layer] = []
    labels: list[_Label] = []
    starts = sorted(part.start for quote in quotes for part in quote.parts)
    for qi, quote in enumerate(quotes):
        speaker = quote.speaker
        s = "" if speaker is None else str(index[speaker.name])
        data_s = f' data-s="{s}"' if s else ""
        classes = f"q q-{quote.kind}" + (" repaired" if quote.repaired else "")
        title = _e(_tooltip(quote))
        for pi, part in enumerate(quote.parts):
            if part.end <= part.start:
                continue
            layers.append(
                _Layer(
                    part.start,
                    part.end,
                    0,
                    f'<mark class="{classes}" data-q="{qi}" data-part="{qi}.{pi}"'
                    f'{data_s} title="{title}">',
                    "</mark>",
                )
            )
        if quote.cue is not None and quote.cue.end > quote.cue.start:
            layers.append(
                _Layer(quote.cue.start, quote.cue.end, 2, f'<u class="cue" data-q="{qi}">', "</u>")
            )
        if speaker is not None and speaker.mention is not None:
            mention = speaker.mention
            if mention.end > mention.start:
                colour = _colour(index[speaker.name])
                layers.append(
                    _Layer(
                        mention.start,
                        mention.end,
                        1,
                        f'<span class="mention" data-q="{qi}" style="--c:{colour}">',
                        "</span>",
                    )
                )
        if speaker is None:
            label = f'<span class="speaker none" data-q="{qi}">{NO_SPEAKER}'
        else:
            colour = _colour(index[speaker.name])
            label = (
                f'<span class="speaker" data-q="{qi}"{data_s} style="--c:{colour}" '
                f'title="{_e(speaker.name)} (via {_e(speaker.via)})">{_e(speaker.name)}'
            )
        if quote.repaired:
            label += f'<span class="fix" title="{_e(REPAIRED_TIP)}">*</span>'
        next_start = next((s for s in starts if s >= quote.end), len(text))
        labels.append((_label_at(text, quote, next_start), qi, label + "</span>"))
    return layers, labels


def _markup(text: str, layers: list[_Layer], labels: list[_Label]) -> str:
    """The text with the layers as well-nested elements and the labels inserted."""
    starts: dict[int, list[_Layer]] = {}
    ends: dict[int, list[_Layer]] = {}
    for layer in layers:
        starts.setdefault(layer.start, []).append(layer)
        ends.setdefault(layer.end, []).append(layer)
    at: dict[int, list[str]] = {}
    for pos, _, markup in sorted(labels):
        at.setdefault(pos, []).append(markup)
    cuts = sorted({0, len(text), *starts, *ends, *at})
    out: list[str] = []
    stack: list[_Layer] = []
    for n, pos in enumerate(cuts):
        closing = ends.get(pos, [])
        if closing:
            # Close down to the deepest element that ends here; reopen the others above it.
            deepest = min(stack.index(layer) for layer in closing)
            reopen = [layer for layer in stack[deepest:] if layer.end != pos]
            for layer in reversed(stack[deepest:]):
                out.append(layer.close)
            del stack[deepest:]
            for layer in reopen:
                out.append(layer.open)
                stack.append(layer)
        out.extend(at.get(pos, []))
        for layer in sorted(starts.get(pos, []), key=lambda x: (-x.end, x.rank)):
            out.append(layer.open)
            stack.append(layer)
        if n + 1 < len(cuts):
            out.append(_e(text[pos : cuts[n + 1]]))
    for layer in reversed(stack):
        out.append(layer.close)
    return "".join(out)


def _table(rows: Sequence[SpeakerSummary], index: dict[str, int]) -> str:
    head = "<tr><th></th><th>speaker</th><th>gender</th><th>quotes</th><th>words</th></tr>"
    body = []
    for row in rows:
        gender = GENDERS.get(row.gender or "", "")
        counts = f'<td class="n">{row.quotes}</td><td class="n">{row.words}</td>'
        if row.name is None:
            body.append(
                f'<tr class="none"><td></td><td class="name">{NO_SPEAKER} (no speaker)</td>'
                f'<td class="g"></td>{counts}</tr>'
            )
            continue
        i = index[row.name]
        body.append(
            f'<tr data-s="{i}"><td><span class="swatch" style="--c:{_colour(i)}"></span></td>'
            f'<td class="name">{_e(row.name)}</td><td class="g">{gender}</td>{counts}</tr>'
        )
    shares = by_gender(rows)
    total = sum(shares.values())
    foot = ", ".join(
        f"{GENDERS.get(g, g)} {n} ({100 * n / total:.0f}%)" for g, n in shares.items() if n
    )
    foot = f'<tfoot><tr><td></td><td colspan="4">quotes by gender: {foot}</td></tr></tfoot>'
    return (
        '<table class="speakers"><thead>'
        + head
        + "</thead><tbody>"
        + "".join(body)
        + "</tbody>"
        + (foot if total else "")
        + "</table>"
    )


def legend(quotes: Sequence[Quote]) -> str:
    """The line that counts the quotes of each kind and shows their colours.

    >>> legend([]).startswith('<div class="legend"><span class="k-direct">direct: 0</span>')
    True
    """
    kinds = Counter(q.kind for q in quotes)
    items = "".join(f'<span class="k-{kind}">{kind}: {kinds[kind]}</span>' for kind in KINDS)
    repaired = sum(q.repaired for q in quotes)
    return (
        f'<div class="legend">{items}<span class="k-repaired">repaired: {repaired}</span>'
        '<span>cue: <u class="k-cue">underlined</u></span></div>'
    )


def render_html(text: str, quotes: Sequence[Quote], *, title: str = "quotex") -> str:
    """One self-contained HTML page showing ``text`` with its ``quotes`` marked up.

    Quote parts are ``<mark class="q q-KIND">`` (plus ``repaired`` and a tooltip when a mark was
    inferred), cues ``<u class="cue">``, mentions ``<span class="mention">``, each quote is
    followed by a ``<span class="speaker">`` label after its closing mark, and ``<table
    class="speakers">`` gives each speaker's gender and counts the quotes and words. Every piece
    of ``text``, name and title is escaped.

    >>> from quotex import extract
    >>> s = "«Мы готовы», — заявил Иван Петров."
    >>> page = render_html(s, extract(s), title="demo")
    >>> page.startswith("<!DOCTYPE html>")
    True
    >>> '<mark class="q q-direct" data-q="0" data-part="0.0"' in page
    True
    >>> '<u class="cue" data-q="0">заявил</u>' in page
    True
    >>> '<td class="name">Иван Петров</td><td class="g">male</td><td class="n">1</td>' in page
    True
    >>> "&lt;b&gt;" in render_html("<b>", [])
    True
    """
    body = f"<header><h1>{_e(title)}</h1>{legend(quotes)}</header>\n{view(text, quotes)}"
    return page(title=title, body=body)


def view(text: str, quotes: Sequence[Quote]) -> str:
    """The ``<main>`` of the page: the text with its quotes marked up, and the speakers table.
    Every piece of ``text`` and every name is escaped.

    >>> view("<b>Да</b>", []).startswith('<main>\\n<div class="text">&lt;b&gt;Да&lt;/b&gt;</div>')
    True
    """
    index = _index(quotes)
    layers, labels = _layers(text, quotes, index)
    body = _markup(text, layers, labels)
    table = _table(speakers(quotes), index)
    return f'<main>\n<div class="text">{body}</div>\n<aside>{table}</aside>\n</main>\n'


def page(*, title: str, body: str, style: str = "", nonce: str | None = None) -> str:
    """A whole self-contained page: ``title`` (escaped), the view's style and ``style``, then
    ``body``, markup written as it is, and the view's script (with ``nonce``, for a
    Content-Security-Policy that allows only it).

    >>> print(page(title="a<b", body="<p>x</p>", nonce="n1").splitlines()[6])
    <title>a&lt;b</title>
    """
    script = "<script>" if nonce is None else f'<script nonce="{_e(nonce)}">'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="quotex">\n<title>{_e(title)}</title>\n'
        f"<style>{CSS}{style}</style>\n</head>\n<body>\n{body}"
        f"{script}{JS}</script>\n</body>\n</html>\n"
    )
