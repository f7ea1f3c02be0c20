"""Where a reported clause ends: at ';', before ', noting', ', although', ', who', the writer's next clause, an
appositive closing the sentence, a contrast after a dash or the speaker's next verb of speech; inside a relative or
fronted subordinate clause, before the main clause."""

from __future__ import annotations

from digest.core.lexicon import (
    ARTICLES,
    COMMON_IRREGULAR_PAST,
    DETERMINERS,
    IRREGULAR_PAST,
    KIN,
    MONTHS_DAYS,
    PREPOSITIONS_IN_NP,
    SHARE_WORDS,
    SUBORDINATORS,
    THIRD_PERSON_PRONOUNS,
    role_word,
    word_set,
)
from digest.core.quotes import next_acts
from digest.core.quotes.clause_relatives import relative_stop
from digest.core.quotes.clause_shape import (
    FINITE_WORDS,
    LIST_JOINERS,
    NOT_CLAUSE_START,
    PAST_REACH,
    aside_end,
    finite_clause,
)
from digest.core.quotes.next_acts import addressed_act, coordinated_cue, speaker_refusal, speakers_next_act, verb_form
from digest.core.quotes.tense import PAST, clause_tense
from digest.core.quotes.tokens import POSSESSIVE_ENDS, PUNCT, QUOTE, WORD, Tok
from digest.core.speech_verbs import DESCRIBE_VERBS, PARTICIPLE_REPORT, REPORT_VERBS

_CLAUSE_STOPS = frozenset({"according", "although", "though", "while", "whereas", "who", "whose"})
"""Words after a comma that end a reported clause: a later attribution, a concession, or a relative clause about
the person the clause ends with ('..., who ...': the writer's aside; one about a common noun or inside the clause
goes on, :mod:`clause_relatives`)."""


_GLOSS_PARTICIPLES = word_set(
    "reflecting highlighting underscoring echoing signaling signalling citing invoking contradicting"
)
"""Participles after a comma that gloss the statement or the speaker's act ('..., reflecting the party's mood',
'..., citing the cost of fuel'): the writer's, not more of what was said."""
_DEED_PARTICIPLES = word_set("drawing throwing putting employing tapping pointing prompting sparking casting")
"""Participles of deeds: after a clause in the present or with a modal they gloss the statement ('he cannot support
NAME, throwing a wrench in ...', 'the focus is taking a toll, pointing to ...'); after a past event they are the
event's own ('the gunman walked in, pointing a rifle at the staff', 'the driver lost control, throwing ...')."""
_REACTIONS = word_set(
    """laughter laughs applause cheers cheering gasps jeers boos booing groans murmurs chuckles heckles heckling
    ovation"""
)
"""What an audience gives a speaker ('..., drawing laughter from the gallery', '..., prompting cheers')."""
_REACTION_REACH = 4


def _speakers_deed(tokens: list[Tok], k: int, hi: int) -> bool:
    """A participle of deeds after a comma (``tokens[k]``) that is the speaker's act whatever the clause's tense:
    'pointing out' (a further statement of the speaker's: '..., pointing out that the ferry was full'), or an
    audience's reaction drawn ('..., drawing laughter from the gallery', '..., prompting a round of applause'); not
    'the crowd surged forward, pointing at the stage' nor 'the gunman walked in, drawing a pistol'."""
    if k + 1 < hi and tokens[k].norm == "pointing" and tokens[k + 1].norm == "out":
        return True
    return any(t.norm in _REACTIONS for t in tokens[k + 1 : min(hi, k + 1 + _REACTION_REACH)])


_CONTRASTS = frozenset({"while", "whereas"})
DASHES = frozenset({"--", "—", "–"})


def comma_inside(t: Tok) -> bool:
    """A quotation whose words end with a comma inside the closing mark ('“expanded the party,”')."""
    return t.kind is QUOTE and t.text.rstrip("\"'”’»").endswith(",")


