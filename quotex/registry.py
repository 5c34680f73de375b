"""The document's people: who the text names, where, with which roles.

Person names are gathered once per document into entities keyed by surname, so that ``Лукашенко``
is ``Александр Лукашенко``; a title met beside a name (``президентом … Александром Лукашенко``)
binds that role to the person; timelines of where each person was last pointed at let pronouns
and titles look back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import lexicon, morph
from .clauses import ANY_CASE, can_be_person, lex, name_cases, names_title
from .mentions import MASC_SURNAME_RE, Mention, context_case, sentence_capital
from .segment import Doc, Word

_BYLINE_STRIP = " .,:—–-"  # what may stand around a byline's name
_BYLINE_FILL = frozenset(_BYLINE_STRIP)
STOP_RE = regex.compile(r"[.!?;:«\"„“]")


@dataclass(slots=True)
class Entity:
    """A person the document names, with every role it was given; or one it only describes
    (``kind`` ``"description"``: ``старушонка``, ``царские слуги``), known by that
    description."""

    name: str
    key: str
    gender: str | None
    roles: dict[str, frozenset[str]] = field(default_factory=dict)
    positions: list[int] = field(default_factory=list)
    forms: Counter[str] = field(default_factory=Counter)
    kind: str = "person"
    number: str = "sing"


def _best_form(forms: Counter[str]) -> str:
    """The most informative name among an entity's forms: the most words; then a bare
    masculine surname (``Хрюкин`` beside ``Хрюкина``, which may be its genitive); then the most
    frequent. A word that is another form's word with an oblique ending is that word in the
    nominative (``Ханно Певкуром`` beside ``Певкур``); so is one with ``-а`` where the bare
    word stands too, for a woman is never called by the bare form (``Паноса Камменоса`` beside
    ``Камменос`` is a man), and then a first name the dictionary does not know loses its ``-а``
    as well.

    >>> _best_form(Counter({"Паноса Камменоса": 2, "Камменос": 1}))
    'Панос Камменос'
    >>> _best_form(Counter({"Анна Котова": 1, "Котова": 2}))
    'Анна Котова'
    """
    most = max(len(f.split()) for f in forms)
    longest = [f for f in forms if len(f.split()) == most]
    bare = [f for f in longest if MASC_SURNAME_RE.search(f)]
    best = max(bare or longest, key=lambda f: (forms[f], -longest.index(f)))
    *first, last = best.split()
    singles = [f for f in forms if " " not in f]
    for f in singles:  # `Ханно Певкуром` (a surname the dictionary does not know) and `Певкур`
        if last.startswith(f) and last[len(f) :] in _OBLIQUE_ENDINGS:
            return " ".join([*first, f])
    for f in singles:  # `Паноса Камменоса` and `Камменос`: a man's genitive
        if last == f + "а":
            first = [w[:-1] if w.endswith("а") and not morph.is_known(w) else w for w in first]
            return " ".join([*first, f])
    return best


# Endings of a man's surname that only its oblique cases have (`Певкуром`, `Певкуру`).
_OBLIQUE_ENDINGS = frozenset({"ом", "ым", "ем", "ому", "ему", "у", "ю"})


class Names(dict):
    """The document's name mentions keyed by where they start, with ``by_end`` keyed by where
    they end."""

    def __init__(self, mentions: list[Mention], quoted=lambda pos: False) -> None:
        super().__init__((m.start, m) for m in mentions)
        self.by_end = {m.end: m for m in mentions}
        self.quoted = quoted  # whether a position is inside someone's quoted words


RECENT_REACH = 300  # timeline entries a look-back considers


class Timeline:
    """People in the order the text points at them, looked back on from a position."""

    def __init__(self) -> None:
        self._positions: list[int] = []
        self._entities: list[Entity] = []

    def add(self, pos: int, e: Entity) -> None:
        k = bisect_right(self._positions, pos)
        self._positions.insert(k, pos)
        self._entities.insert(k, e)

    def items(self) -> Iterator[tuple[int, Entity]]:
        return zip(self._positions, self._entities, strict=True)

    def back(self, pos: int) -> Iterator[Entity]:
        """The people pointed at before ``pos``, the latest first, :data:`RECENT_REACH` at most."""
        for _, e in self.back_with_positions(pos):
            yield e

    def back_with_positions(self, pos: int) -> Iterator[tuple[int, Entity]]:
        """As :meth:`back`, with where each was pointed at."""
        k = bisect_left(self._positions, pos)
        for i in range(k - 1, max(-1, k - 1 - RECENT_REACH), -1):
            yield self._positions[i], self._entities[i]


def _same_person(names: list[Mention]) -> dict[str, str]:
    """Keys of names that are another name's first words: ``Федор Андреич`` (a first name and
    a patronymic) is ``Федор Андреич Отцов``, and ``Аскар`` is ``Аскар Бекмурзаев``, when the
    text names only one such person."""
    full: dict[tuple[str, ...], set[str]] = {}
    for m in names:
        words = tuple(w.lower() for w in m.name.split())
        for n in range(1, len(words)):
            full.setdefault(words[:n], set()).add(m.key)
    out = {}
    for m in names:
        words = tuple(w.lower() for w in m.name.split())
        keys = full.get(words)
        if keys and len(keys) == 1 and m.key not in keys:
            out[m.key] = next(iter(keys))
    return out


class Registry:
    """The document's people, found once from its names and the titles beside them."""

    def __init__(self, doc: Doc, names: list[Mention], inside_quote=lambda pos: False) -> None:
        self.doc = doc
        self.by_key: dict[str, Entity] = {}
        self.subjects = Timeline()  # names where a subject stands: what pronouns point back at
        self.mentions = Timeline()  # every name outside quotes: what titles are looked up in
        self.ends: dict[int, Mention] = {}
        self.by_name: dict[str, Entity] = {}
        self._described: dict[str, tuple[Entity, frozenset[str]]] = {}  # latest per head
        same = _same_person(names)
        for m in names:
            self.ends[m.end] = m
            key = same.get(m.key, m.key)
            e = self.by_key.get(key)
            if e is None:
                e = self.by_key[key] = Entity(m.name, key, m.gender)
            if m.key != key:
                self.by_key.setdefault(m.key, e)
            e.forms[m.name] += 1
            if e.gender is None:
                e.gender = m.gender
            e.positions.append(m.start)
            if not inside_quote(m.start) and not self._byline(m):
                self.mentions.add(m.start, e)
                if _subject_position(self.doc, m):
                    self.subjects.add(m.start, e)
            for role in (self._title_before(m), self._title_after(m)):
                if role is not None:
                    head, comps = role
                    e.roles[head] = e.roles.get(head, frozenset()) | comps
        # Per title, the mentions of the people who hold it or a kind of it, so a title looks
        # back only at them (a `парламентарий` at the `депутат`).
        self.by_role: dict[str, Timeline] = {}
        for pos, e in self.mentions.items():
            for head in {g for r in e.roles for g in (r, *lexicon.general_titles(r))}:
                self.by_role.setdefault(head, Timeline()).add(pos, e)
        for e in self.by_key.values():
            e.name = _best_form(e.forms)
        self.by_name = {e.name: e for e in self.by_key.values()}

    def _byline(self, m: Mention) -> bool:
        """Whether a name stands alone as its paragraph (an author's byline, a heading): no one
        the story shows, for pronouns to point at."""
        start, end = self.doc.paragraph_at(m.start)
        text = self.doc.text
        name = text[m.start : m.end]
        # A character neither of the name nor of the fill stays, whatever is removed: looked for
        # first, so a long paragraph is not copied for each name in it.
        allowed = _BYLINE_FILL.union(name)
        for i in range(start, end):
            if text[i] not in allowed:
                return False
        return not text[start:end].replace(name, "").strip(_BYLINE_STRIP)

    def _title_before(self, m: Mention) -> tuple[str, frozenset[str]] | None:
        """The role in apposition before a name, as its head and the places and words that
        complete it: ``заместителем министра финансов Польши Ежи Ковальским`` gives
        ``("заместитель", {"министр", "финансы", "польша"})``; the head is the leftmost title or
        animate noun of the chain (``городовой Елдырин``)."""
        words = self.doc.words
        i = self.doc.word_index(m.start)
        if i > 0 and lexicon.preposition_cases(words[i - 1].lower) is not None:
            return None  # `глава группы наблюдателей от Союза`: the name a preposition governs
        head_at = None
        name_words = [w.text for w in words[i : self.doc.word_index(m.end)]]
        cases, first = name_cases(name_words)
        for j in range(i - 1, max(-1, i - 13), -1):
            w = words[j]
            gap = self.doc.text[w.end : words[j + 1].start]
            if STOP_RE.search(gap.replace("«", "").replace("»", "")) or "," in gap:
                break
            other = self.ends.get(w.end)
            if other is not None and self._apposed_cases(other) & cases:
                break  # `министр … Янис Берзиньш и министр финансов Литвы Йонас …`: another's
            if other is not None:
                continue  # `подруга олигарха Бориса Орлова Анна Котова`: a genitive's name
            role_word = w.lower if sentence_capital(self.doc, w) else w.text  # `Подруга …`
            if lexicon.is_title(w.lower) or _is_role_noun(role_word):
                head_at = j
            elif not (w.text[:1].isupper() or _is_oblique(w.lower) or w.lower in _CHAIN_WORDS):
                break
        if head_at is None:
            return None
        title_cases = lex(words[head_at].text).nominal
        if not names_title(frozenset(c for c, _, _ in title_cases) or ANY_CASE, cases, first):
            return None  # `позвал царь Ивана`: no apposition, `Ивана` is the object
        if len(cases) >= 5 and len(name_words) == 1 and head_at < i - 1:
            if words[i - 1].text[:1].islower() and not lex(words[i - 1].text).place:
                return None  # `представитель партии Цвангираи`: the party's, likelier
        return _role(morph.lemma(words[head_at].text), words[head_at + 1 : i])

    def _apposed_cases(self, m: Mention) -> frozenset[str]:
        """The cases a name mention can be in."""
        words = self.doc.words
        return name_cases(
            [w.text for w in words[self.doc.word_index(m.start) : self.doc.word_index(m.end)]]
        )[0]

    def _title_after(self, m: Mention) -> tuple[str, frozenset[str]] | None:
        """The role in apposition after a name, set off by commas: ``Петр Сидоров, министр
        финансов, прибыл``, ``Пустяков, станционный смотритель, сидел``."""
        words = self.doc.words
        i = self.doc.word_index(m.end)
        if i >= len(words) or self.doc.text[m.end : words[i].start].strip() != ",":
            return None
        j = i
        while j < len(words) and j - i < 3 and morph.first_tag_has(words[j].lower, "ADJF", "nomn"):
            j += 1
        if j >= len(words) or j - i >= 3:
            return None
        w = words[j]
        if not (lexicon.is_title(w.lower) or _is_role_noun(w.text)):
            return None
        if not morph.first_tag_has(w.lower, "nomn"):
            return None
        k = j + 1
        while (
            k < len(words)
            and k - j < 5
            and not self.doc.text[words[k - 1].end : words[k].start].strip()
        ):
            if not (_is_oblique(words[k].lower) or words[k].text[:1].isupper()):
                break
            k += 1
        after = self.doc.text[
            words[k - 1].end : words[k].start if k < len(words) else len(self.doc.text)
        ]
        if not after.strip() or after.strip()[0] not in ",.;—–":
            return None  # `Иванов, министр финансов которого …`: no apposition
        return _role(morph.lemma(w.lower), [*words[i:j], *words[j + 1 : k]])

    def name_ending_at(self, end: int) -> Mention | None:
        """The name mention that ends at ``end``, if any."""
        return self.ends.get(end)

    def entity(self, mention: Mention) -> Entity | None:
        return self.by_key.get(mention.key)

    def recent(
        self,
        pos: int,
        *,
        gender: str | None = None,
        role: str | None = None,
        comps: frozenset[str] = frozenset(),
        avoid: tuple[str, frozenset[str]] | None = None,
    ) -> Entity | None:
        """The person mentioned last (as a subject) before ``pos`` that fits the gender and the
        role; with a role, a person whose role is completed by the same words (``президент
        России``) wins over one whose role is not said, and one completed otherwise does not
        fit; ``avoid`` skips people who hold that title completed otherwise (see
        :func:`conflicts`). Looks back at most :data:`RECENT_REACH` mentions."""
        best = None
        if role is not None:
            timeline = self.by_role.get(role)
            if timeline is None:
                return None
        else:
            timeline = self.subjects
        for e in timeline.back(pos):
            if gender in ("masc", "femn") and e.gender not in (None, gender):
                continue
            if avoid is not None and not may_hold(e, *avoid):
                continue  # a title points back at someone named, not at another description
            if role is None:
                return e
            fit = role_fit(e, role, comps)
            if fit == 2:
                return e
            if fit == 1 and best is None:
                best = e
        return best

    def bind(self, pos: int, e: Entity, head: str) -> None:
        """Give ``e`` the role ``head``, met at ``pos`` (``Елдырин, — обращается надзиратель к
        городовому``: the policeman is Елдырин).

        >>> from quotex.mentions import person_names
        >>> d = Doc("Елдырин стоял у ворот.")
        >>> reg = Registry(d, person_names(d))
        >>> reg.bind(0, reg.by_name["Елдырин"], "городовой")
        >>> reg.sole_holder("городовой").name
        'Елдырин'
        """
        if head not in e.roles:
            e.roles[head] = frozenset()
        self.by_role.setdefault(head, Timeline()).add(pos, e)

    def salient(
        self,
        pos: int,
        *,
        gender: str | None = None,
        besides: frozenset[str] = frozenset(),
        plural: bool = False,
    ) -> Entity | None:
        """The person a pronoun at ``pos`` points at: the latest sentence with a subject of
        the gender, and in it the first such subject, the main clause's (``Лесин опроверг,
        что Венедиктов предлагал …. «…», — заявил он`` is Лесин). People named in ``besides``
        are passed over (the one a turn calls by name does not speak it); ``plural`` asks for
        people spoken of together (``слуги``). Someone known to be of the pronoun's gender is
        looked for first, within :data:`RECENT_REACH`, then someone of no known gender.

        >>> from quotex.mentions import person_names
        >>> d = Doc("Иван Петров приехал туда, где Олег Смирнов открыл школу. Он")
        >>> Registry(d, person_names(d)).salient(len(d.text) - 2, gender="masc").name
        'Иван Петров'
        """
        if gender in ("masc", "femn"):  # someone known to be of that gender comes first
            known = self._salient(pos, besides, plural, lambda e: e.gender == gender)
            if known is not None:
                return known
        return self._salient(
            pos, besides, plural, lambda e: gender not in ("masc", "femn") or e.gender is None
        )

    def _salient(self, pos: int, besides, plural: bool, fits) -> Entity | None:
        found: Entity | None = None
        sentence_start = -1
        for p, e in self.subjects.back_with_positions(pos):
            if p < sentence_start:
                break
            if not fits(e) or e.name in besides or (e.number == "plur") != plural:
                continue
            if found is None:
                sentence_start = self.doc.sentence_at(p)[0]
            found = e
        return found

    def sole_holder(self, head: str) -> Entity | None:
        """The one person who holds the role ``head``, if exactly one does.

        >>> from quotex.mentions import person_names
        >>> d = Doc("Министр финансов Петр Сидоров прилетел.")
        >>> Registry(d, person_names(d)).sole_holder("министр").name
        'Петр Сидоров'
        """
        timeline = self.by_role.get(head)
        if timeline is None:
            return None
        people = {id(e): e for _, e in timeline.items()}
        return next(iter(people.values())) if len(people) == 1 else None

    def named_outside_quotes(self, e: Entity) -> bool:
        """Whether the narration (not only someone's speech) names ``e``."""
        return any(True for _, x in self.mentions.items() if x is e)

    def describe(self, m: Mention) -> Entity:
        """The entity a description of someone the text never names stands for: one per
        description and what completes it (``старушонка`` … ``старушонка суетится``), named by
        the description the text uses most (the shortest of those used as often). Descriptions
        completed otherwise are other people (``представитель профсоюза`` is not the
        ``представитель завода`` before him); a bare one is the latest of its head, and so is one
        completed where the latest was not.

        >>> from quotex.mentions import TITLE
        >>> d = Doc("Вошла старушка. Старушка села.")
        >>> reg = Registry(d, [])
        >>> a = reg.describe(Mention(6, 14, TITLE, "старушка", "старушка", "femn"))
        >>> a is reg.describe(Mention(16, 24, TITLE, "старушка", "старушка", "femn"))
        True
        """
        comps = _bodies(title_complements(self.doc, m))
        latest = self._described.get(m.key)
        if latest is None or (comps and latest[1] and not comps & latest[1]):
            key = "~" + m.key + ("|" + "|".join(sorted(comps)) if latest is not None else "")
            e = self.by_key.get(key)
            if e is None:
                e = self.by_key[key] = Entity(m.name, key, m.gender, kind="description")
                e.number = m.number
        else:
            e = latest[0]
        known = latest[1] if latest is not None and latest[0] is e else frozenset()
        self._described[m.key] = (e, comps | known)
        e.forms[m.name] += 1
        e.name = min(e.forms, key=lambda f: (-e.forms[f], len(f), f))
        if e.gender is None:
            e.gender = m.gender
        self.by_name[e.name] = e
        return e

    def called_by(self, head: str) -> Entity | None:
        """The person a turn calling someone by the role ``head`` speaks to: the one the text
        described so last, or the one person it gave that role.

        >>> from quotex.mentions import TITLE
        >>> d = Doc("Вошла жена.")
        >>> reg = Registry(d, [])
        >>> wife = reg.describe(Mention(6, 10, TITLE, "жена", "жена", "femn"))
        >>> reg.called_by("жена") is wife, reg.called_by("доктор")
        (True, None)
        """
        latest = self._described.get(head)
        return latest[0] if latest is not None else self.sole_holder(head)

    def note(self, pos: int, e: Entity) -> None:
        """Record that ``e`` was just pointed at (a resolved pronoun or title)."""
        self.subjects.add(pos, e)
        self.mentions.add(pos, e)
        for head in e.roles:
            self.by_role.setdefault(head, Timeline()).add(pos, e)


