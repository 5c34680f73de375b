"""Attribution: quote -> cue -> mention -> entity.

For each quote in text order: the mention at its cue (:mod:`quotex.subjects`) is resolved to an
entity of the document (:mod:`quotex.registry`): a name to the person's fullest name, a pronoun
to the most recent person of its gender, a title to the person who holds it; a quote with no cue
takes the previous speaker (``context``), and a dialogue turn with none is the conversation's
(:mod:`quotex.conversation`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

import regex

from . import lexicon, morph
from .clauses import Syntax, can_be_person, verb_agreement
from .conversation import (
    NARRATOR,
    NOBODY,
    Turn,
    asks_name,
    calls,
    decide,
    own_name,
    role_calls,
)
from .cues import Cue, after_quote
from .frames import Frames
from .mentions import (
    NAME,
    ORG,
    PRONOUN,
    TITLE,
    Mention,
    person_names,
    sentence_capital,
    surname_key,
)
from .punct import QUOTE_MARKS
from .quotes import Candidate, Taken
from .registry import Entity, Names, Registry, canon_role, may_hold, title_complements
from .segment import Doc
from .types import Quote, Span, Speaker, Via
from .windows import ANTECEDENT_CHARS, PARTIES


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
            _learn_gender(doc, e, cand.cue.verb if cand.cue is not None else None)
        return Speaker(name, mention, "cue", "name")
    if m.kind == PRONOUN:
        if m.key in _RELATIVE:
            e = _antecedent(doc, reg, m)
            return Speaker(e.name, mention, "pronoun", "relative") if e is not None else None
        if m.key in ("я", "мы"):
            return None
        gender = _pronoun_gender(doc, cand, m)
        _, vn = _verb_gender(doc, cand.cue)
        plural = m.number == "plur" or vn == "plur"  # `по их словам`: people spoken of together
        e = reg.salient(min(m.start, cand.start), gender=gender, besides=called, plural=plural)
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
        e, rule = holder(doc, reg, m, here, gender, plural=vn == "plur", last=last)
        if e is not None:
            reg.note(m.start, e)
            _learn_gender(doc, e, cand.cue.verb if cand.cue is not None else None)
            via: Via = "title" if rule != "description" else "cue"
            return Speaker(e.name, mention, via, rule)
        return Speaker(m.name, mention, "cue", "description")
    return Speaker(m.name, mention, "cue", "organisation")


def holder(
    doc: Doc,
    reg: Registry,
    m: Mention,
    here: int,
    gender: str | None,
    *,
    plural: bool = False,
    last: Entity | None = None,
) -> tuple[Entity | None, str]:
    """The entity a title or a description stands for, and the rule that found it: the person
    the text gave that role (``министр`` after ``министр финансов Иван Петров``); for an office
    nobody holds, the latest person with no other such office, or the one who spoke last; for
    someone the text only describes, that description's own entity (``старушонка`` …
    ``старушонка``); ``None`` for a thing.

    >>> from quotex.mentions import TITLE
    >>> d = Doc("Министр финансов Петр Сидоров прилетел. Министр улыбнулся.")
    >>> reg = Registry(d, person_names(d))
    >>> e, rule = holder(d, reg, Mention(40, 47, TITLE, "министр", "министр"), 40, None)
    >>> e.name, rule
    ('Петр Сидоров', 'title_role')
    """
    if not plural and not _is_plural(m):
        head, comps = canon_role(m.key, title_complements(doc, m))
        e = reg.recent(here, gender=gender, role=head, comps=comps) or reg.recent(
            len(doc.text), gender=gender, role=head, comps=comps
        )
        if e is not None:
            return e, "title_role"
        if lexicon.is_office_title(head) and _anaphoric(head, comps) and not _introduces(doc, m):
            e = reg.recent(here, gender=gender, avoid=(head, comps))
            if e is not None:
                return e, "title_recent"
            if _fits_speaker(last, gender) and may_hold(last, head, comps):
                return last, "title_last_speaker"
    member = _member(reg, m, here)
    if member is not None:
        return member, "member"
    bearer = _bearer(doc, reg, m)
    if bearer is not None:
        return bearer, "bearer"
    if _person_description(m):  # someone the text only describes: `старушонка`
        return reg.describe(m), "description"
    return None, "description"


_ADJ_BEFORE_NAME_RE = regex.compile(
    r"\b(?P<adj>\p{Ll}{4,})\s+(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})"
)


def _bearer(doc: Doc, reg: Registry, m: Mention) -> Entity | None:
    """The named person a description noun stands for when it is built on an adjective the
    text gave that person before (``горбатый Олег`` … ``горбач``, ``толстый Иван`` …
    ``толстяк``): the noun names them by that feature. One person only, within
    :data:`~quotex.windows.ANTECEDENT_CHARS` before.

    >>> d = Doc("Пришел бородатый Олег. Бородач сел.")
    >>> from quotex.mentions import TITLE
    >>> _bearer(d, Registry(d, person_names(d)), Mention(23, 30, TITLE, "бородач", "бородач")).name
    'Олег'
    """
    if m.kind != TITLE or m.name.lower() != m.key or len(m.key) < 5:
        return None
    found: set[str] = set()
    for hit in _ADJ_BEFORE_NAME_RE.finditer(doc.text, max(0, m.start - ANTECEDENT_CHARS), m.start):
        adj = hit.group("adj")
        if adj[:4] != m.key[:4] or not morph.first_tag_has(adj, "ADJF"):
            continue
        e = reg.by_key.get(surname_key(hit.group("name").split()[-1]))
        if e is not None and e.kind == "person":
            found.add(e.name)
    return reg.by_name.get(found.pop()) if len(found) == 1 else None


# Words that stand for one member of a group the text has just shown (`— говорит одна`).
_MEMBERS = frozenset({"один", "одна", "другой", "другая", "второй", "вторая"})


def _member(reg: Registry, m: Mention, here: int) -> Entity | None:
    """The one a bare ``один``, ``одна``, ``другой`` stands for: a member of the latest group
    the text described (``Вошли две старушки. — Сядем, — говорит одна.`` is a ``старушка``),
    named by the group's head noun, one entity per member word; ``None`` where no group was
    described or the group is a list of names.

    >>> from quotex.mentions import TITLE
    >>> d = Doc("Вошли две старушки. Одна села.")
    >>> reg = Registry(d, person_names(d))
    >>> group = reg.describe(Mention(6, 18, TITLE, "старушки", "старушка", "femn", "plur"))
    >>> reg.note(6, group)
    >>> _member(reg, Mention(20, 24, TITLE, "одна", "одна", "femn"), 20).name
    'старушка'
    """
    word = m.name.lower()
    if word not in _MEMBERS:
        return None
    group = reg.salient(here, plural=True)
    if group is None or group.kind != "description":
        return None
    head = group.key[1:].split("|")[0]
    gender = next((p.tag.gender for p in morph.parses(head) if p.tag.POS == "NOUN"), None)
    if m.gender is not None and gender not in (None, m.gender):
        return None
    key = f"{head}|{word}"
    return reg.describe(Mention(m.start, m.end, TITLE, head, key, m.gender, "sing"))


def _anaphoric(head: str, comps: frozenset[str]) -> bool:
    """Whether a title can point back at someone named before: a bare one (``министр``), the
    head of a body (``руководитель холдинга``), or one completed by places and institutions
    only (``представитель МИД России``); another role completed by something of its own
    (``представитель партии зеленых``) introduces someone new.

    >>> _anaphoric("глава", frozenset({"холдинг"})), _anaphoric("эксперт", frozenset())
    (True, True)
    >>> _anaphoric("представитель", frozenset({"партия", "зеленый"}))
    False
    """
    if lexicon.is_head_title(head):
        return True
    return all(lexicon.place(c) or c in lexicon.institution_words() for c in comps)


def _introduces(doc: Doc, m: Mention) -> bool:
    """Whether a title is completed by a name the text has not named before it: the title then
    introduces someone new (``Олег Смирнов возглавил «Вектор». … глава миссии «Лотос» заявил``
    is no Смирнов), while ``глава «Вектора»`` or ``глава холдинга`` may point back at him.
    Places are known to every reader. A name counts as named where its stem stands in the
    :data:`~quotex.windows.ANTECEDENT_CHARS` before.

    >>> from quotex.mentions import title_at
    >>> d = Doc("Олег Смирнов возглавил «Вектор». Глава миссии «Лотос» ушел. Глава «Вектора» тоже.")
    >>> _introduces(d, title_at(d, 4)), _introduces(d, title_at(d, 8))
    (True, False)
    """
    memo = doc.memo(_introduces)
    text = memo.get("lower")
    if text is None:
        text = memo["lower"] = doc.text.lower()
    lo = max(0, m.start - ANTECEDENT_CHARS)
    for w in doc.words_between(m.start, m.end):
        if not w.is_capitalized or sentence_capital(doc, w) or len(w.text) < 4:
            continue
        lemma = morph.lemma(w.lower)
        if lexicon.place(w.lower) or lexicon.place(lemma):
            continue
        stem = lemma[: -2 if len(lemma) > 5 else -1]
        if text.find(stem, lo, m.start) < 0:
            return True
    return False


def _learn_gender(doc: Doc, e: Entity, v: int | None) -> None:
    """Give a person whose name says no gender the one their verb agrees in: ``Франк-Вальтер
    Штайнмайер заявил`` is a man, though the dictionary knows neither word."""
    if e.gender is not None or v is None:
        return
    agreement = verb_agreement(doc.words[v].lower)
    if agreement is not None and agreement.gender in ("masc", "femn"):
        e.gender = agreement.gender


def _pronoun_gender(doc: Doc, cand: Candidate, m: Mention) -> str | None:
    """The gender a pronoun at the cue says, by itself or by its verb (``обратилась она``)."""
    if m.gender is not None:
        return m.gender
    vg, _ = _verb_gender(doc, cand.cue)
    return vg if vg in ("masc", "femn") else None


LAST_SPEAKER_REACH = 2  # paragraphs
NARRATION_SENTENCES = 3  # sentences of narration read before a quote

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
    """Whether a mention names several people: its phrase's number, or its first word's."""
    if m.number == "plur":
        return True
    ps = morph.parses(m.name.split()[0])
    return bool(ps) and "plur" in ps[0].tag.grammemes


def attribute(doc: Doc, candidates: list[Candidate]) -> list[Quote]:
    """Quotes with speakers, in text order.

    The document is read once, in text order: the narration between quotes tells who acts
    (whom a later pronoun points at), and each quote's cue names its speaker where it can.
    Then the dialogue turns of each scene are decided together (:mod:`quotex.conversation`).

    >>> from quotex.quotes import find
    >>> d = Doc("«Мы готовы», — заявила Анна Иванова. «Начнем в мае».")
    >>> [q.speaker.name for q in attribute(d, find(d, ["direct"]))]
    ['Анна Иванова', 'Анна Иванова']
    """
    if not candidates:
        return []  # no quote: the names, the registry and the narration would go unread
    speech = Taken(p for c in candidates if c.kind != "indirect" for p in c.parts)
    inside_quote = speech.covers

    found = person_names(doc)
    reg = Registry(doc, found, inside_quote)
    names = Names([m for m in found if not inside_quote(m.start)], inside_quote)
    frames = Frames(doc, Syntax(doc, lambda pos: not inside_quote(pos)), names)
    reading = Reading(doc, reg, frames, speech)
    for cand in candidates:
        if cand.kind == "dialogue":
            _bind_role(doc, reg, frames, cand)
    speakers: list[Speaker | None] = []
    cues: list[Cue | None] = []
    turns: dict[int, Turn] = {}
    pronouns: dict[int, Mention] = {}
    prev: tuple[Candidate, Speaker | None] | None = None
    last: tuple[int, Entity] | None = None  # the paragraph and entity of the last speaker
    previous_turn_end = -1
    for index, cand in enumerate(candidates):
        reading.up_to(cand.start)
        para = doc.paragraph_index(cand.start)
        near = last is not None and para - last[0] <= LAST_SPEAKER_REACH
        recent_speaker = last[1] if near and last is not None else None
        called, summoned = (
            _called(doc, reg, cand) if cand.kind == "dialogue" else (frozenset(), frozenset())
        )
        speaker, cue, said = _from_cues(doc, reg, frames, cand, recent_speaker, called)
        if speaker is None and cand.cue is None and cand.kind == "direct":
            speaker, cue = _previous_sentence(doc, reg, frames, cand, speech)
        if cand.kind == "dialogue":
            turns[index] = _turn(doc, reg, frames, cand, speaker, said, called)
            turns[index].summons = summoned
            turn = turns[index]
            turn.actor, turn.narrated = reading.actor_since(previous_turn_end)
            answered = _answers_call(turn, said, turns.get(index - 1))
            if answered is not None and speaker is not None:
                speaker = replace(speaker, name=answered, via="title", rule="answers_call")
            if turn.narrated and _after_colon(doc, cand.start):
                turn.introducer = turn.actor
            turn.present = reading.actors_since(previous_turn_end)
            if turn.addressee is None:
                turn.addressee = _asked(doc, cand, turn)
            if said is not None and said.kind == PRONOUN:
                pronouns[index] = said
            previous_turn_end = cand.end
        elif speaker is None and prev is not None:
            speaker = _from_context(doc, cand, *prev)
        if speaker is not None and speaker.via != "context" and cand.kind != "dialogue":
            e = reg.by_name.get(speaker.name)
            if e is not None:
                last = (para, e)
        speakers.append(speaker)
        cues.append(cue)
        prev = (cand, speaker)
    _converse(reg, turns, pronouns, speakers)
    _named_by_themselves(doc, reg, candidates, speakers)
    out = []
    for cand, speaker, cue in zip(candidates, speakers, cues, strict=True):
        out.append(
            Quote(
                kind=cand.kind,  # type: ignore[arg-type]
                parts=tuple(Span.of(doc.text, a, b) for a, b in cand.parts),
                cue=Span.of(doc.text, cue.start, cue.end) if cue is not None else None,
                speaker=speaker,
                repaired=cand.repaired,
                rule=cand.rule,
            )
        )
    return identify(doc, reg, out)


def _from_cues(
    doc: Doc,
    reg: Registry,
    frames: Frames,
    cand: Candidate,
    recent: Entity | None,
    called: frozenset[str],
) -> tuple[Speaker | None, Cue | None, Mention | None]:
    """The speaker the quote's cues name, the cue that named it, and the mention they found
    (a pronoun that points at nobody yet is still returned: the conversation may settle it)."""
    said: Mention | None = None
    for c in [cand.cue, *cand.extra_cues]:
        if c is None:
            continue
        m = frames.reporter(c)
        if m is None:
            continue
        said = said or m
        speaker = resolve(doc, reg, cand, m, recent, called)
        if speaker is not None:
            return speaker, c, m
    return None, cand.cue, said


class Reading:
    """The narration read so far: each sentence outside quotes, once, in text order, its
    actor (the subject of its main verb) noted as the latest person pointed at. Only the
    :data:`~quotex.windows.NARRATION_SENTENCES` sentences before a quote are read."""

    def __init__(self, doc: Doc, reg: Registry, frames: Frames, speech: Taken) -> None:
        self.doc = doc
        self.reg = reg
        self.frames = frames
        self.speech = speech
        self.next = 0  # the first sentence not read yet
        self.actors: list[tuple[int, str]] = []  # (where, the party's name), in text order
        self.company: list[tuple[int, str]] = []  # … the people shown with them
        self.narration_end = -1  # where the latest sentence of narration read ends

    def up_to(self, pos: int) -> None:
        """Read the narration sentences that end before ``pos``."""
        doc = self.doc
        k_end = doc.sentence_index(pos)
        k = max(self.next, k_end - NARRATION_SENTENCES)
        while k < k_end:
            s_start, s_end = doc.sentences[k]
            if not self.speech.touches(s_start, s_end) and not _quote_mark_in(doc, s_start, s_end):
                self.narration_end = s_end
                acting = self.frames.actor(k)
                if acting is not None and acting[0].kind == PRONOUN and acting[0].key == "я":
                    self.actors.append((acting[0].start, NARRATOR))  # a first-person narrator
                elif acting is not None:
                    e = self._entity(acting[0])
                    if e is not None:
                        self.reg.note(acting[0].start, e)
                        self.actors.append((acting[0].start, e.name))
                        _learn_gender(doc, e, acting[1])
                    shown = self.frames.company(acting[1])  # `… встретила Петра`
                    opening = self.frames.opening_actor(k)  # `Поел Олег, и мать сказала:`
                    if opening is not None and opening[0] is not acting[0]:
                        shown.append(opening[0])
                    for m in shown:
                        other = self._entity(m)
                        if other is not None:
                            self.company.append((m.start, other.name))
            k += 1
        self.next = max(self.next, k_end)

    def _entity(self, m: Mention) -> Entity | None:
        if m.kind == NAME and not m.members:
            return self.reg.entity(m)
        if m.kind == TITLE:
            return holder(self.doc, self.reg, m, m.start, m.gender)[0]
        return None

    def actors_since(self, pos: int) -> tuple[str, ...]:
        """Everyone the narration after ``pos`` shows acting or shows with the one acting
        (``Анна встретила Петра``), the latest :data:`~quotex.windows.PARTIES` at most."""
        out: list[str] = []
        shown = sorted([*self.actors[-PARTIES * 2 :], *self.company[-PARTIES * 2 :]])
        for at, name in reversed(shown):
            if at <= pos or len(out) >= PARTIES:
                break
            if name not in out:
                out.append(name)
        return tuple(out)

    def actor_since(self, pos: int) -> tuple[str | None, bool]:
        """The latest party the narration after ``pos`` shows acting, and whether any
        narration was read after ``pos``."""
        if self.actors and self.actors[-1][0] > pos:
            return self.actors[-1][1], True
        return None, self.narration_end > pos >= 0


# Words that stand for what a colon brings: it is the verb's object, not speech of its subject
# (``увидел вот что:``).
_CATAPHORIC = frozenset({"что", "следующее", "такое", "это", "так"})


def _after_colon(doc: Doc, pos: int) -> bool:
    """Whether the text right before a turn at ``pos`` (past its dash and the line break) ends
    in a colon: the narration introduces the turn (``Мать всплеснула руками:\\n— Живой!``),
    unless a word before the colon stands for what follows (``увидел вот что:``).

    >>> d = Doc("Мать всплеснула руками:\\n— Живой!")
    >>> _after_colon(d, d.text.index("Живой")), _after_colon(d, 0)
    (True, False)
    >>> d = Doc("Мать увидела вот что:\\n— Живой!")
    >>> _after_colon(d, d.text.index("Живой"))
    False
    """
    before = doc.text[max(0, pos - 40) : pos].rstrip(" \t\n—–-")
    if not before.endswith(":"):
        return False
    words = before[:-1].split()
    return not words or words[-1].lower() not in _CATAPHORIC


def _person_description(m: Mention) -> bool:
    """Whether a description names a person (or people): its head is animate, or an adjective
    standing for a noun (``больной``).

    >>> from quotex.mentions import TITLE
    >>> _person_description(Mention(0, 3, TITLE, "эхо", "эхо"))
    False
    """
    return can_be_person(m.key)


def _called(doc: Doc, reg: Registry, cand: Candidate) -> tuple[frozenset[str], frozenset[str]]:
    """The parties a turn calls by name (``— Эй, Прохор!``), names the dictionary knows as
    names or that the narration names, or by a role the text gave them (``— Собирайся,
    жена:``); and those of them called other than at a part's start, who are expected to
    answer (see :func:`~quotex.conversation.calls`)."""
    out: set[str] = set()
    summoned: set[str] = set()
    for a, b in cand.parts:
        for words, opening in calls(doc.text[a:b]):
            for word in reversed(words.split()):
                e = reg.by_key.get(surname_key(word))
                if e is None:
                    continue
                name_like = any(morph.tag_has(word, g) for g in ("Name", "Surn", "Patr"))
                if name_like or reg.named_outside_quotes(e):
                    out.add(e.name)
                    if not opening:
                        summoned.add(e.name)
                    break
        for head, opening in role_calls(doc.text[a:b]):  # `Собирайся, жена:`
            e = reg.called_by(head)
            if e is not None:
                out.add(e.name)
                if not opening:
                    summoned.add(e.name)
    return frozenset(out), frozenset(summoned)


def _turn(
    doc: Doc,
    reg: Registry,
    frames: Frames,
    cand: Candidate,
    speaker: Speaker | None,
    said: Mention | None,
    called: frozenset[str],
) -> Turn:
    """What a turn's remark says of its speaker (see :class:`~quotex.conversation.Turn`)."""
    turn = Turn(doc.paragraph_index(cand.start), calls=called)
    if speaker is not None and speaker.via in ("cue", "title"):
        turn.speaker = speaker.name
        turn.passing = said is not None and said.kind == TITLE and _passing(said)
    elif speaker is not None and speaker.via == "pronoun":
        turn.pointed = speaker.name
    if said is not None and said.kind == PRONOUN and said.key in ("я", "мы"):
        turn.narrator = True
    verb_g, verb_n = _verb_gender(doc, cand.cue)
    if said is not None and said.kind == PRONOUN and said.gender in ("masc", "femn"):
        turn.gender = said.gender
    elif verb_g in ("masc", "femn") and (said is None or said.kind == PRONOUN):
        turn.gender = verb_g
    turn.plural = verb_n == "plur" or (said is not None and said.number == "plur")
    if cand.cue is not None and cand.cue.verb is not None and said is None and speaker is None:
        v = cand.cue.verb
        agreement = verb_agreement(doc.words[v].lower)
        if lexicon.is_perception_verb(doc.words[v].lower):  # `— слышит Иван`: he hears it
            hearer = frames.syntax.subject(v)
            m = frames.mention(hearer) if hearer is not None else None
            e = reg.entity(m) if m is not None and m.kind == NAME else None
            turn.listener = e.name if e is not None else None
        elif agreement is not None and agreement.person == "1per":
            turn.narrator = True  # `— спрашиваю`: the narrator's own words
        elif agreement is not None and agreement.person != "2per":
            # `— говорит,`: a verb with no subject speaks of the topic
            e = reg.salient(cand.start, gender=turn.gender, besides=called, plural=turn.plural)
            turn.pointed = e.name if e is not None else None
    to = _addressee(frames, cand)
    if to is not None:
        e = reg.entity(to) if to.kind == NAME else None
        if e is None and to.kind == TITLE:
            e = holder(doc, reg, to, len(doc.text), None)[0]
        if to.kind == PRONOUN:  # `— сказала ему мать`: the one he points at, not the speaker
            besides = frozenset({turn.speaker or turn.pointed or ""})
            plural = to.number == "plur"
            e = reg.salient(to.start, gender=to.gender, besides=besides, plural=plural)
        turn.addressee = e.name if e is not None else None
    return turn


