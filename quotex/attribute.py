"""Attribution: quote -> cue -> mention -> entity.

For each quote in text order: the mention at its cue (:mod:`quotex.subjects`) is resolved to an
entity of the document (:mod:`quotex.registry`): a name to the person's fullest name, a pronoun
to the most recent person of its gender, a title to the person who holds it; a quote with no cue
takes the previous speaker (``context``), and a dialogue turn with none is the conversation's
(:mod:`quotex.conversation`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from . import lexicon, morph
from .clauses import Syntax
from .conversation import Conversation
from .cues import Cue
from .frames import Frames
from .mentions import NAME, ORG, PRONOUN, TITLE, Mention, person_names, surname_key
from .punct import QUOTE_MARKS
from .quotes import Candidate
from .registry import Entity, Names, Registry, canon_role, conflicts, title_complements
from .segment import Doc
from .types import Quote, Span, Speaker


def _verb_gender(doc: Doc, cue: Cue | None) -> tuple[str | None, str | None]:
    if cue is None or cue.verb is None:
        return None, None
    p = morph.parses(doc.words[cue.verb].lower)
    if not p:
        return None, None
    tag = p[0].tag
    return (str(tag.gender) if tag.gender else None), (str(tag.number) if tag.number else None)


def _fits_speaker(e: Entity | None, gender: str | None) -> bool:
    return e is not None and (gender not in ("masc", "femn") or e.gender in (None, gender))


def resolve(
    doc: Doc,
    reg: Registry,
    cand: Candidate,
    m: Mention,
    last: Entity | None = None,
    called: frozenset[str] = frozenset(),
) -> Speaker | None:
    """The speaker a mention points at. ``last`` is the entity that spoke last nearby: an
    office title given to nobody in the text points back at it first (``заявил Мутко. …
    Министр отметил``); a pronoun points at nobody in ``called``, whom the quote calls by
    name (``— Федот! — крикнул он``).

    >>> from quotex.quotes import find
    >>> d = Doc("Иван Петров приехал. «Да», — сказал Петров.")
    >>> cand = find(d, ["direct"])[0]
    >>> reg = Registry(d, person_names(d))
    >>> resolve(d, reg, cand, person_names(d)[1]).name
    'Иван Петров'
    """
    mention = Span.of(doc.text, m.start, m.end)
    if m.members:
        people = []
        for member in m.members:
            e = reg.entity(member)
            people.append(e.name if e is not None else member.name)
        listed = ", ".join(people[:-1]) + " и " + people[-1]
        return Speaker(listed, mention, "cue", "list")
    if m.kind == NAME:
        e = reg.entity(m)
        name = e.name if e is not None else m.name
        if e is not None:
            reg.note(m.start, e)
        return Speaker(name, mention, "cue", "name")
    if m.kind == PRONOUN:
        if m.key in _RELATIVE:
            e = _antecedent(doc, reg, m)
            return Speaker(e.name, mention, "pronoun", "relative") if e is not None else None
        if m.key in ("я", "мы"):
            return None
        gender = _pronoun_gender(doc, cand, m)
        _, vn = _verb_gender(doc, cand.cue)
        if m.number == "plur" or vn == "plur":
            return None
        e = reg.salient(min(m.start, cand.start), gender=gender, besides=called)
        if e is None:
            return None
        reg.note(m.start, e)
        return Speaker(e.name, mention, "pronoun", "pronoun_recent")
    if m.kind == TITLE:
        named = reg.by_key.get(surname_key(m.name.split()[-1]))
        if named is not None and m.name[:1].isupper():
            return Speaker(named.name, mention, "cue", "name")
        vg, vn = _verb_gender(doc, cand.cue)
        gender = vg if vg in ("masc", "femn") else None
        here = min(cand.start, m.start)
        if vn != "plur" and not _is_plural(m):
            head, comps = canon_role(m.key, title_complements(doc, m))
            e = reg.recent(here, gender=gender, role=head, comps=comps) or reg.recent(
                len(doc.text), gender=gender, role=head, comps=comps
            )
            rule = "title_role"
            if e is None and lexicon.is_office_title(head):
                e = reg.recent(here, gender=gender, avoid=(head, comps))
                rule = "title_recent"
                if e is None and _fits_speaker(last, gender) and not conflicts(last, head, comps):
                    e, rule = last, "title_last_speaker"
            if e is not None:
                reg.note(m.start, e)
                return Speaker(e.name, mention, "title", rule)
        return Speaker(m.name, mention, "cue", "description")
    return Speaker(m.name, mention, "cue", "organisation")


def _pronoun_gender(doc: Doc, cand: Candidate, m: Mention) -> str | None:
    """The gender a pronoun at the cue says, by itself or by its verb (``обратилась она``)."""
    if m.gender is not None:
        return m.gender
    vg, _ = _verb_gender(doc, cand.cue)
    return vg if vg in ("masc", "femn") else None


LAST_SPEAKER_REACH = 2  # paragraphs

_RELATIVE = frozenset({"который", "которая", "которое", "которые"})


def _antecedent(doc: Doc, reg: Registry, m: Mention) -> Entity | None:
    """The person a relative pronoun refers to: the name that ends right before its comma."""
    i = doc.word_index(m.start)
    for j in range(i - 1, max(-1, i - 3), -1):
        name = reg.name_ending_at(doc.words[j].end)
        if name is not None:
            return reg.entity(name)
    return None


def _is_plural(m: Mention) -> bool:
    ps = morph.parses(m.name.split()[0])
    return bool(ps) and "plur" in ps[0].tag.grammemes


def attribute(doc: Doc, candidates: list[Candidate]) -> list[Quote]:
    """Quotes with speakers, in text order.

    >>> from quotex.quotes import find
    >>> d = Doc("«Мы готовы», — заявила Анна Иванова. «Начнем в мае».")
    >>> [q.speaker.name for q in attribute(d, find(d, ["direct"]))]
    ['Анна Иванова', 'Анна Иванова']
    """
    spans = sorted(p for c in candidates if c.kind != "indirect" for p in c.parts)
    starts = [a for a, _ in spans]

    def inside_quote(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and spans[k][0] <= pos < spans[k][1]

    found = person_names(doc)
    reg = Registry(doc, found, inside_quote)
    names = Names([m for m in found if not inside_quote(m.start)], inside_quote)
    frames = Frames(doc, Syntax(doc, lambda pos: not inside_quote(pos)), names)
    conversation = Conversation(doc, reg, candidates, frames)
    out: list[Quote] = []
    prev: Quote | None = None
    last: tuple[int, Entity] | None = None  # the paragraph and entity of the last speaker
    for index, cand in enumerate(candidates):
        para = doc.paragraph_index(cand.start)
        near = last is not None and para - last[0] <= LAST_SPEAKER_REACH
        recent_speaker = last[1] if near and last is not None else None
        speaker = None
        unresolved: Mention | None = None  # a pronoun at the cue that points at nobody
        called = conversation.callees(index) if cand.kind == "dialogue" else frozenset()
        cue = cand.cue
        for c in [cand.cue, *cand.extra_cues]:
            if c is None:
                continue
            m = frames.reporter(c)
            if m is not None:
                speaker = resolve(doc, reg, cand, m, recent_speaker, called)
                cue = c
                if speaker is not None:
                    break
                if m.kind == PRONOUN:
                    unresolved = m
        if speaker is None and cand.cue is None and cand.kind == "direct":
            speaker, cue = _previous_sentence(doc, reg, frames, cand, inside_quote)
        if speaker is None and cand.kind == "dialogue":
            speaker = conversation.speaker(index)
            if speaker is not None and unresolved is not None:
                if not _fits_speaker(
                    reg.by_name.get(speaker.name), _pronoun_gender(doc, cand, unresolved)
                ):
                    speaker = None  # `— обратилась она`: not the man turn-taking would give
        elif speaker is None:
            speaker = _from_context(doc, cand, prev)
        parts = tuple(Span.of(doc.text, a, b) for a, b in cand.parts)
        q = Quote(
            kind=cand.kind,  # type: ignore[arg-type]
            parts=parts,
            cue=Span.of(doc.text, cue.start, cue.end) if cue is not None else None,
            speaker=speaker,
            repaired=cand.repaired,
            rule=cand.rule,
        )
        if cand.kind == "dialogue":
            conversation.add(index, speaker)
        elif speaker is not None and speaker.via != "context":
            e = reg.by_name.get(speaker.name)
            if e is not None:
                last = (para, e)
        out.append(q)
        prev = q
    return identify(doc, reg, out)


def identify(doc: Doc, reg: Registry, quotes: list[Quote]) -> list[Quote]:
    """The quotes with each speaker's ``id`` (one per entity of the document, ``e1``, ``e2``, …
    in order of first appearance) and ``gender``: the named person's, else what the cue verbs
    of that speaker's quotes agree in (``— сказала старушка``), else the description's own
    (``жена``); a list of people has none.

    >>> from quotex.quotes import find
    >>> d = Doc("«Да», — сказала соседка. «Нет», — ответил Иван Петров. «Ну», — сказала соседка.")
    >>> [(q.speaker.id, q.speaker.gender) for q in attribute(d, find(d, ["direct"]))]
    [('e1', 'femn'), ('e2', 'masc'), ('e1', 'femn')]
    """
    ids: dict[str, str] = {}
    votes: dict[str, Counter[str]] = {}
    for q in quotes:
        s = q.speaker
        if s is None:
            continue
        ids.setdefault(s.name, f"e{len(ids) + 1}")
        tally = votes.setdefault(s.name, Counter())
        if s.rule == "list":
            tally["-"] += 100
            continue
        e = reg.by_name.get(s.name)
        if e is not None and e.gender is not None:
            tally[e.gender] += 10
        if q.cue is not None and s.via != "context":
            i = doc.word_index(q.cue.start)
            if i < len(doc.words) and doc.words[i].start == q.cue.start:
                g = _past_gender(doc.words[i].lower)
                if g is not None:
                    tally[g] += 2
        if s.mention is not None and s.via == "cue":
            g = _noun_gender(s.name)
            if g is not None:
                tally[g] += 1
    genders: dict[str, str | None] = {}
    for name, tally in votes.items():
        best = tally.most_common(1)
        g = best[0][0] if best else None
        genders[name] = g if g in ("masc", "femn") else None
    out = []
    for q in quotes:
        s = q.speaker
        if s is not None:
            q = replace(q, speaker=replace(s, id=ids[s.name], gender=genders[s.name]))
        out.append(q)
    return out


def _past_gender(word: str) -> str | None:
    """The gender a past-tense verb agrees in (``сказала`` → ``femn``), or ``None``."""
    for p in morph.parses(word)[:1]:
        if p.tag.POS == "VERB" and "past" in p.tag.grammemes and p.tag.gender in ("masc", "femn"):
            return str(p.tag.gender)
    return None


def _noun_gender(name: str) -> str | None:
    """The gender of a description's head, an animate noun (``старушка``, ``кондуктор``)."""
    for w in name.split():
        for p in morph.parses(w)[:1]:
            if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and "nomn" in p.tag.grammemes:
                g = p.tag.gender
                return str(g) if g in ("masc", "femn") else None
    return None