# Small words a title's chain can hold: `начальник отдела по работе с прессой`.
_CHAIN_WORDS = frozenset({"по", "с", "со", "и", "в", "во", "на", "при", "для", "от", "из"})

NOT_COMPLEMENTS = frozenset({"", "и", "в", "на", "по", "с", "для", "при", "от", "из"})


def _bodies(comps: frozenset[str]) -> frozenset[str]:
    """The words of a title's complement that name a body or a place (``представитель
    профсоюза`` → профсоюз): what tells two descriptions' people apart. An animate word after
    the head may be the verb's object instead (``позвал старик внука``), and an adjective
    only qualifies (``свой``, ``старый``).

    >>> sorted(_bodies(frozenset({"профсоюз", "внук", "свой", "россия"})))
    ['профсоюз', 'россия']
    """
    return frozenset(
        c
        for c in comps
        if not can_be_person(c) and any(p.tag.POS == "NOUN" for p in morph.parses(c))
    )


def canon_word(word: str) -> str:
    """A word of a title's complement as compared: its place if it names one (``РБ``,
    ``Республики Беларусь``, ``российский`` all give ``беларусь``/``россия``), else its lemma.

    >>> canon_word("РБ"), canon_word("Беларуси"), canon_word("спорта")
    ('беларусь', 'беларусь', 'спорт')
    """
    lem = morph.lemma(word)
    return lexicon.place(word.lower()) or lexicon.place(lem) or lem


