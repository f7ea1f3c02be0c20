"""Speaker noun phrases: find them next to a speech verb (their reading as names, titles and roles is in
``mentions``)."""

from __future__ import annotations

from digest.core.lexicon import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    DESCRIPTION_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    KIN,
    LEAD_WORDS,
    MONTHS_DAYS,
    NEGATIONS,
    NP_ADJECTIVES,
    ORG_WORDS,
    PERFECT_AUXILIARIES,
    PERIOD_WORDS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    ROLE_NOUNS,
    SENTENCE_OPENERS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    SUBJECT_RELATIVES,
    SUBORDINATORS,
    word_set,
)
from digest.core.quotes.agents import participle_before_agent
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
from digest.core.quotes.tokens import PUNCT, WORD, Tok, bracket_after_name


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


def np_left(tokens: list[Tok], verb: int, lo: int) -> tuple[int, int] | None:
    """The speaker noun phrase ending just before ``tokens[verb]`` as (start, end) token indices, or None (a
    perfect auxiliary before the verb is no part of it: 'the admiral has said')."""
    aside = verb + 1 < len(tokens) and tokens[verb + 1].text == ","  # 'Vale, a top aide said, is ...'
    lo = _past_fronted_adverb(tokens, verb, lo)
    if verb - 1 > lo and tokens[verb - 1].norm in PERFECT_AUXILIARIES and not tokens[verb - 1].is_cap:
        verb -= 1
    verb = _past_hearsay(tokens, verb, lo)  # 'Ms Vane is said to have told'
    verb = _past_medium(tokens, verb, lo)
    j = _head_before(tokens, verb, lo)
    if j is None:
        found = _description_before(tokens, verb, lo) or _description_before_aside(tokens, verb, lo)
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


_HEARSAY = frozenset({"said", "reported", "understood", "believed", "thought", "alleged", "rumoured", "rumored"})
"""Participles of a passive of hearsay before 'to have' ('is said to have told', 'is understood to have said')."""


def hearsay_at(tokens: list[Tok], k: int, hi: int) -> bool:
    """``tokens[k]`` is the participle of 'said to have', 'understood to have' ... (before ``hi``): no verb of
    speech of its own, the one after 'have' is."""
    return tokens[k].norm in _HEARSAY and k + 2 < hi and tokens[k + 1].norm == "to" and tokens[k + 2].norm == "have"


def _past_hearsay(tokens: list[Tok], verb: int, lo: int) -> int:
    """Where a passive of hearsay before 'have' starts ('Ms Vane is said to have told', 'X is understood to have
    said': the subject is before 'is'); ``verb`` when there is none."""
    k = verb - 3
    return k if k > lo and tokens[k].norm in BE_FORMS and hearsay_at(tokens, k + 1, verb + 1) else verb


def _past_fronted_adverb(tokens: list[Tok], verb: int, lo: int) -> int:
    """'Also, a teacher, NAME, said', 'Instead, the head of the board, NAME, said': a sentence adverb and its comma
    opening the clause are no part of the speaker phrase, which is read after them (else the adverb, a capitalised
    word before two appositives, was taken for the name they describe)."""
    t = tokens[lo] if lo < verb else None
    if t is None or verb - lo <= 3 or tokens[lo + 1].text != "," or t.kind is not WORD:
        return lo
    return lo + 2 if t.norm in SENTENCE_OPENERS or t.norm in ADVERBS else lo


_MEDIUM_PREPOSITIONS = word_set("in on during")
_MEDIUM_REACH = 8
_MEDIUM_NOUNS = STATEMENT_NOUNS | word_set("interview interviews op-ed column briefing conference call")


def _past_medium(tokens: list[Tok], verb: int, lo: int) -> int:
    """'NAME in an interview with the Gazette said', 'the council in a statement said': a phrase naming the medium
    of the words stands between the speaker and the verb; the speaker ends before its preposition (else the phrase
    would be 'council in a statement', or the outlet would speak)."""
    for k in range(verb - 2, max(lo, verb - _MEDIUM_REACH) - 1, -1):
        t = tokens[k]
        if t.kind is not WORD or t.norm in PRONOUNS or t.norm in _CLAUSE_WORDS:
            return verb
        if t.norm in _MEDIUM_PREPOSITIONS and not t.is_cap and k > lo:
            return k if _medium_phrase(tokens, k + 1, verb) and _speaker_end(tokens[k - 1]) else verb
    return verb


