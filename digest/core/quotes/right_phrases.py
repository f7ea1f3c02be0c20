"""The speaker noun phrase after a speech verb ('said retired Army Gen. Dana Pike', 'said a former customs
official who ...'; split out of ``speakers.py``, with shares of people after the verb since: 'say 38 percent of
voters')."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS_OR_AUXILIARIES,
    COORDINATORS,
    DETERMINERS,
    IRREGULAR_PAST,
    MONTHS_DAYS,
    NP_ADJECTIVES,
    NUMBER_WORDS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SHARE_WORDS,
    SUBORDINATORS,
    TITLE_WORDS,
)
from digest.core.quotes.clause_shape import FINITE_WORDS
from digest.core.quotes.days import DAYS
from digest.core.quotes.mention_parts import AGE_MODIFIER, NAME_PARTICLES
from digest.core.quotes.phrase_words import PHRASE_TRAILERS, STOP_CAPS, lower_word, np_word
from digest.core.quotes.tokens import WORD, Tok
from digest.core.speech_verbs import SPEECH_VERBS

_MODIFIERS_MAX = 2
_NOT_MODIFIERS = frozenset({"and", "or", "that", "who", "which", "but", "as", "than", "not"})


def _participle_modifier(tokens: list[Tok], i: int, hi: int) -> bool:
    """One or two lower-case modifiers before a capitalised title or name or a role noun: 'said retired Army
    Gen. Dana Pike', 'said conservative activist Bob Klaus', 'said longtime party strategist NAME'."""
    k = i
    while (
        k < min(hi, i + _MODIFIERS_MAX)
        and (_modifier(tokens[k]) or _office_modifier(tokens, k, hi))
        and (k == i or tokens[k].norm not in POSSESSIVES)
    ):
        k += 1  # a possessive only opens the phrase ('his top aide'): after a word it ends it ('defended his father')
    if k == i or k >= hi:
        return False
    head = tokens[k]
    return (head.is_cap and head.norm not in STOP_CAPS) or (head.norm in ROLE_NOUNS and not head.is_cap)


_OFFICES = TITLE_WORDS | ROLE_NOUNS


def _office_modifier(tokens: list[Tok], k: int, hi: int) -> bool:
    """'state' in 'said state Sen. Dana Pike', 'said state senator Dana Pike': a bare verb of speech before a title
    or a role is a noun modifying it, never a verb (no verb follows 'said' bare)."""
    tok = tokens[k]
    if tok.kind is not WORD or tok.is_cap or tok.norm not in SPEECH_VERBS or tok.norm.endswith(("s", "ed", "ing")):
        return False
    head = tokens[k + 1] if k + 1 < hi else None
    return head is not None and head.kind is WORD and head.norm.rstrip(".") in _OFFICES


def _modifier(tok: Tok) -> bool:
    n = tok.norm
    return (
        tok.kind is WORD
        and not tok.is_cap
        and (n.replace("-", "").isalpha() or AGE_MODIFIER.fullmatch(n) is not None)
        and n not in SPEECH_VERBS
        and n not in PREPOSITIONS_IN_NP
        and n not in PRONOUNS
        and n not in DETERMINERS
        and n not in _NOT_MODIFIERS
        and n not in ROLE_NOUNS
    )


def _phrase_end(tokens: list[Tok], i: int, hi: int) -> int:
    """Where a speaker phrase starting at ``i`` ends: at a word that cannot be in it (a prepositional phrase
    may hold a few more), or at a speech verb."""
    k = i
    in_pp = 0
    while k < hi and tokens[k].kind is WORD:
        t = tokens[k]
        if t.norm in PREPOSITIONS_IN_NP and k > i:
            in_pp = 5
        elif not np_word(t) and in_pp <= 0 and not _number_in_name(tokens, k, i, hi):
            break
        if t.norm in SPEECH_VERBS and not t.is_cap:
            break
        in_pp -= 1
        k += 1
    return k


def _number_in_name(tokens: list[Tok], k: int, i: int, hi: int) -> bool:
    """'Local 88 President NAME': a number between capitalised words is part of a union's or unit's name."""
    return tokens[k].norm.isdigit() and k > i and tokens[k - 1].is_cap and k + 1 < hi and tokens[k + 1].is_cap


