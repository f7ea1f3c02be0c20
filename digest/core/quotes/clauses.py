"""Where a reported clause starts and ends: after 'that', the object of 'told', a time or an inserted phrase
('said in an email to the agency on Tuesday that'); up to ';', ', noting', ', although' or the next verb of speech."""

from __future__ import annotations

import re

from digest.core.lexicon import (
    ARTICLES,
    COORDINATORS,
    DETERMINERS,
    IRREGULAR_PAST,
    MONTHS_DAYS,
    PERSON_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS_IN_NP,
    PRONOUNS,
    TOLD_OBJECTS,
    word_set,
)

# the names imported "as" themselves are re-exported: trailing.py reads them here
from digest.core.quotes.clause_shape import FINITE_WORDS as FINITE_WORDS
from digest.core.quotes.clause_shape import NOT_CLAUSE_START as NOT_CLAUSE_START
from digest.core.quotes.clause_shape import (
    SUBJECT_DETERMINERS,
    object_pronoun,
    opens_plain_clause,
    past_clause,
    placed_subject_past,
    quantity_subject,
    relative_gap,
)
from digest.core.quotes.clause_shape import finite_clause as finite_clause
from digest.core.quotes.clause_shape import is_pronoun as is_pronoun
from digest.core.quotes.findings import FINDING_VERBS, plain_finding
from digest.core.quotes.fronted import fronted_phrase
from digest.core.quotes.inserted_phrase import (
    INSERTION_PREPOSITIONS,
    INSERTION_START,
    pronoun_after_phrase,
    skippable,
    subject_article,
)
from digest.core.quotes.medium_phrase import clause_after_medium
from digest.core.quotes.noun_forms import said_thing, told_thing
from digest.core.quotes.pleas import court_plea
from digest.core.quotes.shaped_cues import (
    EXPRESSING,
    INFORMING,
    POINTING_FORMS,
    PUTTING,
    WARNING,
    claimed_clause,
    shaped_start,
    warned_object,
)
from digest.core.quotes.tokens import AMOUNT_MARKS, PUNCT, QUOTE, WORD, Tok
from digest.core.quotes.told_object import (
    PLACE_PREPOSITIONS,
    SUBORDINATE_ONLY,
    THAT_TIME,
    before_finite,
    phrase_before_finite,
    skip_told_object,
    thing_noun,
)
from digest.core.quotes.verb_adverbs import adverb_clause_start
from digest.core.speech_verbs import LOOSE_VERBS, REPORT_VERBS, SAY_TELL

MIN_WORDS = 3


