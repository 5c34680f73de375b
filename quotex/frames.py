"""Report frames: for each cue, who reports (the speaker's mention), through whom (a relaying
outlet) and to whom.

A frame is read from the clause analysis (:mod:`quotex.clauses`): the reporter of a speech verb
is its subject (``— сказал министр``, ``Иванова заявила``), whatever the word order and whatever
stands between (an addressee: ``рассказал ТАСС глава фонда``; a channel: ``написал в блоге
Сидоров``); a relaying verb's reporter is its object (``цитирует агентство министра``, ``приводит
газета слова министра``) and its subject only relays; a frame noun's reporter is its genitive
(``по словам министра``, ``по его словам``); a report with no subject is the organisation it is
made in (``в пресс-службе сообщили``, ``говорится в заявлении министерства``). The phrase found
becomes a :class:`~quotex.mentions.Mention`: a name (the name in apposition when a title heads
it: ``глава МИД Сергей Лавров``), a pronoun, a title or a description in the nominative
(``станционный жандарм``, ``господин в очках``), an organisation, or a list of people.

Cost: each cue asks one clause question, bounded by :data:`quotex.clauses.CLAUSE_WORDS`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from . import lexicon, morph
from .clauses import Phrase, Syntax, can_be_person, lex, verb_agreement
from .cues import Cue
from .mentions import (
    NAME,
    ORG,
    PRONOUN,
    TITLE,
    Mention,
    gender_of,
    latin_org_at,
    nominative,
    one_of_at,
    org_at,
    pronoun_at,
    sentence_capital,
    surname_key,
)
from .registry import Names
from .segment import Doc
from .windows import ACTOR_WORDS, ADDRESSEE_WORDS, SOURCE_WORDS, VERB_BEFORE_COLON

# Cues whose words follow the whole sentence: `X заявил, что …: «…»`.
_WHOLE_SENTENCE_CUES = frozenset({"colon_intro", "colon_dash", "colon_paragraph"})
# Verbs whose object, not their subject, is the one whose words they pass on.
RELAY_VERBS = frozenset({"цитировать", "процитировать", "приводить", "привести"})
# Verbs that pass words on, as relays or on their own: `передает ТАСС`, `передает ТАСС слова X`.
PASSING_VERBS = frozenset({"передавать", "передать"})
_WORDS_NOUNS = frozenset({"слово", "высказывание", "заявление", "фраза", "мнение", "ответ"})
# Nouns of what a report is made in: `говорится в сообщении пресс-службы`.
_REPORT_NOUNS = frozenset(
    {
        "сообщение", "заявление", "публикация", "статья", "документ", "письмо", "обращение",
        "релиз", "пресс-релиз", "сайт", "блог", "микроблог", "отчет", "доклад", "материал",
        "интервью", "комментарий", "ответ", "telegram-канал", "канал", "страница", "аккаунт",
    }
)  # fmt: skip


class Frames:
    """The report frames of one document: ``reporter(cue)`` is the mention of the speaker.

    >>> from quotex.mentions import person_names
    >>> from quotex.cues import after_quote
    >>> d = Doc("«Да», — рассказал агентству глава фонда Иван Петров.")
    >>> f = Frames(d, Syntax(d), Names(person_names(d)))
    >>> f.reporter(after_quote(d, 3)).name
    'Иван Петров'
    """

    def __init__(self, doc: Doc, syntax: Syntax, names: Names) -> None:
        self.doc = doc
        self.syntax = syntax
        self.names = names

    # -- the reporter of a cue ----------------------------------------------------------------

    def reporter(self, cue: Cue) -> Mention | None:
        """The mention of whoever's words the cue reports, or ``None`` when it names nobody."""
        doc = self.doc
        r_start, r_end = cue.region
        lo, hi = doc.word_index(r_start), doc.word_index(r_end)
        if cue.rule == "headline":  # `Киев: …`: the name before the colon, as written
            who = doc.text[r_start:r_end]
            if lo < len(doc.words) and sentence_capital(doc, doc.words[lo]):
                who = who[:1].lower() + who[1:]  # `Глава МИД: …` is the `глава МИД`
            return Mention(r_start, r_end, ORG, who, who.lower(), None, "sing")
        if cue.kind == "frame":
            return self._frame_reporter(cue)
        if cue.rule == "held_view":
            return self._holder(lo, hi)
        if cue.verb is None:
            return self._verbless(cue, lo, hi)
        v = cue.verb
        if cue.rule in _WHOLE_SENTENCE_CUES and not self.syntax.is_main(v):
            v = self._main_report(v, lo)
        return self._verb_reporter(v, lo, max(hi, v + 1), r_end)

    def _holder(self, lo: int, hi: int) -> Mention | None:
        """The one a held view is had by: the phrase after ``у`` (``у министра есть надежда,
        что …``; ``у него``, a pronoun that points back).

        >>> from quotex.cues import verb_cue
        >>> d = Doc("У министра есть надежда, что цены снизятся.")
        >>> Frames(d, Syntax(d), Names([])).reporter(verb_cue(d, 2, (0, 10), "held_view")).name
        'министр'
        """
        for i in range(lo, hi):
            ph = self.syntax.phrase_at(i)
            if ph is None or ph.head != i or ph.prep != "у":
                continue
            if ph.kind == "pronoun":
                return _oblique_pronoun(self.doc.words[i], ph)
            return self.mention(ph)
        return None

    def _main_report(self, v: int, lo: int) -> int:
        """The reporting verb of the main clause before an embedded one that holds word ``v``:
        speech after a colon is the whole sentence's (``Иванов заявил, что готов обратиться к
        властям: «…»`` is Иванов's words, not the ones he would address to them)."""
        main = None
        for i in range(v - 1, lo - 1, -1):
            if not self.syntax.is_main(i):
                continue
            if lexicon.is_speech_verb(self.doc.words[i].lower):
                return i
            if verb_agreement(self.doc.words[i].lower) is not None:
                main = i  # `подписал указ, которым отправил министра в отставку: «…»`
        return main if main is not None else v

    def _verb_reporter(self, v: int, lo: int, hi: int, end: int) -> Mention | None:
        """The reporter of the verb (or the noun: ``заявление министра``) at word ``v``."""
        doc = self.doc
        verb = doc.words[v]
        if lexicon.is_perception_verb(verb.lower):
            return voice_of(doc, v, end, self.names)  # `— Держи! — слышит он голос Любима`
        if lex(verb.text).pos == "NOUN":
            return self._owner(v)
        source = self._source(v, hi)
        if source is not None:
            return source  # `передает агентство со ссылкой на министра`
        lemma = morph.lemma(verb.lower)
        if lemma in RELAY_VERBS or lemma in PASSING_VERBS:
            relayed = self._relayed(v, lo, hi)
            if relayed is not None:
                return relayed
        subject = self.syntax.subject(v, lo, hi)
        if subject is not None:
            return self.mention(subject)
        return self._made_in(v, lo, hi)

    def _source(self, v: int, hi: int) -> Mention | None:
        """The one a report names as its source: the phrase of ``со ссылкой на`` in the verb's
        clause (``сообщило агентство со ссылкой на источник в полиции``)."""
        words = self.doc.words
        for i in range(v + 1, min(hi, v + SOURCE_WORDS) - 2):
            if words[i].lower == "ссылкой" and words[i + 1].lower == "на":
                ph = self.syntax.phrase_at(i + 2)
                return self.mention(ph) if ph is not None else None
        return None

    def addressee(self, cue: Cue | None) -> Mention | None:
        """Whom a remark says the words were spoken to: the person its verb's ``к`` phrase names
        (``— обратился землемер к станционному жандарму`` → ``станционный жандарм``), the
        person in the dative after a verb of saying (``— сказала ему мать``), or the one in the
        accusative after a verb whose object is the one spoken to (``— спросил он хозяина``).

        >>> from quotex.cues import verb_cue
        >>> d = Doc("— Где лошади? — обратился землемер к станционному жандарму.")
        >>> Frames(d, Syntax(d), Names([])).addressee(verb_cue(d, 2, (15, 59), "remark")).name
        'станционный жандарм'
        >>> d = Doc("— Иди, — сказала ему мать.")
        >>> Frames(d, Syntax(d), Names([])).addressee(verb_cue(d, 1, (9, 26), "remark")).name
        'ему'
        >>> d = Doc("— Где ты? — спросил хозяин сторожа.")
        >>> Frames(d, Syntax(d), Names([])).addressee(verb_cue(d, 2, (12, 35), "remark")).name
        'сторож'
        """
        if cue is None or cue.verb is None:
            return None
        words = self.doc.words
        verb = words[cue.verb].lower
        cases = set()
        if lexicon.is_speech_verb(verb):
            cases.add("datv")
        if lexicon.is_address_verb(verb):
            cases.add("accs")
        subject = self.syntax.subject(cue.verb)
        hi = min(self.doc.word_index(cue.region[1]), cue.verb + 1 + ADDRESSEE_WORDS)
        seg_end = self.syntax.segment_of(cue.verb)[1]
        for i in range(cue.verb + 1, min(hi, seg_end)):
            ph = self.syntax.phrase_at(i)
            if ph is None or ph.head != i or ph is subject:
                continue
            if ph.prep in ("к", "ко"):
                if ph.kind != "name" and not can_be_person(words[ph.head].text):
                    return None
                return self.mention(ph)
            if ph.prep is None and any(f[0] in cases for f in ph.feats):
                if ph.kind == "pronoun":
                    return _oblique_pronoun(words[ph.head], ph)
                if ph.kind == "name" or can_be_person(words[ph.head].text):
                    m = self.mention(ph)
                    if m is not None:
                        return m
        return None

    def actor(self, k: int) -> tuple[Mention, int] | None:
        """The subject of sentence ``k``'s last main verb that has one, and that verb: who a
        sentence of narration shows acting last (``Министр обратился к журналистам.``), and so
        who speaks next, as a rule (``Хотел Олег возразить, да заговорил отец.`` is the father;
        ``Поел Олег, и стала мать ему говорить:`` the mother).

        >>> d = Doc("Вечером старик вышел на крыльцо.")
        >>> m, v = Frames(d, Syntax(d), Names([])).actor(0)
        >>> m.name, d.words[v].text
        ('старик', 'вышел')
        >>> d = Doc("Пришел старик, и сказала ему старуха:")
        >>> Frames(d, Syntax(d), Names([])).actor(0)[0].name
        'старуха'
        >>> d = Doc("Старуха вышла и долго стояла у крыльца.")
        >>> Frames(d, Syntax(d), Names([])).actor(0)[0].name
        'старуха'
        """
        lo, hi = self.syntax.sentence_words(k)
        found = self._main_subject(range(hi - 1, max(lo, hi - ACTOR_WORDS) - 1, -1), any_verb=True)
        return found if found is not None else self.opening_actor(k)

    def opening_actor(self, k: int) -> tuple[Mention, int] | None:
        """The subject of sentence ``k``'s first main verb, and that verb: the one a sentence
        shows acting first (``Поел Олег, и стала мать ему говорить:`` shows Олег too).

        >>> d = Doc("Пришел старик, и сказала ему старуха:")
        >>> Frames(d, Syntax(d), Names([])).opening_actor(0)[0].name
        'старик'
        """
        lo, hi = self.syntax.sentence_words(k)
        return self._main_subject(range(lo, min(hi, lo + ACTOR_WORDS)))

    def _main_subject(self, words: range, *, any_verb: bool = False) -> tuple[Mention, int] | None:
        """The first main-clause verb in ``words`` (in their order) with its subject; with
        ``any_verb``, the first such verb whose subject is found (``… и всплеснула руками``
        shares its subject with the verb before)."""
        for i in words:
            agreement = verb_agreement(self.doc.words[i].lower)
            if agreement is None or agreement.person in ("1per", "2per"):
                continue
            if not self.syntax.is_main(i) or lex(self.doc.words[i].text).pos != "VERB":
                continue
            subject = self.syntax.subject(i)
            m = self.mention(subject) if subject is not None else None
            if m is not None or not any_verb:
                return (m, i) if m is not None else None
        return None

    def company(self, v: int) -> list[Mention]:
        """The people the clause of the verb at word ``v`` shows besides its subject: its
        objects and the ones it goes to or is with (``Анна встретила Петра``, ``подошел к
        Петру``, ``сидел с Петром``), whom a scene of dialogue may give a turn.

        >>> d = Doc("У калитки Анна встретила Петра.")
        >>> [m.name for m in Frames(d, Syntax(d), Names([])).company(3)]
        ['Петр']
        """
        subject = self.syntax.subject(v)
        lo, hi = self.syntax.segment_of(v)[:2]
        out = []
        for ph in self.syntax.heads(lo, hi):
            if ph is subject or ph.owner is not None or ph.prep not in _COMPANY_PREPOSITIONS:
                continue
            if ph.kind != "name" and not (ph.kind == "noun" and _animate(self.doc.words[ph.head])):
                continue
            m = self.mention(ph)
            if m is not None and m.kind in (NAME, TITLE):
                out.append(m)
        return out

    def _owner(self, i: int) -> Mention | None:
        """Whose words a noun of speech names: its possessive (``его заявление``) or its
        genitive (``заявление министра``)."""
        words = self.doc.words
        if i > 0:
            p = pronoun_at(words[i - 1])
            if p is not None and words[i - 1].lower in _POSSESSIVE:
                return p
        owner = self.syntax.dependents(i, "gen")
        return self.mention(owner[0]) if owner else None

    def _frame_reporter(self, cue: Cue) -> Mention | None:
        """``по словам министра``, ``по его мнению``, ``как сообщил министр``, ``со ссылкой на
        источник``: the genitive of the frame's noun, its possessive, or its verb's subject."""
        doc = self.doc
        first, last = doc.word_index(cue.start), doc.word_index(cue.end)
        for i in range(first, last):
            p = pronoun_at(doc.words[i])
            if p is not None:
                return p
        hi = doc.word_index(cue.region[1])
        for i in range(first, last):
            if lexicon.is_speech_verb(doc.words[i].lower):
                return self._verb_reporter(i, first, hi + 1, cue.region[1])
        own = doc.words[last - 1].lower if last > first else ""  # `со ссылкой на`
        for i in range(last, min(hi, last + 6)):
            ph = self.syntax.phrase_at(i)
            if ph is not None and ph.head == i and ph.prep in (None, own):
                return self.mention(ph)
        return None

    def _verbless(self, cue: Cue, lo: int, hi: int) -> Mention | None:
        """A colon or a dash that stands for the verb: ``Министр: «…»``, ``«…» — Петров.``:
        the phrase next to it; a colon right after a verb of another kind is that verb's
        subject's (``кто-то из гостей раздраженно бросил: «…»``)."""
        before = cue.start >= cue.region[1]
        if before:
            for i in range(hi - 1, max(lo - 1, hi - 1 - VERB_BEFORE_COLON), -1):
                if verb_agreement(self.doc.words[i].lower) is not None:
                    return self._verb_reporter(i, lo, hi, cue.region[1])
        order = range(hi - 1, lo - 1, -1) if before else range(lo, hi)
        for i in order:
            ph = self.syntax.phrase_at(i)
            if ph is not None and ph.free and "nomn" in ph.cases:
                m = self.mention(ph)
                if m is not None and (m.kind != TITLE or _animate(self.doc.words[ph.head])):
                    return m
                return None
        return None

    def _relayed(self, v: int, lo: int, hi: int) -> Mention | None:
        """The one whose words a relaying verb passes on: its accusative object, not its
        subject (``цитирует агентство министра``, ``цитирует РБК пресс-службу банка``), or the
        genitive of ``слова`` wherever it stands in the clause (``приводит газета слова
        министра``, ``слова министра приводит газета``)."""
        subject = self.syntax.subject(v, lo, hi)
        found: list[Mention] = []
        seg_lo = max(lo, self.syntax.segment_of(v)[0])
        fronted = [  # `слова министра приводит газета`: the words before the verb
            ph
            for ph in self.syntax.heads(seg_lo, v)
            if ph.owner is None
            and ph.prep is None
            and "accs" in ph.cases
            and morph.lemma(self.doc.words[ph.head].lower) in _WORDS_NOUNS
        ]
        objects = fronted + self.syntax.objects(v, "accs", reach=8)
        if subject is not None:  # `цитирует агентство председателя`: read as the outlet's
            objects += [
                d
                for d in self.syntax.dependents(subject.head, "gen")
                if d.animate or (morph.lemma(self.doc.words[d.head].lower) in _WORDS_NOUNS)
            ]
        for ph in objects:
            if ph.head >= max(hi, v + 9):
                break
            head = self.doc.words[ph.head]
            if morph.lemma(head.lower) in _WORDS_NOUNS:
                whose = self._whose(ph)
                if whose is not None:
                    return whose
                continue
            m = self.mention(ph)
            if m is not None and m.kind in (NAME, TITLE, PRONOUN):
                return m  # `цитирует РБК Петрова`: the person, whichever reads as the subject
            if m is not None and (subject is None or ph.head != subject.head):
                found.append(m)
        return found[0] if found and subject is not None else None

    def _whose(self, ph: Phrase) -> Mention | None:
        """Whose a noun is: its genitive (``слова министра``) or a possessive pronoun before
        it (``его слова``, ``ее заявление``)."""
        owner = self.syntax.dependents(ph.head, "gen")
        if owner:
            return self.mention(owner[0])
        word = self.doc.words[ph.first]
        if ph.first < ph.head and word.lower in _POSSESSIVE:
            return pronoun_at(word)
        return None

    def _made_in(self, v: int, lo: int, hi: int) -> Mention | None:
        """A report with no subject (an impersonal plural, or a passive) is the organisation
        it is made in: ``в МИД заявили``, ``в комитете пояснили``, ``говорится в сообщении
        министерства``."""
        words = self.doc.words
        agreement = verb_agreement(words[v].lower)
        impersonal = agreement is not None and agreement.number == "plur"
        impersonal = impersonal and agreement.person not in ("1per", "2per")
        if not impersonal and not words[v].lower.endswith(("ся", "сь")):
            return None
        for i in range(max(lo, v - 8), min(hi, v + 8)):
            ph = self.syntax.phrase_at(i)
            if ph is None or ph.head != i or ph.prep not in ("в", "во", "на"):
                continue
            head = morph.lemma(words[i].lower)
            if head in _REPORT_NOUNS:
                owner = [d for d in self.syntax.dependents(i) if d.relation in ("gen", "app")]
                if owner:
                    m = self.mention(owner[0])
                    if m is not None and m.kind in (ORG, TITLE, NAME):
                        return m
                continue
            m = self.mention(ph)
            if m is not None and m.kind == NAME and not m.members:
                name = nominative([words[ph.head].text], person=False, case="loct")
                m = Mention(m.start, m.end, ORG, name, name.lower(), None, "sing")  # `в Роструде`
            if m is not None and m.kind == ORG:
                return m
        return None

    # -- phrases as mentions ----------------------------------------------------------------

    def mention(self, ph: Phrase) -> Mention | None:
        """The mention a phrase makes: a list, a name (or the name a title is in apposition
        with), a pronoun, an organisation, a title or a description; ``None`` for a phrase
        that names nobody (``это``, ``все``)."""
        syntax = self.syntax
        members = syntax.members(ph)
        if len(members) > 1:
            people = [m for m in (self._single(p) for p in members) if m is not None]
            if len(people) > 1 and all(m.kind == NAME for m in people):
                end = max(m.end for m in people)
                return Mention(people[0].start, end, NAME, "", "", None, "plur", tuple(people))
        return self._single(ph)

    def _single(self, ph: Phrase) -> Mention | None:
        doc = self.doc
        words = doc.words
        head = words[ph.head]
        named = [a for a in self.syntax.dependents(ph.head, "app") if a.kind == "name"]
        for member in self.syntax.members(ph)[1:]:  # `писатель и журналист Иван Петров`
            if member.kind == "noun":
                named += [a for a in self.syntax.dependents(member.head, "app") if a.kind == "name"]
        if named:  # the last name of the chain: `пресс-секретарь Петрова Иван Сидоров`
            m = self._name(named[-1])
            return Mention(words[ph.first].start, m.end, NAME, m.name, m.key, m.gender)
        one = one_of_at(doc, ph.head)
        if one is not None:
            return one
        if ph.kind == "name" or (ph.first == ph.head and head.start in self.names):
            return self._name(ph)  # a common word the text uses as a name: `Рено`
        if ph.kind in ("pronoun", "adjective") and lexicon.pronoun(head.lower) is not None:
            return pronoun_at(head) if head.lower not in _POSSESSIVE else None  # `который`
        if ph.kind == "pronoun":
            return None
        if ph.kind == "quoted":
            text = doc.text[head.start : words[ph.last].end]
            first = nominative([head.text], person=False, case=_only_case(ph))
            name = first + text[len(head.text) :]
            return Mention(head.start, words[ph.last].end, ORG, name, name.lower(), None, "sing")
        if ph.kind == "abbr":
            if regex.match(r"[A-Za-z]", head.text):
                return latin_org_at(doc, ph.head)
            return self._with_adjectives(org_at(doc, ph.head), ph)
        if lexicon.is_title(head.lower):
            return self._title(ph)
        quoted = [a for a in self.syntax.dependents(ph.head, "app") if a.kind in ("quoted", "abbr")]
        if quoted and lexicon.is_naming_word(head.lower):
            named = self._single(quoted[0])  # `газета «Вечерний город»`: the name it names
            if named is not None:
                closer = _CLOSER_RE.match(doc.text, named.end)
                end = closer.end() if closer is not None else named.end
                start = words[ph.first].start
                return Mention(start, end, ORG, named.name, named.key, None, "sing")
        if lexicon.is_org_head(head.lower) or lexicon.is_outlet(head.text):
            return self._with_adjectives(org_at(doc, ph.head), ph)
        if head.is_capitalized and lex(head.text).place:
            name = nominative([head.text], person=False, case=_only_case(ph))
            return Mention(head.start, head.end, ORG, name, name.lower(), None, "sing")
        return self._description(ph)

    def _with_adjectives(self, m: Mention, ph: Phrase) -> Mention:
        """An organisation with the adjectives before its head, in the nominative: ``в нижней
        палате парламента`` → ``нижняя палата парламента``, ``российских СМИ`` → ``российские
        СМИ``."""
        if ph.first == ph.head:
            return m
        words = self.doc.words
        head = m.name.split(" ", 1)
        adjectives = _nominative_words(self.doc, ph, head=False)
        if words[ph.head].text.isupper():  # an abbreviation says no number: its verb's does
            adjectives = [w.lower() for w in adjectives]
        name = " ".join([*adjectives, *head])
        return Mention(words[ph.first].start, m.end, ORG, name, m.key, None, "sing")

    def _name(self, ph: Phrase) -> Mention:
        """A person's name as :func:`~quotex.mentions.person_names` found it, or, for a name
        it did not take (a lone surname opening a sentence), in the nominative the phrase's
        case asks."""
        words = self.doc.words
        start = words[ph.first].start if self.doc.words[ph.first].is_capitalized else None
        for i in range(ph.first, ph.last + 1):
            found = self.names.get(words[i].start)
            if found is not None:
                return found
        texts = [w.text for w in words[ph.head : ph.last + 1]]
        name = nominative(texts, person=True, case=_only_case(ph))
        pos = start if start is not None else words[ph.head].start
        key = surname_key(texts[-1])
        return Mention(pos, words[ph.last].end, NAME, name, key, gender_of(name.split()))

    def _title(self, ph: Phrase) -> Mention:
        """A title in the nominative with its adjectives and what completes it, as the clause
        analysis chained them: ``официального представителя МИД России`` → ``официальный
        представитель МИД России``, ``источники в правительстве Польши``, ``группы
        «Зеленый берег»`` (not the object of a verb: ``позвал купец приказчика``)."""
        doc = self.doc
        words = doc.words
        first = ph.first
        while first < ph.head and words[first].lower in _POSSESSIVE:
            first += 1
        head = _noun_lemma(words[ph.head].lower, ph.cases)
        core = _nominative_words(
            doc,
            replace(ph, first=first),
            keep=lambda w: _classifying(w) or f"{morph.lemma(w)} {head}" in lexicon.titles(),
        )
        end = words[ph.last].end
        for dep in self._complements(ph):
            end = max(end, words[dep.last].end)
            if dep.kind == "quoted":
                closer = _CLOSER_RE.match(doc.text, end)
                end = closer.end() if closer is not None else end
        tail = regex.sub(r"\s+", " ", doc.text[words[ph.last].end : end])
        name = " ".join(core) + tail
        start = words[first].start
        return Mention(start, end, TITLE, name, head, None, _number(ph))  # `судья`: either

    def _complements(self, ph: Phrase) -> list[Phrase]:
        """The phrases that complete a title: its genitives and the phrases that specify it
        (``по делам молодежи``, ``в правительстве``), and a name in marks or an abbreviation
        they give (``«Зеленый берег»``), each with its own; not a person's name in apposition."""
        out = []
        for dep in self.syntax.dependents(ph.head):
            if dep.relation in ("gen", "chain", "pp") or (
                dep.relation == "app" and dep.kind in ("quoted", "abbr")
            ):
                out.append(dep)
                out.extend(self._complements(dep))
        return out

    def _chain(self, ph: Phrase) -> list[Phrase]:
        """Every phrase that depends on ``ph``, directly or through another, in text order."""
        out = []
        for dep in self.syntax.dependents(ph.head):
            out.append(dep)
            out.extend(self._chain(dep))
        return sorted(out, key=lambda p: p.first)

    def _description(self, ph: Phrase) -> Mention | None:
        """A common noun or an adjective standing for one, with its adjectives, in the
        nominative and the phrase's number, and what describes it as written (``господин в
        очках``, ``голос из толпы``, ``жена мельника``)."""
        doc = self.doc
        words = doc.words
        head = words[ph.head]
        ps = morph.parses(head.lower)
        if not ps or ps[0].tag.POS == "NPRO" or head.lower in _NOT_PEOPLE:
            return None
        number = "plur" if _counted(doc, ph) else _number(ph)
        core = _nominative_words(doc, ph)
        end = ph.last
        for dep in self.syntax.dependents(ph.head):
            if dep.relation in ("gen", "pp") and dep.first <= end + 2:
                end = max(end, self._extent(dep))
        tail = doc.text[words[ph.last].end : words[end].end] if end > ph.last else ""
        name = " ".join(core) + regex.sub(r"\s+", " ", tail)
        gender = next(iter(ph.genders)) if len(ph.genders) == 1 else None
        return Mention(
            words[ph.first].start,
            words[end].end,
            TITLE,
            name,
            _noun_lemma(head.lower, ph.cases),
            gender if gender in ("masc", "femn") else None,
            number,
        )

    def _extent(self, ph: Phrase) -> int:
        """The last word of a phrase with everything that depends on it."""
        end = ph.last
        for dep in self.syntax.dependents(ph.head):
            if dep.relation in ("gen", "pp", "app"):
                end = max(end, self._extent(dep))
        return end