def _role_past_modifiers(tokens: list[Tok], i: int, end: int, hi: int) -> int:
    """'said a former U.S. customs official who ...', 'said a senior port official': a phrase opened by a determiner
    that stops after a capitalised word or an adjective of roles goes on past one or two plain words to the role
    noun they modify (else it would end at 'U.S.' or 'senior'); ``end`` when no role noun follows."""
    last = tokens[end - 1]
    if tokens[i].norm not in DETERMINERS or not (last.is_cap or (end - 1 > i and last.norm in NP_ADJECTIVES)):
        return end
    for k in range(end, min(hi, end + 2)):
        t = tokens[k]
        if t.kind is not WORD or t.is_cap or t.norm in SPEECH_VERBS or t.norm in PRONOUNS:
            return end
        if t.norm in ROLE_NOUNS:
            return _phrase_end(tokens, k, hi)
    return end


def _plain_words_to_role(tokens: list[Tok], i: int, end: int, hi: int) -> int:
    """'Quarry Rangers club secretary NAME', 'Harbour Rovers team captain NAME': a phrase opened by a capitalised
    word that stops at a capitalised word goes on past one or two plain lower-case words (no verb, no closed word) to
    a singular role noun and the name after it (else the organisation alone would be the phrase); ``end`` when no
    role and name follow."""
    if not tokens[i].is_cap or end <= i or end >= hi or not tokens[end - 1].is_cap:
        return end
    for k in range(end, min(hi, end + 2)):
        t = tokens[k]
        if not lower_word(t) or verb_like(t) or t.norm in _CLOSED_WORDS or t.norm in PRONOUNS:
            return end
        if t.norm in ROLE_NOUNS:
            after = _phrase_end(tokens, k, hi)
            named = after > k + 1 and tokens[after - 1].is_cap and not t.norm.endswith("s")
            return after if named else end
    return end


def _plural_noun(tok: Tok) -> bool:
    """A lower-case word that may be a plural noun ('respondents', 'passengers'; not 'say', 'says', 'also')."""
    n = tok.norm
    return (
        lower_word(tok)
        and n.endswith("s")
        and not n.endswith(("ss", "us"))
        and n not in SPEECH_VERBS
        and n not in PRONOUNS
        and n not in PREPOSITIONS_IN_NP
    )


def _share_of_people(tokens: list[Tok], i: int, hi: int) -> bool:
    """A quantifier and a plural noun ('Most respondents'), or a number and a share word not followed by 'of'
    ('Sixty-two percent say'; 'Sixty-two percent of voters' is read as before)."""
    first, second = tokens[i], tokens[i + 1]
    if first.norm in QUANTIFIERS:
        return _plural_noun(second)
    number = first.norm.replace("-", "").isalpha() and first.norm.split("-")[-1] in NUMBER_WORDS
    after = tokens[i + 2] if i + 2 < hi else None
    return (number or first.norm.isdigit()) and second.norm in SHARE_WORDS and (after is None or after.norm != "of")


def verb_like(tok: Tok) -> bool:
    """A lower-case word that reads as a verb after a subject: an auxiliary, an irregular past, an -ed word, a verb
    of speech."""
    n = tok.norm
    return tok.kind is WORD and (
        n in FINITE_WORDS or n in IRREGULAR_PAST or n in SPEECH_VERBS or (n.endswith("ed") and len(n) > 4)
    )


_CLOSED_WORDS = (
    frozenset(PRONOUNS) | RELATIVE_PRONOUNS | ADVERBS_OR_AUXILIARIES | SUBORDINATORS | COORDINATORS | DETERMINERS
)
"""Words of closed classes, never the noun a phrase's adjective modifies ('a former executive who', 'an official
later said')."""


def _adjective_head_end(tokens: list[Tok], i: int, end: int, hi: int) -> int:
    """'the national forecaster', 'The regional forecaster has': a phrase opened by a determiner that stops at an
    adjective of roles goes on to the plain noun after it when punctuation or a verb follows that noun (not 'the
    police issue a warning', where the word after the adjective is a verb)."""
    if end - i < 2 or end + 1 >= hi or tokens[i].norm not in DETERMINERS:
        return end
    last, noun, after = tokens[end - 1], tokens[end], tokens[end + 1]
    if last.is_cap or last.norm not in NP_ADJECTIVES or noun.kind is not WORD or noun.is_cap:
        return end
    n = noun.norm
    if not n.isalpha() or n.endswith(("s", "ly")) or verb_like(noun) or n in _CLOSED_WORDS:
        return end
    return end + 1 if after.text in (".", ";") or (verb_like(after) and not after.is_cap) else end


