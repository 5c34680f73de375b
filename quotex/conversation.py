"""Conversation: who speaks each dialogue turn, decided for a whole scene at once.

A scene is a run of dialogue turns with little narration between them. Some turns name their
speaker (``— сказал Иван``, ``— ответила старушка``); the others are decided together, forward
and backward, by a small dynamic programme over the scene's parties (the people who speak in it,
whom the narration shows acting, whom a remark addresses), from what the text says of each turn:

- a remark's pronoun or verb tells the speaker's gender (``— кричит она``, ``— сказала``) or
  that several speak (``— говорят``), and a pronoun points at the latest such person;
- a turn that calls someone by name (``— Эй, Прохор!``) is not theirs, and the next one is
  likely theirs; so is the turn after a remark that says whom it was spoken to (``—
  обратился землемер к жандарму``);
- after narration, the one it shows acting speaks next, as a rule (``Старушка суетится.``),
  and surely when the narration ends in a colon (``Мать всплеснула руками:``);
  the ones it shows with them are in the scene (``Анна встретила Петра.``), and someone it
  brings in later (``Тут подошел староста.``) speaks none of the turns before;
- a first-person narrator speaks turns too (``— спрашиваю я``), and those have no speaker;
- and as a default turns alternate: a new paragraph of speech is another party's.

Cost: each turn is scored against at most :data:`quotex.windows.PARTIES` parties, and the
programme keeps the last two speakers, so a scene of ``t`` turns costs ``O(t · PARTIES³)``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from . import morph
from .windows import PARTIES, PARTY_TURNS, PARTY_TURNS_AHEAD, SCENE_GAP_PARAGRAPHS

_NAME_CALLED = r"(?P<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s*[,!…]|\s*$)"
_CALL_OPENERS = r"[,!?…]\.*\s*|\b(?:эй|ну|ах|ох|брат|милый|друг|голубчик)\s+"
_CALL_RE = regex.compile(rf"(?P<opening>^)?(?:^|{_CALL_OPENERS}){_NAME_CALLED}")

NARRATOR = "\x00narrator"  # the first-person narrator: a party whose turns have no speaker
NOBODY = ""  # a turn nothing in the text gives a speaker to

# Costs of the programme (lower is likelier). A named speaker is certain; the rest weigh what
# a reader weighs.
_IMPOSSIBLE = 100.0
_NOBODY = 4.0  # leaving a turn without a speaker: only when no party fits
_SAME_AGAIN = 5.0  # the same party speaks the next paragraph of speech right away
_SAME_AFTER_NARRATION = 0.3  # … or after some narration
_ALTERNATE = -0.3  # a party speaks again after one other has (A B A)
_THIRD = 1.5  # a third party comes into a running exchange with no narration and no reason
_POINTED = -1.5  # the party a remark's pronoun points at
_ACTOR = -2.0  # the party the narration before the turn shows acting
_ANSWERS = -2.0  # the party the previous turn called by name or was spoken to
_INTRODUCED = -2.0  # the party the narration's colon introduces (`Мать всплеснула руками:`)
_UNEVIDENCED = 5.0  # a party the scene never shows speaking: only the narration shows them
_FADE = 0.85  # what a turn's evidence weighs one turn further away
_NEAR = -0.3  # for each unit of evidence the turns around give a party (up to three)
_DOMINANT = -0.4  # the party the scene's remarks name most often (times its share of that)


@dataclass(slots=True)
class Turn:
    """What the text says of one dialogue turn."""

    paragraph: int
    speaker: str | None = None  # named by its remark: the party's name
    gender: str | None = None  # told by the remark's pronoun or verb
    plural: bool = False  # `— говорят`: several speak
    narrator: bool = False  # `— спрашиваю я`
    pointed: str | None = None  # the party the remark's pronoun points at
    calls: frozenset[str] = frozenset()  # parties the turn calls by name
    summons: frozenset[str] = frozenset()  # … not at its start: they are expected to answer
    addressee: str | None = None  # whom the remark says it was spoken to
    actor: str | None = None  # whom the narration right before the turn shows acting
    introducer: str | None = None  # … when that narration ends in a colon: they speak it
    present: tuple[str, ...] = ()  # whom the narration since the last turn shows (acting or met)
    passing: bool = False  # the named speaker is a passing voice (`кто-то из толпы`, `эхо`)
    listener: str | None = None  # the one a remark says hears the turn (`— слышит Иван`)
    narrated: bool = False  # narration stands between this turn and the one before
    genders: dict[str, str | None] = field(default_factory=dict)
    plurals: frozenset[str] = frozenset()


def calls(text: str) -> list[tuple[str, bool]]:
    """The words a turn calls someone by (``Эй, Прохор!``, ``Федот, запрягай!``), capitalised
    words set off by a comma or an exclamation, each with whether it opens the turn: a call that
    opens a turn is often an order to someone who does not answer (``— Федот, пошел вон!``).

    A call that opens a question expects an answer as much as any (``Иван, где ты?``).

    >>> calls("Эй, Прохор! Иди сюда.")
    [('Прохор', False)]
    >>> calls("Федот, запрягай!"), calls("Федот, где ты?"), calls("Где ты был вчера?")
    ([('Федот', True)], [('Федот', False)], [])
    """
    question = text.rstrip().endswith("?")
    return [
        (m.group("name"), m.group("opening") is not None and not question)
        for m in _CALL_RE.finditer(text)
        if not morph.first_tag_has(m.group("name").split()[0], "INTJ")  # `Эй, …`
    ]


_ASKS_NAME_RE = regex.compile(
    r"(?i:\bкак\s+(?:тебя|вас)\s+(?:зовут|звать|величать|кличут|по\s+имени)\b"
    r"|\bкак\s+(?:тво[её]|ваше)\s+имя\b|\bкак\s+(?:твоя|ваша)\s+фамилия\b)"
)
_OWN_NAME_RE = regex.compile(
    r"(?i:\b(?:меня\s+(?:зовут|звать|кличут)|(?:зовут|звать)\s+меня|мо[её]\s+имя|моя\s+фамилия))"
    r"\s*[—–-]?\s*(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)"
)


def asks_name(text: str) -> bool:
    """Whether a turn asks the one it speaks to for their name (``Как тебя зовут?``).

    >>> asks_name("Эй, как тебя зовут?"), asks_name("Как зовут вашего брата?")
    (True, False)
    """
    return _ASKS_NAME_RE.search(text) is not None


def own_name(text: str, asked: bool) -> str | None:
    """The name a turn gives its own speaker: ``Меня зовут Фома``, or, answering a turn that
    asked for it (``asked``), the first name or surname the answer says in the nominative
    (``Меня-то? Фома.``). The speaker is then that person, whatever the remarks called them.

    >>> own_name("Меня зовут Фома, я здешний.", False), own_name("Меня-то? Фома.", True)
    ('Фома', 'Фома')
    >>> own_name("Меня-то? Фома.", False), own_name("Не скажу. Иди к Фоме.", True)
    (None, None)
    """
    m = _OWN_NAME_RE.search(text)
    if m is not None:
        return m.group("name")
    if not asked:
        return None
    for w in regex.findall(r"\p{Lu}\p{Ll}+", text):
        if any(
            p.tag.case == "nomn" and ({"Name", "Surn"} & p.tag.grammemes)
            for p in morph.parses(w.lower())
        ):
            return w
    return None


_ROLE_CALL_RE = regex.compile(r"(?P<opening>^)?(?:^|[,!?…]\.*\s*)(?P<word>\p{L}+)(?=\s*[,!?…:])")


def role_calls(text: str) -> list[tuple[str, bool]]:
    """The common nouns a turn calls someone by (``Собирайся, жена:``, ``Доктор, скорее!``),
    each as its lemma, with whether it opens the turn: a person's role, set off by punctuation,
    in the nominative singular (the Russian vocative), which a name is not.

    >>> role_calls("Собирайся, жена: пора."), role_calls("Доктор, скорее!")
    ([('жена', False)], [('доктор', True)])
    >>> role_calls("Иван, иди сюда!"), role_calls("Дома, в тепле, хорошо.")
    ([], [])
    """
    out = []
    for m in _ROLE_CALL_RE.finditer(text):
        word = m.group("word").lower()
        for p in morph.parses(word):
            tag = p.tag
            if tag.POS != "NOUN" or tag.animacy != "anim" or tag.case != "nomn":
                continue
            if tag.number != "sing" or {"Name", "Surn", "Patr"} & tag.grammemes:
                break
            out.append((p.normal_form, m.group("opening") is not None))
            break
    return out


def decide(turns: Sequence[Turn]) -> list[tuple[str, str]]:
    """The speaker of every turn of a document, as ``(party, why)``: ``why`` is ``"named"`` for
    a turn whose remark names it, else the strongest reason the programme chose the party by
    (``"pointed"``, ``"answers"``, ``"actor"``, ``"turn_taking"``); the party is
    :data:`NOBODY` or :data:`NARRATOR` for a turn without a speaker.

    >>> a = Turn(0, speaker="Иван", addressee="Анна")
    >>> b, c, d = Turn(1), Turn(2, speaker="Иван"), Turn(3)
    >>> [p for p, _ in decide([a, b, c, d])]
    ['Иван', 'Анна', 'Иван', 'Анна']
    """
    out: list[tuple[str, str]] = []
    for scene in _scenes(turns):
        out.extend(_decide_scene(scene))
    return out


def _scenes(turns: Sequence[Turn]) -> list[list[Turn]]:
    """Runs of turns with at most :data:`SCENE_GAP_PARAGRAPHS` paragraphs between them."""
    scenes: list[list[Turn]] = []
    for t in turns:
        if scenes and t.paragraph - scenes[-1][-1].paragraph <= SCENE_GAP_PARAGRAPHS + 1:
            scenes[-1].append(t)
        else:
            scenes.append([t])
    return scenes


def _evidence(t: Turn) -> list[tuple[str, float]]:
    """The parties a turn evidences, with how strongly (a passing voice is no party of the
    turns around it)."""
    out = [(None if t.passing else t.speaker, 3.0), (t.pointed, 1.5), (t.addressee, 1.0)]
    out += [(t.introducer, 1.5)]
    out += [(NARRATOR if t.narrator else None, 3.0)]
    out += [(t.actor, 0.5), (t.listener, 0.5)]
    out += [(c, 0.5) for c in t.calls]
    out += [(p, 0.5) for p in t.present]
    return [(who, w) for who, w in out if who]


def _parties(scene: list[Turn], k: int, enters: dict[str, int]) -> dict[str, float]:
    """The parties turn ``k`` is decided among: those the :data:`PARTY_TURNS` turns before
    it and the :data:`PARTY_TURNS_AHEAD` after it evidence (a remark naming them, a pronoun
    pointing at them, a call or a remark addressing them, the narration showing them act or
    with the one acting), the most strongly evidenced first, at most :data:`PARTIES`,
    evidence fading with the distance in turns (a long exchange keeps the two who began it);
    and whatever the turn itself or the one before says of its speaker, however weakly the
    scene evidences them (the one a question called by name). Someone the narration brings
    into the scene later (see :func:`_entrances`) is no party yet."""
    weight: dict[str, float] = {}
    for n in range(max(0, k - PARTY_TURNS), min(len(scene), k + PARTY_TURNS_AHEAD + 1)):
        fade = _FADE ** abs(n - k)
        for who, w in _evidence(scene[n]):
            if enters.get(who, 0) <= k:
                weight[who] = weight.get(who, 0.0) + w * fade
    parties = {p: weight[p] for p in sorted(weight, key=lambda p: -weight[p])[:PARTIES]}
    turn, before = scene[k], scene[k - 1] if k else None
    local = [turn.speaker, turn.pointed, turn.actor]  # a passing voice is a party of its turn
    if before is not None:  # the one the turn before called or spoke to may answer
        local += [*before.summons, before.addressee]
    for who in local:
        if who and who not in parties:
            parties[who] = weight.get(who, 0.0)
    return parties


def _entrances(scene: list[Turn]) -> dict[str, int]:
    """The turn before which the narration brings each party into the scene: the party's
    first evidence is the narration right before that turn showing them (``Тут подошел
    староста.``), so the turns before it are not theirs. A party first named by a remark may
    speak the turns just before (``— Открывай! — Кто там? — спросила Анна. — Свои, — ответил
    Олег``: Олег knocked)."""
    out: dict[str, int] = {}
    seen: set[str] = set()
    for k, turn in enumerate(scene):
        shown = {turn.actor, *turn.present} if turn.narrated else set()
        for who, _ in _evidence(turn):
            if who not in seen and who in shown:
                out[who] = k
            seen.add(who)
    return out


def _decide_scene(scene: list[Turn]) -> list[tuple[str, str]]:
    counts = Counter(t.speaker for t in scene if t.speaker and not t.passing)
    top = max(counts.values(), default=1)
    named = {p: _DOMINANT * n / top for p, n in counts.items()}
    for t in scene:  # those the scene shows speaking, or expected to answer, or telling it
        narrating = NARRATOR if t.narrator or NARRATOR in t.present else None
        for who in (t.pointed, t.introducer, t.addressee, narrating, *t.summons):
            if who:
                named.setdefault(who, 0.0)
    # best[(a, b)]: the least cost of the turns so far, the last two speakers being a and b
    enters = _entrances(scene)
    first = _parties(scene, 0, enters)
    best = {(NOBODY, s): _emit(scene[0], s, None, named, first) for s in [*first, NOBODY]}
    back: list[dict[tuple[str, str], tuple[str, str]]] = []
    for k in range(1, len(scene)):
        turn, before = scene[k], scene[k - 1]
        near = _parties(scene, k, enters)
        states = [*near, NOBODY]
        nxt: dict[tuple[str, str], float] = {}
        ptr: dict[tuple[str, str], tuple[str, str]] = {}
        # what the turn says of each party is the same whoever spoke before: asked once
        emits = [(s, _emit(turn, s, before, named, near)) for s in states]
        for (a, b), cost in best.items():
            for (s, emit), move in zip(emits, _moves(a, b, states, turn, before), strict=True):
                c = cost + emit + move
                if c < nxt.get((b, s), float("inf")):
                    nxt[b, s] = c
                    ptr[b, s] = (a, b)
        best = nxt
        back.append(ptr)
    state = min(best, key=best.__getitem__)
    path = [state[1]]
    for ptr in reversed(back):
        state = ptr[state]
        path.append(state[1])
    path.reverse()
    return [(s, _why(scene[k], s, scene[k - 1] if k else None)) for k, s in enumerate(path)]


def _emit(
    turn: Turn, s: str, before: Turn | None, named: dict[str, float], near: dict[str, float]
) -> float:
    """What the turn itself says for or against party ``s`` speaking it. A party the scene
    never shows speaking (named by a remark, pointed at by one, or spoken to) is likelier no
    speaker at all (the narration shows people who never speak); the one the scene names most,
    and the ones the turns around evidence most, speak the turns nothing else decides a little
    more likely than the rest."""
    if s == NOBODY:
        return _NOBODY if turn.speaker is None and not turn.narrator else _IMPOSSIBLE
    if turn.speaker is not None:
        return 0.0 if s == turn.speaker else _IMPOSSIBLE
    if turn.narrator:
        return 0.0 if s == NARRATOR else _IMPOSSIBLE
    if s in turn.calls or s == turn.listener:
        return _IMPOSSIBLE
    gender = turn.genders.get(s)
    if turn.gender and gender and gender != turn.gender:
        return _IMPOSSIBLE
    if turn.plural != (s in turn.plurals):
        return _IMPOSSIBLE if turn.plural else _IMPOSSIBLE / 4
    cost = named.get(s, _UNEVIDENCED) + _NEAR * min(near.get(s, 0.0), 3.0)
    if s == turn.pointed:
        cost += _POINTED
    if s == turn.introducer:
        cost += _INTRODUCED
    if s == turn.actor and s in named:  # the narration shows someone known to speak acting
        cost += _ACTOR
    if before is not None and (s in before.summons or s == before.addressee):
        cost += _ANSWERS
    return cost


def _moves(a: str, b: str, states: list[str], turn: Turn, before: Turn) -> list[float]:
    """What turn-taking says of each party of ``states`` speaking after ``b``, who spoke after
    ``a``: not the same party again, rather the one before; and with no narration between, not
    a third party the turn gives no reason to bring in (an exchange keeps its two). The one the
    turn before called or spoke to has that reason (``— Отвори ворота, сторож! — Сейчас.``),
    and so has the one the turn's own remark names. All the parties at once: the programme asks
    for every pair of last speakers.

    >>> t = Turn(0)
    >>> _moves("Анна", "Иван", ["Иван", "Анна", "Олег", NOBODY], t, Turn(0)) == [
    ...     _SAME_AGAIN, _ALTERNATE, _THIRD, 0.0]
    True
    """
    if b == NOBODY:
        return [0.0] * len(states)
    same = _SAME_AFTER_NARRATION if turn.narrated else _SAME_AGAIN
    third = a not in (NOBODY, b) and not turn.narrated
    brought = {turn.speaker, turn.pointed, turn.actor, before.addressee, *before.summons}
    out = []
    for s in states:
        if s == NOBODY:
            out.append(0.0)
        elif s == b:
            out.append(same)
        elif s == a:
            out.append(_ALTERNATE)
        elif third and s not in brought:
            out.append(_THIRD)
        else:
            out.append(0.0)
    return out


def _why(turn: Turn, s: str, before: Turn | None) -> str:
    if turn.speaker is not None and s == turn.speaker:
        return "named"
    if s == turn.pointed:
        return "pointed"
    if before is not None and (s in before.summons or s == before.addressee):
        return "answers"
    if s == turn.actor:
        return "actor"
    return "turn_taking"
