"""Every search window of quotex, in one place: how far a look-back, a look-ahead or a pairing
step may reach, in words, characters or marks.

A small shared module: it imports nothing. A stage that walks from a mark, a word or a cue
walks at most one of these windows, so each mark, word and cue is visited a bounded number of
times and ``extract`` costs time linear in the length of its input, however dense the marks,
dashes, colons or speech verbs are: a long paragraph costs as much per character as a short
one. Without a window, a step that looks back over the whole sentence for every quote costs the
square of the sentence's length on a paragraph of unpaired marks (``« слово « слово …``).

Each window is wider than the farthest any search reaches on the real texts of the shared corpus
(the figure after ``corpus:`` in each comment), so a bound changes no result on ordinary text; it
changes results only on inputs no writer makes, such as a sentence of a thousand quotes.

The time of each stage, for a text of ``n`` characters (every window below is a constant):

- ``segment.Doc``: O(n). One regular-expression pass for paragraphs and one for words; razdel's
  sentences per paragraph (linear in it; a paragraph dense in stops and marks is cut by one
  regular expression instead); every later lookup of a word, sentence or paragraph by position
  is a bisection, O(log n), and a character before or after a position too (``Doc.rfind``).
- ``marks``: O(n). Marks are found in one pass; a mark's role looks at its neighbours (a free
  mark steps back over the spaces before it, which end at the previous mark); pairing keeps a
  stack and an index of its guillemets, so each mark is pushed and popped once.
- ``quotes`` and ``cues``: O(n). A marked span is classified from at most
  :data:`SENTENCE_START_CHARS` before it and the words right after it; a speech verb looks
  :data:`VERB_CLAUSE_CHARS` ahead for its ``что`` or colon and its clause ends within
  ``quotes.MAX_CLAUSE`` characters; a cue is looked for within ``cues.MAX_INTRO`` characters and
  ``cues.MAX_VERB_OFFSET`` words; a fragment is credited within ``quotes.MAX_PARTIAL`` /
  ``quotes.MAX_PARTIAL_LONG`` words.
- ``mentions``: O(n). A name is a run of at most four capitalised words, its case read from
  at most five words before it.
- ``clauses``: O(n). A sentence is chunked into phrases once, on its first question, in one
  left-to-right pass; a subject is looked for within :data:`CLAUSE_WORDS` of its verb, a name
  runs over at most :data:`NAME_WORDS`, a name in marks over :data:`QUOTED_NAME_WORDS`, a
  participle's phrase over :data:`PARTICIPLE_WORDS`; every lookup by word is a dictionary or a
  bisection.
- ``frames``: O(quotes) questions of constant size: a cue asks :mod:`quotex.clauses` once, an
  addressee is looked for within :data:`ADDRESSEE_WORDS` of the verb, a source within
  :data:`SOURCE_WORDS`, a verb before a colon within :data:`VERB_BEFORE_COLON`, a sentence's main
  verb within its first :data:`ACTOR_WORDS`.
- ``registry``, ``attribute``, ``conversation``: O(quotes + mentions). A look-back over the people
  named considers ``registry.RECENT_REACH`` of them; the last speaker counts for
  ``attribute.LAST_SPEAKER_REACH`` paragraphs; an addressee is looked for within
  ``conversation._TO_WINDOW`` characters.

Those windows named with their module's prefix predate this one and still stand beside their
rules; the ones below were added to bound searches that had no window.

>>> CLAUSE_WORDS > 33
True
"""

from __future__ import annotations

# --- clause analysis (quotex/clauses.py) -----------------------------------------------------

CLAUSE_WORDS = 40
"""Words either side of a verb within which its subject is looked for (``Министр …, выступая
…, заявил``). corpus: 33."""

NAME_WORDS = 4
"""Capitalised words a name runs over (``Федор Андреевич Отцов``)."""

QUOTED_NAME_WORDS = 6
"""Words of a name in quote marks (``газета «Новые известия»``)."""

PARTICIPLE_WORDS = 6
"""Words a participle's own phrase may hold before its noun (``осведомленный в деталях сделки
источник``)."""

# --- report frames (quotex/frames.py) ----------------------------------------------------------

ADDRESSEE_WORDS = 6
"""Words after a remark's verb where its ``к`` phrase may stand (``обратился он к сторожу``)."""

ACTOR_WORDS = 12
"""Words at a sentence's start in which its main verb is looked for (who a sentence of narration
shows acting)."""

SOURCE_WORDS = 8
"""Words between a reporting verb and its ``со ссылкой на``."""

VERB_BEFORE_COLON = 3
"""Words between a verb and the colon that introduces speech (``бросил ему: «…»``)."""

ANTECEDENT_CHARS = 20_000
"""Characters before a title in which the body its complement names is looked for (``глава
холдинга`` points back at someone only where a ``холдинг`` came before)."""

# --- conversation (quotex/conversation.py) ---------------------------------------------------

PARTIES = 7
"""Parties a dialogue turn is decided among (the ones the turns around it evidence most; the
narrator, and a party its own remark names, come on top)."""

PARTY_TURNS = 18
"""Turns before a dialogue turn whose evidence makes its parties."""

PARTY_TURNS_AHEAD = 3
"""Turns after a dialogue turn whose evidence makes its parties: a reader knows who is in a
scene from what came before, and from a remark or two just after (``— Кто там? — Свои, —
ответил Олег``), not from people who come in pages later."""

SCENE_GAP_PARAGRAPHS = 2
"""Paragraphs of narration between two dialogue turns beyond which they belong to two scenes."""

# --- detection: quotes and their cues (quotex/quotes.py) ---------------------------------------

VERB_CLAUSE_CHARS = 160
"""Characters after a speech verb in which its ``что`` or its colon is looked for: the
patterns reach 60 characters of words, then only spaces and ``в том,``; without a window the
regular-expression engine scans to the sentence's end for ``что`` after every verb. corpus: 64."""

SENTENCE_START_CHARS = 200
"""Characters before a word or a mark in which the sentence's start is looked for: a quote that
is a whole sentence wants a stop and nothing but spaces and marks before its opening mark; a
description is capitalised only as the sentence's first word, after nothing but dashes and
marks. corpus: only the spaces, dashes and marks right before the word or mark."""

# --- detection: marks (quotex/marks.py) --------------------------------------------------------

DENSE_MARKS = 40
DENSE_MARKS_PER_WORD = 0.9
"""A paragraph of at least :data:`DENSE_MARKS` quote marks, more than
:data:`DENSE_MARKS_PER_WORD` of them per word, is no prose (a scraped menu, a table of symbols,
``« слово « слово …``): its marks are not read as quotes. Every quote costs a search for its
cue and speaker, so a mark after every word would cost several times the time per character of
real text. Prose stays below it even when it quotes one word at a time (``«Да», — сказал он.``:
two marks for three words). corpus: at most 32 marks in a paragraph, at most 0.43 per word among
paragraphs with 10 or more."""