_POSSESSIVE = frozenset({"его", "ее", "её", "их"})
# Prepositions of the people a clause shows with its subject: `подошел к Петру`, `сидел с ним`.
_COMPANY_PREPOSITIONS = frozenset({None, "к", "ко", "с", "со", "у"})
_CLOSER_RE = regex.compile(r"[^\S\n]?[»\"“”]")


def _animate(word) -> bool:
    """Whether a description's head can name someone who speaks: an animate noun, or an
    adjective standing for one."""
    lx = lex(word.text)
    return lx.animate or lx.substantive


def _oblique_pronoun(word, ph: Phrase) -> Mention | None:
    """A third-person pronoun in another case than the nominative (``ему``, ``ее``, ``их``)
    as a mention of the one it points at, with the gender and number its forms say.

    >>> d = Doc("сказала ей")
    >>> _oblique_pronoun(d.words[1], Syntax(d).phrase_at(1)).gender
    'femn'
    """
    if ph.person != "3per":
        return None
    genders = {f[2] for f in ph.feats}
    numbers = {f[1] for f in ph.feats}
    gender = "femn" if genders == {"femn"} else "masc" if "masc" in genders else None
    number = "plur" if numbers == {"plur"} else "sing"
    return Mention(word.start, word.end, PRONOUN, word.text, word.lower, gender, number)