def _previous_sentence(
    doc: Doc, reg: Registry, frames: Frames, cand: Candidate, inside_quote
) -> tuple[Speaker | None, Cue | None]:
    """A quote standing alone after a sentence of narration takes that sentence's subject:
    ``Министр обратился к журналистам. «Бюджет будет исполнен».``; so does a quote opening the
    paragraph after one that ends in a verb of speech or thought (``… и стал думать.``
    ``«Как теперь быть?»``)."""
    k = doc.sentence_index(cand.start)
    if k == 0:
        return None, None
    s_start, s_end = doc.sentences[k - 1]
    if inside_quote(s_start) or inside_quote(s_end - 1) or _quote_mark_in(doc, s_start, s_end):
        return None, None  # the sentence before holds speech itself: no narration
    para = doc.paragraph_index(cand.start)
    if doc.paragraph_index(s_start) != para and not (
        doc.paragraph_index(s_start) == para - 1
        and not doc.text[doc.paragraphs[para][0] : cand.start].strip(' «"„“')
        and _ends_in_speech(doc, s_start, s_end)
    ):
        return None, None
    acting = frames.actor(k - 1)
    if acting is None or acting[0].kind == ORG:
        return None, None
    m, v = acting
    verb = doc.words[v]
    cue = Cue(verb.start, verb.end, "verb", (s_start, s_end), "previous_sentence", v)
    speaker = resolve(doc, reg, cand, m)
    if speaker is None:
        return None, None
    return replace(speaker, rule="previous_sentence"), cue


def _quote_mark_in(doc: Doc, start: int, end: int) -> bool:
    return any(ch in QUOTE_MARKS for ch in doc.text[start:end])


def _ends_in_speech(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence ends in a verb of speech or thought (``стал думать``)."""
    tail = doc.words_between(start, end)[-3:]
    return any(lexicon.is_speech_verb(w.lower) or lexicon.is_thought_verb(w.lower) for w in tail)


def _from_context(doc: Doc, cand: Candidate, prev: Quote | None) -> Speaker | None:
    """A speaker for a quote outside dialogue with no cue of its own: the previous quote's
    speaker, when it is close (the next paragraph of a speech)."""
    if prev is None or prev.speaker is None or prev.kind == "dialogue":
        return None
    if cand.cue is not None and cand.cue.kind in ("verb", "frame"):
        return None  # `— предупреждали`, `как сообщается`: a report that names nobody
    if _adjacent(doc, prev.end, cand.start):
        return Speaker(prev.speaker.name, None, "context", "previous_speaker")
    return None


def _adjacent(doc: Doc, a: int, b: int) -> bool:
    """Whether ``b`` is in the same or the next paragraph as ``a``."""
    return 0 <= doc.paragraph_index(b) - doc.paragraph_index(a) <= 1