def clause_end(tokens: list[Tok], start: int, hi: int) -> int:
    """Where a reported clause ends: at ';', at ', noting', ', although', ', who', or where the speaker's next verb of
    speech is coordinated ('... and warned that', '... but noted that')."""
    for k in range(start, hi):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < hi else None
        if t.text == ";":
            return k
        if t.text == "." and nxt is not None and nxt.text == "(":
            return k  # 'A. (An aside in brackets.)': a new sentence
        if nxt is None or nxt.kind is not WORD:
            continue
        if t.text == "," and _comma_stop(tokens, k + 1, hi, start) and not _subject_relative(tokens, start, k):
            return k
        if t.text in _ASIDE_DASHES and _contrast_aside(tokens, k + 1, hi):
            return k  # 'the ferry will run -- but the harbour board never agreed': the writer's contrast
        if t.text in DASHES and nxt.norm in ("a", "an") and _summing_up(tokens, k + 1, hi):
            return k  # 'the rent was "steep" -- a word she now uses of everything': the writer's gloss
        if (
            t.text in DASHES
            and not nxt.is_cap
            and nxt.norm.endswith("ing")
            and not nxt.norm.endswith("thing")
            and nxt.norm != "including"
        ):
            return k  # '... the toll stays low -- hoping that A': the writer's condition
        if t.text == "," and not nxt.is_cap and nxt.norm in REPORT_VERBS and nxt.norm.endswith(("ed", "id", "ld", "s")):
            return k  # 'X, who said A, told reporters B': the main verb after the relative clause
        if (
            t.norm in ("and", "but")
            and not nxt.is_cap
            and (
                nxt.norm in REPORT_VERBS
                or nxt.norm in DESCRIBE_VERBS
                or coordinated_cue(tokens, start, nxt)
                or speaker_refusal(tokens, start, k, hi)
                or speakers_next_act(tokens, start, k, hi)
                or addressed_act(tokens, start, k, hi)
            )
        ):
            return k - 1 if tokens[k - 1].text == "," or tokens[k - 1].text in _ASIDE_DASHES else k
    end = hi
    while end > start and tokens[end - 1].kind is PUNCT and tokens[end - 1].text in ".,:;!?)-—":
        end -= 1
    return end


_RELATIVES = frozenset({"who", "whose"})
_SUBJECT_WORDS_MAX = 4
_TITLED_NAME_MAX = 6


def _subject_relative(tokens: list[Tok], start: int, comma: int) -> bool:
    """'said that Moss, who won the seat in May, would run again': ', who' after only the clause's subject (a few
    words, a name or a determiner first, or a name after its titles, no verb) opens a relative clause inside what was
    said, not its end."""
    if comma + 1 >= len(tokens) or tokens[comma + 1].norm not in _RELATIVES:
        return False
    words = tokens[start:comma]
    if not words or not all(t.kind is WORD and t.norm not in FINITE_WORDS for t in words):
        return False
    if len(words) <= _SUBJECT_WORDS_MAX and (words[0].is_cap or words[0].norm in ARTICLES):
        return True
    return _titled_name(words)


def _titled_name(words: list[Tok]) -> bool:
    """'former harbour master Lee Moss': a name of two capitalised words after titles or modifiers, none of them a
    preposition or a past tense ('the money came from Lee Moss' is a whole clause)."""
    if len(words) > _TITLED_NAME_MAX or len(words) < 3 or not (words[-1].is_cap and words[-2].is_cap):
        return False
    return all(
        t.norm not in PREPOSITIONS_IN_NP and t.norm not in IRREGULAR_PAST and not t.norm.endswith("ed")
        for t in words[:-2]
    )


def _coordinated(tokens: list[Tok], k: int, hi: int) -> bool:
    """After ', and', the words go on with the reported clause, unless a third person opens a clause of the
    writer's about the speaker ('A, and he railed against B') or a subject and a verb of speech open another report
    ('A, and rights groups warned that B')."""
    if k + 1 < hi and tokens[k].norm in THIRD_PERSON_PRONOUNS and tokens[k + 1].kind is WORD:
        return tokens[k + 1].norm in _STILL_REPORTED
    return not _another_report(tokens, k, hi)


_STILL_REPORTED = word_set("would could might should hoped wished feared")
"""After ', and' or ', but' and a pronoun, a backshifted modal or a verb of hoping goes on with what was said ('A,
and she hoped the looms could be saved', 'A, but he could promise nothing'); any other verb is the writer's."""


_OTHER_SUBJECT_WORDS = 5