# Words the dictionary reads as nouns that name nobody who could speak.
_NOT_PEOPLE = frozenset({"это", "все", "всё", "что", "кто", "никто", "ничто", "себя"})


def _only_case(ph: Phrase) -> str | None:
    cases = ph.cases
    return next(iter(cases)) if len(cases) == 1 else None


def _gender(ph: Phrase) -> str | None:
    """A phrase's gender when its nominative readings say one."""
    genders = {g for c, n, g in ph.feats if c == "nomn" and n == "sing" and g}
    return genders.pop() if len(genders) == 1 and genders <= {"masc", "femn"} else None


def _counted(doc: Doc, ph: Phrase) -> bool:
    """Whether a numeral of several counts the phrase (``две старушки``, ``двое рабочих``):
    it is a group, though its noun stands in the genitive singular.

    >>> d = Doc("Вошли две старушки.")
    >>> _counted(d, Syntax(d).phrase_at(2))
    True
    """
    words = doc.words
    for i in (ph.first - 1, ph.first):
        if i < 0 or i >= ph.head:
            continue
        w = words[i].lower
        if w in ("один", "одна", "одно"):
            return False
        if w in _GROUP_NUMERALS or any(p.tag.POS == "NUMR" for p in morph.parses(w)[:1]):
            return True
    return False