def _role(head: str, complement: list[Word]) -> tuple[str, frozenset[str]]:
    """A role from its head's lemma and the words that complete it, as compared."""
    return canon_role(head, frozenset(canon_word(w.text) for w in complement) - NOT_COMPLEMENTS)


def canon_role(head: str, comps: frozenset[str]) -> tuple[str, frozenset[str]]:
    """A title as compared: its head read through ``data/title_synonyms.txt`` and its
    complement joined by the institutions it names (``data/institutions.txt``); the head of a
    ministry is its minister, and a minister's complement names the ministry (``министр
    финансов`` heads the ``минфин``).

    >>> head, comps = canon_role("руководитель", frozenset({"внешнеполитический", "ведомство"}))
    >>> head, "мид" in comps
    ('министр', True)
    """
    head = lexicon.title_head(head)
    found = lexicon.institutions(comps | ({"министерство"} if head == "министр" else set()))
    if head == "глава" and found:
        head = "министр"
    return head, comps | found


def role_fit(e: Entity, head: str, comps: frozenset[str]) -> int | None:
    """How an entity fits a title: 2 the head and a complement word agree, 1 the head agrees
    and nothing contradicts, ``None`` it does not fit.

    >>> e = Entity("Петр Сидоров", "сидоров", "masc", {"министр": frozenset({"финансы"})})
    >>> role_fit(e, "министр", frozenset({"финансы"})), role_fit(e, "министр", frozenset())
    (2, 1)
    >>> role_fit(e, "министр", frozenset({"спорт"})) is None
    True
    >>> role_fit(e, "чиновник", frozenset())  # a minister is a kind of official
    1
    """
    known = _held(e, head)
    if known is None:
        return None
    if _other_places(comps, known):
        return None
    if comps and known:
        return 2 if comps & known else None
    return 1


