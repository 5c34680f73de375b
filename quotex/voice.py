"""Whose voice a stretch of text is in: the speaker's own words, or the author's.

One question, asked in one place. The marks stage asks it when an opening mark was lost (where
does the speech start?), the quotes stage when a paragraph follows a colon intro with no marks
(is this the speaker talking?) and when a stray closing mark follows narration.

The judgement, first verdict wins:

- the **author's** retelling: a particle that marks someone's words as retold (``пришел, мол,
  гонец``, ``дескать``), or the author's formula to the reader (``Напомним, …``);
- the **speaker's** words: a first- or second-person word (``я``, ``нам``, ``ваш``), a verb in
  the first or second person or the imperative (``скажу``, ``посмотрите``), an exclamation or a
  question, or a word of the speaker's own stance (``конечно``, ``увы``);
- the **author's** words: a report of speech in the third person (``министр заявил``, ``как
  сообщил посол``, ``эксперты уверены``, ``он будет настаивать``), a frame that credits words
  to someone (``по словам посла``, ``по его мнению``), or narration of a titled or named person
  in the past tense (``Министр прилетел в Минск утром``);
- otherwise **neither**: a plain statement that could be either's (``Переговоры будут
  трудными``).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import lexicon, morph

SPEAKER = "speaker"
AUTHOR = "author"
NEITHER = ""

_WORD_RE = regex.compile(r"\w+(?:-\w+)*")
_ASKS_OR_EXCLAIMS_RE = regex.compile(r"[!?]")
# `…, - отметил он. - …`: speech on both sides of an author's remark is the speaker's.
_INNER_REMARK_RE = regex.compile(r"[,!?…]\s*(?:—|–|--?)\s*\p{Ll}[^.!?…]*[.,]\s*(?:—|–|--?)\s*\S")
# A frame that credits the words after it to someone else: the author's wording.
_CREDIT_FRAME_RE = regex.compile(
    r"(?i)(?:^|[\s,(])(?:по\s+(?:его|ее|её|их|\w+)?\s*(?:словам|мнению|оценке|убеждению|"
    r"утверждению|признанию|взгляду)|на\s+(?:его|ее|её|их)\s+взгляд|согласно\s+\w+)\b"
)

# Particles with which the author retells someone's words in his own: `пришел, мол, гонец`.
RETELLING = frozenset({"мол", "дескать", "якобы"})
# The author's own first person plural, addressing the reader at a sentence's start.
AUTHOR_FORMULAS = frozenset({"напомним", "отметим", "добавим", "заметим", "подчеркнем", "уточним"})

FIRST_SECOND_PERSON = frozenset(
    {
        "я",
        "меня",
        "мне",
        "мной",
        "мною",
        "мы",
        "нас",
        "нам",
        "нами",
        "мой",
        "моя",
        "мое",
        "моё",
        "мои",
        "моего",
        "моей",
        "моих",
        "моему",
        "моим",
        "моими",
        "мою",
        "наш",
        "наша",
        "наше",
        "наши",
        "нашего",
        "нашей",
        "наших",
        "нашему",
        "нашим",
        "нашими",
        "нашу",
        "ты",
        "тебя",
        "тебе",
        "тобой",
        "твой",
        "твоя",
        "твое",
        "твои",
        "вы",
        "вас",
        "вам",
        "вами",
        "ваш",
        "ваша",
        "ваше",
        "ваши",
        "вашего",
        "вашей",
        "ваших",
        "вашему",
        "вашим",
        "вашу",
    }
)


VOICE_WINDOW = 2000  # characters of a stretch its voice is judged on


@lru_cache(maxsize=4096)
def voice(text: str) -> str:
    """Whose words ``text`` reads as: :data:`SPEAKER`, :data:`AUTHOR` or :data:`NEITHER`.

    >>> voice("Мы не отступим."), voice("Министр заявил журналистам.")
    ('speaker', 'author')
    >>> voice("Министр прилетел в Минск утром."), voice("Переговоры будут трудными.")
    ('author', '')
    >>> voice("По словам посла, визит отложен."), voice("Посмотрите на цифры.")
    ('author', 'speaker')
    """
    text = text[:VOICE_WINDOW]
    if _INNER_REMARK_RE.search(text):
        return SPEAKER
    written = [m.group() for m in _WORD_RE.finditer(text)]
    words = [w.lower().replace("ё", "е") for w in written]
    if any(w in RETELLING for w in words):
        return AUTHOR  # `пришел, мол, гонец`: the author retells someone's words
    if words and words[0] in AUTHOR_FORMULAS:
        return AUTHOR  # `Напомним, …`: the author's own "we" to the reader
    # a capitalised word inside the text is a name, whatever verb it looks like (`Хайди`)
    verbs = [w for k, w in enumerate(words) if k == 0 or not written[k][:1].isupper()]
    if _speaks(text, words, verbs):
        return SPEAKER
    if _CREDIT_FRAME_RE.search(text) or _reports_speech(words):
        return AUTHOR
    if _narrates(words):
        return AUTHOR
    return NEITHER


def _reports_speech(words: list[str]) -> bool:
    """A speech verb that reports (``заявил``, ``сообщив``), a short adjective of a stated view
    (``Эксперты уверены``), or a speech verb's infinitive after a finite verb in the third
    person (``Он будет настаивать``, ``она отказалась уточнить``)."""
    for k, w in enumerate(words):
        if lexicon.is_speech_adjective(w):
            return True
        if not lexicon.is_speech_verb(w):
            continue
        if reports(w):
            return True
        if k > 0 and morph.first_tag_has(w, "INFN") and reports(words[k - 1]):
            return True
    return False


def _speaks(text: str, words: list[str], verbs: list[str]) -> bool:
    if _ASKS_OR_EXCLAIMS_RE.search(text):
        return True
    if any(w in FIRST_SECOND_PERSON or lexicon.is_stance_word(w) for w in words):
        return True
    for w in verbs:
        ps = morph.parses(w)
        if ps and ps[0].tag.POS == "VERB" and ({"1per", "2per", "impr"} & ps[0].tag.grammemes):
            return True
    return False


def _narrates(words: list[str]) -> bool:
    """A person in the nominative (a title or a name) and a verb in the past tense:
    ``Посол прибыл в столицу вечером``. Not a pronoun: ``они подписали`` is as often a
    speaker's story as the author's."""
    person = past = False
    for w in words:
        ps = morph.parses(w)
        if not ps:
            continue
        tag = ps[0].tag
        if tag.POS == "VERB" and "past" in tag.grammemes:
            past = True
        elif tag.case == "nomn" and (lexicon.is_title(w) or {"Name", "Surn"} & tag.grammemes):
            person = True
    return person and past


@lru_cache(maxsize=morph.CACHE_SIZE)
def reports(word: str) -> bool:
    """Whether a verb form can stand for its subject's act: finite (not first or second person,
    not the imperative), a gerund or a short participle; not an infinitive or a full participle.

    >>> reports("заявил"), reports("заявив"), reports("заявить"), reports("скажу")
    (True, True, False, False)
    """
    ps = morph.parses(word)
    if not ps:
        return False
    tag = ps[0].tag
    if tag.POS in ("GRND", "PRTS"):
        return True
    return tag.POS == "VERB" and not ({"1per", "2per", "impr"} & tag.grammemes)