_SECOND_PERSON_RE = regex.compile(
    r"(?i)\b(?:ты|тебя|тебе|тобой|твой|твоя|твое|твоё|твои|вы|вас|вам|вами)\b"
)


def _asked(doc: Doc, cand: Candidate, turn: Turn) -> str | None:
    """Whom a question, or words that speak to someone in the second person (``Какая у тебя
    телега!``), are said to when neither the remark nor a call says: the one other person the
    narration right before shows (``Вошел Олег. Его встретил сторож. — Где хозяин? —
    спросил Олег.`` asks the watchman), who answers next."""
    asker = turn.speaker or turn.pointed
    text = doc.text[cand.parts[0][0] : cand.parts[0][1]]
    spoken_to = text.rstrip().endswith("?") or _SECOND_PERSON_RE.search(text) is not None
    if asker is None or not spoken_to or calls(text) or role_calls(text):
        return None  # said to no one, or to whom it calls (`Как живешь, друг?`)
    others = {p for p in (turn.actor, *turn.present) if p and p not in (asker, NARRATOR)}
    return others.pop() if len(others) == 1 else None


def _answers_call(turn: Turn, said: Mention | None, before: Turn | None) -> str | None:
    """The one a voice is (``голос``, ``бас``: see :func:`quotex.lexicon.is_voice`), when it
    answers the turn right before that called one person (``— Эй, Прохор! — Иду! — отозвался
    голос из сеней``: the voice is Прохор's); the turn is then theirs, in place. Someone out of
    a crowd (``кто-то из толпы``) or an echo stays what the remark says.

    >>> from quotex.mentions import TITLE
    >>> voice = Mention(0, 5, TITLE, "голос", "голос")
    >>> t = Turn(1, speaker="голос", passing=True)
    >>> _answers_call(t, voice, Turn(0, summons=frozenset({"Прохор"}))), t.speaker
    ('Прохор', 'Прохор')
    >>> _answers_call(Turn(1, speaker="голос", passing=True), voice, Turn(0)) is None
    True
    """
    if said is None or said.kind != TITLE or not lexicon.is_voice(said.key):
        return None
    if turn.narrated or before is None or len(before.summons) != 1:
        return None
    turn.speaker = next(iter(before.summons))
    turn.passing = False
    return turn.speaker