def _held(e: Entity, head: str) -> frozenset[str] | None:
    """What completes the title ``head`` or the titles of its kind that an entity holds;
    ``None`` if it holds none."""
    known = e.roles.get(head)
    if known is not None:
        return known
    kinds = [comps for role, comps in e.roles.items() if head in lexicon.general_titles(role)]
    return frozenset().union(*kinds) if kinds else None


def may_hold(e: Entity, head: str, comps: frozenset[str]) -> bool:
    """Whether a title met alone can point back at a person the text named: not at a
    description, nor at someone the text gave this title completed otherwise (see
    :func:`conflicts`).

    >>> e = Entity("Олег Смирнов", "смирнов", "masc", {"посол": frozenset({"франция"})})
    >>> may_hold(e, "посол", frozenset({"италия"})), may_hold(e, "дипломат", frozenset())
    (False, True)
    """
    return e.kind == "person" and not conflicts(e, head, comps)


def _other_places(comps: frozenset[str], known: frozenset[str]) -> bool:
    """Whether two complements name places and none in common: ``министр иностранных дел
    Германии`` is not ``глава украинского МИД``."""
    here = {c for c in comps if lexicon.place(c)}
    there = {c for c in known if lexicon.place(c)}
    return bool(here and there and not here & there)


def conflicts(e: Entity | None, head: str, comps: frozenset[str]) -> bool:
    """Whether the entity holds this title completed by other words (``президент Украины``
    for ``президент России``).

    >>> e = Entity("Петр Сидоров", "сидоров", "masc", {"президент": frozenset({"украина"})})
    >>> conflicts(e, "президент", frozenset({"россия"})), conflicts(e, "глава", frozenset())
    (True, False)
    """
    known = e.roles.get(head) if e is not None else None
    return bool(known and comps and (not comps & known or _other_places(comps, known)))


