"""Attribution: quote -> cue -> mention -> entity.

For each quote in text order: the mention at its cue (:mod:`quotex.subjects`) is resolved to an
entity of the document (:mod:`quotex.registry`): a name to the person's fullest name, a pronoun
to the most recent person of its gender, a title to the person who holds it; a quote with no cue
takes the previous speaker (``context``), dialogue turns alternate.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

import regex

from . import lexicon, morph
from .cues import Cue, after_quote
from .mentions import NAME, ORG, PRONOUN, TITLE, Mention, person_names, surname_key
from .quotes import Candidate
from .registry import Entity, Names, Registry, canon_role, conflicts
from .segment import Doc
from .subjects import addressee, find_mention, first_subject, title_complements
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
    doc: Doc, reg: Registry, cand: Candidate, m: Mention, last: Entity | None = None
) -> Speaker | None:
    """The speaker a mention points at. ``last`` is the entity that spoke last nearby: an
    office title given to nobody in the text points back at it first (``заявил Мутко. …
    Министр отметил``).

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
        gender, number = m.gender, m.number
        vg, vn = _verb_gender(doc, cand.cue)
        if gender is None and vg in ("masc", "femn"):
            gender = vg
        if number == "plur" or vn == "plur":
            return None
        e = reg.salient(m.start if m.start < cand.start else cand.start, gender=gender)
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
    tos = [_addressee(doc, c, names) if c.kind == "dialogue" else None for c in candidates]
    _bind_addressed_roles(doc, reg, candidates, tos)
    out: list[Quote] = []
    turns: list[str] = []  # dialogue speakers, most recent last
    told: list[str] = []  # the same, "" where turn-taking guessed or a crowd spoke
    addressed: list[frozenset[str]] = []  # whom each dialogue turn calls by name
    spoken_to: list[tuple[int, str]] = []  # each turn's paragraph and whom its remark names
    prev: Quote | None = None
    last: tuple[int, Entity] | None = None  # the paragraph and entity of the last speaker
    for cand, to in zip(candidates, tos, strict=True):
        para = doc.paragraph_index(cand.start)
        near = last is not None and para - last[0] <= LAST_SPEAKER_REACH
        recent_speaker = last[1] if near and last is not None else None
        speaker = None
        cue = cand.cue
        for c in [cand.cue, *cand.extra_cues]:
            if c is None:
                continue
            m = find_mention(doc, c, names)
            if m is not None:
                speaker = resolve(doc, reg, cand, m, recent_speaker)
                cue = c
                if speaker is not None:
                    break
        if speaker is None and cand.cue is None and cand.kind == "direct":
            speaker, cue = _previous_sentence(doc, reg, cand, names, inside_quote)
        if speaker is None:
            calls = _addressed(doc, reg, cand) if cand.kind == "dialogue" else frozenset()
            answer = _answer(para, spoken_to, turns, calls) if cand.kind == "dialogue" else None
            speaker = answer or _from_context(doc, cand, prev, turns, addressed, calls, told)
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
            turns.append(speaker.name if speaker is not None else "")
            told.append(_participant(speaker))
            addressed.append(_addressed(doc, reg, cand))
            spoken_to.append((para, _spoken_to(reg, to)))
        elif speaker is not None and speaker.via != "context":
            e = reg.by_name.get(speaker.name)
            if e is not None:
                last = (para, e)
        out.append(q)
        prev = q
    return out


def _participant(speaker: Speaker | None) -> str:
    """The speaker of a turn as a party to the conversation: not one guessed (by turn-taking
    or as the one spoken to answering), nor a voice from a crowd (``кто-то из толпы``)."""
    if speaker is None or speaker.rule in ("turn_taking", "addressee_answers"):
        return ""
    if speaker.rule == "description" and (" из " in speaker.name or _inanimate(speaker.name)):
        return ""
    return speaker.name


def _inanimate(description: str) -> bool:
    """Whether a description names no person: ``эхо``, ``голос из толпы``."""
    head = description.split()[-1]
    ps = morph.parses(head)
    return head.islower() and bool(ps) and ps[0].tag.POS == "NOUN" and "inan" in ps[0].tag.grammemes


def _bind_addressed_roles(
    doc: Doc, reg: Registry, candidates: list[Candidate], tos: list[Mention | None]
) -> None:
    """A dialogue turn that calls one person by name while its remark says whom it is spoken
    to by a role (``tos``, one per candidate) names that role's holder: ``— Елдырин, —
    обращается надзиратель к городовому`` makes the policeman Елдырин."""
    for cand, to in zip(candidates, tos, strict=True):
        if to is None or to.kind != TITLE:
            continue
        called = _addressed(doc, reg, cand, opening=True)
        if len(called) == 1:
            reg.bind(to.start, reg.by_name[next(iter(called))], to.key)


