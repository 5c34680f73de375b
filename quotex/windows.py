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

>>> SUBJECT_BACK_WORDS > 33 and FIRST_SUBJECT_WORDS > 12
True
"""

from __future__ import annotations

# --- attribution: the speaker's mention near a cue (quotex/subjects.py) ------------------------

SUBJECT_BACK_WORDS = 40
"""Words a subject search walks back from a cue's verb toward the clause's start
(``Министр …, выступая …, заявил``). corpus: 33."""

FIRST_SUBJECT_WORDS = 30
"""Words after a sentence's start in which its first subject is looked for (the subject a
gerund or a coordinated verb shares). corpus: 12."""

CONJUNCTION_ADVERBS = 4
"""Adverbs skipped between a conjunction and its verb (``и также затем заявил``). corpus: 1."""

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