_GROUP_NUMERALS = frozenset({"оба", "обе", "двое", "трое", "четверо", "пятеро", "несколько"})


def _number(ph: Phrase) -> str:
    """A phrase's number as its nominative readings say (``солдаты``: plural, though
    ``солдаты`` is no genitive singular), ``"sing"`` when they do not."""
    nominative = {n for c, n, _ in ph.feats if c == "nomn" and n} or ph.numbers
    return "plur" if nominative == {"plur"} else "sing"


def _noun_lemma(word: str, cases: frozenset[str] = frozenset()) -> str:
    """The normal form of a word read as a noun or an adjective standing for one, in one of
    ``cases`` if it can be (``сторожу`` → ``сторож``, though the dictionary reads it first as
    a verb; ``городовой`` → ``городовой``)."""
    for p in _readings(word, cases):
        return p.normal_form.replace("ё", "е")
    return morph.lemma(word)


@lru_cache(maxsize=morph.CACHE_SIZE)
def _classifying(word: str) -> bool:
    """Whether an adjective says what kind of person or body it is, and so belongs in their
    name (``станционный жандарм``, ``британская газета``, ``бывший министр``), not how they
    look or are at the moment (``сонный лакей``, ``осведомленный источник``): an adjective
    the dictionary does not mark as qualitative, no participle, and no age written in digits.

    >>> _classifying("станционного"), _classifying("сонный"), _classifying("осведомленный")
    (True, False, False)
    >>> _classifying("35-летний"), _classifying("бывший")
    (False, True)
    """
    if any(c.isdigit() for c in word):
        return False  # `23-летняя подруга`: an age, not a kind
    ps = morph.parses(word)
    return bool(ps) and ps[0].tag.POS == "ADJF" and not ps[0].tag.grammemes & {"Qual", "Apro"}


