"""Speaker noun phrases: find them next to a speech verb (their reading as names, titles and roles is in
``mentions``)."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    KIN,
    LEAD_WORDS,
    MONTHS_DAYS,
    NP_ADJECTIVES,
    ORG_WORDS,
    PERFECT_AUXILIARIES,
    PERIOD_WORDS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    STATEMENT_NOUNS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    word_set,
)
from digest.core.quotes.agents import participle_before_agent
from digest.core.quotes.described_before import description_before, description_before_aside
from digest.core.quotes.described_names import described_name
from digest.core.quotes.holders import holder_before_job
from digest.core.quotes.insertions import named_role_end, skip_insertion_left
from digest.core.quotes.joint import list_start, relative_pair_start, tagged_list_start
from digest.core.quotes.mentions import Mention, make_mention, may_name_person, subject_pronoun
from digest.core.quotes.modifier_objects import modifier_before_name
from digest.core.quotes.phrase_words import STOP_CAPS as _STOP_CAPS
from digest.core.quotes.phrase_words import np_word as _np_word
from digest.core.quotes.place_of import owner_before_place, owner_before_state
from digest.core.quotes.right_phrases import np_right
from digest.core.quotes.role_acronyms import role_acronym
from digest.core.quotes.serving import RELATIONS
from digest.core.quotes.team_leaders import TEAM_OWNERS, team_leader
from digest.core.quotes.token_memo import per_tokens
from digest.core.quotes.tokens import WORD, Tok, bracket_after_name
from digest.core.quotes.verb_gaps import past_fronted_adverb, past_hearsay, past_medium
from digest.core.speech_verbs import SPEECH_VERBS


def _head_ok(tok: Tok) -> bool:
    if tok.kind is not WORD:
        return tok.text == ")"
    n = tok.norm
    if subject_pronoun(n) is not None:
        return True  # 'he', also "he'd", "she'll"
    if tok.is_cap:
        return n not in MONTHS_DAYS and n not in _STOP_CAPS
    return n in ROLE_NOUNS or n in ORG_WORDS


LY_NOUNS = frozenset({"family", "assembly", "ally", "rally", "supply", "monopoly", "daily", "weekly", "anomaly"})
"""Nouns in -ly, never adverbs before a verb ("NAME's family said", 'the assembly voted')."""


_GAP_WORDS = word_set("long since never always often now even all both") | PERIOD_WORDS
"""Adverbs, time words and floating quantifiers between a subject and its verb ('has long said', 'last week said',
'A and B all suggested', 'they both said') beside ``ADVERBS``."""


def _is_adverb(word: str) -> bool:
    """An adverb or auxiliary between a speaker and the verb: 'also', 'has', 'jokingly', 'angrily', 'has long'."""
    return (
        word in ADVERBS
        or word in AUXILIARIES
        or word in _GAP_WORDS
        or (word.endswith("ly") and len(word) > 5 and word not in LY_NOUNS)
    )


@per_tokens
def np_left(tokens: list[Tok], verb: int, lo: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending just before ``tokens[verb]`` as (start, end) token indices, or None (a
    perfect auxiliary before the verb is no part of it: 'the admiral has said')."""
    aside = verb + 1 < len(tokens) and tokens[verb + 1].text == ","  # 'Vale, a top aide said, is ...'
    lo = past_fronted_adverb(tokens, verb, lo)
    if verb - 1 > lo and tokens[verb - 1].norm in PERFECT_AUXILIARIES and not tokens[verb - 1].is_cap:
        verb -= 1
    verb = past_hearsay(tokens, verb, lo)  # 'Ms Vane is said to have told'
    verb = past_medium(tokens, verb, lo)
    j = _head_before(tokens, verb, lo)
    if j is None:
        found = description_before(tokens, verb, lo) or description_before_aside(tokens, verb, lo)
        return (team_leader(tokens, found[0], found[1], lo) or found) if found is not None else None
    end = named_role_end(tokens, j, verb)
    if tokens[j].text == ")":
        while j >= lo and tokens[j].text != "(":
            j -= 1
        j -= 1
        if j < lo or not _head_ok(tokens[j]):
            return None
    if subject_pronoun(tokens[j].norm) is not None:
        before = tokens[j - 1] if j > lo else None
        if before is not None and before.kind is WORD and before.norm not in LEAD_WORDS and before.is_cap:
            return None
        return j, j + 1
    start = owner_before_state(tokens, owner_before_place(tokens, _modifiers_start(tokens, j, lo), lo), lo)
    holder = holder_before_job(tokens, start, end, lo)
    start = start if holder is None else _modifiers_start(tokens, holder, lo)  # 'A cousin of slain cyclist NAME'
    if start - 2 > lo and end - start == 1 and tokens[start - 1].norm in TEAM_OWNERS and not tokens[start - 3].is_cap:
        leader = team_leader(tokens, start - 1, end, lo)  # 'The mayor and his team said'
        if leader is not None:
            return leader
    start = _past_descriptor(tokens, _share_of_start(tokens, _determiner_start(tokens, start, j, lo), lo), lo)
    start = _document_about(tokens, start, lo)
    found = described_name(tokens, start, end, verb, lo, aside)
    opened = modifier_before_name(tokens, start, lo) if found is None else None
    if opened is not None:
        return np_left(tokens, opened, lo)  # 'A woman who knew NAME said', 'a lawyer representing NAME said'
    found = found or (_appositive_role_start(tokens, start, lo), end)
    described = participle_before_agent(tokens, found[0], lo)
    if described is not None:
        return np_left(tokens, described, lo)  # 'Economists surveyed by Reuters said': not Reuters
    start = tagged_list_start(tokens, list_start(tokens, found[0], found[1], lo), lo)  # 'A (D-Vt.) and B (D-Ore.)'
    start = relative_pair_start(tokens, start, lo)  # 'A, who chairs the board, and B said'
    return start, found[1]  # 'Norway, Chile and Kenya said'