def _passing(m: Mention) -> bool:
    """Whether a description names a passing voice, no party to a conversation: someone out of
    a crowd (``кто-то из толпы``) or no person at all (``эхо``, ``голос за окном``).

    >>> from quotex.mentions import TITLE
    >>> _passing(Mention(0, 15, TITLE, "кто-то из толпы", "кто-то")), _passing(
    ...     Mention(0, 7, TITLE, "кондуктор", "кондуктор"))
    (True, False)
    """
    return (" из " in f" {m.name} " and m.key in _ONE_OF_KEYS) or not _person_description(m)


_ONE_OF_KEYS = frozenset({"один", "одна", "кто-то", "кто-нибудь"})


def _addressee(frames: Frames, cand: Candidate) -> Mention | None:
    """Whom one of a turn's remarks says it is spoken to (see :meth:`Frames.addressee`)."""
    for _, end in cand.parts:
        to = frames.addressee(after_quote(frames.doc, end, remarks=True))
        if to is not None:
            return to
    return None


def _bind_role(doc: Doc, reg: Registry, frames: Frames, cand: Candidate) -> None:
    """A turn that calls one person by name while its remark says it is spoken to someone by
    a role gives that person the role: the policeman of ``— Елдырин, — обращается надзиратель
    к городовому`` is Елдырин (and so is every later ``городовой``)."""
    called, _ = _called(doc, reg, cand)
    if len(called) != 1:
        return
    to = _addressee(frames, cand)
    if to is not None and to.kind == TITLE:
        reg.bind(to.start, reg.by_name[next(iter(called))], to.key)