_CLAUSE_WORDS = SUBORDINATORS | SUBJECT_RELATIVES | {"as"}
"""Words opening a clause: a phrase holding one is no medium phrase after a speaker."""
_MEDIUM_LINKS = word_set("with to for on")


def _medium_phrase(tokens: list[Tok], start: int, end: int) -> bool:
    """``tokens[start:end]`` is 'a statement', 'his announcement speech' or 'an interview with the Gazette': a
    medium noun closing the phrase or followed by 'with', 'to', 'for' or 'on' and its object."""
    for h in range(start, end):
        if tokens[h].norm in _MEDIUM_NOUNS:
            return h == end - 1 or tokens[h + 1].norm in _MEDIUM_LINKS
    return False


def _speaker_end(t: Tok) -> bool:
    """The word before the medium phrase may end a speaker's name or role ('NAME in a statement'), not a participle
    ('Based on the statement')."""
    return t.kind is WORD and not t.norm.endswith(("ed", "ing"))


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


_CLAUSE_OPENERS = frozenset({"and", "but", "so", "yet", "while", "although", "though", "because", "as"})


def _description_before(tokens: list[Tok], verb: int, lo: int) -> tuple[int, int] | None:
    """'the fund warned', 'one analyst wrote', 'the data show': a determiner and up to three lower-case words
    opening a clause right before the verb (the phrase names a thing or a person by a common noun)."""
    for d in range(verb - 2, max(lo - 1, verb - 5), -1):
        t = tokens[d]
        if t.kind is not WORD or t.is_cap and d > lo:
            return None
        if t.norm in DESCRIPTION_OPENERS:
            before = tokens[d - 1] if d > lo else None
            opens_clause = before is None or before.kind is PUNCT or before.norm in _CLAUSE_OPENERS
            words = tokens[d + 1 : verb]
            plain = all(w.kind is WORD and not w.is_cap and w.norm not in PRONOUNS for w in words)
            return (d, _verb_group_start(tokens, d + 1, verb)) if opens_clause and plain else None
    return None


def _description_before_aside(tokens: list[Tok], verb: int, lo: int) -> tuple[int, int] | None:
    """'The growers, NAME among them, said', 'the panel, chaired by NAME, said': a description (see
    :func:`_description_before`) before an aside set off by commas that ends right before the verb."""
    comma = verb - 1
    if comma <= lo or tokens[comma].text != ",":
        return None
    k = skip_insertion_left(tokens, comma, lo)
    if k == comma:  # 'One passenger, a retired teacher from Leeds, said': the appositive describes the speaker
        k = _appositive_left(tokens, comma, lo)
        plain = all(t.norm not in _CLAUSE_WORDS and t.norm not in PRONOUNS for t in tokens[k + 2 : comma])
        return (k + 2, comma) if k < comma and plain and _description_before(tokens, k + 1, lo) is not None else None
    return _description_before(tokens, k + 1, lo) if k < comma else None


_APPOSITIVE_REACH = 10


def _appositive_left(tokens: list[Tok], comma: int, lo: int) -> int:
    """The word before an appositive opened by a lower-case determiner and closed by ``comma`` (', a retired
    teacher from Leeds,'; words only inside; not ', The Daily Post's NAME,'), else ``comma``."""
    for k in range(comma - 1, max(lo, comma - _APPOSITIVE_REACH) - 1, -1):
        if tokens[k].kind is not WORD:
            opener = tokens[k + 1]
            opens = tokens[k].text == "," and k + 2 < comma and opener.norm in DESCRIPTION_OPENERS and not opener.is_cap
            return k - 1 if opens and k - 1 >= lo else comma
    return comma


_FINITE_ENDINGS = ("s", "ed", "id", "ld", "ote")


def _verb_group_start(tokens: list[Tok], first: int, verb: int) -> int:
    """Where the auxiliaries and negation before a bare verb start, after the noun's first word ('the firm would
    not say', 'the firm has not said': the phrase is 'the firm'; 'the data show': no verb group; 'the old will
    says': 'will' is a noun, as a finite verb takes no auxiliary but 'has')."""
    end = verb
    while end - 1 > first and (tokens[end - 1].norm in AUXILIARIES or tokens[end - 1].norm in NEGATIONS):
        end -= 1
    perfect = any(t.norm in PERFECT_AUXILIARIES for t in tokens[end:verb])  # 'the firm has not said': a participle
    return end if perfect or not tokens[verb].norm.endswith(_FINITE_ENDINGS) else verb


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