_TOPIC_PREPOSITIONS = word_set("into about on over")
_DOCUMENTS = SOURCE_NOUNS | DOCUMENT_NOUNS


def _document_about(tokens: list[Tok], start: int, lo: int) -> int:
    """'The report into Brightwell said', 'an inquiry into the ferry company found': a name after a preposition of
    topic is what a document is about; the phrase goes back to the document (and its determiner). So are the people a
    statement is sent to ('The firm's letter to employees said', 'A memo to staff said'), back to its owner."""
    if start - 2 < lo or not _about_or_to(tokens[start - 1], tokens[start - 2]):
        return start
    noun = tokens[start - 2]
    if noun.is_cap and start - 2 > lo or noun.norm not in _DOCUMENTS:
        return start
    d = start - 2
    if d - 1 >= lo and tokens[d - 1].text.endswith(("'s", "’s")) and tokens[start - 1].norm == "to":
        d -= 1  # 'The firm's letter to employees'
    d = d - 1 if d - 1 >= lo and tokens[d - 1].norm in DETERMINERS else d
    if d - 1 >= lo and tokens[d - 1].kind is WORD and not tokens[d - 1].is_cap:
        return start  # 'Critics of the report on X said': the document is itself an object
    return d


def _about_or_to(preposition: Tok, noun: Tok) -> bool:
    """A preposition of topic after a document ('report into'), or 'to' after a statement ('letter to')."""
    return preposition.norm in _TOPIC_PREPOSITIONS or (preposition.norm == "to" and noun.norm in STATEMENT_NOUNS)


_DESCRIPTOR_WORDS = 2


def _past_descriptor(tokens: list[Tok], start: int, lo: int) -> int:
    """'analyst NAME of the research firm ORG said': a phrase opened by plain words after 'of the' and a capitalised
    name goes back to the name's phrase (the organisation is where the speaker works)."""
    k = start if tokens[start].norm == "the" else start - 1
    while k > lo and start - k <= _DESCRIPTOR_WORDS and tokens[k].kind is WORD and tokens[k].norm.isalpha():
        if tokens[k].is_cap or tokens[k].norm in ARTICLES:
            break
        k -= 1
    if k - 3 < lo or tokens[k].norm != "the" or tokens[k - 1].norm != "of":
        return start
    if not tokens[k - 2].is_cap or not tokens[k - 3].is_cap:
        return start  # two capitalised words name a person ('Dana Pike of the ...')
    return _modifiers_start(tokens, k - 2, lo)