@lru_cache(maxsize=morph.CACHE_SIZE)
def _is_oblique(word: str) -> bool:
    ps = morph.parses(word)
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF") and ps[0].tag.case != "nomn"


def _subject_position(doc: Doc, m: Mention) -> bool:
    """Whether a name stands where a subject can: not after a preposition (``с Путиным``) and
    not as a genitive after a noun (``указ Путина``); a title before it in the same case is
    apposition (``президент Путин``)."""
    i = doc.word_index(m.start)
    first = doc.words[i].text
    if _topic(doc, i):
        return True
    if _verb_follows(doc, m) and not _has_oblique_noun_form(first):
        return True  # `В этой связи Мутко напомнил`: an indeclinable name before its verb
    if not (is_nominative_possible(first) or MASC_SURNAME_RE.search(doc.text[m.start : m.end])):
        return False
    if i == 0:
        return True
    prev = doc.words[i - 1]
    if doc.text[prev.end : m.start].strip(' «»"-—–'):
        return True  # punctuation between: a new clause
    ps = morph.parses(prev.lower)
    if not ps:
        return True
    if ps[0].tag.POS == "PREP":
        return False
    if ps[0].tag.POS == "NOUN" and not lexicon.is_title(prev.lower):
        if context_case(doc.words, i) == "nomn":
            return True  # `Лидер социал-демократов Аурелия Каралюте`: apposition to the title
        named = [p for p in morph.parses(first) if p.tag.grammemes & morph.NAME_GRAMMEMES]
        return not any("gent" in p.tag.grammemes for p in (named or morph.parses(first))[:1])
    return True