def _nominative_words(doc: Doc, ph: Phrase, *, head: bool = True, keep=None) -> list[str]:
    """A phrase's classifying adjectives (see :func:`_classifying`) and, with ``head``, its
    head, in the nominative of the phrase's number and gender: ``официального представителя``
    → ``официальный представитель``, ``царских слуг`` → ``царские слуги``, ``больной`` (read
    first as a feminine genitive) → ``больной``."""
    nominative_feats = [f for f in ph.feats if f[0] == "nomn"] or list(ph.feats)
    numbers = {n for _, n, _ in nominative_feats if n}
    number = "plur" if numbers == {"plur"} else "sing"
    genders = {g for _, n, g in nominative_feats if g and n == "sing"}
    if not genders:
        hp = [p for p in morph.parses(doc.words[ph.head].lower) if p.tag.POS == "NOUN"]
        genders = {str(hp[0].tag.gender)} if hp and hp[0].tag.gender else set()
    want = {"nomn", number} | (genders if number == "sing" and len(genders) == 1 else set())
    out = []
    last = ph.head + 1 if head else ph.head
    if not lex(doc.words[ph.head].text).animate:
        keep = keep or (lambda w: True)  # `местный сайт`: a thing's adjectives all name it
    for i in range(ph.first, last):
        w = doc.words[i]
        if i != ph.head and not (keep or _classifying)(w.lower):
            continue  # `главный редактор` keeps its adjective: the title is named so
        form = w.lower
        for p in _readings(w.lower, ph.cases):
            f = morph.inflected(p, want if p.tag.POS != "NOUN" else {"nomn", number})
            f = f or morph.inflected(p, {"nomn"})
            if f is not None:
                form = f.word
                break
        if w.is_capitalized and not sentence_capital(doc, w):  # `Газпром`, not `Правительство`
            form = form[:1].upper() + form[1:]
        if "ё" not in w.lower:  # the writer's е: `контролер`, not the dictionary's `контролёр`
            form = form.replace("ё", "е")
        out.append(form)
    return out


