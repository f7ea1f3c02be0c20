"""Relative clauses after a comma inside or at the end of a reported clause: which go on with what was said and
which are the writer's aside.

- ', who ...' or ', whose ...' about a common noun ('the lifeguards, who then closed the beach'; 'the orchards,
  whose trees are older than the village') goes on with what was said; about a name ('NAME, who is seeking a third
  term') it is the writer's note on who that person is, and ends the clause.
- A relative closed by a comma before the main clause's verb ('that the cook, who had burnt her hand, was back at
  work') is inside what was said, whatever its antecedent.
- ', which she called ...', ', which she described as ...', ', a delay she blamed on ...': the writer telling what
  the speaker said of the clause is no more of the clause."""

from __future__ import annotations

from digest.core.lexicon import COMMON_IRREGULAR_PAST, SUBJECT_RELATIVES, THIRD_PERSON_PRONOUNS, word_set
from digest.core.quotes.clause_shape import FINITE_WORDS
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import DESCRIBE_VERBS, REPORT_VERBS

_PERSON_RELATIVES = word_set("who whose")
_RELATIVE_REACH = 30
"""How far a relative clause is read for its closing comma or a verb of speech (a relative clause is short)."""
_STOPS = frozenset({".", ";", "!", "?", ":", "—", "–", "--", "(", ")"})
"""Marks that end a relative clause with its sentence or an aside (the clause is read no further)."""


def relative_stop(tokens: list[Tok], start: int, k: int, hi: int) -> bool | None:
    """Whether the relative or appositive after a comma (``tokens[k]`` is its first word) ends the clause reported
    from ``start``: True for what the speaker said of the clause (:func:`said_of_clause`), False for a relative
    inside what was said (:func:`relative_goes_on`), None when neither says."""
    if said_of_clause(tokens, k, hi):
        return True
    return False if relative_goes_on(tokens, start, k, hi) else None


def relative_goes_on(tokens: list[Tok], start: int, k: int, hi: int) -> bool:
    """``tokens[k]`` ('who' or 'whose', after a comma) opens a relative clause that is part of the clause reported
    from ``start``: one after the subject of that clause or of a clause after 'that' inside it, closed by a comma
    before its verb ('that the cook, who had burnt her hand, was back'), or one about a common noun, holding no verb
    of speech ('the lifeguards, who then closed the beach'; not '..., who denied it', another's words, nor 'NAME,
    who runs the bakery', the writer's note on a name)."""
    if tokens[k].norm not in _PERSON_RELATIVES or k < 2:
        return False
    closing = _closing(tokens, k + 1, hi)
    if closing is None:
        return False  # a verb of speech inside: the relative reports another's words
    if (
        closing < hi
        and tokens[closing].text == ","
        and _main_verb_after(tokens, closing + 1, hi)
        and _subject_before(tokens, start, k - 1)
    ):
        return True
    antecedent = tokens[k - 2]
    return antecedent.kind is WORD and not antecedent.is_cap and antecedent.norm.isalpha()


def _closing(tokens: list[Tok], k: int, hi: int) -> int | None:
    """Where the relative clause from ``k`` ends (its comma or the sentence's end), or None when a verb of speech or
    of describing stands inside it before then."""
    for j in range(k, min(hi, k + _RELATIVE_REACH)):
        t = tokens[j]
        if t.text == "," or t.text in _STOPS:
            return j
        if t.kind is WORD and not t.is_cap and (t.norm in REPORT_VERBS or t.norm in DESCRIBE_VERBS):
            return None
    return min(hi, k + _RELATIVE_REACH)


_SUBJECT_WORDS = 6
"""The most words read back from a relative's comma for the subject it follows ('the foreman, who ...')."""


def _subject_before(tokens: list[Tok], start: int, comma: int) -> bool:
    """The words before ``comma`` back to the clause's start or to a 'that' are a subject: a few words, none a
    finite verb ('the foreman', 'Dana Pike'; not 'if his son Pat' nor 'when Ms Rowe')."""
    for j in range(comma - 1, max(start, comma - _SUBJECT_WORDS) - 1, -1):
        t = tokens[j]
        if t.norm == "that":
            return j < comma - 1
        if t.kind is not WORD or t.norm in FINITE_WORDS or t.norm in _NOT_SUBJECT:
            return False
        if j == start:
            return True
    return False


_NOT_SUBJECT = word_set("if when while because as after before until unless although though since")
"""Subordinators whose clause is no subject of the reported clause ('if his son Pat, who ...')."""


def _main_verb_after(tokens: list[Tok], k: int, hi: int) -> bool:
    """The word after the comma closing a relative clause (past an adverb in -ly) is a finite auxiliary or a past
    tense in lower case: the main clause's verb ('..., had gone home', '..., quietly left')."""
    if k < hi and tokens[k].norm.endswith("ly") and k + 1 < hi:
        k += 1
    if k >= hi or tokens[k].kind is not WORD or tokens[k].is_cap:
        return False
    n = tokens[k].norm
    if n in REPORT_VERBS or n in DESCRIBE_VERBS:
        return False  # 'NAME, who lost the vote, called for ...': the named person's own words
    return n in FINITE_WORDS or n in COMMON_IRREGULAR_PAST or n.endswith("ed")


_SAID_OF = (REPORT_VERBS | DESCRIBE_VERBS | word_set("linked links attributed attributes put puts")) - word_set(
    "said says estimated estimates promised vowed pledged"
)
"""Verbs by which the writer tells what the speaker said of the clause before ('which she called', 'which he
linked to', 'which it put down to'); not 'which she estimated at', a figure inside what was said ('which she said'
is weighed by the reported-speech pass, which keeps 'the plan, which she said was rushed, would fail' whole)."""
_GLOSS_SAID = _SAID_OF | word_set("said says")
"""After an appositive ('..., a freeze that she said was overdue'), 'said' too: the writer's gloss on the clause."""
_SPEAKER_PRONOUNS = THIRD_PERSON_PRONOUNS | word_set("it")
_GLOSS_WORDS = 3


def said_of_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """After a comma (``tokens[k]`` is its next word): ', which she called a relief', ', which he described as
    ...', ', a pattern she described as ...', ', a pause that they blamed on ...': a relative or an appositive of at
    most three words whose clause is a third-person pronoun and a verb of saying or describing is the writer's
    report of what the speaker said about the clause, not more of it ('which they shared with neighbours' goes on)."""
    j, verbs = k, _GLOSS_SAID
    if tokens[j].norm in ("a", "an"):
        j += 1
        while j < min(hi, k + 1 + _GLOSS_WORDS) and _plain_word(tokens[j]):
            j += 1
        if j == k + 1:
            return False
        if j < hi and tokens[j].norm in SUBJECT_RELATIVES | {"that"}:
            j += 1
    elif tokens[j].norm == "which":
        j, verbs = j + 1, _SAID_OF
    else:
        return False
    return j + 1 < hi and tokens[j].norm in _SPEAKER_PRONOUNS and tokens[j + 1].norm in verbs


def _plain_word(t: Tok) -> bool:
    return t.kind is WORD and not t.is_cap and t.norm.isalpha() and t.norm not in _SPEAKER_PRONOUNS