def _head_before(tokens: list[Tok], verb: int, lo: int) -> int | None:
    """The head of the phrase before a verb, past adverbs ('also', 'angrily'), 'on Monday' and an inserted clause."""
    j = verb - 1
    while j >= lo and tokens[j].kind is WORD and not tokens[j].is_cap and _is_adverb(tokens[j].norm):
        j -= 1
    if j >= lo + 1 and tokens[j].kind is WORD and tokens[j].norm in MONTHS_DAYS and tokens[j - 1].norm == "on":
        j -= 2
    if j > lo and tokens[j].text == "," and tokens[j - 1].text == ")" and bracket_after_name(tokens, j - 1, lo):
        j -= 1  # 'Sen. NAME (D-Ore.), said': a stray comma after a bracket closing the name
    elif j >= lo and tokens[j].text in (",", "-", "—", "–", "--"):
        k = skip_insertion_left(tokens, j, lo)
        if k == j:
            return None
        j = k
    if j < lo or not (_head_ok(tokens[j]) or _surname_like_month(tokens, j, lo)):
        return None
    return j


def _surname_like_month(tokens: list[Tok], j: int, lo: int) -> bool:
    """'Jane May said', 'Prime Minister Jane May said': a month's name after a capitalised name word is a surname
    (never after a day or a preposition: 'On Tuesday May said' stays refused; a day is never a surname: 'on Super
    Tuesday said')."""
    t, before = tokens[j], tokens[j - 1] if j > lo else None
    return (
        t.is_cap
        and t.norm in MONTHS_DAYS
        and not t.norm.endswith("day")
        and before is not None
        and before.kind is WORD
        and before.is_cap
        and _head_ok(before)
        and before.norm not in PRONOUNS
    )


def _modifiers_start(tokens: list[Tok], j: int, lo: int) -> int:
    """Walk back over the words of the phrase, then drop leading prepositions, conjunctions and stop words."""
    start = j
    k = j - 1
    while k >= lo and (
        (_np_word(tokens[k]) and tokens[k].norm not in PRONOUNS)
        or _one_of_their(tokens, k, lo)
        or _relation_of(tokens, k)
        or _close_to(tokens, k)
        or (tokens[k].text == "&" and k > lo and tokens[k - 1].is_cap)  # 'Analysts at Carrow & Vell'
    ):
        start = k
        k -= 1
    while (
        start < j
        and tokens[start].kind is WORD
        and (
            tokens[start].norm in PREPOSITIONS_IN_NP
            or tokens[start].norm in ("and", "&")
            or tokens[start].norm in _STOP_CAPS
        )
    ):
        start += 1
    return start


def _relation_of(tokens: list[Tok], k: int) -> bool:
    """'family' in 'The family of the officer said': a relation before 'of' heads the phrase (the speaker is the
    family, not the officer)."""
    return tokens[k].norm in RELATIONS and k + 1 < len(tokens) and tokens[k + 1].norm == "of"


def _close_to(tokens: list[Tok], k: int) -> bool:
    """'close' in 'A source close to NAME said', 'People close to the minister said': the phrase goes on to the
    people close to the one named, who are the speakers (``serving`` reads them so)."""
    if k + 2 < len(tokens) and tokens[k + 1].norm == "close" and tokens[k + 2].norm == "to":
        return tokens[k].kind is WORD and tokens[k].norm.isalpha()  # 'person' in 'a person close to'
    return tokens[k].norm == "close" and k + 1 < len(tokens) and tokens[k + 1].norm == "to"


_SHARES_OF = DETERMINERS - ARTICLES
"""Words for a share of a group before 'of' ('one of', 'some of'): the determiners less the articles."""


def _one_of_their(tokens: list[Tok], k: int, lo: int) -> bool:
    """'his' in 'one of his senior aides', 'some of her supporters': a possessive after a share and 'of'."""
    return (
        k - 2 >= lo
        and tokens[k].norm in POSSESSIVES
        and tokens[k - 1].norm == "of"
        and tokens[k - 2].norm in _SHARES_OF
    )


def _share_of_start(tokens: list[Tok], start: int, lo: int) -> int:
    """'One of the harbour board's top executives': a share and 'of' before an article open the phrase (one person
    or a part of the group named after it); ``start`` when none stands there."""
    if start - 2 >= lo and tokens[start].norm in ARTICLES and tokens[start - 1].norm == "of":
        return start - 2 if tokens[start - 2].norm in _SHARES_OF else start
    return start


_ROLE_OR_ORG = ROLE_NOUNS | ORG_WORDS
_ROLE_LINKS = word_set("of for at")


def _role_of(tokens: list[Tok], d: int, lo: int, start: int) -> int:
    """'The head of the water board said', 'a member of the harbour board', 'a spokesman for the water board': the
    determiner follows a role and 'of', 'for' or 'at', so the phrase starts where the role's own phrase does; else
    ``start``."""
    role = tokens[d - 2] if d - 2 >= lo else None
    if role is not None and tokens[d - 1].norm in _ROLE_LINKS and role.norm in ROLE_NOUNS and not role.is_cap:
        return _modifiers_start(tokens, d - 2, lo)
    return start