def _converse(
    reg: Registry,
    turns: dict[int, Turn],
    pronouns: dict[int, Mention],
    speakers: list[Speaker | None],
) -> None:
    """Decide every dialogue turn's speaker with the conversation's programme, in place."""
    order = sorted(turns)
    parties = {e.name: e for e in reg.by_key.values()}
    genders = {name: e.gender for name, e in parties.items()}
    plurals = frozenset(name for name, e in parties.items() if e.number == "plur")
    for i in order:
        turns[i].genders = genders
        turns[i].plurals = plurals
    for i, (party, why) in zip(order, decide([turns[i] for i in order]), strict=True):
        if why == "named":
            continue
        if party in (NOBODY, NARRATOR):
            speakers[i] = None
            continue
        m = pronouns.get(i)
        if m is not None:
            speakers[i] = Speaker(party, Span(m.start, m.end, m.name), "pronoun", "conversation")
        else:
            speakers[i] = Speaker(party, None, "context", why)


def _named_by_themselves(
    doc: Doc, reg: Registry, candidates: list[Candidate], speakers: list[Speaker | None]
) -> None:
    """Give a dialogue turn's speaker the name the turn gives itself (``— Как тебя зовут? —
    Фома.``, see :func:`quotex.conversation.own_name`), in place: a speaker the text only
    described (``возница``) is that person in every turn; a turn with no speaker gets them.
    A person the text named otherwise keeps their name."""
    asked = False
    for i, cand in enumerate(candidates):
        if cand.kind != "dialogue":
            asked = False
            continue
        text = " ".join(doc.text[a:b] for a, b in cand.parts)
        name = own_name(text, asked)
        asked = asks_name(text)
        if name is None:
            continue
        s = speakers[i]
        if s is None:
            speakers[i] = Speaker(name, None, "context", "own_name")
            continue
        e = reg.by_name.get(s.name)
        if (e is not None and e.kind != "description") or s.name == name:
            continue
        for k, other in enumerate(speakers):
            if other is not None and other.name == s.name:
                speakers[k] = replace(other, name=name)


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
                g = morph.past_gender(doc.words[i].lower)
                if g in ("masc", "femn"):
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


