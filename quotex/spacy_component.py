"""A spaCy pipeline component ``"quotex"`` (install ``quotex[spacy]``).

It runs ``quotex.extract`` on ``doc.text`` and puts **one span per quote part** in
``doc.spans["quotes"]``: a quote split by the author's words (``«A, — сказал X. — B»``) gives two
spans that share ``_.quotex_quote``, the quote's number in the document. Each span's label is the
quote's kind (``direct``, ``dialogue``, ``partial``, ``indirect``) and it carries:

- ``span._.quotex_speaker``: the speaker's name in the nominative, or ``None``;
- ``span._.quotex_kind``: the kind (also ``span.label_``);
- ``span._.quotex_via``: how the speaker was found (``cue``, ``pronoun``, ``title``,
  ``context``), or ``None``;
- ``span._.quotex_quote``: the quote's number, from 0, in text order;
- ``span._.quotex_repaired``: whether a quote mark was inferred.

``doc._.quotex_quotes`` holds every quote as ``Quote.to_dict()`` (character offsets, the cue and
the mention), which survives ``doc.to_bytes()`` and ``DocBin``. A part's characters are widened
to whole tokens (``doc.char_span(..., alignment_mode="expand")``): quotex's offsets are exact,
spaCy's spans are token spans.

The factory is registered when this module is imported, and through the ``spacy_factories``
entry point of the installed package, so ``nlp.add_pipe("quotex")`` works in any pipeline, for
example ``spacy.blank("ru")`` (quotex needs no tagger or parser)::

    >>> import spacy
    >>> nlp = spacy.blank("ru")
    >>> _ = nlp.add_pipe("quotex")
    >>> doc = nlp("«Мы готовы», — заявил Иван Петров.")
    >>> [(s.text, s.label_, s._.quotex_speaker, s._.quotex_via) for s in doc.spans["quotes"]]
    [('Мы готовы', 'direct', 'Иван Петров', 'cue')]

Config: ``spans_key`` (default ``"quotes"``) and ``kinds`` (a list of kinds, default all).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extract import extract
from .types import Kind

SPANS_KEY = "quotes"
SPAN_EXTENSIONS = ("quotex_speaker", "quotex_kind", "quotex_via", "quotex_quote", "quotex_repaired")


def _register_extensions() -> None:
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("quotex_quotes"):
        Doc.set_extension("quotex_quotes", default=None)


class QuotexComponent:
    """Finds the quotes of each ``Doc`` and stores them in ``doc.spans[spans_key]``.

    >>> import spacy
    >>> nlp = spacy.blank("ru")
    >>> quotex = nlp.add_pipe("quotex", config={"kinds": ["indirect"]})
    >>> doc = nlp("«Мы готовы», — заявил Петров. Он добавил, что устал.")
    >>> [(s.text, s.label_, s._.quotex_speaker) for s in doc.spans["quotes"]]
    [('устал.', 'indirect', 'Петров')]
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "quotex",
        *,
        spans_key: str = SPANS_KEY,
        kinds: Iterable[Kind] | None = None,
    ) -> None:
        _register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.kinds: tuple[Kind, ...] | None = None if kinds is None else tuple(kinds)
        extract("", kinds=self.kinds)  # an unknown kind fails here, when the pipeline is built

    def __call__(self, doc: Doc) -> Doc:
        quotes = extract(doc.text, kinds=self.kinds)
        spans: list[Span] = []
        for number, quote in enumerate(quotes):
            speaker = quote.speaker
            for part in quote.parts:
                span = doc.char_span(part.start, part.end, quote.kind, alignment_mode="expand")
                if span is None:  # pragma: no cover - "expand" finds a span for any text
                    continue
                span._.quotex_speaker = speaker.name if speaker else None
                span._.quotex_kind = quote.kind
                span._.quotex_via = speaker.via if speaker else None
                span._.quotex_quote = number
                span._.quotex_repaired = quote.repaired
                spans.append(span)
        doc.spans[self.spans_key] = spans
        doc._.quotex_quotes = [q.to_dict() for q in quotes]
        return doc


@Language.factory(
    "quotex",
    default_config={"spans_key": SPANS_KEY, "kinds": None},
    assigns=["doc.spans", "doc._.quotex_quotes"],
)
def make_quotex(
    nlp: Language, name: str, spans_key: str, kinds: list[str] | None
) -> QuotexComponent:
    """The ``"quotex"`` factory, for ``nlp.add_pipe("quotex", config={...})``.

    >>> import spacy
    >>> spacy.blank("ru").add_pipe("quotex").spans_key
    'quotes'
    """
    return QuotexComponent(nlp, name, spans_key=spans_key, kinds=kinds)  # type: ignore[arg-type]