@lru_cache(maxsize=morph.CACHE_SIZE)
def _readings(word: str, cases: frozenset[str]) -> tuple:
    """A word's readings as a noun, an adjective or a participle, those in one of the phrase's
    ``cases`` first (``городовой`` said of a policeman, not a genitive of ``городовая``), and
    of those a person before a thing, for a speaker is someone (``по словам политика``: the
    politician's genitive, not the nominative of ``политика``)."""
    ps = [p for p in morph.parses(word) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
    if word[:1].islower():  # a common word, not a surname it may also be
        ps = [p for p in ps if not p.tag.grammemes & morph.NAME_GRAMMEMES] or ps
    return tuple(
        sorted(
            ps,
            key=lambda p: (
                p.tag.case not in cases,
                p.tag.POS == "NOUN" and p.tag.animacy == "inan",
                p.tag.case != "nomn",
            ),
        )
    )


_VOICES = frozenset({"голос", "крик", "шепот", "возглас", "окрик", "бас"})


def voice_of(doc: Doc, v: int, end: int, names: Names) -> Mention | None:
    """Whose voice a verb of hearing hears: ``— Тащи! — слышит он голос Любима`` is Любим's;
    ``— слышит Иван`` names the listener, not the speaker.

    >>> from quotex.mentions import person_names
    >>> d = Doc("— Тащи! — слышит он голос Любима.")
    >>> voice_of(d, 1, len(d.text), Names(person_names(d))).name
    'Любим'
    """
    words = doc.words
    for i in range(v + 1, min(v + 5, len(words) - 1)):
        if words[i].end > end:
            break
        if morph.lemma(words[i].lower) not in _VOICES:
            continue
        who = words[i + 1]
        if who.start in names:
            return names[who.start]
        if who.is_capitalized:  # a name the dictionary reads as a common word: `Любима`
            name = nominative([who.text], person=True, case="gent")
            return Mention(who.start, who.end, NAME, name, surname_key(who.text), None, "sing")
        return None
    return None