def _day_before_role(tokens: list[Tok], i: int, hi: int) -> bool:
    """'said Thursday county engineer NAME', 'said Monday senior aide NAME': a day of the week between the verb and
    a role phrase is when the words were said (the mention drops it: ``days``); not before a bare name or a clause
    ('said Monday it would', 'said Monday the bridge would')."""
    if i + 1 >= hi or tokens[i].norm not in DAYS or not tokens[i].is_cap:
        return False
    nxt = tokens[i + 1]
    return _participle_modifier(tokens, i + 1, hi) or (nxt.kind is WORD and not nxt.is_cap and nxt.norm in ROLE_NOUNS)


def np_right(tokens: list[Tok], i: int, hi: int) -> tuple[int, int] | None:
    """The speaker noun phrase starting at ``tokens[i]`` (after ``said``), with an appositive role."""
    if i >= hi or tokens[i].kind is not WORD:
        return None
    first = tokens[i]
    if first.norm in PRONOUNS:
        return i, i + 1
    titled = _title_after_town(tokens, i, hi)
    if titled is not None:
        return np_right(tokens, titled, hi)  # 'said Fenwold, Iowa, Mayor NAME': the town is where NAME serves
    particle = first.norm in NAME_PARTICLES and i + 1 < hi and tokens[i + 1].is_cap  # 'said van Sebille'
    if _participle_modifier(tokens, i, hi) or _day_before_role(tokens, i, hi):
        rest = np_right(tokens, i + 1, hi)
        return (i, _place_of_speaking(tokens, i, rest[1])) if rest is not None else None  # 'his wife from the car'
    if not (
        first.is_cap or particle or first.norm in DETERMINERS or first.norm in NP_ADJECTIVES or first.norm in ROLE_NOUNS
    ):
        return None
    end = _role_past_modifiers(tokens, i, _phrase_end(tokens, i, hi), hi)
    end = _plain_words_to_role(tokens, i, end, hi)
    if end == i + 1 and end < hi and _share_of_people(tokens, i, hi):
        end += 1  # 'Most respondents say "..."', 'Sixty-two percent say "..."': a share of people, not 'Most'

    end = _place_of_speaking(tokens, i, _adjective_head_end(tokens, i, end, hi))
    while end > i and tokens[end - 1].norm in PHRASE_TRAILERS:
        end -= 1
    if end <= i or (end == i + 1 and first.norm in MONTHS_DAYS and first.norm.endswith("day")):
        return None  # 'X, a planner, said Sunday.': a day alone is when, never who
    if _abbreviation_before_name(tokens, end, hi):
        end += 1  # 'said Gull Harbor, Fla., Mayor NAME': an abbreviation's full stop before a comma
    if end < hi and tokens[end].text == "," and end + 1 < hi:
        second = np_right(tokens, end + 1, hi)
        if second is not None and second[1] - second[0] <= 12 and not member_aside(tokens, end, hi):
            return second if _fronted_place(tokens, i, end) else (i, second[1])
    return i, end


_PLACE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
"""Words opening a place a speaker calls from ('from the passenger seat', 'from her kitchen')."""
_OWNERS = frozenset({"his", "her", "their"})


def _place_of_speaking(tokens: list[Tok], i: int, end: int) -> int:
    """'says his wife from the vestry door', 'calls Ysolde from the tea urn': a name, or a relative or role
    after 'his', 'her' or 'their', then 'from' and a common noun phrase: where the speaker spoke from, no part of
    who spoke (the phrase ends before 'from'); ``end`` otherwise ('a voice from the hall', 'a nurse from the
    clinic', 'NAME from Leeds' keep theirs)."""
    named = tokens[i].is_cap and tokens[i].norm not in DETERMINERS
    if not named and tokens[i].norm not in _OWNERS:
        return end
    for k in range(i + 1, end - 1):
        if tokens[k].norm == "from" and tokens[k + 1].norm in _PLACE_OPENERS and not tokens[k + 1].is_cap:
            return k
        if named and not tokens[k].is_cap:
            return end
    return end