@lru_cache(maxsize=morph.CACHE_SIZE)
def _noun_gender(name: str) -> str | None:
    """The gender of a description's head, an animate noun (``старушка``, ``кондуктор``)."""
    for w in name.split():
        for p in morph.parses(w)[:1]:
            if p.tag.POS == "NOUN" and "anim" in p.tag.grammemes and "nomn" in p.tag.grammemes:
                g = p.tag.gender
                return str(g) if g in ("masc", "femn") else None
    return None


def _previous_sentence(
    doc: Doc, reg: Registry, frames: Frames, cand: Candidate, speech: Taken
) -> tuple[Speaker | None, Cue | None]:
    """A quote standing alone after a sentence of narration takes that sentence's subject:
    ``Министр обратился к журналистам. «Бюджет будет исполнен».``; so does a quote opening the
    paragraph after one that ends in a verb of speech or thought (``… и стал думать.``
    ``«Как теперь быть?»``)."""
    k = doc.sentence_index(cand.start)
    if k == 0:
        return None, None
    s_start, s_end = doc.sentences[k - 1]
    if speech.touches(s_start, s_end) or _quote_mark_in(doc, s_start, s_end):
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


_QUOTE_MARK_RE = regex.compile("[" + regex.escape(QUOTE_MARKS) + "]")


