"""A nickname a group gives a person: 'Shipmates soon began calling him "The Almanac"', 'The tabloids called her
"the Pellingford Comet"', 'Racing tipsters call him "Old Corduroy"'. A name in a title's capitals that a group of
common nouns (teammates, newspapers, fans) calls a person by is how the person is known, no one's words, however
many said it. A single caller keeps the words ('NAME called her "Lady Fogbound"', 'he kept calling me "Little
Pip"': PolNeAR's annotators count those as the caller's words), and so does a judgement in lower case ('Critics
called her "a bore"', 'the dullest man in Ardlow': a quoted description, read as the critics')."""

from __future__ import annotations

from digest.core.lexicon import GROUP_NOUNS, ORG_WORDS, PERSON_HEADS, PRONOUNS, ROLE_NOUNS, word_set
from digest.core.quotes.thing_names import proper_name
from digest.core.quotes.tokens import WORD, Tok

_NAMING_VERBS = word_set(
    "call calls called calling dub dubs dubbed dubbing nickname nicknames nicknamed nicknaming christened"
)
"""Verbs that give a person the name after their object."""
_PERSON_OBJECTS = word_set("him her them")
"""The person named, as a pronoun right before the quotation."""
_BETWEEN = word_set(
    """have has had long always still often also affectionately fondly simply soon quickly once taken took begun
    began started come came to sometimes nowadays"""
)
"""Auxiliaries, adverbs and phrases of a habit between the group and the verb ('have long called', 'have taken to
calling', 'soon began calling')."""
_GROUP_PLURALS = word_set("colleagues fans locals magazines papers tabloids rivals opponents peers crowds")
"""Plural nouns of a group of callers that the shared lists of persons, roles and bodies leave out."""
_SUBJECT_WORDS = 3
"""The most words of the group's subject ('Racing writers', 'The local papers')."""


def group_nickname(tokens: list[Tok], qi: int) -> bool:
    """The quotation ``tokens[qi]`` is a proper name (:func:`proper_name`) right after a verb of naming and 'him',
    'her' or 'them', and the verb's subject is a group of common nouns (module docstring)."""
    if qi < 3 or not proper_name(tokens[qi].text) or tokens[qi - 1].norm not in _PERSON_OBJECTS:
        return False
    verb = tokens[qi - 2]
    if verb.kind is not WORD or verb.is_cap or verb.norm not in _NAMING_VERBS:
        return False
    j = qi - 3
    while j > 0 and tokens[j].kind is WORD and not tokens[j].is_cap and tokens[j].norm in _BETWEEN:
        j -= 1
    return _group_subject(tokens, j)


def _group_subject(tokens: list[Tok], head: int) -> bool:
    """``tokens[head]`` ends a group's subject: a plural noun with up to :data:`_SUBJECT_WORDS` plain words before
    it, the first of them capitalised only where a sentence starts ('Racing tipsters', 'The tabloids'); a
    capitalised head alone must be a plural noun of people or bodies ('Shipmates', 'Newspapers'; not a surname
    like 'Hollins')."""
    h = tokens[head]
    if h.kind is not WORD or not _plural(h.norm) or h.norm in PRONOUNS:
        return False
    if h.is_cap:
        return _sentence_start(tokens, head) and _people_plural(h.norm)
    first = head
    while first > 0 and head - first + 1 < _SUBJECT_WORDS and _plain(tokens[first - 1]):
        first -= 1
    before = tokens[first - 1] if first > 0 else None
    return before is None or not before.is_cap or before.kind is not WORD or _sentence_start(tokens, first - 1)


def _plain(t: Tok) -> bool:
    """A lower-case plain word of a subject ('racing', 'former'), no pronoun."""
    return t.kind is WORD and not t.is_cap and t.norm.replace("-", "").isalpha() and t.norm not in PRONOUNS


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.replace("-", "").isalpha()


def _people_plural(word: str) -> bool:
    """A plural noun of people or bodies: in the shared lists ('teammates', 'newspapers'), in :data:`_GROUP_PLURALS`
    or a plural of '-mate' ('shipmates', 'clubmates')."""
    single = word[:-1]
    return (
        word in _GROUP_PLURALS
        or word.endswith("mates")
        or any(w in PERSON_HEADS or w in ROLE_NOUNS or w in GROUP_NOUNS or w in ORG_WORDS for w in (word, single))
    )


def _sentence_start(tokens: list[Tok], k: int) -> bool:
    return k == 0 or tokens[k - 1].text in (".", "!", "?", ";", ":") or tokens[k - 1].kind is not WORD