def clause_start(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    """Where the reported clause after a verb starts: after 'that', after the object of 'told', after an
    inserted phrase ('said in an email to the agency that'); never at an object pronoun ('deny them permits')."""
    start = _clause_start(tokens, i, hi, verb)
    return None if start is not None and start < hi and object_pronoun(tokens, start, hi) else start


def _clause_start(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    if verb.norm in _SAYING and said_thing(tokens, i, hi):
        return None  # 'said a prayer for the crew', 'said their goodbyes': what was said is named, not reported
    if (
        verb.norm in POINTING_FORMS
        or verb.norm in EXPRESSING
        or verb.norm in PUTTING
        or (verb.norm in INFORMING and i < hi and tokens[i].norm == "that")
    ):
        return shaped_start(tokens, i, hi, verb)  # 'pointed out that', 'informed that'
    warned = warned_object(tokens, i, hi) if verb.norm in WARNING else None
    if warned is not None:
        return warned  # 'warned voters that A': the people warned, then the clause
    adverb = adverb_clause_start(tokens, i, hi, verb)
    if adverb is not None:  # 'said later that A', 'said earlier she had': the adverb is no word of the clause
        return _after_that(tokens, adverb, hi, verb) if tokens[adverb].norm == "that" else adverb
    # 'said after the storm, the pier was closed': the fronted phrase is the clause's
    start = i if fronted_phrase(tokens, i, hi, verb) else _plain_clause_start(tokens, i, hi, verb)
    if verb.norm in FINDING_VERBS:  # 'found in a review of the records that A': after an inserted phrase
        return _finding_start(tokens, i, hi, start) or _that_after_insertion(tokens, i, hi, verb)
    if start is None and verb.norm in EXPLAINING and i < hi and tokens[i].norm in _WH_WORDS:
        # 'explained why she backs the plan', 'recalled how it closed': an indirect question (never 'how to')
        start = i if finite_clause(tokens, i + 1, hi) else None
    if start is None and _gerund_object(tokens, i, hi, verb):
        return i
    if start is None and verb.norm in _SAYING:
        start = pronoun_after_phrase(tokens, i, hi)  # 'said at the auction it had kept every ledger'
    if start is None:
        start = _that_after_insertion(tokens, i, hi, verb)
    if start is None and verb.norm in LOOSE_VERBS:
        start = clause_after_medium(tokens, i, hi, verb.norm in TELLING)  # 'said in a radio broadcast A'
    return start


def _finding_start(tokens: list[Tok], i: int, hi: int, start: int | None) -> int | None:
    """After a verb of finding or showing: the clause after 'that', or a plain clause right after the verb ('The
    figures show landings fell', :func:`plain_finding`)."""
    if start is not None and any(t.norm == "that" for t in tokens[i:start]):
        return start  # 'found that A', 'found on Monday that A', 'finds that, while A, B'
    return i if plain_finding(tokens, i, hi) else None


_GERUND_MIN = 6
_NOT_GERUNDS = word_set("according including during")
_GERUND_VERBS = word_set(
    """admit admits admitted recall recalls recalled report reports reported acknowledge
    acknowledges acknowledged mention mentions mentioned suggest suggests suggested recommend recommends recommended
    propose proposes proposed describe describes described recount recounts recounted discuss discusses discussed
    consider considers considered regret regrets regretted"""
)
"""Verbs of speech that take a gerund as what was said ('admitted hiding', 'recalled sitting'); after others an
-ing word is a noun ('announced funding for', 'noted growing anger'). Not the verbs of denial: 'denied making the
remarks' names what was denied, and the gold of three sets by different writers holds no such clause."""


def _gerund_object(tokens: list[Tok], i: int, hi: int, verb: Tok) -> bool:
    """'reported raising nine thousand dollars', 'recalled sitting in on the talks', 'admitted hiding the letters': a
    gerund and its object after a finite verb of speech report what was said ('states' or 'claims' may be nouns,
    and a short word in -ing is no gerund: 'swing', 'thing'; nor, by that length, 'being': 'admitted being ill' stays
    unread, as taking it found no more clauses on PolNeAR dev or train and gave one on the pages to a wrong pronoun's
    antecedent). Its object may open with an amount ('reported spending $1.1 million'); before 'of' the -ing word
    is a noun ('reported funding of $2 million')."""
    if i + 1 >= hi or verb.norm not in _GERUND_VERBS or verb.norm in NOUN_LIKE_VERBS or court_plea(tokens, i - 1):
        return False  # 'NAME, 29, admitted driving ...': a plea to a charge, no words reported
    t, nxt = tokens[i], tokens[i + 1]
    if t.kind is not WORD or t.is_cap or not t.norm.endswith("ing") or len(t.norm) < _GERUND_MIN:
        return False
    return (
        not t.norm.endswith("thing")
        and t.norm not in _NOT_GERUNDS
        and (nxt.kind is WORD or _amount(nxt))
        and nxt.norm != "of"
    )


def _amount(t: Tok) -> bool:
    """A sum or a number opening a gerund's object ('reported spending $1.1 million', 'raising 40,000 votes')."""
    return t.text[:1] in AMOUNT_MARKS or t.text[:1].isdigit()


_INSERTION_MAX = 12


def _that_after_insertion(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    """'said in an email to the agency that', 'wrote in a blog post that', 'told a meeting of leaders that':
    words (no clause punctuation, no other speech verb) between the verb and 'that', also after a time ('said
    Sunday on a TV show that'), past a quoted title ('said on "Face the Nation" that') and after a means of
    sending ('said by phone that'); never a 'that' after a conjunction ('had told the crew in May about A, and
    that B', 'secrets guests have told her in the hall, and that B'): a second clause of an outer report, not this
    verb's."""
    time_end = skip_time(tokens, i, hi)
    i = time_end - 1 if time_end > i and tokens[time_end - 1].norm in INSERTION_PREPOSITIONS else time_end
    aside = i + 1 < hi and tokens[i].text == "," and tokens[i + 1].norm in INSERTION_PREPOSITIONS
    i += aside  # 'said, in a speech to members, that A': the phrase set off by commas, then 'that' after a comma
    by_medium = i + 1 < hi and tokens[i].norm == "by" and tokens[i + 1].norm in _MEDIA  # 'said by phone that'
    if i >= hi or not (tokens[i].norm in INSERTION_PREPOSITIONS or verb.norm in ("told", "tells") or by_medium):
        return None
    plain = verb.norm in _PRONOUN_AFTER_VERBS  # a clause may open without 'that' after a plain phrase
    for k in range(i + 1, min(hi, i + _INSERTION_MAX)):
        t = tokens[k]
        if t.kind is not WORD and t.text != "," and t.kind is not QUOTE:
            return None
        if t.norm == "that" and _demonstrative(tokens, k, hi):
            continue  # 'told her after that storm that A': 'that storm' is a time, the next 'that' opens A
        if t.norm == "that" and (_relative_that(tokens, k, hi) or tokens[k - 1].norm in COORDINATORS):
            return None  # 'told her son not to, and that B': B is a second clause of an outer report
        if t.norm == "that":
            return k + 1 if not aside or tokens[k - 1].text == "," else None  # not ', in a speech that angered
        if t.norm in REPORT_VERBS and not t.is_cap and not _named_medium(tokens, k):
            return None
        if plain and k > i + 1 and tokens[k - 1].kind is WORD and _pronoun_clause(tokens, k, hi):
            return k  # 'said after the meeting he would not run', 'told the board last week she would'
        plain = plain and t.kind is WORD and not _clause_word(t)
    return None


_MEDIA = word_set("phone telephone email e-mail text letter videolink video radio fax satellite")
"""Means of sending words after 'by' ('said by phone that', 'told the court by videolink that'): a phrase of how
it was said; 'by' before anything else may open a passive's agent ('was told by police that')."""


def _named_medium(tokens: list[Tok], k: int) -> bool:
    """A speech verb's bare form after an article or a noun inside the inserted phrase is a noun naming where it
    was said ('in a note to clients', 'in a research note', 'in the report'), not a verb of its own."""
    word, before = tokens[k].norm, tokens[k - 1]
    if word.endswith(("s", "ed", "ing")) or before.kind is not WORD or before.is_cap:
        return False
    return before.norm in ARTICLES or not (before.norm == "to" or is_pronoun(before) or _clause_word(before))


def _demonstrative(tokens: list[Tok], k: int, hi: int) -> bool:
    """'that' before one plain lower-case word and another 'that' points at the word ('that storm that'), no clause."""
    if k + 2 >= hi or tokens[k + 2].norm != "that":
        return False
    word = tokens[k + 1]
    return word.kind is WORD and not word.is_cap and not is_pronoun(word) and word.norm not in FINITE_WORDS


def _relative_that(tokens: list[Tok], k: int, hi: int) -> bool:
    """'that' after an inserted phrase and before an auxiliary opens a relative clause on the phrase's noun ('said
    in a letter that was sent to the board', 'told reporters after a meeting that had run late'), no reported
    clause (right after the verb, 'said that was wrong', it is the clause's subject)."""
    if k - 1 >= 0 and (tokens[k - 1].norm in THAT_TIME or tokens[k - 1].norm in MONTHS_DAYS):
        return False  # 'said in a statement on Friday that was the end of it': no relative clause on a day
    return k + 1 < hi and (tokens[k + 1].norm in FINITE_WORDS or _subjectless_past(tokens, k + 1, hi))


_VERB_FOLLOWERS = ARTICLES | POSSESSIVES | PREPOSITIONS_IN_NP | word_set("him them us me it out off up down into")


def _subjectless_past(tokens: list[Tok], j: int, hi: int) -> bool:
    """A past tense right after 'that', before its object or a preposition or particle ('a documentary that showed
    off the rooms', 'a crowd that spilled out onto the street'): 'that' is its subject; an -ed word before a plain
    noun is an adjective of the clause's subject ('told reporters that increased costs were to blame')."""
    t = tokens[j]
    past = t.kind is WORD and not t.is_cap and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST)
    return past and j + 1 < hi and tokens[j + 1].norm in _VERB_FOLLOWERS


def _clause_word(t: Tok) -> bool:
    """A word that makes the phrase after a verb of speech a clause of its own ('after NAME failed to', 'at a
    hearing where', 'a question about how'): a pronoun after it opens no reported clause."""
    verb = not t.is_cap and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST or t.norm in FINITE_WORDS)
    return verb or t.norm in _WH_WORDS or t.norm in ("who", "which", "where", "when") or t.norm in SUBORDINATE_ONLY


_PRONOUN_AFTER_VERBS = LOOSE_VERBS | word_set("admitted acknowledged conceded")


_CLAUSE_AUXILIARIES = word_set("""would will could can should might must won't wouldn't couldn't can't shouldn't""")
_CLAUSE_AUXILIARIES |= {w.replace("'", "’") for w in _CLAUSE_AUXILIARIES}
"""Modal auxiliaries after a subject pronoun that make it a clause's subject, not the start of a relative clause
about the phrase before it ('said after the vote she would not run'; 'the committee she was chairing' and 'the
meeting he had called' are relative clauses: forms of 'be', 'do' and 'have' are left out)."""


def _pronoun_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """A subject pronoun (not 'it') and an auxiliary ('he would', "she hadn't", "they'll") open a clause."""
    t = tokens[k]
    base = re.split("['’]", t.norm)[0]
    if t.kind is not WORD or base not in PERSON_PRONOUNS:
        return False
    if base != t.norm:
        return t.norm.endswith(("'ll", "’ll", "'d", "’d"))  # "she'd", "they'll"
    return k + 1 < hi and tokens[k + 1].norm in _CLAUSE_AUXILIARIES


_TIME_WORDS = word_set(
    """today yesterday tonight night morning afternoon evening week weekend month year last this earlier late
    later early next on monday tuesday wednesday thursday friday saturday sunday afterwards afterward"""
)
_TIME_ALONE = frozenset({"on", "this", "last", "next", "late", "early", "later", "earlier", "week", "year", "month"})


_DURATIONS = word_set("days weeks months years decades day week month year decade")
_DURATION_COUNTS = word_set("a two three several many some")


_ORDINALS = word_set("first second third fourth last final")


def _for_time(tokens: list[Tok], k: int, hi: int) -> int:
    """Past 'for weeks', 'for two years', 'for a decade', 'for the first time' ('X has said for weeks he is ...');
    else ``k``."""
    if k + 1 >= hi or tokens[k].norm != "for":
        return k
    if k + 3 < hi and tokens[k + 1].norm == "the" and tokens[k + 2].norm in _ORDINALS and tokens[k + 3].norm == "time":
        return k + 4
    j = k + 1
    if tokens[j].norm in _DURATION_COUNTS or tokens[j].text.isdigit():
        j += 1
    return j + 1 if j < hi and tokens[j].norm in _DURATIONS else k


def skip_time(tokens: list[Tok], k: int, hi: int) -> int:
    """Past a time adverbial after the verb: 'Wednesday night', 'on Friday', 'earlier this month', 'on March 3'
    ('last year's budget' is a subject, not a time: a possessive ends the walk before it)."""
    start = k = _for_time(tokens, k, hi)
    while k < hi and tokens[k].kind is WORD and not tokens[k].text.endswith(("'s", "’s")):
        t = tokens[k]
        before = tokens[k - 1].norm if k > start else ""
        month_day = t.text.isdigit() and before in MONTHS_DAYS and not before.endswith("day")  # not 'Monday 40 jobs'
        month = t.norm in MONTHS_DAYS and k + 1 < hi and tokens[k + 1].text.isdigit()
        if not (t.norm in _TIME_WORDS or month_day or month):
            break
        k += 1
    if k == start + 1 and tokens[start].norm in _TIME_ALONE:
        return start
    return k


def _after_time(tokens: list[Tok], k: int, hi: int, verb: Tok) -> int | None:
    """'said Tuesday that ...', 'said on Friday he met ...', 'said Tuesday his plan is ...', 'announced Sunday she
    will ...': the clause after a time adverbial (after a verb other than 'said' or 'told', only a subject pronoun
    and its verb open one without 'that')."""
    if k >= hi:
        return None
    t = tokens[k]
    if t.norm == "that":
        return k + 1
    if verb.norm in LOOSE_VERBS and (t.norm in PRONOUNS or t.norm in SUBJECT_DETERMINERS):
        return k
    if verb.norm in LOOSE_VERBS and _plain_subject(t):
        # 'said Thursday cargo volumes had fallen': a plain noun or a number opens it when a finite verb follows
        return k if finite_clause(tokens, k, hi) else None
    return k if is_pronoun(t) and finite_clause(tokens, k, hi) else None


def _plain_subject(t: Tok) -> bool:
    """A lower-case word or a number that may open a clause's subject after a time ('cargo', '40')."""
    return t.kind is WORD and not t.is_cap and t.norm not in NOT_CLAUSE_START


def _after_told_object(tokens: list[Tok], i: int, hi: int) -> int | None:
    """The token after the object of 'told' when a clause may follow it ('told the committee he tried ...')."""
    k = skip_told_object(tokens, i, hi)
    if k == i:
        return None
    if tokens[k - 1].norm in PLACE_PREPOSITIONS and k < hi and tokens[k].norm in SUBJECT_DETERMINERS:
        k = skip_told_object(tokens, k, hi)  # 'told reporters outside the hall that': the place, then the clause
    k = skip_time(tokens, k, hi)  # 'told the paper last week she ...'
    t = tokens[k] if k < hi else None
    # without 'that' the clause opens with its subject
    if (
        t is not None
        and t.kind is WORD
        and t.norm not in INSERTION_START
        and t.norm != "that"
        and not (is_pronoun(t) or t.norm in SUBJECT_DETERMINERS or t.is_cap or before_finite(tokens, k, hi))
        and not phrase_before_finite(tokens, k, hi)
        and not (thing_noun(t) and k + 1 < hi and thing_noun(tokens[k + 1]) and before_finite(tokens, k + 1, hi))
    ):
        return None
    return k


def _skip_insertion(tokens: list[Tok], k: int, hi: int) -> tuple[int, int]:
    """Past an inserted phrase ('in a statement Thursday night', ', in an interview,'): (index, words skipped); 'at
    least six boats sank' is no phrase but a clause opening on an amount."""
    steps = 0
    if not (k < hi and tokens[k].norm in INSERTION_START) or quantity_subject(tokens, k, hi):
        return k, 0
    while (
        k < hi
        and steps < 8
        and tokens[k].kind is not QUOTE
        and skippable(tokens, k, steps)
        and not (steps and subject_article(tokens, k, hi))
    ):
        k += 1
        steps += 1
    return (skip_time(tokens, k, hi) if steps else k), steps


_SAYING = word_set("said says say saying")


def _plain_clause_start(tokens: list[Tok], i: int, hi: int, verb: Tok) -> int | None:
    k = skip_time(tokens, i, hi)
    if k > i:
        # 'said Sunday on a radio show that': a preposition's object, then 'that' (read past the insertion)
        return _after_time(tokens, k, hi, verb) if tokens[k - 1].norm not in INSERTION_PREPOSITIONS else None
    if verb.norm in TELLING:
        told = _after_told_object(tokens, k, hi)
        if told is None or told_thing(tokens, told, hi):
            return None  # 'told her the same joke every winter': the thing told, no clause
        k = told
    k, steps = _skip_insertion(tokens, k, hi)
    if k >= hi:
        return None
    t = tokens[k]
    if t.kind is WORD and t.norm == "that":
        return None if steps and _relative_that(tokens, k, hi) else _after_that(tokens, k, hi, verb)
    if t.kind is not WORD:
        return None
    if verb.norm in NOUN_LIKE_VERBS:
        # 'X claims he is owed': a pronoun and a finite verb make it a clause ('his claims' has no subject before it)
        plain = is_pronoun(t) and finite_clause(tokens, k, hi)
        return k if not steps and (plain or claimed_clause(tokens, i, hi, verb)) else None
    if verb.norm not in LOOSE_VERBS or verb.norm in _ADDING:
        # 'added 255,000 jobs in July', 'adds two new routes': something added, no words (unless a clause follows)
        return k if not steps and (finite_clause(tokens, k, hi) or past_clause(tokens, k, hi)) else None
    # 'said in a statement its crews had acted': a possessive opens the subject after an inserted phrase
    after_phrase = steps > 0 and tokens[k - 1].norm not in INSERTION_START and tokens[k - 1].norm not in _TIME_WORDS
    opener = t.norm in DETERMINERS or (after_phrase and t.norm in POSSESSIVES and finite_clause(tokens, k, hi))
    if steps and tokens[k - 1].text != "," and not is_pronoun(t) and not opener:
        return None
    if (
        t.norm in DETERMINERS
        and verb.norm not in SAY_TELL
        and not (finite_clause(tokens, k, hi) or past_clause(tokens, k, hi))
    ):
        return None
    if is_pronoun(t) or opener or t.is_cap or t.text[0].isdigit():
        return k
    # 'said voters were angry' opens on two plain words; after 'stressed', 'warned', 'argued' a verb must follow
    # soon ('stressed her support of the raid that ...', 'warned state officials to boost ...' name what was meant)
    gap = t.norm in FINITE_WORDS or relative_gap(tokens, i - 1)  # 'standards, which he argued help ease ...'
    plain = opens_plain_clause(tokens, k, hi) and (verb.norm in _PLAIN_VERBS or gap or past_clause(tokens, k, hi))
    plain = plain or (verb.norm in SAY_TELL and placed_subject_past(tokens, k, hi))  # 'children in X got
    return k if not steps and (plain or finite_clause(tokens, k, hi)) else None


_ADDING = word_set("add adds added")
_PLAIN_VERBS = SAY_TELL | word_set("claimed claims claim believes")
"""Verbs whose bare clause may open on any two plain words ('claimed nearly 400 delegates took part'); after
'stressed', 'warned' or 'argued' such words are as often the object ('stressed her support for ...')."""


def _after_that(tokens: list[Tok], k: int, hi: int, verb: Tok) -> int | None:
    """The clause after 'that', unless 'that' opens a time ('reported that night', 'said that same day')."""
    if _relative_that(tokens, k, hi) and not tokens[k + 1].is_cap:
        return k  # 'said that was not true', 'said that would be a mistake': 'that' is the clause's subject
    if k + 1 < hi and tokens[k + 1].norm in THAT_TIME:
        return _after_time(tokens, k + 2, hi, verb)
    if k + 2 < hi and tokens[k + 1].text == "," and tokens[k + 2].kind is WORD:
        return k + 2  # 'said that, during the talks, the aides ...': the clause from the inserted phrase on
    return k + 1


EXPLAINING = word_set("explained explains explain explaining revealed reveals revealing recalled recalls recalling")
"""Verbs of speech whose object may be an indirect question ('explained why she backs the plan', 'went on to explain
how it works', 'before explaining why he left'): the question is what was said."""
_WH_WORDS = word_set("how why what whether")
NOUN_LIKE_VERBS = word_set("state states claim claims charge charges estimate estimates report promise comment")
"""Speech verbs that are as often nouns ('the state', 'his claims'): a clause after them needs 'that' or a subject
pronoun and a finite verb ('X claims he is owed')."""


def sentence_end(tokens: list[Tok], k: int, hi: int) -> bool:
    """Only punctuation (or the object of ``told``) remains after ``k``."""
    while k < hi and tokens[k].kind is WORD and (tokens[k].norm in TOLD_OBJECTS or tokens[k].is_cap):
        k += 1
    if k < hi and tokens[k].text == ";":
        return True  # 'A, he said; B': a semicolon closes the attributed part
    return all(t.kind is PUNCT and t.text in ".!?)" for t in tokens[k:hi])


TELLING = word_set("told tells tell telling assured assures informed informs reminded reminds")
"""Verbs whose object is the person told: the clause comes after it ('told reporters that', 'assured voters')."""
_TAIL_MAX = 10


def tail_ok(tokens: list[Tok], k: int, hi: int, verb: Tok) -> bool:
    """After a trailing 'X said', only an adverbial ('in an interview', 'on Tuesday') or the object of 'told'
    ('told a Senate panel Wednesday') remains before the final stop."""
    if sentence_end(tokens, k, hi):
        return True
    if k >= hi or tokens[k].kind is not WORD:
        return False
    first = tokens[k]
    opens = first.norm in INSERTION_PREPOSITIONS or first.norm in _TIME_WORDS or verb.norm in TELLING
    opens = opens or (verb.norm in SAY_TELL and first.norm.endswith("ly") and not first.is_cap)  # 'said repeatedly'
    rest = [t for t in tokens[k:hi] if t.kind is not PUNCT or t.text not in ".!?)"]
    plain = all(t.kind is WORD and t.norm != "that" for t in rest)
    return opens and plain and len(rest) <= _TAIL_MAX


def opens_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` open a clause: a pronoun, a determiner, a capitalised word or a subject and verb."""
    if k >= hi or tokens[k].kind is not WORD:
        return False
    t = tokens[k]
    return is_pronoun(t) or t.norm in DETERMINERS or t.is_cap or finite_clause(tokens, k, hi)