def _topic(doc: Doc, i: int) -> bool:
    """Whether the name at word ``i`` is what a sentence opens by saying it is about (``Что
    касается министра Олега Петрова, то он …``): a topic the pronouns after it point back at
    as at a subject, though it stands in the genitive.

    >>> d = Doc("Что касается министра Олега Петрова, то он доволен.")
    >>> _topic(d, 3), _topic(Doc("Указ министра Олега Петрова вышел."), 2)
    (True, False)
    """
    words = doc.words
    s_start, _ = doc.sentence_at(words[i].start)
    for k in range(i - 1, max(-1, i - 6), -1):
        if words[k].end <= s_start:
            break
        w = words[k].lower
        if w == "касательно" or (w in ("касается", "до") and k > 0 and words[k - 1].lower == "что"):
            return True
        if _CLAUSE_BREAK_RE.search(doc.text[words[k].end : words[k + 1].start]):
            break
    return False


_CLAUSE_BREAK_RE = regex.compile(r"[,;:.!?]")


def _verb_follows(doc: Doc, m: Mention) -> bool:
    """Whether a finite verb comes right after the name, with nothing between."""
    i = doc.word_index(m.end)
    if i >= len(doc.words) or doc.text[m.end : doc.words[i].start].strip():
        return False
    return morph.first_tag_has(doc.words[i].lower, "VERB", "indc")