def _abbreviation_before_name(tokens: list[Tok], end: int, hi: int) -> bool:
    """'Gull Harbor, Fla., Mayor NAME': the full stop at ``end`` closes an abbreviated capitalised word and a comma
    and a capitalised word (a title or a name) follow; not 'in Aspen, Colo., the graduate ...' (a determiner opens
    the subject after a fronted place)."""
    return (
        end + 2 < hi
        and tokens[end].text == "."
        and tokens[end - 1].is_cap
        and tokens[end + 1].text == ","
        and tokens[end + 2].norm not in DETERMINERS
    )


_TOWN_WORDS = 3
"""The most words of a town before its state ('Palm Bay', 'Lake Forest Park')."""
_STATE_WORDS = 2
"""The most words of a state ('New Hampshire', 'Fla.')."""
_NO_OFFICE = frozenset({"the", "of", "for", "to", "and", "former", "acting", "interim", "first", "white", "house"})
"""Words of ``TITLE_WORDS`` that open no official's title of their own."""


def _title_after_town(tokens: list[Tok], i: int, hi: int) -> int | None:
    """'said Fenwold, Iowa, Mayor NAME', 'said Gull Harbor, Fla., Police Chief NAME': a town and its state, each
    set off by a comma, before an official's title and a capitalised name (the American wire style) say where the
    official serves; where the title starts (the speaker phrase), None when the words at ``i`` are not so."""
    town = _capitalised_run(tokens, i, hi)
    if not 0 < town - i <= _TOWN_WORDS or town >= hi or tokens[town].text != ",":
        return None
    state = _capitalised_run(tokens, town + 1, hi)
    if not 0 < state - town - 1 <= _STATE_WORDS:
        return None
    state += state < hi and tokens[state].text == "."  # 'Fla.'
    if state + 2 >= hi or tokens[state].text != ",":
        return None
    title, after = tokens[state + 1], tokens[state + 2]
    office = title.norm.rstrip(".")
    named = title.is_cap and after.kind is WORD and after.is_cap
    return state + 1 if named and office in TITLE_WORDS and office not in _NO_OFFICE else None


def _capitalised_run(tokens: list[Tok], i: int, hi: int) -> int:
    """Where the capitalised words from ``i`` that are no title words end."""
    k = i
    while k < hi and tokens[k].kind is WORD and tokens[k].is_cap and tokens[k].norm.rstrip(".") not in TITLE_WORDS:
        k += 1
    return k


_FRONTING = frozenset(
    {"across", "beyond", "inside", "outside", "along", "around", "near", "behind", "beneath", "below", "above", "over"}
    | {"under", "throughout", "within", "from", "amid", "among", "despite", "during", "after", "before", "at", "in"}
)
"""Prepositions opening a sentence before a comma and its subject ('Across the Merrow Sound, NAME is unconvinced')."""


def _fronted_place(tokens: list[Tok], i: int, end: int) -> bool:
    """'Across the Merrow Sound, NAME', 'Inside the Corran Institute, NAME': a capitalised preposition and a
    determiner open the phrase before the comma, a fronted adverbial, no part of the subject after it (read together,
    'Merrow Sound' was taken for a person); not 'Under Armour, the sportswear maker' (a name opened by such a word)."""
    return end - i > 2 and tokens[i].is_cap and tokens[i].norm in _FRONTING and tokens[i + 1].norm in DETERMINERS


_MEMBER_ASIDE_MAX = 8


def member_aside(tokens: list[Tok], comma: int, hi: int) -> int | None:
    """'Residents of X, NAME among them, asked', 'Parents, among them NAME, said', 'Parents, several among them
    nurses, said': a member of the group named before ``comma`` set off by commas is no appositive of it (the group
    speaks); where the aside ends (its closing comma, or ``hi``), None when no such aside follows. ('including NAME'
    is not read here: changing it moved a PolNeAR dev quote away from the gold speaker.)"""
    if comma + 1 >= hi or tokens[comma].text != ",":
        return None
    for k in range(comma + 1, min(hi, comma + _MEMBER_ASIDE_MAX)):
        t = tokens[k]
        if t.text == ",":
            return None
        if t.norm == "among":
            close = next((c for c in range(k + 1, min(hi, comma + _MEMBER_ASIDE_MAX)) if tokens[c].text == ","), None)
            return close if close is not None else hi
        if t.kind is not WORD:
            return None
    return None
