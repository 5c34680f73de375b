"""Conversation: who speaks a dialogue turn whose remark names nobody.

Fiction's dialogue is a run of turns. A turn the author's remark attributes (``— сказал
Иван``) names a party to the conversation; a turn with no remark gets its speaker from the
conversation: the one the previous turn's remark says it was spoken to answers
(``— обратился землемер к жандарму.`` ``— Которых?``), the one the previous turn called by name
answers (``— Эй, Прохор!``), or else the other party speaks (turns alternate). A role named in
the remark of a turn that calls someone by name is that person's role (``— Елдырин, —
обращается надзиратель к городовому``).
"""

from __future__ import annotations

import regex

from . import morph
from .cues import after_quote
from .frames import Frames
from .mentions import NAME, TITLE, Mention, surname_key
from .quotes import Candidate
from .registry import Registry
from .segment import Doc
from .types import Speaker

_NAME_CALLED = r"(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s*[,!…]|\s*$)"
_CALL_OPENERS = r"[,!?…]\.*\s*|\b(?:эй|ну|ах|ох|брат|милый|друг|голубчик)\s+"
_VOCATIVE_RE = regex.compile(rf"(?:{_CALL_OPENERS}){_NAME_CALLED}")
_CALL_RE = regex.compile(rf"(?:^|{_CALL_OPENERS}){_NAME_CALLED}")  # also at the turn's start
_JOINED_RE = regex.compile(r"\p{Lu}[\w-]*(?:\s+\p{Lu}[\w-]*)*\s+и\s+\p{Lu}")
_TO_RE = regex.compile(r"\bко?\s")  # `к` opens every addressee a remark names
_TO_WINDOW = 120  # characters after a part where its remark's addressee can be