_KIN_OWNERS = word_set("his her")


def _determiner_start(tokens: list[Tok], start: int, j: int, lo: int) -> int:
    """'a city official', 'a senior port official', 'The harbour board', 'the county water authority': unknown
    modifiers between a determiner and a role or organisation noun belong to the phrase (adjectives of roles do not
    count among them). Before an organisation noun, after a capitalised determiner, and before two plain words and a
    role ('an angry dock worker said'), the determiner must open the sentence or follow a comma, a lead word or a
    day ('On Monday the harbour board said'; not 'after the storm passed police said', 'after the long rain
    residents said')."""
    if (
        start == j > lo
        and tokens[j].norm in KIN
        and not tokens[j].norm.endswith("s")
        and tokens[j - 1].norm in _KIN_OWNERS
    ):
        return j - 1  # 'Later her father says': the relative of whom 'her' stands for, not any father
    acronym = start == j and role_acronym(tokens[j])  # 'the new MP said': a role, though in capitals
    if (tokens[start].is_cap and not acronym) or tokens[start].norm in DETERMINERS:
        return start
    if tokens[j].norm not in _ROLE_OR_ORG and not acronym:
        return start
    org = tokens[j].norm not in ROLE_NOUNS and not acronym
    plain = 2
    for d in range(start - 1, max(lo, start - plain - 1 - _ADJECTIVES_BEFORE) - 1, -1):
        if tokens[d].kind is not WORD or tokens[d].norm in SPEECH_VERBS or tokens[d].norm in _NO_MODIFIER:
            return start  # 'The plan that critics say is flawed': a relative pronoun or a linking word is no modifier
        if tokens[d].norm in DETERMINERS:
            if not (org or tokens[d].is_cap or plain == 0):
                return _role_of(tokens, d, lo, d)  # 'The widow of the ferry's captain said': the widow
            return _past_owner(tokens, d, start) if _opens_phrase(tokens, d, lo) else _role_of(tokens, d, lo, start)
        if tokens[d].is_cap:
            return start
        if tokens[d].norm not in NP_ADJECTIVES:
            plain -= 1
            if plain < 0:
                return start
    return start


_NO_MODIFIER = SUBJECT_RELATIVES | SUBORDINATORS | AUXILIARIES | PREPOSITIONS_IN_NP | word_set("whom whose where but")
"""Words that never modify a role before it: a relative pronoun, a conjunction, an auxiliary or a preposition."""
_ADJECTIVES_BEFORE = 2
"""Adjectives of roles ('senior', 'former') that may stand before the plain modifiers of a role: 'a senior port
official said' (they do not count among the plain words)."""


def _opens_phrase(tokens: list[Tok], d: int, lo: int) -> bool:
    """``tokens[d]`` opens the sentence or follows a mark, a lead word ('But') or a day or month."""
    before = tokens[d - 1] if d > lo else None
    return before is None or before.kind is not WORD or before.norm in LEAD_WORDS or before.norm in MONTHS_DAYS


def _past_owner(tokens: list[Tok], d: int, start: int) -> int:
    """Where the phrase opened by the determiner at ``d`` starts: past a possessive or an ordinal before ``start``
    ('The paper's editorial board' -> 'editorial board'; 'A third source' -> 'source')."""
    for k in range(start - 1, d, -1):
        if tokens[k].text.endswith(("'s", "’s")) or tokens[k].norm in _ORDINALS:
            return k + 1
    return d


_ORDINALS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth last next other")


def _appositive_role_start(tokens: list[Tok], start: int, lo: int) -> int:
    """'the Chilean delegate to the water board, Lee Wong said': a role before the name."""
    if start - 2 < lo or tokens[start - 1].text != ",":
        return start
    k = start - 2
    role_end = k + 1
    while k >= lo and _np_word(tokens[k]):
        k -= 1
    role_start = k + 1
    if (
        role_start < role_end
        and tokens[role_start].norm in DETERMINERS
        and any(t.norm in ROLE_NOUNS for t in tokens[role_start:role_end])
        and (k < lo or tokens[k].text == ",")
    ):
        return role_start
    return start


__all__ = ["Mention", "make_mention", "may_name_person", "np_left", "np_right"]