def _addressee(doc: Doc, cand: Candidate, names: Names) -> Mention | None:
    """Whom one of a turn's remarks says it is spoken to (see :func:`subjects.addressee`)."""
    for _, end in cand.parts:
        if not _TO_RE.search(doc.text, end, end + _TO_WINDOW):
            continue
        to = addressee(doc, after_quote(doc, end, remarks=True), names)
        if to is not None:
            return to
    return None


_TO_RE = regex.compile(r"\bко?\s")  # `к` opens every addressee a remark names
_TO_WINDOW = 120  # characters after a part where its remark's addressee can be


def _spoken_to(reg: Registry, to: Mention | None) -> str:
    """Whom a dialogue turn's remark says it is spoken to, by their name in the document."""
    if to is None:
        return ""
    if to.kind == NAME:
        e = reg.entity(to)
        return e.name if e is not None else to.name
    e = reg.recent(len(reg.doc.text), role=to.key)
    return e.name if e is not None else to.name


def _answer(
    para: int, spoken_to: list[tuple[int, str]], turns: list[str], calls: frozenset[str]
) -> Speaker | None:
    """The one a turn was spoken to answers it in the next paragraph: ``— Где лошади? —
    обратился землемер к жандарму.`` ``— Которых?`` is the policeman's."""
    if not spoken_to:
        return None
    at, who = spoken_to[-1]
    if not who or para - at != 1 or who == turns[-1] or who in calls:
        return None
    return Speaker(who, None, "context", "addressee_answers")


def _previous_sentence(
    doc: Doc, reg: Registry, cand: Candidate, names: Names, inside_quote
) -> tuple[Speaker | None, Cue | None]:
    """A quote standing alone after a sentence of narration takes that sentence's subject:
    ``Министр обратился к журналистам. «Бюджет будет исполнен».``"""
    k = doc.sentence_index(cand.start)
    if k == 0:
        return None, None
    s_start, s_end = doc.sentences[k - 1]
    if doc.paragraph_index(s_start) != doc.paragraph_index(cand.start) or inside_quote(s_start):
        return None, None
    words = doc.words_from(s_start, 12, s_end)
    finite = (i for i, w in enumerate(words) if morph.first_tag_has(w.lower, "VERB", "indc"))
    verb = next(finite, None)
    if verb is None:
        return None, None
    v = doc.word_index(words[verb].start)
    m = first_subject(doc, s_start, v, names)
    if m is None or m.kind == ORG:
        return None, None
    cue = Cue(words[verb].start, words[verb].end, "verb", (s_start, s_end), "previous_sentence", v)
    speaker = resolve(doc, reg, cand, m)
    if speaker is None:
        return None, None
    return replace(speaker, rule="previous_sentence"), cue


_NAME_CALLED = r"(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s*[,!…]|\s*$)"
_CALL_OPENERS = r"[,!?…]\.*\s*|\b(?:эй|ну|ах|ох|брат|милый|друг|голубчик)\s+"
_VOCATIVE_RE = regex.compile(rf"(?:{_CALL_OPENERS}){_NAME_CALLED}")
_CALL_RE = regex.compile(rf"(?:^|{_CALL_OPENERS}){_NAME_CALLED}")  # also at the turn's start


def _addressed(
    doc: Doc, reg: Registry, cand: Candidate, *, opening: bool = False
) -> frozenset[str]:
    """The people a dialogue turn calls by name: ``Сними-ка, Елдырин, …``, ``Эй, Прохор!``
    (not ``Владимир Иваныч?``, a question about someone). A call that opens the turn
    (``— Ефим, пошел вон!``) is often an order to someone who does not answer; it counts only
    with ``opening``."""
    out = set()
    pattern = _CALL_RE if opening else _VOCATIVE_RE
    for a, b in cand.parts:
        for m in pattern.finditer(doc.text[a:b]):
            for word in reversed(m.group(1).split()):
                e = reg.by_key.get(surname_key(word))
                if e is not None:
                    out.add(e.name)
                    break
    return frozenset(out)


def _from_context(
    doc: Doc,
    cand: Candidate,
    prev: Quote | None,
    turns: list[str],
    addressed: list[frozenset[str]] = (),
    calls: frozenset[str] = frozenset(),
    told: list[str] | None = None,
) -> Speaker | None:
    """A speaker for a quote with no cue of its own: in dialogue the other participant (the
    last speaker before the previous turn's who is not that speaker: turns alternate; ``told``
    lists the speakers the text itself named, ``""`` for turns given by context, which are
    passed over); elsewhere the previous quote's speaker, when it is close."""
    if cand.kind == "dialogue":
        if not turns:
            return None
        called = [n for n in (addressed[-1] if addressed else ()) if n not in (turns[-1], *calls)]
        if len(called) == 1:
            return Speaker(called[0], None, "context", "addressed")  # `— Эй, Прохор! …` `— …`
        if not turns[-1]:
            return None
        for name in reversed(told if told is not None else turns[:-1]):
            if name and name != turns[-1]:
                if name in calls:
                    continue  # the one the turn speaks to is not the one speaking
                return Speaker(name, None, "context", "turn_taking")
        return None
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