class Conversation:
    """The dialogue turns of a document so far, and what their remarks say.

    >>> from quotex.mentions import person_names
    >>> from quotex.quotes import find
    >>> d = Doc("— Где вокзал? — обратился Иван к постовому.\\n— Прямо.\\n— Спасибо.")
    >>> turns = find(d, ["dialogue"])
    >>> from quotex.clauses import Syntax
    >>> from quotex.registry import Names
    >>> frames = Frames(d, Syntax(d), Names(person_names(d)))
    >>> conv = Conversation(d, Registry(d, person_names(d)), turns, frames)
    >>> conv.add(0, Speaker("Иван", None, "cue", "name"))
    >>> conv.speaker(1).name
    'постовой'
    """

    def __init__(self, doc: Doc, reg: Registry, candidates: list[Candidate], frames: Frames):
        self.doc = doc
        self.reg = reg
        self.candidates = candidates
        # The last turn: its index, its speaker and whom it was spoken to ("" for nobody).
        self.previous: tuple[int, str, str] | None = None
        self.told: list[str] = []  # every turn's speaker, "" where guessed or no party
        self.quoted_paragraphs = {doc.paragraph_index(a) for c in candidates for a, _ in c.parts}
        self._call_cache: dict[tuple[int, bool], frozenset[str]] = {}
        self.addressees = [
            _addressee(doc, c, frames) if c.kind == "dialogue" else None for c in candidates
        ]
        self._bind_roles()

    def _bind_roles(self) -> None:
        """A turn that calls one person by name while its remark says whom it is spoken to by
        a role names that role's holder: the policeman of ``— Елдырин, — обращается
        надзиратель к городовому`` is Елдырин."""
        for index, to in enumerate(self.addressees):
            if to is None or to.kind != TITLE:
                continue
            called = self.callees(index)
            if len(called) == 1:
                self.reg.bind(to.start, self.reg.by_name[next(iter(called))], to.key)

    def speaker(self, index: int) -> Speaker | None:
        """The speaker of the dialogue turn ``candidates[index]``, which no cue names."""
        if self.previous is None:
            return None
        last, last_name, who = self.previous
        para = self.doc.paragraph_index(self.candidates[index].start)
        at = self.doc.paragraph_index(self.candidates[last].start)
        calls = self._calls(index)
        if who and para - at == 1 and who != last_name and who not in calls:
            return Speaker(who, None, "context", "addressee_answers")
        if para - at >= 2 and para - 1 not in self.quoted_paragraphs:
            actor = self._actor(para - 1)
            if actor is not None and actor in self.told and actor not in calls:
                return Speaker(actor, None, "context", "narrated_actor")
        called = [n for n in self._calls(last) if n not in (last_name, *calls)]
        if len(called) == 1:
            return Speaker(called[0], None, "context", "addressed")  # `— Эй, Прохор! …` `— …`
        if not last_name:
            return None
        for name in reversed(self.told):
            if name and name != last_name and name not in calls:
                # the one the turn calls by name is not the one speaking it
                return Speaker(name, None, "context", "turn_taking")
        return None

    def _actor(self, para: int) -> str | None:
        """The first person a paragraph of narration names as a subject, by a name or a role
        only they hold (``Часа два кричал землемер, …``): the one who speaks next, as a rule."""
        start, end = self.doc.paragraphs[para]
        first: tuple[int, str] | None = None
        for pos, e in self.reg.subjects.back_with_positions(end):
            if pos < start:
                break
            first = (pos, e.name)
        if first is not None and _JOINED_RE.match(self.doc.text, first[0]):
            return None  # `Герасим и Любим барахтаются`: two people act, either may speak
        for w in self.doc.words_between(start, end):
            if first is not None and w.start >= first[0]:
                break
            e = self.reg.sole_holder(morph.lemma(w.lower))
            if e is not None and morph.first_tag_has(w.lower, "nomn"):
                first = (w.start, e.name)
                break
        return first[1] if first is not None else None

    def callees(self, index: int) -> frozenset[str]:
        """Everyone the turn ``candidates[index]`` calls by name, at its start too: none of
        them speaks it.

        >>> from quotex.mentions import person_names
        >>> from quotex.quotes import find
        >>> d = Doc("Федот вошел.\\n— Федот, запрягай! — крикнул Иван.")
        >>> names = person_names(d)
        >>> from quotex.clauses import Syntax
        >>> from quotex.registry import Names
        >>> frames = Frames(d, Syntax(d), Names(names))
        >>> conv = Conversation(d, Registry(d, names), find(d, ["dialogue"]), frames)
        >>> sorted(conv.callees(0))
        ['Федот']
        """
        return self._calls(index, opening=True)

    def add(self, index: int, speaker: Speaker | None) -> None:
        """Record the dialogue turn ``candidates[index]`` and its speaker."""
        name = speaker.name if speaker is not None else ""
        self.previous = (index, name, self._named(self.addressees[index]))
        self.told.append(_party(speaker))

    def _named(self, to: Mention | None) -> str:
        """An addressee by their name in the document."""
        if to is None:
            return ""
        if to.kind == NAME:
            e = self.reg.entity(to)
            return e.name if e is not None else to.name
        e = self.reg.recent(len(self.doc.text), role=to.key)
        return e.name if e is not None else to.name

    def _calls(self, index: int, *, opening: bool = False) -> frozenset[str]:
        """The people a turn calls by name: ``Сними-ка, Елдырин, …``, ``Эй, Прохор!`` (not
        ``Владимир Иваныч?``, a question about someone). A call that opens the turn (``—
        Ефим, пошел вон!``) is often an order to someone who does not answer; it counts only
        with ``opening``. Found once per turn."""
        known = self._call_cache.get((index, opening))
        if known is not None:
            return known
        out = set()
        pattern = _CALL_RE if opening else _VOCATIVE_RE
        for a, b in self.candidates[index].parts:
            for m in pattern.finditer(self.doc.text[a:b]):
                for word in reversed(m.group(1).split()):
                    e = self.reg.by_key.get(surname_key(word))
                    if e is not None:
                        out.add(e.name)
                        break
        self._call_cache[index, opening] = frozenset(out)
        return self._call_cache[index, opening]


def _addressee(doc: Doc, cand: Candidate, frames: Frames) -> Mention | None:
    """Whom one of a turn's remarks says it is spoken to (see :meth:`Frames.addressee`)."""
    for _, end in cand.parts:
        if not _TO_RE.search(doc.text, end, end + _TO_WINDOW):
            continue
        to = frames.addressee(after_quote(doc, end, remarks=True))
        if to is not None:
            return to
    return None


def _party(speaker: Speaker | None) -> str:
    """A turn's speaker as a party to the conversation: not one guessed (by turn-taking or as
    the one spoken to answering), nor a voice from a crowd (``кто-то из толпы``) or no person
    at all (``ответило эхо``)."""
    if speaker is None or speaker.rule in ("turn_taking", "addressee_answers", "narrated_actor"):
        return ""
    if speaker.rule == "description" and (" из " in speaker.name or _inanimate(speaker.name)):
        return ""
    return speaker.name


def _inanimate(description: str) -> bool:
    """Whether a description names no person: ``эхо``."""
    head = description.split()[-1]
    ps = morph.parses(head)
    return head.islower() and bool(ps) and ps[0].tag.POS == "NOUN" and "inan" in ps[0].tag.grammemes