def _another_report(tokens: list[Tok], k: int, hi: int) -> bool:
    """A short subject of plain words then a verb of speech in the past or the present ('rights groups warned',
    'critics say'): another report, not more of the clause before."""
    for j in range(k, min(hi, k + _OTHER_SUBJECT_WORDS + 1)):
        t = tokens[j]
        if t.kind is not WORD or t.norm in FINITE_WORDS or t.norm == "that":
            return False
        if j > k and not t.is_cap and t.norm in REPORT_VERBS and verb_form(t.norm) in ("past", "s"):
            after = tokens[j + 1] if j + 1 < hi else None
            # not 'the letter NAME wrote was kind' (a relative clause) nor 'NAME assured X of Y' (an object told)
            # not 'media reports of a shutdown were overblown' (a noun before 'of')
            return t.norm not in _OBJECT_FIRST and (after is None or after.norm not in _NOT_AFTER_REPORT_VERB)
    return False


_OBJECT_FIRST = word_set("assured assures informed informs reminded reminds told tells urged urges")
_NOT_AFTER_REPORT_VERB = FINITE_WORDS | {"of"}
"""Words after which a verb of speech is a noun or inside a relative clause ('reports of', 'the letter NAME wrote
was')."""


def _comma_stop(tokens: list[Tok], k: int, hi: int, start: int) -> bool:
    """The word after a comma ends the reported clause: a participle of speech (', noting'), a later attribution, a
    concession or an aside (', according', ', although', ', who'), or the writer's own next clause (', and he left');
    not a short aside inside the subject before its verb (:func:`aside_end`)."""
    aside = aside_end(tokens, k - 1, hi)
    if aside is not None and (tokens[aside + 1].norm in FINITE_WORDS or tokens[aside + 1].norm in IRREGULAR_PAST):
        return False  # 'the kiln, while costly to run, would': an aside inside the subject, then its verb
    nxt = tokens[k]
    verdict = relative_stop(tokens, start, k, hi)
    if verdict is not None:
        return verdict  # ', which she called a relief' ends it; ', who then closed the beach' goes on
    if nxt.norm in ("and", "but"):
        return not _coordinated(tokens, k + 1, hi)
    if nxt.norm in _CONTRASTS:
        return not _contrast_said(tokens, k + 1, hi)
    if nxt.norm in ("a", "an", "something"):
        return _summing_up(tokens, k, hi)
    if nxt.norm == "compared":
        return _share_comparison(tokens, k + 1, hi)
    if nxt.norm in _MEASURED_AGAINST:
        return _against_estimate(tokens, k + 1, hi)
    if nxt.norm in _DEED_PARTICIPLES:
        return _speakers_deed(tokens, k, hi) or clause_tense(tokens, start, k) not in (None, PAST)
    if nxt.norm == "who" and said_inside(tokens, k, hi):
        return False  # 'worked with local nurses, who she said were its best recruiters': the speaker's own aside
    if nxt.norm in _CONCESSIONS:  # 'A, though not all of it', 'A, although one ferry had run late': the speaker's
        return not (_verbless(tokens, k + 1, hi) or _reported_concession(tokens, k + 1, hi))
    return nxt.norm in PARTICIPLE_REPORT or nxt.norm in _CLAUSE_STOPS or nxt.norm in _GLOSS_PARTICIPLES


_COMPARISON_REACH = 6
_SHARE_MARKS = SHARE_WORDS | word_set("cent 10 ten estimate estimates forecast forecasts expectations consensus")


def _share_comparison(tokens: list[Tok], k: int, hi: int) -> bool:
    """', compared with 38 percent last year', ', compared with four in 10 in May': a comparison of shares after
    a clause is the writer's (a poll's figures set side by side), not more of what was said, and so is one with
    another source's figure or an estimate (', compared with the bank's 1,200', ', compared with the brokers' forecast
    of 300 units'); any other comparison goes on with the clause ('only six mills still run, compared with 40 a
    decade ago', ', compared to their rivals')."""
    return any(
        t.norm in _SHARE_MARKS or t.text.endswith(POSSESSIVE_ENDS) for t in tokens[k : min(hi, k + _COMPARISON_REACH)]
    )


_SAID_INSIDE = word_set("said says")


def said_inside(tokens: list[Tok], k: int, hi: int) -> bool:
    """', who he said were ...' (``tokens[k]`` is 'who'): a relative clause about people the clause names, holding
    the speaker's own 'he said', goes on with what was said (', which he said ...' is an aside about a thing that
    the gold of every set keeps apart)."""
    return k + 2 < hi and tokens[k + 1].norm in THIRD_PERSON_PRONOUNS and tokens[k + 2].norm in _SAID_INSIDE


