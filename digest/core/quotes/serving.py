"""A speaker who works for, or is related to, the person named after them: 'a spokesman for NAME', 'an aide to
Sen. NAME', 'the widow of NAME', 'a friend of the late singer NAME' (split off ``mentions``)."""

from __future__ import annotations

from digest.core.lexicon import KIN, ROLE_NOUNS, TITLE_WORDS, role_word, word_set

_SERVING = frozenset({"for", "to", "of"})


def serves(titles: str) -> bool:
    """The words before a name make the speaker someone who works for that person: a role noun and ``for`` or
    ``to`` ('a spokesman for', 'an aide to Sen.', 'a lawyer for'), or 'close to' ('a person close to'). The
    speaker is then the description ('spokesman for Dana Pike'), not Dana Pike; a capitalised title keeps the
    name ('Minister for Health Dana Pike'), and so does any other word ('the account she gave to NAME')."""
    words = titles.split()
    return any(
        w.lower() in _SERVING
        and k > 0
        and (
            (_serving_word(words[k - 1], w) and _serves_name(words[k + 1 :], w))
            or (w == "of" and _role_of_job(words[k - 1], words[k + 1 :]))
        )
        for k, w in enumerate(words)
    )


def _role_of_job(word: str, after: list[str]) -> bool:
    """'a student of the famed pianist NAME', 'the agent of retired sprinter NAME': a lower-case role before 'of'
    and a lower-case job given to the name after it; the role's holder speaks, not the one named ('the secretary
    of state NAME', 'the head of the county board NAME' keep the name: no job stands before it)."""
    return word.islower() and role_word(word) and _described(after)


def _serves_name(after: list[str], preposition: str) -> bool:
    """After a relation's 'of' only capitalised titles, or a description ending in a role noun, stand before the
    name ('the widow of NAME', 'son of Mayor NAME', 'a neighbour of slain shop owner NAME'); 'Mother of two NAME',
    'Father of the House NAME' are epithets of NAME."""
    if preposition.lower() != "of":
        return True
    return all(w[:1].isupper() and w.lower().rstrip(".") in TITLE_WORDS for w in after) or _described(after)


def _described(after: list[str]) -> bool:
    """'a neighbour of slain shop owner NAME', 'a friend of the late singer NAME': lower-case words ending in a role
    noun before the name describe the one named after the relation's 'of', who is not the speaker."""
    return bool(after) and described_word(after[-1].lower()) and all(w.islower() and w.isalpha() for w in after)


def described_word(word: str) -> bool:
    """The last word of what a name is given after 'of': a role or agent noun ('pilot', 'potter') or a state
    ('the late NAME', 'jailed NAME', 'missing NAME')."""
    return role_word(word) or word in STATES


STATES = word_set("late slain murdered missing jailed detained deceased imprisoned kidnapped abducted")
"""Words of a state that describe the person named after them ('the family of the late NAME')."""


def _serving_word(word: str, preposition: str) -> bool:
    """A role noun in lower case, or one that is no title even when capitalised ('Aides' opening a sentence);
    or 'close' before 'to'; or a relation before 'of' ('the widow of', 'the family of', 'a friend of')."""
    low = word.lower()
    if low == "close":
        return preposition.lower() == "to"
    if preposition.lower() == "of":
        return low in RELATIONS or low in _SIDES  # not 'secretary of state Dana Pike': a role of a place keeps the name
    return low in ROLE_NOUNS and (word.islower() or low not in TITLE_WORDS)


RELATIONS = KIN | word_set(
    "sons daughters brothers sisters family families friend friends partner colleague colleagues neighbour neighbours"
    " neighbor neighbors classmate classmates schoolmate schoolmates roommate roommates housemate housemates flatmate"
    " flatmates ally confidant confidante loyalist backer rival opponent critic supporter"
)
"""People named by whom they are related to or whose side they take ('the widow of NAME', 'friends of NAME', 'an
ally of Ms NAME', 'critics of NAME'): the speaker is the relation, not the person named after 'of'."""
_SIDES = word_set("allies confidants loyalists backers rivals opponents critics supporters")
"""The plurals of the side-takers of :data:`RELATIONS`, read only before 'of' ('Allies of Senator NAME said': the
allies speak); 'NAME's longtime allies' elsewhere keeps its reading."""
