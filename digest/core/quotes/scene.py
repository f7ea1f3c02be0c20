"""Sentences that set a person up to speak without a verb of speech, before a quotation that names no one.

Three shapes of English introduce the next quotation (the rest of the paragraph, or the paragraph after) as the
words of the person they open with:

- a person and a verb of remembering, pondering or a gesture: 'Ida Brenner, who has kept the books since 1998,
  still recalls that winter.', 'He considered the question for a while.', 'Ms Dahl shook her head.';
- a person's view as the subject: 'Her advice to new members is simpler.', 'Kell's answer was blunt.';
- a person speaking in an opening phrase: 'Addressing the crowd at the depot, Oduya played down the delay.'

The person must be named (or be 'he' or 'she'); a group, a thing or a quotation in the sentence itself names no
speaker here ('The crowd remembers the day.', 'Her book is simpler.').
"""

from __future__ import annotations

from collections.abc import Callable

from digest.core.lexicon import ADVERBS, KIN_MEN, KIN_WOMEN, PERSON_PRONOUNS, word_set
from digest.core.quotes.gender import first_name_lean
from digest.core.quotes.main_clause import clause_subject
from digest.core.quotes.mentions import Mention, make_mention
from digest.core.quotes.own_words import owner_mention
from digest.core.quotes.speakers import np_right
from digest.core.quotes.tokens import QUOTE, WORD, Tok

RECALLING = word_set(
    """remembers remembered thought thinks pondered ponders considered considers paused pauses hesitated hesitates
    shook shakes nodded nods shrugged shrugs smiled smiles grinned grins winced winces frowned frowns leaned leans
    reflected reflects intervened intervenes laughs laughed sighs sighed chuckles chuckled grimaces grimaced blushes
    blushed scoffs scoffed demurs demurred disagrees disagreed"""
)
"""Verbs of remembering, pondering, a gesture, a laugh or a sigh, demurring or stepping in, in the past or the
present of features: their subject goes on to speak ('She paused.', 'He shook his head.', 'She laughs.', 'The chair
intervened.'). Not 'stops', 'groans', 'snorts' or 'beams': things and animals do so too ('The traffic stops.',
'The horse snorts.' set up no one for a later 'she says')."""
_VIEW_NOUNS = word_set(
    """verdict answer reply response advice view views assessment explanation reaction message take judgment
    judgement conclusion prognosis diagnosis recollection memory memories"""
)
"""Nouns of a person's words or opinion: 'Her verdict is less kind.' before what the person says."""
_SPEAKING_OPENERS = word_set("speaking talking addressing answering responding replying")
"""Participles of speaking opening a sentence: 'Speaking at the depot, X ...' says X is speaking."""
_LONGEST = 30
_NAME_WORDS = 4
"""The most capitalised words of a name set off by commas in a subject ('The chair, Rhona Vask,')."""


def scene_speaker(tokens: list[Tok], para: str) -> Mention | None:
    """The person a sentence sets up to speak (see the module); None otherwise."""
    if not 3 <= len(tokens) <= _LONGEST or tokens[-1].text != "." or any(t.kind is QUOTE for t in tokens):
        return None
    who = clause_subject(tokens, 0, len(tokens) - 1)
    if who is None or who.end + 1 >= len(tokens):
        return None
    head = tokens[who.start : who.end]
    if len(head) == 1 and tokens[who.end].norm in _VIEW_NOUNS:
        return _owner(head[0], tokens[who.end + 1 :])
    verb = _verb_after(tokens, who.end + 1 if _apposed(head) and tokens[who.end].text == "," else who.end)
    if verb is None or not _personal(head):
        return None
    word = tokens[verb]
    spoken = tokens[0].norm in _SPEAKING_OPENERS and tokens[1].kind is WORD
    if word.kind is WORD and not word.is_cap and (word.norm in RECALLING or spoken):
        return make_mention(tokens, who.start, who.end, para)
    return None


def _verb_after(tokens: list[Tok], end: int) -> int | None:
    """Where the verb after a subject ending at ``end`` stands: past an adverb ('still remembers') and a relative
    clause or an apposition between commas ('NAME, who has kept the books since 1998, remembers')."""
    if tokens[end].text == ",":
        close = next((k for k in range(end + 1, len(tokens)) if tokens[k].text == ","), None)
        if close is None or tokens[end + 1].norm not in ("who", "whose"):
            return None
        end = close + 1
    if end < len(tokens) - 1 and tokens[end].norm in ADVERBS:
        end += 1
    return end if end < len(tokens) - 1 else None