_CONCESSIONS = word_set("though although")
_REPORTED_AUXILIARIES = word_set("would could might should had")
"""Auxiliaries of a concession still in reported speech ('although one ferry had run late', 'though it would cost
more'); a plain past, a present or a present perfect there is the writer's ('though he did not say how', 'though she
refuses', 'though a contract has not been signed': the gold of the invented sets reads these so)."""
_CONCESSION_REACH = 6


def _reported_concession(tokens: list[Tok], k: int, hi: int) -> bool:
    """The concession from ``k`` opens with a subject of a few words and then an auxiliary of reported speech (its
    first verb; :data:`_REPORTED_AUXILIARIES`): 'although one polling station had opened late'."""
    for j in range(k, min(hi, k + _CONCESSION_REACH)):
        t = tokens[j]
        if t.kind is not WORD:
            return False
        if t.norm in _REPORTED_AUXILIARIES:
            return j > k and not next_acts.withheld(tokens, j, hi)  # 'though she would not say which'
        if t.norm in FINITE_WORDS or t.norm in IRREGULAR_PAST or (t.norm.endswith("ed") and j > k):
            return False
    return False


def _verbless(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` to the next punctuation (one at least) hold no verb: no auxiliary, no past tense, nothing
    in -ed or -s ('not all of it', 'small', 'narrowly'); 'though the firm denies it' and 'though crews worked late'
    are clauses."""
    for j in range(k, hi):
        t = tokens[j]
        if t.kind is not WORD:
            return j > k and t.text in ",.!?;"  # not 'A, though.': an adverb closing the sentence
        if t.norm in FINITE_WORDS or t.norm in IRREGULAR_PAST or (t.norm.endswith(("ed", "s")) and not t.is_cap):
            return False
    return True


_MEASURED_AGAINST = word_set("ahead above below beating topping missing short")
_ESTIMATE_WORDS = word_set("estimate estimates consensus expectations forecasts analyst analysts record best")


def _against_estimate(tokens: list[Tok], k: int, hi: int) -> bool:
    """', ahead of the average analyst estimate of 90 cents', ', below expectations', ', beating the consensus of
    1.2%', ', beating last year's record by 50', ', topping the record': a result set against the market's estimate
    or a record is the writer's comparison, not more of what was said (', above the line's limit' and ', below zero'
    go on)."""
    return any(t.norm in _ESTIMATE_WORDS for t in tokens[k : min(hi, k + _COMPARISON_REACH)])


_ASIDE_DASHES = DASHES | {"-"}
_CONTRAST_WORDS = frozenset({"but", "though", "although"})


def _contrast_aside(tokens: list[Tok], k: int, hi: int) -> bool:
    """After a dash, 'but' or 'though' opens the writer's contrast ('A -- but it clearly was not', 'A - though
    economists disagree'), unless 'that' carries on what was said ('A -- but that B')."""
    if k >= hi or tokens[k].norm not in _CONTRAST_WORDS:
        return False
    return not (k + 1 < hi and tokens[k + 1].norm == "that")


def _appositive_to_end(tokens: list[Tok], k: int, hi: int) -> bool:
    """', a short walk from the old mill.' closing the sentence: a noun phrase about the word before it (no
    finite verb, nothing but words and commas up to the final stop) is the writer's, not more of the clause; a
    list ('needs a doctor, a nurse and a school': 'and' or 'or' before a determiner) goes on with what was said, and
    so does a clause after an aside closed by a comma before a preposition ('reviewed the match, a 12-9 defeat, on
    Tuesday')."""
    for j in range(k, hi):
        t = tokens[j]
        if t.kind is WORD:
            if t.norm in FINITE_WORDS or (t.norm in LIST_JOINERS and j + 1 < hi and tokens[j + 1].norm in DETERMINERS):
                return False
        elif t.text not in (",", ".", "!", "?") and t.kind is not QUOTE:
            return False  # a name in quotation marks is one of the phrase's words ('what divers call "the Shelf"')
        elif t.text == "," and j > k + 1 and j + 1 < hi and tokens[j + 1].norm in NOT_CLAUSE_START:
            return False  # 'reviewed the match, a 12-9 defeat, on Tuesday': the clause goes on past the aside
    return True


_PERSON_REACH = 4


def _person_apposition(tokens: list[Tok], k: int, hi: int) -> bool:
    """'modelled the hero on her uncle, a ferryman at the old port': an appositive of a role after a word naming a
    person by kin or role (``tokens[k]`` is the 'a' after the comma) says who that person is, inside what was said
    (the writer's gloss sums up the clause instead: ', a short walk from the mill')."""
    before = tokens[k - 2] if k >= 2 else None
    if before is None or before.kind is not WORD or before.is_cap:
        return False
    if not (role_word(before.norm) or before.norm in KIN):
        return False
    for t in tokens[k + 1 : min(hi, k + 1 + _PERSON_REACH)]:
        if t.kind is not WORD or t.norm in PREPOSITIONS_IN_NP:
            return False
        if not t.is_cap and (role_word(t.norm) or t.norm in KIN):
            return True
    return False


_GLOSS_NOUNS = word_set(
    """response reaction commitment promise pledge claim proposal ruling move shift departure reversal setback phrase
    point concession admission assertion allegation accusation characterization remark figure total rise fall increase
    drop jump"""
)
"""Nouns of an appositive that sums up the whole clause before it, as a statement or a step ('..., a claim the
firm denies', '..., a commitment she said had swayed the board'): the writer's gloss, never more of what was
said."""
_GLOSS_MODIFIERS = 2


def _gloss_appositive(tokens: list[Tok], k: int, hi: int) -> bool:
    """', a response to the protests that have followed it', ', a notable shift from her remarks last week': after
    'a' or 'an' (``tokens[k]`` is the word after it), at most two lower-case modifiers and a noun of
    :data:`_GLOSS_NOUNS`, whatever follows (a relative clause with finite verbs, which
    :func:`_appositive_to_end` refuses); not an appositive to a noun of the clause ('his uncle, a ferryman at the
    port', which that function weighs)."""
    for j in range(k, min(hi, k + _GLOSS_MODIFIERS + 1)):
        t = tokens[j]
        if t.kind is not WORD or t.is_cap:
            return False
        if t.norm in _GLOSS_NOUNS:
            return j + 1 >= hi or tokens[j + 1].norm not in ("of", "'s", "’s")
    return False


def _summing_up(tokens: list[Tok], k: int, hi: int) -> bool:
    """An appositive after the comma (``tokens[k]`` is 'a', 'an' or 'something') sums up the clause before it: the
    writer's gloss, the end of what was said."""
    if tokens[k].norm == "something":
        return _summing_something(tokens, k + 1, hi)
    if _gloss_appositive(tokens, k + 1, hi):
        return True
    return _appositive_to_end(tokens, k, hi) and not _person_apposition(tokens, k, hi)


_NOT_SUMMING = word_set("like of close around approaching near else more less")


def _summing_something(tokens: list[Tok], k: int, hi: int) -> bool:
    """', something walkers have asked for since 2010', ', something no one had tried': 'something' and a
    relative clause sum up the clause before, the writer's gloss (not ', something like 40 boats': an amount)."""
    return k < hi and tokens[k].kind is WORD and tokens[k].norm not in _NOT_SUMMING


def _contrast_said(tokens: list[Tok], k: int, hi: int) -> bool:
    """After ', while', a clause of its own with no verb of speech goes on with what was said ('A, while the tunnel
    will need repairs'); a participle ('while standing there') or another speaker ('while others said') does not."""
    if not finite_clause(tokens, k, hi):
        return False
    return not any(t.norm in REPORT_VERBS for t in tokens[k:hi])


def relative_clause_end(tokens: list[Tok], start: int, end: int) -> int:
    """'Jane Roe, who said A, voted against it': a clause reported inside a relative clause ends at the comma
    before the main clause's verb (a finite auxiliary or a past tense)."""
    for k in range(start, end - 1):
        nxt = tokens[k + 1]
        if tokens[k].text != "," or nxt.kind is not WORD or nxt.is_cap:
            continue
        if nxt.norm.endswith("ly") and k + 2 < end and tokens[k + 2].kind is WORD:
            nxt = tokens[k + 2]  # ', ultimately did not': past an adverb to the main clause's verb
        if nxt.norm in FINITE_WORDS or nxt.norm.endswith("ed") or nxt.norm in COMMON_IRREGULAR_PAST:
            return k
        if _present_main_verb(tokens, k + 1, end):
            return k  # 'Residents, who say A, plan a protest': a verb in the present after the closing comma
    return end


_NOT_MAIN_VERBS = (
    ARTICLES
    | DETERMINERS
    | PREPOSITIONS_IN_NP
    | SUBORDINATORS
    | THIRD_PERSON_PRONOUNS
    | word_set("and but or nor so yet")
)


def _present_main_verb(tokens: list[Tok], k: int, end: int) -> bool:
    """A lower-case word after the comma closing a relative clause, then an article, a possessive or a preposition:
    a main verb in the present ('plan a protest', 'plans to appeal'); not a list's next item ('the road')."""
    t, after = tokens[k], tokens[k + 1] if k + 1 < end else None
    if (
        t.kind is not WORD
        or t.is_cap
        or not t.norm.isalpha()
        or t.norm in _NOT_MAIN_VERBS
        or t.norm.endswith(("ing", "ly"))
    ):
        return False
    return after is not None and (after.norm in ARTICLES or after.norm in ("to", "his", "her", "their", "its", "that"))


def subordinate_end(tokens: list[Tok], lo: int, v: int, span: tuple[int, int]) -> int:
    """'While X claimed A, B.': a speech verb inside a fronted subordinate clause reports only up to the comma
    before the main clause (a subject and a finite verb)."""
    start, end = span
    if not any(t.norm in SUBORDINATORS and t.end <= start for t in tokens[lo:v]):
        return end
    for k in range(v + 1, len(tokens) - 1):
        t, nxt = tokens[k], tokens[k + 1]
        if t.start >= end:
            break
        main = not nxt.norm.endswith("ing") and tokens[k - 1].norm not in MONTHS_DAYS  # not 'April, 2012'
        if t.start > start and t.text == "," and main and _main_clause(tokens, k + 1, len(tokens)):
            return tokens[k - 1].end
    return end


def _main_clause(tokens: list[Tok], k: int, hi: int) -> bool:
    """The words from ``k`` open a main clause: a finite clause, or a subject of a few words and a past tense
    ('Moss won the seat', 'Harbour crews cleared a pier'), or a subject and a verb of speech before its own
    words ('the candidate said families of the dead sue'; not a parenthetical 'the pier, he said, was safe')."""
    if finite_clause(tokens, k, hi):
        return True
    if k < hi and tokens[k].norm in FINITE_WORDS:
        return False  # ', had drained 300 tanks': a verb with no subject goes on the clause before the comma
    for j in range(k + 1, min(hi, k + PAST_REACH)):
        t = tokens[j]
        if t.kind is WORD and t.norm in REPORT_VERBS and not t.is_cap:
            return j + 1 < hi and tokens[j + 1].kind is WORD
        if t.kind is not WORD:
            return False
        if not t.is_cap and (t.norm.endswith("ed") or t.norm in COMMON_IRREGULAR_PAST):
            return True
    return False


_TAIL_OPENERS = frozenset(
    {"while", "whereas", "on", "in", "at", "during", "via", "from", "after", "before", "as", "amid", "despite"}
)
"""Words opening the writer's tail after 'A, X said,' ('..., the company said on Thursday, as it battles falling
demand', '..., amid a slump in orders')."""


def writers_tail(tokens: list[Tok], k: int) -> bool:
    """After a whole clause A, in 'A, X said, B', B is the writer's, about the speaker or the scene, not more of
    A: a participle ('brushing flour from her apron'), a noun phrase about A ('a promise he made before'), a
    preposition or 'while'. A participle or preposition that opens a clause ('keeping it would cost') is A's."""
    first = tokens[k]
    if first.kind is not WORD or first.is_cap:
        return False
    if first.norm in ("a", "an"):
        return True
    if finite_clause(tokens, k, len(tokens)):
        return False
    if first.norm == "as" and k + 1 < len(tokens) and tokens[k + 1].norm in _AS_CONDITIONS:
        return False  # 'A, she said, as long as the council pays': a condition of what was said
    participle = first.norm.endswith("ing") and first.norm not in ("including", "according")
    return (participle and not first.norm.endswith("thing")) or first.norm in _TAIL_OPENERS


_AS_CONDITIONS = word_set("long soon well much far if though")