def _quote_mark_in(doc: Doc, start: int, end: int) -> bool:
    return _QUOTE_MARK_RE.search(doc.text, start, end) is not None


def _ends_in_speech(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence ends in a verb of speech or thought (``стал думать``)."""
    tail = doc.words_between(start, end)[-3:]
    return any(lexicon.is_speech_verb(w.lower) or lexicon.is_thought_verb(w.lower) for w in tail)


def _from_context(
    doc: Doc, cand: Candidate, prev: Candidate, speaker: Speaker | None
) -> Speaker | None:
    """A speaker for a quote outside dialogue with no cue of its own: the previous quote's
    speaker, when it is close (the next paragraph of a speech)."""
    if speaker is None or prev.kind == "dialogue":
        return None
    passive = (
        cand.cue is not None
        and cand.cue.verb is not None
        and _passive_report(doc.words[cand.cue.verb].lower)
    )
    if cand.cue is not None and cand.cue.kind in ("verb", "frame") and not passive:
        return None  # `— предупреждали`, `как сообщается`: a report that names nobody
    if _adjacent(doc, prev.end, cand.start):
        return Speaker(speaker.name, None, "context", "previous_speaker")
    return None


def _passive_report(word: str) -> bool:
    """Whether a verb reports words as said by nobody named (``говорится``, ``сообщалось``):
    next to a quote of someone just quoted, they are that person's (``«…», — говорится в
    интервью``).

    >>> _passive_report("говорится"), _passive_report("предупреждали")
    (True, False)
    """
    return word.endswith(("ся", "сь")) and lexicon.is_speech_verb(word)


def _adjacent(doc: Doc, a: int, b: int) -> bool:
    """Whether ``b`` is in the same or the next paragraph as ``a``."""
    return 0 <= doc.paragraph_index(b) - doc.paragraph_index(a) <= 1