def _owner(owner: Tok, rest: list[Tok]) -> Mention | None:
    """'Her verdict ... is less kind': the person 'her' or 'NAME's' stands for, when 'is' or 'was' follows the
    view (the sentence tells of it, as 'Her verdict stood' does not)."""
    if not any(t.norm in ("is", "was") for t in rest):
        return None
    if owner.norm in ("his", "her") or owner.is_cap and owner.text.endswith(("'s", "’s")):
        return owner_mention(owner)
    return None


def _apposed(head: list[Tok]) -> bool:
    return any(t.text == "," for t in head)


def _comma_parts(head: list[Tok]) -> list[list[Tok]]:
    parts: list[list[Tok]] = [[]]
    for t in head:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def _personal(head: list[Tok]) -> bool:
    """A phrase that can name one person: 'he', 'she' or a capitalised name (its first word capitalised, no
    article nor pronoun opening it)."""
    if len(head) == 1 and head[0].norm in PERSON_PRONOUNS:
        return head[0].norm in ("he", "she")
    if _apposed(head):  # 'The chair, Rhona Vask,', 'Rhona Vask, the chair,'
        return any(2 <= len(part) <= _NAME_WORDS and all(t.is_cap for t in part) for part in _comma_parts(head))
    return head[0].is_cap and head[0].norm not in ("the", "a", "an", "it", "they", "we", "i", "this", "that")


def acting_speaker(
    tokens: list[Tok], para: str, known_person: Callable[[str], bool], present: bool = False
) -> Mention | None:
    """'NAME peels off his gloves.', 'She keeps her eyes on the page.': a sentence whose subject, a person
    named in full, one the article named before (``known_person`` of the name's last word), 'he' or 'she', or a
    relative named by 'his' or 'her' and a noun of kin ('Her uncle tapped his pipe.'), does
    anything at all, and that names no one else after its verb, before a quotation of the same paragraph that names
    no speaker: features show the speaker acting, then quote them. A pet or a thing ('Biscuit barked.', 'Her second
    book is simpler.') names no one. The subject may follow an opening subordinate clause ('When it rang, NAME was
    defiant.'). With ``present``, only a verb in the present tense counts ('NAME stacks the
    chairs.', a feature's scene before a quotation paragraph; not news narrative such as 'NAME walked to the
    podium.')."""
    if not 3 <= len(tokens) <= _LONGEST or tokens[-1].text != "." or any(t.kind is QUOTE for t in tokens):
        return None
    who = clause_subject(tokens, 0, len(tokens) - 1, quoted=True)
    found = (who.start, who.end) if who is not None else np_right(tokens, 0, len(tokens) - 1)
    if found is None or found[1] + 1 >= len(tokens):
        return None
    head = tokens[found[0] : found[1]]
    verb = _past_aside(tokens, found[1] + 1 if _apposed(head) and tokens[found[1]].text == "," else found[1])
    if verb is None or not _personal(head) or tokens[verb].kind is not WORD or tokens[verb].is_cap:
        return None
    if present and (not tokens[verb].norm.endswith("s") or tokens[verb].norm == "was"):
        return None
    words = [t for t in head if t.kind is WORD]
    full = len(words) >= 2 and words[-1].is_cap and first_name_lean(words[-2].text) is not None  # 'Ana Reyes'
    kin = len(words) == 2 and words[0].norm in ("his", "her") and words[1].norm in KIN_MEN | KIN_WOMEN  # 'Her sister'
    if not (words[-1].norm in ("he", "she") or full or kin or (words[-1].is_cap and known_person(words[-1].text))):
        return None  # 'Her second book is simpler.', 'Biscuit barked.': no person
    if any(t.is_cap for t in tokens[verb + 1 :]):
        return None  # 'She hands the phone to NAME.': either may speak next
    return make_mention(tokens, found[0], found[1], para)


def _past_aside(tokens: list[Tok], end: int) -> int | None:
    """Where the verb after a subject ending at ``end`` stands, past an aside between commas ('NAME, perched
    on a crate, taps ...') and an adverb."""
    if tokens[end].text == ",":
        close = next((k for k in range(end + 1, min(len(tokens), end + _LONGEST)) if tokens[k].text == ","), None)
        if close is None:
            return None
        end = close + 1
    if end < len(tokens) - 1 and tokens[end].norm in ADVERBS:
        end += 1
    return end if end < len(tokens) - 1 else None