@lru_cache(maxsize=morph.CACHE_SIZE)
def _has_oblique_noun_form(word: str) -> bool:
    """Whether some noun reading of the word is in an oblique case (``Путиным``; not
    ``Мутко``, which pymorphy3 reads only as an adverb)."""
    return any(p.tag.POS == "NOUN" and p.tag.case != "nomn" for p in morph.parses(word))


@lru_cache(maxsize=morph.CACHE_SIZE)
def _is_role_noun(word: str) -> bool:
    """A lower-case noun (or substantivised adjective) that can name a person's role in
    apposition: ``городовой Елдырин``, ``возница Клим``."""
    if not word[:1].islower():
        return False
    ps = morph.parses(word)
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF") and "anim" in ps[0].tag.grammemes


@lru_cache(maxsize=morph.CACHE_SIZE)
def is_nominative_possible(word: str) -> bool:
    """Whether some reading of the word is in the nominative.

    >>> is_nominative_possible("Путин"), is_nominative_possible("Путиным")
    (True, False)
    """
    return any("nomn" in p.tag.grammemes for p in morph.parses(word))


def title_complements(doc: Doc, m: Mention) -> frozenset[str]:
    """The words that complete a title mention (``министр спорта РФ`` → спорт, россия), with an
    adjective right before it (``Российский президент`` → россия).

    >>> from quotex.mentions import title_at
    >>> d = Doc("сказал министр спорта РФ.")
    >>> sorted(title_complements(d, title_at(d, 1)))
    ['россия', 'спорт']
    """
    words = doc.words_between(m.start, m.end)
    head = next((k for k, w in enumerate(words) if morph.lemma(w.lower) == m.key), 0)
    words = words[:head] + words[head + 1 :]  # `латвийский министр`: the adjective completes it
    i = doc.word_index(m.start)
    if i > 0:
        ps = morph.parses(doc.words[i - 1].lower)
        if ps and ps[0].tag.POS == "ADJF":
            words = [doc.words[i - 1], *words]
    return frozenset(canon_word(w.text) for w in words) - NOT_COMPLEMENTS
